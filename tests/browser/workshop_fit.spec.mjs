// Issue 25, "Fit" and "A plan for the time there is": every workshop screen fits a 1280×720
// projector with each shipped bank's longest question, the keys table reflows on a phone,
// and the set-up proposes a plan for the workshop's length that the timer then follows.
import { readFileSync } from "node:fs";
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";

const bankFile = (name) => JSON.parse(readFileSync(new URL(`../../questions/${name}.json`, import.meta.url), "utf8"));
const BANKS = [
  { radio: "Quick check", bank: bankFile("quick") },
  { radio: "Full assessment", bank: bankFile("full") },
];
/** The question whose words (question, hint and descriptions) take the most room. */
const longest = (bank) =>
  bank.questions.reduce((a, b) => (wordsOf(b) > wordsOf(a) ? b : a));
const wordsOf = (q) => q.text.length * 3 + q.hint.length + Object.values(q.descriptors).join("").length;

/** Sets up a workshop; returns its id once the projector shows the first question. */
async function startWorkshop(page, radio, { name = "Fit workshop", minutes = "" } = {}) {
  await page.goto("./#/workshop");
  await page.getByRole("textbox", { name: "Name of the workshop (optional)" }).fill(name);
  await page.getByRole("radio", { name: radio }).check();
  if (minutes) await page.getByRole("textbox", { name: "How long is the workshop, in minutes? (optional)" }).fill(minutes);
  await page.getByRole("button", { name: "Start the workshop" }).click();
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
  return page.url().match(/#\/a\/([a-z0-9]+)\//)[1];
}

/** How far the page scrolls down past the window (0 or less: it fits). */
const verticalOverflow = (page) =>
  page.evaluate(() => document.scrollingElement.scrollHeight - window.innerHeight);

for (const { radio, bank } of BANKS) {
  test(`the projector and the facilitator's window fit 1280×720 on every question of the ${radio}`, async ({ page, context }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    // With a plan, so the projector's timer reads against it ("0:00 of 4 min planned").
    const id = await startWorkshop(page, radio, { minutes: radio === "Quick check" ? "45" : "120" });
    const long = longest(bank);

    // The projector alone (a facilitator with one screen): the question, its answers and
    // every control.
    for (const q of bank.questions) {
      await page.goto(`./#/a/${id}/present/${q.code}`);
      await expect(page.getByRole("heading", { level: 1, name: q.text })).toBeVisible();
      const overflow = await verticalOverflow(page);
      expect(overflow, `question ${q.code} on the projector scrolls by ${overflow}px`).toBeLessThanOrEqual(0);
      await expect(page.getByRole("button", { name: "Leave" })).toBeInViewport({ ratio: 1 });
    }
    // The longest question at its fullest: a four-way tie explained in words, the group's own
    // answer, and the timer paused against the plan, on a 720p and a 1080p projector.
    await page.goto(`./#/a/${id}/present/${long.code}`);
    await expect(page.getByRole("heading", { level: 1, name: long.text })).toBeVisible();
    for (const key of ["Shift+Digit1", "Shift+Digit2", "Shift+Digit3", "Shift+KeyD"]) await page.keyboard.press(key);
    await expect(page.getByText(/^4 votes\. Tied between Simple, Complicated, Complex and I don't know/)).toBeVisible();
    await page.keyboard.press("Digit3");
    await expect(page.getByText("Group answer: Complex (the group decided)")).toBeVisible();
    await page.getByRole("button", { name: "Start timer" }).click();
    await page.getByRole("button", { name: "Pause timer" }).click();
    await expect(page.getByText(/^0:0\d of 4 min planned \(paused\)$/)).toBeVisible();
    for (const [width, height] of [[1280, 720], [1920, 1080]]) {
      await page.setViewportSize({ width, height });
      await expect(async () => {
        const overflow = await verticalOverflow(page);
        expect(overflow, `question ${long.code} with votes and the timer at ${width}×${height} scrolls by ${overflow}px`).toBeLessThanOrEqual(0);
      }).toPass();
      await expect(page.getByRole("button", { name: "Leave" })).toBeInViewport({ ratio: 1 });
      await expect(page.getByRole("button", { name: "Clear the group answer" })).toBeInViewport({ ratio: 1 });
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    await expectNoAxeViolations(page);

    // The keys, over the projector: all in the window, with Close.
    await page.keyboard.press("?");
    const keys = page.getByRole("dialog", { name: "Keys for the workshop" });
    await expect(keys).toBeVisible();
    await expect(keys.getByRole("button", { name: "Close" })).toBeInViewport({ ratio: 1 });
    await keys.getByRole("button", { name: "Close" }).click();

    // The facilitator's window on a 720p laptop: every question, at its fullest (a four-way
    // tie explained in words, the group's own answer, the time against the plan), no scrolling.
    await page.goto(`./#/a/${id}/present/${bank.questions[0].code}`);
    await expect(page.getByRole("heading", { level: 1, name: bank.questions[0].text })).toBeVisible();
    const facilitator = await context.newPage();
    await facilitator.setViewportSize({ width: 1280, height: 720 });
    await facilitator.goto(`./#/a/${id}/facilitate`);
    for (const [i, q] of bank.questions.entries()) {
      await expect(facilitator.getByText(`Question ${i + 1} of ${bank.questions.length}`)).toBeVisible();
      await expect(facilitator.getByRole("heading", { level: 2, name: q.text })).toBeVisible();
      for (const key of ["Shift+Digit1", "Shift+Digit2", "Shift+Digit3", "Shift+KeyD"]) await facilitator.keyboard.press(key);
      await expect(facilitator.getByText(/^\d votes\. Tied between/)).toBeVisible();
      await facilitator.keyboard.press("Digit3");
      await expect(facilitator.getByText("Group answer: Complex (the group decided)")).toBeVisible();
      await expect(facilitator.getByRole("group", { name: "Timer" })).toContainText(/0:0\d of 4 min planned/);
      const overflow = await verticalOverflow(facilitator);
      expect(overflow, `question ${q.code} in the facilitator's window scrolls by ${overflow}px`).toBeLessThanOrEqual(0);
      await expect(facilitator.getByRole("combobox", { name: "Time box" })).toBeInViewport({ ratio: 1 });
      if (i < bank.questions.length - 1) await facilitator.getByRole("button", { name: "Next question" }).click();
    }
    await expectNoAxeViolations(facilitator);

    // With the facilitator's window open the projector shows only the question: it fits too.
    await page.goto(`./#/a/${id}/present/${long.code}`);
    await expect(page.getByRole("heading", { level: 1, name: long.text })).toBeVisible();
    await expect(page.getByRole("button", { name: "Leave" })).toHaveCount(0);
    expect(await verticalOverflow(page)).toBeLessThanOrEqual(0);
    await facilitator.close();

    // The reveal, every domain named in full beside its bar, at 720p and 1080p (a busy
    // workshop's reveal is in the next test), and the paused screen.
    await page.goto(`./#/a/${id}/present/reveal`);
    await expect(page.getByRole("button", { name: "Leave" })).toBeVisible();
    await expect(page.getByRole("button", { name: "7. Embedding and adaptation over time" })).toBeVisible();
    // No level cut off in its bar (a squeezed bar once read "Cor" for Complex).
    const clipped = await page.locator(".reveal-bar").evaluateAll((bars) => bars.filter((b) => b.scrollWidth > b.clientWidth).map((b) => b.textContent));
    expect(clipped).toEqual([]);
    // Each domain's name reads in at most two lines (squeezed by the count beside it, the
    // full set's once took four: "7. / Embedding / and / adaptation...").
    const nameLines = await page.locator(".reveal-domain__name").evaluateAll((names) =>
      names.map((n) => Math.round(n.getBoundingClientRect().height / parseFloat(getComputedStyle(n).lineHeight))));
    expect(nameLines).toHaveLength(7);
    for (const lines of nameLines) expect(lines, `a domain name at 720p takes ${lines} lines`).toBeLessThanOrEqual(2);
    expect(await verticalOverflow(page), "the reveal at 720p").toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect(async () => expect(await verticalOverflow(page), "the reveal at 1080p").toBeLessThanOrEqual(0)).toPass();
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`./#/a/${id}/paused/${long.code}`);
    await expect(page.getByRole("link", { name: "Back to the workshop" })).toBeVisible();
    expect(await verticalOverflow(page), "the paused screen").toBeLessThanOrEqual(0);
  });
}

// The group's answers in each domain, in turn: complex, complicated, I don't know, simple,
// complex again, so every domain's count line names every level it can and is at its longest.
const GROUP_KEYS = [["3", "Complex"], ["2", "Complicated"], ["d", "I don't know"], ["1", "Simple"], ["3", "Complex"]];
/** The count line a domain of `n` questions answered in GROUP_KEYS' order shows. */
const longestCount = (n) =>
  [`${n >= 5 ? 2 : 1} of ${n} aspects complex`, n >= 2 && "1 complicated", n >= 4 && "1 simple", n >= 3 && "1 don't know"]
    .filter(Boolean)
    .join(", ");

for (const { radio, bank } of BANKS) {
  test(`the reveal of a busy ${radio} workshop fits 1280×720 and 1920×1080: people's own answers, votes, every count line at its longest, a judgement`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const id = await startWorkshop(page, radio, { name: "Virtual ward: team workshop" });
    const total = bank.questions.length;

    // Four people's own answers, each a different mix, typed in from their paper forms.
    await page.goto(`./#/a/${id}/paper`);
    const name = page.getByRole("textbox", { name: "Name on the form (optional)" });
    for (const [p, who] of ["Sam Okafor", "Priya Shah", "", "Lee Chan"].entries()) {
      await name.fill(who);
      await name.press("Enter");
      for (const i of bank.questions.keys()) await page.keyboard.press(["1", "2", "3", "D"][(i + p) % 4]);
      await page.keyboard.press("Enter");
      await expect(page.getByText(`Saved the form from ${who || "Person 1"}: ${total} of ${total} questions answered.`)).toBeVisible();
    }

    // The room's votes, over every level and "I don't know", then the group's answer.
    await page.goto(`./#/a/${id}/present/${bank.questions[0].code}`);
    const answered = {};
    for (const [i, q] of bank.questions.entries()) {
      await expect(page.getByText(`Question ${i + 1} of ${total}`)).toBeVisible();
      for (const key of ["Shift+Digit1", "Shift+Digit2", "Shift+Digit3", "Shift+KeyD"].slice(0, 2 + (i % 3))) await page.keyboard.press(key);
      const [key, label] = GROUP_KEYS[(answered[q.domain] = (answered[q.domain] ?? -1) + 1)];
      await page.keyboard.press(key);
      await expect(page.getByText(`Group answer: ${label} (`)).toBeVisible();
      await page.keyboard.press("ArrowRight");
    }
    await expect(page).toHaveURL(/\/present\/reveal$/);
    const rows = page.getByRole("region", { name: "Each domain" }).getByRole("listitem");
    await expect(rows).toHaveCount(7);
    for (const [domain, n] of Object.entries(answered)) {
      if (n > 0) await expect(rows.nth(domain - 1)).toContainText(longestCount(n + 1));
    }

    /** The reveal fits 720p and 1080p projectors, with every domain and the controls in the window. */
    const fits = async (what) => {
      for (const [width, height] of [[1280, 720], [1920, 1080]]) {
        await page.setViewportSize({ width, height });
        await expect(async () => {
          const overflow = await verticalOverflow(page);
          expect(overflow, `the ${radio}'s busy reveal ${what} at ${width}×${height} scrolls by ${overflow}px`).toBeLessThanOrEqual(0);
        }).toPass({ timeout: 5_000 });
        await expect(page.getByRole("button", { name: "Leave" })).toBeInViewport({ ratio: 1 });
        await expect(rows.nth(6)).toBeInViewport({ ratio: 1 });
        // No level cut off in its bar (a squeezed bar once read "Cor" for Complex).
        const clipped = await page.locator(".reveal-bar").evaluateAll((bars) => bars.filter((b) => b.scrollWidth > b.clientWidth).map((b) => b.textContent));
        expect(clipped).toEqual([]);
      }
      await page.setViewportSize({ width: 1280, height: 720 });
    };
    await expect(page.getByRole("region", { name: "Most disputed" })).toContainText("Own answers: Sam Okafor: ");
    await fits("with the longest count lines");

    // The group judges the sixth domain complicated, by keys (up from nowhere is the last
    // domain): its buttons are in the window while it is chosen. Its bar then names the
    // level alone, as long as a complicated bar is, and the judgement is said under it.
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    const sixth = rows.nth(5);
    await expect(sixth).toHaveAttribute("aria-current", "true");
    const buttons = page.getByRole("group", { name: /^Group's judgement of 6\. / });
    for (const button of await buttons.getByRole("button").all()) await expect(button).toBeInViewport({ ratio: 1 });
    await page.keyboard.press("2");
    await expect(buttons.getByRole("button", { name: "Complicated" })).toHaveAttribute("aria-pressed", "true");
    await expect(sixth.locator(".reveal-bar")).toHaveText("Complicated");
    await expect(sixth).toContainText("Group's judgement (answers suggest complex)");

    // Shown again with no domain chosen, as the room sees it.
    await page.reload();
    await expect(page.getByRole("heading", { name: "Most disputed" })).toBeVisible();
    await fits("with a judgement");
    // The bars' lengths compare: the judged complicated bar is about two thirds of a complex
    // one, as any complicated bar is (the word "Complicated" sets a floor of about three
    // quarters); written in the bar, the judgement once stretched it to the full width.
    for (const [width, height] of [[1280, 720], [1920, 1080]]) {
      await page.setViewportSize({ width, height });
      await expect(rows.nth(6).locator(".reveal-bar")).toHaveText("Complex");
      const width6 = await sixth.locator(".reveal-bar").evaluate((b) => b.getBoundingClientRect().width);
      const width7 = await rows.nth(6).locator(".reveal-bar").evaluate((b) => b.getBoundingClientRect().width);
      expect(width6 / width7, `a complicated bar against a complex one at ${width}×${height}`).toBeGreaterThan(0.6);
      expect(width6 / width7, `a complicated bar against a complex one at ${width}×${height}`).toBeLessThan(0.8);
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    await expectNoAxeViolations(page);
    // On a phone the bars sit under the names, whole, with no sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(async () => {
      const sideways = await page.evaluate(() => document.scrollingElement.scrollWidth - document.documentElement.clientWidth);
      expect(sideways, "the reveal on a phone scrolls sideways").toBeLessThanOrEqual(0);
    }).toPass();
    const clipped = await page.locator(".reveal-bar").evaluateAll((bars) => bars.filter((b) => b.scrollWidth > b.clientWidth).map((b) => b.textContent));
    expect(clipped).toEqual([]);
  });
}

test("the keys table reflows at 320 and 390 px wide, on the set-up page and over the projector", async ({ page }) => {
  const id = await startWorkshop(page, "Quick check");
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 844 });
    await page.goto("./#/workshop");
    const table = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Key" }) });
    await expect(table).toBeVisible();
    const pageOverflow = await page.evaluate(() => document.scrollingElement.scrollWidth - document.documentElement.clientWidth);
    expect(pageOverflow, `the set-up page at ${width}px`).toBeLessThanOrEqual(0);
    const tableOverflow = await table.evaluate((t) => t.scrollWidth - t.parentElement.clientWidth);
    expect(tableOverflow, `the keys table at ${width}px`).toBeLessThanOrEqual(0);
    if (width === 390) await expectNoAxeViolations(page);

    await page.goto(`./#/a/${id}/present/1`);
    await page.getByRole("button", { name: "Keys" }).click();
    const dialog = page.getByRole("dialog", { name: "Keys for the workshop" });
    await expect(dialog).toBeVisible();
    const inDialog = await dialog.evaluate((d) => {
      const t = d.querySelector("table");
      return { table: t.getBoundingClientRect().right, dialog: d.clientWidth, scroll: d.scrollWidth - d.clientWidth, window: window.innerWidth };
    });
    expect(inDialog.scroll, `the keys dialog at ${width}px`).toBeLessThanOrEqual(0);
    expect(inDialog.table, `the keys table in the dialog at ${width}px`).toBeLessThanOrEqual(inDialog.window);
    await dialog.getByRole("button", { name: "Close" }).click();
  }
});

