// One assessment, several people (issue 22): the innovator sends a link, a reviewer imports
// it in his own browser, reviews it and sends it back; her default merge keeps her newer
// action and adds his review, which she can read but never change; a second reviewer adds
// a second review. Each person is a separate browser context (their own storage and key).
import { mkdirSync } from "node:fs";
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";

const SHOTS = "target/screenshots/reviews";
const STORED = "nasss-navigator/assessment/";

/** Another person's browser: a fresh context with the clipboard allowed. */
async function person(browser) {
  const context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  const problems = [];
  page.on("console", (msg) => msg.type() === "error" && problems.push(msg.text()));
  page.on("pageerror", (err) => problems.push(String(err)));
  return { context, page, problems };
}

/** Copies the share link of an assessment from its library card. */
async function copyLink(page, title) {
  await page.goto("./");
  await page.getByRole("link", { name: `Share ${title}`, exact: true }).click();
  await page.getByRole("button", { name: "Copy the link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied." })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Opens a link of an assessment new to this browser: read first, with nothing stored, then kept. */
async function readAndKeep(page, link) {
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Results: HeartWatch" })).toBeVisible();
  await expect(page.getByText("You are reading the link's copy.")).toBeVisible();
  expect(await page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).length, STORED)).toBe(0);
  await page.getByRole("button", { name: "Keep a copy on this device" }).click();
  await expect(page).toHaveURL(/#\/a\/[a-z0-9]+\/results$/);
}

/** Opens a link of an assessment already here: the preview, before anything is kept. */
async function openLink(page, link) {
  await page.goto(link);
  await page.reload(); // a link on the same page only changes the route: read it afresh
  await expect(page.getByRole("heading", { name: "Ready to import from the link" })).toBeVisible();
}

async function importNow(page) {
  await page.getByRole("button", { name: "Import 1" }).click();
  await expect(page.getByText("Imported 1 assessment.")).toBeVisible();
}

/** Starts this device's review under `name`, then gives verdicts on the domains given. */
async function review(page, id, name, verdicts) {
  await page.goto(`./#/a/${id}/review`);
  await expect(page.getByRole("heading", { level: 1, name: "Review: HeartWatch" })).toBeVisible();
  await page.getByRole("textbox", { name: "Your name, as the reviewer" }).fill(name);
  await page.getByRole("button", { name: "Start reviewing" }).click();
  await expect(page.getByText(`Reviewer: ${name}`)).toBeVisible();
  for (const [domain, verdict] of verdicts) {
    const region = page.getByRole("region", { name: domain });
    if (verdict === "agree") {
      await region.getByRole("radio", { name: "I agree" }).check();
    } else {
      await region.getByRole("radio", { name: "I do not agree" }).check();
      await region.getByRole("group", { name: "What level would you give this domain?" })
        .getByRole("radio", { name: verdict }).check();
    }
  }
  // Saved as it is given: this device's stored copy holds the verdicts under the name.
  await expect.poll(() => page.evaluate(([key, who]) => {
    const a = JSON.parse(localStorage.getItem(key) ?? "{}").assessments?.[0];
    return a?.reviews?.find((r) => r.reviewer.name === who)?.verdicts;
  }, [STORED + id, name]).then((v) => Object.keys(v ?? {}).length)).toBe(verdicts.length);
}

