//! Says once the whole app is kept on this device, so a person knows they can open it with
//! no network (in a workshop room, on a train). The service worker keeps every page's code
//! only after the first page is idle (src/web/loader.js), so this appears a moment after the
//! first visit, and at once on later ones.

use leptos::prelude::*;

fn kept_offline() -> bool {
    js_sys::Reflect::get(&window(), &"__nasssOfflineReady".into()).is_ok_and(|v| v.is_truthy())
}

#[component]
pub fn OfflineReady() -> impl IntoView {
    // The loader may have known before the app started listening (a later visit).
    let (ready, set_ready) = signal(kept_offline());
    let handle = window_event_listener_untyped("nasss-offline-ready", move |_| set_ready.set(true));
    on_cleanup(move || handle.remove());
    view! {
        <p role="status">
            {move || ready.get().then_some("Ready to work offline: this app now opens on this device without a network.")}
        </p>
    }
}
