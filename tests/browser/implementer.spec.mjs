// Implementers: review, compare, check-ins over time and the team view.
import { readFileSync } from "node:fs";
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { LEVEL_NAMES, assessmentOf, exportFile, importFiles, importIntoFreshProfile, unfold } from "./helpers.mjs";

const TEAM = ["ana", "ben", "chloe", "dev", "eve"].map((n) => `tests/fixtures/team/${n}.json`);

test("review comments and verdicts are saved, shown apart from the author's notes, and survive export and import", async ({ page, browser }) => {
  // The innovator's file, with her name on it: reviews are written on someone else's work.
  const views = JSON.parse(readFileSync("tests/fixtures/compare/two-views.json", "utf8"));
  views.assessments[0].author = { id: "innovators-device", name: "Ines" };
  await importFiles(page, { name: "two-views.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(views)) });
  await page.goto("./#/a/cmpinnov/review");
  await expect(page.getByRole("heading", { level: 1, name: "Review: Innovator view" })).toBeVisible();
  await page.getByRole("textbox", { name: "Your name, as the reviewer" }).fill("Priya (commissioner)");
  await page.getByRole("button", { name: "Start reviewing" }).click();
  await expect(page.getByText("Reviewer: Priya (commissioner)")).toBeVisible();
  await expectNoAxeViolations(page);

  const condition = page.getByRole("region", { name: "1. The condition" });
  await condition.getByRole("radio", { name: "I do not agree" }).check();
  // Disagreeing asks where the reviewer stands instead, as a level of their own.
  await condition.getByRole("group", { name: "What level would you give this domain?" }).getByRole("radio", { name: "Complex" }).check();
  await condition.getByRole("textbox", { name: "Your reasons and comments on this domain (optional)" }).fill("Frailty makes this complex for us.");
  await condition.getByRole("textbox", { name: "Your comment on 1 (optional)" }).fill("Check the ward data first.");
  const author = page.getByRole("radio").first();
  await expect(author).toBeVisible();

  await page.getByRole("link", { name: "See the results with your review" }).click();
  const review = page.getByRole("region", { name: "Your review" });
  await expect(review).toContainText("Priya (commissioner) would say complex: Frailty makes this complex for us.");
  // The verdict also sits beside its domain, in the chart and in the detail.
  await expect(page.getByRole("img", { name: "Complexity profile by domain" })).toContainText(/Your review: ●●●Complex/);
  await unfold(page, "Each domain in detail");
  await expect(page.getByRole("region", { name: "1. The condition" })).toContainText("Review: Priya (commissioner) would say complex: Frailty makes this complex for us.");
  await expect(review).toContainText("1: Check the ward data first.");
  await expectNoAxeViolations(page);

  await page.goto("./");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON Innovator view" }).click();
  const file = await (await download).path();
  expect(JSON.parse(readFileSync(file, "utf8")).assessments[0].reviews[0].reviewer.name).toBe("Priya (commissioner)");

  const { context, fresh, base } = await importIntoFreshProfile(browser, page, file);
  await fresh.goto(`${base}#/a/cmpinnov/results`);
  // On any other device it is Priya's review, read-only.
  await expect(fresh.getByRole("region", { name: "Priya (commissioner)'s review" })).toContainText("Check the ward data first.");
  await context.close();
});

test("compare two assessments: differences marked in words and symbols", async ({ page }) => {
  await importFiles(page, ["tests/fixtures/compare/two-views.json"]);
  await page.getByRole("link", { name: "Compare assessments" }).click();
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("Choose at least 2 assessments");
  await page.getByRole("checkbox", { name: /^Innovator view/ }).check();
  await page.getByRole("checkbox", { name: /^Implementer view/ }).check();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/#\/compare\/cmpinnov\/cmpimpl$/);
  await expect(page.getByText("4 of 7 answers differ between A and B.")).toBeVisible();
  const questions = page.getByRole("table", { name: "Each question, side by side" });
  const expected = [
    ["1 ", "complex → complicated ▼ less complex"],
    ["2 ", "new: don't know"],
    ["3 ", "simple → complex ▲ more complex"],
    ["4 ", "no change"],
    ["5 ", "removed: don't know"],
  ];
  for (const [code, change] of expected) {
    const row = questions.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${code}`) }) });
    await expect(row.getByRole("cell").last()).toHaveText(new RegExp(change.replace(/[▲▼]/g, "."), "u"));
  }
  const domains = page.getByRole("table", { name: "Each domain, side by side" });
  await expect(domains.getByRole("row", { name: /^1\. The condition/ }).getByRole("cell").last()).toContainText("complex → complicated");
  await expect(page.getByRole("img", { name: "Domain profiles overlaid" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a check-in keeps the earlier round, and the trend shows both", async ({ page }) => {
  await page.goto("./#/new");
  await page.getByRole("textbox", { name: "Name of your project (optional)" }).fill("Care home sensors");
  await page.getByRole("radio", { name: "Quick check" }).check();
  await page.getByRole("button", { name: "Start now" }).click();
  for (let i = 1; i <= 7; i++) {
    await expect(page.getByText(`Question ${i} of 7`)).toBeVisible();
    await page.getByRole("radio", { name: LEVEL_NAMES.complex, exact: true }).check();
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await page.getByRole("link", { name: "See your results" }).click();
  await page.getByRole("link", { name: "Start a check-in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: 'Check in on "Care home sensors"' })).toBeVisible();
  const next = page.getByRole("textbox", { name: "When should you check in after this one?" });
  await expect(next).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await page.getByRole("textbox", { name: /What has happened since round 1 was rated/ }).fill("Two more homes joined.");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Start the check-in" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await expect(page.getByText("Carried over, not yet checked")).toHaveCount(7);
  await page.getByRole("link", { name: "Change answer to question 4" }).click();
  await page.getByRole("radio", { name: "Simple", exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Carried over, not yet checked")).toHaveCount(6);
  // "This is still right" confirms an answer without a round trip to its page.
  await page.getByRole("button", { name: "This is still right (question 2)" }).click();
  await expect(page.getByText("Carried over, not yet checked")).toHaveCount(5);

  const id = page.url().match(/#\/a\/([a-z0-9]+)\//)[1];
  await page.goto(`./#/a/${id}/trend`);
  const table = page.getByRole("table", { name: "Each domain at each round" });
  await expect(table.getByRole("columnheader")).toHaveText([/Domain/, /^Round 1, rated \d+ \w+ \d{4}$/, "Now"]);
  const adopters = table.getByRole("row", { name: /^4\. The adopters/ });
  await expect(adopters.getByRole("cell").nth(0)).toContainText("Complex");
  await expect(adopters.getByRole("cell").nth(0)).toContainText("1 of 1 aspect complex");
  await expect(adopters.getByRole("cell").nth(1)).toContainText("Simple");
  await expect(adopters.getByRole("cell").nth(1)).toContainText("1 of 1 aspect simple");
  await expect(table).not.toContainText(/\b[123]\.\d/);
  await expect(page.getByRole("listitem").filter({ hasText: /^4 .+: complex → simple$/ })).toBeVisible();
  await expect(page.getByText("Between round 1 and now: Two more homes joined.")).toBeVisible();
  // Five answers still to look at: the main step is to carry on, not to start another.
  await expect(page.getByRole("link", { name: "Continue the check-in" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start a check-in" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("a team of six: the most disputed questions come first, and I don't know beside a level counts", async ({ page }) => {
  // Fay has answered only question 1, "I don't know", where everyone else said simple.
  const fay = assessmentOf("team6", "Virtual wards – Fay", "quick", { 1: "dont_know" });
  await importFiles(page, TEAM);
  await importFiles(page, [exportFile([fay], "fay.json")]);
  await page.goto("./#/team");
  for (const name of ["Ana", "Ben", "Chloe", "Dev", "Eve", "Fay"]) {
    await page.getByRole("checkbox", { name: new RegExp(`^Virtual wards – ${name}`) }).check();
  }
  await page.getByRole("button", { name: "Show the team view" }).click();
  await expect(page.getByText("6 people answered the quick check.")).toBeVisible();
  // Worked by hand (level values per person, Ana..Eve; D = don't know, - = no answer):
  // 5: 1,3,D,-,3 -> 1,3,3: mean 7/3, sd sqrt(((4/3)^2 + 2*(2/3)^2)/3) = 0.94, spread 2
  // 2: 1,3,1,3,2 -> mean 2, sd sqrt(4/5) = 0.89, spread 2
  // 3: 3,3,3,3,1 -> mean 2.6, sd sqrt(3.2/5) = 0.80, spread 2
  // 6: 1,2,1,2,1 and 7: 2,3,2,3,2 -> sd sqrt(1.2/5) = 0.49, spread 1 each: tie, bank order
  // 5 also has Chloe's "I don't know" beside the others' levels, which the line says.
  // 1: five simple and Fay's "I don't know": no spread of levels, but one person does not know
  // what the others think they know, so it is disputed, ranked after every question whose
  // levels differ (sixth, below the five shown). 4: everyone agreed, so it is never listed.
  const disputed = page.getByRole("list").filter({ has: page.getByText(/standard deviation/) });
  await expect(disputed.getByRole("listitem")).toHaveText([
    /^5 .*don't know 1 \(spread 2, standard deviation 0\.94, 1 "I don't know" beside a level\)$/,
    /^2 .*spread 2, standard deviation 0\.89\)$/,
    /^3 .*spread 2, standard deviation 0\.80\)$/,
    /^6 .*spread 1, standard deviation 0\.49\)$/,
    /^7 .*spread 1, standard deviation 0\.49\)$/,
  ]);
  const combined = page.getByRole("table", { name: "The team's combined profile" });
  // Domain 1 (question 1): five simple, and Fay's has no level yet.
  await expect(combined.getByRole("row", { name: /^1\. The condition/ }).getByRole("cell")).toHaveText(["5", "0", "0", "1"]);
  await expectNoAxeViolations(page);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export the team view (CSV)" }).click();
  const csv = readFileSync(await (await download).path(), "utf8").split("\r\n");
  expect(csv[0]).toContain("Virtual wards – Ana");
  expect(csv[0]).toContain("standard_deviation");

  // Ana and Fay alone: they agree on nothing but question 1, where Ana says simple and Fay
  // does not know. That is the one disagreement, where a spread of levels would show none.
  await page.goto("./#/team/team1/team6");
  await expect(page.getByText("2 people answered the quick check.")).toBeVisible();
  await expect(disputed.getByRole("listitem")).toHaveText([
    /^1 The condition and the people: simple 1, complicated 0, complex 0, don't know 1 \(spread 0, standard deviation 0\.00, 1 "I don't know" beside a level\)$/,
  ]);
  await expectNoAxeViolations(page);
});

test("a quick check and a full assessment compare by domain level, from the older one, baseline by choice", async ({ page }) => {
  await importFiles(page, ["tests/fixtures/compare/two-views.json"]);
  await page.goto("./#/new");
  await page.getByRole("textbox", { name: "Name of your project (optional)" }).fill("Deep dive");
  await page.getByRole("radio", { name: "Full assessment" }).check();
  await page.getByRole("button", { name: "Start now" }).click();
  // 1A simple makes domain 1 simple; the innovator's quick check has it complex.
  await page.getByRole("radio", { name: "Simple", exact: true }).check();
  const full = page.url().match(/#\/a\/([a-z0-9]+)\//)[1];
  await page.goto("./#/compare");
  // Chosen newest first; the comparison still reads from the older one.
  await page.getByRole("checkbox", { name: /^Deep dive/ }).check();
  await page.getByRole("checkbox", { name: /^Innovator view/ }).check();
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(new RegExp(`#/compare/cmpinnov/${full}$`));
  await expect(page.getByText(/^These assessments use different question sets \(Quick check, Full assessment\), so their domain levels are compared\. .* and none do\.$/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Each question, side by side" })).toHaveCount(0);
  const domains = page.getByRole("table", { name: "Each domain, side by side" });
  await expect(domains.getByRole("row", { name: /^1\. The condition/ }).getByRole("cell").last()).toContainText("complex → simple");
  await expect(page.getByRole("radio", { name: "You (Innovator view)" })).toBeChecked();
  await expectNoAxeViolations(page);
  // The person may measure from the other one instead.
  // Choosing draws the comparison again (a new address), so the new page's radio is checked.
  await page.getByRole("radio", { name: "You (Deep dive)" }).click();
  await expect(page).toHaveURL(new RegExp(`#/compare/${full}/cmpinnov$`));
  await expect(page.getByRole("radio", { name: "You (Deep dive)" })).toBeChecked();
  await expect(page.getByText("Every change is described from A, the baseline, to B.")).toBeVisible();
  await expect(domains.getByRole("row", { name: /^1\. The condition/ }).getByRole("cell").last()).toContainText("simple → complex");
});
