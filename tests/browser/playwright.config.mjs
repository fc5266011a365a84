// Browser tests run against the release build in dist/, served on loopback, in Debian's
// Chromium (Playwright cannot download its own browser here).
import { defineConfig } from "@playwright/test";

// PW_PORT and PW_DIST let two runs share a machine (say, a check while another suite runs).
const PORT = Number(process.env.PW_PORT ?? 4173);

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.mjs",
  outputDir: "../../target/playwright",
  timeout: 60_000,
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `node tests/serve.mjs ${process.env.PW_DIST ?? "dist"} ${PORT}`,
    cwd: "../..",
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
  },
});
