// User text is always shown as text, never run as HTML or script. Hostile strings go in
// through every way text gets into the app (typing on each form, importing a file) and
// must come out literally on every page that shows them, with nothing executed.
//
// Tripwires, any one of which fails the test:
// - every payload calls __pwned(n), and alert/confirm/prompt are hooked: window.__xss must stay empty;
// - a Content Security Policy violation (an inline handler or script the CSP blocked) is recorded,
//   and also logs a console error, which the shared fixture turns into a failure;
// - the DOM must hold no on* attribute, no dangerous attribute carrying user text, no
//   javascript: URL, no script but the app's loader and no element a payload could have created;
// - the page must request nothing but the app's own files (an injected <img src=x> asks for /x);
// - the text itself must show literally (markup parsed as HTML would lose its tags).
import { test, expect } from "./fixtures.mjs";
import { LEVEL_NAMES, assessmentOf, exportFile, importFiles } from "./helpers.mjs";

const PAYLOADS = [
  `<script>__pwned(1)</script>`,
  `<img src=x onerror="__pwned(2)">`,
  `<svg onload="__pwned(3)"><circle r="9"></circle></svg>`,
  `<svg><script>__pwned(4)</script></svg>`,
  `<a href="javascript:__pwned(5)">open me</a>`,
  `javascript:__pwned(6)//`,
  `"><img src=x onerror=__pwned(7)>`,
  `'><svg/onload=__pwned(8)>`,
  `" autofocus onfocus="__pwned(9)" x="`,
  `</textarea><script>__pwned(10)</script>`,
  `</title></style></noscript><img src=x onerror=__pwned(11)>`,
  `<iframe srcdoc="<script>parent.__pwned(12)</script>"></iframe>`,
  `<template shadowrootmode="open"><img src=x onerror=__pwned(13)></template>`,
  `<style>*{background:url("javascript:__pwned(14)")}</style><p style="width:expression(__pwned(14))">x</p>`,
  `<body onload=__pwned(15)>`,
  `<details open ontoggle=__pwned(16)>`,
  `&lt;img src=x onerror=__pwned(17)&gt; &#60;script&#62;__pwned(17)&#60;/script&#62;`,
  `\\u003cimg src=x onerror=__pwned(18)\\u003e \\x3cscript\\x3e__pwned(18)\\x3c/script\\x3e`,
  `＜script＞__pwned(19)＜/script＞ ‹img src=x onerror=__pwned(19)›`,
  `{{constructor.constructor('__pwned(20)')()}}`,
  `\${__pwned(21)} #{__pwned(21)} <%= __pwned(21) %>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=__pwned(22)>`,
  `<object data="javascript:__pwned(23)"></object><embed src="javascript:__pwned(23)">`,
  `<form><button formaction="javascript:__pwned(24)">go</button></form>`,
  `<meta http-equiv="refresh" content="0;url=javascript:__pwned(25)">`,
  `<base href="javascript:__pwned(26)//">`,
  `<a href="jav&#x09;ascript:__pwned(27)">tab</a>`,
  `%3Cscript%3E__pwned(28)%3C%2Fscript%3E`,
  `<!--<img src="--><img src=x onerror=__pwned(29)//">`,
  `<noscript><p title="</noscript><img src=x onerror=__pwned(30)>">`,
  `<img src="https://evil.example/p.png" onerror="__pwned(31)">`,
  `<scr\u200Bipt>__pwned(32)</scr\u200Bipt>\u202E<img src=x onerror=__pwned(32)>`,
  `<video><source onerror="__pwned(33)"></video><input onfocus=__pwned(33) autofocus>`,
  `<div onmouseover="__pwned(34)" style="position:fixed;inset:0">cover</div>`,
  `"-__pwned(35)-" ';__pwned(35);//`,
  `<xss tabindex=1 onfocusin=__pwned(36) id=main></xss>`,
];

test.describe.configure({ mode: "parallel" });

