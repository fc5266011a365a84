//! "A new version is ready": shown when the service worker has the next build waiting.
//! The reload is the user's choice, so nobody loses a half-typed note.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn apply_update_function() -> Option<js_sys::Function> {
    js_sys::Reflect::get(&window(), &"__nasssApplyUpdate".into())
        .ok()?
        .dyn_into()
        .ok()
}

#[component]
pub fn UpdateBanner() -> impl IntoView {
    // The loader may have found the waiting version before the app started listening.
    let (ready, set_ready) = signal(apply_update_function().is_some());
    let handle = window_event_listener_untyped("nasss-update-ready", move |_| set_ready.set(true));
    on_cleanup(move || handle.remove());
    let reload = |_| {
        if let Some(apply) = apply_update_function() {
            let _ = apply.call0(&wasm_bindgen::JsValue::NULL);
        }
    };
    view! {
        <div role="status">
            <Show when=move || ready.get()>
                <div class="update-banner">
                    <p>
                        "A new version of NASSS Navigator is ready. Your work is saved. "
                        <button class="link-button" type="button" on:click=reload>"Reload to update"</button>
                    </p>
                </div>
            </Show>
        </div>
    }
}
