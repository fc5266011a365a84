// Offline after the first visit, and the "new version available" flow.
import { test as plain } from "@playwright/test";
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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

plain("a new build is offered as a reload, and the reload brings it in", async ({ page }) => {
  // Our own copy of the build on its own port, so the test can publish a "new version".
  const dir = mkdtempSync(join(tmpdir(), "nasss-update-"));
  cpSync("dist", dir, { recursive: true });
  const port = 4300 + plain.info().workerIndex;
  const server = spawn("node", ["tests/serve.mjs", dir, String(port)], { stdio: "ignore" });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  try {
    await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/`).catch(() => null))?.status).toBe(200);
    await page.goto(`http://127.0.0.1:${port}/`);
    await waitForServiceWorker(page);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    // Publish: a changed stylesheet and a newly stamped worker.
    writeFileSync(join(dir, "main.css"), readFileSync(join(dir, "main.css"), "utf8") + "\n/* release 2 */\n");
    const sw = readFileSync(join(dir, "sw.js"), "utf8").replace(/const BUILD = "[^"]*"/, 'const BUILD = "release-2"');
    writeFileSync(join(dir, "sw.js"), sw);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

    const banner = page.getByRole("status").filter({ hasText: "A new version of NASSS Navigator is ready." });
    await expect(banner).toBeVisible();
    await Promise.all([page.waitForEvent("load"), banner.getByRole("button", { name: "Reload to update" }).click()]);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const css = await page.evaluate(async () => (await fetch("./main.css")).text());
    expect(css).toContain("/* release 2 */");
    await expect(page.getByText("A new version of NASSS Navigator is ready.")).toHaveCount(0);
    expect(errors).toEqual([]);
  } finally {
    server.kill();
  }
});
