//! The browser's persistent-storage calls (`navigator.storage.persisted()` and
//! `.persist()`). Looked up by name (`browser::call_navigator`), so a browser without them
//! answers `None` instead of failing, and browser tests replace them here, at the seam, to
//! try both answers.

use crate::ui::platform::browser::call_navigator;

/// Whether the browser has already agreed to keep the app's storage; `None` if it cannot say.
pub async fn persisted() -> Option<bool> {
    call("persisted").await
}

/// Asks the browser to keep the app's storage (some browsers ask the person first).
pub async fn persist() -> Option<bool> {
    call("persist").await
}

async fn call(method: &str) -> Option<bool> {
    call_navigator("storage", method, &js_sys::Array::new())
        .await
        .map(|answer| answer.is_truthy())
}
