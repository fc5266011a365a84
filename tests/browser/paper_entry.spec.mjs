// Typing in a workshop's returned paper forms by keys alone: a name, then a key per
// question, each form one person's answers, kept over a reload, corrected or removed.
import { readFileSync } from "node:fs";
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { tabTo } from "./helpers.mjs";

const full = JSON.parse(readFileSync(new URL("../../questions/full.json", import.meta.url), "utf8"));
const KEY_ANSWER = { 1: "simple", 2: "complicated", 3: "complex", D: "dont_know" };

async function startFullWorkshop(page, name) {
  await page.goto("./#/workshop");
  await page.getByRole("textbox", { name: "Name of the workshop (optional)" }).fill(name);
  await page.getByRole("radio", { name: "Full assessment" }).check();
  await page.getByRole("button", { name: "Start the workshop" }).click();
  await expect(page).toHaveURL(/#\/a\/[a-z0-9]+\/present\//);
  return page.url().match(/#\/a\/([a-z0-9]+)\//)[1];
}

/** The workshop as stored, once `ready` holds for it (saves wait behind a cross-tab lock). */
async function storedWhen(page, id, ready) {
  let stored;
  await expect
    .poll(async () => {
      const text = await page.evaluate((k) => localStorage.getItem(k), `nasss-navigator/assessment/${id}`);
      stored = text && JSON.parse(text).assessments[0];
      return Boolean(stored && ready(stored));
    })
    .toBe(true);
  return stored;
}

const row = (page, q) => page.getByRole("radiogroup", { name: `${q.code} ${q.topic}` });

test("two paper forms typed in by keys alone become two people's answers", async ({ page }) => {
  const id = await startFullWorkshop(page, "Ward 7 forms");
  // Where a facilitator looks after the workshop: the facilitator window.
  await page.goto(`./#/a/${id}/facilitate`);
  await page.getByRole("link", { name: "Type in paper answers" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Type in paper answers: Ward 7 forms" })).toBeFocused();
  await expect(page.getByText("No paper forms typed in yet.")).toBeVisible();
  await expect(page.getByRole("radiogroup")).toHaveCount(full.questions.length);
  await expectNoAxeViolations(page);

  // Form 1: every box ticked. Counted: the name, Enter, one key per question, Enter to save.
  const keys1 = full.questions.map((_, i) => ["1", "2", "3", "D"][i % 4]);
  const name = page.getByRole("textbox", { name: "Name on the form (optional)" });
  await tabTo(page, name);
  let presses = 0;
  const press = async (key) => {
    presses += 1;
    await page.keyboard.press(key);
  };
  await page.keyboard.type("Sam Okafor");
  await press("Enter");
  await expect(row(page, full.questions[0]).getByRole("radio", { name: "Simple" })).toBeFocused();
  for (const key of keys1) await press(key);
  expect(presses, "the name's Enter and one key per question").toBe(1 + full.questions.length);
  await expect(page.getByText(`${full.questions.length} of ${full.questions.length} answered`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Save this form" })).toBeFocused();
  await press("Enter");
  await expect(page.getByText(`Saved the form from Sam Okafor: 23 of 23 questions answered.`)).toBeVisible();
  await expect(name).toBeFocused();
  await expect(name).toHaveValue("");

  // Form 2: no name, one question left blank (Enter), one tick taken back (Backspace).
  await press("Enter");
  const keys2 = full.questions.map((_, i) => ["3", "D", "1", "2"][i % 4]);
  keys2[4] = "Enter";
  for (const [i, key] of keys2.entries()) {
    if (i === 7) {
      await press("1");
      await page.keyboard.press("Shift+Tab");
      await expect(row(page, full.questions[7]).getByRole("radio", { name: "Simple" })).toBeFocused();
      await press("Backspace");
    }
    await press(key);
  }
  await press("Enter");
  await expect(page.getByText("Saved the form from Person 1: 22 of 23 questions answered.")).toBeVisible();

  const stored = await storedWhen(page, id, (a) => (a.participants ?? []).length === 2);
  const want = (keys) =>
    Object.fromEntries(full.questions.map((q, i) => [q.code, KEY_ANSWER[keys[i]]]).filter(([, a]) => a));
  const sam = stored.participants.find((p) => p.name === "Sam Okafor");
  const unnamed = stored.participants.find((p) => !p.name);
  expect(sam.source).toBe("paper");
  expect(sam.answers).toEqual(want(keys1));
  expect(unnamed.source).toBe("paper");
  expect(unnamed.answers).toEqual(want(keys2));
  expect(unnamed.answers[full.questions[4].code], "a blank row stays unanswered").toBeUndefined();
  // The group's own answers are the facilitator's: typing in forms sets none of them.
  expect(Object.values(stored.responses ?? {}).filter((r) => r.answer)).toEqual([]);

  // Both are listed on the page, as the team view names them.
  const list = page.getByRole("list").filter({ hasText: "Sam Okafor" });
  await expect(page.getByRole("heading", { level: 2, name: "Forms typed in: 2" })).toBeVisible();
  await expect(list.getByRole("listitem")).toHaveText([/Sam Okafor\s*23 of 23 answered/, /Person 1\s*22 of 23 answered/]);
  await expectNoAxeViolations(page);
});

test("an empty form is refused, a half-typed form survives a reload, and forms can be corrected or removed", async ({ page }) => {
  const id = await startFullWorkshop(page, "Clinic forms");
  await page.goto(`./#/a/${id}/paper`);
  await expect(page.getByRole("heading", { level: 1, name: "Type in paper answers: Clinic forms" })).toBeFocused();

  // Nothing on the form: the error summary says what to do and links to the name.
  await tabTo(page, page.getByRole("button", { name: "Save this form" }));
  await page.keyboard.press("Enter");
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Enter the name on the form, or tick at least one answer, before saving it");
  await expectNoAxeViolations(page);
  await summary.getByRole("link").click();
  const name = page.getByRole("textbox", { name: "Name on the form (optional)" });
  await expect(name).toBeFocused();

  // Half typed, then the page is reloaded: nothing is lost.
  await page.keyboard.type("Lee Chan");
  await page.keyboard.press("Enter");
  await page.keyboard.press("3");
  await page.keyboard.press("D");
  await page.reload();
  await expect(name).toHaveValue("Lee Chan");
  await expect(row(page, full.questions[0]).getByRole("radio", { name: "Complex" })).toBeChecked();
  await expect(row(page, full.questions[1]).getByRole("radio", { name: "I don't know" })).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Save this form" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Saved the form from Lee Chan: 2 of 23 questions answered.")).toBeVisible();

  // The same form typed twice is pointed out, at the name.
  await page.keyboard.type("lee chan");
  await expect(name).toHaveAccessibleDescription(/A form from Lee Chan is already typed in/);
  await page.getByRole("button", { name: "Clear this form" }).click();
  await expect(name).toHaveValue("");

  // Correcting it: the form comes back, and saving replaces that person's answers.
  await page.getByRole("button", { name: "Correct the form from Lee Chan" }).click();
  await expect(name).toBeFocused();
  await expect(name).toHaveValue("Lee Chan");
  await expect(page.getByRole("heading", { level: 2, name: "Correct a form" })).toBeVisible();
  await page.keyboard.press("Enter");
  await page.keyboard.press("1");
  await page.getByRole("button", { name: "Save this form" }).click();
  await expect(page.getByText("Corrected the form from Lee Chan")).toBeVisible();
  const stored = await storedWhen(page, id, (a) => a.participants?.[0]?.answers?.[full.questions[0].code] === "simple");
  expect(stored.participants).toHaveLength(1);
  expect(stored.participants[0].revision).toBe(1);
  expect(stored.participants[0].answers[full.questions[1].code]).toBe("dont_know");

  // Removing asks first, then the person is gone from the workshop.
  await page.getByRole("button", { name: "Remove the form from Lee Chan" }).click();
  await expect(page.getByRole("button", { name: "Yes, remove them" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("No paper forms typed in yet.")).toBeVisible();
  await storedWhen(page, id, (a) => (a.participants ?? []).length === 0);
});
