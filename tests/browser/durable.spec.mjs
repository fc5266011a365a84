// Keeping assessments safe: the app asks the browser to keep its storage, says plainly what
// the browser answered, and reminds the person (calmly, not on every visit) to export a copy.
// The browser's answer is stubbed where the app meets the browser (navigator.storage), never
// in the app's own logic.
import { readFileSync } from "node:fs";
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { assessmentOf, exportFile, importFiles } from "./helpers.mjs";

const KEPT = "This browser has agreed to keep your assessments.";
const MAY_CLEAR = "This browser may clear your assessments: export a copy.";
const UNSUPPORTED = "This browser cannot say whether it will keep your assessments: export a copy.";
const LOG_KEY = "nasss-navigator/backup";
const DAY = 24 * 60 * 60 * 1000;

/**
 * Replaces navigator.storage.persist and .persisted with a browser that answers `answer`
 * when asked, remembers a yes (as a real one does) and counts the requests, all in
 * sessionStorage so they last across the tab's page loads.
 */
async function stubPersist(page, answer) {
  await page.addInitScript((initial) => {
    if (sessionStorage.getItem("stub-answer") === null) sessionStorage.setItem("stub-answer", String(initial));
    navigator.storage.persisted = async () => sessionStorage.getItem("stub-granted") === "true";
    navigator.storage.persist = async () => {
      sessionStorage.setItem("stub-calls", String(Number(sessionStorage.getItem("stub-calls") ?? 0) + 1));
      const yes = sessionStorage.getItem("stub-answer") === "true";
      if (yes) sessionStorage.setItem("stub-granted", "true");
      return yes;
    };
  }, answer);
}

const persistCalls = (page) => page.evaluate(() => Number(sessionStorage.getItem("stub-calls") ?? 0));

/** Stored before the app starts (once, so later page loads keep what the app wrote). */
async function seedLog(page, log) {
  await page.addInitScript(([key, seeded]) => {
    if (localStorage.getItem(key) !== null) return;
    const now = Date.now();
    const at = (daysAgo) => (daysAgo === undefined ? undefined : now - daysAgo * 24 * 60 * 60 * 1000);
    const value = { version: 1, exported_at: at(seeded.exported), changed_since: at(seeded.changed) };
    localStorage.setItem(key, JSON.stringify(value));
  }, [LOG_KEY, log]);
}

test("a browser that agrees: asked at the first save, and both pages say it will keep them", async ({ page }) => {
  await stubPersist(page, true);
  await page.goto("./#/new");
  await page.getByRole("textbox", { name: "Name of your project (optional)" }).fill("Kept project");
  await page.getByRole("radio", { name: "Quick check" }).check();
  await page.getByRole("button", { name: "Start now" }).click();
  await expect(page.getByText("Question 1 of 7")).toBeVisible();
  await expect.poll(() => persistCalls(page)).toBe(1);
  // Later saves do not ask again.
  await page.getByRole("radio", { name: "Complex", exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Question 2 of 7")).toBeVisible();

  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1, name: "Your assessments" })).toBeVisible();
  await expect(page.getByText(KEPT)).toBeVisible();
  // Changed today: no reminder yet.
  await expect(page.getByText(/Last copy kept/)).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "How your data is kept" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "How your data is kept" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: KEPT })).toBeVisible();
  await expect(page.getByRole("button", { name: "Ask this browser to keep them" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  // Installing the app asks only while the browser has not agreed.
  await page.evaluate(() => window.dispatchEvent(new Event("appinstalled")));
  await expect(page.getByText(KEPT)).toBeVisible();
  expect(await persistCalls(page)).toBe(1);
});

test("a browser that may clear them: both pages say so, installing asks again, and the person can ask", async ({ page }) => {
  await stubPersist(page, false);
  await importFiles(page, [exportFile([assessmentOf("mayclear", "Maybe cleared", "quick", { 1: "simple" })])]);
  // Importing into an empty library is a first save too.
  await expect.poll(() => persistCalls(page)).toBe(1);

  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1, name: "Your assessments" })).toBeVisible();
  await expect(page.getByText(MAY_CLEAR)).toBeVisible();
  await expect(page.getByText(KEPT)).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.goto("./#/privacy");
  await expect(page.getByRole("status").filter({ hasText: MAY_CLEAR })).toBeVisible();
  const ask = page.getByRole("button", { name: "Ask this browser to keep them" });
  await expect(ask).toBeVisible();
  await expectNoAxeViolations(page);

  await page.evaluate(() => window.dispatchEvent(new Event("appinstalled")));
  await expect.poll(() => persistCalls(page)).toBe(2);
  await expect(page.getByText(MAY_CLEAR)).toBeVisible();

  // The person asks, and this time the browser agrees.
  await page.evaluate(() => sessionStorage.setItem("stub-answer", "true"));
  await ask.click();
  await expect(page.getByRole("status").filter({ hasText: KEPT })).toBeVisible();
  await expect(ask).toHaveCount(0);
  expect(await persistCalls(page)).toBe(3);
});

