//! Functions whose code is fetched the first time they are called (the split build, see
//! src/web/split_build.sh and src/ui/pages.rs).

/// A chunk of the app's code that could not be fetched: the network dropped, or a new release
/// replaced this build's files on the server. Nothing is cached about the failure, so calling
/// the same function again fetches afresh.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkMissing;

#[cfg(feature = "split")]
impl From<leptos::wasm_split::SplitLoaderError> for ChunkMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkMissing
    }
}

/// An `async fn` whose body, and the code only it reaches, goes into the named wasm chunk:
/// the first call fetches that chunk, later calls run at once. Arguments and the result
/// cross a plain function call, so they must be owned values (no references, no generics).
///
/// It returns `Err(ChunkMissing)` when the chunk cannot be fetched (the splitter's `fallible`
/// option): without it a failed fetch panics, and a panic in wasm stops the whole app.
///
/// Only the split build cuts the wasm (`--features split`): marked code runs only once it has
/// been cut, so every other build (cargo check, clippy) gets a plain `async fn`.
macro_rules! lazy_fn {
    ($chunk:ident: $vis:vis fn $name:ident($($arg:ident: $ty:ty),*) -> $ret:ty $body:block) => {
        #[cfg(feature = "split")]
        #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        $vis fn $name($($arg: $ty),*) -> Result<$ret, $crate::ui::lazy::ChunkMissing> {
            Ok($body)
        }

        #[cfg(not(feature = "split"))]
        $vis async fn $name($($arg: $ty),*) -> Result<$ret, $crate::ui::lazy::ChunkMissing> {
            Ok($body)
        }
    };
    ($chunk:ident: $vis:vis fn $name:ident($($arg:ident: $ty:ty),*) $body:block) => {
        lazy_fn!($chunk: $vis fn $name($($arg: $ty),*) -> () $body);
    };
}

pub(crate) use lazy_fn;
