// The innovator's walkthrough, end to end, with the keyboard only.
import { execFileSync } from "node:child_process";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { answerWithKeyboard, expectQuestion, startAssessment, tabTo, LEVEL_NAMES, unfold } from "./helpers.mjs";

/** On a domain's look-back page: optionally note a link with the keyboard, then Continue. */
async function continueFromLookBack(page, domain, noteLink) {
  await expect(page.getByRole("heading", { level: 1, name: domain })).toBeFocused();
  if (noteLink) {
    const organisation = page.getByRole("checkbox", { name: "5. The organisation" });
    await tabTo(page, organisation);
    await page.keyboard.press("Space");
    await expect(organisation).toBeChecked();
    await tabTo(page, page.getByRole("textbox", { name: "How does it depend on the organisation?" }));
    await page.keyboard.type("staff time waits on the funding decision");
    await expectNoAxeViolations(page);
  }
  await tabTo(page, page.getByRole("link", { name: "Continue" }));
  await page.keyboard.press("Enter");
}

// The worked example from tests/scoring.rs, with the levels it gives worked out by hand there
// (a domain is as complex as its most complex answer): 1 complex, 2 complex, 3 not yet known
// (2 don't know), 4 complicated, 5 complicated, 6 not yet rated, 7 complex.
const PATTERN = [
  ["1A", "simple"], ["1B", "complex"],
  ["2A", "complicated"], ["2B", "complicated"], ["2C", "complex"], ["2D", "complex"],
  ["3A", "dont_know"], ["3B", "dont_know"],
  ["4A", "simple"], ["4B", "complicated"], ["4C", "simple"],
  ["5A", "complicated"], ["5B", "simple"], ["5C", null], ["5D", "dont_know"], ["5E", null],
  ["6A", null], ["6B", null], ["6C", null], ["6D", null], ["6E", null],
  ["7A", "complex"], ["7B", "complex"],
];
const EXPECTED = [
  ["1. The condition", "Complex", "1 of 2 aspects complex, 1 simple"],
  ["2. The technology", "Complex", "2 of 4 aspects complex, 2 complicated"],
  ["3. The value proposition", "Not yet known", "2 of 2 aspects don't know"],
  ["4. The adopters", "Complicated", "1 of 3 aspects complicated, 2 simple"],
  ["5. The organisation", "Complicated", "1 of 5 aspects complicated, 1 simple, 1 don't know, 2 not answered"],
  ["6. The wider system", "Not yet rated", "5 of 5 aspects not answered"],
  ["7. Embedding and adaptation over time", "Complex", "2 of 2 aspects complex"],
];
const HEADLINE = "Complex in 3 of 7 domains, complicated in 2, simple in 0, not yet known 1, not yet rated 1";
// The full assessment stops to look back after each domain's last question.
const DOMAIN_ENDS = { "1B": "1. The condition", "2D": "2. The technology", "3B": "3. The value proposition",
  "4C": "4. The adopters", "5E": "5. The organisation", "6E": "6. The wider system",
  "7B": "7. Embedding and adaptation over time" };

