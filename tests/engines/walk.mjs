// The smoke walk every engine takes: the start page, a quick check to its results, a reload,
// a later page (the plan), the library (what the browser said about keeping the data), and
// a share link made by the app, read in another person's browser with nothing stored.
// `tab` is a firefox.mjs or webkit.mjs tab: goto, reload, evaluate, findAll(role, name),
// onElement, click, type. Every step waits for what a person waits for (a role and name, or
// a text), polling with a generous limit: a busy 2-core machine can be slow, never wrong.

// A first load of the wasm in a cold browser on a loaded CI machine can take many seconds.
const LIMIT = 60_000;
const TITLE = "Engine walk";
const STORED = "nasss-navigator/assessment/";
// What the library says when a browser has no navigator.storage (WebKitGTK by default).
export const UNSUPPORTED = "This browser cannot say whether it will keep your assessments: export a copy.";
const DURABILITY = [
  "This browser has agreed to keep your assessments.",
  "This browser may clear your assessments: export a copy.",
  UNSUPPORTED,
];

/** Where the walked tab is and what it shows, to say where a failed walk stopped. */
export async function whereNow(browser) {
  const tab = browser?.current;
  if (!tab) return "";
  const seen = await tab.evaluate("location.href + '\\n' + document.body.innerText.slice(0, 600)").catch(() => null);
  return seen ? `\n  The page was ${seen.replace(/\n+/g, "\n    ")}` : "";
}

