// Trunk build hook step (src/web/split_build.sh): on a device with something stored, the app
// reads it with the stored-data chunk before it starts (src/ui/state/stored.rs). Fetched only
// once the main module runs, those files came after it, one round trip later; this makes
// __wasm_split.js, which the main module's JavaScript imports before the main module itself
// is fetched, start them at once, beside it. A first visit (nothing stored) fetches nothing
// early, so its own start-up has the network to itself.
import { readFileSync, writeFileSync } from "node:fs";

const file = process.argv[2];
let js = readFileSync(file, "utf8");

const loader = js.match(
  /export const __wasm_split_load_stored = wrapAsyncCb\(makeLoad\(\(\) => \{[\s\S]*?\n, \[([^\]]*)\]\)\);/,
);
if (!loader) {
  console.error("early_stored.mjs: no loader for the stored-data chunk in __wasm_split.js");
  process.exit(1);
}
const early = ["split_stored.wasm", ...loader[1].split(",").map((d) => `${d.trim().replace(/^__/, "")}.wasm`)];

const fetchOf = /fetch\(new URL\("\.\/([A-Za-z0-9_]+\.wasm)", import\.meta\.url\)\)/g;
const fetches = [...js.matchAll(fetchOf)].length;
js = js.replace(fetchOf, (_, name) => `fetchChunk("${name}")`);
if (fetches === 0 || early.some((name) => !js.includes(`fetchChunk("${name}")`))) {
  console.error("early_stored.mjs: __wasm_split.js does not fetch its chunks as expected");
  process.exit(1);
}

const head = `// Added by src/web/early_stored.mjs.
const EARLY = ${JSON.stringify(early)};
const fetchedEarly = new Map();
try {
  if (Object.keys(localStorage).some((key) => key.startsWith("nasss-navigator/"))) {
    for (const name of EARLY) {
      const response = fetch(new URL(\`./\${name}\`, import.meta.url));
      response.catch(() => {});
      fetchedEarly.set(name, response);
    }
  }
} catch {
  // No storage here (a sandboxed frame, say): nothing is stored, so nothing is needed early.
}
// A response is read once: an early one serves the first load, and a retry fetches anew.
function fetchChunk(name) {
  const response = fetchedEarly.get(name);
  fetchedEarly.delete(name);
  return response ?? fetch(new URL(\`./\${name}\`, import.meta.url));
}
`;
// After the import line, which must stay first.
js = js.replace(/^(import [^\n]*\n)/, `$1\n${head}`);
if (!js.includes("const EARLY")) {
  console.error("early_stored.mjs: __wasm_split.js does not start with its import");
  process.exit(1);
}
writeFileSync(file, js);
