// Flows that never trip the facilitator (issue 15, points 5 to 9): a tie is never skipped
// without noticing, the group's answer is said in words, Escape never puts the library on
// the projector, the facilitator's window fits a laptop, and the reveal reads from the back
// of the room.
import { readFileSync } from "node:fs";
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { assessmentOf, exportFile, importFiles, tabTo } from "./helpers.mjs";

const QUICK = JSON.parse(readFileSync(new URL("../../questions/quick.json", import.meta.url), "utf8"));
const FULL = JSON.parse(readFileSync(new URL("../../questions/full.json", import.meta.url), "utf8"));
const questionText = (code, bank = QUICK) => bank.questions.find((q) => q.code === code).text;

/** Presses a key `times` times. */
async function press(page, key, times = 1) {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** Waits for the projector view of question `code`. */
async function expectPresenting(page, code, bank = QUICK) {
  await expect(page).toHaveURL(new RegExp(`/present/${code}$`));
  await expect(page.getByRole("heading", { level: 1, name: questionText(code, bank) })).toBeVisible();
}

/** Sets up a workshop with the mouse; returns its id once the projector shows the first question. */
async function startWorkshop(page, name, depth = "Quick check") {
  await page.goto("./#/workshop");
  await page.getByRole("textbox", { name: "Name of the workshop (optional)" }).fill(name);
  await page.getByRole("radio", { name: depth }).check();
  await page.getByRole("button", { name: "Start the workshop" }).click();
  const bank = depth === "Quick check" ? QUICK : FULL;
  await expectPresenting(page, bank.questions[0].code, bank);
  return page.url().match(/#\/a\/([a-z0-9]+)\//)[1];
}

/** The option card for an answer on the projector view. */
const card = (page, label) => page.getByRole("listitem").filter({ has: page.getByText(label, { exact: true }) });

test("a tie is never skipped without noticing: Next asks once, and the results list it with a way back", async ({ page }) => {
  const id = await startWorkshop(page, "Tied workshop");
  // Questions nobody voted on are simply not discussed yet: Next moves on without asking.
  await press(page, "PageDown", 2);
  await expectPresenting(page, "3");

  // Question 3: 8 votes, tied between complex and don't know, as in the issue.
  await press(page, "Shift+Digit3", 4);
  await press(page, "Shift+KeyD", 4);
  await expect(page.getByText("8 votes. Tied between Complex and I don't know: the group decides.")).toBeVisible();
  await page.keyboard.press("ArrowRight");
  const ask = page.getByRole("dialog", { name: "Leave this undecided?" });
  await expect(ask).toBeVisible();
  await expect(ask).toContainText("No group answer yet. 8 votes. Tied between Complex and I don't know: the group decides.");
  await expect(ask.getByRole("button", { name: "Leave it undecided" })).toBeFocused();
  await expectPresenting(page, "3");
  await expectNoAxeViolations(page);
  // Escape stays, and takes nothing else with it.
  await page.keyboard.press("Escape");
  await expect(ask).toBeHidden();
  await expectPresenting(page, "3");
  // The on-screen Next asks too; "Stay and decide" stays.
  await page.getByRole("button", { name: "Next question" }).click();
  await expect(ask).toBeVisible();
  await ask.getByRole("button", { name: "Stay and decide" }).click();
  await expect(ask).toBeHidden();
  await expectPresenting(page, "3");
  // A clicker's Next pressed again leaves it undecided: it asks once, not twice.
  await page.keyboard.press("PageDown");
  await expect(ask).toBeVisible();
  await page.keyboard.press("PageDown");
  await expectPresenting(page, "4");
  await expect(ask).toBeHidden();

  // Question 4 is decided with a clear vote: no question asked.
  await press(page, "Shift+Digit2", 2);
  await page.keyboard.press("ArrowRight");
  await expectPresenting(page, "5");
  await expect(ask).toBeHidden();
  await press(page, "ArrowRight", 2);
  await expectPresenting(page, "7");

  // The last question: a tie, and Enter leaves it undecided on the way to the results.
  await page.keyboard.press("Shift+Digit1");
  await page.keyboard.press("Shift+Digit2");
  await page.keyboard.press("ArrowRight");
  await expect(ask).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/present\/reveal$/);

  // The results list both, each with a way back, and never just "Not answered".
  const undecided = page.getByRole("region", { name: "Still undecided" });
  await expect(undecided.getByRole("button")).toHaveText(["Question 3", "Question 7"]);
  await expect(undecided.getByRole("button", { name: "Back to Question 3: Value on both sides" })).toBeVisible();
  const disputed = page.getByRole("region", { name: "Most disputed" });
  await expect(disputed.getByRole("listitem").filter({ hasText: "Question 7: Adapting over time" })).toContainText("No group answer yet.");
  await expect(page.getByRole("main")).not.toContainText("Not answered");
  await expectNoAxeViolations(page);

  // Back to question 3, where the group decides; moving on no longer asks.
  await undecided.getByRole("button", { name: "Back to Question 3: Value on both sides" }).click();
  await expectPresenting(page, "3");
  await page.keyboard.press("3");
  await expect(page.getByText("Group answer: Complex (the group decided)")).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expectPresenting(page, "4");
  await expect(ask).toBeHidden();
  await page.goto(`./#/a/${id}/present/reveal`);
  await expect(undecided.getByRole("button")).toHaveText(["Question 7"]);
});

test("with two windows, the one where Next was pressed asks, and a move in the other closes the question", async ({ page, context }) => {
  const id = await startWorkshop(page, "Two-window tie");
  const facilitator = await context.newPage();
  await facilitator.goto(`./#/a/${id}/facilitate`);
  await expect(facilitator.getByText("Question 1 of 7")).toBeVisible();
  await facilitator.getByRole("button", { name: "Next question" }).click();
  await expectPresenting(page, "2");
  await facilitator.getByRole("button", { name: "Add a vote for Simple" }).click();
  await facilitator.getByRole("button", { name: "Add a vote for Complex" }).click();
  await expect(page.getByText("2 votes. Tied between Simple and Complex: the group decides.")).toBeVisible();

  await facilitator.getByRole("button", { name: "Next question" }).click();
  const ask = facilitator.getByRole("dialog", { name: "Leave this undecided?" });
  await expect(ask).toBeVisible();
  await expectNoAxeViolations(facilitator);
  // The room does not see the facilitator's question, and the projector stays put.
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expectPresenting(page, "2");
  // The clicker on the projector goes back: the facilitator follows, and the question about
  // question 2 is gone rather than left to act on the wrong question.
  await page.keyboard.press("PageUp");
  await expectPresenting(page, "1");
  await expect(facilitator.getByText("Question 1 of 7")).toBeVisible();
  await expect(ask).toBeHidden();
  // Back on question 2, the facilitator leaves it undecided; the projector follows.
  await page.keyboard.press("PageDown");
  await expect(facilitator.getByText("Question 2 of 7")).toBeVisible();
  await facilitator.keyboard.press("ArrowRight");
  await expect(ask).toBeVisible();
  await ask.getByRole("button", { name: "Leave it undecided" }).click();
  await expectPresenting(page, "3");
  await expect(facilitator.getByText("Question 3 of 7")).toBeVisible();
  await facilitator.close();
});

test("the group's answer is said in words, and the chosen card's marker differs from the others", async ({ page, context }) => {
  const id = await startWorkshop(page, "Words workshop");
  // The group's answer in words (the buttons' own names, "Group answer: Simple", are not it).
  const decision = page.getByRole("status").filter({ hasText: /^(Group answer: .+|No group answer yet\.)$/ });
  await expect(decision).toHaveText("No group answer yet.");
  // Following the votes: "most votes".
  await press(page, "Shift+Digit1", 2);
  await page.keyboard.press("Shift+Digit3");
  await expect(decision).toHaveText("Group answer: Simple (most votes)");
  // The chosen card's marker is not the others' marker in another colour: it has a tick.
  const marker = (label) => card(page, label).getByRole("button", { name: `Group answer: ${label}` });
  await expect(marker("Simple")).toContainText("✓ Group answer");
  await expect(marker("Complex")).toContainText("Group answer");
  await expect(marker("Complex")).not.toContainText("✓");
  await expect(marker("Complicated")).not.toContainText("✓");
  // The group overrules the votes: "the group decided", and the tick moves.
  await page.keyboard.press("3");
  await expect(decision).toHaveText("Group answer: Complex (the group decided)");
  await expect(marker("Complex")).toContainText("✓ Group answer");
  await expect(marker("Simple")).not.toContainText("✓");
  await expectNoAxeViolations(page);

  // A tie the group breaks is "the group decided" too.
  await page.keyboard.press("ArrowRight");
  await expectPresenting(page, "2");
  await page.keyboard.press("Shift+Digit2");
  await page.keyboard.press("Shift+Digit3");
  await expect(decision).toHaveText("No group answer yet.");
  await page.keyboard.press("2");
  await expect(decision).toHaveText("Group answer: Complicated (the group decided)");

  // With the facilitator's window open, the projector still says it in words, and only the
  // chosen card carries the ticked marker.
  const facilitator = await context.newPage();
  await facilitator.goto(`./#/a/${id}/facilitate`);
  await expect(facilitator.getByText("Question 2 of 7")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Group answer/ })).toHaveCount(0);
  await expect(card(page, "Complicated")).toContainText("✓ Group answer");
  for (const other of ["Simple", "Complex", "I don't know"]) await expect(card(page, other)).not.toContainText("Group answer");
  await expect(decision).toHaveText("Group answer: Complicated (the group decided)");
  await expect(facilitator.getByText("Group answer: Complicated (the group decided)")).toBeVisible();
  await facilitator.getByRole("button", { name: "Clear the group answer" }).click();
  await expect(decision).toHaveText("No group answer yet.");
  await expect(facilitator.getByText("No group answer yet.")).toBeVisible();
  await expectNoAxeViolations(page);
  await facilitator.close();
});

