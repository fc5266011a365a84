//! NASSS Navigator. The pure domain lives in `core`; everything else is the browser UI,
//! compiled only for wasm so the core's native tests never build Leptos.

pub mod core;

#[cfg(target_arch = "wasm32")]
mod ui;
#[cfg(target_arch = "wasm32")]
pub use ui::mount;

/// Runs when the page loads the wasm (wasm-bindgen's start function).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    ui::mount();
}
