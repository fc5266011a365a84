// Levels, not scores, beyond the results page: comparing assessments, change over time and
// the workshop reveal show each domain's level (a judgement where one was given, with what
// the answers suggest) and never a mean or a decimal score. On the reveal the group records
// its own judgement of a domain with the keyboard.
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { exportFile, importFiles } from "./helpers.mjs";

const T = 1764000000000;
/** A mean or score written as a decimal ("2.5", "3.0"): none may appear. */
const DECIMAL = /\b[123]\.\d/;

/** Responses keyed by question code, each with its own time. */
const responses = (answers, t) =>
  Object.fromEntries(Object.entries(answers).map(([code, answer], i) => [code, { answer, updated_at: t + i + 1 }]));

/** One quick-check assessment as the export file holds it (schema 2, quick bank version 2). */
const assessment = (id, title, t, answers, extra = {}) => ({
  id,
  title,
  created_at: t,
  updated_at: t + 100,
  bank: { id: "quick", version: 3 },
  responses: responses(answers, t),
  ...extra,
});

async function expectNoDecimals(page) {
  const text = await page.getByRole("main").innerText();
  expect(text).not.toMatch(DECIMAL);
  expect(text).not.toMatch(/\bscore/i);
  expect(text).not.toMatch(/\bmean\b|\baverage/i);
}

test("compare: each domain by its level, a judgement named with what the answers suggest, no decimals", async ({ page }) => {
  await importFiles(
    page,
    exportFile([
      assessment(
        "lvlbefore",
        "Before the pilot",
        T,
        { 1: "complex", 2: "simple", 3: "complicated", 4: "dont_know" },
        { judgements: { 1: { level: "complicated", reason: "Only the frail patients are complex.", updated_at: T + 50 } } },
      ),
      assessment("lvlafter", "After the pilot", T + 200000, { 1: "complex", 2: "complicated", 3: "complicated", 4: "simple" }),
    ], "levels-compare.json"),
  );
  await page.goto("./#/compare/lvlbefore/lvlafter");
  await expect(page.getByRole("heading", { level: 1, name: "Compare assessments" })).toBeVisible();

  const domains = page.getByRole("table", { name: "Each domain, side by side" });
  const condition = domains.getByRole("row", { name: /^1\. The condition/ });
  await expect(condition.getByRole("cell").nth(0)).toContainText("Your judgement: complicated (answers suggest complex)");
  await expect(condition.getByRole("cell").nth(0)).toContainText("1 of 1 aspect complex");
  await expect(condition.getByRole("cell").nth(1)).toHaveText(/^\W*Complex\s*1 of 1 aspect complex$/u);
  // The judgement is the level that counts, so the change runs from it.
  await expect(condition.getByRole("cell").last()).toContainText("complicated → complex");
  const technology = domains.getByRole("row", { name: /^2\. The technology/ });
  await expect(technology.getByRole("cell").last()).toContainText("simple → complicated");
  const adopters = domains.getByRole("row", { name: /^4\. The adopters/ });
  await expect(adopters.getByRole("cell").nth(0)).toContainText("Not yet known");
  await expect(adopters.getByRole("cell").nth(0)).toContainText("1 of 1 aspect don't know");

  // The overlay places each assessment in its level's band, and says so in its text.
  const chart = page.getByRole("img", { name: "Domain profiles overlaid" });
  await expect(chart).toHaveAccessibleName(/level \(simple, complicated, complex\)/);
  await expect(chart).not.toHaveAccessibleName(/score|1 \(simple\)|mean/i);
  const marks = chart.locator(".overlay__row").first().locator(".overlay__mark");
  await expect(marks).toHaveCount(2);
  await expect(marks.nth(0)).toHaveAttribute("style", /left: 50%/); // A: complicated (judged), middle band
  await expect(marks.nth(1)).toHaveAttribute("style", /left: 83\.33%/); // B: complex, last band
  await expect(marks.nth(0)).toContainText("●A");
  await expect(marks.nth(1)).toContainText("■B");
  await expect(chart.locator(".overlay__row").nth(3)).toContainText("A: not yet known");

  await expect(page.getByText(/a domain is as complex as its most complex answer/i).first()).toBeVisible();
  await expectNoDecimals(page);
  await expectNoAxeViolations(page);
});

