// An identity a file cannot forge: only this browser's own proof makes an assessment yours.
// A file with this device's old id, with no author, or with the person's name in other
// letter cases opens as someone else's, and the import says why it asks. Storage full on
// first use leaves the assessment hers, and her name is saved when there is room again.
import { readFileSync } from "node:fs";
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { answerWithKeyboard, assessmentOf, exportFile } from "./helpers.mjs";

const AUTHOR_KEY = "nasss-navigator/author";
const KEY = "nasss-navigator/device-key";

test("a file that only claims to be yours opens as someone else's, and import says why it asks", async ({ page, browser }) => {
  test.slow();
  // Sam's device, as an earlier release left it: an author record with the device id that
  // release put in every export.
  await page.addInitScript(([key]) => {
    if (localStorage.getItem(key) === null) {
      localStorage.setItem(key, JSON.stringify({ id: "samsoldlaptop", name: "Sam", organisation: "Acme Health" }));
    }
  }, [AUTHOR_KEY]);
  await page.goto("./#/new");
  await expect(page.getByText("Assessments you start here are marked as from Sam (Acme Health).")).toBeVisible();

  // Mallory's file: one copies Sam's old device id, one gives no author, one types Sam's
  // name and organisation in other letter cases.
  const file = exportFile([
    assessmentOf("forgedid", "Copied id", "quick", { 1: "complex" }, { author: { id: "samsoldlaptop", name: "Mallory" } }),
    assessmentOf("noauthor", "Nobody named", "quick", { 1: "complex" }),
    assessmentOf("samecase", "Same name", "quick", { 1: "complex" }, { author: { name: "SAM", organisation: "acme health" } }),
  ]);
  await page.goto("./#/import");
  await page.getByLabel("Choose a file (.json)").setInputFiles(file);
  const whose = page.getByRole("group", { name: "Whose assessments are these?" });
  await expect(whose).toContainText("\"Copied id\" carries this device's old id, but it was not made here, so that cannot be checked.");
  await expect(whose).toContainText("\"Nobody named\" does not say who made it, so it cannot be checked as yours.");
  await expect(whose).toContainText("\"Same name\" says it is from SAM (acme health), the name on this device, but it was not made here, so that cannot be checked.");
  // Never "Mine" by default.
  await expect(whose.getByRole("radio", { name: "Someone else's" })).toBeChecked();
  await expect(whose.getByRole("radio", { name: "Mine, from another device" })).not.toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Import 3" }).click();
  await expect(page.getByText("Imported 3 assessments.")).toBeVisible();

  // Each opens as someone else's: a "From:" line, no Continue, nothing to change.
  for (const [title, from] of [["Copied id", "Mallory"], ["Nobody named", "someone who gave no name"], ["Same name", "SAM (acme health)"]]) {
    const card = page.getByRole("listitem", { name: title });
    await expect(card.getByText(`From: ${from}, imported`, { exact: false })).toBeVisible();
    await expect(card.getByRole("link", { name: `Continue ${title}` })).toHaveCount(0);
  }
  await expectNoAxeViolations(page);
  for (const id of ["forgedid", "noauthor", "samecase"]) {
    await page.goto(`./#/a/${id}/q/1`);
    await expect(page.getByRole("radio", { name: "Complex", exact: true })).toBeChecked();
    await expect(page.getByRole("radio", { name: "Simple", exact: true })).toBeDisabled();
  }
  // Still someone else's after a reload: nothing signs them later.
  await page.reload();
  await page.goto("./");
  await expect(page.getByRole("listitem", { name: "Nobody named" }).getByText(/^From: someone who gave no name/)).toBeVisible();

  // Exporting one never signs it with Sam's name, and no file carries a device id.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export all (JSON)" }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), "utf8")).assessments;
  expect(exported.find((a) => a.id === "noauthor").author).toBeUndefined();
  expect(exported.find((a) => a.id === "samecase").author).toEqual({ name: "SAM", organisation: "acme health" });
  expect(JSON.stringify(exported)).not.toContain("samsoldlaptop");

  // Sam's own, made here, stays Sam's; in another browser the same file is someone else's.
  await page.goto("./#/new");
  await page.getByRole("textbox", { name: "Name of your project (optional)" }).fill("Made here");
  await page.getByRole("radio", { name: "Quick check" }).check();
  await page.getByRole("button", { name: "Start now" }).click();
  await answerWithKeyboard(page, "simple");
  await expect(page.getByText(/Question 2 of/)).toBeVisible();
  await page.goto("./");
  const own = page.getByRole("listitem", { name: "Made here" });
  await expect(own.getByRole("link", { name: "Continue Made here" })).toBeVisible();
  const ownDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON Made here" }).click();
  const ownFile = await (await ownDownload).path();
  const ownJson = JSON.parse(readFileSync(ownFile, "utf8"));
  expect(ownJson.assessments[0].author).toEqual({ name: "Sam", organisation: "Acme Health" });
  expect(ownJson.assessments[0].proof).toMatch(/^[0-9a-f]{64}$/);
  const stored = await page.evaluate((k) => localStorage.getItem(k), KEY);
  expect(readFileSync(ownFile, "utf8")).not.toContain(stored);

  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(`${page.url().split("#")[0]}#/new`);
  await other.getByRole("textbox", { name: "Your name (optional)" }).fill("Sam");
  await other.getByRole("textbox", { name: "Your organisation (optional)" }).fill("Acme Health");
  await other.getByRole("radio", { name: "Quick check" }).check();
  await other.getByRole("button", { name: "Start now" }).click();
  await expect(other.getByText(/Question 1 of/)).toBeVisible();
  await other.goto(`${page.url().split("#")[0]}#/import`);
  await other.getByLabel("Choose a file (.json)").setInputFiles(ownFile);
  await expect(other.getByRole("group", { name: "Whose assessments are these?" })).toContainText(
    "\"Made here\" says it is from Sam (Acme Health), the name on this device, but it was not made here, so that cannot be checked.",
  );
  await other.getByRole("button", { name: "Import 1" }).click();
  await expect(other.getByRole("listitem", { name: "Made here" }).getByText(/^From: Sam \(Acme Health\), imported/)).toBeVisible();
  await context.close();

  // The privacy page says a name in a file is only what its sender typed.
  await page.goto("./#/privacy");
  await expect(page.getByRole("heading", { level: 2, name: "Names in files are not checked" })).toBeVisible();
  await expect(page.getByText(/are what the person who sent it typed\. Nobody checks them/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("storage full on first use: the assessment stays hers, and her name is saved once there is room", async ({ page }) => {
  await page.goto("./#/new");
  await expect(page.getByRole("textbox", { name: "Your name (optional)" })).toBeVisible();
  // The browser refuses every write from now on, until the test makes room.
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    window.storageFull = true;
    Storage.prototype.setItem = function (key, value) {
      if (window.storageFull) {
        window.refusedWrites = (window.refusedWrites || 0) + 1;
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      }
      return setItem.call(this, key, value);
    };
  });
  await page.getByRole("textbox", { name: "Name of your project (optional)" }).fill("Full from the start");
  await page.getByRole("textbox", { name: "Your name (optional)" }).fill("Priya Shah");
  await page.getByRole("textbox", { name: "Your organisation (optional)" }).fill("Northshire ICB");
  await page.getByRole("radio", { name: "Quick check" }).check();
  await page.getByRole("button", { name: "Start now" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Your answers are not being saved" });
  await expect(alert).toContainText("Your name could not be saved: This browser's storage for the app is full.");
  await expect(alert).toContainText("Not saved yet: \"Full from the start\".");
  await expectNoAxeViolations(page);
  // Hers in this tab: she can answer. Saves wait their turn behind a lock, so the
  // answer's own refused write is awaited before room is made.
  const refused = await page.evaluate(() => window.refusedWrites);
  await page.getByRole("radio", { name: "Complex", exact: true }).check();
  await expect(page.getByRole("radio", { name: "Complex", exact: true })).toBeChecked();
  await expect.poll(() => page.evaluate(() => window.refusedWrites)).toBeGreaterThan(refused);
  await expect(alert).toBeVisible();

  await page.evaluate(() => { window.storageFull = false; });
  await alert.getByRole("button", { name: "Try saving again" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not being saved" })).toHaveCount(0);
  await expect(page.getByText("Saved on this device")).toBeVisible();

  await page.reload();
  await page.goto("./");
  const card = page.getByRole("listitem", { name: "Full from the start" });
  await expect(card.getByRole("link", { name: "Continue Full from the start" })).toBeVisible();
  await expect(card.getByText(/^From:/)).toHaveCount(0);
  await page.goto("./#/new");
  await expect(page.getByText("Assessments you start here are marked as from Priya Shah (Northshire ICB).")).toBeVisible();
  const id = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith("nasss-navigator/assessment/")).split("/").pop());
  await page.goto(`./#/a/${id}/q/1`);
  await expect(page.getByRole("radio", { name: "Complex", exact: true })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Simple", exact: true })).toBeEnabled();
});

test("the name alone failing to save is named, and kept until it is saved", async ({ page }) => {
  await page.goto("./#/new");
  await page.getByRole("textbox", { name: "Your name (optional)" }).fill("Sam");
  await page.getByRole("radio", { name: "Quick check" }).check();
  await page.getByRole("button", { name: "Start now" }).click();
  await expect(page.getByText(/Question 1 of/)).toBeVisible();
  // Only the author record is refused: the assessments still save.
  await page.evaluate((authorKey) => {
    const setItem = Storage.prototype.setItem;
    window.nameRefused = true;
    Storage.prototype.setItem = function (key, value) {
      if (window.nameRefused && key === authorKey) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return setItem.call(this, key, value);
    };
  }, AUTHOR_KEY);
  await page.goto("./#/you");
  await page.getByRole("textbox", { name: "Your name (optional)" }).fill("Samira");
  await page.getByRole("button", { name: "Save your name" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Not everything is saved" });
  await expect(alert).toContainText("Your name could not be saved: This browser's storage for the app is full.");
  await expectNoAxeViolations(page);
  await page.evaluate(() => { window.nameRefused = false; });
  await alert.getByRole("button", { name: "Try saving again" }).click();
  await expect(alert).toHaveCount(0);
  await page.reload();
  await page.goto("./#/new");
  await expect(page.getByText("Assessments you start here are marked as from Samira.")).toBeVisible();
});
