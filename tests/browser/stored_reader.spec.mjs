// The code that reads stored data is a chunk of its own (src/ui/state/stored.rs): a first
// visit, with nothing stored, answers without it; a device with work stored waits for it,
// so the library is never drawn half read.
import { test, expect } from "./fixtures.mjs";
import { startAssessment } from "./helpers.mjs";

/** Holds back the stored-data chunk until the returned function is called. */
async function holdReader(page) {
  let release;
  const held = new Promise((ok) => { release = ok; });
  let asked = false;
  await page.route("**/split_stored.wasm", async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  return { release, asked: () => asked };
}

const stored = (page, id) => page.evaluate((key) => localStorage.getItem(key), `nasss-navigator/assessment/${id}`);

// No service worker: the chunk it would serve from its cache passes page.route by.
test.use({ serviceWorkers: "block" });

test("a first visit answers before the stored-data reader arrives; the save that needs it waits, then lands", async ({ page }) => {
  const reader = await holdReader(page);
  const id = await startAssessment(page, { title: "Held reader", depth: "Quick check" });
  // Usable with the reader still held: the first visit does not need it.
  await expect(page.getByRole("radio", { name: "Complex", exact: true })).toBeVisible();
  await expect(page.getByText("Saved on this device")).toBeVisible();
  expect(reader.asked(), "the reader is fetched in the background").toBe(true);

  // This save merges with the copy just stored, so it waits for the reader.
  await page.getByRole("radio", { name: "Complex", exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Question 2 of 7")).toBeVisible();
  await expect(page.getByText("Saved on this device")).toHaveCount(0);
  expect(JSON.parse(await stored(page, id)).assessments[0].responses?.["1"]).toBeUndefined();

  reader.release();
  await expect(page.getByText("Saved on this device")).toBeVisible();
  expect(JSON.parse(await stored(page, id)).assessments[0].responses["1"].answer).toBe("complex");
});

test("with work stored, the app waits for the reader and then shows the library whole", async ({ page }) => {
  const id = await startAssessment(page, { title: "Stored first", depth: "Quick check" });
  await expect(page.getByText("Saved on this device")).toBeVisible();
  expect(await stored(page, id)).not.toBeNull();

  const reader = await holdReader(page);
  await page.goto("./#/");
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toBeVisible();
  await expect.poll(reader.asked).toBe(true);
  await expect(page.getByRole("heading", { name: "Stored first" })).toHaveCount(0);
  reader.release();
  await expect(page.getByRole("heading", { level: 1, name: "Your assessments" })).toBeVisible();
  await expect(page.getByText("Stored first")).toBeVisible();
});
