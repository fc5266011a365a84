// What a first visit downloads before the first answer option is usable: index.html, what it
// links (styles, scripts, preloaded wasm) and every module those scripts import, followed
// from the files themselves, so a new static import or preload is counted without anyone
// listing it here. The worker and the page chunks come later (idle time, or first opening).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { gzipSync } from "node:zlib";

export const KB = 1024; // as tests/bench/bench.mjs counts

/** The manifest and icon are fetched by the browser beside the page, not needed to answer. */
const NOT_FOR_ANSWERING = /\.(webmanifest|svg|png|ico)$/;

/** Relative file names (within `dist`) of the first-visit set. */
export function firstVisitFiles(dist) {
  const seen = new Set();
  const visit = (file) => {
    const path = normalize(file);
    if (seen.has(path) || NOT_FOR_ANSWERING.test(path)) return;
    if (!existsSync(join(dist, path))) throw new Error(`first visit asks for ${path}, which dist/ lacks`);
    seen.add(path);
    const text = path.endsWith(".html") || path.endsWith(".js") ? readFileSync(join(dist, path), "utf8") : "";
    const here = (url) => join(dirname(path), url.replace(/[?#].*$/, ""));
    if (path.endsWith(".html")) {
      // Quoted or not: release builds minify the HTML.
      for (const [, ...urls] of text.matchAll(/<(?:link|script)\b[^>]*?\b(?:href|src)=(?:"([^"]+)"|'([^']+)'|([^\s>"']+))/g)) {
        const url = urls.find(Boolean);
        if (!/^[a-z]+:/i.test(url)) visit(here(url));
      }
    } else if (path.endsWith(".js")) {
      // Static imports only: `import x from "./y.js"`, `import * as x from`, `export … from`.
      for (const [, url] of text.matchAll(/(?:^|[;\n}])\s*(?:import|export)\b[^"'`;]*?\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g)) {
        visit(here(url));
      }
      for (const [, url] of text.matchAll(/(?:^|[;\n])\s*import\s*["'](\.{1,2}\/[^"']+)["']/g)) visit(here(url));
    }
  };
  visit("index.html");
  return [...seen].sort();
}

/** Each first-visit file with its gzip -9 size, and the total. */
export function firstVisit(dist) {
  const files = firstVisitFiles(dist).map((name) => ({
    name: relative(".", name),
    gzip: gzipSync(readFileSync(join(dist, name)), { level: 9 }).length,
  }));
  return { files, total: files.reduce((sum, f) => sum + f.gzip, 0) };
}
