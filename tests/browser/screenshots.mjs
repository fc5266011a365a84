// Takes screenshots of every page at phone, desktop and projector sizes, for people to look at.
// Run with `./dev screenshots`; pictures land in target/screenshots/.
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";

const base = process.argv[2] ?? "http://127.0.0.1:4173/";
const out = "target/screenshots";
mkdirSync(out, { recursive: true });

const SIZES = { phone: [360, 740], desktop: [1280, 900], projector: [1920, 1080] };
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });

/** Two frames: the app moves focus on the next frame after a change, and draws in the one after. */
async function nextFrames(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

async function shoot(name) {
  // What a person waits for before looking: the page's heading, drawn, with focus moved.
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  await nextFrames(page);
  for (const [size, [w, h]] of Object.entries(SIZES)) {
    await page.setViewportSize({ width: w, height: h });
    await nextFrames(page);
    await page.screenshot({ path: `${out}/${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

await page.goto(base);
await shoot("start");
await page.getByRole("button", { name: "Start now" }).click();
await shoot("start-error");
await page.getByRole("textbox", { name: /Name of your project/ }).fill("Remote heart monitoring in Northshire");
await page.getByRole("radio", { name: "Full assessment" }).check();
await page.getByRole("button", { name: "Start now" }).click();
const answers = ["simple", "complex", "complicated", "complicated", "complex", "complex", "dont_know", "dont_know",
  "simple", "complicated", "simple", "complicated", "simple", null, "dont_know", null, null, null, null, null, null,
  "complex", "complex"];
const names = { simple: "Simple", complicated: "Complicated", complex: "Complex", dont_know: "I don't know" };
for (const [i, answer] of answers.entries()) {
  await page.getByText(`Question ${i + 1} of 23`).waitFor();
  if (i === 4) {
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByText("What does this mean?").click();
    await shoot("question-error");
  }
  if (answer) {
    await page.getByRole("radio", { name: names[answer], exact: true }).check();
    if (i === 1) await page.getByRole("textbox", { name: "Notes (optional)" }).fill("Ask the GP practices.\nCheck the audit data.");
    if (i === 1) await shoot("question");
    await page.getByRole("button", { name: "Continue" }).click();
  } else {
    await page.getByRole("link", { name: "Skip this question for now" }).click();
  }
  // The full assessment looks back after each domain's last question.
  if ([1, 5, 7, 10, 15, 20, 22].includes(i)) {
    await page.getByRole("link", { name: "Continue" }).waitFor();
    if (i === 5) {
      await page.getByRole("radio", { name: "Complicated", exact: true }).check();
      await page.getByRole("textbox", { name: "Why? (optional)" }).fill("The two complex parts are bought in and supported by the supplier.");
      await page.getByRole("checkbox", { name: "5. The organisation" }).check();
      await page.getByRole("textbox", { name: "How does it depend on the organisation?" }).fill("Training waits on the staff time the board agrees");
      await shoot("look-back");
    }
    await page.getByRole("link", { name: "Continue" }).click();
  }
}
await page.getByRole("heading", { name: "Check your answers" }).waitFor();
await shoot("check");
await page.getByRole("link", { name: "See your results" }).click();
await shoot("results");
await page.getByRole("link", { name: "Plan actions" }).click();
await page.getByText("Add an action").first().click();
await page.getByRole("textbox", { name: "What will you do?" }).first().fill("Map the care pathway with two GP practices");
await page.getByRole("button", { name: /Add action/ }).first().click();
await shoot("plan");
await page.getByRole("link", { name: "Back to results" }).first().click();
await page.goto(base + "#/");
await shoot("library");
await page.goto(base + "#/import");
await shoot("import");
await page.goto(base + "#/privacy");
await shoot("privacy");
await page.goto(base + "#/a/example/results");
await shoot("example-results");
await page.goto(base + "#/a/example/trend");
await shoot("example-trend");
await page.goto(base + "#/");
await page.getByRole("link", { name: /^Results and report/ }).first().click();
await page.emulateMedia({ media: "print" });
await page.setViewportSize({ width: 794, height: 1123 });
await page.screenshot({ path: `${out}/results-print.png`, fullPage: true });
// Implementer screens, from the test fixtures.
await page.emulateMedia({ media: "screen" });
await page.goto(base + "#/import");
await page.getByLabel("Choose a file (.json)").setInputFiles([
  "tests/fixtures/compare/two-views.json",
  ...["ana", "ben", "chloe", "dev", "eve"].map((n) => `tests/fixtures/team/${n}.json`),
]);
await page.getByRole("button", { name: /^Import \d+$/ }).click();
await page.goto(base + "#/compare/cmpinnov/cmpimpl");
await shoot("compare");
await page.goto(base + "#/team/team1/team2/team3/team4/team5");
await shoot("team");
await page.goto(base + "#/a/cmpinnov/review");
await page.getByRole("textbox", { name: "Your name, as the reviewer" }).fill("Priya");
await page.getByRole("button", { name: "Start reviewing" }).click();
await shoot("review");
// The fixtures name no author, so they are someone else's: no check-in here (the example's
// trend above shows rounds); this is change over time as a reviewer sees it.
await page.goto(base + "#/a/cmpinnov/trend");
await shoot("trend");
await browser.close();
console.log(`Screenshots in ${out}/`);
