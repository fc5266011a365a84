// Every page reflows to a 320 px wide screen (as at 400% zoom on a 1280 px one) without the
// page scrolling sideways, stays usable at 200% zoom, and passes axe.
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";

const TEAM = ["ana", "ben", "chloe", "dev", "eve"].map((n) => `tests/fixtures/team/${n}.json`);

async function seed(page) {
  await page.goto("./#/import");
  await page.getByLabel("Choose a file (.json)").setInputFiles(["tests/fixtures/compare/two-views.json", ...TEAM]);
  await page.getByRole("button", { name: /^Import \d+$/ }).click();
  await expect(page.getByText(/^Imported 7 assessments\./)).toBeVisible();
}

const PAGES = [
  "#/",
  "#/new",
  "#/import",
  "#/privacy",
  "#/delete-all",
  "#/a/cmpinnov/q/1",
  "#/a/cmpinnov/check",
  "#/a/cmpinnov/results",
  "#/a/cmpinnov/plan",
  "#/a/cmpinnov/name",
  "#/a/cmpinnov/delete",
  "#/a/cmpinnov/check-in",
  "#/a/cmpinnov/trend",
  "#/a/cmpinnov/review",
  "#/compare",
  "#/compare/cmpinnov/cmpimpl",
  "#/team/team1/team2/team3/team4/team5",
  "#/nowhere",
];

test("every page reflows at 320 px with no sideways scrolling, and passes axe", async ({ page }) => {
  await seed(page);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const hash of PAGES) {
    await page.goto(`./${hash}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${hash} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  }
});

test("at 320 px the charts' captions stay readable and inside the chart", async ({ page }) => {
  await seed(page);
  await page.setViewportSize({ width: 320, height: 640 });
  const charts = [
    ["#/a/cmpinnov/results", "Complexity profile by domain", "7. Embedding and adaptation over time: Simple (1 of 1 aspect simple)"],
    ["#/compare/cmpinnov/cmpimpl", "Domain profiles overlaid", "7. Embedding and adaptation over time"],
  ];
  for (const [hash, name, lastCaption] of charts) {
    await page.goto(`./${hash}`);
    const chart = page.getByRole("img", { name });
    await expect(chart).toBeVisible();
    // Read by measuring, as each chart is one image to assistive technology.
    const captions = await chart.evaluate((el) => {
      const box = el.getBoundingClientRect();
      return [...el.querySelectorAll("li")].map((li) => {
        const text = li.firstElementChild;
        const r = text.getBoundingClientRect();
        return { text: text.textContent, size: parseFloat(getComputedStyle(text).fontSize), inside: r.left >= box.left && r.right <= box.right };
      });
    });
    expect(captions.map((c) => c.text)).toContain(lastCaption);
    for (const c of captions) {
      expect(c.size, `${hash}: ${c.text}`).toBeGreaterThanOrEqual(14);
      expect(c.inside, `${hash}: ${c.text}`).toBe(true);
    }
  }
});

test("at 200% zoom the question page still fits and works", async ({ page }) => {
  await seed(page);
  // 200% zoom of a 1280 px window is a 640 px wide layout with everything twice the size.
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto("./#/a/cmpimpl/q/2");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.getByRole("radio", { name: "Complex", exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Question 3 of 7")).toBeVisible();
});

test("reduced motion turns off movement", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("./#/new");
  const transition = await page.getByRole("button", { name: "Start now" }).evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(transition).toMatch(/^0s/);
});
