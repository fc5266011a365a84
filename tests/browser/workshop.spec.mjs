// Workshop mode: a facilitator runs the questions on a projector, with the keyboard (or a
// clicker), records the room's votes and the group's answers, and reveals the results.
import { readFileSync } from "node:fs";
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { fileChooserFrom, tabTo, unfold } from "./helpers.mjs";

const QUICK = JSON.parse(readFileSync(new URL("../../questions/quick.json", import.meta.url), "utf8"));
const questionText = (code) => QUICK.questions.find((q) => q.code === code).text;

/** Presses a key `times` times. */
async function press(page, key, times = 1) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** Waits for the projector view of question `n` (of 7 in the quick bank). */
async function expectPresenting(page, n) {
  await expect(page).toHaveURL(new RegExp(`/present/${n}$`));
  await expect(page.getByRole("heading", { level: 1, name: questionText(String(n)) })).toBeVisible();
}

/** The option card for a level on the projector view. */
const card = (page, label) => page.getByRole("listitem").filter({ has: page.getByText(label, { exact: true }) });

/** The same checks the shared fixture makes, for a second page in the same test. */
function watch(page, baseURL) {
  const origin = new URL(baseURL).origin;
  const problems = [];
  page.on("request", (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) problems.push(url);
  });
  page.on("console", (msg) => msg.type() === "error" && problems.push(msg.text()));
  page.on("pageerror", (err) => problems.push(String(err)));
  return problems;
}

