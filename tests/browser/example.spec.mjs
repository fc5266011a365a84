// The worked example: "See an example" on the start page opens a finished assessment,
// read-only, labelled as an example with its source, that never joins the person's own
// assessments unless they start their own from it.
import { test as plain } from "@playwright/test";
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { assessmentOf, importFiles } from "./helpers.mjs";

const TITLE = "Example: video outpatient consultations at a London hospital";
const SOURCE = /Analysing the role of complexity in explaining the fortunes of technology programmes.*BMC Medicine 2018; 16: 66/;

/** The notice every page of the example shows: what it is, its source, and the caveat. */
async function expectExampleNotice(page) {
  await expect(page.getByText("This is an example.")).toBeVisible();
  await expect(page.locator("cite")).toHaveText(SOURCE);
  await expect(page.getByText("They are not ratings that the study's authors published.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Start my own from this example" })).toBeVisible();
}

/** What this browser has stored as assessments: the example must never be among them. */
async function storedAssessments(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("nasss-navigator/assessment/")));
}

test("See an example opens a finished assessment, read-only and labelled, and stores nothing", async ({ page }) => {
  test.slow();
  await page.goto("./");
  await page.getByRole("link", { name: "See an example" }).click();

  // The results: the label and source, the profile, the plan and the links between domains.
  await expect(page.getByRole("heading", { level: 1, name: `Results: ${TITLE}` })).toBeVisible();
  await expectExampleNotice(page);
  await expect(page.getByText("Complex in 4 of 7 domains, complicated in 3, simple in 0")).toBeVisible();
  await expect(page.getByRole("heading", { name: "The example's complexity profile" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "How the domains affect each other" })).toBeVisible();
  await expect(page.getByText(/^2\. The technology depends on 5\. The organisation: Calls only work/)).toBeVisible();
  await expect(page.getByText("Add a video visit to the booking system's appointment types")).toBeVisible();
  // Nothing offers to change it: no plan, review or check-in, and the links only show.
  await expect(page.getByRole("link", { name: "Plan actions" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Review this assessment" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Start a check-in" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /^Change the links from/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "See the links from 2. The technology" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The report says it is an example too, without the button.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByText("This is an example.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Start my own from this example" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  // Change over time: two check-in rounds before now, and what happened between them.
  await page.getByRole("link", { name: "Change over time" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Change over time: The team in the example (${TITLE})` })).toBeVisible();
  await expectExampleNotice(page);
  const table = page.getByRole("table", { name: "Each domain at each round" });
  await expect(table.getByRole("columnheader")).toHaveText(["Domain", /^Round 1, rated \d+ March 2015$/, /^Round 2, rated \d+ March 2016$/, "Now"]);
  await expect(page.getByText(/^Between round 1 and round 2: The IT team set the app up/)).toBeVisible();
  await expect(page.getByText(/^Between round 2 and now: Video visits are now a normal part/)).toBeVisible();
  await expect(page.getByText("2D Supply and ownership: complicated → complex")).toBeVisible();
  await expect(page.getByRole("link", { name: /check-in/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Its answers: read-only, named as the example's.
  await page.goto("./#/a/example/check");
  await expect(page.getByRole("heading", { level: 1, name: "The example's answers" })).toBeVisible();
  await expectExampleNotice(page);
  await expect(page.getByRole("link", { name: /^Change/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // A question: its answer shown, nothing can be chosen or typed.
  await page.goto("./#/a/example/q/1B");
  await expectExampleNotice(page);
  const complex = page.getByRole("radio", { name: "Complex", exact: true });
  await expect(complex).toBeChecked();
  await expect(complex).toBeDisabled();
  await expect(page.getByRole("radio", { name: "Simple", exact: true })).toBeDisabled();
  await expect(page.getByRole("textbox", { name: "Notes (optional)" })).toHaveValue(/very mixed part of London/);
  await expectNoAxeViolations(page);

  // Looking back over a domain: the judgement and links, shown but not changeable.
  await page.goto("./#/a/example/domain/1?from=results");
  await expectExampleNotice(page);
  await expect(page.getByRole("radio", { name: "Complicated", exact: true })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Complicated", exact: true })).toBeDisabled();
  // Whose judgement it is, and no claim that anything here is saved as you type.
  await expect(page.getByRole("group", { name: "The example's own judgement of this domain" })).toBeVisible();
  await expect(page.getByText("It is saved as you type.")).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The plan, read-only.
  await page.goto("./#/a/example/plan");
  await expectExampleNotice(page);
  await expectNoAxeViolations(page);

  // Pages that would change it are not found.
  for (const page_ of ["delete", "name", "check-in", "review", "present/1A"]) {
    await page.goto(`./#/a/example/${page_}`);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  }

  // Nothing joined the person's assessments: home is still the start page, and nothing is stored.
  await page.goto("./#/");
  await expect(page.getByRole("heading", { level: 1, name: "Find where your project is complex" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to your assessments" })).toHaveCount(0);
  expect(await storedAssessments(page)).toEqual([]);
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain("London hospital");
});

test("Start my own from this example makes a copy that is yours to change, and leaves the example as it was", async ({ page }) => {
  // Straight to the example's address, as a bookmark or a shared link would.
  await page.goto("./#/a/example/results");
  await expect(page.getByRole("heading", { level: 1, name: `Results: ${TITLE}` })).toBeVisible();
  await page.getByRole("button", { name: "Start my own from this example" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await expect(page.getByText(`${TITLE} (my copy)`)).toBeVisible();
  await expect(page.getByText("This is an example.")).toHaveCount(0);
  // The copy's save waits its turn behind the cross-tab lock, so the stored copy is awaited.
  await expect.poll(() => storedAssessments(page)).toHaveLength(1);
  const copyId = (await storedAssessments(page))[0].split("/").pop();
  expect(copyId).not.toBe("example");

  // Yours: every answer can be changed, and its history and plan came along.
  await page.goto(`./#/a/${copyId}/q/1B`);
  await expect(page.getByRole("radio", { name: "Simple", exact: true })).toBeEnabled();
  await page.getByRole("radio", { name: "Simple", exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.goto(`./#/a/${copyId}/trend`);
  await expect(page.getByRole("columnheader", { name: /^Round 2, rated/ })).toBeVisible();
  await expect(page.getByText("1B Other illnesses and circumstances: complex → simple")).toBeVisible();

  // The library lists the copy, and only the copy.
  await page.goto("./#/");
  await expect(page.getByRole("heading", { level: 1, name: "Your assessments" })).toBeVisible();
  await expect(page.getByRole("link", { name: `Continue ${TITLE} (my copy)` })).toBeVisible();
  await expect(page.locator(".library__item")).toHaveCount(1);
  await expectNoAxeViolations(page);
  const saved = page.getByRole("status").filter({ hasText: "Saved on this device" });
  await expect(saved).toBeVisible();

  // The example itself did not change, and is still one link away from the library.
  // Nothing on it is saved, so the status line does not say "Saved" there.
  await page.getByRole("link", { name: "See an example" }).click();
  await expectExampleNotice(page);
  await expect(saved).toHaveCount(0);
  await page.goto("./#/a/example/q/1B");
  await expect(page.getByRole("radio", { name: "Complex", exact: true })).toBeChecked();
});

test("a file that claims the example's id is kept under an id of its own", async ({ page }) => {
  const file = {
    format: "nasss-navigator",
    schema_version: 2,
    exported_at: 1764000000000,
    assessments: [assessmentOf("example", "Not the example", "quick", { 1: "simple" })],
  };
  await page.goto("./");
  await importFiles(page, [{ name: "not-the-example.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) }]);
  await expect.poll(() => storedAssessments(page)).toHaveLength(1);
  const stored = await storedAssessments(page);
  expect(stored[0]).not.toBe("nasss-navigator/assessment/example");
  // The example's address still opens the example.
  await page.goto("./#/a/example/results");
  await expect(page.getByRole("heading", { level: 1, name: `Results: ${TITLE}` })).toBeVisible();
  await expectExampleNotice(page);
});

// Outside the shared fixture: a refused download is logged by the browser as an error.
plain("an example that cannot be downloaded says so, and Try again opens it", async ({ page }) => {
  await page.route("**/examples/video-outpatient-clinics.json", (route) => route.abort());
  await page.goto("./#/a/example/results");
  await expect(page.getByRole("heading", { level: 1, name: "The example could not be opened" })).toBeVisible();
  await expect(page.getByText("Check that this device is online, then try again.")).toBeVisible();
  await page.unroute("**/examples/video-outpatient-clinics.json");
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Results: ${TITLE}` })).toBeVisible();
});

test("the example opens with the network off once the app has been visited", async ({ page, context }) => {
  await page.goto("./");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.getByRole("link", { name: "See an example" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Results: ${TITLE}` })).toBeVisible();
  await expectExampleNotice(page);
  await context.setOffline(false);
});
