// `./dev bench`: how big the release build is and how fast it feels, in Debian's Chromium.
// A benchmark, not a test: it prints a Markdown table and marks each row against its budget,
// but never fails because of a budget (only when it cannot measure at all).
// Usage: node tests/bench/bench.mjs [dist-dir] [--only step,step]    (default dist/, every step)
// Steps: sizes, cold, answer, library, later, repeat, import, lighthouse. Every wait has a
// limit: a step that stops making progress fails with its name (and page), never hangs.
import { chromium } from "@playwright/test";
import { spawn, execFile } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { cpus, tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { entry, many, oneFull } from "./data.mjs";
import { firstVisit } from "../size/first_visit.mjs";

const args = process.argv.slice(2);
const onlyAt = args.indexOf("--only");
const only = onlyAt >= 0 ? new Set(args.splice(onlyAt, 2)[1]?.split(",")) : null;
const STEPS = ["sizes", "cold", "answer", "library", "later", "repeat", "import", "lighthouse"];
for (const name of only ?? []) if (!STEPS.includes(name)) throw new Error(`no bench step "${name}" (steps: ${STEPS.join(", ")})`);
const wanted = (name) => !only || only.has(name);
const dist = resolve(args[0] ?? "dist");
const CHROMIUM = "/usr/bin/chromium";
// The same flags as tests/browser/playwright.config.mjs: as root, with no network beyond loopback.
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const KB = 1024;
const LIBRARY_SIZE = 500;
// The library draws the newest 100 first (src/ui/library_page.rs, SHOWN_AT_ONCE), with
// "Show more" for the rest: the bench times reading all 500 and drawing that first page.
const LIBRARY_SHOWN = 100;
// Cold loads on a 2-core machine vary by a third from run to run; 15 of each keeps the
// median's ratio steady to about ±0.2.
const COLD_RUNS = 15;
// The library's time sits near its budget and varies by about ±20 ms: 9 runs, not 5.
const LIBRARY_RUNS = 9;
const rows = [];
const row = (what, result, budget = "", ok = null) =>
  rows.push([what, result, budget, ok === null ? "" : ok ? "within budget" : "**OVER budget**"]);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const progress = (text) => process.stderr.write(`bench: ${text}\n`);
// Every Playwright wait (locators, waitForFunction) gives up after this; page.evaluate has no
// limit of its own, so each awaited promise in a page is raced against `within`.
const WAIT = 30_000;
/** `promise`, or a failure naming `what` once `limit` ms pass. */
function within(what, promise, limit = WAIT) {
  let timer;
  const late = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`bench: ${what} did not finish within ${limit / 1000} s`)), limit);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
/** A new context whose pages give up waiting after WAIT ms. */
async function newContext(browser, options) {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(WAIT);
  return context;
}

// 1. What a first visit downloads, gzipped as a server would send it (level 9, like gzip -9):
// the same first-visit set the size guard checks (tests/size_guard.test.mjs), then each page
// chunk, fetched the first time its page opens.
function sizes() {
  const { files, total } = firstVisit(dist);
  const group = (name) => name.endsWith(".wasm") ? "main wasm" : name.endsWith(".js") ? "JS" : name.endsWith(".css") ? "CSS" : "HTML";
  const groups = {};
  for (const f of files) groups[group(f.name)] = (groups[group(f.name)] ?? 0) + f.gzip;
  row(`First visit, gzip -9: ${Object.keys(groups).join(" / ")}`, Object.values(groups).map(kb).join(" / "));
  row("**First visit, gzip -9: everything before the first answer option is usable**", kb(total), "≤ 130 KB (also a test)", total <= 130 * KB);
  let raw = 0;
  let later = 0;
  const chunks = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) { walk(path); continue; }
      raw += statSync(path).size;
      const rel = path.slice(dist.length + 1);
      if (rel.endsWith(".wasm") && rel.includes("/")) {
        const gz = gzipSync(readFileSync(path), { level: 9 }).length;
        later += gz;
        chunks.push([rel.replace(/^pages-[0-9a-f]+\//, "").replace(/_[0-9a-f]{32}|_\d{6,}/g, ""), gz]);
      }
    }
  };
  walk(dist);
  chunks.sort((x, y) => y[1] - x[1]);
  row(`Later pages' chunks, gzip -9 (${chunks.length} files, each fetched when first needed)`, kb(later));
  for (const [name, gz] of chunks) row(`… \`${name}\``, kb(gz));
  return raw;
}

