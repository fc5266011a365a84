// Whose assessment is this? The author's name is asked once, travels in the export, and an
// implementer who imports it sees whose it is, reads it without changing it, and can make
// their own copy to edit.
import { readFileSync } from "node:fs";
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { answerWithKeyboard, assessmentOf, exportFile, importFiles, importIntoFreshProfile } from "./helpers.mjs";

const IMPORTED_ON = /imported \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/;

test("someone else's assessment says whose it is, opens read-only, and can be copied to change", async ({ page, browser }) => {
  test.slow();
  // The innovator: asked for a name once, on starting.
  await page.goto("./");
  await page.getByRole("textbox", { name: "Name of your project (optional)" }).fill("Remote monitoring");
  await page.getByRole("textbox", { name: "Your name (optional)" }).fill("Sam");
  await page.getByRole("textbox", { name: "Your organisation (optional)" }).fill("Acme Health");
  await expectNoAxeViolations(page);
  await page.getByRole("radio", { name: "Quick check" }).check();
  await page.getByRole("button", { name: "Start now" }).click();
  await answerWithKeyboard(page, "complex");
  await expect(page.getByText(/Question 2 of/)).toBeVisible();

  // Not asked again on this device; the name can be changed from the start page.
  await page.goto("./#/new");
  await expect(page.getByRole("textbox", { name: "Name of your project (optional)" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Your name (optional)" })).toHaveCount(0);
  await expect(page.getByText("Assessments you start here are marked as from Sam (Acme Health).")).toBeVisible();
  await expect(page.getByRole("link", { name: "Change your name" })).toBeVisible();

  // Their own assessment is theirs: no "From:" line, and Continue.
  await page.goto("./");
  await expect(page.getByText(/^From:/)).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Continue Remote monitoring" })).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON Remote monitoring" }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, "utf8")).assessments[0];
  expect(exported.author).toMatchObject({ name: "Sam", organisation: "Acme Health" });

  // The implementer, on another device.
  const { context, fresh, base } = await importIntoFreshProfile(browser, page, file);
  await fresh.goto(`${base}#/`);
  const card = fresh.getByRole("listitem", { name: "Remote monitoring" });
  await expect(card.getByText(/^From: Sam \(Acme Health\), /)).toHaveText(IMPORTED_ON);
  await expect(card.getByRole("link", { name: "Continue Remote monitoring" })).toHaveCount(0);
  await expectNoAxeViolations(fresh);

  // Reading it: named as Sam's, never "your answers", and nothing can be changed.
  await card.getByRole("link", { name: "Read the answers Remote monitoring" }).click();
  await expect(fresh.getByRole("heading", { level: 1, name: "Sam's answers" })).toBeVisible();
  await expect(fresh.getByText("This is someone else's assessment")).toBeVisible();
  await expect(fresh.getByRole("link", { name: /^Change/ })).toHaveCount(0);
  await expectNoAxeViolations(fresh);
  await fresh.getByRole("link", { name: "See the results" }).click();
  await expect(fresh.getByRole("heading", { level: 1, name: "Results: Remote monitoring" })).toBeVisible();
  await expect(fresh.getByText(/^From: Sam \(Acme Health\), imported .*\.$/)).toBeVisible();
  await expect(fresh.getByRole("link", { name: "Back to Sam's answers" })).toBeVisible();
  await expect(fresh.getByRole("link", { name: "Back to your answers" })).toHaveCount(0);
  await expect(fresh.getByRole("heading", { name: "Sam's complexity profile" })).toBeVisible();
  await expectNoAxeViolations(fresh);

  const id = exported.id;
  await fresh.goto(`${base}#/a/${id}/q/1`);
  await expect(fresh.getByRole("radio", { name: "Complex" })).toBeChecked();
  await expect(fresh.getByRole("radio", { name: "Simple" })).toBeDisabled();

  // A review is still theirs to write: reviewing someone else's assessment is the point.
  await fresh.goto(`${base}#/a/${id}/review`);
  await fresh.getByRole("textbox", { name: "Your name, as the reviewer" }).fill("Priya");
  await fresh.getByRole("button", { name: "Start reviewing" }).click();
  await expect(fresh.getByText("Reviewer: Priya")).toBeVisible();
  await fresh.getByRole("region", { name: "1. The condition" }).getByRole("radio", { name: "I agree" }).check();
  await expect(fresh.getByRole("region", { name: "1. The condition" }).getByRole("radio", { name: "I agree" })).toBeChecked();

  // Their own copy: theirs to change, while Sam's stays as it was.
  await fresh.goto(`${base}#/a/${id}/check`);
  await fresh.getByRole("button", { name: "Make my own copy" }).click();
  await expect(fresh.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await expect(fresh.getByText("Remote monitoring (my copy)")).toBeVisible();
  await fresh.getByRole("link", { name: "Change answer to question 1" }).click();
  await fresh.getByRole("radio", { name: "Simple" }).check();
  await expect(fresh.getByRole("radio", { name: "Simple" })).toBeChecked();
  await fresh.getByRole("button", { name: "Continue" }).click();
  await fresh.goto(`${base}#/`);
  const copy = fresh.getByRole("listitem", { name: "Remote monitoring (my copy)" });
  await expect(copy.getByText(/^From:/)).toHaveCount(0);
  await expect(copy.getByRole("link", { name: "Continue Remote monitoring (my copy)" })).toBeVisible();
  await expect(card.getByText(/^From: Sam/)).toBeVisible();
  await fresh.goto(`${base}#/a/${id}/q/1`);
  await expect(fresh.getByRole("radio", { name: "Complex" })).toBeChecked();
  await context.close();
});

test("the name can be changed later, and exports carry the new one", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("textbox", { name: "Your name (optional)" }).fill("Sam");
  await page.getByRole("radio", { name: "Quick check" }).check();
  await page.getByRole("button", { name: "Start now" }).click();
  await expect(page.getByText(/Question 1 of/)).toBeVisible();

  await page.goto("./");
  await page.getByRole("link", { name: "Your name" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your name" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Your name (optional)" })).toHaveValue("Sam");
  await expectNoAxeViolations(page);
  await page.getByRole("textbox", { name: "Your name (optional)" }).fill("Samira");
  await page.getByRole("textbox", { name: "Your organisation (optional)" }).fill("Northshire Trust");
  await page.getByRole("button", { name: "Save your name" }).click();
  await expect(page.getByText("Your name is saved.")).toBeVisible();

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export all (JSON)" }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), "utf8"));
  expect(file.assessments[0].author).toMatchObject({ name: "Samira", organisation: "Northshire Trust" });
  // Still theirs after the change of name.
  await expect(page.getByText(/^From:/)).toHaveCount(0);
});

