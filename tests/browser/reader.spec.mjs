// Speaking to whoever reads (issue 22, points 6 to 8): Priya answers on her device, Sam
// reads and reviews on his (a separate browser context). Each is addressed as themselves,
// columns are named by person, and Sam's review sits beside the headline.
import { readFileSync } from "node:fs";
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { LEVEL_NAMES, assessmentOf, exportFile, importIntoFreshProfile } from "./helpers.mjs";

const ANSWERS = ["dont_know", "complex", "simple", "complex", "complex", "complex", "complex"];

/** Priya, on her own device: a quick check called HeartWatch, exported as a file. */
async function priyaAnswersAndExports(page) {
  await page.goto("./");
  await page.getByRole("textbox", { name: "Name of your project (optional)" }).fill("HeartWatch");
  await page.getByRole("textbox", { name: "Your name (optional)" }).fill("Priya Shah");
  await page.getByRole("textbox", { name: "Your organisation (optional)" }).fill("HeartWatch Ltd");
  await page.getByRole("radio", { name: "Quick check" }).check();
  await page.getByRole("button", { name: "Start now" }).click();
  for (const [i, answer] of ANSWERS.entries()) {
    await expect(page.getByText(`Question ${i + 1} of 7`)).toBeVisible();
    await page.getByRole("radio", { name: LEVEL_NAMES[answer], exact: true }).check();
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await page.getByRole("link", { name: "See your results" }).click();
  // Her own results speak to her.
  await expect(page.getByText(/^You answered "I don't know" to these questions\./)).toBeVisible();
  await page.goto("./");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON HeartWatch" }).click();
  return (await download).path();
}

test("someone else's results say whose answers they were, on screen and on paper, and show each reviewer beside the headline", async ({ page, browser }) => {
  test.slow();
  const file = await priyaAnswersAndExports(page);
  const id = JSON.parse(readFileSync(file, "utf8")).assessments[0].id;

  // Sam, on his device: Priya's results are hers, never "you".
  const { context, fresh: sam, base } = await importIntoFreshProfile(browser, page, file);
  await sam.goto(`${base}#/a/${id}/results`);
  await expect(sam.getByRole("heading", { level: 1, name: "Results: HeartWatch" })).toBeVisible();
  await expect(sam.getByText(/^Priya Shah answered "I don't know" to these questions\./)).toBeVisible();
  await expect(sam.getByText(/You answered/)).toHaveCount(0);
  await expect(sam.getByText(/come back and change them/)).toHaveCount(0);
  await expect(sam.getByRole("link", { name: /^Change your judgement|^Give your own judgement/ })).toHaveCount(0);
  // The printed report says the same.
  await sam.emulateMedia({ media: "print" });
  await expect(sam.getByText(/^Priya Shah answered "I don't know" to these questions\./)).toBeVisible();
  await sam.emulateMedia({ media: "screen" });

  // Sam reviews: he agrees on domain 2 and would give domain 3 complex, where the answers say simple.
  await sam.goto(`${base}#/a/${id}/review`);
  await sam.getByRole("textbox", { name: "Your name, as the reviewer" }).fill("Sam Okafor");
  await sam.getByRole("button", { name: "Start reviewing" }).click();
  await sam.getByRole("region", { name: "2. The technology" }).getByRole("radio", { name: "I agree" }).check();
  const value = sam.getByRole("region", { name: "3. The value proposition" });
  await value.getByRole("radio", { name: "I do not agree" }).check();
  await value.getByRole("group", { name: "What level would you give this domain?" }).getByRole("radio", { name: "Complex" }).check();
  await sam.getByRole("link", { name: "See the results with your review" }).click();

  // One line per reviewer, beside the headline; Sam, on his own device, reads his as "Your review".
  await expect(sam.getByText("Complex in 5 of 7 domains, complicated in 0, simple in 1, not yet known 1", { exact: true })).toBeVisible();
  await expect(sam.getByRole("list", { name: "Each reviewer's view" }).getByRole("listitem")).toHaveText([
    "Your review: complex in 2 of 7 domains, complicated in 0, simple in 0, no level given for 5",
  ]);
  // The table names the review as a column; the chart marks where the views differ, in words.
  const table = sam.getByRole("table", { name: "Each domain's level and how its answers spread" });
  await expect(table.getByRole("columnheader", { name: "Your review" })).toBeVisible();
  await expect(table.getByRole("row", { name: /^3\. The value proposition/ }).getByRole("cell").nth(1)).toHaveText("complex");
  const chart = sam.getByRole("img", { name: "Complexity profile by domain" });
  const valueRow = chart.locator("li.profile-bars__row").filter({ hasText: "3. The value proposition" });
  await expect(valueRow).toContainText("Answers suggest simple");
  await expect(valueRow).toContainText("Your review: ●●●Complex");
  await expect(valueRow).toContainText("≠ Views differ");
  const techRow = chart.locator("li.profile-bars__row").filter({ hasText: "2. The technology" });
  await expect(techRow).not.toContainText("Views differ");
  // A bar's colour is its answers' level, and its label names the answers: simple here.
  await expect(valueRow.locator(".profile-bars__piece")).toHaveClass(["profile-bars__piece profile-bars__piece--0"]);
  await expectNoAxeViolations(sam);
  await context.close();
});

test("compare and team view name each column by person, and a copied judgement stays its maker's", async ({ page }) => {
  const judged = { 1: { level: "complicated", reason: "We have a plan", updated_at: 1764000000050 } };
  const priya = assessmentOf("pri1", "HeartWatch", "quick", { 1: "complex", 2: "simple" }, {
    author: { id: "priyas-phone", name: "Priya Shah", organisation: "HeartWatch Ltd" },
    judgements: judged,
  });
  await page.goto("./#/import");
  await page.getByLabel("Choose a file (.json)").setInputFiles(exportFile([priya]));
  await page.getByRole("button", { name: "Import 1" }).click();
  await expect(page.getByText("Imported 1 assessment.")).toBeVisible();

  // Sam makes his own copy of Priya's.
  await page.goto("./#/a/pri1/check");
  await page.getByRole("button", { name: "Make my own copy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  const copy = page.url().match(/#\/a\/([a-z0-9]+)\//)[1];

  await page.goto(`./#/compare/pri1/${copy}`);
  // The legend: each letter stands for a person, the title beside.
  await expect(page.getByRole("listitem").filter({ hasText: /^. A: Priya Shah \(HeartWatch\)$/ })).toHaveCount(1);
  await expect(page.getByRole("listitem").filter({ hasText: /^. B: You \(HeartWatch \(my copy\)\)$/ })).toHaveCount(1);
  const domains = page.getByRole("table", { name: "Each domain, side by side" });
  await expect(domains.getByRole("columnheader", { name: "A: Priya Shah (HeartWatch)" })).toBeVisible();
  await expect(domains.getByRole("columnheader", { name: "B: You (HeartWatch (my copy))" })).toBeVisible();
  const condition = domains.getByRole("row", { name: /^1\. The condition/ });
  await expect(condition.getByRole("cell").nth(0)).toContainText("Priya Shah's judgement: complicated (answers suggest complex)");
  // The copy is Sam's, but the judgement in it is still Priya's until he changes it.
  await expect(condition.getByRole("cell").nth(1)).toContainText("Priya Shah's judgement, copied: complicated (answers suggest complex)");
  await expect(condition).not.toContainText("Your judgement");
  await expect(page.getByRole("radio", { name: "Priya Shah (HeartWatch)" })).toBeChecked();
  await expectNoAxeViolations(page);

  await page.goto(`./#/team/pri1/${copy}`);
  const answers = page.getByRole("table", { name: "Every answer" });
  await expect(answers.getByRole("columnheader")).toHaveText(["Question", "Priya Shah (HeartWatch)", "You (HeartWatch (my copy))", "Spread", "Standard deviation"]);
  await expectNoAxeViolations(page);

  // Change over time on Priya's is headed by her name, not read as Sam's own.
  await page.goto("./#/a/pri1/trend");
  await expect(page.getByRole("heading", { level: 1, name: "Change over time: Priya Shah (HeartWatch)" })).toBeVisible();
});
