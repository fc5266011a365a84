//! The quiet "Saved" line, announced politely to screen readers, and a clear warning, naming
//! each assessment whose changes are not stored, for as long as any change is not stored.

use crate::ui::components::notice::quoted_list;
use crate::ui::lazy::lazy_fn;
use crate::ui::state::library::{Library, SaveState};
use crate::ui::state::route_signal::CurrentRoute;
use leptos::prelude::*;

#[component]
pub fn SaveStatus() -> impl IntoView {
    let library = expect_context::<Library>();
    let route = expect_context::<CurrentRoute>();
    // "Saved" beside the example or someone else's answers would claim what did not happen:
    // nothing on those pages is changed or stored.
    let read_only = move || {
        route
            .0
            .with(|r| r.assessment_id().is_some_and(|id| library.is_read_only(id)))
    };
    let failure = move || match library.save_state() {
        SaveState::Failed(message) => Some(message),
        _ => None,
    };
    // The name and the device's key are saved with the assessments; their failure is named
    // on its own, since the assessments may have landed without them.
    let me = library.me();
    let alert = move || failure().is_some() || me.problem().is_some();
    // The download's code comes with the library's pages, which may not be here yet.
    let (download_missing, set_download_missing) = signal(false);
    let download = move |_| {
        set_download_missing.set(false);
        leptos::task::spawn_local(async move {
            let missing = download_all(library).await.is_err();
            set_download_missing.set(missing);
        });
    };
    view! {
        <p class="save-status" role="status">
            {move || (library.save_state() == SaveState::Saved && !read_only() && !alert()).then_some("Saved on this device")}
        </p>
        <div role="alert">
            <Show when=alert>
                <div class="warning-callout">
                    <h2 class="warning-callout__title">
                        {move || if failure().is_some() { "Your answers are not being saved" } else { "Not everything is saved" }}
                    </h2>
                    {move || failure().map(|message| view! {
                        <p>{message}</p>
                        <p>{move || format!("Not saved yet: {}.", quoted_list(&library.unsaved_titles()))}</p>
                    })}
                    {move || me.problem().map(|p| view! { <p>{p}</p> })}
                    <Show when=move || download_missing.get()>
                        <p>"The download could not be loaded. Check your connection and try again."</p>
                    </Show>
                    <div class="button-group">
                        <button class="button button--secondary" type="button" on:click=move |_| library.retry_unsaved()>
                            "Try saving again"
                        </button>
                        <button class="button button--secondary" type="button" on:click=download>
                            "Download a copy of all your assessments"
                        </button>
                    </div>
                </div>
            </Show>
        </div>
    }
}

// Fetched with the library's pages: most visits never need the export's code.
lazy_fn!(library: fn download_all(library: Library) {
    library.export_json(&library.all());
});
