// Two tabs acting at one agreed moment (issue 23): every change either tab shows under
// "Saved on this device" is in storage, and still there after a reload.
//
// Each page schedules its own click (or keystroke) inside the page, for the same Date.now():
// Playwright actions under Promise.all drift apart by milliseconds, and then nothing is ever
// lost. Each case runs REPEATS times in one test.
import { test, expect } from "./fixtures.mjs";
import { startAssessment } from "./helpers.mjs";

const REPEATS = 20;
const LEVELS = ["Simple", "Complicated", "Complex"];
const IDS = { Simple: "simple", Complicated: "complicated", Complex: "complex" };

/** A moment far enough ahead for both pages to be told it. */
const agreedMoment = () => Date.now() + 400;

/**
 * At `at` (Date.now() in the page), clicks the element, or, with `value`, types it into the
 * element as one input event. Returns once it is scheduled.
 */
async function actAt(page, locator, at, value) {
  const element = await locator.elementHandle();
  await page.evaluate(
    ([el, at, value]) => {
      setTimeout(() => {
        if (value === null) {
          el.click();
        } else {
          el.value = value;
          el.dispatchEvent(new Event("input", { bubbles: true }));
        }
      }, Math.max(0, at - Date.now()));
    },
    [element, at, value ?? null],
  );
}

const saved = (page) => page.getByRole("status").filter({ hasText: "Saved on this device" });

/** Two tabs on one new quick-check assessment, and a third that only reads storage. */
async function threeTabs(page, context, title) {
  const id = await startAssessment(page, { title, depth: "Quick check" });
  const other = await context.newPage();
  return { id, a: page, b: other, reader: await storageReader(context) };
}

/**
 * A page of the app's origin that is not the app (a missing file): it only reads storage,
 * and reloads in a moment.
 */
async function storageReader(context) {
  const reader = await context.newPage();
  await reader.goto("./storage-reader-not-the-app.txt");
  return reader;
}

/**
 * What is stored for the assessment, read afresh: the reader reloads, so nothing it held
 * from before is read.
 */
async function stored(reader, id) {
  await reader.reload();
  const text = await reader.evaluate((key) => localStorage.getItem(key), `nasss-navigator/assessment/${id}`);
  return JSON.parse(text).assessments[0];
}

/** Waits until storage holds `check`, and fails with what it holds if it never does. */
async function expectStored(reader, id, check, what) {
  await expect
    .poll(async () => check(await stored(reader, id)), { message: what, timeout: 5_000 })
    .toBe(true);
}

/** Without `navigator.locks`: the fallback, read back and merge again. */
async function withoutLocks(context) {
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "locks", { get: () => undefined, configurable: true });
  });
}

for (const locks of [true, false]) {
  const where = locks ? "" : " (no navigator.locks)";

  test(`answers to different questions at the same moment are both stored${where}`, async ({ page, context }) => {
    test.setTimeout(180_000);
    if (!locks) await withoutLocks(context);
    const { id, a, b, reader } = await threeTabs(page, context, "Answer race");
    await a.goto(`./#/a/${id}/q/1`);
    await b.goto(`./#/a/${id}/q/2`);
    for (let i = 0; i < REPEATS; i++) {
      const [la, lb] = [LEVELS[i % 3], LEVELS[(i + 1) % 3]];
      const at = agreedMoment();
      await actAt(a, a.getByRole("radio", { name: la, exact: true }), at);
      await actAt(b, b.getByRole("radio", { name: lb, exact: true }), at);
      await expect(a.getByRole("radio", { name: la, exact: true })).toBeChecked();
      await expect(b.getByRole("radio", { name: lb, exact: true })).toBeChecked();
      await expect(saved(a)).toBeVisible();
      await expect(saved(b)).toBeVisible();
      await expectStored(
        reader,
        id,
        (s) => s.responses["1"]?.answer === IDS[la] && s.responses["2"]?.answer === IDS[lb],
        `run ${i + 1}: both answers stored`,
      );
    }
    // Still there after a reload, on both tabs.
    for (const [p, code, level] of [[a, 1, LEVELS[(REPEATS - 1) % 3]], [b, 2, LEVELS[REPEATS % 3]]]) {
      await p.reload();
      await expect(p).toHaveURL(new RegExp(`/q/${code}$`));
      await expect(p.getByRole("radio", { name: level, exact: true })).toBeChecked();
    }
  });
}