test("confirming the group answer keeps it: Group answer twice on the chosen option, then Clear", async ({ page, context }) => {
  const id = await startWorkshop(page, "Confirm workshop");
  const decision = page.getByRole("status").filter({ hasText: /^(Group answer: .+|No group answer yet\.)$/ });
  const button = (p, label) => p.getByRole("button", { name: `Group answer: ${label}` });
  const clear = (p) => p.getByRole("button", { name: "Clear the group answer" });
  // Nothing to clear before there is an answer.
  await expect(clear(page)).toBeDisabled();
  await press(page, "Shift+Digit1", 2);
  await press(page, "Shift+Digit3");
  await expect(decision).toHaveText("Group answer: Simple (most votes)");
  await expect(card(page, "Simple")).toContainText("✓ Group answer");
  // On the projector alone: confirming twice keeps it, as the key does.
  for (let i = 0; i < 2; i++) {
    await button(page, "Simple").click();
    await expect(button(page, "Simple")).toHaveAttribute("aria-pressed", "true");
    await expect(decision).toHaveText("Group answer: Simple (most votes)");
  }
  await clear(page).click();
  await expect(decision).toHaveText("No group answer yet.");
  await expect(button(page, "Simple")).toHaveAttribute("aria-pressed", "false");
  await expect(clear(page)).toBeDisabled();
  await expectNoAxeViolations(page);

  // The same from the facilitator's window, on an answer the group decided.
  await page.keyboard.press("3");
  const facilitator = await context.newPage();
  await facilitator.goto(`./#/a/${id}/facilitate`);
  await expect(facilitator.getByText("Group answer: Complex (the group decided)")).toBeVisible();
  for (let i = 0; i < 2; i++) {
    await button(facilitator, "Complex").click();
    await expect(button(facilitator, "Complex")).toHaveAttribute("aria-pressed", "true");
    await expect(decision).toHaveText("Group answer: Complex (the group decided)");
  }
  await clear(facilitator).click();
  await expect(facilitator.getByText("No group answer yet.")).toBeVisible();
  await expect(decision).toHaveText("No group answer yet.");
  await expectNoAxeViolations(facilitator);
  await facilitator.close();
});

