// The smoke walk (walk.mjs) in the engines beyond Chromium: Firefox ESR over WebDriver BiDi
// and WebKitGTK over WebDriver classic. Serves the built app from loopback, as the browser
// tests do, and prints one line per engine and a closing count.
// Usage: node tests/engines/run.mjs [dist] [firefox] [webkit]   (no engine named: both)
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

// Node 22 has WebSocket built in; Node 20 has it behind a flag, so start again with it.
if (typeof WebSocket === "undefined") {
  const child = spawn(process.execPath, ["--experimental-websocket", "--no-warnings", ...process.argv.slice(1)],
    { stdio: "inherit" });
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  await main();
}

async function main() {
  const { launchFirefox } = await import("./firefox.mjs");
  const { launchWebKit } = await import("./webkit.mjs");
  const { walk, whereNow, UNSUPPORTED } = await import("./walk.mjs");
  const ENGINES = {
    firefox: launchFirefox,
    // WebKitGTK ships without navigator.storage, and the app must say so calmly.
    webkit: async () => Object.assign(await launchWebKit(), { expectSaid: UNSUPPORTED }),
  };

  const args = process.argv.slice(2);
  const dist = args.find((a) => !(a in ENGINES)) ?? "dist";
  const chosen = args.filter((a) => a in ENGINES);
  const names = chosen.length > 0 ? chosen : Object.keys(ENGINES);

  const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
  const server = spawn(process.execPath, [join(root, "tests", "serve.mjs"), dist, "0"], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
  const base = await new Promise((resolve, reject) => {
    let said = "";
    server.stdout.on("data", (chunk) => {
      said += chunk;
      const found = said.match(/on (http:\/\/\S+\/)/);
      if (found) resolve(found[1]);
    });
    server.on("exit", (code) => reject(new Error(`the file server stopped (${code})`)));
  });

  let passed = 0;
  let failed = 0;
  for (const name of names) {
    const started = Date.now();
    let browser = null;
    let current = "starting the browser";
    try {
      browser = await ENGINES[name]();
      const { said, how } = await walk(browser, base, (step) => (current = step));
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const errors = browser.errors ? "no console errors" : "console not readable over WebDriver classic";
      console.log(`ok   ${browser.name} ${browser.version}: the walk passed in ${seconds} s (${errors}); the library said "${said}"; the share link was ${how}`);
      passed++;
    } catch (error) {
      console.log(`FAIL ${browser?.name ?? name}: at "${current}": ${error.message}${await whereNow(browser)}`);
      failed++;
    } finally {
      await browser?.close().catch((error) => console.log(`(closing ${name}: ${error.message})`));
    }
  }
  server.kill();
  console.log(`engines: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}