/** Polls `check` until it returns something truthy; fails naming `what` after `limit` ms. */
async function until(what, check, limit = LIMIT) {
  const deadline = Date.now() + limit;
  let problem = null;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      problem = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`waited ${limit / 1000} s for ${what}${problem ? ` (last problem: ${problem.message})` : ""}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The one element with this role and accessible name, once it is showing. */
async function role(tab, kind, name) {
  const found = await until(`the ${kind} "${name}"`, async () => {
    const all = await tab.findAll(kind, name);
    return all.length > 0 && all;
  });
  if (found.length > 1) throw new Error(`${found.length} elements are the ${kind} "${name}"; expected one`);
  return found[0];
}

const pageText = (tab) => tab.evaluate("document.body.innerText");

/** Waits until the page shows `text` (a string, or a RegExp); returns the page's text. */
async function text(tab, wanted) {
  return until(`the text ${wanted instanceof RegExp ? wanted : JSON.stringify(wanted)}`, async () => {
    const shown = await pageText(tab);
    return (wanted instanceof RegExp ? wanted.test(shown) : shown.includes(wanted)) && shown;
  });
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * Walks `browser` (from launchFirefox or launchWebKit) through the app at `base`. `step`
 * is called with each step's name as it starts, for the report. Returns what the library
 * said about keeping the data, and how the link came (copied, or shown to copy by hand).
 */
export async function walk(browser, base, step = () => {}) {
  const tab = browser.tab;
  // The tab being walked, for the report should a step fail.
  browser.current = tab;

  step("the start page");
  await tab.goto(base);
  await role(tab, "heading", "Find where your project is complex");

  step("a quick check, answered");
  await tab.type(await role(tab, "textbox", "Name of your project (optional)"), TITLE);
  const quick = await role(tab, "radio", "Quick check");
  await tab.click(quick);
  check(await tab.onElement(quick, "(el) => el.checked"), "Quick check did not become checked");
  await tab.click(await role(tab, "button", "Start now"));
  // Complex and simple in turn: domains 1, 3, 5 and 7 complex, 2, 4 and 6 simple.
  for (let n = 1; n <= 7; n++) {
    await text(tab, `Question ${n} of 7`);
    const answer = await role(tab, "radio", n % 2 ? "Complex" : "Simple");
    await tab.click(answer);
    check(await tab.onElement(answer, "(el) => el.checked"), `question ${n}'s answer did not become checked`);
    await text(tab, "Saved on this device");
    await tab.click(await role(tab, "button", "Continue"));
  }
  await role(tab, "heading", "Check your answers");
  await text(tab, "You have answered 7 of 7 questions.");

  step("the results");
  await tab.click(await role(tab, "link", "See your results"));
  await role(tab, "heading", `Results: ${TITLE}`);
  const headline = "Complex in 4 of 7 domains, complicated in 0, simple in 3";
  await text(tab, headline);

  step("a reload keeps them");
  const url = await tab.evaluate("location.href");
  check(/#\/a\/[a-z0-9]+\/results$/.test(url), `the results page's address is ${url}`);
  await tab.reload();
  await role(tab, "heading", `Results: ${TITLE}`);
  await text(tab, headline);

  step("a later page: the plan");
  await tab.click(await role(tab, "link", "Plan actions"));
  await role(tab, "heading", "Plan actions");
  await text(tab, "1. The condition");

  step("the library, and what the browser said about keeping the data");
  await tab.goto(base);
  await role(tab, "heading", "Your assessments");
  await text(tab, TITLE);
  const said = await until("a sentence on keeping the data", async () => {
    const shown = await pageText(tab);
    return DURABILITY.find((sentence) => shown.includes(sentence));
  });
  if (browser.expectSaid) check(said === browser.expectSaid, `the library said "${said}", expected "${browser.expectSaid}"`);
  // Said calmly: no alert, no warning that the browser is not saving.
  const alerts = await tab.evaluate("[...document.querySelectorAll('[role=alert]')].map((el) => el.innerText.trim()).join('')");
  check(alerts === "", `the library shows an alert: ${alerts}`);

  step("a share link, made by the app");
  const id = url.match(/#\/a\/([a-z0-9]+)\//)[1];
  await tab.goto(`${base}#/a/${id}/results`);
  await tab.click(await role(tab, "link", "Share"));
  await role(tab, "heading", `Share "${TITLE}"`);
  await text(tab, /The link is [\d,]+ characters long/);
  // The clipboard is the browser's to allow or refuse: whichever it does, the app either
  // copies the link (seen here on its way to the clipboard) or shows it to copy by hand.
  await tab.evaluate(`(() => {
    const clipboard = navigator.clipboard;
    if (!clipboard) return true;
    const write = clipboard.writeText.bind(clipboard);
    clipboard.writeText = (link) => { window.copiedLink = link; return write(link); };
    return true;
  })()`);
  await tab.click(await role(tab, "button", "Copy the link"));
  let how = "copied";
  const link = await until("the link, copied or shown to copy by hand", async () => {
    const shown = await pageText(tab);
    if (shown.includes("Link copied. Paste it into an email or a message.")) return tab.evaluate("window.copiedLink");
    const byHand = await tab.findAll("textbox", "The link");
    how = "shown to copy by hand";
    return byHand.length > 0 && tab.onElement(byHand[0], "(el) => el.value");
  });
  check(link.startsWith(`${base}#/open/v2.`), `the link made is ${link}`);

  step("the link, read in another person's browser");
  const other = await browser.otherPerson();
  browser.current = other;
  await other.goto(link);
  await role(other, "heading", `Results: ${TITLE}`);
  await text(other, "You are reading the link's copy.");
  await text(other, headline);
  const stored = await other.evaluate(`Object.keys(localStorage).filter((k) => k.startsWith(${JSON.stringify(STORED)})).length`);
  check(stored === 0, `reading the link stored ${stored} assessments`);

  if (browser.errors) check(browser.errors.length === 0, `console errors: ${browser.errors.join(" | ")}`);
  if (browser.requests) {
    const origin = new URL(base).origin;
    const foreign = browser.requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
    check(browser.requests.length > 0, "no request from the pages was seen");
    check(foreign.length === 0, `requests outside the app's own origin: ${foreign.join(" ")}`);
  }
  return { said, how };
}