async function shoot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  for (const [size, width, height] of [["phone", 390, 844], ["desktop", 1280, 900]]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `${SHOTS}/${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("a review goes there and back: the innovator's newer work stays hers, and each reviewer's review is theirs", async ({ page, browser }) => {
  test.slow();
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  // Priya starts a quick check and answers the first question.
  await page.goto("./");
  await page.getByRole("textbox", { name: "Name of your project (optional)" }).fill("HeartWatch");
  await page.getByRole("textbox", { name: "Your name (optional)" }).fill("Priya Shah");
  await page.getByRole("radio", { name: "Quick check" }).check();
  await page.getByRole("button", { name: "Start now" }).click();
  const id = page.url().match(/#\/a\/([a-z0-9]+)\//)[1];
  await page.getByRole("radio", { name: "Complex", exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText(/Question 2 of/)).toBeVisible();

  // Before anyone reviews it, her Review page never calls her work someone else's.
  await page.goto(`./#/a/${id}/review`);
  await expect(page.getByRole("heading", { level: 1, name: "Reviews of HeartWatch" })).toBeVisible();
  await expect(page.getByText("No one has reviewed it yet.")).toBeVisible();
  await expect(page.getByText(/someone else's/)).toHaveCount(0);
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Ask someone to review this" })).toHaveAttribute("href", `#/a/${id}/ask-review`);
  await expectNoAxeViolations(page);
  const toSam = await copyLink(page, "HeartWatch");

  // Sam, in his own browser, keeps the link and reviews it.
  const sam = await person(browser);
  await readAndKeep(sam.page, toSam);
  await review(sam.page, id, "Sam Okafor", [["1. The condition", "Complex"], ["2. The technology", "agree"]]);
  await expectNoAxeViolations(sam.page);
  await shoot(sam.page, "review-page-reviewer");
  const back = await copyLink(sam.page, "HeartWatch");

  // Meanwhile Priya added an action to her plan.
  await page.goto(`./#/a/${id}/plan`);
  const q1 = page.getByRole("region", { name: /^1\. / });
  await q1.getByText("Add an action").click();
  await q1.getByRole("textbox", { name: "What will you do?" }).fill("Map the patient pathway");
  await q1.getByRole("button", { name: "Add action for question 1" }).click();
  await expect(q1.getByRole("listitem").filter({ hasText: "Map the patient pathway" })).toBeVisible();
  // The save runs behind the cross-tab lock: wait until the action is stored.
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), STORED + id)).toContain("Map the patient pathway");
  const before = await page.evaluate((key) => localStorage.getItem(key), STORED + id);

  // Sam's link comes back: the preview says what is new, by person, and adds it by default.
  await openLink(page, back);
  await expect(page.getByRole("heading", { name: "\"HeartWatch\" is already on this device" })).toBeVisible();
  await expect(page.getByText("Sam Okafor's review: 2 verdicts, new.", { exact: true })).toBeVisible();
  await expect(page.getByText("Your answers: unchanged.", { exact: true })).toBeVisible();
  await expect(page.getByRole("radio", { name: "Add what is new (recommended)" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Keep both" })).not.toBeChecked();
  await expect(page.getByRole("radio", { name: "Replace with the link's copy" })).not.toBeChecked();
  // It is already hers: nobody asks whose it is.
  await expect(page.getByRole("group", { name: "Whose assessments are these?" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await shoot(page, "import-preview");
  await importNow(page);
  await expect(page.getByRole("status").filter({ hasText: "Updated from the link's copy" }))
    .toContainText("Updated from the link's copy, keeping whatever was newer on this device: \"HeartWatch\".");
  // One card, still hers, not "From: Sam".
  await expect(page.getByRole("listitem", { name: "HeartWatch" })).toHaveCount(1);
  await expect(page.getByText(/^From: /)).toHaveCount(0);

  // Undo puts back exactly what was stored, then the merge is made again.
  await page.getByRole("button", { name: "Undo update" }).click();
  expect(await page.evaluate((key) => localStorage.getItem(key), STORED + id)).toBe(before);
  await openLink(page, back);
  await importNow(page);

  // Her action is kept; Sam's review is there, read-only, under his name.
  await page.goto(`./#/a/${id}/plan`);
  await expect(page.getByRole("listitem").filter({ hasText: "Map the patient pathway" })).toBeVisible();
  await page.goto(`./#/a/${id}/review`);
  await expect(page.getByRole("heading", { level: 1, name: "Reviews of HeartWatch" })).toBeVisible();
  const sams = page.getByRole("region", { name: "Sam Okafor's review" });
  await expect(sams).toContainText("Sam Okafor would say complex");
  await expect(sams).toContainText("Sam Okafor agrees");
  await expect(page.getByRole("radio")).toHaveCount(0);
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await shoot(page, "review-page-author");
  await page.goto(`./#/a/${id}/results`);
  await expect(page.getByRole("region", { name: "Sam Okafor's review" })).toContainText("Sam Okafor would say complex");

  // A second reviewer gets Priya's copy, with Sam's review in it, and adds her own.
  const toAna = await copyLink(page, "HeartWatch");
  const ana = await person(browser);
  await readAndKeep(ana.page, toAna);
  await review(ana.page, id, "Ana Diaz", [["1. The condition", "agree"]]);
  // Sam's review is there for her to read, and nothing in it can be changed.
  const samsOnAnas = ana.page.getByRole("region", { name: "Sam Okafor's review" });
  await expect(samsOnAnas).toContainText("Sam Okafor would say complex");
  await expect(samsOnAnas.getByRole("radio")).toHaveCount(0);
  await expect(samsOnAnas.getByRole("textbox")).toHaveCount(0);
  await expectNoAxeViolations(ana.page);
  const fromAna = await copyLink(ana.page, "HeartWatch");

  await openLink(page, fromAna);
  await expect(page.getByText("Ana Diaz's review: 1 verdict, new.", { exact: true })).toBeVisible();
  await expect(page.getByText("Sam Okafor's review: unchanged.", { exact: true })).toBeVisible();
  await importNow(page);
  await page.goto(`./#/a/${id}/review`);
  await expect(page.getByRole("region", { name: "Sam Okafor's review" })).toContainText("Sam Okafor would say complex");
  await expect(page.getByRole("region", { name: "Ana Diaz's review" })).toContainText("Ana Diaz agrees");
  await expect(page.getByRole("radio")).toHaveCount(0);

  expect([...sam.problems, ...ana.problems]).toEqual([]);
  await sam.context.close();
  await ana.context.close();
});
