// Saving at once (issue 26): the tab that last saved keeps the lock across tabs, so its next
// change is stored inside the click that made it, instead of one task (and, in Chromium, one
// frame) later. Keeping it never keeps another tab waiting: that tab asks and gets it at
// once, and a tab that cannot ask (an older version) gets it when the keeper sees it waiting
// (it looks once a second).
// Every write still happens under the lock (tests/browser/races.spec.mjs).
import { test, expect } from "./fixtures.mjs";
import { startAssessment } from "./helpers.mjs";

const saved = (page) => page.getByRole("status").filter({ hasText: "Saved on this device" });
const key = (id) => `nasss-navigator/assessment/${id}`;

/**
 * In the page: clicks the radio `label`, waits until the app writes the assessment, and
 * returns how long that took (ms). The write is seen where the app makes it (setItem).
 */
async function clickAndTimeWrite(page, id, label) {
  return page.evaluate(([storageKey, label]) => new Promise((done) => {
    const setItem = Storage.prototype.setItem;
    const start = performance.now();
    Storage.prototype.setItem = function (k, v) {
      setItem.call(this, k, v);
      if (k === storageKey) {
        Storage.prototype.setItem = setItem;
        done(performance.now() - start);
      }
    };
    const radio = [...document.querySelectorAll("input[type=radio]")].find((r) => r.labels[0]?.textContent.trim() === label);
    radio.click();
  }), [key(id), label]);
}

test("a tab that has just saved stores its next answer within the click itself", async ({ page }) => {
  const id = await startAssessment(page, { title: "Kept lock", depth: "Quick check" });
  await expect(saved(page)).toBeVisible();
  const stored = await page.evaluate(([storageKey]) => new Promise((done) => {
    const radio = (label) => [...document.querySelectorAll("input[type=radio]")].find((r) => r.labels[0]?.textContent.trim() === label);
    const answer = () => JSON.parse(localStorage.getItem(storageKey)).assessments[0].responses["1"]?.answer;
    // The first answer waits for the lock like any write; the tab then keeps it.
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      setItem.call(this, k, v);
      if (k !== storageKey || answer() !== "simple") return;
      Storage.prototype.setItem = setItem;
      // The second is stored before the click returns.
      radio("Complex").click();
      done(answer());
    };
    radio("Simple").click();
  }), [key(id)]);
  expect(stored).toBe("complex");
  await expect(saved(page)).toBeVisible();
  await page.reload();
  await expect(page.getByRole("radio", { name: "Complex", exact: true })).toBeChecked();
});

test("another tab that saves asks for the kept lock and gets it at once", async ({ page, context }) => {
  const id = await startAssessment(page, { title: "Asked for", depth: "Quick check" });
  const other = await context.newPage();
  await other.goto(`./#/a/${id}/q/2`);
  await expect(other.getByText("Question 2 of 7")).toBeVisible();
  // This tab saves, and keeps the lock.
  await clickAndTimeWrite(page, id, "Simple");
  await expect(saved(page)).toBeVisible();
  // The other tab's save waits only for a hand-over: it asks, so it need not be seen waiting.
  const waited = await clickAndTimeWrite(other, id, "Complex");
  expect(waited).toBeLessThan(1_500);
  await expect(saved(other)).toBeVisible();
  // And back: the first tab asks in turn.
  expect(await clickAndTimeWrite(page, id, "Complicated")).toBeLessThan(1_500);
  await other.reload();
  await expect(other.getByRole("radio", { name: "Complex", exact: true })).toBeChecked();
  await page.reload();
  await expect(page.getByRole("radio", { name: "Complicated", exact: true })).toBeChecked();
});

test("a tab that cannot ask still gets the lock once the keeper sees it waiting", async ({ page, context }) => {
  const id = await startAssessment(page, { title: "Never asked", depth: "Quick check" });
  const other = await context.newPage();
  // An older version of the app, say: it takes the lock but never asks for it.
  await other.addInitScript(() => {
    BroadcastChannel.prototype.postMessage = () => {};
  });
  await other.goto(`./#/a/${id}/q/2`);
  await expect(other.getByText("Question 2 of 7")).toBeVisible();
  await clickAndTimeWrite(page, id, "Simple");
  const waited = await clickAndTimeWrite(other, id, "Complex");
  // The keeper looks once a second: a generous limit for a busy machine, and far less than
  // forever, which is how long a kept lock would otherwise wait here.
  expect(waited).toBeLessThan(5_000);
  await expect(saved(other)).toBeVisible();
  await page.reload();
  await expect(page.getByRole("radio", { name: "Simple", exact: true })).toBeChecked();
  await other.reload();
  await expect(other.getByRole("radio", { name: "Complex", exact: true })).toBeChecked();
});
