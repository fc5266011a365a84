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
    // index.html's "Loading…" page gives way in the same task, so it is never painted together
    // with the app.
    if let Some(loading) = leptos::prelude::document().get_element_by_id("app-loading") {
        loading.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
