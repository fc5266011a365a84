// A blank paper form for each shipped question set: reached from the library and the
// workshop set-up, printed as A4 with one domain to a page and every question on it.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { assessmentOf, exportFile, importFiles } from "./helpers.mjs";

const bankFile = (name) => JSON.parse(readFileSync(new URL(`../../questions/${name}.json`, import.meta.url), "utf8"));
const framework = bankFile("framework");

/** Prints the page to an A4 PDF; returns its text (one line of words) and its page count. */
async function printed(page, name) {
  const dir = mkdtempSync(join(tmpdir(), "nasss-paper-"));
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: "A4", printBackground: true }));
  const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString().replace(/\s+/g, " ");
  const info = execFileSync("pdfinfo", [file]).toString();
  return { text, pages: Number(info.match(/^Pages:\s+(\d+)/m)[1]), file };
}

for (const name of ["quick", "full"]) {
  test(`the ${name} set prints as a blank A4 form, one domain to a page`, async ({ page }) => {
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
        expect(text, `${q.code} ${level}`).toContain(q.descriptors[level].replace(/\s+/g, " ").slice(0, 40));
      }
    }
    const dontKnows = text.split(framework.scale.dont_know.label).length - 1;
    expect(dontKnows, "an I don't know box for each question").toBeGreaterThanOrEqual(set.questions.length);
    for (const box of ["Project name", "Date", "Who answered"]) expect(text).toContain(box);
    expect(pages, "A4 pages").toBeGreaterThanOrEqual(domains.length);
    // The app's chrome and the screen-only explanation stay off paper.
    expect(text).not.toContain("Print this form");
    expect(text).not.toContain("Answers stay on this device");
    expect(text).not.toContain("How your data is kept");
  });
}

test("each domain starts a new page", async ({ page }) => {
  await page.goto("./#/blank/full");
  await expect(page.getByRole("heading", { level: 1, name: "Blank form: Full assessment" })).toBeVisible();
  const { file } = await printed(page, "full");
  const pageTexts = execFileSync("pdftotext", ["-layout", file, "-"]).toString().split("\f");
  const starts = pageTexts.map((t, i) => [i, t.match(/Domain (\d) of 7:/)?.[1]]).filter(([, d]) => d);
  expect(starts.map(([, d]) => d)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
  // Each domain's heading is at the top of its own page, after the cover page.
  for (const [i] of starts) expect(pageTexts[i].trim().startsWith("Domain"), `page ${i + 1}`).toBe(true);
  expect(new Set(starts.map(([i]) => i)).size).toBe(7);
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
