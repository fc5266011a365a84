// Share by link: one browser copies a link that holds a whole assessment, another person's
// browser (a fresh context) opens it and reads it with nothing stored, then keeps it only on
// choosing to, and lands on its results. A link back to a device that has the assessment
// shows the import preview. Links in the first format (v1) still open. The phone's share
// sheet is used where the browser has one. Links cut short, changed, from a newer version or
// too long for email are refused with their reasons, and nothing is stored.
import { readFileSync } from "node:fs";
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { assessmentOf, exportFile, importFiles, moreActions } from "./helpers.mjs";

const STORED = "nasss-navigator/assessment/";

/** How many assessments a page's browser has stored. */
async function storedCount(page) {
  return page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix)).length, STORED);
}

/** Another person's browser: a fresh context, checked as the fixture checks its page. */
async function otherBrowser(browser, baseURL) {
  const context = await browser.newContext();
  const other = await context.newPage();
  const origin = new URL(baseURL).origin;
  const problems = [];
  other.on("request", (req) => {
    if (!req.url().startsWith(origin) && !req.url().startsWith("blob:")) problems.push(req.url());
  });
  other.on("console", (msg) => msg.type() === "error" && problems.push(msg.text()));
  other.on("pageerror", (err) => problems.push(String(err)));
  return { context, other, problems };
}

