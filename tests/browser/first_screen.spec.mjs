import { test as plainTest } from "@playwright/test";
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";

test("start page names the 7 domains and leads to the first question", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1, name: "Find where your project is complex" })).toBeVisible();
  const domains = page.getByRole("list").filter({ hasText: "The condition" });
  await expect(domains.getByRole("listitem")).toHaveText([
    "The condition",
    "The technology",
    "The value proposition",
    "The adopters",
    "The organisation",
    "The wider system",
    "Embedding and adaptation over time",
  ]);
  await expect(page.getByText("Your answers stay on this device.")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("textbox", { name: "Name of your project (optional)" }).fill("Remote monitoring pilot");
  await page.getByRole("radio", { name: "Full assessment" }).check();
  await page.getByRole("button", { name: "Start now" }).click();

  await expect(page).toHaveURL(/#\/a\/[a-z0-9]+\/q\/1A$/);
  const heading = page.getByRole("heading", {
    level: 1,
    name: "How well understood and predictable is the condition or care need your project is for?",
  });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page.getByText("Domain 1 of 7: The condition")).toBeVisible();
  await expect(page.getByText("Question 1 of 23")).toBeVisible();
  for (const name of ["Simple", "Complicated", "Complex", "I don't know"]) {
    await expect(page.getByRole("radio", { name, exact: true })).toBeVisible();
  }
  // Each level carries this question's own descriptor as its description.
  await expect(page.getByRole("radio", { name: "Complex", exact: true })).toHaveAccessibleDescription(
    /poorly understood or hard to predict, or it puts people at high risk of serious harm/,
  );
  await expectNoAxeViolations(page);
});

test("choosing nothing and starting shows an error summary that takes focus", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("button", { name: "Start now" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await summary.getByRole("link", { name: "Choose how deep you want to go" }).click();
  await expect(page.getByRole("radio", { name: "Quick check" })).toBeFocused();
  await expectNoAxeViolations(page);
});

/**
 * Opens the start page with the wasm held back, as a slow hospital network would, until the
 * page says it is loading; returns what lets the wasm through.
 */
async function loadWithWasmHeld(page) {
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route("**/*.wasm", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("./");
  await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toBeVisible();
  return release;
}

test("the page shows at once while the app loads, and gives way to it with no second header", async ({ page }) => {
  const release = await loadWithWasmHeld(page);
  await expect(page.getByRole("banner")).toContainText("NASSS Navigator");
  release();
  await expect(page.getByRole("heading", { level: 1, name: "Find where your project is complex" })).toBeVisible();
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByText("Loading…")).toHaveCount(0);
});

// Without the shared fixture: the blocked download is itself logged as a console error.
plainTest("a browser that cannot run the app is told so, not left with a blank page", async ({ page }) => {
  await page.route("**/*.wasm", (route) => route.abort());
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("NASSS Navigator could not start in this browser");
  await expect(page.getByRole("status")).toHaveText(
    "It needs a recent Edge, Chrome, Firefox or Safari with WebAssembly allowed. Anything you saved "
    + "before is still on this device.",
  );
  await expectNoAxeViolations(page);
});

/** Where each part of the start page's opening sits, and what it says. */
function opening(page) {
  return page.evaluate(() => {
    const main = document.querySelector("main");
    // Everything above the start form (or, before the app, above "Loading…").
    const end = main.querySelector("form, #app-loading-message");
    const parts = [...main.querySelectorAll("h1, h2, p, li, .inset")]
      .filter((el) => el.compareDocumentPosition(end) & Node.DOCUMENT_POSITION_FOLLOWING && !el.closest(".inset > *"));
    return parts.map((el) => {
      const box = el.getBoundingClientRect();
      return { tag: el.tagName, text: el.textContent, x: box.x, y: Math.round(box.y), width: box.width };
    });
  });
}

// No service worker here: once the first size's visit is idle the worker takes over, and the
// wasm it serves to the second would pass page.route by (Playwright cannot hold it back).
test.describe(() => {
  test.use({ serviceWorkers: "block" });
  test("the start page's opening is painted from index.html, where the app then draws it the same", async ({ page }) => {
    for (const size of [{ width: 412, height: 823 }, { width: 1280, height: 800 }]) {
      await page.setViewportSize(size);
      const release = await loadWithWasmHeld(page);
      await expect(page.getByRole("heading", { level: 1, name: "Find where your project is complex" })).toBeVisible();
      await expectNoAxeViolations(page);
      const before = await opening(page);
      expect(before.length).toBe(13);
      release();
      // The app: the same words, in the same places, so nothing moves as it takes over.
      await expect(page.getByRole("button", { name: "Start now" })).toBeVisible();
      await expect(page.getByText("Loading…")).toHaveCount(0);
      expect(await opening(page), `at ${size.width} px`).toEqual(before);
      await page.unrouteAll();
    }
  });
});

test("the opening is not shown where the app will show another page", async ({ page }) => {
  await page.route("**/*.wasm", (route) => new Promise(() => {}));
  await page.goto("./#/privacy");
  await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Find where your project is complex" })).toHaveCount(0);
  // With work stored, home is the library.
  await page.evaluate(() => localStorage.setItem("nasss-navigator/assessment/x1", "{}"));
  await page.goto("./#/");
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Find where your project is complex" })).toHaveCount(0);
  // Starting a new one is the start page, whatever is stored.
  await page.goto("./#/new");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Find where your project is complex" })).toBeVisible();
});
