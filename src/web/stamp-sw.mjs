// Trunk post-build hook: writes a hash of every built file into sw.js, so that any change
// to the app gives browsers a new service worker (and the "new version" prompt), and the list
// of page chunks (src/web/split_build.sh wrote them into pages-<hash>/) for it to keep.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("stamp-sw.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR unset)");
const hash = createHash("sha256");
// Folders too (examples/): a changed example must reach browsers that keep the old one.
function add(folder, prefix) {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) add(path, `${prefix}${name}/`);
    else if (`${prefix}${name}` !== "sw.js") {
      hash.update(`${prefix}${name}`);
      hash.update(readFileSync(path));
    }
  }
}
add(dir, "");
const pages = readdirSync(dir)
  .filter((name) => name.startsWith("pages-"))
  .flatMap((folder) => readdirSync(join(dir, folder)).sort().map((name) => `./${folder}/${name}`));
if (pages.length === 0) throw new Error("stamp-sw.mjs: no pages-*/ folder (src/web/split_build.sh did not run?)");
const sw = join(dir, "sw.js");
writeFileSync(
  sw,
  readFileSync(sw, "utf8")
    .replace("__BUILD_HASH__", hash.digest("hex").slice(0, 16))
    .replace('"__PAGE_CHUNKS__"', pages.map((url) => JSON.stringify(url)).join(", ")),
);
