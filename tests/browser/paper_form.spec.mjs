// A blank paper form for each shipped question set: reached from the library and the
// workshop set-up, printed on few A4 sheets (the quick check on 2 at most, the full set on
// 6), with every question, its three descriptions, the tick boxes and room for a note.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { assessmentOf, exportFile, importFiles } from "./helpers.mjs";

const bankFile = (name) => JSON.parse(readFileSync(new URL(`../../questions/${name}.json`, import.meta.url), "utf8"));
const framework = bankFile("framework");

const words = (s) => s.replace(/\s+/g, " ").replace(/- /g, "-");

/** Prints the page to an A4 PDF; returns its text (one line of words) and its page count. */
async function printed(page, name) {
  const dir = mkdtempSync(join(tmpdir(), "nasss-paper-"));
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: "A4", printBackground: true }));
  // In the PDF's reading order; a word broken at a line's end ("stand-", "alone") is joined.
  const text = words(execFileSync("pdftotext", ["-raw", file, "-"]).toString());
  const info = execFileSync("pdfinfo", [file]).toString();
  return { text, pages: Number(info.match(/^Pages:\s+(\d+)/m)[1]), file };
}

const MOST_PAGES = { quick: 2, full: 6 };

for (const name of ["quick", "full"]) {
  test(`the ${name} set prints as a blank A4 form on at most ${MOST_PAGES[name]} pages`, async ({ page }) => {
    const set = bankFile(name);
    await page.goto(`./#/blank/${name}`);
    await expect(page.getByRole("heading", { level: 1, name: `Blank form: ${set.title}` })).toBeVisible();
    await expect(page.getByRole("button", { name: "Print this form" })).toBeVisible();
    const domains = [...new Set(set.questions.map((q) => q.domain))];
    await expect(page.getByRole("heading", { level: 2, name: /^Domain \d of 7: / })).toHaveCount(domains.length);
    await expect(page.getByRole("heading", { level: 3 })).toHaveCount(set.questions.length);
    await expectNoAxeViolations(page);

    const { text, pages } = await printed(page, name);
    for (const q of set.questions) {
      expect(text, `question ${q.code}`).toContain(`Question ${q.code} `);
      // The question's own three descriptions, from the bank.
      for (const level of ["simple", "complicated", "complex"]) {
        expect(text, `${q.code} ${level}`).toContain(words(q.descriptors[level]).slice(0, 40));
      }
    }
    const dontKnows = text.split(framework.scale.dont_know.label).length - 1;
    expect(dontKnows, "an I don't know box for each question").toBeGreaterThanOrEqual(set.questions.length);
    for (const box of ["Project name", "Date", "Who answered"]) expect(text).toContain(box);
    const notes = text.split("Notes").length - 1;
    expect(notes, "room for a note under each question").toBeGreaterThanOrEqual(set.questions.length);
    expect(pages, "A4 pages").toBeLessThanOrEqual(MOST_PAGES[name]);
    // The app's chrome and the screen-only explanation stay off paper.
    expect(text).not.toContain("Print this form");
    expect(text).not.toContain("Answers stay on this device");
    expect(text).not.toContain("How your data is kept");
  });
}

test("no question is split across two printed pages", async ({ page }) => {
  await page.goto("./#/blank/full");
  await expect(page.getByRole("heading", { level: 1, name: "Blank form: Full assessment" })).toBeVisible();
  const { file } = await printed(page, "full");
  const pageTexts = execFileSync("pdftotext", ["-raw", file, "-"]).toString().split("\f");
  const full = bankFile("full");
  for (const q of full.questions) {
    // A question's code and the end of its last description are on one page.
    const at = pageTexts.findIndex((t) => t.includes(`Question ${q.code} `));
    expect(at, q.code).toBeGreaterThanOrEqual(0);
    const rest = words(pageTexts[at].slice(pageTexts[at].indexOf(`Question ${q.code} `)));
    expect(rest, `question ${q.code} ends on its page`).toContain(words(q.descriptors.complex).slice(-30));
  }
  // And its "Notes" line too: each page has as many as it has questions.
  for (const [i, t] of pageTexts.entries()) {
    const count = (word) => t.split(word).length - 1;
    expect(count("Notes"), `page ${i + 1}`).toBe(count("Question "));
  }
});

test("a custom bank with many long questions still prints every question whole", async ({ page }) => {
  const quick = bankFile("quick");
  const long = (s) => `${s} ${s}`;
  const bank = {
    id: "long-ward",
    version: 1,
    title: "Long ward questions",
    summary: "Many questions with long descriptions.",
    minutes: 60,
    questions: Array.from({ length: 14 }, (_, i) => {
      const q = quick.questions[i % quick.questions.length];
      const descriptors = Object.fromEntries(Object.entries(q.descriptors).map(([k, v]) => [k, long(v)]));
      return { ...q, code: `L${i + 1}`, text: long(q.text), descriptors };
    }),
  };
  await page.goto("./#/workshop");
  await page.getByLabel("Load your own questions (optional)").setInputFiles({
    name: "long.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ format: "nasss-navigator-bank", bank })),
  });
  await expect(page.getByText('Loaded "Long ward questions": 14 questions.')).toBeVisible();
  await page.goto("./#/blank/long-ward");
  await expect(page.getByRole("heading", { level: 1, name: "Blank form: Long ward questions" })).toBeVisible();
  const { text, pages } = await printed(page, "long-ward");
  for (const q of bank.questions) {
    expect(text).toContain(`Question ${q.code} `);
    expect(text).toContain(words(q.descriptors.complex).slice(0, 40));
  }
  // Twice the shipped wording: about twice the quick check's pages, not one per question.
  expect(pages).toBeLessThanOrEqual(7);
});

test("the blank forms are linked from the start page, the library and the workshop set-up", async ({ page }) => {
  // A newcomer with nothing stored yet, planning an interview.
  await page.goto("./#/new");
  await page.getByRole("link", { name: "Quick check (blank form)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Blank form: Quick check" })).toBeVisible();
  await importFiles(page, [exportFile([assessmentOf("paper", "Paper project", "quick", { 1: "simple" })])]);
  await page.goto("./");
  await page.getByRole("link", { name: "Full assessment (blank form)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Blank form: Full assessment" })).toBeFocused();
  await page.goto("./#/workshop");
  await page.getByRole("link", { name: "Quick check (blank form)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Blank form: Quick check" })).toBeVisible();
  await page.goto("./#/blank/nope");
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});
