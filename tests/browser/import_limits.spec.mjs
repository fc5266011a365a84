// Limits that keep the tab responsive (issue 23): a file or link holds at most 1,000
// assessments, and many clashes are one choice above the list, which opens on request.
import { test, expect, expectNoAxeViolations } from "./fixtures.mjs";
import { assessmentOf, exportFile, importFiles } from "./helpers.mjs";

const several = (n, from = 0) =>
  Array.from({ length: n }, (_, i) => assessmentOf(`lim${i + from}`, `Limits project ${i + from}`, "quick", { 1: "simple" }));

test("many clashes are one choice, add what is new, keep both, replace all or skip all, and the list opens on request", async ({ page }) => {
  await importFiles(page, exportFile(several(3)));
  await page.goto("./#/import");
  await page.getByLabel("Choose a file (.json)").setInputFiles(exportFile(several(25)));
  const all = page.getByRole("group", { name: "3 clash with assessments on this device: add what is new, keep both, replace all or skip all?" });
  await expect(all).toBeVisible();
  await expect(all.getByRole("radio", { name: "Add what is new to each" })).toBeChecked();
  // The 25 rows wait until the list is opened.
  await expect(page.getByRole("heading", { name: "Limits project 24" })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.locator("summary", { hasText: "Show each of the 25 assessments" }).click();
  await expect(page.getByRole("heading", { name: "Limits project 24" })).toBeVisible();
  // Replace all sets each row's own choice; skip all leaves the three here alone.
  await all.getByRole("radio", { name: "Replace all with the file's copies" }).check();
  const rowChoices = page.getByRole("radio", { name: "Replace with the file's copy" });
  await expect(rowChoices).toHaveCount(3);
  for (let i = 0; i < 3; i++) await expect(rowChoices.nth(i)).toBeChecked();
  await all.getByRole("radio", { name: "Skip all" }).check();
  await page.getByRole("button", { name: "Import 22" }).click();
  await expect(page.getByText("Imported 22 assessments.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Limits project 0", exact: true })).toHaveCount(1);
});

test("a file of more than 1,000 assessments is refused with the reason", async ({ page }) => {
  await page.goto("./#/import");
  await page.getByLabel("Choose a file (.json)").setInputFiles(exportFile(several(1001), "huge.json"));
  const summary = page.getByRole("alert").filter({ hasText: "huge.json could not be imported" });
  await expect(summary).toContainText("This holds 1001 assessments. This app brings in up to 1000 at a time");
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("/assessment/")))).toEqual([]);
});
