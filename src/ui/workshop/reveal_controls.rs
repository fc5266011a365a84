//! The reveal's own controls, shown only while the projector is the one window. The room
//! sees them too, so they are set in type it can read (never under 24px) and kept short
//! ("Back", "Results"; their full names are for screen readers), in the top row beside the
//! title, so the profile and the disputed questions keep the rest of a 720p screen.

use crate::core::route::Route;
use crate::ui::platform::browser::toggle_fullscreen;
use crate::ui::state::library::Library;
use crate::ui::workshop::shortcuts_dialog::ShortcutsDialog;
use crate::ui::workshop::workshop_question::{ask_to_leave, back_from_reveal};
use crate::ui::workshop::workshop_sync::WorkshopSync;
use leptos::prelude::*;

#[component]
pub fn RevealControls(id: String, dialog: ShortcutsDialog) -> impl IntoView {
    let library = expect_context::<Library>();
    let sync = expect_context::<WorkshopSync>();
    let results = Route::Results { id: id.clone() };
    let back_id = id.clone();
    view! {
        <nav class="presenter__nav reveal__nav" aria-label="Workshop controls">
            <button class="workshop-button" type="button" on:click=move |_| back_from_reveal(library, sync, &back_id)>
                "Back"<span class="visually-hidden">" to the questions"</span>
            </button>
            <a class="workshop-button workshop-button--primary" href=results.href()>
                "Results"<span class="visually-hidden">" and report"</span>
            </a>
            <button class="workshop-button" type="button" on:click=|_| toggle_fullscreen()>"Full screen"</button>
            <button class="workshop-button" type="button" on:click=move |_| dialog.open()>"Keys"</button>
            <button class="workshop-button" type="button" on:click=move |_| ask_to_leave(sync, &id)>"Leave"</button>
        </nav>
    }
}