// Serves a copy of dist with tests/serve.mjs (strict CSP), plus a plain page as the baseline,
// so the app and the baseline come from the same server.
async function serve() {
  const site = mkdtempSync(join(tmpdir(), "nasss-bench-"));
  cpSync(dist, site, { recursive: true });
  writeFileSync(join(site, "static.html"), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Baseline</title>'
    + '</head><body><input type="radio" id="r" name="r"><label for="r">One radio</label></body></html>');
  const port = await new Promise((ok) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
  const serveScript = fileURLToPath(new URL("../serve.mjs", import.meta.url));
  const child = spawn(process.execPath, [serveScript, site, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  await within("starting tests/serve.mjs", new Promise((ok, fail) => {
    child.stdout.once("data", ok);
    child.once("exit", (code) => fail(new Error(`tests/serve.mjs exited with ${code}`)));
  }), 10_000);
  return { url: `http://127.0.0.1:${port}/`, stop: () => { child.kill(); rmSync(site, { recursive: true, force: true }); } };
}

// Runs in the page before any of its own scripts (context.addInitScript).
function seedOnce(entries) {
  // Only into empty storage, so a second tab or page keeps what the app has written since.
  if (localStorage.length === 0) for (const [key, value] of entries) localStorage.setItem(key, value);
}

// Also an init script: times, from navigation start, when the wasm is ready, when the app
// first changes <body>, when the first radio exists and when `items` library entries exist.
function watchLoad({ waitFor, items }) {
  const b = (window.__bench = { wasmReady: null, appStart: null, firstRadio: null, items: null });
  // The app mounts in one synchronous go, so its first DOM change arrives together with the
  // whole page; the end of wasm instantiation is the last moment before the Rust code runs.
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = (...args) => original(...args).then((result) => {
      b.wasmReady ??= performance.now();
      return result;
    });
  }
  new MutationObserver((records, observer) => {
    const now = performance.now();
    // The parser adds the "Loading…" page, its script, <noscript> and whitespace to <body>; the app adds
    // elements.
    const appAdded = (r) => document.body?.contains(r.target) && !r.target.closest?.("#app-loading")
      && [...r.addedNodes].some((n) => n.nodeType === 1 && !["NOSCRIPT", "SCRIPT"].includes(n.nodeName) && n.id !== "app-loading");
    if (b.appStart === null && records.some(appAdded)) b.appStart = now;
    if (b.firstRadio === null && document.querySelector("input[type=radio]")) b.firstRadio = now;
    if (b.items === null && document.querySelectorAll("main li h2").length >= items) b.items = now;
    if (b[waitFor] !== null) observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

// One cold load: a new context has an empty cache and empty storage.
async function coldLoad(browser, { url, seed = [], waitFor, before }) {
  const context = await newContext(browser);
  await context.addInitScript(seedOnce, seed);
  await context.addInitScript(watchLoad, { waitFor, items: LIBRARY_SHOWN });
  const page = await context.newPage();
  const extra = before ? await before(page) : {};
  await page.goto(url);
  await page.waitForFunction((key) => window.__bench[key] !== null, waitFor);
  const result = { ...(await page.evaluate(() => window.__bench)), ...extra };
  await context.close();
  return result;
}

// 2. Time to the first question on a cold load, against a static page with one radio.
async function firstQuestion(browser, url) {
  const a = oneFull("benchcold");
  const app = [], rust = [], baseline = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    // Alternated, so both feel the same background noise.
    const run = await coldLoad(browser, { url: `${url}#/a/${a.id}/q/1A`, seed: [entry(a)], waitFor: "firstRadio" });
    app.push(run.firstRadio);
    rust.push(run.firstRadio - run.wasmReady);
    baseline.push((await coldLoad(browser, { url: `${url}static.html`, seed: [entry(a)], waitFor: "firstRadio" })).firstRadio);
  }
  const ratio = median(app) / median(baseline);
  row(`**Cold load to first question** (median of ${COLD_RUNS}, \`#/a/<id>/q/1A\`)`, ms(median(app)));
  row("… of which wasm instantiated → radio (the app's own start-up)", ms(median(rust)));
  row(`Cold load of a static page with one radio (baseline, median of ${COLD_RUNS})`, ms(median(baseline)));
  row("**Cold load to first question ÷ baseline**", `${ratio.toFixed(1)} ×`, "≤ 2.0 ×", ratio <= 2.0);
}

// In page A (question): times the click, then the moment the answer is written to
// localStorage, the clicked radio is checked and the status says "Saved on this device".
function watchSave() {
  const b = (window.__bench = { clickAt: null, clickEpoch: null, savedAt: null, wrote: false });
  let clicked = null;
  const check = () => {
    if (b.clickAt === null || b.savedAt !== null || !b.wrote || !clicked?.checked) return;
    const statuses = [...document.querySelectorAll("[role=status]")];
    if (statuses.some((s) => s.textContent.includes("Saved on this device"))) b.savedAt = performance.now();
  };
  addEventListener("click", (event) => {
    b.clickAt = performance.now();
    b.clickEpoch = performance.timeOrigin + b.clickAt;
    clicked = event.target;
  }, true);
  // The save itself leaves no trace in the DOM once the status already says "Saved".
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    setItem.call(this, key, value);
    b.wrote = true;
    check();
  };
  new MutationObserver(check).observe(document.body, { childList: true, subtree: true, characterData: true });
}

// In page B (results): the first change to the domain table, on the shared clock.
function watchTable(table) {
  const b = (window.__bench = { changedAt: null });
  new MutationObserver(() => {
    b.changedAt ??= performance.timeOrigin + performance.now();
  }).observe(table, { childList: true, subtree: true, characterData: true, attributes: true });
}

// 3. An answer in one tab, and the results table in another tab of the same browser.
async function answerToScore(browser, url) {
  const a = oneFull("benchanswer");
  const context = await newContext(browser);
  await context.addInitScript(seedOnce, [entry(a)]);
  const question = await context.newPage();
  await question.goto(`${url}#/a/${a.id}/q/2A`);
  await question.locator("input[type=radio]").first().waitFor({ state: "attached" });
  const results = await context.newPage();
  await results.goto(`${url}#/a/${a.id}/results`);
  const table = results.getByRole("table", { name: "Each domain's level and how its answers spread" });
  await table.waitFor();
  await question.evaluate(watchSave);
  await table.evaluate(watchTable);
  // Both clocks are performance.timeOrigin + now(); this checks the two tabs' clocks agree
  // (against Date.now(), so only to the millisecond).
  const skew = Math.abs((await question.evaluate(() => performance.timeOrigin + performance.now() - Date.now()))
    - (await results.evaluate(() => performance.timeOrigin + performance.now() - Date.now())));
  const inPage = [], crossTab = [];
  for (let i = 0; i < 15; i++) {
    await results.evaluate(() => { window.__bench.changedAt = null; });
    await question.evaluate(() => Object.assign(window.__bench, { clickAt: null, savedAt: null, wrote: false }));
    // Alternating, so every click changes domain 2 (2A was seeded as simple).
    await question.getByRole("radio", { name: i % 2 === 0 ? "Complex" : "Simple", exact: true }).click();
    await question.waitForFunction(() => window.__bench.savedAt !== null);
    await results.waitForFunction(() => window.__bench.changedAt !== null);
    const A = await question.evaluate(() => window.__bench);
    const B = await results.evaluate(() => window.__bench);
    inPage.push(A.savedAt - A.clickAt);
    crossTab.push(B.changedAt - A.clickEpoch);
  }
  await context.close();
  row("**Answer → saved, same tab** (click → stored, radio checked, \"Saved on this device\"; median of 15)",
    ms(median(inPage)), "≤ 16 ms (one frame)", median(inPage) <= 16);
  row(`**Answer → results table updated in another tab** (storage event; median of 15; tab clocks agree within ${Math.max(1, Math.ceil(skew))} ms)`,
    ms(median(crossTab)), "≤ 16 ms (one frame)", median(crossTab) <= 16);
}

// 4. The library with 500 assessments on a cold load.
async function library(browser, url) {
  const entries = many(LIBRARY_SIZE).map(entry);
  const runs = [];
  for (let i = 0; i < LIBRARY_RUNS; i++) {
    runs.push(await coldLoad(browser, {
      url: `${url}#/`,
      waitFor: "items",
      // Stored from a plain page of the same origin first: an init script carrying all 500
      // would be parsed again inside the timed load. It loads none of the app's files.
      before: async (page) => {
        await page.goto(`${url}static.html`);
        return page.evaluate((all) => {
          let chars = 0;
          for (const [key, value] of all) {
            localStorage.setItem(key, value);
            chars += key.length + value.length;
          }
          return { storageBytes: chars * 2 };
        }, entries);
      },
    }));
  }
  const total = median(runs.map((r) => r.items));
  const fromStart = median(runs.map((r) => r.items - r.wasmReady));
  const firstChange = median(runs.map((r) => r.items - r.appStart));
  row(`Library of 500: cold load → all read, first ${LIBRARY_SHOWN} drawn (median of ${LIBRARY_RUNS})`, ms(total));
  row(`**Library of 500: wasm instantiated → all read, first ${LIBRARY_SHOWN} drawn** (the app's own work; median of ${LIBRARY_RUNS})`, ms(fromStart),
    "< 200 ms", fromStart < 200);
  row(`Library of 500: app's first DOM change → ${LIBRARY_SHOWN}th item (the header and stand-in first, then the library's chunk fetched and drawn)`, ms(firstChange));
  row("Library of 500: localStorage used (UTF-16, key + value)", kb(runs[0].storageBytes));
}

// 5. Each later page's first opening (its chunk fetched over loopback) against opening it
// again, from a question page, with no service worker so the chunk really comes from the server.
// Every page kind outside the first visit (src/ui/pages.rs), the first of each chunk first: a
// page whose chunk an earlier page brought opens as a person who came that way meets it. The
// walkthrough's later pages are preloaded while the question page is idle, as they are for a
// person answering (src/ui/pages.rs, preload_next_pages).
async function laterPages(browser, url) {
  const a = oneFull("benchlater");
  const context = await newContext(browser, { serviceWorkers: "block" });
  await context.addInitScript(seedOnce, [entry(a)]);
  const page = await context.newPage();
  const question = `#/a/${a.id}/q/1A`;
  // Someone answering reads the question before moving on; by then the idle page has preloaded
  // the walkthrough's later pages. Waiting for that preload times those pages as they meet them
  // (and fails the step, naming it, if the preload never comes).
  const preloaded = page.waitForResponse((response) => /\/split_answering\.wasm$/.test(response.url()));
  await page.goto(`${url}${question}`);
  await page.locator("input[type=radio]").first().waitFor({ state: "attached" });
  await (await within("later pages: the question page's preload of the walkthrough's pages", preloaded)).finished();
  // Then compiled and instantiated, with the chunks it shares, fetched beside it.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 300))));
  // From the hash change until the new page's heading is drawn and no stand-in remains. Never
  // called for the address already shown: no hashchange would come, and nothing would change.
  const open = (name, hash) => within(`later pages: opening ${name} (${hash})`, page.evaluate(({ hash, limit }) => new Promise((resolve, reject) => {
    if (location.hash === hash) {
      reject(new Error(`already at ${hash}`));
      return;
    }
    const before = document.querySelector("main h1");
    const start = performance.now();
    const done = () => {
      const h1 = document.querySelector("main h1");
      return h1 && h1 !== before && !document.querySelector("main .page-loading");
    };
    const observer = new MutationObserver(() => {
      if (done()) {
        observer.disconnect();
        clearTimeout(timer);
        resolve(performance.now() - start);
      }
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`no new heading at ${hash} after ${limit} ms; main says: ${document.querySelector("main")?.innerText.slice(0, 200)}`));
    }, limit);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    location.hash = hash;
  }), { hash, limit: WAIT - 1000 }));
  const id = a.id;
  const pages = [
    // answering
    ["results", `#/a/${id}/results`], ["action plan", `#/a/${id}/plan`], ["look-back", `#/a/${id}/domain/1`],
    ["check answers", `#/a/${id}/check`],
    // library
    ["library", "#/"], ["privacy", "#/privacy"], ["your name", "#/you"], ["rename", `#/a/${id}/name`],
    ["delete", `#/a/${id}/delete`], ["delete all", "#/delete-all"],
    // sharing
    ["import", "#/import"], ["share", `#/a/${id}/share`], ["ask for a review", `#/a/${id}/ask-review`],
    ["open a link", "#/open/v2.damaged"],
    // implementer
    ["review", `#/a/${id}/review`], ["check-in", `#/a/${id}/check-in`], ["trend", `#/a/${id}/trend`],
    ["compare", "#/compare"], ["team", "#/team"],
    // workshop
    ["workshop set-up", "#/workshop"], ["blank form", "#/blank/quick"], ["projector", `#/a/${id}/present/1A`],
    ["reveal", `#/a/${id}/present/reveal`], ["facilitator", `#/a/${id}/facilitate`], ["paused", `#/a/${id}/paused/1A`],
    ["paper forms", `#/a/${id}/paper`], ["invite", `#/a/${id}/invite`], ["collect", `#/a/${id}/collect`],
    ["answers link", "#/answers/v2.damaged"],
    // phone
    ["phone: join", "#/join/v2.damaged"], ["phone: answering", "#/phone/benchworkshop/start"],
  ];
  let worst = ["", -Infinity];
  const each = [];
  for (const [name, hash] of pages) {
    const times = [];
    for (let i = 0; i < 2; i++) {
      times.push(await open(name, hash));
      await open("the question page", question);
    }
    if (times[0] - times[1] > worst[1]) worst = [name, times[0] - times[1]];
    each.push(`${name} ${ms(times[0])} / ${ms(times[1])}`);
  }
  await context.close();
  row(`Later pages, first opening / again (loopback, no worker; ${pages.length} page kinds)`, each.join("; "));
  row(`**Each later page's first opening, more than opening it again** (worst of the above: ${worst[0]})`, ms(worst[1]), "≤ 100 ms", worst[1] <= 100);
}

// 6. A repeat visit: after one visit (and the worker's idle-time copy of every file), a
// reload, then a page from each chunk, take nothing of the app's from the network.
async function repeatVisit(browser, url) {
  const a = oneFull("benchrepeat");
  const context = await newContext(browser);
  await context.addInitScript(seedOnce, [entry(a)]);
  const page = await context.newPage();
  await page.goto(`${url}#/a/${a.id}/q/1A`);
  await page.waitForFunction(() => window.__nasssOfflineReady === true && navigator.serviceWorker.controller);
  const fromNetwork = [];
  page.on("response", (response) => {
    const path = new URL(response.url()).pathname;
    // The browser's own check for a new worker always goes to the network.
    if (!response.fromServiceWorker() && !path.endsWith("/sw.js") && response.url().startsWith(url)) fromNetwork.push(path);
  });
  await page.reload();
  await page.getByRole("heading", { level: 1 }).waitFor();
  // One page of each chunk (src/ui/pages.rs): walkthrough, library, sharing, implementer,
  // workshop, phone.
  for (const hash of [`#/a/${a.id}/results`, "#/privacy", "#/import", "#/compare", "#/workshop", "#/join/v2.damaged"]) {
    const before = await page.locator("main h1").textContent();
    await page.goto(`${url}${hash}`);
    await within(`repeat visit: opening ${hash}`, page.waitForFunction((before) => {
      const h1 = document.querySelector("main h1");
      return h1 && h1.textContent !== before && !document.querySelector("main .page-loading");
    }, before));
  }
  await context.close();
  row("**Repeat visit: the app's files fetched from the network** (reload, then a page of each chunk)",
    fromNetwork.length ? fromNetwork.join(", ") : "none", "none", fromNetwork.length === 0);
}

// Also an init script: the longest main-thread task so far (the Long Tasks API reports every
// task over 50 ms), so a page that freezes shows up however its work is split.
function watchLongTasks() {
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) window.__longest = Math.max(window.__longest, task.duration);
  }).observe({ type: "longtask", buffered: true });
}

