// Results that say what is not known (issue 24): "I don't know" answers lead the results
// instead of reading as good news, and a complex domain's ideas fit the question that made it so.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { answerWithKeyboard, assessmentOf, expectQuestion, exportFile, importFiles, startAssessment } from "./helpers.mjs";

const SHOTS = "target/screenshots";
const REASSURANCE = /good sign|can succeed/;

/** The printed report as text, and its pages as pictures in target/screenshots/. */
function report(pdf, name) {
  const dir = mkdtempSync(join(tmpdir(), "nasss-pdf-"));
  const file = join(dir, "report.pdf");
  writeFileSync(file, pdf);
  mkdirSync(SHOTS, { recursive: true });
  execFileSync("pdftoppm", ["-png", "-r", "60", file, join(SHOTS, name)]);
  return execFileSync("pdftotext", ["-layout", file, "-"]).toString().replace(/\s+/g, " ");
}

test("a quick check with six I don't know answers, on a phone: what is not known comes first, with no reassurance", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const id = await startAssessment(page, { title: "Mostly unknown", depth: "Quick check" });
  const answers = ["dont_know", "dont_know", "dont_know", "simple", "dont_know", "dont_know", "dont_know"];
  for (const [i, answer] of answers.entries()) {
    await expectQuestion(page, i + 1, 7);
    // The quick check's code is its position: "Question 1 of 7" says the number once.
    await expect(page.getByText(`Question ${i + 1}`, { exact: true })).toHaveCount(0);
    await answerWithKeyboard(page, answer);
  }
  await expect(page).toHaveURL(new RegExp(`#/a/${id}/check$`));
  await page.getByRole("link", { name: "See your results" }).click();

  const main = page.getByRole("main");
  const headline = page.getByText("Complex in 0 of 7 domains, complicated in 0, simple in 1, not yet known 6", { exact: true });
  await expect(headline).toBeVisible();
  const meaning = page.getByText(/^Most of the picture is not known yet/);
  await expect(meaning).toBeVisible();
  await expect(main).not.toContainText(REASSURANCE);

  // Headline, then its meaning, then the things to find out, before anything else on the page.
  const headings = await main.locator("h2, h3").allTextContents();
  expect(headings.slice(0, 2)).toEqual(["What this means", "Things to find out"]);
  const findOut = page.getByRole("heading", { name: "Things to find out" });
  const things = page.getByRole("list").filter({ has: page.getByRole("link", { name: /^1 The condition and the people/ }) });
  await expect(things.getByRole("listitem")).toHaveCount(6);
  const top = async (locator) => (await locator.boundingBox()).y;
  expect(await top(headline)).toBeLessThan(await top(meaning));
  expect(await top(meaning)).toBeLessThan(await top(findOut));
  expect(await top(findOut)).toBeLessThan(await top(page.getByRole("heading", { name: "Action plan" })));
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/issue24-unknown-results-phone.png`, fullPage: true });
  // What a phone shows before any scrolling, and the screen after it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/issue24-unknown-results-phone-screen1.png` });
  await page.evaluate(() => window.scrollTo(0, 844));
  await page.screenshot({ path: `${SHOTS}/issue24-unknown-results-phone-screen2.png` });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${SHOTS}/issue24-unknown-results-desktop.png`, fullPage: true });

  // The printed report keeps the same order.
  const text = report(await page.pdf({ format: "A4", printBackground: true }), "issue24-unknown-report");
  const at = (phrase) => {
    const i = text.indexOf(phrase);
    expect(i, phrase).toBeGreaterThanOrEqual(0);
    return i;
  };
  expect(at("not yet known 6")).toBeLessThan(at("Most of the picture is not known yet"));
  expect(at("Most of the picture is not known yet")).toBeLessThan(at("Things to find out"));
  expect(at("Things to find out")).toBeLessThan(at("Action plan"));
  expect(text).not.toMatch(REASSURANCE);
});

test("2D complex: the ideas for 2D come first, the technology's general ideas under More ideas", async ({ page }) => {
  const answers = { "2A": "simple", "2B": "simple", "2C": "complicated", "2D": "complex" };
  await importFiles(page, [exportFile([assessmentOf("twod", "Bespoke build", "full", answers)])]);
  await page.goto("./#/a/twod/results");
  await expect(page.getByRole("heading", { level: 1, name: "Results: Bespoke build" })).toBeVisible();
  await expect(page.getByText("Complex because of: 2D Supply and ownership.")).toBeVisible();
  const own = page.getByRole("list").filter({ has: page.getByText(/^Write down what you would do if the supplier pulled out/) });
  await expect(own.getByRole("listitem")).toHaveText([
    /^Write down what you would do if the supplier pulled out/,
    /^Agree in the contract who owns your data/,
    /^Check who owns the intellectual property/,
  ]);
  await expect(page.getByText("Ideas for 2D Supply and ownership")).toBeVisible();
  // 2C was complicated: it did not make the domain complex, so its ideas are not offered here.
  await expect(page.getByText("Ideas for 2C Skills needed to use it")).toHaveCount(0);
  // The domain's general ideas wait under More ideas.
  const general = page.getByText("Test the technology in real settings, with the people who will use it, before you rely on it.");
  await expect(general).toBeHidden();
  await page.locator("summary", { hasText: "More ideas" }).click();
  await expect(general).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/issue24-2d-results-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${SHOTS}/issue24-2d-results-phone.png`, fullPage: true });
  report(await page.pdf({ format: "A4", printBackground: true }), "issue24-2d-report");
});
