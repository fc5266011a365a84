// A page whose code cannot be fetched (the network dropped on a hospital Wi-Fi, or a new
// release replaced this build's files) says so in the page and offers Try again; the rest of
// the app keeps working, and nothing typed is lost.
import { test as plain, expect } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures.mjs";
import { startAssessment } from "./helpers.mjs";

// page.route cannot stop a request the service worker answers: no worker, so every page
// chunk comes from the server, where the test can hold it back.
plain.use({ serviceWorkers: "block" });

// The page chunks live in the build's own folder (src/web/split_build.sh).
const CHUNKS = /\/pages-[0-9a-f]+\/[^/]+\.wasm$/;

plain("a page whose code cannot be fetched says so, the app keeps working, and Try again opens it", async ({ page, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const crashes = [];
  const foreign = [];
  const errors = [];
  page.on("pageerror", (e) => crashes.push(String(e)));
  page.on("request", (req) => {
    if (!req.url().startsWith(origin)) foreign.push(req.url());
  });
  // The blocked fetches are reported on the console, as they should be; anything else is not.
  page.on("console", (msg) => {
    const text = msg.text();
    if (msg.type() === "error" && !/Failed to fetch|net::ERR_FAILED|Failed to load resource/.test(text)) errors.push(text);
  });
  let blocked = 0;
  await page.route(CHUNKS, (route) => {
    blocked += 1;
    return route.abort("failed");
  });

  const id = await startAssessment(page, { title: "Ward 9 pilot", depth: "Quick check" });
  await page.getByRole("radio", { name: "Complicated", exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Question 2 of 7")).toBeVisible();

  // A later page, its code held back.
  await page.getByRole("textbox", { name: "Notes (optional)" }).fill("Ask the ward manager about staffing");
  await page.goto(`./#/a/${id}/results`);
  const alert = page.getByRole("alert").filter({ hasText: "This page could not be loaded" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("Check your connection and try again.");
  await expect(page.getByRole("heading", { level: 1, name: "This page could not be loaded" })).toBeFocused();
  expect(blocked).toBeGreaterThan(0);
  await expectNoAxeViolations(page);

  // The rest of the app still works: back to the question, the note still there, another answer saved.
  await page.goBack();
  await expect(page.getByText("Question 2 of 7")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Notes (optional)" })).toHaveValue("Ask the ward manager about staffing");
  await page.getByRole("radio", { name: "Complex", exact: true }).check();
  await expect(page.getByRole("status").filter({ hasText: "Saved on this device" })).toBeVisible();

  // Still held back: still said, never a blank page.
  await page.goForward();
  await expect(alert).toBeVisible();

  // The connection is back: Try again opens the page in place.
  await page.unroute(CHUNKS);
  await alert.getByRole("button", { name: "Try again" }).click();
  const results = page.getByRole("heading", { level: 1, name: "Results: Ward 9 pilot" });
  await expect(results).toBeVisible();
  await expect(results).toBeFocused();
  await expect(page.getByRole("alert").filter({ hasText: "could not be loaded" })).toHaveCount(0);
  // The answers given while the page was missing are in it.
  const table = page.getByRole("table", { name: "Each domain's level and how its answers spread" });
  await expect(table.getByRole("row", { name: /^1\. / }).getByRole("cell").nth(0)).toHaveText("Complicated");
  await expect(table.getByRole("row", { name: /^2\. / }).getByRole("cell").nth(0)).toHaveText("Complex");

  expect(crashes, "uncaught errors (a panic stops the app)").toEqual([]);
  expect(errors, "console errors other than the blocked fetches").toEqual([]);
  expect(foreign, "requests outside the app's own origin").toEqual([]);
});
