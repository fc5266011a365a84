//! On every page of a shared link being read (`Library::visit`): it is the link's copy,
//! nothing of it is kept yet, and one button keeps it. Kept, it opens at its results.

use crate::core::route::Route;
use crate::ui::lazy::lazy_fn;
use crate::ui::platform::browser::navigate;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn VisitNotice(id: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let visiting = {
        let id = id.clone();
        move || library.is_visiting(&id)
    };
    // Keeping's code comes with the sharing pages, which may not be here yet.
    let (keep_missing, set_keep_missing) = signal(false);
    let keep = move |_| {
        set_keep_missing.set(false);
        leptos::task::spawn_local(async move {
            let missing = keep_a_copy(library).await.is_err();
            set_keep_missing.set(missing);
        });
    };
    view! {
        <Show when=visiting>
            <div class="inset no-print">
                <p>
                    <strong>"You are reading the link's copy. "</strong>
                    "Nothing from it is kept on this device, and nothing in it can be changed here. "
                    "Close the tab and it is gone, unless you keep a copy."
                </p>
                <button class="button" type="button" on:click=keep>"Keep a copy on this device"</button>
                <Show when=move || keep_missing.get()>
                    <p role="alert">"Keeping a copy could not be loaded. Check your connection and try again."</p>
                </Show>
            </div>
        </Show>
    }
}

// Keeping stores the copy as an import does: that code comes with the sharing pages (the
// link was opened on one of them), never with a first visit's question page.
lazy_fn!(sharing: fn keep_a_copy(library: Library) {
    if let Some((id, _)) = library.keep_visiting() {
        // Whether the save landed, the save status says; the assessment is here either way.
        navigate(&Route::Results { id });
    }
});
