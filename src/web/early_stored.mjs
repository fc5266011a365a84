// Trunk build hook step (src/web/split_build.sh): on a device with something stored, the app
// reads it with the stored-data chunk before it starts (src/ui/state/stored.rs). Fetched only
// once the main module runs, those files came after it, one round trip later; this makes
// __wasm_split.js, which the main module's JavaScript imports before the main module itself
// is fetched, start them at once, beside it. A first visit (nothing stored) fetches nothing
// early, so its own start-up has the network to itself.
import { readFileSync, writeFileSync } from "node:fs";

const file = process.argv[2];
let js = readFileSync(file, "utf8");

/** The files a chunk's loader fetches: its own and every shared chunk it needs. */
function filesOf(chunk) {
  const loader = js.match(new RegExp(
    `export const __wasm_split_load_${chunk} = wrapAsyncCb\\(makeLoad\\(\\(\\) => \\{[\\s\\S]*?\\n, \\[([^\\]]*)\\]\\)\\);`,
  ));
  if (!loader) {
    console.error(`early_stored.mjs: no loader for the ${chunk} chunk in __wasm_split.js`);
    process.exit(1);
  }
  const deps = loader[1].split(",").map((d) => d.trim()).filter(Boolean);
  return [`split_${chunk}.wasm`, ...deps.map((d) => `${d.replace(/^__/, "")}.wasm`)];
}
const early = filesOf("stored");
// Home, with assessments stored, is the library: its page comes next, so it comes early too.
const home = filesOf("library").filter((name) => !early.includes(name));

const fetchOf = /fetch\(new URL\("\.\/([A-Za-z0-9_]+\.wasm)", import\.meta\.url\)\)/g;
const fetches = [...js.matchAll(fetchOf)].length;
js = js.replace(fetchOf, (_, name) => `fetchChunk("${name}")`);
if (fetches === 0 || [...early, ...home].some((name) => !js.includes(`fetchChunk("${name}")`))) {
  console.error("early_stored.mjs: __wasm_split.js does not fetch its chunks as expected");
  process.exit(1);
}

const head = `// Added by src/web/early_stored.mjs.
const EARLY = ${JSON.stringify(early)};
const EARLY_HOME = ${JSON.stringify(home)};
const fetchFresh = (name) => fetch(new URL(\`./\${name}\`, import.meta.url));
const fetchedEarly = new Map();
try {
  const keys = Object.keys(localStorage);
  const atHome = ["", "#", "#/"].includes(location.hash);
  const wanted = [
    ...(keys.some((key) => key.startsWith("nasss-navigator/")) ? EARLY : []),
    ...(atHome && keys.some((key) => key.startsWith("nasss-navigator/assessment/")) ? EARLY_HOME : []),
  ];
  for (const name of wanted) {
    const response = fetchFresh(name);
    // Nothing may ever read it (a retry fetches anew): a failure is not unhandled.
    response.catch(() => {});
    fetchedEarly.set(name, response);
  }
} catch {
  // No storage here (a sandboxed frame, say): nothing is stored, so nothing is needed early.
}
// A response is read once: an early one serves the first load, and a retry fetches anew.
function fetchChunk(name) {
  const response = fetchedEarly.get(name);
  fetchedEarly.delete(name);
  return response ?? fetchFresh(name);
}
`;
// After the import line, which must stay first.
js = js.replace(/^(import [^\n]*\n)/, `$1\n${head}`);
if (!js.includes("const EARLY")) {
  console.error("early_stored.mjs: __wasm_split.js does not start with its import");
  process.exit(1);
}
writeFileSync(file, js);
