// The library and the implementers' flows with the keyboard only: Tab, Shift+Tab, arrows,
// Space, Enter and typing, never a click. `tabTo` also checks that every element focus passes
// through shows it (see helpers.mjs). The innovator's walk and the workshop have their own
// keyboard-only tests in walkthrough.spec.mjs and workshop.spec.mjs.
import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures.mjs";
import { chooseWithKeyboard, fileChooserFrom, moreActions, tabTo } from "./helpers.mjs";

const TEAM = ["ana", "ben", "chloe", "dev", "eve"].map((n) => `tests/fixtures/team/${n}.json`);

/** Tabs to `locator` and presses Enter on it. */
async function activate(page, locator, key = "Enter") {
  await tabTo(page, locator);
  await page.keyboard.press(key);
}

/** From any page: the header link home, as a keyboard user goes back to the library. */
async function goHome(page) {
  await activate(page, page.getByRole("banner").getByRole("link", { name: "NASSS Navigator" }));
  await expect(page.getByRole("heading", { level: 1, name: "Your assessments" })).toBeFocused();
}

/**
 * Opens the file chooser from the import page with Space, as a keyboard user does. The
 * fixtures name no author, so the app asks whose they are: `mine` answers "Mine, from another
 * device" with the arrow keys; otherwise they stay someone else's (the default).
 */
async function importWithKeyboard(page, files, { mine = false } = {}) {
  const field = page.getByLabel("Choose a file (.json)");
  const chooser = await fileChooserFrom(page, () => activate(page, field, "Space"));
  await chooser.setFiles(files);
  await expect(page.getByRole("heading", { name: /Ready to import from/ })).toBeFocused();
  if (mine) await chooseWithKeyboard(page, page.getByRole("radio", { name: "Mine, from another device" }));
  await activate(page, page.getByRole("button", { name: /^Import \d+$/ }));
}

test("library: import, rename, export, delete, undo and delete all, with the keyboard only", async ({ page }) => {
  // Every action reached by Tab, More actions opened three times: near the 60 s limit on a
  // busy 2-core machine.
  test.slow();
  // An empty device: the start page offers the import to someone who was sent a file.
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1, name: "Find where your project is complex" })).toBeVisible();
  await activate(page, page.getByRole("link", { name: "import it from a file" }));
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await importWithKeyboard(page, ["tests/fixtures/compare/two-views.json"], { mine: true });
  await expect(page.getByText("Imported 2 assessments.")).toBeVisible();

  await moreActions(page, "Innovator view", { keyboard: true });
  await activate(page, page.getByRole("link", { name: "Rename Innovator view" }));
  const name = page.getByRole("textbox", { name: "What is your project called?" });
  await tabTo(page, name);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("Ward sensors, innovator");
  // Enter in the text box submits the form, as in any web form.
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Your assessments" })).toBeVisible();
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Ward sensors, innovator" }) });
  await expect(item).toHaveCount(1);

  const download = page.waitForEvent("download");
  await activate(page, item.getByRole("button", { name: "Export JSON Ward sensors, innovator" }));
  const file = JSON.parse(readFileSync(await (await download).path(), "utf8"));
  expect(file.assessments.map((a) => a.title)).toEqual(["Ward sensors, innovator"]);

  await moreActions(page, "Ward sensors, innovator", { keyboard: true });
  await activate(page, item.getByRole("link", { name: "Delete Ward sensors, innovator" }));
  await expect(page.getByRole("heading", { level: 1, name: 'Delete "Ward sensors, innovator"?' })).toBeFocused();
  await activate(page, page.getByRole("button", { name: "Yes, delete it" }));
  await expect(page.getByText('Deleted "Ward sensors, innovator".')).toBeVisible();
  await expect(item).toHaveCount(0);
  await activate(page, page.getByRole("button", { name: "Undo delete" }));
  await expect(item).toHaveCount(1);

  // A re-assessment opens at the copy's first unanswered question.
  await moreActions(page, "Ward sensors, innovator", { keyboard: true });
  await activate(page, item.getByRole("button", { name: "Start a re-assessment from this one Ward sensors, innovator" }));
  await expect(page.getByText(/^Question \d of 7/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await goHome(page);
  await expect(page.getByRole("heading", { level: 2, name: "Ward sensors, innovator (re-assessment)" })).toBeVisible();

  await activate(page, page.getByRole("link", { name: "Delete all data on this device" }));
  await expect(page.getByText("This deletes all 3 assessments")).toBeVisible();
  await activate(page, page.getByRole("button", { name: "Yes, delete everything" }));
  await expect(page.getByText("All NASSS Navigator data has been deleted from this device.")).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("nasss-navigator/")))).toEqual([]);
});

