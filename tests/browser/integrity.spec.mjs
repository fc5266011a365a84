// Nothing lost, ever: every save either lands or says so, whatever the clock, the quota or
// the file. Each test reproduces a way work was once lost while the page said "Saved".
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { LEVEL_NAMES, exportFile, importFiles, unfold } from "./helpers.mjs";

const PREFIX = "nasss-navigator/assessment/";
const DAY = 24 * 3600 * 1000;

/** A full assessment stamped at `time` (another device's clock), with 1A complex. */
function authored(id, title, time, extra = {}) {
  return {
    id, title, created_at: time - 1000, updated_at: time, bank: { id: "full", version: 2 },
    responses: { "1A": { answer: "complex", note: "Author's note", updated_at: time } }, ...extra,
  };
}

/** Fills the origin's storage to the brim with keys that are not the app's, then frees `free` characters. */
async function fillStorage(page, free = 0) {
  await page.evaluate((room) => {
    let n = 0;
    for (const size of [1 << 20, 1 << 16, 1 << 10, 64, 1]) {
      const chunk = "x".repeat(size);
      try {
        for (;;) localStorage.setItem(`filler-${n++}`, chunk);
      } catch {
        // Full at this chunk size; go on with a smaller one.
      }
    }
    if (room > 0) {
      for (let i = 0; i < n && room > 0; i++) {
        const v = localStorage.getItem(`filler-${i}`);
        if (v && v.length === 1 << 16) {
          localStorage.removeItem(`filler-${i}`);
          room -= v.length;
        }
      }
    }
  }, free);
}

async function freeStorage(page) {
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith("filler-")) localStorage.removeItem(key);
  });
}

