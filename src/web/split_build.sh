#!/usr/bin/env bash
# Trunk build hook: builds the app as a small main module and chunks loaded on first use.
#
# Leptos's `#[lazy]` marks the pages (src/ui/pages.rs); these four steps, the same ones
# cargo-leptos runs for `--split`, cut the wasm at those marks:
#   1. cargo builds the library's wasm with its relocations (--emit-relocs, .cargo/config.toml);
#   2. wasm-split-cli cuts it into the main module, one module per page and shared chunks,
#      and writes __wasm_split.js, which fetches a chunk the first time it is needed;
#   3. wasm-bindgen makes the main module's JavaScript;
#   4. release builds: wasm-opt shrinks every .wasm.
#
# The main module keeps its stable names beside index.html (which preloads them). The page
# chunks, whose names are not content hashes, go into a folder named for a hash of this
# build's output, so a page from one build can never load another build's chunk: an old
# page asking for its chunk after a new release gets a clean "not found", never a mismatch.
set -euo pipefail

name=nasss-navigator
staging=${TRUNK_STAGING_DIR:?this script runs as a Trunk build hook}
profile=${TRUNK_PROFILE:-debug}
cd "${TRUNK_SOURCE_DIR:-.}"
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

cargo_args=(build --lib --target wasm32-unknown-unknown --features split)
[ "$profile" = release ] && cargo_args+=(--release)
cargo "${cargo_args[@]}"

work=target/split/$profile
rm -rf "$work"
mkdir -p "$work/cut" "$work/bound"
wasm-split-cli --target web --out-name "$name" \
  "target/wasm32-unknown-unknown/$profile/nasss_navigator.wasm" "$work/cut"
wasm-bindgen --target web --keep-lld-exports --no-demangle --no-typescript \
  --out-name "$name" --out-dir "$work/bound" "$work/cut/$name.wasm"
cp "$work/cut/__wasm_split.js" "$work/cut"/*.wasm "$work/bound/"
rm "$work/bound/$name.wasm"

if [ "$profile" = release ]; then
  # The same settings the unsplit build had: wasm-opt otherwise inlines any function called
  # from one place however large, and piled the pages' code into one 86 KB function that the
  # browser compiled whole on the first load (kept small: 4 KB less gzipped, the first
  # question about 6 ms sooner). npm's wasm-opt starts slowly, so the files go two at a time,
  # and an unchanged wasm (say, only the CSS changed) reuses the last result.
  cache=target/split/opt-cache
  mkdir -p "$cache"
  optimise() {
    local wasm=$1 key
    key=$(sha256sum "$wasm" | cut -c1-32)
    if [ ! -f "$cache/$key" ]; then
      wasm-opt -Oz --one-caller-inline-max-function-size 500 \
        --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
        --enable-mutable-globals --enable-reference-types --enable-multivalue \
        -o "$cache/$key.tmp" "$wasm" 2>&1 | { grep -v "unknown name subsection" || true; } >&2
      mv "$cache/$key.tmp" "$cache/$key"
    fi
    cp "$cache/$key" "$wasm"
  }
  export -f optimise
  export cache
  printf '%s\0' "$work/bound"/*.wasm | xargs -0 -n1 -P2 bash -c 'optimise "$0"'
fi

# The chunks' folder is named for everything this build made, so any change gives a new one.
version=$(cd "$work/bound" && cat $(ls | LC_ALL=C sort) | sha256sum | cut -c1-16)
chunks=pages-$version
mkdir -p "$staging/$chunks"
mv "$work/bound/__wasm_split.js" "$work/bound"/split_*.wasm "$staging/$chunks/"
mv "$work/bound"/chunk_*.wasm "$staging/$chunks/" 2>/dev/null || true
# Each side names the other by its new place.
sed -i "s#\(from ['\"]\)\./__wasm_split\.js#\1./$chunks/__wasm_split.js#" "$work/bound/$name.js"
sed -i "s#from ['\"]\./$name\.js['\"]#from \"../$name.js\"#" "$staging/$chunks/__wasm_split.js"
node src/web/early_stored.mjs "$staging/$chunks/__wasm_split.js"
grep -q "$chunks/__wasm_split.js" "$work/bound/$name.js" \
  || { echo "split_build.sh: $name.js does not import __wasm_split.js as expected" >&2; exit 1; }
grep -q "\"../$name.js\"" "$staging/$chunks/__wasm_split.js" \
  || { echo "split_build.sh: __wasm_split.js does not import $name.js as expected" >&2; exit 1; }
mv "$work/bound/$name.js" "$work/bound/${name}_bg.wasm" "$staging/"
