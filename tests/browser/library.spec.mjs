// The assessments library, export and import, and storage that never loses work.
import { readFileSync } from "node:fs";
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { LEVEL_NAMES, assessmentOf, exportFile, moreActions } from "./helpers.mjs";

const PREFIX = "nasss-navigator/assessment/";

/** Creates a quick-check assessment through the UI and answers it. Returns its id. */
async function quickAssessment(page, title, answers) {
  await page.goto("./#/new");
  await page.getByRole("textbox", { name: "Name of your project (optional)" }).fill(title);
  await page.getByRole("radio", { name: "Quick check" }).check();
  await page.getByRole("button", { name: "Start now" }).click();
  for (const [i, answer] of answers.entries()) {
    await expect(page.getByText(`Question ${i + 1} of 7`)).toBeVisible();
    if (answer === null) {
      await page.getByRole("link", { name: "Skip this question for now" }).click();
      continue;
    }
    await page.getByRole("radio", { name: LEVEL_NAMES[answer], exact: true }).check();
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  return page.url().match(/#\/a\/([a-z0-9]+)\//)[1];
}

const SOME = ["complex", "complicated", "dont_know", "simple", "complex", null, "complicated"];

test("create, rename, duplicate, delete and undo", async ({ page }) => {
  await quickAssessment(page, "Falls sensors", SOME);
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1, name: "Your assessments" })).toBeVisible();
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Falls sensors" }) });
  await expect(item).toContainText("Quick check · 6 of 7 questions answered");
  // One question per domain: complex, complicated, don't know, simple, complex, skipped, complicated.
  await expect(item).toContainText("Profile: Complex in 2 of 7 domains, complicated in 2, simple in 1, not yet known 1, not yet rated 1");
  await expectNoAxeViolations(page);

  await moreActions(page, "Falls sensors");
  await item.getByRole("link", { name: "Rename Falls sensors" }).click();
  const name = page.getByRole("textbox", { name: "What is your project called?" });
  await expect(name).toHaveValue("Falls sensors");
  await name.fill("Falls sensors in care homes");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("heading", { name: "Falls sensors in care homes" })).toBeVisible();

  await moreActions(page, "Falls sensors in care homes");
  await page.getByRole("button", { name: "Start a re-assessment from this one Falls sensors in care homes" }).click();
  // The copy opens at its first unanswered question; carried-over answers are marked.
  await expect(page.getByText("Question 6 of 7")).toBeVisible();
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page.getByText("This answer was carried over from an earlier assessment")).toBeVisible();
  await expect(page.getByRole("radio", { name: "Complex", exact: true })).toBeChecked();
  await page.goto("./");
  const copy = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Falls sensors in care homes (re-assessment)" }) });
  await expect(copy).toContainText("6 of 7 questions answered");

  await moreActions(page, "Falls sensors in care homes (re-assessment)");
  await copy.getByRole("link", { name: /^Delete/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: 'Delete "Falls sensors in care homes (re-assessment)"?' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.getByText('Deleted "Falls sensors in care homes (re-assessment)".')).toBeVisible();
  await expect(copy).toHaveCount(0);
  await page.getByRole("button", { name: "Undo delete" }).click();
  await expect(copy).toHaveCount(1);
  await page.reload();
  await expect(copy).toHaveCount(1);
});

test("export then import on a clean profile gives the same results", async ({ page, browser }) => {
  const id = await quickAssessment(page, "Export = round trip", SOME);
  await page.goto(`./#/a/${id}/q/3`);
  await page.getByRole("textbox", { name: "Notes (optional)" }).fill('Ask finance; "=cost" @ month 3');
  await page.goto(`./#/a/${id}/results`);
  const before = await page.getByRole("main").innerText();

  await page.goto("./");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON Export = round trip" }).click();
  const file = await (await download).path();
  const json = JSON.parse(readFileSync(file, "utf8"));
  expect(json.format).toBe("nasss-navigator");
  expect(json.schema_version).toBe(4);
  expect((await download).suggestedFilename()).toMatch(/^export-round-trip-\d{4}-\d{2}-\d{2}\.json$/);

  const csvDownload = page.waitForEvent("download");
  await moreActions(page, "Export = round trip");
  await page.getByRole("button", { name: "Export CSV Export = round trip" }).click();
  const csv = readFileSync(await (await csvDownload).path(), "utf8");
  expect(csv.split("\r\n")[0]).toBe(
    '"domain","domain_level","domain_answers","judgement_reason","code","question","answer","note"',
  );
  expect(csv).toContain(`"Ask finance; ""=cost"" @ month 3"`);

  // A clean profile: a new browser context with empty storage.
  const context = await browser.newContext();
  const fresh = await context.newPage();
  const base = page.url().split("#")[0];
  await fresh.goto(`${base}#/import`);
  await fresh.getByLabel("Choose a file (.json)").setInputFiles(file);
  await expect(fresh.getByRole("heading", { name: /Ready to import from/ })).toBeFocused();
  await expect(fresh.getByText("This file holds 1 assessment.")).toBeVisible();
  // The same person on their second device: their own, so the results read the same.
  await fresh.getByRole("radio", { name: "Mine, from another device" }).check();
  await fresh.getByRole("button", { name: "Import 1" }).click();
  await expect(fresh.getByText("Imported 1 assessment.")).toBeVisible();
  await fresh.goto(`${base}#/a/${id}/results`);
  await expect(fresh.getByRole("heading", { level: 1 })).toHaveText("Results: Export = round trip");
  expect(await fresh.getByRole("main").innerText()).toBe(before);
  await context.close();
});