test("a full walk with the keyboard gives the hand-worked results, and prints a report", async ({ page }) => {
  // 23 questions, 7 look-back pages, a plan and a PDF, all by keyboard: about 25 s alone,
  // and a loaded 2-core machine can more than double that.
  test.slow();
  const id = await startAssessment(page, { title: "Virtual ward pilot", depth: "Full assessment" });
  for (const [i, [code, answer]] of PATTERN.entries()) {
    await expectQuestion(page, i + 1, 23);
    await expect(page.getByText(`Question ${code}`, { exact: true })).toBeVisible();
    if (code === "1B") {
      await tabTo(page, page.getByRole("textbox", { name: "Notes (optional)" }));
      await page.keyboard.type("Ask the GP practices about multimorbidity");
    }
    await answerWithKeyboard(page, answer);
    if (DOMAIN_ENDS[code]) await continueFromLookBack(page, DOMAIN_ENDS[code], code === "4C");
  }

  await expect(page).toHaveURL(new RegExp(`#/a/${id}/check$`));
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeFocused();
  await expect(page.getByText("You have answered 16 of 23 questions.")).toBeVisible();
  await expectNoAxeViolations(page);

  await tabTo(page, page.getByRole("link", { name: "See your results" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Results: Virtual ward pilot" })).toBeFocused();
  await expect(page.getByText(HEADLINE)).toBeVisible();
  await unfold(page, "Each domain in detail", { keyboard: true });
  await unfold(page, "Your answers and notes", { keyboard: true });
  const table = page.getByRole("table", { name: "Each domain's level and how its answers spread" });
  for (const [domain, level, spread] of EXPECTED) {
    const row = table.getByRole("row", { name: new RegExp(`^${domain.replace(/\./g, "\\.")}`) });
    await expect(row.getByRole("cell").nth(0)).toHaveText(level);
    await expect(page.getByRole("region", { name: domain })).toContainText(`Answers: ${spread}.`);
  }
  // No mean or decimal score anywhere: levels and counts only.
  await expect(page.locator("main")).not.toContainText(/\b[123]\.\d/);
  // Why domain 1 is complex, the rule, the link noted on the way, and what to find out.
  await expect(page.getByText(/^How levels are worked out: a domain is as complex as its most complex answer\./)).toBeVisible();
  await expect(page.getByText("4. The adopters depends on 5. The organisation: staff time waits on the funding decision")).toBeVisible();
  const condition = page.getByRole("region", { name: "1. The condition" });
  await expect(condition.getByText("1B Other illnesses and circumstances: Complex")).toBeVisible();
  const findOut = page.getByRole("heading", { name: "Things to find out" });
  await expect(findOut).toBeVisible();
  for (const code of ["3A", "3B", "5D"]) {
    await expect(page.getByRole("link", { name: new RegExp(`^${code} `) }).first()).toBeVisible();
  }
  await expect(page.getByRole("img", { name: "Complexity profile by domain" })).toBeVisible();
  await expect(page.getByText("Ask the GP practices about multimorbidity")).toBeVisible();
  await expectNoAxeViolations(page);

  // Plan an action for the complex 1B answer, with the keyboard.
  await tabTo(page, page.getByRole("link", { name: "Plan actions" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Plan actions" })).toBeFocused();
  const card = page.getByRole("region", { name: "1. The condition: 1B Other illnesses and circumstances" });
  await tabTo(page, card.getByText("Add an action"));
  await page.keyboard.press("Enter");
  await tabTo(page, card.getByRole("button", { name: "Add action for question 1B" }));
  await page.keyboard.press("Enter");
  await expect(card.getByText("Enter what you will do").first()).toBeVisible();
  await expect(card.getByRole("textbox", { name: "What will you do?" })).toBeFocused();
  await page.keyboard.type("Map the care pathway with two GP practices");
  await tabTo(page, card.getByRole("textbox", { name: "Who will do it? (optional)" }));
  await page.keyboard.type("Sam Patel");
  await tabTo(page, card.getByRole("button", { name: "Add action for question 1B" }));
  await page.keyboard.press("Enter");
  await expect(card.getByRole("listitem").filter({ hasText: "Map the care pathway with two GP practices" })).toBeVisible();
  // A closed select takes the arrow keys directly, as in any form.
  const status = card.getByRole("combobox", { name: /Status/ });
  await tabTo(page, status);
  await page.keyboard.press("ArrowDown");
  await expect(status).toHaveValue("in_progress");
  await expectNoAxeViolations(page);

  await tabTo(page, page.getByRole("link", { name: "Back to results" }).last());
  await page.keyboard.press("Enter");
  const action = page.getByRole("listitem").filter({ hasText: "Map the care pathway with two GP practices" });
  await expect(action).toHaveText(/who: Sam Patel; by when: not set; status: In progress/);

  // The printed report: profile and action plan in the PDF, no navigation.
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const dir = mkdtempSync(join(tmpdir(), "nasss-pdf-"));
  writeFileSync(join(dir, "report.pdf"), pdf);
  const text = execFileSync("pdftotext", ["-layout", join(dir, "report.pdf"), "-"]).toString().replace(/\s+/g, " ");
  expect(text).toContain("NASSS Navigator report");
  expect(text).toContain(HEADLINE);
  expect(text).toContain("Map the care pathway with two GP practices");
  expect(text).toContain("Ask the GP practices about multimorbidity");
  // The report opens with the summary, then the plan, and a full assessment with notes
  // fits six A4 pages.
  expect(text.indexOf(HEADLINE)).toBeLessThan(text.indexOf("Action plan"));
  expect(text.indexOf("Action plan")).toBeLessThan(text.indexOf("Each domain in detail"));
  const info = execFileSync("pdfinfo", [join(dir, "report.pdf")]).toString();
  const pages = Number(info.match(/^Pages:\s+(\d+)/m)[1]);
  expect(pages, "A4 pages in the report").toBeLessThanOrEqual(6);
  expect(text).not.toContain("Skip to main content");
  expect(text).not.toContain("Print or save as PDF");
});

test("reload, back and forward keep answers and place", async ({ page }) => {
  const id = await startAssessment(page, { title: "Reload test", depth: "Full assessment" });
  await expectQuestion(page, 1, 23);
  await answerWithKeyboard(page, "complex");
  await expectQuestion(page, 2, 23);
  await page.getByRole("textbox", { name: "Notes (optional)" }).fill("Half-written note");
  await answerWithKeyboard(page, "dont_know");
  await continueFromLookBack(page, "1. The condition", false);
  await expectQuestion(page, 3, 23);
  await page.getByRole("radio", { name: "Complicated", exact: true }).check();

  await page.reload();
  await expect(page).toHaveURL(new RegExp(`#/a/${id}/q/2A$`));
  await expect(page.getByRole("radio", { name: "Complicated", exact: true })).toBeChecked();

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`#/a/${id}/domain/1$`));
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`#/a/${id}/q/1B$`));
  await expect(page.getByRole("radio", { name: LEVEL_NAMES.dont_know, exact: true })).toBeChecked();
  await expect(page.getByRole("textbox", { name: "Notes (optional)" })).toHaveValue("Half-written note");
  await page.goBack();
  await expect(page.getByRole("radio", { name: "Complex", exact: true })).toBeChecked();
  await page.goForward();
  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL(new RegExp(`#/a/${id}/q/2A$`));
  await expectNoAxeViolations(page);

  // The start page offers to continue where the user left off (the first unanswered question).
  await page.goto("./");
  await page.getByRole("link", { name: "Reload test", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/a/${id}/q/2B$`));
});

test("Change on check your answers returns to the check page", async ({ page }) => {
  const id = await startAssessment(page, { title: "Quick round trip", depth: "Quick check" });
  for (let i = 0; i < 7; i++) {
    await expectQuestion(page, i + 1, 7);
    await answerWithKeyboard(page, "simple");
  }
  await expect(page).toHaveURL(new RegExp(`#/a/${id}/check$`));
  await page.getByRole("link", { name: "Change answer to question 4" }).click();
  await expect(page).toHaveURL(new RegExp(`#/a/${id}/q/4\\?from=check$`));
  await expect(page.getByRole("link", { name: "Back to your answers" })).toBeVisible();
  // The page puts focus on its heading first, as a keyboard user would find it.
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await answerWithKeyboard(page, "complex");
  await expect(page).toHaveURL(new RegExp(`#/a/${id}/check$`));
  const row = page.getByRole("term").filter({ hasText: "How much will staff, patients and carers" });
  await expect(row.locator("xpath=following-sibling::dd[1]")).toContainText("Complex");
});
