// Share by link: one browser copies a link that holds a whole assessment, another person's
// browser (a fresh context) opens it, sees what it holds, and keeps it only on choosing to.
// Links cut short, changed, from a newer version or too long for email are refused with
// their reasons, and nothing is stored.
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

/** Opens the share page from the library card's More actions and copies the link. */
async function copyLink(page, title) {
  await page.goto("./");
  await moreActions(page, title);
  await page.getByRole("link", { name: `Share by link ${title}`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Share "${title}" by link` })).toBeVisible();
  await expect(page.getByText(/^The link is [\d,]+ characters long/)).toBeVisible();
  await page.getByRole("button", { name: "Copy the link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied. Paste it into an email or a message." })).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

test("a link copied in one browser opens in another, shows what it holds, and stores it only when chosen", async ({ page, browser, baseURL }) => {
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

  // Before copying, the page says who can read it.
  await page.goto("./");
  await moreActions(page, "Virtual ward");
  await page.getByRole("link", { name: "Share by link Virtual ward", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Anyone with the link can read the answers" })).toBeVisible();
  await expect(page.getByText(/^The link is [\d,]+ characters long, short enough for any email program\.$/)).toBeVisible();
  await expectNoAxeViolations(page);
  const link = await copyLink(page, "Virtual ward");
  expect(link).toMatch(new RegExp(`^${baseURL}#/open/v1\\.[A-Za-z0-9_-]+$`));
  expect(link.length).toBeLessThanOrEqual(2000);

  // Priya's browser: the same preview and choices as a file, and nothing stored yet.
  const { context, other, problems } = await otherBrowser(browser, baseURL);
  await other.goto(link);
  await expect(other.getByRole("heading", { level: 1, name: "Open a shared assessment" })).toBeVisible();
  await expect(other.getByRole("heading", { name: "Ready to import from the link" })).toBeVisible();
  await expect(other.getByText("This link holds 1 assessment. Nothing has been stored yet.")).toBeVisible();
  await expect(other.getByRole("heading", { level: 3, name: "Virtual ward" })).toBeVisible();
  await expect(other.getByText("The link says they are from Sam.")).toBeVisible();
  await expect(other.getByRole("radio", { name: "Someone else's" })).toBeChecked();
  expect(await storedCount(other)).toBe(0);
  await expectNoAxeViolations(other);

  // Cancel keeps nothing; the link opens again, and Import keeps it.
  await other.getByRole("button", { name: "Cancel" }).click();
  await expect(other.getByRole("heading", { level: 1 })).not.toHaveText("Open a shared assessment");
  expect(await storedCount(other)).toBe(0);
  await other.goto(link);
  await other.getByRole("button", { name: "Import 1" }).click();
  await expect(other.getByText("Imported 1 assessment.")).toBeVisible();
  expect(await storedCount(other)).toBe(1);
  const card = other.getByRole("listitem", { name: "Virtual ward" });
  await expect(card.getByText(/^From: Sam, imported /)).toBeVisible();
  await card.getByRole("link", { name: "Results and report Virtual ward" }).click();
  await expect(other.getByText("Sam's judgement: complicated (answers suggest complex)").first()).toBeVisible();
  await other.getByText("Sam's answers and notes").click();
  await expect(other.getByText("Most patients have two or more other illnesses.")).toBeVisible();
  expect(problems).toEqual([]);
  await context.close();
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
  await refused(`${start}#/open/v2.${payload.slice(3)}`, "A newer version of NASSS Navigator made this link.");
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
  await moreActions(page, "Big programme");
  await page.getByRole("link", { name: "Share by link Big programme", exact: true }).click();
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
  await expect(box).toHaveValue(/#\/open\/v1\.[A-Za-z0-9_-]+$/);
  await expect(page.getByText(/^This browser did not let the app copy the link, so copy it yourself: it is selected/)).toBeVisible();
  // All of it is selected, so one Ctrl+C copies the whole link.
  expect(await box.evaluate((el) => el.selectionStart === 0 && el.selectionEnd === el.value.length)).toBe(true);
  await expect(page.getByText("Link copied.")).toHaveCount(0);
  await expectNoAxeViolations(page);
});
