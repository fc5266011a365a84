//! The projector's own controls, shown only while it is the one window (a facilitator with
//! one screen): the discussion note, moving on and back, the timer, full screen, the keys,
//! the facilitator window and leaving.

use crate::core::route::Route;
use crate::ui::platform::browser::{open_window, toggle_fullscreen};
use crate::ui::workshop::discussion_timer::TimerControls;
use crate::ui::workshop::group_answer::DiscussionNote;
use crate::ui::workshop::shortcuts_dialog::ShortcutsDialog;
use crate::ui::workshop::workshop_question::{ask_to_leave, WorkshopQuestion};
use crate::ui::workshop::workshop_sync::WorkshopSync;
use leptos::prelude::*;

#[component]
pub fn PresenterTools(q: WorkshopQuestion, dialog: ShortcutsDialog) -> impl IntoView {
    let sync = expect_context::<WorkshopSync>();
    let (next_q, prev_q) = (q.clone(), q.clone());
    let facilitate = Route::Facilitate { id: q.id.clone() };
    let id = q.id.clone();
    view! {
        <div class="presenter__tools">
            <DiscussionNote q=q.clone() />
            <nav class="presenter__nav" aria-label="Workshop controls">
                <button class="workshop-button" type="button" disabled=q.index == 0 on:click=move |_| prev_q.previous()>
                    "Previous"<span class="visually-hidden">" question"</span>
                </button>
                <button class="workshop-button workshop-button--primary" type="button" on:click=move |_| next_q.next()>
                    {if q.is_last() {
                        view! { "Show the results" }.into_any()
                    } else {
                        view! { "Next"<span class="visually-hidden">" question"</span> }.into_any()
                    }}
                </button>
                <TimerControls q=q.clone() brief=true />
                <button class="workshop-button" type="button" on:click=|_| toggle_fullscreen()>"Full screen"</button>
                <button class="workshop-button" type="button" on:click=move |_| dialog.open()>"Keys"</button>
                <button class="workshop-button" type="button" on:click=move |_| open_window(&facilitate, "nasss-facilitator")>
                    <span class="visually-hidden">"Open the "</span>"Facilitator window"
                </button>
                <button class="workshop-button" type="button" on:click=move |_| ask_to_leave(sync, &id)>"Leave"</button>
            </nav>
        </div>
    }
}
