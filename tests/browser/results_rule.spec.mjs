// Results people can trust: one rule for a domain's level, the person's own judgement shown
// beside what the answers suggest, links between domains, and files from the previous format.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { assessmentOf, exportFile, importFiles, importIntoFreshProfile, unfold } from "./helpers.mjs";

function assessment(id, title, answers, extra = {}) {
  return assessmentOf(id, title, "full", answers, extra);
}

// The case that started the rule: a mean of 1.4 once called domain 6 simple while the same
// page listed it as needing attention.
const SIX_A = { "6A": "complex", "6B": "simple", "6C": "simple", "6D": "simple", "6E": "simple" };

async function pdfText(page) {
  const dir = mkdtempSync(join(tmpdir(), "nasss-pdf-"));
  writeFileSync(join(dir, "report.pdf"), await page.pdf({ format: "A4", printBackground: true }));
  return execFileSync("pdftotext", ["-layout", join(dir, "report.pdf"), "-"]).toString().replace(/\s+/g, " ");
}

test("one complex aspect makes the domain complex, and the headline, meaning and attention list agree", async ({ page }) => {
  await importFiles(page, [exportFile([assessment("sixa", "Wider system only", SIX_A)])]);
  await page.goto("./#/a/sixa/results");
  await expect(page.getByRole("heading", { level: 1, name: "Results: Wider system only" })).toBeVisible();
  await expect(page.getByText("Complex in 1 of 7 domains, complicated in 0, simple in 0, not yet rated 6")).toBeVisible();
  await expect(page.getByText(/^One domain came out complex, and it needs attention now\./)).toBeVisible();
  await expect(page.getByText(/^None of the domains/)).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Domains that need attention" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "6. The wider system" }).first()).toBeVisible();
  const table = page.getByRole("table", { name: "Each domain's level and how its answers spread" });
  await expect(table.getByRole("row", { name: /^6\. The wider system/ }).getByRole("cell").first()).toHaveText("Complex");
  await unfold(page, "Each domain in detail");
  await expect(page.getByRole("region", { name: "6. The wider system" })).toContainText("Answers: 1 of 5 aspects complex, 4 simple.");
  await expect(page.locator("main")).not.toContainText(/\b[123]\.\d/);
  await expectNoAxeViolations(page);
});

test("a judgement is shown beside what the answers suggest in results, compare and the report, and survives export", async ({ page, browser }) => {
  const later = assessment("sixb", "Wider system, later", { ...SIX_A, "6A": "simple" });
  await importFiles(page, [exportFile([assessment("sixa", "Wider system only", SIX_A), later])]);
  await page.goto("./#/a/sixa/results");
  // Each domain's own judgement is offered in plain sight, with nothing to unfold first.
  await page.getByRole("link", { name: "Give your own judgement, or note what is uncertain (The wider system)" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "6. The wider system" })).toBeFocused();
  await expect(page.getByText("Complex (1 of 5 aspects complex, 4 simple)")).toBeVisible();
  await page.getByRole("radio", { name: "Complicated", exact: true }).check();
  await page.getByRole("textbox", { name: "Why? (optional)" }).fill("The one complex part, the new rules, are already agreed with the regulator.");
  await page.getByRole("textbox", { name: "What is most uncertain here?" }).fill("Whether the next election changes policy");
  await page.getByRole("checkbox", { name: "5. The organisation" }).check();
  await page.getByRole("textbox", { name: "How does it depend on the organisation?" }).fill("the board must sign off the contract first");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Save and go back" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Results: Wider system only" })).toBeVisible();
  await unfold(page, "Each domain in detail");
  const wider = page.getByRole("region", { name: "6. The wider system" });
  await expect(page.getByRole("link", { name: "Change your judgement or reflections (The wider system)" })).toBeVisible();
  await expect(page.getByText("Complex in 0 of 7 domains, complicated in 1, simple in 0, not yet rated 6")).toBeVisible();
  await expect(page.getByText(/^None of the rated domains came out complex/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Domains that need attention" })).toHaveCount(0);
  await expect(wider).toContainText("Your judgement: complicated (answers suggest complex). Why: The one complex part, the new rules, are already agreed with the regulator.");
  await expect(wider).toContainText("Most uncertain: Whether the next election changes policy");
  const table = page.getByRole("table", { name: "Each domain's level and how its answers spread" });
  await expect(table.getByRole("row", { name: /^6\. The wider system/ }).getByRole("cell").first())
    .toHaveText("Your judgement: complicated (answers suggest complex)");
  await expect(page.getByRole("heading", { name: "How the domains affect each other" })).toBeVisible();
  await expect(page.getByText("6. The wider system depends on 5. The organisation: the board must sign off the contract first")).toBeVisible();
  await expectNoAxeViolations(page);

  const report = await pdfText(page);
  expect(report).toContain("Your judgement: complicated (answers suggest complex)");
  expect(report).toContain("6. The wider system depends on 5. The organisation: the board must sign off the contract first");

  await page.goto("./#/compare/sixa/sixb");
  await expect(page.getByText("Your judgement: complicated (answers suggest complex)").first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("./");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON Wider system only" }).click();
  const file = await (await download).path();
  const saved = JSON.parse(readFileSync(file, "utf8")).assessments[0];
  expect(saved.judgements["6"].level).toBe("complicated");
  expect(saved.reflections["6"].depends_on["5"]).toBe("the board must sign off the contract first");

  // The same person on another device, who says the file is theirs.
  const { context, fresh, base } = await importIntoFreshProfile(browser, page, file, { mine: true });
  await fresh.goto(`${base}#/a/sixa/results`);
  await unfold(fresh, "Each domain in detail");
  await expect(fresh.getByRole("region", { name: "6. The wider system" })).toContainText("Your judgement: complicated (answers suggest complex)");
  await expect(fresh.getByText("6. The wider system depends on 5. The organisation: the board must sign off the contract first")).toBeVisible();
  await context.close();
});

test("a file from the schema-1 release imports with everything in it, and says once that the wording changed", async ({ page }) => {
  await importFiles(page, ["tests/fixtures/schema-1/export-all.json"]);
  await page.goto("./#/a/schema1full/results");
  await expect(page.getByRole("heading", { level: 1, name: "Results: Video clinics at St Elsewhere (schema 1)" })).toBeVisible();
  const notice = page.getByRole("status").filter({ hasText: "We have reworded some questions" });
  await expect(notice).toBeVisible();
  await unfold(page, "Each domain in detail");
  await unfold(page, "Your answers and notes");
  await expect(page.getByText("Many patients also have diabetes; ask the GP practices.").first()).toBeVisible();
  await expect(page.getByText("Map the pathway with two practices")).toBeVisible();
  await expect(page.getByRole("region", { name: "Alex Reviewer's review" })).toContainText("I would call the condition complex.");
  await expect(page.getByRole("region", { name: "1. The condition" })).toContainText("Answers: 1 of 2 aspects complex, 1 simple.");
  await expectNoAxeViolations(page);
  await notice.getByRole("button", { name: "OK, got it" }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: /^Results: Video clinics/ })).toBeVisible();
  await expect(page.getByText("We have reworded some questions")).toHaveCount(0);

  await page.goto("./#/a/schema1full/trend");
  await expect(page.getByText("After the first three months of clinics.").first()).toBeVisible();
  await page.goto("./#/a/schema1workshop/results");
  await unfold(page, "Your answers and notes");
  await expect(page.getByText(/^Votes: /).first()).toBeVisible();
  await expect(page.getByText("The room split on this one.").first()).toBeVisible();
});