test("notes typed in two tabs at the same moment are both stored", async ({ page, context }) => {
  test.setTimeout(180_000);
  const { id, a, b, reader } = await threeTabs(page, context, "Note race");
  await a.goto(`./#/a/${id}/q/1`);
  await b.goto(`./#/a/${id}/q/2`);
  const note = (p) => p.getByRole("textbox", { name: "Notes (optional)" });
  for (let i = 0; i < REPEATS; i++) {
    const at = agreedMoment();
    await actAt(a, note(a), at, `Note from tab A, run ${i}`);
    await actAt(b, note(b), at, `Note from tab B, run ${i}`);
    await expect(note(a)).toHaveValue(`Note from tab A, run ${i}`);
    await expect(note(b)).toHaveValue(`Note from tab B, run ${i}`);
    await expect(saved(a)).toBeVisible();
    await expect(saved(b)).toBeVisible();
    await expectStored(
      reader,
      id,
      (s) => s.responses["1"]?.note === `Note from tab A, run ${i}` && s.responses["2"]?.note === `Note from tab B, run ${i}`,
      `run ${i + 1}: both notes stored`,
    );
  }
  await a.reload();
  await expect(note(a)).toHaveValue(`Note from tab A, run ${REPEATS - 1}`);
});

/** Rates question 1 complex, so the plan offers an action for it, and opens the plan. */
async function planFor(p, id) {
  await p.goto(`./#/a/${id}/plan`);
  await p.locator("summary", { hasText: "Add an action" }).first().click();
}

const whatBox = (p) => p.getByRole("textbox", { name: "What will you do?" });
const addButton = (p) => p.getByRole("button", { name: "Add action for question 1" });

test("actions added in two tabs at the same moment are both stored", async ({ page, context }) => {
  test.setTimeout(180_000);
  const { id, a, b, reader } = await threeTabs(page, context, "Action race");
  await a.getByRole("radio", { name: "Complex", exact: true }).check();
  await expect(saved(a)).toBeVisible();
  await planFor(a, id);
  await planFor(b, id);
  const added = [];
  for (let i = 0; i < REPEATS; i++) {
    const [wa, wb] = [`Tab A action ${i}`, `Tab B action ${i}`];
    await whatBox(a).fill(wa);
    await whatBox(b).fill(wb);
    const at = agreedMoment();
    await actAt(a, addButton(a), at);
    await actAt(b, addButton(b), at);
    await expect(a.getByText(wa, { exact: true })).toBeVisible();
    await expect(b.getByText(wb, { exact: true })).toBeVisible();
    await expect(saved(a)).toBeVisible();
    await expect(saved(b)).toBeVisible();
    added.push(wa, wb);
    await expectStored(
      reader,
      id,
      (s) => added.every((w) => (s.actions ?? []).some((x) => x.what === w)),
      `run ${i + 1}: every action stored`,
    );
  }
  // Both tabs list every action, once, and so does a reloaded tab.
  await b.reload();
  for (const p of [a, b]) {
    for (const w of added) await expect(p.getByText(w, { exact: true })).toHaveCount(1);
  }
});

