//! The Leptos UI: renders the core's state and turns clicks into calls on the core.

mod app;
mod components;
mod implementer;
mod lazy;
mod library;
mod page_focus;
mod pages;
mod phone;
mod platform;
mod state;
mod walkthrough;
mod workshop;

pub fn mount() {
    // A device with something stored fetches the code that reads it first, so the library
    // is read whole before anything draws. A true first visit has nothing to read: it starts
    // at once, and that code comes in the background, for the first save that needs it.
    // (wasm-bindgen's own spawn: Leptos's task runner starts only with the app.)
    if state::stored::anything_stored() {
        wasm_bindgen_futures::spawn_local(async {
            match state::stored::fetch().await {
                Ok(()) => start(),
                Err(_) => could_not_read(),
            }
        });
    } else {
        start();
        wasm_bindgen_futures::spawn_local(async {
            // Tried again by the first save or storage event that needs it.
            let _ = state::stored::fetch().await;
        });
    }
}

/// The code that reads this device's saved work could not be fetched: "Loading…" says so,
/// as index.html's loader does when the app itself cannot start, rather than show a library
/// that looks empty.
fn could_not_read() {
    let document = leptos::prelude::document();
    if let Some(paint) = document.get_element_by_id("first-paint") {
        paint.remove();
    }
    if let Some(message) = document.get_element_by_id("app-loading-message") {
        message.set_text_content(Some(
            "NASSS Navigator could not download the part of the app that reads your saved work. \
             Check that this device is online, then reload the page. Your work is still on this device.",
        ));
    }
}

fn start() {
    // index.html's "Loading…" page gives way in the same task, so it is never painted together
    // with the app.
    if let Some(loading) = leptos::prelude::document().get_element_by_id("app-loading") {
        loading.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
