// Helpers that drive the app the way a keyboard user does.
import { readFileSync } from "node:fs";
import { expect } from "./fixtures.mjs";

/**
 * Presses Tab and checks that whatever took focus shows it (WCAG 2.4.7): an outline at least
 * 2 px wide or a box shadow, the two ways style/main.css marks focus.
 */
async function pressTab(page) {
  await page.keyboard.press("Tab");
  const invisible = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2
      && !/^rgba\(.*, 0\)$|^transparent$/.test(style.outlineColor);
    if (outline || style.boxShadow !== "none") return null;
    const name = el.getAttribute("aria-label") ?? el.labels?.[0]?.textContent ?? el.textContent ?? "";
    return `<${el.tagName.toLowerCase()}> "${name.trim().slice(0, 60)}"`;
  });
  expect(invisible, "an element took focus without showing it").toBeNull();
}

/**
 * Waits two frames: after a page change the app moves focus to the new heading on the next
 * frame, and a person never presses Tab before that; a test could.
 */
async function settle(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Presses Tab until `locator` has focus, as a keyboard user would, and fails if it never does. */
export async function tabTo(page, locator, maxPresses = 100) {
  await settle(page);
  for (let i = 0; i < maxPresses; i++) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await pressTab(page);
  }
  await expect(locator).toBeFocused();
}

/**
 * Does `action` (a key press on a file field, say) and returns the file chooser it opens.
 *
 * Playwright starts intercepting file choosers once something listens for one, but sends
 * that request without waiting for it, so a key press sent straight after can reach the
 * browser first. The browser then opens a real chooser, which headless Chromium cancels at
 * once, and the wait for the chooser never ends: about 1 press in 100 on a busy machine,
 * the same race as puppeteer/puppeteer#6040. One round trip to the page between starting to
 * listen and the action puts the request ahead of the action (0 lost in 800 presses, against
 * 8 in 800 without it).
 */
export async function fileChooserFrom(page, action) {
  const chooser = page.waitForEvent("filechooser", { timeout: 30_000 });
  await page.evaluate(() => true);
  await action();
  return chooser;
}

/** Presses Tab until focus is on a radio of the group `name`; returns its index in the group. */
async function tabIntoRadioGroup(page, name, maxPresses = 40) {
  await settle(page);
  for (let i = 0; i < maxPresses; i++) {
    const index = await page.evaluate(
      (n) => [...document.querySelectorAll(`input[name="${n}"]`)].indexOf(document.activeElement),
      name,
    );
    if (index >= 0) return index;
    await pressTab(page);
  }
  throw new Error(`Tab never reached the radio group "${name}"`);
}

/** With focus in a radio group, moves to option `wanted` with arrow keys (Space selects the first). */
async function selectInRadioGroup(page, focused, wanted) {
  if (focused === wanted) {
    await page.keyboard.press("Space");
    return;
  }
  const key = wanted > focused ? "ArrowDown" : "ArrowUp";
  for (let i = 0; i < Math.abs(wanted - focused); i++) await page.keyboard.press(key);
}

/** Tabs into the radio group of `radio`, then arrows (or Space) until `radio` is chosen. */
export async function chooseWithKeyboard(page, radio) {
  const name = await radio.getAttribute("name");
  const focused = await tabIntoRadioGroup(page, name);
  const wanted = await radio.evaluate((el) => [...document.querySelectorAll(`input[name="${el.name}"]`)].indexOf(el));
  await selectInRadioGroup(page, focused, wanted);
  await expect(radio).toBeChecked();
}

export const LEVEL_NAMES = { simple: "Simple", complicated: "Complicated", complex: "Complex", dont_know: "I don't know" };
const ORDER = ["simple", "complicated", "complex", "dont_know"];

/**
 * Answers the current question using only the keyboard: Tab into the radio group, arrow keys
 * to the option (Space for the first), then Tab to Continue and press Enter. `null` skips.
 */
export async function answerWithKeyboard(page, answer) {
  if (answer === null) {
    await tabTo(page, page.getByRole("link", { name: "Skip this question for now" }));
    await page.keyboard.press("Enter");
    return;
  }
  const target = page.getByRole("radio", { name: LEVEL_NAMES[answer], exact: true });
  if (!(await target.isChecked())) {
    const focused = await tabIntoRadioGroup(page, "answer");
    await selectInRadioGroup(page, focused, ORDER.indexOf(answer));
  }
  await expect(target).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Continue" }));
  await page.keyboard.press("Enter");
}

