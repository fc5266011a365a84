// Screenshots of the workshop screens at projector sizes (1920×1080 and 1280×720), for
// people to look at: text size, contrast, nothing cut off. Run by `./dev screenshots`
// after the other pages; pictures land in target/screenshots/workshop-*.png.
import { chromium } from "@playwright/test";
import { mkdirSync, readFileSync } from "node:fs";

const base = process.argv[2] ?? "http://127.0.0.1:4173/";
const out = "target/screenshots";
mkdirSync(out, { recursive: true });

const PROJECTORS = { "1080p": [1920, 1080], "720p": [1280, 720] };
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
const page = await context.newPage();

/** Two frames: the page laid out and drawn at a new size, rather than a guessed pause. */
async function nextFrames(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

// Not full-page: a projector shows the viewport, so anything below it would be cut off.
async function shoot(target, name) {
  for (const [size, [width, height]] of Object.entries(PROJECTORS)) {
    await target.setViewportSize({ width, height });
    await nextFrames(target);
    await target.screenshot({ path: `${out}/workshop-${name}-${size}.png` });
  }
}

await page.goto(base + "#/workshop");
await page.getByRole("textbox", { name: "Name of the workshop (optional)" }).fill("Virtual ward: team workshop");
await page.getByRole("radio", { name: "Full assessment" }).check();
await page.getByRole("button", { name: "Start the workshop" }).click();
await page.getByText("Question 1 of 23").waitFor();
// The longest descriptions of the full set are on question 2B: go there, vote, time it.
for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
await page.getByText("Question 4 of 23").waitFor();
for (const key of ["Shift+Digit1", "Shift+Digit2", "Shift+Digit2", "Shift+Digit2", "Shift+Digit3", "Shift+KeyD"]) {
  await page.keyboard.press(key);
}
await page.getByRole("button", { name: "Start timer" }).click();
await page.getByRole("textbox", { name: "Discussion note" }).fill("Ask the cardiology team how they read the alerts.");
await shoot(page, "question");

// The projector with the facilitator's window open: only the question.
const facilitator = await context.newPage();
await facilitator.goto(page.url().replace(/present\/.*$/, "facilitate"));
await facilitator.getByText("Question 4 of 23").waitFor();
await page.getByRole("button", { name: "Next question" }).waitFor({ state: "detached" });
await shoot(page, "projector-only");
// The facilitator's laptop: everything for a question in one 1280×800 screen, no scrolling.
await facilitator.setViewportSize({ width: 1280, height: 800 });
await nextFrames(facilitator);
await facilitator.screenshot({ path: `${out}/workshop-facilitator.png` });
await facilitator.close();

// The longest question of the quick check, on its own.
await page.goto(base + "#/workshop");
await page.getByRole("radio", { name: "Quick check" }).check();
await page.getByRole("button", { name: "Start the workshop" }).click();
const answers = [
  ["Shift+Digit1", "Shift+Digit1", "Shift+Digit2"],
  ["Shift+Digit3", "Shift+Digit3", "Shift+Digit2", "Shift+Digit1"],
  ["Shift+Digit2", "Shift+Digit3"],
  ["d"],
  ["Shift+Digit3", "Shift+Digit1", "Shift+Digit3"],
  ["Shift+Digit3", "Shift+Digit2", "Shift+Digit2", "Shift+KeyD"],
  ["Shift+Digit2", "Shift+Digit3", "3"],
];
for (const [i, keys] of answers.entries()) {
  await page.getByText(`Question ${i + 1} of 7`).waitFor();
  for (const key of keys) await page.keyboard.press(key);
  if (i === 5) await shoot(page, "quick-question");
  await page.keyboard.press("ArrowRight");
  // Question 3 is a tie nobody settles: Next asks first, and Next again leaves it undecided.
  if (i === 2) {
    await page.getByRole("dialog", { name: "Leave this undecided?" }).waitFor();
    await shoot(page, "undecided-prompt");
    await page.keyboard.press("ArrowRight");
  }
}
await page.getByRole("heading", { name: "Most disputed" }).waitFor();
await shoot(page, "reveal");
await page.keyboard.press("Shift+Slash");
await shoot(page, "keys");
await page.keyboard.press("Escape");
// Escape asks before leaving; leaving shows "Workshop paused", never the library.
await page.keyboard.press("Escape");
await page.getByRole("dialog", { name: "Leave the workshop screen?" }).waitFor();
await shoot(page, "leave-prompt");
await page.keyboard.press("Enter");
await page.getByRole("heading", { name: "Workshop paused" }).waitFor();
await shoot(page, "paused");

// The full set's reveal after a busy workshop: four people's own answers typed in from paper,
// the room's votes, each domain's answers spread over the levels (the longest count lines),
// and one domain the group judged.
const full = JSON.parse(readFileSync(new URL("../../questions/full.json", import.meta.url), "utf8"));
await page.goto(base + "#/workshop");
await page.getByRole("radio", { name: "Full assessment" }).check();
await page.getByRole("button", { name: "Start the workshop" }).click();
await page.getByText("Question 1 of 23").waitFor();
const fullId = page.url().match(/#\/a\/([a-z0-9]+)\//)[1];
await page.goto(base + `#/a/${fullId}/paper`);
const paperName = page.getByRole("textbox", { name: "Name on the form (optional)" });
for (const [p, who] of ["Sam Okafor", "Priya Shah", "", "Lee Chan"].entries()) {
  await paperName.fill(who);
  await paperName.press("Enter");
  for (const i of full.questions.keys()) await page.keyboard.press(["1", "2", "3", "D"][(i + p) % 4]);
  await page.keyboard.press("Enter");
  await page.getByText(`Saved the form from ${who || "Person 1"}: 23 of 23 questions answered.`).waitFor();
}
await page.goto(base + `#/a/${fullId}/present/${full.questions[0].code}`);
const groupKeys = { 1: "21", 2: "321d", 3: "1d", 4: "2d1", 5: "3321d", 6: "221d1", 7: "32" };
const perDomain = {};
for (const [i, q] of full.questions.entries()) {
  await page.getByText(`Question ${i + 1} of 23`).waitFor();
  for (const key of ["Shift+Digit1", "Shift+Digit2", "Shift+Digit3", "Shift+KeyD"].slice(0, 2 + (i % 3))) await page.keyboard.press(key);
  const k = (perDomain[q.domain] = (perDomain[q.domain] ?? -1) + 1);
  await page.keyboard.press(groupKeys[q.domain][k]);
  await page.locator(".presenter__decision").getByText(/^Group answer: \S/).waitFor();
  await page.keyboard.press("ArrowRight");
}
await page.getByRole("heading", { name: "Most disputed" }).waitFor();
// The group judges the last domain complicated, then the room sees the profile afresh.
await page.keyboard.press("ArrowUp");
await page.keyboard.press("2");
await page.getByText(/^7\. Embedding and adaptation over time: Group's judgement/).waitFor();
await page.reload();
await page.getByRole("heading", { name: "Most disputed" }).waitFor();
await shoot(page, "reveal-full");

await page.goto(base + "#/workshop");
await page.setViewportSize({ width: 1280, height: 900 });
await page.screenshot({ path: `${out}/workshop-setup.png`, fullPage: true });
await browser.close();
console.log(`Workshop screenshots in ${out}/`);