/** Packs payloads into strings of at most `max` characters: titles are limited to 300. */
function chunks(list, max, sep) {
  const out = [];
  let current = [];
  for (const p of list) {
    if (current.length && [...current, p].join(sep).length > max) {
      out.push(current.join(sep));
      current = [];
    }
    current.push(p);
  }
  if (current.length) out.push(current.join(sep));
  return out;
}
const TITLES = chunks(PAYLOADS, 280, " · ");
const RENAMES = chunks([...PAYLOADS].reverse(), 280, " | ");

// Seven groups, one per quick-check question, so each note and action is different.
const GROUPS = Array.from({ length: 7 }, (_, g) => PAYLOADS.filter((_, k) => k % 7 === g));
const QUICK = ["1", "2", "3", "4", "5", "6", "7"];
const FULL = ["1A", "1B", "2A", "2B", "2C", "2D", "3A", "3B", "4A", "4B", "4C",
  "5A", "5B", "5C", "5D", "5E", "6A", "6B", "6C", "6D", "6E", "7A", "7B"];

// The app's own files: anything else requested (/x, /1, a javascript: URL) came from a payload.
// Page chunks live in this build's /pages-<hash>/ folder (src/web/split_build.sh).
const APP_FILES = new Set(["/", "/index.html", "/loader.js", "/first_paint.js", "/nasss-navigator.js", "/nasss-navigator_bg.wasm",
  "/main.css", "/manifest.webmanifest", "/icon.svg", "/sw.js"]);

/** Hooks everything a payload could call, before the app loads. Returns the stray requests. */
async function arm(page) {
  await page.addInitScript(() => {
    window.__xss = [];
    const hit = (kind) => (m) => {
      window.__xss.push(`${kind}: ${m}`);
    };
    window.__pwned = hit("pwned");
    window.alert = hit("alert");
    window.confirm = hit("confirm");
    window.prompt = hit("prompt");
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__xss.push(`csp: ${e.violatedDirective} ${e.sample}`),
    );
  });
  const stray = [];
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (url.protocol.startsWith("http") && !APP_FILES.has(url.pathname)
      && !/^\/pages-[0-9a-f]{16}\/[\w.]+$/.test(url.pathname)) stray.push(req.url());
  });
  return stray;
}

