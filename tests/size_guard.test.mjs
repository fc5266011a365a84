// The size guard: the first visit (HTML, JS, CSS and the main wasm, gzip -9) stays within its
// budget, so a new page cannot slip into it unnoticed. Size is deterministic, unlike time, so
// it is a test, not a benchmark row. Run by ./dev test after the release build:
//   node --test tests/size_guard.test.mjs      (PW_DIST names another build folder)
import { test } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync, cpSync, mkdtempSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { firstVisit, firstVisitFiles, KB } from "./size/first_visit.mjs";

// Issue 26's target is 130 KB. The split reaches 270.9 KB (458.6 KB unsplit before issues
// 22 to 24, 556.5 KB unsplit after them, 341.1 KB split): the main module still holds Leptos's
// runtime, the library's state with its saving, merging and cross-tab lock, the serialisers,
// the proofs (HMAC-SHA256), the shipped banks' text and the components every page shows.
// Reading stored data is a chunk of its own (src/ui/state/stored.rs) and the shipped banks
// are compiled in (build.rs). The guard sits 1.1 KB above what was reached, so nothing new
// grows the first visit unnoticed (it failed, at 332 KB, when main's workshop participants and
// first paint were merged: 329.6 -> 335.2 KB, and at 338 KB when issue 25's phones and the
// engines' save path were: 336.8 -> 341.1 KB; a page whose chunk cannot be fetched learnt to
// say so instead of stopping the app, 341.1 -> 345.2 KB: the splitter's `fallible` wrappers
// and the page that says so); lower it as the main module shrinks (README, Benchmark).
export const BUDGET = 272 * KB;
const dist = process.env.PW_DIST ?? "dist";

const report = ({ files, total }) =>
  `${files.map((f) => `${f.name} ${(f.gzip / KB).toFixed(1)} KB`).join(", ")}; total ${(total / KB).toFixed(1)} KB`;

test("the first visit fits its budget", () => {
  const visit = firstVisit(dist);
  assert.ok(visit.total <= BUDGET, `first visit ${report(visit)} is over the ${BUDGET / KB} KB budget`);
});

test("the first visit is the start and question pages' code, not the page chunks", () => {
  const files = firstVisitFiles(dist);
  for (const needed of ["index.html", "loader.js", "nasss-navigator.js", "nasss-navigator_bg.wasm", "main.css"]) {
    assert.ok(files.includes(needed), `${needed} should be in the first visit: ${files.join(", ")}`);
  }
  assert.deepEqual(files.filter((f) => f.endsWith(".wasm")), ["nasss-navigator_bg.wasm"], "only the main wasm comes first");
});

test("the guard fails a first visit bloated past the budget", () => {
  // A copy of the build whose main wasm carries the budget's slack and 10 KB more of data
  // that does not compress: the guard must refuse it.
  const copy = mkdtempSync(join(tmpdir(), "nasss-size-"));
  try {
    cpSync(dist, copy, { recursive: true });
    const slack = Math.max(0, BUDGET - firstVisit(dist).total);
    appendFileSync(join(copy, "nasss-navigator_bg.wasm"), randomBytes(slack + 10 * KB));
    assert.ok(firstVisit(copy).total > BUDGET, "a bloated first visit must be over the budget");
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