// 4b. The largest input the importer accepts: a file of MAX_ASSESSMENTS (1,000) assessments,
// every one clashing with one already on the device, previewed and then imported.
async function importerLimits(browser, url) {
  const MAX_ASSESSMENTS = 1000; // src/core/file_format.rs
  const all = many(MAX_ASSESSMENTS);
  const file = { format: "nasss-navigator", schema_version: 2, exported_at: 1_764_000_000_000, assessments: all };
  const context = await newContext(browser);
  await context.addInitScript(watchLongTasks);
  const page = await context.newPage();
  await page.goto(`${url}static.html`);
  await page.evaluate((entries) => { for (const [k, v] of entries) localStorage.setItem(k, v); }, all.map(entry));
  await page.goto(`${url}#/import`);
  await page.getByLabel("Choose a file (.json)").waitFor();
  await page.evaluate(() => { window.__longest = 0; });
  await page.getByLabel("Choose a file (.json)").setInputFiles({
    name: "limit.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)),
  });
  const importButton = page.getByRole("button", { name: `Import ${MAX_ASSESSMENTS}` });
  await importButton.waitFor({ timeout: 120_000 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
  const preview = await page.evaluate(() => window.__longest);
  await page.evaluate(() => { window.__longest = 0; });
  await importButton.click();
  await page.getByText(/^Imported \d+/).waitFor({ timeout: 120_000 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
  const stored = await page.evaluate(() => window.__longest);
  await context.close();
  const within = (t) => t <= 200;
  row(`**Import preview of ${MAX_ASSESSMENTS} assessments, all clashing** (the most a file or link may hold): longest main-thread task`,
    ms(preview), "≤ 200 ms", within(preview));
  row(`**Import of those ${MAX_ASSESSMENTS}, keeping both**: longest main-thread task`, ms(stored), "≤ 200 ms", within(stored));
}

// 7. Lighthouse (mobile preset, simulated throttling), through its CLI as documented.
// Whether the last Lighthouse run met its budget (null when it could not run).
let budgetMet = null;

async function lighthouse(url, { chromeFlags = [], args = [] } = {}) {
  const cli = fileURLToPath(new URL("./node_modules/lighthouse/cli/index.js", import.meta.url));
  if (!existsSync(cli)) throw new Error("not installed (npm ci --prefix tests/bench)");
  const { stdout } = await promisify(execFile)(process.execPath, [cli, url, "--quiet", "--output=json",
    "--output-path=stdout", "--only-categories=performance,accessibility,best-practices",
    `--chrome-flags=${[...FLAGS, ...chromeFlags].join(" ")}`, ...args],
  { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 256 * KB * KB, timeout: 5 * 60_000 });
  const report = JSON.parse(stdout);
  if (report.runtimeError) throw new Error(report.runtimeError.message);
  const score = (id) => Math.round(report.categories[id].score * 100);
  const metric = (id) => report.audits[id].displayValue.replace(/\s/g, " ");
  const lcp = report.audits["largest-contentful-paint"].numericValue;
  budgetMet = score("performance") >= 98 && lcp <= 1500;
  return `performance ${score("performance")}, accessibility ${score("accessibility")}, best practices `
    + `${score("best-practices")} (FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, `
    + `TBT ${metric("total-blocking-time")})`;
}

async function lighthouseRows(url) {
  const a = oneFull("benchlighthouse");
  // A profile whose only state is one stored assessment, written from the plain page so that
  // no service worker or cached app file makes the question page look faster than a first visit.
  const profile = mkdtempSync(join(tmpdir(), "nasss-bench-profile-"));
  const seeded = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: FLAGS });
  const page = await seeded.newPage();
  await page.goto(`${url}static.html`);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), entry(a));
  await seeded.close();
  const runs = [
    ["Lighthouse 12.2.3, start page `#/` (fresh profile)", url, {}],
    ["Lighthouse 12.2.3, question page `#/a/<id>/q/1A` (seeded profile)", `${url}#/a/${a.id}/q/1A`,
      { chromeFlags: [`--user-data-dir=${profile}`], args: ["--disable-storage-reset"] }],
  ];
  for (const [what, target, options] of runs) {
    progress(what);
    budgetMet = null;
    const result = await lighthouse(target, options).catch((e) => `could not run: ${e.message.split("\n")[0]}`);
    row(what, result, "performance ≥ 98, LCP ≤ 1.5 s", budgetMet);
  }
  rmSync(profile, { recursive: true, force: true });
}

