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

test("the page shows at once while the app loads, and gives way to it with no second header", async ({ page }) => {
  // Hold the wasm back, as a slow hospital network would.
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route("**/*.wasm", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("./");
  await expect(page.getByRole("status").filter({ hasText: "Loading…" })).toBeVisible();
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
