// A workshop where everyone answers on their own phone, with no server: the facilitator's
// invite (a QR code read back by jsQR, and the link), three phones each in its own browser
// context, their answers back through the clipboard, collected, and shown by person in the
// team view and the reveal, where they disagree first.
//
// Phones cannot reach the usual test address (127.0.0.1 is each phone's own loopback), and
// the app says so instead of showing a code. So the facilitator and the phones use a
// network name, workshop.test, which this test's own browser maps to the test server, and
// treats as secure (as an https address would be) so the clipboard works.
import { chromium } from "@playwright/test";
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import jsQR from "jsqr";
import { readFileSync } from "node:fs";

const PORT = Number(process.env.PW_PORT ?? 4173);
const ORIGIN = `http://workshop.test:${PORT}`;

async function launchRoomBrowser() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--host-resolver-rules=MAP workshop.test 127.0.0.1",
      `--unsafely-treat-insecure-origin-as-secure=${ORIGIN}`,
    ],
  });
}

/** A new context and page in `browser`, failing the test on any console error. */
async function openPage(browser, viewport, errors) {
  const context = await browser.newContext({ viewport });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: ORIGIN });
  const page = await context.newPage();
  page.on("console", (msg) => msg.type() === "error" && errors.push(msg.text()));
  page.on("pageerror", (err) => errors.push(String(err)));
  return page;
}

/** Reads the QR code on screen: a screenshot of it, drawn on a canvas, decoded by jsQR. */
async function readQrCode(browser, page) {
  const png = await page.getByRole("img", { name: "QR code of the invite link" }).screenshot();
  const scratch = await browser.newPage();
  const pixels = await scratch.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext("2d");
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height);
    return { width: data.width, height: data.height, data: Array.from(data.data) };
  }, png.toString("base64"));
  await scratch.close();
  const code = jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height);
  return code?.data;
}

/** One person on their phone: opens the invite, answers questions 1 and 2, sends. */
async function answerOnPhone(page, invite, { name, first, second }, axe = false) {
  await page.goto(invite);
  await expect(page.getByRole("heading", { name: "Your own answers" })).toBeVisible();
  await expect(page.getByText("Ward 7 workshop")).toBeVisible();
  if (axe) await expectNoAxeViolations(page);
  if (name) await page.getByRole("textbox", { name: "Your name (optional)" }).fill(name);
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("health or care needs");
  await page.getByRole("radio", { name: first }).check();
  if (axe) {
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "target/screens/phones-question-390.png" });
  }
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Question 2 of 7")).toBeVisible();
  await page.getByRole("radio", { name: second }).check();
  // The answers are kept on the phone: a reload loses nothing.
  await page.reload();
  await expect(page.getByRole("radio", { name: second })).toBeChecked();
  for (let n = 2; n <= 6; n++) {
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.getByText(`Question ${n + 1} of 7`)).toBeVisible();
  }
  await page.getByRole("button", { name: "Finish" }).click();
  await expect(page.getByRole("heading", { name: "Send your answers" })).toBeVisible();
  await expect(page.getByText("You have answered 2 of 7 questions.")).toBeVisible();
  if (axe) await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Send my answers to the facilitator" }).click();
  await expect(page.getByText("Link copied.")).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