test("importing the same assessment again adds what is new by default, keeps both as a named copy, and never replaces a newer answer", async ({ page }) => {
  const id = await quickAssessment(page, "Clash", ["simple", "simple", "simple", "simple", "simple", "simple", "simple"]);
  await page.goto("./");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON Clash" }).click();
  const file = await (await download).path();
  // Change the copy on this device after exporting.
  await page.goto(`./#/a/${id}/q/1`);
  await page.getByRole("radio", { name: "Complex", exact: true }).check();

  await page.goto("./#/import");
  await page.getByLabel("Choose a file (.json)").setInputFiles(file);
  await expect(page.getByRole("heading", { name: '"Clash" is already on this device' })).toBeVisible();
  await expect(page.getByText("Your answers: unchanged, yours are newer.", { exact: true })).toBeVisible();
  await expect(page.getByRole("group", { name: "What should happen?" })
    .getByRole("radio", { name: "Add what is new (recommended)" })).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole("radio", { name: "Keep both" }).check();
  await page.getByRole("button", { name: "Import 1" }).click();
  await expect(page.getByRole("heading", { name: "Clash", exact: true })).toHaveCount(1);
  await expect(page.getByRole("heading", { name: "Clash (the file's copy)", exact: true })).toHaveCount(1);

  // Replace takes the file's copy, but never its older answer over the newer one here.
  await page.goto("./#/import");
  await page.getByLabel("Choose a file (.json)").setInputFiles(file);
  await page.getByRole("radio", { name: "Replace with the file's copy" }).check();
  await page.getByRole("button", { name: "Import 1" }).click();
  await page.goto(`./#/a/${id}/q/1`);
  await expect(page.getByRole("radio", { name: "Complex", exact: true })).toBeChecked();
});

test("bad files are refused with a specific message and nothing is stored", async ({ page }) => {
  await page.goto("./#/import");
  await expectNoAxeViolations(page);
  const cases = [
    ["notes.json", '{"hello": "world"}', "This is not a NASSS Navigator file."],
    ["broken.json", '{\n  "format": "nasss-navigator",\n  oops\n}', "This file is damaged: it stops making sense at line 3, column 3"],
    ["future.json", '{"format": "nasss-navigator", "schema_version": 7, "exported_at": 0, "assessments": []}', "A newer version of NASSS Navigator made this file"],
    ["empty.json", "", "This file is empty."],
  ];
  for (const [name, content, message] of cases) {
    await page.getByLabel("Choose a file (.json)").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(content) });
    const summary = page.getByRole("alert").filter({ hasText: `${name} could not be imported` });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(message);
  }
  await expectNoAxeViolations(page);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);

  // Drag and drop reads the file the same way.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['{"format":"something-else"}'], "dropped.json", { type: "application/json" }));
    const zone = document.querySelector(".drop-zone");
    zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole("alert").filter({ hasText: "dropped.json could not be imported" })).toContainText(
    "This is not a NASSS Navigator file.",
  );
});

test("corrupt stored data: the app opens, says so, and keeps the original", async ({ page }) => {
  await quickAssessment(page, "Still fine", SOME);
  const broken = '{"format":"nasss-navigator","schema_version":1,"assessments":[{"id":';
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [`${PREFIX}broken1`, broken]);
  await page.goto("./");
  await page.reload();
  const warning = page.getByRole("alert").filter({ hasText: "Some saved work could not be opened" });
  await expect(warning).toContainText("A saved assessment could not be read: it is damaged");
  await expect(page.getByRole("heading", { name: "Still fine" })).toBeVisible();
  await expectNoAxeViolations(page);
  const download = page.waitForEvent("download");
  await warning.getByRole("button", { name: "Download this data as it is" }).click();
  expect(readFileSync(await (await download).path(), "utf8")).toBe(broken);
  expect(await page.evaluate((key) => localStorage.getItem(key), `${PREFIX}broken1`)).toBe(broken);
});

