//! The browser's persistent-storage calls (`navigator.storage.persisted()` and
//! `.persist()`). Read through `Reflect`, so a browser without them answers `None` instead
//! of failing, and browser tests replace them here, at the seam, to try both answers.

use leptos::prelude::window;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Whether the browser has already agreed to keep the app's storage; `None` if it cannot say.
pub async fn persisted() -> Option<bool> {
    call("persisted").await
}

/// Asks the browser to keep the app's storage (some browsers ask the person first).
pub async fn persist() -> Option<bool> {
    call("persist").await
}

async fn call(method: &str) -> Option<bool> {
    let navigator = js_sys::Reflect::get(&window(), &"navigator".into()).ok()?;
    let storage = js_sys::Reflect::get(&navigator, &"storage".into()).ok()?;
    if storage.is_undefined() || storage.is_null() {
        return None;
    }
    let f = js_sys::Reflect::get(&storage, &method.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let promise = f.call0(&storage).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    JsFuture::from(promise)
        .await
        .ok()
        .map(|v: JsValue| v.is_truthy())
}
