//! The projector view of one question, made to be read from the back of a room: very
//! large type, high contrast, the question with its descriptions side by side, the room's
//! votes, and the group's answer said in words. With a facilitator window open it shows
//! only that; alone, it also carries every control as a button, for a facilitator with
//! one screen.

use crate::core::shortcuts::Shortcut;
use crate::core::workshop::describe_votes;
use crate::ui::state::library::Library;
use crate::ui::workshop::discussion_timer::TimerDisplay;
use crate::ui::workshop::group_answer::{ClearGroupAnswer, GroupDecision};
use crate::ui::workshop::option_card::{card_options, OptionCard};
use crate::ui::workshop::presenter_tools::PresenterTools;
use crate::ui::workshop::shortcuts_dialog::{ShortcutsDialog, ShortcutsOverlay};
use crate::ui::workshop::workshop_keys::use_workshop_keys;
use crate::ui::workshop::workshop_prompt::WorkshopPrompt;
use crate::ui::workshop::workshop_question::{run_shortcut, WorkshopQuestion};
use crate::ui::workshop::workshop_sync::WorkshopSync;
use leptos::prelude::*;

#[component]
pub fn PresenterPage(id: String, code: String) -> impl IntoView {
    let Some(q) = WorkshopQuestion::new(&id, &code) else {
        return ().into_any();
    };
    let sync = expect_context::<WorkshopSync>();
    let bank = q.bank;
    let dialog = ShortcutsDialog::new();
    // Alone, this window is also the facilitator's: it shows the controls and the note.
    let alone = {
        let id = id.clone();
        Memo::new(move |_| !sync.facilitator_open(&id))
    };
    {
        let id = id.clone();
        let library = expect_context::<Library>();
        use_workshop_keys(bank.levels().len(), move |shortcut| {
            // With the facilitator's window open, the note is over there.
            if shortcut == Shortcut::FocusNote && !alone.get_untracked() {
                return;
            }
            if let Some(stop) = sync.projector_stop(&id) {
                run_shortcut(library, sync, &id, stop, shortcut, dialog);
            }
        });
    }
    let response = {
        let q = q.clone();
        Memo::new(move |_| q.response())
    };
    let summary = move || response.with(|r| describe_votes(bank, &r.tally));

    let question = q.question();
    let options = card_options(bank, question)
        .map(|option| view! { <OptionCard q=q.clone() option response alone /> })
        .collect_view();
    let tools = {
        let q = q.clone();
        move || {
            alone
                .get()
                .then(|| view! { <PresenterTools q=q.clone() dialog /> })
        }
    };

    view! {
        <div class="presenter">
            <div class="presenter__top">
                <p class="presenter__where">
                    <span>{q.domain_caption()}</span>
                    <span>{q.progress()}</span>
                    {q.bank.code_tag(&question.code).map(|tag| view! { <span class="presenter__code">{tag}</span> })}
                </p>
                <TimerDisplay q=q.clone() />
            </div>
            <h1 class="presenter__question" tabindex="-1">{question.text.clone()}</h1>
            // "I don't know" shares its row with the votes and the group's answer in words,
            // so a long question still fits a 720p projector with the controls under it.
            <div class="presenter__answers">
                <ul class="options">{options}</ul>
                <div class="presenter__status">
                    <p class="presenter__summary" role="status">{summary}</p>
                    <GroupDecision q=q.clone() class="presenter__decision" />
                    {
                        let q = q.clone();
                        move || alone.get().then(|| view! { <ClearGroupAnswer q=q.clone() class="workshop-button" /> })
                    }
                </div>
            </div>
            {tools}
            <ShortcutsOverlay dialog />
            <WorkshopPrompt />
        </div>
    }
    .into_any()
}