test("a browser with no way to ask is named as such", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "storage", { get: () => undefined, configurable: true });
  });
  await importFiles(page, [exportFile([assessmentOf("noapi", "No storage manager", "quick", { 1: "simple" })])]);
  await page.goto("./");
  await expect(page.getByText(UNSUPPORTED)).toBeVisible();
  await page.goto("./#/privacy");
  await expect(page.getByText(UNSUPPORTED)).toBeVisible();
  await expect(page.getByRole("button", { name: "Ask this browser to keep them" })).toHaveCount(0);
});

test("the reminder shows for week-old changes with no copy, and Export all puts it away", async ({ page }) => {
  await stubPersist(page, false);
  // A copy kept 12 days ago, a change 10 days ago that no copy holds.
  await seedLog(page, { exported: 12, changed: 10 });
  await importFiles(page, [
    exportFile([
      assessmentOf("first", "First project", "quick", { 1: "simple" }),
      assessmentOf("second", "Second project", "quick", { 1: "complex" }),
    ]),
  ]);
  await page.goto("./");
  const reminder = page.getByText("Last copy kept: 12 days ago.");
  await expect(reminder).toBeVisible();
  await expect(page.getByText("Changes since then are only in this browser.")).toBeVisible();
  await expectNoAxeViolations(page);

  // One assessment's file is not a copy of everything.
  const one = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON First project" }).click();
  await one;
  await expect(reminder).toBeVisible();

  const all = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export all", exact: true }).click();
  const saved = JSON.parse(readFileSync(await (await all).path(), "utf8"));
  expect(saved.assessments.map((a) => a.id).sort()).toEqual(["first", "second"]);
  await expect(page.getByText("A copy of all your assessments was downloaded.", { exact: false })).toBeVisible();
  await expect(page.getByText(/Last copy kept/)).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await expect.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key))?.exported_at ?? 0, LOG_KEY)).toBeGreaterThan(Date.now() - DAY);
  const log = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), LOG_KEY);
  expect(log.changed_since).toBeUndefined();

  await page.reload();
  await expect(page.getByText(MAY_CLEAR)).toBeVisible();
  await expect(page.getByText(/Last copy kept/)).toHaveCount(0);
});

test("never exported: the reminder says so, and Remind me later keeps it away", async ({ page }) => {
  await seedLog(page, { changed: 8 });
  await importFiles(page, [exportFile([assessmentOf("never", "Never copied", "quick", { 1: "simple" })])]);
  await page.goto("./");
  await expect(page.getByText("Last copy kept: never.")).toBeVisible();
  await expect(page.getByText("There is no copy outside this browser yet.")).toBeVisible();
  await page.getByRole("button", { name: "Remind me later" }).click();
  await expect(page.getByText(/Last copy kept/)).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await expect.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key))?.dismissed_at ?? 0, LOG_KEY)).toBeGreaterThan(Date.now() - DAY);
  const log = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), LOG_KEY);
  // Still away on the next visit, and a new change does not bring it back.
  await page.goto("./#/a/never/q/2");
  await page.getByRole("radio", { name: "Complex", exact: true }).check();
  await page.goto("./");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Your assessments" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Export all (JSON)" })).toBeVisible();
  await expect(page.getByText(/Last copy kept/)).toHaveCount(0);
});