test("everyone answers on their own phone, and the room sees who disagrees first", async () => {
  test.setTimeout(180_000);
  const browser = await launchRoomBrowser();
  const errors = [];
  try {
    const host = await openPage(browser, { width: 1280, height: 720 }, errors);
    await host.goto(`${ORIGIN}/#/workshop`);
    await host.getByRole("textbox", { name: "Name of the workshop (optional)" }).fill("Ward 7 workshop");
    await host.getByRole("radio", { name: "Quick check" }).check();
    await host.getByRole("button", { name: "Start with everyone answering on their phones" }).click();
    await expect(host.getByRole("heading", { name: "Answer on your phone" })).toBeVisible();
    const invite = await host.getByRole("textbox", { name: "The invite link" }).inputValue();
    expect(invite).toMatch(new RegExp(`^${ORIGIN}/#/join/v2\\.[A-Za-z0-9_-]+$`));
    // The code on the screen reads back as the link, and is big enough for a room.
    const box = await host.getByRole("img", { name: "QR code of the invite link" }).boundingBox();
    expect(box.height).toBeGreaterThan(400);
    expect(await readQrCode(browser, host)).toBe(invite);
    await expectNoAxeViolations(host);
    // The whole invite fits a 1280×720 projector.
    expect(await host.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(720);
    await host.screenshot({ path: "target/screens/phones-invite-1280.png" });

    // Three people, each on their own phone.
    const people = [
      { name: "Ana", first: "Simple", second: "Simple" },
      { name: "", first: "Complex", second: "Simple" },
      { name: "", first: "I don't know", second: "Simple" },
    ];
    const links = [];
    const phones = [];
    for (const [i, person] of people.entries()) {
      const phone = await openPage(browser, { width: 390, height: 844 }, errors);
      phones.push(phone);
      links.push(await answerOnPhone(phone, invite, person, i === 0));
      if (i === 0) await phone.screenshot({ path: "target/screens/phones-send-390.png" });
    }
    for (const link of links) expect(link).toMatch(new RegExp(`^${ORIGIN}/#/answers/v2\\.`));

    // Collected: pasted at once, with the first person's link twice.
    await host.getByRole("link", { name: "Collect answers" }).click();
    await expect(host.getByRole("heading", { name: "Collect answers" })).toBeVisible();
    await expect(host.getByText("0 people's answers received")).toBeVisible();
    await host.getByRole("textbox", { name: "How many people are taking part? (optional)" }).fill("4");
    await expect(host.getByText("0 of 4 received")).toBeVisible();
    // Text with no answers link in it says so, with no empty table.
    await host.getByRole("textbox", { name: "Paste the links people sent you" }).fill("Sorry, I forgot to send it");
    await host.getByRole("button", { name: "Check these answers" }).click();
    await expect(host.getByText('No answers links were found in what you pasted. They contain "#/answers/".')).toBeVisible();
    await expect(host.getByRole("table")).toHaveCount(0);
    await host.getByRole("textbox", { name: "Paste the links people sent you" })
      .fill(`From Ana: ${links[0]}\n${links[1]}\n${links[2]}\nAgain: ${links[0]}`);
    await host.getByRole("button", { name: "Check these answers" }).click();
    await expect(host.getByRole("cell", { name: /^New: will be added/ })).toHaveCount(3);
    await expect(host.getByRole("cell", { name: /same person sent again/ })).toHaveCount(1);
    await expect(host.getByRole("table", { name: "What these links hold" })).toBeVisible();
    // Nothing is stored until the facilitator chooses.
    await expect(host.getByText("0 of 4 received")).toBeVisible();
    await expectNoAxeViolations(host);
    await host.screenshot({ path: "target/screens/phones-collect-1280.png", fullPage: true });
    await host.getByRole("button", { name: "Add 3 people's answers" }).click();
    await expect(host.getByText("3 of 4 received")).toBeVisible();

    // The team view: each person by name or number, their disagreement first.
    await host.getByRole("link", { name: "Team view" }).click();
    await expect(host.getByText("3 people answered the quick check.")).toBeVisible();
    for (const who of ["Ana", "Person 1", "Person 2"]) {
      await expect(host.getByRole("columnheader", { name: who })).toBeVisible();
    }
    const disputed = host.locator("ol.disputed > li");
    await expect(disputed).toHaveCount(1);
    await expect(disputed.first()).toContainText("1 The condition and the people: simple 1, complicated 0, complex 1, don't know 1");
    await expect(disputed.first()).toContainText("\"I don't know\" beside a level");

    // The reveal: the people's own answers to the most disputed question, first.
    const id = host.url().match(/#\/team\/([a-z0-9]+)/)[1];
    await host.goto(`${ORIGIN}/#/a/${id}/present/reveal`);
    const first = host.locator(".disputed-list > li").first();
    await expect(first).toContainText("Question 1");
    await expect(first).toContainText("Ana: Simple");
    await expect(first).toContainText(/Person \d: Complex/);
    await expect(first).toContainText(/Person \d: I don't know/);
    await host.screenshot({ path: "target/screens/phones-reveal-1280.png" });

    // The facilitator sees the silent answers above the room's votes, question by question.
    await host.goto(`${ORIGIN}/#/a/${id}/facilitate`);
    await expect(host.getByText("Own answers (3 people): Simple 1, Complex 1, I don't know 1")).toBeVisible();

    // Ana changes her mind and sends again: her later sending replaces the first.
    const ana = phones[0];
    await ana.getByRole("link", { name: "Change my answers" }).click();
    await ana.getByRole("radio", { name: "Complicated" }).check();
    await ana.goto(ana.url().replace(/\/1$/, "/send"));
    await expect(ana.getByText("Not sent yet.")).toBeVisible();
    await ana.getByRole("button", { name: "Send my answers to the facilitator" }).click();
    await expect(ana.getByText("Link copied.")).toBeVisible();
    const again = await ana.evaluate(() => navigator.clipboard.readText());
    expect(again).not.toBe(links[0]);
    // The facilitator taps her link where it arrived: the same preview, added only on a click.
    await host.goto(again);
    await expect(host.getByRole("heading", { level: 1, name: "Someone's workshop answers" })).toBeVisible();
    await expect(host.getByText('This link holds one person\'s answers to your workshop "Ward 7 workshop".')).toBeVisible();
    await expect(host.getByRole("table", { name: "What this link holds" })).toBeVisible();
    await expect(host.getByRole("cell", { name: /^A newer sending/ })).toHaveCount(1);
    await expectNoAxeViolations(host);
    await host.screenshot({ path: "target/screens/phones-answers-link-1280.png", fullPage: true });
    await host.getByRole("button", { name: "Add 1 person's answers" }).click();
    await expect(host.getByRole("status").filter({ hasText: "Added 1 person's answers" })).toBeVisible();
    await host.getByRole("link", { name: "Collect answers", exact: true }).click();
    await expect(host.getByText("3 of 4 received")).toBeVisible();
    // Both of her links pasted afterwards change nothing.
    await host.getByRole("textbox", { name: "Paste the links people sent you" }).fill(`${links[0]} ${again}`);
    await host.getByRole("button", { name: "Check these answers" }).click();
    await expect(host.getByRole("cell", { name: /same person sent again/ })).toHaveCount(1);
    await expect(host.getByRole("cell", { name: /^Already collected/ })).toHaveCount(1);
    await expect(host.getByRole("button", { name: /^Add / })).toHaveCount(0);
    // On her own phone the link has nowhere to go, and says so.
    await ana.goto(again);
    await expect(ana.getByText(/These answers are for a workshop that is not on this device\. If you answered, there is nothing more to do here/)).toBeVisible();
    await expectNoAxeViolations(ana);
    await host.goto(`${ORIGIN}/#/a/${id}/facilitate`);
    await expect(host.getByText("Own answers (3 people): Complicated 1, Complex 1, I don't know 1")).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});

test("on this computer's own address the invite says phones cannot reach it, and keeps the link", async ({ page }) => {
  await page.goto("./#/workshop");
  await page.getByRole("radio", { name: "Quick check" }).check();
  await page.getByRole("button", { name: "Start with everyone answering on their phones" }).click();
  await expect(page.getByRole("heading", { name: "Phones cannot open this address" })).toBeVisible();
  await expect(page.getByRole("img", { name: "QR code of the invite link" })).toHaveCount(0);
  await expect(page.getByRole("textbox", { name: "The invite link" })).toHaveValue(/#\/join\/v2\./);
  await expectNoAxeViolations(page);
});

// The facilitator's own questions: the same seven as the quick check, reworded.
const QUICK = JSON.parse(readFileSync(new URL("../../questions/quick.json", import.meta.url)));
const WARD_BANK = {
  name: "ward-team.json",
  mimeType: "application/json",
  buffer: Buffer.from(JSON.stringify({
    format: "nasss-navigator-bank",
    bank: {
      id: "ward-team", version: 1, title: "Our ward's questions", summary: "Seven questions for the ward team.", minutes: 30,
      questions: QUICK.questions.map((q) => ({ ...q, code: `W${q.code}`, text: `Ward: ${q.text}` })),
    },
  })),
};

test("the facilitator's own questions travel whole in the link; the code, too short for them, works once the file is loaded", async () => {
  test.setTimeout(120_000);
  const browser = await launchRoomBrowser();
  const errors = [];
  try {
    const host = await openPage(browser, { width: 1280, height: 720 }, errors);
    await host.goto(`${ORIGIN}/#/workshop`);
    await host.getByLabel("Load your own questions (optional)").setInputFiles(WARD_BANK);
    await expect(host.getByRole("radio", { name: "Our ward's questions" })).toBeChecked();
    await host.getByRole("button", { name: "Start with everyone answering on their phones" }).click();
    await expect(host.getByText(/Your own questions make the whole invite link [\d,]+ characters long, too long for a code/)).toBeVisible();
    const whole = await host.getByRole("textbox", { name: "The invite link" }).inputValue();
    const short = await readQrCode(browser, host);
    expect(short).toMatch(new RegExp(`^${ORIGIN}/#/join/v2\\.`));
    expect(short.length).toBeLessThan(200);
    expect(whole.length).toBeGreaterThan(short.length);
    await expectNoAxeViolations(host);

    // The whole link brings the questions with it.
    const withLink = await openPage(browser, { width: 390, height: 844 }, errors);
    await withLink.goto(whole);
    await withLink.getByRole("button", { name: "Start" }).click();
    await expect(withLink.getByRole("heading", { level: 1 })).toContainText("Ward:");

    // The code alone needs the question set file first, and says so.
    const scanned = await openPage(browser, { width: 390, height: 844 }, errors);
    await scanned.goto(short);
    await expect(scanned.getByText("The workshop's questions are not on this phone.")).toBeVisible();
    await expectNoAxeViolations(scanned);
    await scanned.goto(`${ORIGIN}/#/workshop`);
    await scanned.getByLabel("Load your own questions (optional)").setInputFiles(WARD_BANK);
    await expect(scanned.getByRole("radio", { name: "Our ward's questions" })).toBeChecked();
    await scanned.goto(short);
    await scanned.getByRole("button", { name: "Start" }).click();
    await expect(scanned.getByRole("heading", { level: 1 })).toContainText("Ward:");
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