test("the workshop reveal: the group's judgement set with the keys changes the domain's level and the headline", async ({ page }) => {
  // The answers of the keyboard workshop run in workshop.spec.mjs.
  await importFiles(
    page,
    exportFile([
      assessment("lvlshop", "Ward workshop", T, {
        1: "simple",
        2: "complex",
        3: "complicated",
        4: "dont_know",
        5: "complicated",
        6: "complex",
        7: "complicated",
      }),
    ], "levels-workshop.json"),
  );
  await page.goto("./#/a/lvlshop/present/reveal");
  const headline = page.getByRole("heading", { level: 1 });
  await expect(headline).toHaveText("Complex in 2 of 7 domains, complicated in 3, simple in 1, not yet known 1");
  const domains = page.getByRole("region", { name: "Each domain" });
  const rows = domains.getByRole("listitem");
  await expect(rows).toHaveCount(7);
  const technology = rows.nth(1);
  await expect(technology.locator(".reveal-bar")).toHaveText("Complex");
  await expect(page.getByRole("main")).not.toContainText("▲");
  await expectNoDecimals(page);

  // Down twice chooses the second domain: marked, announced, not by colour alone.
  await page.keyboard.press("ArrowDown");
  await expect(rows.nth(0)).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("ArrowDown");
  await expect(technology).toHaveAttribute("aria-current", "true");
  await expect(rows.nth(0)).not.toHaveAttribute("aria-current", "true");
  await expect(technology).toContainText("▶");
  await expect(page.getByRole("status").filter({ hasText: "Chosen: 2. The technology, Complex." })).toBeVisible();

  // 2: the group judges it complicated.
  await page.keyboard.press("2");
  // The bar names the level alone, at the length of any complicated bar; whose judgement it
  // is and what the answers suggest are said under it.
  await expect(technology.locator(".reveal-bar")).toHaveText("Complicated");
  await expect(technology).toContainText("Group's judgement (answers suggest complex)");
  await expect(headline).toHaveText("Complex in 1 of 7 domains, complicated in 4, simple in 1, not yet known 1");
  const technologyButtons = page.getByRole("group", { name: "Group's judgement of 2. The technology" });
  await expect(technologyButtons.getByRole("button", { name: "Complicated" })).toHaveAttribute("aria-pressed", "true");
  await expect(technologyButtons.getByRole("button", { name: "Go with the answers" })).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByRole("status").filter({ hasText: "2. The technology: Group's judgement: complicated" })).toBeVisible();

  // 0 goes with the answers again.
  await page.keyboard.press("0");
  await expect(technology.locator(".reveal-bar")).toHaveText("Complex");
  await expect(technology).not.toContainText("judgement (answers suggest");
  await expect(headline).toHaveText("Complex in 2 of 7 domains, complicated in 3, simple in 1, not yet known 1");
  await expect(technologyButtons.getByRole("button", { name: "Go with the answers" })).toHaveAttribute("aria-pressed", "true");

  // J moves down like the down arrow; a domain the answers left unrated can be judged too.
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  const adopters = rows.nth(3);
  await expect(adopters).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("3");
  await expect(adopters.locator(".reveal-bar")).toHaveText("Complex");
  await expect(adopters).toContainText("Group's judgement (answers suggest not yet known)");
  await expect(headline).toHaveText("Complex in 3 of 7 domains, complicated in 3, simple in 1");
  // K moves back up; the judgement stays where it was made.
  await page.keyboard.press("k");
  await expect(rows.nth(2)).toHaveAttribute("aria-current", "true");
  await expect(adopters.locator(".reveal-bar")).toHaveText("Complex");
  await expect(adopters).toContainText("Group's judgement (answers suggest not yet known)");

  // Saved with the assessment, as an ordinary judgement with no reason.
  // Saves wait their turn behind the cross-tab lock, so the stored copy is awaited.
  await expect.poll(() => page.evaluate(() =>
    JSON.parse(localStorage.getItem("nasss-navigator/assessment/lvlshop")).assessments[0].judgements?.["4"]?.level)).toBe("complex");
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("nasss-navigator/assessment/lvlshop")));
  expect(stored.assessments[0].judgements["2"].level).toBe("");

  // Only the chosen row shows its buttons, so the profile still fits the projector.
  await expect(page.getByRole("group", { name: "Group's judgement of 4. The adopters" })).toHaveCount(0);
  // Clicking a domain's name chooses it; its buttons do what the keys do, and are big
  // enough for a projector.
  await adopters.getByRole("button", { name: "4. The adopters" }).click();
  const adopterButtons = page.getByRole("group", { name: "Group's judgement of 4. The adopters" });
  const goWithAnswers = adopterButtons.getByRole("button", { name: "Go with the answers" });
  const size = await goWithAnswers.evaluate((b) => parseFloat(getComputedStyle(b).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
  await goWithAnswers.click();
  await expect(adopters.locator(".reveal-bar")).toHaveText("Not yet known");
  await expect(headline).toHaveText("Complex in 2 of 7 domains, complicated in 3, simple in 1, not yet known 1");
  await expect(adopters).toHaveAttribute("aria-current", "true");
  await expectNoAxeViolations(page);

  // The keys are listed in the "?" overlay.
  await page.keyboard.press("Shift+Slash");
  const overlay = page.getByRole("dialog", { name: "Keys for the workshop" });
  await expect(overlay.getByRole("rowheader", { name: "Up or down arrow (or K, J)" })).toBeVisible();
  await expect(overlay.getByRole("rowheader", { name: "0 on the results" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(overlay).toBeHidden();
  await expect(page).toHaveURL(/\/present\/reveal$/);
});

test("change over time shows each round's level and judgement, never a decimal", async ({ page }) => {
  const closed = T + 100000;
  await importFiles(
    page,
    exportFile([
      assessment(
        "lvltrend",
        "Sensors over time",
        T,
        { 1: "simple", 2: "simple", 3: "complicated", 4: "complex" },
        {
          rounds: [
            {
              closed_at: closed,
              comment: "First look.",
              responses: responses({ 1: "complex", 2: "simple", 3: "complicated", 4: "complex" }, T),
              judgements: { 2: { level: "complicated", reason: "The supplier is new.", updated_at: T + 40 } },
            },
          ],
        },
      ),
    ], "levels-trend.json"),
  );
  await page.goto("./#/a/lvltrend/trend");
  const table = page.getByRole("table", { name: "Each domain at each round" });
  await expect(table.getByRole("columnheader")).toHaveText([/Domain/, /^Round 1, rated .+$/, "Now"]);
  const condition = table.getByRole("row", { name: /^1\. The condition/ });
  await expect(condition.getByRole("cell").nth(0)).toHaveText(/^\W*Complex\s*1 of 1 aspect complex$/u);
  await expect(condition.getByRole("cell").nth(1)).toHaveText(/^\W*Simple\s*1 of 1 aspect simple$/u);
  // A round keeps the judgement it had; the current round has none.
  const technology = table.getByRole("row", { name: /^2\. The technology/ });
  await expect(technology.getByRole("cell").nth(0)).toContainText("Your judgement: complicated (answers suggest simple)");
  await expect(technology.getByRole("cell").nth(1)).not.toContainText("judgement");
  await expect(technology.getByRole("cell").nth(1)).toContainText("Simple");
  const adopters = table.getByRole("row", { name: /^4\. The adopters/ });
  await expect(adopters.getByRole("cell").nth(1)).toContainText("Complex");
  await expect(page.getByRole("listitem").filter({ hasText: /^1 .+: complex → simple$/ })).toBeVisible();
  await expectNoDecimals(page);
  await expectNoAxeViolations(page);
});
