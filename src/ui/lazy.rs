//! Functions whose code is fetched the first time they are called (the split build, see
//! src/web/split_build.sh and src/ui/pages.rs).

/// An `async fn` whose body, and the code only it reaches, goes into the named wasm chunk:
/// the first call fetches that chunk, later calls run at once. Arguments and the result
/// cross a plain function call, so they must be owned values (no references, no generics).
///
/// Each one must be called somewhere: one the app never calls (only preloads, say) leaves the
/// splitter an export with no import (its warning: "No corresponding imports for split
/// export(s)"), and then what it reaches stayed in the main module: 36 KB more of a first
/// visit, measured, when a stored-data reader was left unused.
///
/// Only the split build cuts the wasm (`--features split`): marked code runs only once it has
/// been cut, so every other build (cargo check, clippy) gets a plain `async fn`.
macro_rules! lazy_fn {
    ($chunk:ident: $vis:vis fn $name:ident($($arg:ident: $ty:ty),*) $(-> $ret:ty)? $body:block) => {
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split)]
        $vis fn $name($($arg: $ty),*) $(-> $ret)? $body

        #[cfg(not(feature = "split"))]
        $vis async fn $name($($arg: $ty),*) $(-> $ret)? $body
    };
}

pub(crate) use lazy_fn;
