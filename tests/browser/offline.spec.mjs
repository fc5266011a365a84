// Offline after the first visit, and the "new version available" flow.
import { test as plain } from "@playwright/test";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";

async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
}

test("after the first visit the app opens and works with the network off", async ({ page, context }) => {
  await page.goto("./");
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Find where your project is complex" })).toBeVisible();
  await page.getByRole("radio", { name: "Quick check" }).check();
  await page.getByRole("button", { name: "Start now" }).click();
  await page.getByRole("radio", { name: "Complicated", exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Question 2 of 7")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Question 2 of 7")).toBeVisible();
  await expectNoAxeViolations(page);
  await context.setOffline(false);
});

/** The kinds of page the app has: the variants of `Route` in src/core/route.rs. */
function routeKinds() {
  const source = readFileSync(new URL("../../src/core/route.rs", import.meta.url), "utf8");
  const body = source.match(/pub enum Route \{([\s\S]*?)\n\}/)[1];
  return [...body.matchAll(/^ {4}([A-Z]\w*)/gm)].map((m) => m[1]);
}

test("once the app says it is ready to work offline, every kind of page opens with the network off", async ({ page, context }) => {
  test.setTimeout(180_000);
  // One online visit that starts an assessment and answers a question, nothing more: no later
  // page is opened while online, so each one below must come from the worker's copy.
  await page.goto("./");
  await page.getByRole("radio", { name: "Quick check" }).check();
  await page.getByRole("button", { name: "Start now" }).click();
  await page.getByRole("radio", { name: "Complicated", exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Question 2 of 7")).toBeVisible();
  const id = page.url().match(/#\/a\/([a-z0-9]+)\//)[1];
  // Said once the worker has kept every page's code, which it does only once the page is idle.
  await expect(page.getByRole("status").filter({ hasText: "Ready to work offline" })).toBeVisible({ timeout: 30_000 });
  await waitForServiceWorker(page);

  await context.setOffline(true);
  let previous = await page.getByRole("heading", { level: 1 }).textContent();
  const seen = new Set();
  /** Opens `hash` (a page of kind `kind`) and waits for its own heading, not the last page's. */
  const open = async (kind, hash) => {
    await page.goto(`./${hash}`);
    await expect.poll(() => page.locator("main h1").textContent().catch(() => previous), { message: `${kind}: ${hash}` }).not.toBe(previous);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // A page whose code the worker did not keep says so (src/ui/components/page_not_loaded.rs).
    await expect(page.getByText("This page could not be loaded"), `${kind}: ${hash}`).toHaveCount(0);
    previous = await page.getByRole("heading", { level: 1 }).textContent();
    seen.add(kind);
  };
  // Every chunk's pages: the walkthrough's later pages, the library's, sharing, an
  // implementer's, a workshop's and a phone's.
  const pages = [
    ["Reflect", `#/a/${id}/domain/1`], ["Check", `#/a/${id}/check`], ["Results", `#/a/${id}/results`],
    ["Plan", `#/a/${id}/plan`], ["Share", `#/a/${id}/share`], ["AskReview", `#/a/${id}/ask-review`],
    ["Rename", `#/a/${id}/name`], ["Review", `#/a/${id}/review`], ["CheckIn", `#/a/${id}/check-in`],
    ["Trend", `#/a/${id}/trend`], ["Home", "#/"], ["Import", "#/import"], ["Privacy", "#/privacy"],
    ["YourName", "#/you"], ["Compare", "#/compare"], ["Team", "#/team"], ["Delete", `#/a/${id}/delete`],
    ["DeleteAll", "#/delete-all"], ["New", "#/new"], ["Open", "#/open/v2.damaged"],
    ["Answers", "#/answers/v2.damaged"], ["NotFound", "#/nowhere"], ["Blank", "#/blank/quick"],
    ["Question", `#/a/${id}/q/3`],
  ];
  for (const [kind, hash] of pages) await open(kind, hash);

  // A workshop started offline, answered on a phone from its invite, and each of its screens.
  await open("Workshop", "#/workshop");
  await page.getByRole("radio", { name: "Quick check" }).check();
  await page.getByRole("button", { name: "Start with everyone answering on their phones" }).click();
  await expect(page).toHaveURL(/#\/a\/[a-z0-9]+\/invite$/);
  seen.add("Invite");
  const workshop = page.url().match(/#\/a\/([a-z0-9]+)\//)[1];
  const invite = await page.getByRole("textbox", { name: "The invite link" }).inputValue();
  previous = await page.getByRole("heading", { level: 1 }).textContent();
  await open("Join", invite.slice(invite.indexOf("#")));
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page).toHaveURL(/#\/phone\/[^/]+\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("health or care needs");
  seen.add("Phone");
  previous = await page.getByRole("heading", { level: 1 }).textContent();
  const workshopPages = [
    // Never two pages in a row that show the same question as their heading.
    ["Collect", `#/a/${workshop}/collect`], ["Present", `#/a/${workshop}/present/1`], ["Paper", `#/a/${workshop}/paper`],
    ["Facilitate", `#/a/${workshop}/facilitate`], ["Reveal", `#/a/${workshop}/present/reveal`],
    ["Paused", `#/a/${workshop}/paused/1`], ["Invite", `#/a/${workshop}/invite`],
  ];
  for (const [kind, hash] of workshopPages) await open(kind, hash);

  await expect(page.getByText("NASSS Navigator could not start")).toHaveCount(0);
  expect(routeKinds().filter((kind) => !seen.has(kind)), "kinds of page not opened offline").toEqual([]);
  await context.setOffline(false);
});

/**
 * Serves `dir` on a free port (none fixed, so runs side by side never collide) and resolves
 * with its address once the server says it is listening.
 */
function serve(dir) {
  const server = spawn("node", ["tests/serve.mjs", dir, "0"], { stdio: ["ignore", "pipe", "inherit"] });
  const address = new Promise((resolve, reject) => {
    let said = "";
    server.stdout.on("data", (chunk) => {
      said += chunk;
      const url = said.match(/on (http:\/\/127\.0\.0\.1:\d+\/)/)?.[1];
      if (url) resolve(url);
    });
    server.on("exit", (code) => reject(new Error(`tests/serve.mjs stopped (${code}) before listening`)));
  });
  return { server, address };
}

plain("a new build is offered as a reload, and the reload brings it in", async ({ page }) => {
  // Our own copy of the build (the one under test) on its own port, so the test can publish
  // a "new version".
  const dir = mkdtempSync(join(tmpdir(), "nasss-update-"));
  cpSync(process.env.PW_DIST ?? "dist", dir, { recursive: true });
  const { server, address } = serve(dir);
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  try {
    await page.goto(await address);
    await waitForServiceWorker(page);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    // Publish: a changed stylesheet and a newly stamped worker.
    // index.html pins the stylesheet by its hash, as a release would: a new stylesheet comes
    // with a new hash, or the browser refuses it and the updated page has no styles.
    const newCss = readFileSync(join(dir, "main.css"), "utf8") + "\n/* release 2 */\n";
    writeFileSync(join(dir, "main.css"), newCss);
    const hash = `sha384-${createHash("sha384").update(newCss).digest("base64")}`;
    const html = readFileSync(join(dir, "index.html"), "utf8");
    writeFileSync(join(dir, "index.html"), html.replace(/sha384-[A-Za-z0-9+/=]+/, hash));
    const sw = readFileSync(join(dir, "sw.js"), "utf8").replace(/const BUILD = "[^"]*"/, 'const BUILD = "release-2"');
    writeFileSync(join(dir, "sw.js"), sw);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

    const banner = page.getByRole("status").filter({ hasText: "A new version of NASSS Navigator is ready." });
    await expect(banner).toBeVisible();
    await Promise.all([page.waitForEvent("load"), banner.getByRole("button", { name: "Reload to update" }).click()]);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const css = await page.evaluate(async () => (await fetch("./main.css")).text());
    expect(css).toContain("/* release 2 */");
    // The new stylesheet is the one in force, not merely fetched.
    const applied = await page.evaluate(() =>
      [...document.styleSheets].some((sheet) => sheet.href?.endsWith("main.css") && sheet.cssRules.length > 0),
    );
    expect(applied).toBe(true);
    await expect(page.getByText("A new version of NASSS Navigator is ready.")).toHaveCount(0);
    expect(errors).toEqual([]);
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