test("a rename in one tab beside an action added in the other keeps both", async ({ page, context }) => {
  test.setTimeout(180_000);
  const { id, a, b, reader } = await threeTabs(page, context, "Rename race");
  await a.getByRole("radio", { name: "Complex", exact: true }).check();
  await expect(saved(a)).toBeVisible();
  await planFor(b, id);
  const added = [];
  for (let i = 0; i < REPEATS; i++) {
    const [title, what] = [`Renamed project ${i}`, `Action beside rename ${i}`];
    await a.goto(`./#/a/${id}/name`);
    await a.getByRole("textbox", { name: "What is your project called?" }).fill(title);
    await whatBox(b).fill(what);
    const at = agreedMoment();
    await actAt(a, a.getByRole("button", { name: "Save name" }), at);
    await actAt(b, addButton(b), at);
    await expect(a.getByRole("heading", { name: title })).toBeVisible();
    await expect(b.getByText(what, { exact: true })).toBeVisible();
    await expect(saved(a)).toBeVisible();
    await expect(saved(b)).toBeVisible();
    added.push(what);
    await expectStored(
      reader,
      id,
      (s) => s.title === title && added.every((w) => (s.actions ?? []).some((x) => x.what === w)),
      `run ${i + 1}: the new name and every action stored`,
    );
  }
  await a.reload();
  await expect(a.getByRole("heading", { name: `Renamed project ${REPEATS - 1}` })).toBeVisible();
});

test("votes from the projector and the facilitator's window at the same instant all count, undos too", async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto("./#/workshop");
  await page.getByRole("textbox", { name: "Name of the workshop (optional)" }).fill("Vote race");
  await page.getByRole("radio", { name: "Quick check" }).check();
  await page.getByRole("button", { name: "Start the workshop" }).click();
  await expect(page).toHaveURL(/\/present\/1$/);
  const id = page.url().match(/#\/a\/([a-z0-9]+)\//)[1];
  const facilitator = await context.newPage();
  await facilitator.goto(`./#/a/${id}/facilitate`);
  await expect(facilitator.getByText("Question 1 of 7")).toBeVisible();
  // With the facilitator's window open, the projector's buttons go: it votes by key.
  await expect(page.getByRole("button", { name: /^Add a vote/ })).toHaveCount(0);
  const reader = await storageReader(context);
  const expected = { simple: 0, complex: 0 };
  for (let i = 0; i < REPEATS; i++) {
    // Every fourth run the facilitator takes a vote back while the projector adds one.
    const undo = i % 4 === 3;
    const at = agreedMoment();
    await page.evaluate((at) => {
      setTimeout(() => {
        window.dispatchEvent(new KeyboardEvent("keydown", { key: "#", code: "Digit3", shiftKey: true, bubbles: true }));
      }, Math.max(0, at - Date.now()));
    }, at);
    const button = undo ? "Remove a vote for Simple" : "Add a vote for Simple";
    await actAt(facilitator, facilitator.getByRole("button", { name: button }), at);
    expected.complex += 1;
    expected.simple += undo ? -1 : 1;
    const summary = (s) => `${s.simple} votes for Simple|${s.complex} votes for Complex`;
    await expect(facilitator.locator(".vote-counter__count").filter({ hasText: new RegExp(`^${expected.simple} votes for Simple$`) })).toHaveCount(1);
    await expect(facilitator.locator(".vote-counter__count").filter({ hasText: new RegExp(`^${expected.complex} votes for Complex$`) })).toHaveCount(1);
    await expect(card(page, "Complex")).toContainText(`${expected.complex} vote`);
    await expectStored(
      reader,
      id,
      (s) => {
        const tally = s.responses["1"]?.tally ?? {};
        return summary({ simple: tally.simple ?? 0, complex: tally.complex ?? 0 }) === summary(expected);
      },
      `run ${i + 1}: ${summary(expected)} stored`,
    );
  }
  await facilitator.reload();
  await expect(facilitator.getByText(`${expected.simple + expected.complex} votes.`, { exact: false })).toBeVisible();
});

/** The option card for an answer on the projector view. */
const card = (page, label) => page.getByRole("listitem").filter({ has: page.getByText(label, { exact: true }) });