const started = Date.now();
if (!existsSync(join(dist, "index.html"))) throw new Error(`${dist} has no index.html: build first`);
const rawBytes = wanted("sizes") ? sizes() : null;
const server = await serve();
let browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
const version = browser.version();
const failed = [];
// One step: its progress line, a limit on the whole step, and on failure a row that says what
// could not be measured, so the other steps still run and the table is still printed.
async function step(name, label, run, limit = 15 * 60_000) {
  if (!wanted(name)) return;
  progress(label);
  try {
    await within(`step "${name}"`, run(), limit);
  } catch (e) {
    failed.push(name);
    progress(`step "${name}" failed: ${e.message}`);
    row(`**${label}**`, `could not measure: ${e.message.split("\n")[0]}`, "", false);
  }
}
try {
  await step("cold", `cold loads (${COLD_RUNS} + ${COLD_RUNS})`, () => firstQuestion(browser, server.url));
  await step("answer", "answer → score (15 answers)", () => answerToScore(browser, server.url));
  await step("library", `library of 500 (${LIBRARY_RUNS} loads)`, () => library(browser, server.url));
  await step("later", "later pages, first opening and again", () => laterPages(browser, server.url));
  await step("repeat", "repeat visit", () => repeatVisit(browser, server.url));
  await step("import", "importer limits (1,000 clashing assessments)", () => importerLimits(browser, server.url));
  await browser.close(); // now, so Lighthouse's own Chromium has the CPU to itself
  browser = null;
  await step("lighthouse", "Lighthouse", () => lighthouseRows(server.url));
  console.log(`\nMeasured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} CPU cores, Chromium ${version}, `
    + `Node ${process.version}, from ${dist}. KB = 1024 bytes; times from navigation start unless said.\n`);
  console.log("| Measure | Result | Budget | |\n|---|---|---|---|");
  for (const r of rows) console.log(`| ${r.join(" | ")} |`);
  console.log(`\nLighthouse uses its mobile preset (simulated slow 4G, 4× CPU slowdown), one run per page.`
    + (rawBytes === null ? "" : ` tests/serve.mjs gzips as a production host would (${kb(rawBytes)} before compression).`));
  progress(`done in ${Math.round((Date.now() - started) / 1000)} s`);
  if (failed.length) {
    progress(`could not measure: ${failed.join(", ")}`);
    process.exitCode = 1;
  }
} finally {
  await browser?.close();
  server.stop();
}
