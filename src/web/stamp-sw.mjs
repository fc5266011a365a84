// Trunk post-build hook: writes a hash of every built file into sw.js, so that any change
// to the app gives browsers a new service worker (and the "new version" prompt).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("stamp-sw.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR unset)");
const hash = createHash("sha256");
for (const name of readdirSync(dir).sort()) {
  if (name === "sw.js") continue;
  hash.update(name);
  hash.update(readFileSync(join(dir, name)));
}
const sw = join(dir, "sw.js");
writeFileSync(sw, readFileSync(sw, "utf8").replace("__BUILD_HASH__", hash.digest("hex").slice(0, 16)));