/** Opens the share page from the library card's Share and copies the link. */
async function copyLink(page, title) {
  await page.goto("./");
  await page.getByRole("listitem", { name: title }).getByRole("link", { name: `Share ${title}`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Share "${title}"` })).toBeVisible();
  await expect(page.getByText(/^The link is [\d,]+ characters long/)).toBeVisible();
  await page.getByRole("button", { name: "Copy the link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied. Paste it into an email or a message." })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

test("a link copied in one browser is read in another with nothing stored, kept only when chosen, and opens at its results", async ({ page, browser, baseURL }) => {
  test.slow();
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  // Sam starts a quick check, answers with a note, and judges the domain.
  await page.goto("./");
  await page.getByRole("textbox", { name: "Name of your project (optional)" }).fill("Virtual ward");
  await page.getByRole("textbox", { name: "Your name (optional)" }).fill("Sam");
  await page.getByRole("radio", { name: "Quick check" }).check();
  await page.getByRole("button", { name: "Start now" }).click();
  const id = page.url().match(/#\/a\/([a-z0-9]+)\//)[1];
  await page.getByRole("radio", { name: "Complex", exact: true }).check();
  await page.getByRole("textbox", { name: "Notes (optional)" }).fill("Most patients have two or more other illnesses.");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText(/Question 2 of/)).toBeVisible();
  await page.goto(`./#/a/${id}/domain/1`);
  await page.getByRole("radio", { name: "Complicated" }).check();
  await page.getByRole("textbox", { name: "Why? (optional)" }).fill("The clinic already handles it.");
  await expect(page.getByText("Saved on this device")).toBeVisible();

  // Share sits on the results page too; before copying, the page says who can read it.
  await page.goto(`./#/a/${id}/results`);
  await page.getByRole("link", { name: "Share", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: 'Share "Virtual ward"' })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Anyone with the link can read the answers" })).toBeVisible();
  await expect(page.getByText(/^The link is [\d,]+ characters long, short enough for any email program\.$/)).toBeVisible();
  // No share sheet in this browser: Copy is the one way, and there is no "Share the link".
  await expect(page.getByRole("button", { name: "Share the link" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  const link = await copyLink(page, "Virtual ward");
  expect(link).toMatch(new RegExp(`^${baseURL}#/open/v2\\.[A-Za-z0-9_-]+$`));
  expect(link.length).toBeLessThanOrEqual(1024);

  // Priya's browser: the assessment to read, at its results, and nothing stored.
  const { context, other, problems } = await otherBrowser(browser, baseURL);
  await other.goto(link);
  await expect(other.getByRole("heading", { level: 1, name: "Results: Virtual ward" })).toBeVisible();
  await expect(other.getByRole("heading", { level: 1 })).toBeFocused();
  await expect(other.getByText("You are reading the link's copy.")).toBeVisible();
  await expect(other.getByText("Sam's judgement: complicated (answers suggest complex)").first()).toBeVisible();
  await other.getByText("Sam's answers and notes").click();
  await expect(other.getByText("Most patients have two or more other illnesses.")).toBeVisible();
  // Only reading: no review, plan, share or check-in before it is kept.
  await expect(other.getByRole("link", { name: "Review this assessment" })).toHaveCount(0);
  await expect(other.getByRole("link", { name: "Share", exact: true })).toHaveCount(0);
  expect(await storedCount(other)).toBe(0);
  await expectNoAxeViolations(other);
  // Its answers page reads it too, with the same notice; a page that would change it is not there.
  await other.getByRole("link", { name: "Back to Sam's answers" }).click();
  await expect(other.getByText("You are reading the link's copy.")).toBeVisible();
  await other.goto(`${baseURL}#/a/${id}/review`);
  await expect(other.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  expect(await storedCount(other)).toBe(0);
  // A reload reads the link again; leaving keeps nothing.
  await other.goto(link);
  await other.reload();
  await expect(other.getByRole("heading", { level: 1, name: "Results: Virtual ward" })).toBeVisible();
  expect(await storedCount(other)).toBe(0);

  // Keeping it stores it, and lands on its results, no longer the link's copy.
  await other.getByRole("button", { name: "Keep a copy on this device" }).click();
  await expect(other).toHaveURL(new RegExp(`#/a/${id}/results$`));
  await expect(other.getByRole("heading", { level: 1, name: "Results: Virtual ward" })).toBeFocused();
  await expect(other.getByText(/^From: Sam, imported /)).toBeVisible();
  await expect(other.getByText("You are reading the link's copy.")).toHaveCount(0);
  await expect.poll(() => storedCount(other)).toBe(1);
  await expectNoAxeViolations(other);
  await other.goto(`${baseURL}#/`);
  await expect(other.getByRole("listitem", { name: "Virtual ward" }).getByText(/^From: Sam, imported /)).toBeVisible();

  // The same link opened where the assessment already is: the import preview, storing nothing.
  await other.goto(link);
  await expect(other.getByRole("heading", { name: "Ready to import from the link" })).toBeVisible();
  await expect(other.getByText("This link holds 1 assessment. Nothing has been stored yet.")).toBeVisible();
  await expectNoAxeViolations(other);
  await other.getByRole("button", { name: "Cancel" }).click();
  expect(await storedCount(other)).toBe(1);
  expect(problems).toEqual([]);
  await context.close();
});

test("a link in the first format (v1) still opens, to read and keep", async ({ browser, baseURL }) => {
  // tests/fixtures/link-v1: made by the app's code before link format 2.
  const fixture = readFileSync(new URL("../fixtures/link-v1/virtual-ward.txt", import.meta.url), "utf8").trim();
  const payload = fixture.split("#/open/")[1];
  expect(payload.startsWith("v1.")).toBe(true);
  const { context, other, problems } = await otherBrowser(browser, baseURL);
  await other.goto(`${baseURL}#/open/${payload}`);
  await expect(other.getByRole("heading", { level: 1, name: "Results: Virtual ward (v1 link)" })).toBeVisible();
  await expect(other.getByText("From: Priya Shah (Northside Health).")).toBeVisible();
  await expect(other.getByText("Priya Shah's judgement: complicated (answers suggest complex)").first()).toBeVisible();
  expect(await storedCount(other)).toBe(0);
  await other.getByRole("button", { name: "Keep a copy on this device" }).click();
  await expect(other).toHaveURL(/#\/a\/mk1fixture01\/results$/);
  await expect.poll(() => storedCount(other)).toBe(1);
  await other.getByText("Priya Shah's answers and notes").click();
  await expect(other.getByText("Most patients have two or more long-term conditions.")).toBeVisible();
  expect(problems).toEqual([]);
  await context.close();
});

test("the share sheet is used where the browser has one, and a refusal falls back to copying by hand", async ({ page }) => {
  // A phone's navigator.share, stood in for: it records what it was given.
  await page.addInitScript(() => {
    window.__shared = [];
    navigator.share = (data) => {
      window.__shared.push(data);
      const mode = localStorage.getItem("share-mode");
      if (mode === "cancel") return Promise.reject(new DOMException("Cancelled", "AbortError"));
      if (mode === "refuse") return Promise.reject(new DOMException("Refused", "NotAllowedError"));
      return Promise.resolve();
    };
  });
  await importFiles(page, exportFile([assessmentOf("shr5", "Remote clinic", "quick", { 1: "simple" })]));
  await page.goto("./#/a/shr5/share");
  await page.getByRole("button", { name: "Share the link" }).click();
  await expect.poll(() => page.evaluate(() => window.__shared.length)).toBe(1);
  const shared = await page.evaluate(() => window.__shared[0]);
  expect(shared.title).toBe("Remote clinic");
  expect(shared.url).toMatch(/#\/open\/v2\.[A-Za-z0-9_-]+$/);
  // Copy is still there beside it.
  await expect(page.getByRole("button", { name: "Copy the link" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Closing the sheet is a choice: nothing is said.
  await page.evaluate(() => localStorage.setItem("share-mode", "cancel"));
  await page.getByRole("button", { name: "Share the link" }).click();
  await expect.poll(() => page.evaluate(() => window.__shared.length)).toBe(2);
  await expect(page.getByRole("textbox", { name: "The link" })).toHaveCount(0);

  // A refusal shows the link to copy by hand, selected.
  await page.evaluate(() => localStorage.setItem("share-mode", "refuse"));
  await page.getByRole("button", { name: "Share the link" }).click();
  const box = page.getByRole("textbox", { name: "The link" });
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(shared.url);
  await expect(page.getByText(/^This device did not open its share options, so copy the link yourself/)).toBeVisible();
});

test("on your own assessment, Ask someone to review this is the same link, worded for asking", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("textbox", { name: "Name of your project (optional)" }).fill("Care home tablets");
  await page.getByRole("radio", { name: "Quick check" }).check();
  await page.getByRole("button", { name: "Start now" }).click();
  const id = page.url().match(/#\/a\/([a-z0-9]+)\//)[1];
  await page.getByRole("radio", { name: "Complex", exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.goto(`./#/a/${id}/results`);
  await page.getByRole("link", { name: "Ask someone to review this" }).click();
  await expect(page.getByRole("heading", { level: 1, name: 'Ask someone to review "Care home tablets"' })).toBeVisible();
  await expect(page.getByText(/^Send this link to the person you would like to review your assessment\./)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Anyone with the link can read the answers" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy the link" })).toBeVisible();
  await expectNoAxeViolations(page);
  // Also on the card, under More actions; someone else's assessment does not offer it.
  await page.goto("./");
  await moreActions(page, "Care home tablets");
  await expect(page.getByRole("link", { name: "Ask someone to review this Care home tablets", exact: true })).toBeVisible();
});

test("a preview shows dates as they will be stored, never in the future", async ({ page }) => {
  // A sender's clock far ahead, and a date no clock gives: both are stored as now.
  const future = assessmentOf("shr7", "Clock ahead", "quick", { 1: "simple" }, { created_at: 4102444800000, updated_at: 4102444800000 });
  const huge = JSON.stringify(assessmentOf("shr8", "Huge date", "quick", { 1: "simple" }, { updated_at: 0 }))
    .replace('"updated_at":0', '"updated_at":18446744073709551615'); // u64's largest: JSON.stringify cannot write it
  const file = exportFile([future]);
  file.buffer = Buffer.from(file.buffer.toString().replace(/("assessments": \[)/, `$1${huge},`));
  await page.goto("./#/import");
  await page.getByLabel("Choose a file (.json)").setInputFiles(file);
  const today = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  for (const title of ["Clock ahead", "Huge date"]) {
    const row = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: title }) });
    await expect(row.getByText(new RegExp(`last changed ${today}$`))).toBeVisible();
  }
  await expect(page.getByText(/2100|January 0/)).toHaveCount(0);
});

test("an assessment with no title is Untitled assessment everywhere", async ({ page }) => {
  await importFiles(page, exportFile([assessmentOf("shr6", "", "quick", { 1: "simple" })]));
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 2, name: "Untitled assessment" })).toBeVisible();
  await moreActions(page, "Untitled assessment");
  await expect(page.getByRole("link", { name: "Share Untitled assessment", exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("./#/a/shr6/results");
  await expect(page.getByRole("heading", { level: 1, name: "Results: Untitled assessment" })).toBeVisible();
});

test("a link cut short, changed, or from a newer version is refused with its reason and stores nothing", async ({ page, browser, baseURL }) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await importFiles(page, exportFile([assessmentOf("shr1", "Remote clinic", "quick", { 1: "complex", 2: "simple" })]));
  const link = await copyLink(page, "Remote clinic");
  const [start, payload] = link.split("#/open/");

  const { context, other, problems } = await otherBrowser(browser, baseURL);
  const refused = async (url, reason) => {
    await other.goto(url);
    await other.reload(); // a new hash on the same page only changes the route; be sure it reads afresh
    await expect(other.getByRole("heading", { level: 1, name: "Open a shared assessment" })).toBeVisible();
    await expect(other.getByRole("alert", { name: "This link could not be opened" })).toContainText(reason);
    await expect(other.getByRole("button", { name: /^Import/ })).toHaveCount(0);
    expect(await storedCount(other)).toBe(0);
  };

  // Cut short, as an email program breaking the line would.
  const cut = payload.slice(0, payload.length - 12);
  await refused(`${start}#/open/${cut}`, `This link has been cut short: it has ${cut.length} of its ${payload.length} characters.`);
  await expectNoAxeViolations(other);
  // One character changed in the middle.
  const i = Math.floor(payload.length / 2);
  const changed = payload.slice(0, i) + (payload[i] === "A" ? "B" : "A") + payload.slice(i + 1);
  await refused(`${start}#/open/${changed}`, "This link has been changed since it was made");
  // Made by a newer version.
  await refused(`${start}#/open/v3.${payload.slice(3)}`, "A newer version of NASSS Navigator made this link.");
  // The way out is a file.
  await other.getByRole("link", { name: "import it from the file" }).click();
  await expect(other.getByRole("heading", { level: 1, name: "Import assessments" })).toBeVisible();
  expect(problems).toEqual([]);
  await context.close();
});

test("a long link comes with a caution, and one too long for email is refused with a file offered instead", async ({ page }) => {
  // Notes that do not compress away: a different mix of words on every question.
  const words = ["pathway", "funding", "staff", "rota", "consent", "server", "training", "audit", "ward", "carer", "budget", "contract"];
  const withNotes = (id, title, length) => {
    const responses = {};
    for (let q = 1; q <= 7; q++) {
      const note = Array.from({ length }, (_, k) => `${words[(q * 7 + k * 5) % 12]}${(q * 131 + k * 17) % 97}`).join(" ");
      responses[q] = { answer: "complex", note, updated_at: 1764000000000 + q };
    }
    return { ...assessmentOf(id, title, "quick", {}), responses };
  };
  await importFiles(page, exportFile([withNotes("shr2", "Long notes", 100), withNotes("shr3", "Big programme", 300)]));

  // Between 1,024 and 2,000 characters: made, with the warning about Outlook.
  await page.goto("./#/a/shr2/share");
  await expect(page.getByText(/^The link is 1,[\d]{3} characters long\. Some email programs, including some versions of Outlook, cut links longer than 1,024/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy the link" })).toBeVisible();

  // Over 2,000: refused before anything is copied, with the reason and a file instead.
  await page.goto("./");
  await page.getByRole("link", { name: "Share Big programme", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Send a file instead" })).toBeVisible();
  await expect(page.getByText(/^This link would be [\d,]+ characters long\. Email programs can cut links longer than 2,000, .* Export a file instead and send that/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy the link" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON" }).click();
  expect((await download).suggestedFilename()).toMatch(/^big-programme-\d{4}-\d{2}-\d{2}\.json$/);
});

test("when the browser refuses the clipboard, the link is shown to copy by hand", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator.clipboard, "writeText", {
      value: () => Promise.reject(new DOMException("Refused", "NotAllowedError")),
    });
  });
  await importFiles(page, exportFile([assessmentOf("shr4", "Remote clinic", "quick", { 1: "simple" })]));
  await page.goto("./#/a/shr4/share");
  await page.getByRole("button", { name: "Copy the link" }).click();
  const box = page.getByRole("textbox", { name: "The link" });
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute("readonly", "");
  await expect(box).toHaveValue(/#\/open\/v2\.[A-Za-z0-9_-]+$/);
  await expect(page.getByText(/^This browser did not let the app copy the link, so copy it yourself: it is selected/)).toBeVisible();
  // All of it is selected, so one Ctrl+C copies the whole link.
  expect(await box.evaluate((el) => el.selectionStart === 0 && el.selectionEnd === el.value.length)).toBe(true);
  await expect(page.getByText("Link copied.")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

// The two length targets, measured with this browser's own compression (the native
// tests measure them with miniz_oxide's deflate): the same two assessments as
// tests/link_codec.rs, stored as the app stores its own, at an address as long as
// http://127.0.0.1:8080/.
const T0 = 1764000000000;
const NOTES = [
  "Most patients on the ward have two or more long-term conditions, so readings are hard to interpret.",
  "The wearable patch needs a phone nearby; about a third of our older patients do not have a smartphone.",
  "Clinicians gain an early warning, but the trust pays per patient per day and savings are not proven yet.",
  "Nurses would review alerts at the hub twice a day; that changes the rota and needs agreement from staff.",
  "The board supports it, though the digital team is stretched by the new patient record going live in May.",
  "Data sharing with the GP practices needs a new agreement, and the supplier hosts data outside the UK.",
  "Funding ends in March 2027 and nobody has said yet who would pay for the service after the pilot year.",
];
const PRIYA = { id: "", name: "Priya Shah", organisation: "Northside Health" };

function quickWithNotes() {
  const levels = ["complex", "complicated", "complex", "simple", "complicated", "dont_know", "complex"];
  const responses = {};
  let t = T0;
  for (let i = 0; i < 7; i++) {
    t += 20417 + 7919 * i;
    t += 45103 + 1237 * i;
    responses[String(i + 1)] = { answer: levels[i], note: NOTES[i], updated_at: t };
  }
  return { id: "mi4x7k2a9qz", title: "Virtual ward", created_at: T0, updated_at: t, bank: { id: "quick", version: 2 }, responses, author: PRIYA };
}

function fullWithoutNotes() {
  const codes = ["1A", "1B", "2A", "2B", "2C", "2D", "3A", "3B", "4A", "4B", "4C", "5A", "5B", "5C", "5D", "5E", "6A", "6B", "6C", "6D", "6E", "7A", "7B"];
  const levels = ["simple", "complicated", "complex", "dont_know"];
  const responses = {};
  let t = T0;
  codes.forEach((code, i) => {
    t += 9013 + ((i * 7919) % 40000);
    responses[code] = { answer: levels[(i * 7 + Math.floor(i / 3)) % 4], updated_at: t };
  });
  return { id: "mi4x7k2a9qz", title: "Remote heart monitoring", created_at: T0, updated_at: t, bank: { id: "full", version: 2 }, responses, author: PRIYA };
}

test("links meet the length targets with the browser's own compression", async ({ page, baseURL }) => {
  expect(baseURL.length).toBe("http://127.0.0.1:8080/".length);
  for (const [assessment, target] of [[quickWithNotes(), 800], [fullWithoutNotes(), 300]]) {
    await page.goto("./");
    await page.evaluate((a) => {
      localStorage.clear();
      const file = { format: "nasss-navigator", schema_version: 2, exported_at: 0, assessments: [a] };
      localStorage.setItem(`nasss-navigator/assessment/${a.id}`, JSON.stringify(file));
    }, assessment);
    await page.reload();
    await page.goto(`./#/a/${assessment.id}/share`);
    const note = page.getByText(/^The link is [\d,]+ characters long/);
    await expect(note).toBeVisible();
    const chars = Number((await note.textContent()).match(/^The link is ([\d,]+)/)[1].replace(",", ""));
    console.log(`${assessment.title}: ${chars} characters (target ${target})`);
    expect(chars).toBeLessThanOrEqual(target);
  }
});