/** Sets up a quick-check workshop with the mouse; returns its id (the projector is on question 1). */
async function startQuickWorkshop(page, name) {
  await page.goto("./#/workshop");
  await page.getByRole("textbox", { name: "Name of the workshop (optional)" }).fill(name);
  await page.getByRole("radio", { name: "Quick check" }).check();
  await page.getByRole("button", { name: "Start the workshop" }).click();
  await expectPresenting(page, 1);
  return page.url().match(/#\/a\/([a-z0-9]+)\//)[1];
}

// The run below, question by question (quick bank: one question per domain, so each
// domain's level is its question's group answer; values simple 1, complicated 2, complex 3;
// spreads are population standard deviations of the level votes, "don't know" left out):
//   Q1  votes simple 3, complicated 1 → group answer follows the votes: Simple.
//       sd of 1,1,1,2: mean 1.25, squares 3×0.0625 + 0.5625 = 0.75, /4 = 0.1875, sd 0.433
//   Q2  votes complicated 2, complex 2 → tied, no answer until the facilitator presses 3: Complex.
//       sd of 2,2,3,3 = 0.5
//   Q3  votes simple 1, complex 2, don't know 2 → tied (complex, don't know); facilitator presses 2: Complicated.
//       sd of 1,3,3: mean 7/3, squares 16/9 + 2×4/9 = 24/9, /3 = 8/9, sd 0.943, spread 2
//   Q4  no votes; facilitator presses D: I don't know → domain 4 not yet known.
//   Q5  votes complicated 4 → Complicated. sd 0 (everyone agreed: never "disputed").
//   Q6  votes simple 1, complex 3, then one complex vote taken away (the − button) →
//       simple 1, complex 2 → Complex. sd of 1,3,3 = 0.943, spread 2 (ties with Q3; bank order puts Q3 first)
//   Q7  votes complicated 1, complex 2 → Complex; the facilitator presses 2 (Complicated), then
//       one more complex vote comes in and the facilitator's choice stays: Complicated.
//       sd of 2,3,3,3: mean 2.75, squares 0.5625 + 3×0.0625 = 0.75, /4 = 0.1875, sd 0.433
// Domains: 1 Simple, 2 Complex, 3 Complicated, 4 not yet known, 5 Complicated, 6 Complex, 7 Complicated.
// Most disputed: Q3 (0.943), Q6 (0.943, after Q3 in bank order), Q2 (0.5); then Q1 and Q7 (0.433).
const HEADLINE = "Complex in 2 of 7 domains, complicated in 3, simple in 1, not yet known 1";
// Each quick-check domain has one question, so its level is that answer (and the reveal
// leaves out a spread that would only repeat it).
const EXPECTED = [
  ["1. The condition", "Simple"],
  ["2. The technology", "Complex"],
  ["3. The value proposition", "Complicated"],
  ["4. The adopters", "Not yet known"],
  ["5. The organisation", "Complicated"],
  ["6. The wider system", "Complex"],
  ["7. Embedding and adaptation over time", "Complicated"],
];

test("a whole workshop run with the keyboard only, with votes, ends in the expected results", async ({ page }) => {
  // From the start page to the set-up page and into the workshop, keyboard only.
  await page.goto("./");
  await tabTo(page, page.getByRole("link", { name: "set up a workshop" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Run a workshop" })).toBeFocused();
  await expectNoAxeViolations(page);
  await tabTo(page, page.getByRole("textbox", { name: "Name of the workshop (optional)" }));
  await page.keyboard.type("Virtual ward workshop");
  await tabTo(page, page.getByRole("radio", { name: "Quick check" }));
  await page.keyboard.press("Space");
  await expect(page.getByRole("radio", { name: "Quick check" })).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Start the workshop" }));
  await page.keyboard.press("Enter");

  // Q1: the projector view, large and high contrast, with no site header or footer.
  await expectPresenting(page, 1);
  await expect(page.getByText("Domain 1 of 7: The condition")).toBeVisible();
  await expect(page.getByText("Question 1 of 7")).toBeVisible();
  // The quick check's code is its position: the number is shown once.
  await expect(page.getByText("Question 1", { exact: true })).toHaveCount(0);
  await expect(page.getByRole("banner")).toHaveCount(0);
  await expect(page.getByRole("contentinfo")).toHaveCount(0);
  const size = await page.getByRole("heading", { level: 1 }).evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
  expect(size).toBeGreaterThanOrEqual(40);
  await expect(page.getByText("No votes yet.")).toBeVisible();
  await press(page, "Shift+Digit1", 3);
  await press(page, "Shift+Digit2");
  await expect(page.getByText("4 votes. Most votes: Simple. Votes range from Simple to Complicated.")).toBeVisible();
  await expect(card(page, "Simple")).toContainText("3 votes");
  await expect(card(page, "Simple")).toContainText("Group answer");
  await expect(page.getByRole("button", { name: "Group answer: Simple" })).toHaveAttribute("aria-pressed", "true");
  await expectNoAxeViolations(page);

  // The shortcut overlay opens with ?, and Escape closes it without leaving.
  await page.keyboard.press("Shift+Slash");
  const overlay = page.getByRole("dialog", { name: "Keys for the workshop" });
  await expect(overlay).toBeVisible();
  await expect(overlay.getByRole("rowheader", { name: "Shift + D" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(overlay).toBeHidden();
  await expectPresenting(page, 1);

  // N goes to the note; typing there never triggers a key (1, d, n, space, arrows).
  await page.keyboard.press("n");
  const note = page.getByRole("textbox", { name: "Discussion note" });
  await expect(note).toBeFocused();
  await page.keyboard.type("Mostly well understood; 1 doubt, ask the diabetes nurse");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Escape");
  await expect(note).not.toBeFocused();
  await expectPresenting(page, 1);
  await expect(card(page, "Simple")).toContainText("Group answer");

  // F asks for full screen and F again leaves it.
  await page.keyboard.press("f");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press("f");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);

  // Q2: a tie, decided by the facilitator.
  await page.keyboard.press("ArrowRight");
  await expectPresenting(page, 2);
  await press(page, "Shift+Digit2", 2);
  await press(page, "Shift+Digit3", 2);
  await expect(page.getByText("4 votes. Tied between Complicated and Complex: the group decides.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Group answer/, pressed: true })).toHaveCount(0);
  await page.keyboard.press("3");
  await expect(card(page, "Complex")).toContainText("Group answer");

  // Q3 (Page Down, as a clicker sends): tied between complex and don't know; the group settles on complicated.
  await page.keyboard.press("PageDown");
  await expectPresenting(page, 3);
  await press(page, "Shift+Digit1");
  await press(page, "Shift+Digit3", 2);
  await press(page, "Shift+KeyD", 2);
  await expect(page.getByText("5 votes. Tied between Complex and I don't know: the group decides.")).toBeVisible();
  await page.keyboard.press("2");
  await expect(card(page, "Complicated")).toContainText("Group answer");

  // Q4 (Space): no votes, the group does not know.
  await page.keyboard.press("Space");
  await expectPresenting(page, 4);
  await page.keyboard.press("d");
  await expect(page.getByRole("button", { name: "Group answer: I don't know" })).toHaveAttribute("aria-pressed", "true");

  // Q5: everyone agrees.
  await page.keyboard.press("ArrowRight");
  await expectPresenting(page, 5);
  await press(page, "Shift+Digit2", 4);
  await expect(page.getByText("4 votes. Most votes: Complicated.", { exact: true })).toBeVisible();

  // Q6: a miscount corrected with the − button, reached with Tab.
  await page.keyboard.press("ArrowRight");
  await expectPresenting(page, 6);
  await press(page, "Shift+Digit1");
  await press(page, "Shift+Digit3", 3);
  await tabTo(page, page.getByRole("button", { name: "Remove a vote for Complex" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("3 votes. Most votes: Complex.")).toBeVisible();
  // Back and forth with the arrow keys keeps what was recorded.
  await page.keyboard.press("ArrowLeft");
  await expectPresenting(page, 5);
  await expect(card(page, "Complicated")).toContainText("4 votes");
  await page.keyboard.press("ArrowRight");
  await expectPresenting(page, 6);
  await expect(card(page, "Complex")).toContainText("2 votes");

  // Q7: the facilitator's choice stands even when a later vote goes the other way.
  await page.keyboard.press("ArrowRight");
  await expectPresenting(page, 7);
  await press(page, "Shift+Digit2");
  await press(page, "Shift+Digit3", 2);
  await expect(card(page, "Complex")).toContainText("Group answer");
  await page.keyboard.press("2");
  await press(page, "Shift+Digit3");
  await expect(card(page, "Complex")).toContainText("3 votes");
  await expect(card(page, "Complicated")).toContainText("Group answer");
  await expect(page.getByRole("button", { name: "Show the results" })).toBeVisible();

  // Next on the last question reveals the results to the room.
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/\/present\/reveal$/);
  await expect(page.getByRole("heading", { level: 1, name: HEADLINE })).toBeVisible();
  const domains = page.getByRole("region", { name: "Each domain" });
  for (const [i, [domain, level]] of EXPECTED.entries()) {
    const row = domains.getByRole("listitem").nth(i);
    await expect(row).toContainText(domain);
    await expect(row.locator(".reveal-bar__label")).toHaveText(level);
  }
  await expect(domains).not.toContainText(/\b[123]\.\d/);
  const disputed = page.getByRole("region", { name: "Most disputed" }).getByRole("listitem");
  await expect(disputed).toHaveCount(3);
  // Named in words, never a bare code beside a list number; the options voted for, and the
  // group's answer said with how it came about.
  await expect(disputed.nth(0)).toContainText("Question 3: Value on both sides");
  await expect(disputed.nth(0)).toContainText("Votes: Simple 1, Complex 2, I don't know 2");
  await expect(disputed.nth(0)).toContainText("Group answer: Complicated (the group decided)");
  await expect(disputed.nth(1)).toContainText("Question 6: The world outside");
  await expect(disputed.nth(2)).toContainText("Question 2: The technology overall");
  await expectNoAxeViolations(page);

  // Escape asks first, and leaving shows the room only "Workshop paused"; from there the
  // facilitator goes on to the library, where the workshop is an ordinary assessment.
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Leave the workshop screen?" })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Workshop paused" })).toBeVisible();
  await tabTo(page, page.getByRole("link", { name: "your assessments" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Your assessments" })).toBeVisible();
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Virtual ward workshop" }) });
  await expect(item).toContainText("Quick check · 7 of 7 questions answered");
  await expect(item).toContainText(`Profile: ${HEADLINE}`);
  await tabTo(page, item.getByRole("link", { name: "Results and report Virtual ward workshop" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Results: Virtual ward workshop" })).toBeFocused();
  await expect(page.getByText(HEADLINE)).toBeVisible();
  // The votes and notes are kept with the answers.
  await unfold(page, "Your answers and notes", { keyboard: true });
  await expect(page.getByText("Votes: Simple 3, Complicated 1, Complex 0, I don't know 0")).toBeVisible();
  await expect(page.getByText("Votes: Simple 0, Complicated 1, Complex 3, I don't know 0")).toBeVisible();
  await expect(page.getByText("Mostly well understood; 1 doubt, ask the diabetes nurse")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("two windows: the projector follows the facilitator's window, and back", async ({ page, context, baseURL }) => {
  const id = await startQuickWorkshop(page, "Two screens");
  // Alone, the projector carries the controls.
  await expect(page.getByRole("button", { name: "Next question" })).toBeVisible();

  const facilitator = await context.newPage();
  const problems = watch(facilitator, baseURL);
  await facilitator.goto(`./#/a/${id}/facilitate`);
  await expect(facilitator.getByRole("heading", { level: 1, name: "Facilitating: Two screens" })).toBeVisible();
  await expect(facilitator.getByText("Question 1 of 7")).toBeVisible();
  // With the facilitator's window open, the projector shows only the question.
  await expect(page.getByRole("button", { name: "Next question" })).toHaveCount(0);
  await expect(page.getByRole("textbox", { name: "Discussion note" })).toHaveCount(0);
  await expectNoAxeViolations(facilitator);

  // The facilitator moves on: the projector follows.
  await facilitator.getByRole("button", { name: "Next question" }).click();
  await expectPresenting(page, 2);
  await expect(facilitator.getByText("Question 2 of 7")).toBeVisible();

  // Votes and the group's answer recorded in the facilitator's window appear on the projector.
  await facilitator.getByRole("button", { name: "Add a vote for Complex" }).click();
  await facilitator.getByRole("button", { name: "Add a vote for Complex" }).click();
  await facilitator.getByRole("button", { name: "Add a vote for Simple" }).click();
  await expect(page.getByText("3 votes. Most votes: Complex. Votes range from Simple to Complex.")).toBeVisible();
  await expect(card(page, "Complex")).toContainText("Group answer");
  await facilitator.getByRole("button", { name: "Group answer: Simple" }).click();
  await expect(card(page, "Simple")).toContainText("Group answer");
  await facilitator.getByRole("textbox", { name: "Discussion note" }).fill("Depends on the GP system link");

  // The timer started in the facilitator's window shows, quietly, on the projector.
  await facilitator.getByRole("combobox", { name: "Time box" }).selectOption("3");
  await facilitator.getByRole("button", { name: "Start timer" }).click();
  await expect(page.getByText(/^[23]:\d\d left$/)).toBeVisible();
  await facilitator.getByRole("button", { name: "Pause timer" }).click();
  await expect(page.getByText(/left \(paused\)$/)).toBeVisible();

  // Keys pressed on the projector (a clicker plugged into that window) move the facilitator too.
  await page.keyboard.press("PageDown");
  await expectPresenting(page, 3);
  await expect(facilitator.getByText("Question 3 of 7")).toBeVisible();
  await expect(page.getByText(/left/)).toHaveCount(0); // a fresh, unstarted timer for the new question
  // And keys in the facilitator's window drive the projector.
  await facilitator.keyboard.press("ArrowLeft");
  await expectPresenting(page, 2);
  await expect(facilitator.getByRole("textbox", { name: "Discussion note" })).toHaveValue("Depends on the GP system link");

  // The browser's own back and forward buttons on the projector move the facilitator too.
  // The projector went 1 → 2 → 3 → 2, so back leads to 3 and forward to 2 again.
  await page.goBack();
  await expectPresenting(page, 3);
  await expect(facilitator.getByText("Question 3 of 7")).toBeVisible();
  await page.goForward();
  await expectPresenting(page, 2);
  await expect(facilitator.getByText("Question 2 of 7")).toBeVisible();

  // Closing the facilitator's window gives the projector its controls back.
  await facilitator.close();
  await expect(page.getByRole("button", { name: "Next question" })).toBeVisible();
  expect(problems).toEqual([]);
});

const bankFile = (bank, extra = {}) => ({
  name: "ward-team.json",
  mimeType: "application/json",
  buffer: Buffer.from(JSON.stringify({ format: "nasss-navigator-bank", ...extra, bank }, null, 2)),
});

const wardBank = (id = "ward-team") => ({
  id,
  version: 1,
  title: "Our ward's questions",
  summary: "Seven questions written for the ward team.",
  minutes: 30,
  questions: QUICK.questions.map((q) => ({ ...q, descriptors: { ...q.descriptors }, code: `W${q.code}`, text: `Ward: ${q.text}` })),
});

test("a bad custom bank file is refused with a specific message; a good one is kept and used", async ({ page }) => {
  await page.goto("./#/workshop");
  const input = page.getByLabel("Load your own questions (optional)");
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });

  // Broken JSON: where it breaks.
  await input.setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from('{\n  "format": "nasss-navigator-bank",\n  "bank": {\n    "id": "x",,\n'),
  });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("broken.json: This file is not valid JSON: it stops making sense at line 4, column 15");
  await expectNoAxeViolations(page);

  // A bank that takes the id of a shipped one.
  await input.setInputFiles(bankFile(wardBank("quick")));
  await expect(summary).toContainText(
    'ward-team.json: The bank\'s id "quick" is already used by a question set that comes with the app. Give your bank a different id.',
  );
  // A question without its description for "complex": the core's validation, in words.
  const missing = wardBank();
  delete missing.questions[2].descriptors.complex;
  await input.setInputFiles(bankFile(missing));
  await expect(summary).toContainText('This bank cannot be used: Question W3 has no description for the level "complex".');
  // The summary's link takes the keyboard to the file field; Space there opens the file chooser.
  await tabTo(page, summary.getByRole("link"));
  await page.keyboard.press("Enter");
  await expect(input).toBeFocused();
  const chooser = await fileChooserFrom(page, () => page.keyboard.press("Space"));

  // A good bank is kept on this device and chosen.
  await chooser.setFiles(bankFile(wardBank()));
  await expect(page.getByText('Loaded "Our ward\'s questions": 7 questions.')).toBeVisible();
  await expect(summary).toHaveCount(0);
  await expect(page.getByRole("radio", { name: "Our ward's questions" })).toBeChecked();
  await expect.poll(() => page.evaluate(() => localStorage.getItem("nasss-navigator/bank/ward-team"))).not.toBeNull();
  const stored = await page.evaluate(() => localStorage.getItem("nasss-navigator/bank/ward-team"));
  expect(JSON.parse(stored).format).toBe("nasss-navigator-bank");
  await tabTo(page, page.getByRole("button", { name: "Start the workshop" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/present\/W1$/);
  await expect(page.getByRole("heading", { level: 1, name: `Ward: ${questionText("1")}` })).toBeVisible();
  await page.keyboard.press("3");

  // After a reload (a new session), the bank is read back and the workshop opens as it was.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: `Ward: ${questionText("1")}` })).toBeVisible();
  await expect(card(page, "Complex")).toContainText("Group answer");
  await page.goto("./");
  await expect(page.getByText("Our ward's questions · 1 of 7 questions answered")).toBeVisible();

  // The bank cannot be removed while an assessment uses it; the page says why.
  await page.goto("./#/workshop");
  const own = page.getByRole("listitem").filter({ hasText: "Our ward's questions (7 questions)." });
  await expect(own).toContainText("1 assessment uses these questions. Delete it first, or keep the questions.");
  await expect(own.getByRole("button", { name: "Remove Our ward's questions" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  // Once that assessment is deleted, the bank can go.
  await page.goto("./");
  await page.getByRole("button", { name: /^More actions for Workshop/ }).click();
  await page.getByRole("link", { name: /^Delete Workshop/ }).click();
  await page.getByRole("button", { name: /^Yes, delete/ }).click();
  await page.goto("./#/workshop");
  await tabTo(page, own.getByRole("button", { name: "Remove Our ward's questions" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: 'Removed "Our ward\'s questions" from this device.' })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Our ward's questions" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Your own questions on this device" })).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem("nasss-navigator/bank/ward-team"))).toBeNull();
  await expectNoAxeViolations(page);
});

test("clicker presses faster than the screen redraws each count, from where the last one led", async ({ page }) => {
  const id = await startQuickWorkshop(page, "Quick fingers");
  // No waiting between presses: each acts on the address the previous one set.
  await page.keyboard.press("PageDown");
  await page.keyboard.press("PageDown");
  await page.keyboard.press("PageDown");
  await page.keyboard.press("Shift+Digit3");
  await expectPresenting(page, 4);
  await expect(card(page, "Complex")).toContainText("1 vote");
  await page.keyboard.press("PageUp");
  await page.keyboard.press("PageUp");
  await expectPresenting(page, 2);
  // The vote landed on question 4, and nowhere else.
  // Saves wait their turn behind the cross-tab lock, so the stored copy is awaited.
  await expect.poll(() => page.evaluate((key) => {
    const stored = JSON.parse(localStorage.getItem(key));
    return Object.fromEntries(
      Object.entries(stored.assessments[0].responses).map(([code, r]) => [code, r.tally ?? {}]),
    );
  }, `nasss-navigator/assessment/${id}`)).toEqual({ 4: { complex: 1 } });
});
