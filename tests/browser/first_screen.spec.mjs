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
    /poorly understood, hard to recognise or changes without warning/,
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
