// The innovator's results and plan, tried as a person on a phone would: a half-finished
// assessment says "so far", the plan lists what to do in order, and the results page leads
// with what matters.
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { assessmentOf, exportFile, importFiles, unfold } from "./helpers.mjs";

// 1A complex, 1B don't know, 2A complicated, 3A simple: 19 of 23 questions still open.
const PARTIAL = assessmentOf("part", "Half done", "full", { "1A": "complex", "1B": "dont_know", "2A": "complicated", "3A": "simple" }, {
  actions: [{ id: 1, code: "2A", what: "Ask IT about the links", due: "2027-01-31" }],
});

test("a half-finished assessment says 'so far', how many are left, and links to the next one", async ({ page }) => {
  await importFiles(page, exportFile([PARTIAL]));
  await page.goto("./#/a/part/results");
  await expect(page.getByText("So far: Complex in 1 of 7 domains, complicated in 1, simple in 1, not yet rated 4")).toBeVisible();
  await expect(page.getByText(/^These results are not final: 19 questions are still to answer/)).toBeVisible();
  await page.getByRole("link", { name: "Answer the next question (2B)" }).click();
  await expect(page).toHaveURL(/#\/a\/part\/q\/2B$/);
});

test("nothing answered: no check-in or change over time offered, and nothing claims to be saved", async ({ page }) => {
  await page.goto("./#/new");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Saved on this device")).toHaveCount(0);
  await page.getByRole("radio", { name: "Quick check" }).check();
  await page.getByRole("button", { name: "Start now" }).click();
  const id = page.url().match(/#\/a\/([a-z0-9]+)\//)[1];
  await page.goto(`./#/a/${id}/results`);
  await expect(page.getByRole("heading", { level: 1, name: /^Results:/ })).toBeVisible();
  await expect(page.getByText("No domain has a level yet").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Start a check-in" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Change over time" })).toHaveCount(0);
  await page.getByRole("link", { name: "Answer the next question (1)" }).click();
  await page.getByRole("radio", { name: "Simple", exact: true }).check();
  await expect(page.getByText("Saved on this device")).toBeVisible();
  await page.goto(`./#/a/${id}/results`);
  await expect(page.getByRole("link", { name: "Start a check-in" })).toBeVisible();
});

test("the plan lists complex first, then complicated, then things to find out, with dates in words", async ({ page }) => {
  await importFiles(page, exportFile([PARTIAL]));
  await page.goto("./#/a/part/plan");
  const cards = page.getByRole("main").getByRole("heading", { level: 2 });
  // Each headed by its domain's name, as every other page names it.
  await expect(cards).toHaveText([/^1\. The condition: 1A /, /^2\. The technology: 2A /, /^1\. The condition: 1B /]);
  // A "don't know" answer can have actions: what to find out.
  const findOut = page.getByRole("region", { name: /: 1B / });
  await findOut.getByText("Add an action").click();
  await findOut.getByRole("textbox", { name: "What will you do?" }).fill("Ask the GP practices");
  await findOut.getByRole("button", { name: "Add action for question 1B" }).click();
  await expect(findOut.getByRole("listitem").filter({ hasText: "Ask the GP practices" })).toBeVisible();
  // The date is written as people write it; a question with no action is drawn compact.
  await expect(page.getByRole("region", { name: /: 2A / })).toContainText("by when: 31 January 2027");
  await expect(page.getByRole("region", { name: /: 1A / })).toHaveClass(/card--compact/);
  await expectNoAxeViolations(page);
});

test("on a phone the results lead with meaning and plan, fold the long parts, and say the table scrolls", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const full = assessmentOf("phone", "On a phone", "full",
    Object.fromEntries(["1A", "1B", "2A", "2B", "2C", "2D", "3A", "3B", "4A", "4B", "4C", "5A", "5B", "5C", "5D", "5E",
      "6A", "6B", "6C", "6D", "6E", "7A", "7B"].map((code, i) => [code, ["simple", "complicated", "complex"][i % 3]])));
  await importFiles(page, exportFile([full]));
  await page.goto("./#/a/phone/results");
  const order = await page.getByRole("main").locator("h2").allTextContents();
  expect(order.indexOf("What this means")).toBeLessThan(order.indexOf("Your complexity profile"));
  expect(order.indexOf("Action plan")).toBeLessThan(order.indexOf("Your complexity profile"));
  // The 23 answers are folded away until asked for.
  await expect(page.getByRole("region", { name: "1. The condition" })).toBeHidden();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height, "page height at 360 px").toBeLessThan(8000);
  await expect(page.getByText("The table is wider than the screen: scroll it sideways to see every column.")).toBeVisible();
  // The ideas of the questions that made a domain complex, the domain's own behind "More ideas".
  const more = page.locator("summary", { hasText: "More ideas" }).first();
  await expect(more).toBeVisible();
  await unfold(page, "Each domain in detail");
  await expect(page.getByRole("region", { name: "1. The condition" })).toBeVisible();
  await expectNoAxeViolations(page);
});