test("Escape never puts the library on the projector: leaving asks first, then shows only this workshop", async ({ page }) => {
  // Other assessments on this device that the room must never see.
  await importFiles(
    page,
    exportFile([
      assessmentOf("secret1", "Redundancy consultation", "quick", { 1: "complex" }),
      assessmentOf("secret2", "Other trust's pilot", "quick", { 2: "simple" }),
    ], "private.json"),
  );
  const id = await startWorkshop(page, "Room workshop");
  const room = page.locator("body");
  const ask = page.getByRole("dialog", { name: "Leave the workshop screen?" });

  // Escape pressed twice, as in the issue: the first asks, the second stays.
  await page.keyboard.press("Escape");
  await expect(ask).toBeVisible();
  await expect(ask).toContainText('The projector will show only "Workshop paused", never your other assessments.');
  await expect(ask.getByRole("button", { name: "Leave", exact: true })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(ask).toBeHidden();
  await expectPresenting(page, "1");
  await expect(room).not.toContainText("Redundancy consultation");

  // The Leave button asks as well; Stay stays.
  await page.getByRole("button", { name: "Leave", exact: true }).click();
  await expect(ask).toBeVisible();
  await ask.getByRole("button", { name: "Stay" }).click();
  await expectPresenting(page, "1");

  // Enter leaves: to a paused screen of this workshop alone, in the projector's own theme.
  await page.keyboard.press("Escape");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`#/a/${id}/paused/1$`));
  await expect(page.getByRole("heading", { level: 1, name: "Workshop paused" })).toBeVisible();
  await expect(page.getByText("Workshop: Room workshop")).toBeVisible();
  await expect(page.getByRole("banner")).toHaveCount(0);
  await expect(room).not.toContainText("Redundancy consultation");
  await expect(room).not.toContainText("Other trust's pilot");
  await expect(page.getByRole("heading", { name: "Your assessments" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  // More Escapes do nothing here.
  await press(page, "Escape", 2);
  await expect(page.getByRole("heading", { level: 1, name: "Workshop paused" })).toBeVisible();

  // Back to the workshop where it was.
  await tabTo(page, page.getByRole("link", { name: "Back to the workshop" }));
  await page.keyboard.press("Enter");
  await expectPresenting(page, "1");

  // From the results too: paused, and back to the results.
  await page.goto(`./#/a/${id}/present/reveal`);
  await expect(page.getByRole("heading", { name: "Most disputed" })).toBeVisible();
  // One press at a time, each waited for as a person would see it: on a busy machine two
  // presses sent at once can arrive before the page has drawn the question between them.
  await page.keyboard.press("Escape");
  await expect(ask).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/present\/reveal$/);
  await expect(ask).toBeHidden();
  await page.keyboard.press("Escape");
  await expect(ask).toBeVisible();
  await ask.getByRole("button", { name: "Leave", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/a/${id}/paused/reveal$`));
  await expect(room).not.toContainText("Redundancy consultation");
  await page.getByRole("link", { name: "Back to the workshop" }).click();
  await expect(page).toHaveURL(/\/present\/reveal$/);
});

test("the facilitator's window fits 1280×800 on every question, and offers the projector window only while none is open", async ({ page, context }) => {
  const id = await startWorkshop(page, "Laptop workshop", "Full assessment");
  const facilitator = await context.newPage();
  await facilitator.setViewportSize({ width: 1280, height: 800 });
  await facilitator.goto(`./#/a/${id}/facilitate`);
  await expect(facilitator.getByRole("heading", { level: 1, name: "Facilitating: Laptop workshop" })).toBeVisible();
  await expect(facilitator.getByText("Question 1 of 23")).toBeVisible();
  // The projector is open: no button to open another.
  const openProjector = facilitator.getByRole("button", { name: "Open the projector window" });
  await expect(openProjector).toHaveCount(0);

  // Everything for a question shows at once, with no scrolling, on each of the 23.
  const needed = [
    facilitator.getByRole("heading", { level: 2 }),
    facilitator.getByRole("button", { name: "Add a vote for Simple" }),
    facilitator.getByRole("button", { name: "Add a vote for I don't know" }),
    facilitator.getByRole("button", { name: "Group answer: I don't know" }),
    facilitator.getByRole("textbox", { name: "Discussion note" }),
    facilitator.getByRole("button", { name: "Start timer" }),
    facilitator.getByRole("combobox", { name: "Time box" }),
    facilitator.getByRole("button", { name: "Previous question" }),
    facilitator.getByRole("button", { name: /^(Next question|Show the results)$/ }),
  ];
  for (const [i, q] of FULL.questions.entries()) {
    await expect(facilitator.getByText(`Question ${i + 1} of 23`)).toBeVisible();
    await expect(facilitator.getByRole("heading", { level: 2, name: q.text })).toBeVisible();
    const scroll = await facilitator.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(scroll, `question ${q.code} scrolls by ${scroll}px`).toBeLessThanOrEqual(0);
    for (const control of needed) {
      await expect(control).toBeInViewport({ ratio: 1 });
    }
    if (i === 3) await expectNoAxeViolations(facilitator);
    if (i < FULL.questions.length - 1) await facilitator.getByRole("button", { name: "Next question" }).click();
  }
  await expectPresenting(page, FULL.questions.at(-1).code, FULL);

  // The projector window closes: the facilitator can open it again, and then cannot.
  await page.close();
  await expect(openProjector).toBeVisible();
  const popup = facilitator.waitForEvent("popup");
  await openProjector.click();
  const projector = await popup;
  await expect(projector).toHaveURL(new RegExp(`/present/${FULL.questions.at(-1).code}$`));
  await expect(openProjector).toHaveCount(0);

  // Escape in the facilitator's window asks too; this window is the facilitator's own, so
  // leaving goes to the assessments, and the projector gets its controls back.
  await facilitator.keyboard.press("Escape");
  const ask = facilitator.getByRole("dialog", { name: "Leave the workshop screen?" });
  await expect(ask).toContainText("This window goes to your assessments.");
  await expectNoAxeViolations(facilitator);
  await facilitator.keyboard.press("Escape");
  await expect(ask).toBeHidden();
  await expect(facilitator.getByText("Question 23 of 23")).toBeVisible();
  await facilitator.keyboard.press("Escape");
  await facilitator.keyboard.press("Enter");
  await expect(facilitator.getByRole("heading", { level: 1, name: "Your assessments" })).toBeVisible();
  await expect(projector.getByRole("button", { name: "Show the results" })).toBeVisible();
  await projector.close();
});

// The reveal the issue saw: question 4 most disputed, named by its code beside a list number.
//   Q1 simple (simple 3, complicated 1)        Q4 complex (simple 2, complex 3): sd 0.98
//   Q2 complex (complicated 2, complex 2): 0.5 Q5 undecided (complicated 2, complex 2): 0.5
//   Q3 complicated, no votes                   Q6 undecided (simple 1, don't know 1)
//   Q7 complicated (one vote for each option): sd 0.82
// Most disputed: Q4, Q7, then Q2 (ties with Q5 on both measures; Q2 comes first).
const T = 1764000000000;
const vote = (answer, tally, i) => ({ ...(answer ? { answer } : {}), tally, updated_at: T + i + 1 });
const DISPUTED_RUN = {
  ...assessmentOf("revealrun", "Ward reveal", "quick", {}),
  responses: {
    1: vote("simple", { simple: 3, complicated: 1 }, 1),
    2: vote("complex", { complicated: 2, complex: 2 }, 2),
    3: vote("complicated", {}, 3),
    4: vote("complex", { simple: 2, complex: 3 }, 4),
    5: vote(null, { complicated: 2, complex: 2 }, 5),
    6: vote(null, { simple: 1, dont_know: 1 }, 6),
    7: vote("complicated", { simple: 1, complicated: 1, complex: 1, dont_know: 1 }, 7),
  },
};

test("the reveal names questions apart from list numbers, and the room reads every vote at 2.6% of the screen's height or more and every control at 24px or more", async ({ page, context }) => {
  await importFiles(page, exportFile([DISPUTED_RUN], "reveal.json"));
  for (const [width, height] of [[1280, 720], [1920, 1080]]) {
    await page.setViewportSize({ width, height });
    await page.goto("./#/a/revealrun/present/reveal");
    const disputed = page.getByRole("region", { name: "Most disputed" });
    const items = disputed.getByRole("listitem");
    await expect(items).toHaveCount(3);
    // Named in words, in a list with no numbers of its own to collide with the code.
    await expect(items.nth(0).locator(".disputed__name")).toHaveText("Question 4: What people must change");
    await expect(items.nth(1).locator(".disputed__name")).toHaveText("Question 7: Adapting over time");
    await expect(items.nth(2).locator(".disputed__name")).toHaveText("Question 2: The technology overall");
    expect(await disputed.getByRole("list").evaluate((l) => getComputedStyle(l).listStyleType)).toBe("none");
    await expect(items.nth(0)).toContainText("Votes: Simple 2, Complex 3");
    await expect(items.nth(0)).toContainText("Group answer: Complex (most votes)");
    await expect(items.nth(2)).toContainText("Group answer: Complex (the group decided)");
    await expect(items.nth(1)).toContainText("Votes: Simple 1, Complicated 1, Complex 1, I don't know 1");
    const undecided = page.getByRole("region", { name: "Still undecided" });
    await expect(undecided.getByRole("button")).toHaveText(["Question 5", "Question 6"]);

    // Every vote breakdown is at least 2.6% of the screen's height (19px at 720p, 28px at
    // 1080p: the same size on the wall), and every control the room can see at least 24px.
    const breakdowns = disputed.getByText(/^Votes: /);
    await expect(breakdowns).toHaveCount(3);
    for (const size of await breakdowns.evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)))) {
      expect(size, `vote breakdown at ${width}×${height}`).toBeGreaterThanOrEqual((2.6 * height) / 100);
    }
    const controls = page.getByRole("main").locator("button:visible, a:visible");
    const sizes = await controls.evaluateAll((els) => els.map((e) => [e.textContent.trim(), parseFloat(getComputedStyle(e).fontSize)]));
    expect(sizes.length).toBeGreaterThanOrEqual(7 + 5 + 2);
    for (const [name, size] of sizes) expect(size, `"${name}" at ${width}×${height}`).toBeGreaterThanOrEqual(24);

    // It all fits the projector, with nothing cut off.
    const overflow = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    expect(overflow, `the reveal scrolls by ${overflow}px at ${width}×${height}`).toBeLessThanOrEqual(0);
    await expect(page.getByRole("button", { name: "Leave" })).toBeInViewport({ ratio: 1 });
    await expect(items.nth(2)).toBeInViewport({ ratio: 1 });
    await expectNoAxeViolations(page);
  }

  // With the facilitator's window open, the projector lists the undecided questions without
  // buttons, and the facilitator's window has the way back to each.
  const facilitator = await context.newPage();
  await facilitator.goto("./#/a/revealrun/facilitate");
  await expect(page.getByRole("button", { name: "Leave" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Still undecided" })).toContainText("Question 5");
  await expect(page.getByRole("region", { name: "Still undecided" }).getByRole("button")).toHaveCount(0);
  await expect(facilitator.getByRole("heading", { name: "The room is looking at the results" })).toBeVisible();
  const back = facilitator.getByRole("button", { name: "Back to Question 6: The world outside" });
  await expect(back).toHaveText("Question 6: The world outside");
  await back.click();
  await expect(page).toHaveURL(/\/present\/6$/);
  await expect(facilitator.getByText("Question 6 of 7")).toBeVisible();
  await facilitator.close();
});