test("review, compare, team view, check-in and trend, with the keyboard only", async ({ page }) => {
  // Five screens reached and worked by Tab alone: 35 to 46 s of the 60 s limit on a busy
  // 2-core machine.
  test.slow();
  await page.goto("./#/import");
  await importWithKeyboard(page, ["tests/fixtures/compare/two-views.json", ...TEAM]);
  await expect(page.getByText("Imported 7 assessments.")).toBeVisible();

  // Review: a verdict with the arrow keys, a reason and a comment typed.
  await activate(page, page.getByRole("link", { name: "Review Innovator view" }));
  await tabTo(page, page.getByRole("textbox", { name: "Your name, as the reviewer" }));
  await page.keyboard.type("Priya");
  await activate(page, page.getByRole("button", { name: "Start reviewing" }));
  await expect(page.getByText("Reviewer: Priya")).toBeVisible();
  const condition = page.getByRole("region", { name: "1. The condition" });
  await chooseWithKeyboard(page, condition.getByRole("radio", { name: "I do not agree" }));
  await tabTo(page, condition.getByRole("textbox", { name: "Your reasons and comments on this domain (optional)" }));
  await page.keyboard.type("Frailty makes this complex for us.");
  await activate(page, page.getByRole("link", { name: "See the results with your review" }));
  await expect(page.getByRole("region", { name: "Your review" }))
    .toContainText("Priya does not agree: Frailty makes this complex for us.");

  // Compare: checkboxes with Space.
  await goHome(page);
  await activate(page, page.getByRole("link", { name: "Compare assessments" }));
  await activate(page, page.getByRole("checkbox", { name: /^Innovator view/ }), "Space");
  await activate(page, page.getByRole("checkbox", { name: /^Implementer view/ }), "Space");
  await activate(page, page.getByRole("button", { name: "Compare" }));
  await expect(page.getByText("4 of 7 answers differ between A and B.")).toBeVisible();

  // Team view of the five.
  await goHome(page);
  await activate(page, page.getByRole("link", { name: "Team view" }));
  for (const person of ["Ana", "Ben", "Chloe", "Dev", "Eve"]) {
    await activate(page, page.getByRole("checkbox", { name: new RegExp(`^Virtual wards – ${person}`) }), "Space");
  }
  await activate(page, page.getByRole("button", { name: "Show the team view" }));
  await expect(page.getByText("5 people answered the quick check.")).toBeVisible();

  // A check-in, one changed answer, then the trend across both rounds: on a copy of one's
  // own, since the imported views are someone else's and read-only.
  await goHome(page);
  await activate(page, page.getByRole("button", { name: "Make my own copy Implementer view" }));
  await goHome(page);
  await moreActions(page, "Implementer view (my copy)", { keyboard: true });
  await activate(page, page.getByRole("link", { name: "Check in Implementer view (my copy)" }));
  await tabTo(page, page.getByRole("textbox", { name: /What has happened since round 1 was rated/ }));
  await page.keyboard.type("A second ward joined.");
  await activate(page, page.getByRole("button", { name: "Start the check-in" }));
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeFocused();
  await activate(page, page.getByRole("link", { name: "Change answer to question 1" }));
  await chooseWithKeyboard(page, page.getByRole("radio", { name: "Simple", exact: true }));
  await activate(page, page.getByRole("button", { name: "Continue" }));
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeFocused();
  await goHome(page);
  await moreActions(page, "Implementer view (my copy)", { keyboard: true });
  await activate(page, page.getByRole("link", { name: "Change over time Implementer view (my copy)" }));
  await expect(page.getByRole("table", { name: "Each domain at each round" })).toBeVisible();
  await expect(page.getByText("Between round 1 and now: A second ward joined.")).toBeVisible();
});