test("data from a newer version opens read-only and is never overwritten", async ({ page }) => {
  const id = await quickAssessment(page, "From the future", SOME);
  const key = `${PREFIX}${id}`;
  const future = await page.evaluate((k) => {
    const v = JSON.parse(localStorage.getItem(k));
    v.schema_version = 9;
    v.assessments[0].something_new = { shiny: true };
    const text = JSON.stringify(v);
    localStorage.setItem(k, text);
    return text;
  }, key);
  await page.goto(`./#/a/${id}/q/1`);
  await page.reload();
  await expect(page.getByText("A newer version of NASSS Navigator made this assessment")).toBeVisible();
  await expect(page.getByRole("radio", { name: "Complex", exact: true })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Simple", exact: true })).toBeDisabled();
  await page.goto("./");
  await expect(page.getByText("Made by a newer version of this app")).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(future);

  // A file with the same assessment: the preview says the copy here is from a newer version,
  // offers no replace or merge, and keeps the file's copy beside it.
  await page.goto("./#/import");
  await page.getByLabel("Choose a file (.json)").setInputFiles(exportFile([assessmentOf(id, "From the future", "quick", { 1: "simple" })]));
  await expect(page.getByText(/^The copy on this device came from a newer version of NASSS Navigator\./)).toBeVisible();
  await expect(page.getByRole("radio", { name: /^Replace/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Import 1" }).click();
  await expect(page.getByRole("heading", { name: "From the future (the file's copy)", exact: true })).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(future);
});

test("when the browser refuses to save, the user is told and nothing is lost", async ({ page }) => {
  const id = await quickAssessment(page, "Quota", SOME);
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.goto(`./#/a/${id}/q/6`);
  await page.getByRole("radio", { name: "Complex", exact: true }).check();
  const alert = page.getByRole("alert").filter({ hasText: "Your answers are not being saved" });
  await expect(alert).toContainText("This browser's storage for the app is full.");
  await expect(alert).toContainText("Your latest changes are kept while this tab stays open.");
  await page.getByRole("button", { name: "Continue" }).click();
  // The answer is still there in this tab.
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page.getByRole("radio", { name: "Complex", exact: true })).toBeChecked();
  const download = page.waitForEvent("download");
  await alert.getByRole("button", { name: "Download a copy of all your assessments" }).click();
  const saved = JSON.parse(readFileSync(await (await download).path(), "utf8"));
  expect(saved.assessments[0].responses["6"].answer).toBe("complex");
});

test("two tabs editing the same assessment lose no answers", async ({ page, context }) => {
  const id = await quickAssessment(page, "Two tabs", [null, null, null, null, null, null, null]);
  const other = await context.newPage();
  await other.goto(page.url().replace(/#.*$/, `#/a/${id}/check`));
  await page.goto(`./#/a/${id}/q/1`);
  await page.getByRole("radio", { name: "Complex", exact: true }).check();
  // The other tab sees the change without reloading.
  const row = other.getByRole("term").filter({ hasText: "health or care needs" });
  await expect(row.locator("xpath=following-sibling::dd[1]")).toContainText("Complex");
  // Now the other tab answers a different question from its own copy.
  await other.goto(other.url().replace(/#.*$/, `#/a/${id}/q/2`));
  await other.getByRole("radio", { name: "Simple", exact: true }).check();
  await page.goto(`./#/a/${id}/q/3`);
  await page.getByRole("radio", { name: "I don't know", exact: true }).check();

  for (const p of [page, other]) {
    await p.goto(p.url().replace(/#.*$/, `#/a/${id}/check`));
    await p.reload();
    await expect(p.getByText("You have answered 3 of 7 questions.")).toBeVisible();
  }
  await other.close();
});

test("delete all data on this device", async ({ page }) => {
  await quickAssessment(page, "One", SOME);
  await quickAssessment(page, "Two", SOME);
  await page.evaluate(() => localStorage.setItem("unrelated-site-key", "keep"));
  await page.goto("./");
  await page.getByRole("link", { name: "Delete all data on this device" }).click();
  await expect(page.getByText("This deletes all 2 assessments")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Yes, delete everything" }).click();
  await expect(page.getByText("All NASSS Navigator data has been deleted from this device.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Find where your project is complex" })).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(["unrelated-site-key"]);
});

test("with storage blocked the app still works in the tab and says so", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  await page.goto("./");
  const warning = page.getByRole("alert").filter({ hasText: "This browser is not saving your work" });
  await expect(warning).toContainText("storage may be blocked or in private mode");
  await expect(warning).toContainText("export your work before you close it");
  await page.getByRole("radio", { name: "Quick check" }).check();
  await page.getByRole("button", { name: "Start now" }).click();
  await page.getByRole("radio", { name: "Complex", exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Question 2 of 7")).toBeVisible();
  await page.getByRole("link", { name: "Back" }).click();
  await expect(page.getByRole("radio", { name: "Complex", exact: true })).toBeChecked();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download a copy of all your assessments" }).click();
  const saved = JSON.parse(readFileSync(await (await download).path(), "utf8"));
  expect(saved.assessments[0].responses["1"].answer).toBe("complex");
});
