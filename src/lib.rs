//! NASSS Navigator. The pure domain lives in `core`; everything else is the browser UI,
//! compiled only for wasm so the core's native tests never build Leptos.

pub mod core;

#[cfg(target_arch = "wasm32")]
mod ui;
#[cfg(target_arch = "wasm32")]
pub use ui::mount;