test("the set-up plans the time: the full set in 90 minutes does not fit, and the timer shows time against the plan", async ({ page, context }) => {
  await page.goto("./#/workshop");
  const length = page.getByRole("textbox", { name: "How long is the workshop, in minutes? (optional)" });
  await page.getByRole("radio", { name: "Full assessment" }).check();
  await length.fill("90");
  const status = page.getByRole("status").filter({ hasText: "A plan for 90 minutes" });
  // 90 − 5 − 10 = 75 minutes for 23 questions is 3 each, below 4.
  await expect(status).toContainText("Warning: This does not fit: 90 minutes leaves 3 minutes a question");
  await expect(page.getByText('Choose "Quick check" instead: 7 questions, 10 minutes each.')).toBeVisible();
  await expect(page.getByText("Or take domains 1, 2, 3, 4, 5 and 7 now (18 questions, 4 minutes each) and domain 6 in a second session.")).toBeVisible();
  const plan = page.getByRole("table", { name: "A plan for 90 minutes" });
  await expect(plan.getByRole("row", { name: /^Domain 5: .* \(5 questions\) 15$/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // The quick check in 90 minutes fits: 10 minutes a question, 5 to spare.
  await page.getByRole("radio", { name: "Quick check" }).check();
  await expect(status).toContainText("This fits: 10 minutes a question, with 5 minutes to spare.");
  await expect(page.getByText(/does not fit/)).toHaveCount(0);
  await expect(plan.getByRole("row", { name: "Opening 5" })).toBeVisible();
  await expect(plan.getByRole("row", { name: "Reveal of the results 10" })).toBeVisible();

  // A length it cannot read is refused, with the field named.
  await length.fill("an hour and a half");
  await page.getByRole("button", { name: "Start the workshop" }).click();
  const summary = page.getByRole("alert");
  await expect(summary.getByRole("link", { name: "Enter the workshop's length as a whole number of minutes, like 90" })).toBeVisible();
  await expect(page).toHaveURL(/#\/workshop$/);
  await length.fill("45");
  await page.getByRole("button", { name: "Start the workshop" }).click();
  await expect(page.getByText("Question 1 of 7")).toBeVisible();
  const id = page.url().match(/#\/a\/([a-z0-9]+)\//)[1];

  // 45 minutes for the quick check: 30 for 7 questions is 4 each. The timer reads against it,
  // in words, on the facilitator's window and on the projector.
  const facilitator = await context.newPage();
  await facilitator.goto(`./#/a/${id}/facilitate`);
  const timer = facilitator.getByRole("group", { name: "Timer" });
  await expect(timer).toContainText("0:00 of 4 min planned");
  await expect(facilitator.getByRole("combobox", { name: "Time box" }).getByRole("option", { name: "4 minutes", exact: true })).toHaveCount(1);
  await facilitator.getByRole("combobox", { name: "Time box" }).selectOption("4");
  await facilitator.getByRole("button", { name: "Start timer" }).click();
  await expect(timer).toContainText(/0:0[1-9] of 4 min planned/);
  await expect(page.getByText(/^0:\d\d of 4 min planned$/)).toBeVisible();
  await expectNoAxeViolations(facilitator);

  // The plan is saved with the workshop: a reload keeps it.
  await facilitator.reload();
  await expect(facilitator.getByRole("group", { name: "Timer" })).toContainText("of 4 min planned");
});
