// `./dev size`: where the release wasm's bytes go, by the module of our code that caused them.
// Reads a wasm file that still has its name section (built by `./dev size` with readable
// symbol names) and charges each function's body to the first `nasss_navigator::ui::<file>` or
// `nasss_navigator::core::<file>` named in its symbol: a generic Leptos or serde function
// compiled for one of our types counts towards that file. Everything else counts towards its
// crate. Sizes are before compression; gzip makes them about a third.
// Usage: node tests/bench/size.mjs <file.wasm> [rows]
import { readFileSync } from "node:fs";

const bytes = readFileSync(process.argv[2]);
const rows = Number(process.argv[3] ?? 40);
let at = 8; // after the magic number and version

function leb() {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return result;
  }
}
const name = () => {
  const length = leb();
  const text = bytes.toString("utf8", at, at + length);
  at += length;
  return text;
};
const limits = () => {
  const flags = bytes[at++];
  leb();
  if (flags & 1) leb();
};

let importedFunctions = 0;
const bodySizes = [];
const names = new Map();
let dataBytes = 0;
while (at < bytes.length) {
  const id = bytes[at++];
  const size = leb();
  const end = at + size;
  if (id === 2) {
    for (let n = leb(); n > 0; n--) {
      name();
      name();
      const kind = bytes[at++];
      if (kind === 0) { leb(); importedFunctions++; }
      else if (kind === 1) { at++; limits(); }
      else if (kind === 2) limits();
      else if (kind === 3) at += 2;
      else if (kind === 4) { at++; leb(); }
    }
  } else if (id === 10) {
    for (let n = leb(); n > 0; n--) {
      const length = leb();
      bodySizes.push(length);
      at += length;
    }
  } else if (id === 11) {
    dataBytes = size;
  } else if (id === 0 && name() === "name") {
    while (at < end) {
      const sub = bytes[at++];
      const subSize = leb();
      const subEnd = at + subSize;
      if (sub === 1) for (let n = leb(); n > 0; n--) names.set(leb(), name());
      at = subEnd;
    }
  }
  at = end;
}
if (names.size === 0) {
  console.error("size: this wasm has no function names; build it with ./dev size");
  process.exit(1);
}

// wasm-bindgen keeps the names demangled: "<tachys[…]::…::Render for nasss_navigator[…]::ui::app::…>".
const ours = /nasss_navigator(?:\[[0-9a-f]+\])?::(ui|core)::([a-z_0-9]+)/;
// "<_ as tachys::…>" is a blanket impl: charged to the trait's crate.
const crate = /^[<&\s]*(?:_ as )?(?:dyn |mut )*([A-Za-z_][A-Za-z_0-9]*)/;
function owner(symbol) {
  const m = ours.exec(symbol);
  if (m) return `${m[1]}::${m[2]}`;
  const c = crate.exec(symbol);
  return c ? `(${c[1]})` : "(other)";
}

const groups = new Map();
let code = 0;
bodySizes.forEach((length, i) => {
  const group = owner(names.get(importedFunctions + i) ?? "");
  const g = groups.get(group) ?? { bytes: 0, functions: 0 };
  g.bytes += length;
  g.functions += 1;
  groups.set(group, g);
  code += length;
});

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`Function bodies ${kb(code)}, data ${kb(dataBytes)}, whole file ${kb(bytes.length)} (names included).`);
console.log("Our files as ui::<file> or core::<file>; other crates in brackets.\n");
console.log("| Charged to | Code | Functions | Share of code |");
console.log("|---|---|---|---|");
for (const [group, g] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, rows)) {
  console.log(`| ${group} | ${kb(g.bytes)} | ${g.functions} | ${((100 * g.bytes) / code).toFixed(1)} % |`);
}