for (const [name, skew] of [["a day ahead", DAY], ["a day behind", -DAY]]) {
  test(`edits made after importing a file from a clock ${name} all survive a reload`, async ({ page }) => {
    const id = `skew${skew > 0 ? "ahead" : "behind"}`;
    await importFiles(page, exportFile([authored(id, "From the author", Date.now() + skew)]));
    // Rename, a note, an action and a check-in: the four edits once discarded by a fast clock.
    await page.goto(`./#/a/${id}/name`);
    await page.getByRole("textbox", { name: "What is your project called?" }).fill("Reviewed here");
    await page.getByRole("button", { name: "Save name" }).click();
    await page.goto(`./#/a/${id}/q/1B`);
    await page.getByRole("textbox", { name: "Notes (optional)" }).fill("Reviewer's note");
    await page.goto(`./#/a/${id}/plan`);
    const card = page.getByRole("region", { name: /: 1A / });
    await card.getByText("Add an action").click();
    await card.getByRole("textbox", { name: "What will you do?" }).fill("Talk to the clinic");
    await card.getByRole("button", { name: "Add action for question 1A" }).click();
    await expect(card.getByRole("listitem").filter({ hasText: "Talk to the clinic" })).toBeVisible();
    await page.goto(`./#/a/${id}/check-in`);
    await page.getByRole("textbox", { name: /What has happened since round 1 was rated/ }).fill("First look");
    await page.getByRole("button", { name: "Start the check-in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();

    await page.reload();
    await page.goto(`./#/a/${id}/results`);
    await expect(page.getByRole("heading", { level: 1, name: "Results: Reviewed here" })).toBeVisible();
    await unfold(page, "Your answers and notes");
  await expect(page.getByText("Reviewer's note").first()).toBeVisible();
    await expect(page.getByText("Author's note").first()).toBeVisible();
    await expect(page.getByText("Talk to the clinic").first()).toBeVisible();
    await page.goto(`./#/a/${id}/trend`);
    await expect(page.getByText(/First look/).first()).toBeVisible();
  });
}

test("replacing with the file's copy keeps the review made here, and can be undone", async ({ page }) => {
  // Sam's assessment: reviews are written on someone else's work.
  const sam = { author: { id: "sams-device", name: "Sam" } };
  await importFiles(page, exportFile([authored("repl", "Shared project", Date.now() - DAY, sam)]));
  await page.goto("./#/a/repl/review");
  await page.getByRole("textbox", { name: "Your name, as the reviewer" }).fill("Priya");
  await page.getByRole("button", { name: "Start reviewing" }).click();
  const condition = page.getByRole("region", { name: "1. The condition" });
  await condition.getByRole("radio", { name: "I do not agree" }).check();
  await condition.getByRole("textbox", { name: "Your reasons and comments on this domain (optional)" }).fill("Housing matters here.");

  // The author sends the file again, with 1A changed, and the reviewer chooses Replace.
  const again = authored("repl", "Shared project", Date.now() - DAY / 2, sam);
  again.responses["1A"].answer = "complicated";
  await importFiles(page, exportFile([again]), { replace: true });
  const notice = page.getByRole("status").filter({ hasText: "Updated from the file's copy" });
  await expect(notice).toContainText('keeping whatever was newer on this device: "Shared project"');
  await expectNoAxeViolations(page);
  await page.goto("./#/a/repl/results");
  await expect(page.getByRole("region", { name: "Your review" })).toContainText("Housing matters here.");
  await unfold(page, "Each domain in detail");
  await expect(page.getByRole("region", { name: "1. The condition" })).toContainText("1A Nature of the condition: Complicated");

  await importFiles(page, exportFile([again]), { replace: true });
  await notice.getByRole("button", { name: "Undo update" }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await page.goto("./#/a/repl/results");
  await expect(page.getByRole("region", { name: "Your review" })).toContainText("Housing matters here.");
});

test("a failed save stays marked until it is stored, and is not hidden by a later success", async ({ page }) => {
  await importFiles(page, exportFile([
    authored("first", "First project", Date.now() - DAY),
    authored("second", "Second project", Date.now() - DAY),
  ]));
  await fillStorage(page);
  await page.goto("./#/a/first/q/1B");
  await page.getByRole("radio", { name: "Complex", exact: true }).check();
  const alert = page.getByRole("alert").filter({ hasText: "Your answers are not being saved" });
  await expect(alert).toContainText('Not saved yet: "First project".');
  await expect(page.getByText("Saved on this device")).toHaveCount(0);
  await expectNoAxeViolations(page);

  // A little room comes free; a change to the other project is saved, and the first is
  // tried again with it.
  await freeStorage(page);
  await page.goto("./#/a/second/q/1B");
  await page.getByRole("radio", { name: "Simple", exact: true }).check();
  await expect(alert).toHaveCount(0);
  await expect(page.getByText("Saved on this device")).toBeVisible();
  await page.reload();
  await page.goto("./#/a/first/q/1B");
  await expect(page.getByRole("radio", { name: "Complex", exact: true })).toBeChecked();
});

test("an import that only partly fits says exactly what was not saved", async ({ page }) => {
  await page.goto("./");
  await fillStorage(page, 200000);
  const big = authored("bigone", "Big one", Date.now() - DAY);
  big.responses["1A"].note = "n".repeat(600000);
  const small = authored("small", "Small one", Date.now() - DAY);
  await page.goto("./#/import");
  await page.getByLabel("Choose a file (.json)").setInputFiles(exportFile([big, small]));
  await page.getByRole("button", { name: "Import 2" }).click();
  await expect(page.getByText(/^Imported 1 of 2 assessments\. Not saved on this device: "Big one"\./)).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Your answers are not being saved" })).toContainText('Not saved yet: "Big one".');
  await freeStorage(page);
  await page.getByRole("button", { name: "Try saving again" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Your answers are not being saved" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Big one" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Small one" })).toBeVisible();
});

test("a walkthrough with storage filling up part-way: every answer shown as saved survives a reload", async ({ page }) => {
  await page.goto("./#/new");
  await page.getByRole("textbox", { name: "Name of your project (optional)" }).fill("Filling up");
  await page.getByRole("radio", { name: "Quick check" }).check();
  await page.getByRole("button", { name: "Start now" }).click();
  const answers = ["simple", "complicated", "complex", "dont_know", "complex", "simple", "complicated"];
  for (const [i, answer] of answers.entries()) {
    await expect(page.getByText(`Question ${i + 1} of 7`)).toBeVisible();
    if (i === 3) await fillStorage(page);
    if (i === 5) await freeStorage(page);
    await page.getByRole("radio", { name: LEVEL_NAMES[answer], exact: true }).check();
    const saved = page.getByText("Saved on this device");
    const warning = page.getByRole("alert").filter({ hasText: "Your answers are not being saved" });
    // Either it landed or it says so: never a "Saved" over a lost answer.
    if (i === 3 || i === 4) await expect(warning).toBeVisible();
    else await expect(saved).toBeVisible();
    if (i === 3 || i === 4) await expect(saved).toHaveCount(0);
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  const id = page.url().match(/#\/a\/([a-z0-9]+)\//)[1];
  await page.reload();
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), `${PREFIX}${id}`);
  for (const [i, answer] of answers.entries()) {
    expect(stored.assessments[0].responses[String(i + 1)].answer, `question ${i + 1}`).toBe(answer);
  }
});

test("an import never writes over damaged data under the same name", async ({ page }) => {
  await page.goto("./");
  await page.evaluate((k) => localStorage.setItem(k, "{ damaged"), `${PREFIX}dmg1`);
  await page.reload();
  await importFiles(page, exportFile([authored("dmg1", "Same name as the damage", Date.now())]));
  expect(await page.evaluate((k) => localStorage.getItem(k), `${PREFIX}dmg1`)).toBe("{ damaged");
  await expect(page.getByRole("heading", { name: "Same name as the damage" })).toBeVisible();
});

test("an assessment from a newer version cannot be changed on the review, plan or check-in pages", async ({ page }) => {
  // Someone else's, so the review page offers a review to write, which must be locked too.
  await importFiles(page, exportFile([authored("ronew", "Newer", Date.now())]), { mine: false });
  await page.evaluate((k) => {
    const v = JSON.parse(localStorage.getItem(k));
    v.schema_version = 99;
    localStorage.setItem(k, JSON.stringify(v));
  }, `${PREFIX}ronew`);
  const before = await page.evaluate((k) => localStorage.getItem(k), `${PREFIX}ronew`);
  await page.reload();
  for (const path of ["review", "plan", "check-in", "domain/1"]) {
    await page.goto(`./#/a/ronew/${path}`);
    await expect(page.getByText("A newer version of NASSS Navigator made this assessment")).toBeVisible();
    const controls = page.getByRole("main").locator("input, textarea, button[type=submit]");
    for (const control of await controls.all()) {
      const locked = await control.evaluate((el) => el.disabled || el.readOnly || el.closest("fieldset[disabled]") !== null);
      expect(locked, `${path}: ${await control.evaluate((el) => el.outerHTML.slice(0, 80))}`).toBe(true);
    }
  }
  expect(await page.evaluate((k) => localStorage.getItem(k), `${PREFIX}ronew`)).toBe(before);
});

test("files with duplicate action ids, or far too many rounds, are refused with the reason", async ({ page }) => {
  const twice = authored("dup", "Plan twice", Date.now(), {
    actions: [{ id: 0, code: "1A", what: "One" }, { id: 0, code: "1A", what: "Two" }],
  });
  await page.goto("./#/import");
  await page.getByLabel("Choose a file (.json)").setInputFiles(exportFile([twice]));
  const problem = page.getByRole("alert").filter({ hasText: "could not be imported" });
  await expect(problem).toContainText('"Plan twice" has two actions with the same number (0)');
  const rounds = Array.from({ length: 201 }, (_, i) => ({ closed_at: 1000 + i, responses: {} }));
  await page.getByLabel("Choose a file (.json)").setInputFiles(exportFile([authored("many", "Many rounds", Date.now(), { rounds })]));
  await expect(problem).toContainText('"Many rounds" has 201 check-in rounds; this app keeps up to 200.');
  expect(await page.evaluate(() => Object.keys(localStorage).length)).toBe(0);
});

test("a double click on Start, Start the workshop or Start the check-in acts once", async ({ page }) => {
  // Both clicks of a double click are handled before dblclick() returns; the second may
  // land on whatever the next page has in that place, which is real and harmless.
  const stored = () => page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p))
    .map((k) => JSON.parse(localStorage.getItem(k)).assessments[0]), PREFIX);
  await page.goto("./#/new");
  await page.getByRole("textbox", { name: "Name of your project (optional)" }).fill("Double");
  await page.getByRole("radio", { name: "Quick check" }).check();
  await page.getByRole("button", { name: "Start now" }).dblclick();
  await expect.poll(async () => (await stored()).length).toBe(1);
  const id = (await stored())[0].id;
  await page.goto(`./#/a/${id}/check-in`);
  await page.getByRole("button", { name: "Start the check-in" }).dblclick();
  await expect.poll(async () => (await stored())[0].rounds?.length).toBe(1);
  await page.goto("./#/workshop");
  await page.getByRole("radio", { name: /^Quick check/ }).check();
  await page.getByRole("button", { name: "Start the workshop" }).dblclick();
  await expect.poll(async () => (await stored()).length, "one assessment and one workshop").toBe(2);
  expect((await stored()).find((a) => a.id === id).rounds.length, "one round").toBe(1);
});

test("a large library draws the newest 100 and shows the rest on request", async ({ page }) => {
  await page.goto("./");
  await page.evaluate((prefix) => {
    for (let i = 0; i < 105; i++) {
      const a = { id: `lib${i}`, title: `Project ${i}`, created_at: 1000 + i, updated_at: 1000 + i,
        bank: { id: "quick", version: 2 }, responses: {} };
      localStorage.setItem(prefix + a.id, JSON.stringify({ format: "nasss-navigator", schema_version: 2, exported_at: 0, assessments: [a] }));
    }
  }, PREFIX);
  await page.reload();
  const items = page.getByRole("main").getByRole("heading", { level: 2, name: /^Project \d+$/ });
  await expect(items).toHaveCount(100);
  await expect(items.first()).toHaveText("Project 104");
  await expect(page.getByText("5 older assessments are not shown yet.")).toBeVisible();
  await page.getByRole("button", { name: "Show 5 more" }).click();
  await expect(items).toHaveCount(105);
  await expect(page.getByRole("button", { name: /^Show \d+ more$/ })).toHaveCount(0);
});
