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
            state::stored::fetch().await;
            start();
        });
    } else {
        start();
        wasm_bindgen_futures::spawn_local(state::stored::fetch());
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
