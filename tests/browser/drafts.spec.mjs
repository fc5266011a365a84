// Typed text is never dropped (issue 23): a half-typed action is kept as a draft when the
// person leaves the plan, and is there when they come back.
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { startAssessment } from "./helpers.mjs";

test("a half-typed action is there after leaving the plan and coming back, and gone once added", async ({ page }) => {
  const id = await startAssessment(page, { title: "Draft project", depth: "Quick check" });
  await page.getByRole("radio", { name: "Complex", exact: true }).check();
  await expect(page.getByText("Saved on this device")).toBeVisible();
  await page.goto(`./#/a/${id}/plan`);
  await page.locator("summary", { hasText: "Add an action" }).first().click();
  const what = page.getByRole("textbox", { name: "What will you do?" });
  const who = page.getByRole("textbox", { name: "Who will do it? (optional)" });
  await what.fill("Ask the ward manager about ");
  await who.fill("Sam");
  // Leave by the page's own link, as in the issue, then come back.
  await page.getByRole("link", { name: "Back to results" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Plan actions");
  await page.goto(`./#/a/${id}/plan`);
  await expect(what).toBeVisible();
  await expect(what).toHaveValue("Ask the ward manager about ");
  await expect(who).toHaveValue("Sam");
  // A reload (or a closed tab) keeps it too.
  await page.reload();
  await expect(what).toHaveValue("Ask the ward manager about ");
  await expectNoAxeViolations(page);
  // Once added, the draft is gone.
  await what.fill("Ask the ward manager about cover");
  await page.getByRole("button", { name: "Add action for question 1" }).click();
  await expect(page.getByText("Ask the ward manager about cover", { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByText("Ask the ward manager about cover", { exact: true })).toBeVisible();
  await page.locator("summary", { hasText: "Add an action" }).first().click();
  await expect(what).toHaveValue("");
  await expect(who).toHaveValue("");
});

test("an action can be edited after it is added, and keeps its status", async ({ page }) => {
  const id = await startAssessment(page, { title: "Edit project", depth: "Quick check" });
  await page.getByRole("radio", { name: "Complex", exact: true }).check();
  await expect(page.getByText("Saved on this device")).toBeVisible();
  await page.goto(`./#/a/${id}/plan`);
  await page.locator("summary", { hasText: "Add an action" }).first().click();
  await page.getByRole("textbox", { name: "What will you do?" }).fill("Ask the ward");
  await page.getByRole("button", { name: "Add action for question 1" }).click();
  await page.getByRole("combobox", { name: 'Status of "Ask the ward"' }).selectOption("In progress");
  const edit = page.getByRole("button", { name: 'Edit "Ask the ward"' });
  await edit.click();
  await expect(edit).toHaveAttribute("aria-expanded", "true");
  const form = page.locator("form.action__edit");
  await expect(form.getByRole("textbox", { name: "What will you do?" })).toHaveValue("Ask the ward");
  // An action must say what: a blank is refused with the reason.
  await form.getByRole("textbox", { name: "What will you do?" }).fill("");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByText("Enter what you will do")).toBeVisible();
  await expectNoAxeViolations(page);
  await form.getByRole("textbox", { name: "What will you do?" }).fill("Ask the ward manager about cover");
  await form.getByRole("textbox", { name: "Who will do it? (optional)" }).fill("Sam");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Ask the ward manager about cover", { exact: true })).toBeVisible();
  await expect(page.getByText("who: Sam", { exact: false })).toBeVisible();
  await expect(page.getByRole("button", { name: 'Edit "Ask the ward manager about cover"' })).toBeFocused();
  await page.reload();
  await expect(page.getByText("Ask the ward manager about cover", { exact: true })).toBeVisible();
  await expect(page.getByRole("combobox", { name: 'Status of "Ask the ward manager about cover"' })).toHaveValue("in_progress");
});