/** Starts an assessment from the start page with the keyboard. Returns its id. */
export async function startAssessment(page, { title, depth }) {
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await tabTo(page, page.getByRole("textbox", { name: "Name of your project (optional)" }));
  await page.keyboard.type(title);
  const focused = await tabIntoRadioGroup(page, "depth");
  await selectInRadioGroup(page, focused, depth === "Quick check" ? 0 : 1);
  await expect(page.getByRole("radio", { name: depth })).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Start now" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#\/a\/[a-z0-9]+\/q\//);
  return page.url().match(/#\/a\/([a-z0-9]+)\//)[1];
}

/** Waits until the question page for position `n` of `total` is showing. */
export async function expectQuestion(page, n, total) {
  await expect(page.getByText(`Question ${n} of ${total}`, { exact: false })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
}

/**
 * An export file in the current format (schema 2), built in the test so the seed sits
 * beside what it checks. Returns a file payload for `setInputFiles`.
 */
export function exportFile(assessments, name = "assessments.json") {
  const file = { format: "nasss-navigator", schema_version: 2, exported_at: 1764000000000, assessments };
  return { name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file, null, 2)) };
}

/** An assessment as an export file holds it; `answers` maps question codes to answer ids. */
export function assessmentOf(id, title, bank, answers, extra = {}) {
  const t = 1764000000000;
  const responses = Object.fromEntries(
    Object.entries(answers).map(([code, answer], i) => [code, { answer, updated_at: t + i + 1 }]),
  );
  return { id, title, created_at: t, updated_at: t + 100, bank: { id: bank, version: 3 }, responses, ...extra };
}

/** Whether no assessment in these files names an author (payloads or paths). */
function authorless(files) {
  try {
    return [files].flat().every((f) => {
      const text = typeof f === "string" ? readFileSync(f, "utf8") : f.buffer.toString("utf8");
      return JSON.parse(text).assessments.every((a) => a.author === undefined);
    });
  } catch {
    return false; // not an export file: the test is about refusing it
  }
}

/**
 * Imports files through the import page (adding what is new on a clash, unless `replace`). A file
 * that names nobody is never the person's own on its word, so the app asks whose it is:
 * the seeds here stand for the person's own work, so by default they answer "Mine, from
 * another device" for such files (`mine: false` keeps them someone else's).
 */
export async function importFiles(page, files, { replace = false, mine = authorless(files) } = {}) {
  await page.goto("./#/import");
  await page.getByLabel("Choose a file (.json)").setInputFiles(files);
  if (replace) await page.getByRole("radio", { name: "Replace with the file's copy" }).check();
  if (mine) await page.getByRole("radio", { name: "Mine, from another device" }).check();
  await page.getByRole("button", { name: /^Import \d+$/ }).click();
  await expect(page.getByText(/^Imported \d+/)).toBeVisible();
}

/**
 * Opens a clean browser profile (empty storage) and imports `file` there: someone else's,
 * unless `mine` (the same person on another device, who says so).
 */
export async function importIntoFreshProfile(browser, page, file, { mine = false } = {}) {
  const context = await browser.newContext();
  const fresh = await context.newPage();
  const base = page.url().split("#")[0];
  await fresh.goto(`${base}#/import`);
  await fresh.getByLabel("Choose a file (.json)").setInputFiles(file);
  if (mine) await fresh.getByRole("radio", { name: "Mine, from another device" }).check();
  await fresh.getByRole("button", { name: "Import 1" }).click();
  await expect(fresh.getByText("Imported 1 assessment.")).toBeVisible();
  return { context, fresh, base };
}

/** Opens a folded section of a page ("Each domain in detail"), by keyboard or by click. */
export async function unfold(page, name, { keyboard = false } = {}) {
  const summary = page.locator("summary", { hasText: name });
  if (keyboard) {
    await tabTo(page, summary);
    await page.keyboard.press("Enter");
  } else {
    await summary.click();
  }
  await expect(summary.locator("xpath=..")).toHaveAttribute("open", "");
}

/** Opens "More actions" on a library card: the less-used actions are drawn only when open. */
export async function moreActions(page, title, { keyboard = false } = {}) {
  const toggle = page.getByRole("button", { name: `More actions for ${title}`, exact: true });
  if (keyboard) {
    await tabTo(page, toggle);
    await page.keyboard.press("Enter");
  } else {
    await toggle.click();
  }
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
}
