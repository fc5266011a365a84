// The code that reads stored data is a chunk of its own (src/ui/state/stored.rs): a first
// visit, with nothing stored, answers without it; a device with work stored waits for it,
// so the library is never drawn half read.
import { test as plain } from "@playwright/test";
import { test, expect } from "./fixtures.mjs";
import { startAssessment } from "./helpers.mjs";

/** Holds back the files matching `glob` until `release` is called; `unhold` ends the hold. */
async function holdBack(page, glob) {
  let release;
  const held = new Promise((ok) => { release = ok; });
  let asked = false;
  await page.route(glob, async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  return { release, asked: () => asked, unhold: () => page.unroute(glob) };
}

/** Holds back the stored-data chunk until the returned `release` is called. */
const holdReader = (page) => holdBack(page, "**/split_stored.wasm");

const stored = (page, id) => page.evaluate((key) => localStorage.getItem(key), `nasss-navigator/assessment/${id}`);

// No service worker: the chunk it would serve from its cache passes page.route by.
test.use({ serviceWorkers: "block" });
plain.use({ serviceWorkers: "block" });

test("a first visit answers and saves before the stored-data reader arrives", async ({ page }) => {
  const reader = await holdReader(page);
  const id = await startAssessment(page, { title: "Held reader", depth: "Quick check" });
  // Usable with the reader still held: the first visit does not need it.
  await expect(page.getByRole("radio", { name: "Complex", exact: true })).toBeVisible();
  await expect(page.getByText("Saved on this device")).toBeVisible();
  expect(reader.asked(), "the reader is fetched in the background").toBe(true);

  // The stored copy is this tab's own last write: known without the reader, so each save
  // lands at once.
  for (const [n, answer] of [[1, "Complex"], [2, "Simple"]]) {
    await page.getByRole("radio", { name: answer, exact: true }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByText(`Question ${n + 1} of 7`)).toBeVisible();
    await expect(page.getByText("Saved on this device")).toBeVisible();
  }
  const responses = JSON.parse(await stored(page, id)).assessments[0].responses;
  expect([responses["1"].answer, responses["2"].answer]).toEqual(["complex", "simple"]);
  reader.release();
});

test("another tab's save before the reader arrives: this tab's next save waits for it, and no answer is lost", async ({ page, context }) => {
  const reader = await holdReader(page);
  const id = await startAssessment(page, { title: "Two tabs", depth: "Quick check" });
  await page.getByRole("radio", { name: "Complex", exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Question 2 of 7")).toBeVisible();
  await expect(page.getByText("Saved on this device")).toBeVisible();

  // A second tab (its reader not held) answers question 2.
  const other = await context.newPage();
  await other.goto(`./#/a/${id}/q/2`);
  await other.getByRole("radio", { name: "Simple", exact: true }).check();
  await expect(other.getByText("Saved on this device")).toBeVisible();
  await expect.poll(async () => JSON.parse(await stored(other, id)).assessments[0].responses["2"]?.answer).toBe("simple");

  // This tab cannot read that copy yet: its save waits, "Saving", rather than write over it.
  await page.goto(`./#/a/${id}/q/3`);
  await page.getByRole("radio", { name: "Complicated", exact: true }).check();
  await expect(page.getByText("Saved on this device")).toHaveCount(0);
  reader.release();
  await expect(page.getByText("Saved on this device")).toBeVisible();
  const responses = JSON.parse(await stored(page, id)).assessments[0].responses;
  expect([responses["1"].answer, responses["2"].answer, responses["3"].answer]).toEqual(["complex", "simple", "complicated"]);
  await other.close();
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

// Without the shared fixture: the blocked fetch is itself logged as a console error.
plain("with work stored and the reader not downloadable, the app says so instead of an empty library", async ({ page }) => {
  await page.goto("./");
  await page.evaluate(() => localStorage.setItem("nasss-navigator/author", JSON.stringify({ name: "Sam", organisation: "" })));
  await page.route("**/split_stored.wasm", (route) => route.abort("failed"));
  await page.reload();
  await expect(page.getByRole("status")).toHaveText(
    "NASSS Navigator could not download the part of the app that reads your saved work. Check that this "
    + "device is online, then reload the page. Your work is still on this device.",
  );
  await expect(page.getByRole("heading", { name: "Find where your project is complex" })).toHaveCount(0);
  // Online again: a reload opens the app.
  await page.unrouteAll();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Find where your project is complex" })).toBeVisible();
});

test("with work stored, the reader's files are fetched beside the main module; on a first visit, not before the app runs", async ({ page }) => {
  const requested = [];
  page.on("request", (r) => requested.push(r.url().split("/").pop()));
  // The main module is held back: whatever is asked for meanwhile was asked for beside it.
  const MAIN = "**/nasss-navigator_bg.wasm";
  const main = await holdBack(page, MAIN);

  // A first visit: nothing of the reader's while the main module is on its way.
  await page.goto("./#/");
  await expect.poll(main.asked).toBe(true);
  await expect(page.getByRole("heading", { level: 1, name: "Find where your project is complex" })).toBeVisible();
  expect(requested.filter((f) => f.endsWith(".wasm") && f !== "nasss-navigator_bg.wasm")).toEqual([]);
  main.release();

  // With work stored: the reader and every shared chunk it needs are asked for while the
  // main module is still held.
  const id = await startAssessment(page, { title: "Early reader", depth: "Quick check" });
  await expect.poll(() => stored(page, id)).not.toBeNull();
  requested.length = 0;
  await main.unhold();
  const again = await holdBack(page, MAIN);
  await page.goto("./#/");
  await page.reload();
  await expect.poll(again.asked).toBe(true);
  await expect.poll(() => requested.includes("split_stored.wasm")).toBe(true);
  expect(requested.filter((f) => f.startsWith("chunk_")).length).toBeGreaterThan(0);
  again.release();
  await expect(page.getByRole("link", { name: "Continue Early reader" })).toBeVisible();
});
