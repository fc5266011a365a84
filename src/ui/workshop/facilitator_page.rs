//! The facilitator's own window, for a second screen: the question with its hint, the
//! controls for the room's votes and answer, the discussion note and the timer. The
//! projector window follows it (and it follows the projector), so the room sees only the
//! question while the facilitator works here.

use crate::core::route::Route;
use crate::core::workshop_message::Stop;
use crate::ui::platform::browser::open_window;
use crate::ui::state::library::Library;
use crate::ui::workshop::facilitator_question::FacilitatorQuestion;
use crate::ui::workshop::shortcuts_dialog::{ShortcutsDialog, ShortcutsOverlay};
use crate::ui::workshop::undecided_list::UndecidedList;
use crate::ui::workshop::workshop_keys::use_workshop_keys;
use crate::ui::workshop::workshop_prompt::WorkshopPrompt;
use crate::ui::workshop::workshop_question::{back_from_reveal, run_shortcut};
use crate::ui::workshop::workshop_sync::WorkshopSync;
use leptos::prelude::*;

#[component]
pub fn FacilitatorPage(id: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let sync = expect_context::<WorkshopSync>();
    let Some((assessment, bank)) = library.get_untracked(&id) else {
        return ().into_any();
    };
    // Until the projector says where it is, start where the workshop left off. Read once:
    // answering a question must not move the facilitator on by itself.
    let start = Stop::Question {
        code: assessment
            .first_unanswered(bank)
            .unwrap_or(&bank.questions()[0].code)
            .to_string(),
    };
    let stop = {
        let id = id.clone();
        Memo::new(move |_| sync.facilitator_stop(&id).unwrap_or_else(|| start.clone()))
    };
    let dialog = ShortcutsDialog::new();
    {
        let id = id.clone();
        use_workshop_keys(bank.levels().len(), move |shortcut| {
            run_shortcut(library, sync, &id, stop.get_untracked(), shortcut, dialog);
        });
    }

    let title = {
        let id = id.clone();
        move || library.get(&id).map(|(a, _)| a.title).unwrap_or_default()
    };
    let body = {
        let id = id.clone();
        move || match stop.get() {
            Stop::Question { code } => {
                view! { <FacilitatorQuestion id=id.clone() code /> }.into_any()
            }
            Stop::Reveal => {
                let back_id = id.clone();
                view! {
                    <h2>"The room is looking at the results"</h2>
                    <p>"The projector shows each domain's level and the questions the room disagreed on most."</p>
                    <UndecidedList id=id.clone() buttons=true title_class="facilitator__subtitle" />
                    <div class="button-group">
                        <button class="button button--secondary" type="button" on:click=move |_| back_from_reveal(library, sync, &back_id)>"Back to the questions"</button>
                        <a class="button-group__link" href=Route::Results { id: id.clone() }.href()>"Full results and report"</a>
                    </div>
                }
                .into_any()
            }
        }
    };
    // Offered only while no projector window shows this workshop.
    let projector_closed = {
        let id = id.clone();
        move || !sync.projector_open(&id)
    };
    let open_projector = {
        let id = id.clone();
        move |_| {
            open_window(
                &stop.get_untracked().presenter_route(&id),
                "nasss-projector",
            )
        }
    };

    view! {
        <div class="facilitator">
            <div class="facilitator__head">
                <a class="back-link facilitator__back" href=Route::Home.href()>"Your assessments"</a>
                <h1 class="facilitator__title" tabindex="-1">{move || format!("Facilitating: {}", title())}</h1>
                <div class="facilitator__tools">
                    <Show when=projector_closed.clone()>
                        <button class="button button--secondary" type="button" on:click=open_projector.clone()>
                            "Open the projector window"
                        </button>
                    </Show>
                    <button class="link-button" type="button" on:click=move |_| dialog.open()>"Keys"</button>
                    <a href=Route::Invite { id: id.clone() }.href()>"Invite phones"</a>
                    <a href=Route::Collect { id: id.clone() }.href()>"Collect answers"</a>
                    <a href=Route::Paper { id: id.clone() }.href()>"Type in paper answers"</a>
                </div>
                <p class="facilitator__intro">
                    "For you only: the projector window shows the room just the question, and moves when you move here. "
                    "Everything is saved on this device as you go."
                </p>
            </div>
            {body}
            <ShortcutsOverlay dialog />
            <WorkshopPrompt />
        </div>
    }
    .into_any()
}