/** Fails if anything ran, or if user text turned into elements or attributes. */
async function expectNothingRan(page) {
  const found = await page.evaluate(() => {
    const problems = [];
    // Elements the app never makes (its CSP forbids inline <style>): if one is in the DOM, a
    // payload made it. Injected <img>, <svg>, <video> and the like are caught by their on* attributes.
    const foreign = new Set(["IFRAME", "FRAME", "FRAMESET", "OBJECT", "EMBED", "BASE", "TEMPLATE", "MATH",
      "MTEXT", "MGLYPH", "STYLE", "XSS"]);
    // URLs the app makes all start with "#" (its hash routes), so user text in one cannot leave the page.
    const url = /^(href|src|srcset|action|formaction|data|background|poster|xlink:href)$/i;
    const risky = /^(srcdoc|style|content)$/i;
    const visit = (root) => {
      for (const el of root.querySelectorAll("*")) {
        if (foreign.has(el.tagName.toUpperCase())) problems.push(`<${el.tagName.toLowerCase()}> element`);
        for (const { name, value } of el.attributes) {
          const where = `<${el.tagName.toLowerCase()} ${name}="${value.slice(0, 60)}">`;
          if (name.toLowerCase().startsWith("on")) problems.push(`event handler attribute ${where}`);
          if (risky.test(name) && value.includes("__pwned")) problems.push(`user text in ${where}`);
          if (url.test(name) && value.includes("__pwned") && !value.startsWith("#")) problems.push(`user text in ${where}`);
          if (/^[\s\u0000-\u001f]*j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t\s*:/i.test(value)) problems.push(`javascript: URL ${where}`);
        }
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    const scripts = [...document.querySelectorAll("script")].map((s) => `${s.type} ${s.getAttribute("src")}`);
    // index.html's own two (the loader, and first_paint.js, which runs before the first paint).
    if (scripts.join(" | ") !== "module loader.js |  first_paint.js") problems.push(`scripts: ${scripts.join(" | ")}`);
    // The chart's SVG has <title>s of its own; only the document's own <title> may be outside an <svg>.
    if (document.querySelectorAll("title:not(svg title)").length !== 1) problems.push("more than one <title>");
    if (document.querySelector('meta[http-equiv]:not([http-equiv="Content-Security-Policy"])')) problems.push("a <meta http-equiv>");
    if (document.querySelectorAll("body").length !== 1) problems.push("extra <body>");
    if (document.querySelectorAll("main").length !== 1 || document.getElementById("main")?.tagName !== "MAIN") {
      problems.push("an element took the id of <main>");
    }
    return { ran: window.__xss, problems };
  });
  expect(found.ran, "payloads that ran").toEqual([]);
  expect(found.problems, "user text that became markup").toEqual([]);
}

/** The texts in `wanted` that `read()` does not contain exactly (no whitespace folding). */
async function expectContainsAll(read, wanted, message) {
  await expect
    .poll(async () => {
      const text = (await read()) ?? "";
      return wanted.filter((w) => !text.includes(w));
    }, { message })
    .toEqual([]);
}

const textOf = (locator) => () => locator.evaluate((el) => el.textContent);

/**
 * The text of the part of the page under the h2 `heading`, up to the next h2; for a folded
 * section (the h2 is its summary), everything the section holds.
 */
function section(page, heading) {
  return () =>
    page.evaluate((h) => {
      const start = [...document.querySelectorAll("main h2")].find((e) => e.textContent === h);
      if (!start) return null;
      const folded = start.closest("details");
      if (folded) return [...folded.children].filter((c) => c.tagName !== "SUMMARY").map((c) => c.textContent).join("");
      let text = "";
      for (let el = start.nextElementSibling; el && el.tagName !== "H2"; el = el.nextElementSibling) text += el.textContent;
      return text;
    }, heading);
}

/** The library entry for assessment `id`, found by its heading. */
function libraryItem(page, id) {
  return page.getByRole("listitem").filter({ has: page.locator(`h2[id="item-${id}"]`) });
}

async function expectLibraryShows(page, id, title) {
  await page.goto("./#/");
  await expect(page.getByRole("heading", { level: 1, name: "Your assessments" })).toBeVisible();
  const item = libraryItem(page, id);
  await expect(item.getByRole("heading", { level: 2 })).toBeVisible();
  await expectContainsAll(textOf(item.getByRole("heading", { level: 2 })), [title], "title in the library");
  // The actions carry the title in their accessible name (aria-label), as plain attribute text.
  await item.getByRole("button", { name: /^More actions for/ }).click();
  const rename = item.getByRole("link", { name: /^Rename/ });
  await expectContainsAll(() => rename.getAttribute("aria-label"), [`Rename ${title}`], "rename link");
  await expectNothingRan(page);
}

async function expectResultsShow(page, id, { title, notes, actions }) {
  await page.goto(`./#/a/${id}/results`);
  const h1 = page.getByRole("heading", { level: 1 });
  await expect.poll(textOf(h1), { message: "title in the results heading" }).toBe(`Results: ${title}`);
  await expect.poll(() => page.title(), { message: "title in the tab" }).toBe(`Results: ${title.trim()} – NASSS Navigator`);
  await expectContainsAll(section(page, "Your answers and notes"), notes, "notes in Your answers and notes");
  await expectContainsAll(section(page, "Action plan"), actions, "actions in Action plan");
  await expectNothingRan(page);
}

async function expectQuestionPagesShow(page, id, notes) {
  for (const [code, note] of Object.entries(notes)) {
    await page.goto(`./#/a/${id}/q/${code}`);
    // A quick-check code is its position, shown once as "Question 4 of 7"; a full one has its tag.
    const shown = /^\d+$/.test(code) ? page.getByText(`Question ${code} of `) : page.getByText(`Question ${code}`, { exact: true });
    await expect(shown).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Notes (optional)" })).toHaveValue(note);
  }
  await expectNothingRan(page);
}

async function expectCheckPageShows(page, id, notes) {
  await page.goto(`./#/a/${id}/check`);
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await expectContainsAll(textOf(page.getByRole("main")), notes, "notes on Check your answers");
  for (const note of notes) {
    await expect(page.getByRole("definition").filter({ hasText: note.split("\n")[0] }).first()).toBeVisible();
  }
  await expectNothingRan(page);
}

/** Each quick-check card on the plan page holds its actions' texts. */
/** A question's card on the plan, headed by its domain: "4. The adopters" in the quick check
 * (one question a domain, coded by its number), "1. The condition: 1A …" in the full one. */
function planCard(page, code) {
  return page.getByRole("region", { name: new RegExp(`^${code}\\. |: ${code} `) });
}

async function expectPlanShows(page, id, actionsByCode) {
  await page.goto(`./#/a/${id}/plan`);
  await expect(page.getByRole("heading", { level: 1, name: "Plan actions" })).toBeVisible();
  for (const [code, texts] of Object.entries(actionsByCode)) {
    const card = planCard(page, code);
    await expectContainsAll(textOf(card.getByRole("list").first()), texts, `actions for ${code} on the plan page`);
  }
  await expectNothingRan(page);
}

test("text typed into every field is shown as text and never run", async ({ page }) => {
  const stray = await arm(page);
  const title = TITLES[0];
  const renamed = RENAMES[0];
  const notes = Object.fromEntries(QUICK.map((code, i) => [code, `Note ${code}:\n${GROUPS[i].join("\n")}`]));
  const whats = QUICK.map((_, i) => GROUPS[i].join(" "));
  const whos = QUICK.map((_, i) => GROUPS[(i + 3) % 7].join(" "));

  // The project name on the start page.
  await page.goto("./#/new");
  await page.getByRole("textbox", { name: "Name of your project (optional)" }).fill(title);
  await page.getByRole("radio", { name: "Quick check" }).check();
  await page.getByRole("button", { name: "Start now" }).click();
  await expect(page).toHaveURL(/#\/a\/[a-z0-9]+\/q\//);
  const id = page.url().match(/#\/a\/([a-z0-9]+)\//)[1];

  // A note on every question; every answer complicated or complex so each can have actions.
  for (const [i, code] of QUICK.entries()) {
    await expect(page.getByText(`Question ${i + 1} of 7`)).toBeVisible();
    await page.getByRole("textbox", { name: "Notes (optional)" }).fill(notes[code]);
    const level = i % 2 ? LEVEL_NAMES.complicated : LEVEL_NAMES.complex;
    await page.getByRole("radio", { name: level, exact: true }).check();
    await page.getByRole("button", { name: "Continue" }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await expectNothingRan(page);

  // The action plan: "What will you do?" and "Who will do it?" on every question.
  await page.goto(`./#/a/${id}/results`);
  await page.getByRole("link", { name: "Plan actions" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Plan actions" })).toBeVisible();
  for (const [i, code] of QUICK.entries()) {
    const card = planCard(page, code);
    await card.getByText("Add an action").click();
    await card.getByRole("textbox", { name: "What will you do?" }).fill(whats[i]);
    await card.getByRole("textbox", { name: "Who will do it? (optional)" }).fill(whos[i]);
    await card.getByRole("button", { name: `Add action for question ${code}` }).click();
    await expect(card.getByRole("listitem")).toHaveCount(1);
  }
  await expectNothingRan(page);

  // Everything again from storage, on every page that shows it.
  await page.reload();
  await expectPlanShows(page, id, Object.fromEntries(QUICK.map((code, i) => [code, [whats[i], `who: ${whos[i]};`]])));
  await expectQuestionPagesShow(page, id, notes);
  await expectCheckPageShows(page, id, Object.values(notes));
  await expectResultsShow(page, id, { title, notes: Object.values(notes), actions: [...whats, ...whos] });
  await expectLibraryShows(page, id, title);

  // The rename page: the old name in the box, the new one everywhere after.
  // "More actions" is still open from the check above.
  await expect(libraryItem(page, id).getByRole("button", { name: /^More actions for/ })).toHaveAttribute("aria-expanded", "true");
  await libraryItem(page, id).getByRole("link", { name: /^Rename/ }).click();
  const name = page.getByRole("textbox", { name: "What is your project called?" });
  await expect(name).toHaveValue(title);
  await name.fill(renamed);
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your assessments" })).toBeVisible();
  await expectLibraryShows(page, id, renamed);
  await expectResultsShow(page, id, { title: renamed, notes: Object.values(notes), actions: whats });
  await page.goto(`./#/a/${id}/delete`);
  await expect.poll(textOf(page.getByRole("heading", { level: 1 }))).toBe(`Delete "${renamed}"?`);
  await expectNothingRan(page);
  await page.getByRole("link", { name: "No, keep it" }).click();

  // The review page: reviewer's name, a verdict reason, and a comment on every question and domain,
  // on someone else's assessment (your own is reviewed by others, never by you).
  const sent = assessmentOf("xssrev", "Sent for review", "quick", { 1: "complex" }, { author: { id: "someone-else", name: "Sam" } });
  await importFiles(page, exportFile([sent]));
  await page.goto("./#/a/xssrev/review");
  await page.getByRole("textbox", { name: "Your name, as the reviewer" }).fill(TITLES[0]);
  await page.getByRole("button", { name: "Start reviewing" }).click();
  const reviewTexts = [TITLES[0]];
  for (const [i, code] of QUICK.entries()) {
    const region = page.getByRole("region", { name: new RegExp(`^${i + 1}\\. `) });
    const comment = `Comment ${GROUPS[i].join(" ")}`;
    const why = `Why ${GROUPS[(i + 1) % 7].join(" ")}`;
    await region.getByRole("radio", { name: "I do not agree" }).check();
    await region.getByRole("textbox", { name: "Your reasons and comments on this domain (optional)" }).fill(why);
    await region.getByRole("textbox", { name: `Your comment on ${code} (optional)` }).fill(comment);
    reviewTexts.push(comment, why);
  }
  await expectNothingRan(page);
  await page.goto("./#/a/xssrev/results");
  await expectContainsAll(textOf(page.getByRole("main")), reviewTexts, "typed review in the results");
  await expectNothingRan(page);

  // A check-in comment, shown on the change-over-time page.
  await page.goto(`./#/a/${id}/check-in`);
  const roundComment = `Round ${GROUPS[3].join(" ")}`;
  await page.getByRole("textbox", { name: /What has happened since round 1 was rated/ }).fill(roundComment);
  await page.getByRole("button", { name: "Start the check-in" }).click();
  await page.goto(`./#/a/${id}/trend`);
  await expectContainsAll(textOf(page.getByRole("main")), [roundComment], "round comment on the trend page");
  await expectNothingRan(page);

  // Titles hold at most 300 characters, so the other payloads go through the same two paths
  // in further titles: new assessments from the start page, and more renames.
  for (const more of TITLES.slice(1)) {
    await page.goto("./#/new");
    await page.getByRole("textbox", { name: "Name of your project (optional)" }).fill(more);
    await page.getByRole("radio", { name: "Quick check" }).check();
    await page.getByRole("button", { name: "Start now" }).click();
    await expect(page).toHaveURL(/#\/a\/[a-z0-9]+\/q\//);
    const other = page.url().match(/#\/a\/([a-z0-9]+)\//)[1];
    await expectLibraryShows(page, other, more);
    await expectResultsShow(page, other, { title: more, notes: [], actions: [] });
  }
  for (const more of RENAMES.slice(1)) {
    await page.goto(`./#/a/${id}/name`);
    await page.getByRole("textbox", { name: "What is your project called?" }).fill(more);
    await page.getByRole("button", { name: "Save name" }).click();
    await expectLibraryShows(page, id, more);
  }

  await expectNothingRan(page);
  expect(stray, "requests for anything but the app's files").toEqual([]);
});

/** An export file in the format of tests/fixtures/storage-v1.json, with payloads in every text field. */
function hostileFile() {
  const all = PAYLOADS.join(" ~ ");
  const titles = chunks(PAYLOADS, 280, " ~ ");
  const quick = {
    id: "xssquick1",
    title: `Imported quick ${titles[0]}`,
    created_at: 1763000000000,
    updated_at: 1764000000000,
    bank: { id: "quick", version: 1 },
    responses: Object.fromEntries(
      QUICK.map((code, i) => [code, { answer: i % 2 ? "complex" : "complicated", note: `Imported ${code}:\n${GROUPS[(i + 1) % 7].join("\n")}`, updated_at: 1763000001000 + i }]),
    ),
    actions: QUICK.map((code, i) => ({
      id: i + 1,
      code,
      what: `Do ${GROUPS[i].join(" ")}`,
      who: `By ${GROUPS[(i + 2) % 7].join(" ")} and ${GROUPS[(i + 4) % 7].join(" ")}`,
      due: "2027-01-31",
      status: "in_progress",
    })),
    rounds: [
      {
        closed_at: 1763500000000,
        comment: `Round comment ${all}`,
        responses: { 1: { answer: "simple", note: `Old note ${all}`, updated_at: 1763000000500 } },
      },
    ],
    next_check_in: "2027-02-25",
    review: {
      reviewer: `Reviewer ${all}`,
      question_comments: Object.fromEntries(QUICK.map((code, i) => [code, `Review of ${code} ${GROUPS[i].join(" ")}`])),
      domain_comments: Object.fromEntries(QUICK.map((code, i) => [code, `Domain ${code} ${GROUPS[(i + 5) % 7].join(" ")}`])),
      verdicts: Object.fromEntries(QUICK.map((code, i) => [code, { agrees: false, why: `Why ${GROUPS[(i + 6) % 7].join(" ")}` }])),
    },
  };
  // Every payload on its own in a note of the full assessment, some doubled up.
  const fullNotes = Object.fromEntries(
    FULL.map((code, j) => [code, PAYLOADS.filter((_, k) => k % FULL.length === j).join("\n")]),
  );
  const full = {
    id: "xssfull1",
    title: `Imported full ${chunks([...PAYLOADS].reverse(), 280, " ~ ")[0]}`,
    created_at: 1763000000000,
    updated_at: 1764000000000,
    bank: { id: "full", version: 1 },
    responses: Object.fromEntries(FULL.map((code) => [code, { answer: "complex", note: fullNotes[code], updated_at: 1763000002000 }])),
    actions: [{ id: 1, code: "1A", what: `Full action ${all}`, who: `Full who ${all}`, due: "2027-01-31", status: "not_started" }],
  };
  // The rest of the payloads as titles of further (empty) assessments in the same file.
  const extra = titles.slice(1).map((t, i) => ({
    id: `xssextra${i}`,
    title: `Imported extra ${t}`,
    created_at: 1763000000000,
    updated_at: 1763000000000 + i,
    bank: { id: "quick", version: 1 },
    responses: {},
  }));
  return {
    json: { format: "nasss-navigator", schema_version: 1, exported_at: 1764000000000, assessments: [quick, full, ...extra] },
    quick,
    full,
    extra,
    fullNotes,
  };
}

test("imported text is shown as text and never run", async ({ page }) => {
  const stray = await arm(page);
  const { json, quick, full, extra, fullNotes } = hostileFile();
  const count = json.assessments.length;
  const fileName = `"><img src=x onerror=__pwned(100)>.json`;

  await page.goto("./#/import");
  await page.getByLabel("Choose a file (.json)").setInputFiles({
    name: fileName,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(json, null, 2)),
  });
  const ready = page.getByRole("heading", { name: /Ready to import from/ });
  await expect.poll(textOf(ready), { message: "file name in the preview" }).toBe(`Ready to import from ${fileName}`);
  await expectContainsAll(textOf(page.getByRole("main")), [quick.title, full.title, ...extra.map((e) => e.title)], "titles in the preview");
  await expectNothingRan(page);
  // The person's own (the file names nobody), so every page is drawn as it is to change.
  await page.getByRole("radio", { name: "Mine, from another device" }).check();
  await page.getByRole("button", { name: `Import ${count}` }).click();
  await expect(page.getByText(`Imported ${count} assessments.`)).toBeVisible();
  for (const e of extra) await expectLibraryShows(page, e.id, e.title);
  await expectNothingRan(page);

  // The quick check: titles, notes and action texts on every page.
  const quickNotes = Object.fromEntries(QUICK.map((code) => [code, quick.responses[code].note]));
  // Dates are shown as people write them, the same everywhere: 2027-01-31 is "31 January 2027".
  const day = (d) => new Date(`${d}T12:00:00`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  const actionTexts = quick.actions.flatMap((a) => [a.what, `who: ${a.who}; by when: ${day(a.due)};`]);
  await expectLibraryShows(page, quick.id, quick.title);
  await expectQuestionPagesShow(page, quick.id, quickNotes);
  await expectCheckPageShows(page, quick.id, Object.values(quickNotes));
  await expectResultsShow(page, quick.id, { title: quick.title, notes: Object.values(quickNotes), actions: actionTexts });
  await expectPlanShows(page, quick.id, Object.fromEntries(quick.actions.map((a) => [a.code, [a.what, `who: ${a.who}; by when: ${day(a.due)}`]])));

  // The full assessment: every question's note on its own page.
  await expectLibraryShows(page, full.id, full.title);
  await expectQuestionPagesShow(page, full.id, fullNotes);
  await expectCheckPageShows(page, full.id, Object.values(fullNotes));
  const fullAction = full.actions[0];
  await expectResultsShow(page, full.id, {
    title: full.title,
    notes: Object.values(fullNotes),
    actions: [fullAction.what, `who: ${fullAction.who};`],
  });

  // Review comments show in the results, round comments on the change-over-time page.
  await page.goto(`./#/a/${quick.id}/results`);
  const reviewTexts = [
    quick.review.reviewer,
    ...Object.values(quick.review.question_comments),
    ...Object.values(quick.review.domain_comments),
    ...Object.values(quick.review.verdicts).map((v) => v.why),
  ];
  await expectContainsAll(textOf(page.getByRole("main")), reviewTexts, "review in the results");
  await page.goto(`./#/a/${quick.id}/trend`);
  await expectContainsAll(textOf(page.getByRole("main")), [quick.rounds[0].comment], "round comment on the trend page");
  await expectNothingRan(page);
  const stored = await page.evaluate(() =>
    JSON.parse(localStorage.getItem("nasss-navigator/assessment/xssquick1")).assessments[0],
  );
  expect(stored.rounds).toEqual(quick.rounds);
  // The one review of the old format is stored as its reviewer's, every word as it was.
  const { reviewer, ...said } = quick.review;
  expect(stored.reviews).toHaveLength(1);
  expect(stored.reviews[0].reviewer.name).toBe(reviewer.trim());
  expect(stored.reviews[0]).toMatchObject(said);
  expect(stored.next_check_in).toBe(quick.next_check_in);

  // An id is text from the file too. Refusing the file or importing it are both fine; running it is not.
  const hostileId = `"><img src=x onerror=__pwned(101)>`;
  await page.goto("./#/import");
  await page.getByLabel("Choose a file (.json)").setInputFiles({
    name: `<svg onload=__pwned(102)>.json`,
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ ...json, assessments: [{ ...quick, id: hostileId, title: `Hostile id ${PAYLOADS[1]}` }] })),
  });
  const outcome = page.getByRole("heading", { name: /could not be imported|Ready to import from/ });
  await expect(outcome).toBeVisible();
  await expectNothingRan(page);
  if (/Ready to import from/.test(await outcome.textContent())) {
    await page.getByRole("button", { name: "Import 1" }).click();
    await expect(page.getByText("Imported 1 assessment.")).toBeVisible();
    await expect(page.getByRole("heading", { name: `Hostile id ${PAYLOADS[1]}`, exact: true })).toBeVisible();
  }
  await expectNothingRan(page);

  expect(stray, "requests for anything but the app's files").toEqual([]);
});
