// Every page reflows to a 320 px wide screen (as at 400% zoom on a 1280 px one) without the
// page scrolling sideways, stays usable at 200% zoom, and passes axe; and nothing moves for
// someone who asks for reduced motion.
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";

const TEAM = ["ana", "ben", "chloe", "dev", "eve"].map((n) => `tests/fixtures/team/${n}.json`);

async function seed(page) {
  await page.goto("./#/import");
  await page.getByLabel("Choose a file (.json)").setInputFiles(["tests/fixtures/compare/two-views.json", ...TEAM]);
  // The person's own (the files name nobody), so every page is drawn as it is to change.
  await page.getByRole("radio", { name: "Mine, from another device" }).check();
  await page.getByRole("button", { name: /^Import \d+$/ }).click();
  await expect(page.getByText(/^Imported 7 assessments\./)).toBeVisible();
}

const PAGES = [
  "#/",
  "#/new",
  "#/import",
  "#/privacy",
  "#/delete-all",
  "#/blank/full",
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

// One test per page: eighteen axe runs in one test took 54 s of its 60 on a busy machine.
for (const hash of PAGES) {
  test(`${hash} reflows at 320 px with no sideways scrolling, and passes axe`, async ({ page }) => {
    await seed(page);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`./${hash}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${hash} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
}

test("at 320 px the charts' captions stay readable and inside the chart", async ({ page }) => {
  await seed(page);
  await page.setViewportSize({ width: 320, height: 640 });
  const charts = [
    ["#/a/cmpinnov/results", "Complexity profile by domain", "7. Embedding and adaptation over time"],
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

// Reduced motion. The one thing style/main.css moves is a button, which sinks 4 px while it
// is pressed (`.button:active`); the app has no transitions, animations or smooth scrolling,
// and says so (the workshop section of the stylesheet). A check that a button's transition
// is 0s under reduced motion could therefore never fail. Instead: the pressed button sinks,
// and does not with reduced motion; with reduced motion nothing on any screen moves,
// including animations started from script, which no stylesheet rule stops; and the
// stylesheet's reduced-motion rule stops the motion someone might add later (a transition, an
// animation, smooth scrolling), shown by adding each to the page and seeing it run without
// the preference and not with it.

/** How far `button` moves down while the mouse holds it pressed, in px. */
async function sinkWhilePressed(page, button) {
  await button.hover(); // scrolls it into view, with the mouse over it
  const top = () => button.evaluate((el) => el.getBoundingClientRect().top);
  const resting = await top();
  await page.mouse.down();
  const pressed = await top();
  // Let go away from the button, so it is not clicked.
  await page.mouse.move(0, 0);
  await page.mouse.up();
  return pressed - resting;
}

test("a pressed button sinks, and with reduced motion stays where it is", async ({ page }) => {
  await page.goto("./#/new");
  const button = page.getByRole("button", { name: "Start now" });
  await expect(button).toBeVisible();
  await page.emulateMedia({ reducedMotion: "no-preference" });
  expect(await sinkWhilePressed(page, button)).toBe(4);
  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(await sinkWhilePressed(page, button)).toBe(0);
});

const WORKSHOP_SCREENS = [
  "#/workshop",
  "#/a/cmpinnov/present/1",
  "#/a/cmpinnov/present/reveal",
  "#/a/cmpinnov/facilitate",
  "#/a/cmpinnov/paused/1",
];

test("with reduced motion nothing on any screen moves", async ({ page }) => {
  await seed(page);
  await page.emulateMedia({ reducedMotion: "reduce" });
  for (const hash of [...PAGES, ...WORKSHOP_SCREENS]) {
    await page.goto(`./${hash}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const moving = await page.evaluate(() => {
      const name = (el) => `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ""}>`;
      const found = document.getAnimations().map((a) => `${a.constructor.name} on ${name(a.effect.target)}`);
      for (const el of document.querySelectorAll("*")) {
        for (const pseudo of [null, "::before", "::after"]) {
          const style = getComputedStyle(el, pseudo);
          const timed = style.transitionDuration.split(",").some((d) => parseFloat(d) > 0);
          if (timed) found.push(`transition ${style.transitionDuration} on ${name(el)}${pseudo ?? ""}`);
          if (style.animationName !== "none") found.push(`animation ${style.animationName} on ${name(el)}${pseudo ?? ""}`);
        }
      }
      const scrolling = getComputedStyle(document.documentElement).scrollBehavior;
      if (scrolling !== "auto") found.push(`scroll-behavior: ${scrolling}`);
      return found;
    });
    expect(moving, `${hash} moves with reduced motion`).toEqual([]);
  }
});

/**
 * Adds motion to the page as a later change to the stylesheet might: a transition on the
 * heading's opacity (then changes it), an endless animation on the heading, and smooth
 * scrolling; returns what the browser makes of them. Through the CSS object model, as the
 * Content Security Policy refuses inline styles.
 */
async function addMotion(page) {
  return page.getByRole("heading", { level: 1 }).evaluate((heading) => {
    document.styleSheets[0].insertRule("@keyframes test-spin { to { transform: rotate(1turn); } }");
    heading.style.transition = "opacity 2s";
    heading.style.animation = "test-spin 2s linear infinite";
    document.documentElement.style.scrollBehavior = "smooth";
    getComputedStyle(heading).opacity; // the starting point of the transition
    heading.style.opacity = "0.5";
    return {
      running: document.getAnimations().map((a) => a.constructor.name).sort(),
      scrolling: getComputedStyle(document.documentElement).scrollBehavior,
    };
  });
}

test("with reduced motion a transition, animation or smooth scrolling added later is stopped", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "no-preference" });
  await page.goto("./#/new");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Without the preference they run: the check below sees motion when there is some.
  expect(await addMotion(page)).toEqual({ running: ["CSSAnimation", "CSSTransition"], scrolling: "smooth" });

  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await addMotion(page)).toEqual({ running: [], scrolling: "auto" });
});
