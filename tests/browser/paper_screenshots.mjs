// Pictures of the paper forms and of typing them in, for people to look at: each printed
// A4 page of the blank quick check and full set (rendered from the PDF, as it prints), and
// the "Type in paper answers" page at desktop and phone sizes, mid-form. Run by
// `./dev screenshots`; pictures land in target/screenshots/paper-*.png.
import { chromium } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";

const base = process.argv[2] ?? "http://127.0.0.1:4173/";
const out = "target/screenshots";
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });

for (const bank of ["quick", "full"]) {
  await page.goto(`${base}#/blank/${bank}`);
  await page.getByRole("heading", { level: 1 }).waitFor();
  const pdf = `${out}/paper-blank-${bank}.pdf`;
  writeFileSync(pdf, await page.pdf({ format: "A4", printBackground: true }));
  // One PNG a page: paper-blank-full-1.png, -2.png…
  execFileSync("pdftoppm", ["-png", "-r", "80", pdf, `${out}/paper-blank-${bank}`]);
}

await page.goto(`${base}#/workshop`);
await page.getByRole("textbox", { name: "Name of the workshop (optional)" }).fill("Ward 7 forms");
await page.getByRole("radio", { name: "Full assessment" }).check();
await page.getByRole("button", { name: "Start the workshop" }).click();
await page.waitForURL(/\/present\//);
const id = page.url().match(/#\/a\/([a-z0-9]+)\//)[1];
await page.goto(`${base}#/a/${id}/paper`);
await page.getByRole("textbox", { name: "Name on the form (optional)" }).focus();
await page.keyboard.type("Sam Okafor");
await page.keyboard.press("Enter");
for (const key of "123D123D123D123D123D123") await page.keyboard.press(key);
await page.keyboard.press("Enter");
await page.getByText("Saved the form from Sam Okafor").waitFor();
await page.keyboard.type("Lee Chan");
await page.keyboard.press("Enter");
for (const key of "3D12") await page.keyboard.press(key);
for (const [size, width, height] of [["desktop", 1280, 900], ["phone", 390, 844]]) {
  await page.setViewportSize({ width, height });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.screenshot({ path: `${out}/paper-entry-${size}.png`, fullPage: true });
}
await browser.close();