test("your own file on your second device: say it is yours, and it stays yours to change", async ({ page, browser }) => {
  await page.goto("./");
  await page.getByRole("textbox", { name: "Name of your project (optional)" }).fill("Ward rounds");
  await page.getByRole("textbox", { name: "Your name (optional)" }).fill("Sam");
  await page.getByRole("radio", { name: "Quick check" }).check();
  await page.getByRole("button", { name: "Start now" }).click();
  await answerWithKeyboard(page, "simple");
  await expect(page.getByText(/Question 2 of/)).toBeVisible();
  await page.goto("./");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON Ward rounds" }).click();
  const file = await (await download).path();

  const context = await browser.newContext();
  const second = await context.newPage();
  await second.goto(`${page.url().split("#")[0]}#/import`);
  await second.getByLabel("Choose a file (.json)").setInputFiles(file);
  const whose = second.getByRole("group", { name: "Whose assessments are these?" });
  await expect(whose).toContainText("The file says they are from Sam.");
  // Someone else's unless the person says otherwise.
  await expect(whose.getByRole("radio", { name: "Someone else's" })).toBeChecked();
  await expectNoAxeViolations(second);
  await whose.getByRole("radio", { name: "Mine, from another device" }).check();
  await second.getByRole("button", { name: "Import 1" }).click();
  await expect(second.getByText("Imported 1 assessment.")).toBeVisible();
  const card = second.getByRole("listitem", { name: "Ward rounds" });
  await expect(card.getByText(/^From:/)).toHaveCount(0);
  await card.getByRole("link", { name: "Continue Ward rounds" }).click();
  await second.getByRole("radio", { name: "Complicated" }).check();
  await expect(second.getByRole("radio", { name: "Complicated" })).toBeChecked();
  // This device took the name given on the first, for what is started and exported here.
  await second.goto(`${page.url().split("#")[0]}#/you`);
  await expect(second.getByRole("textbox", { name: "Your name (optional)" })).toHaveValue("Sam");
  await context.close();
});

test("judgements are named as the author's in compare and change over time, column by column", async ({ page }) => {
  const judged = (level, reason) => ({ "1": { level, reason, updated_at: 1764000000050 } });
  const sam = assessmentOf("sam1", "Sam's view", "quick", { 1: "complex" }, {
    author: { id: "sams-laptop", name: "Sam", organisation: "Acme Health" },
    judgements: judged("complicated", "We know this one"),
  });
  const priya = assessmentOf("pri1", "Priya's view", "quick", { 1: "complex" }, {
    author: { id: "priyas-desktop", name: "Priya" },
    judgements: judged("simple", "Done before"),
  });
  await importFiles(page, [exportFile([sam, priya])]);

  await page.goto("./#/compare/sam1/pri1");
  const domains = page.getByRole("table", { name: "Each domain, side by side" });
  const condition = domains.getByRole("row", { name: /^1\. The condition/ });
  await expect(condition).toContainText("Sam's judgement: complicated (answers suggest complex)");
  await expect(condition).toContainText("Priya's judgement: simple (answers suggest complex)");
  await expect(condition).not.toContainText("Your judgement");
  await expectNoAxeViolations(page);

  await page.goto("./#/a/sam1/trend");
  await expect(page.getByRole("table", { name: "Each domain at each round" })).toContainText("Sam's judgement: complicated");
  await expect(page.getByText("Your judgement")).toHaveCount(0);
});
