//! "Type in paper answers": the facilitator enters each returned paper form of a workshop,
//! a key per question, and each form becomes one person's answers in the team view and the
//! reveal. The group's own answers stay the facilitator's to set on the workshop screens.

use crate::core::paper_form::{PaperForm, DRAFT_FIELD};
use crate::core::route::Route;
use crate::ui::components::read_only_notice::ReadOnlyNotice;
use crate::ui::platform::browser::new_id;
use crate::ui::state::drafts::read_draft;
use crate::ui::state::library::Library;
use crate::ui::workshop::paper_entry_form::PaperEntryForm;
use crate::ui::workshop::paper_forms_entered::PaperFormsEntered;
use leptos::prelude::*;

#[component]
pub fn PaperEntryPage(id: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let Some((workshop, bank)) = library.get_untracked(&id) else {
        return ().into_any();
    };
    // A form half typed before a reload comes back as it was.
    let draft = PaperForm::from_draft(&read_draft(&id, DRAFT_FIELD));
    let form = RwSignal::new(draft.unwrap_or_else(|| PaperForm::new(new_id())));
    let saved = RwSignal::new(None::<String>);
    let read_only = {
        let id = id.clone();
        move || library.is_read_only(&id)
    };
    let keys = bank
        .levels()
        .iter()
        .enumerate()
        .map(|(i, l)| format!("{} {}", i + 1, l.label))
        .collect::<Vec<_>>()
        .join(", ");
    let blank = Route::Blank {
        bank: bank.id().to_string(),
    };
    view! {
        <a class="back-link" href=Route::Facilitate { id: id.clone() }.href()>"Back to the workshop"</a>
        <h1 tabindex="-1">{format!("Type in paper answers: {}", workshop.title)}</h1>
        <ReadOnlyNotice id=id.clone() />
        <p class="lede">"Each paper form you type in becomes one person's answers in the team view and the reveal. The group's answers stay yours to set."</p>
        <div class="inset">
            <p>{format!("Type the name on the form and press Enter. Then, for each question, press the key for the box ticked: {keys}, or D for {}. That ticks it and moves to the next question.", bank.framework.scale.dont_know.label)}</p>
            <p>"Enter leaves a question blank and moves on, Backspace takes a tick off, and the arrow keys work too. After the last question, Enter saves the form and the next one starts. A form half typed is kept on this device if the page is reloaded."</p>
        </div>
        <p>"The questions are in the order of the "<a href=blank.href()>"blank form"</a>"."</p>
        <div role="status" class="paper-entry__status">
            {move || saved.get().map(|text| view! { <div class="success-callout"><p>{text}</p></div> })}
        </div>
        <PaperFormsEntered id=id.clone() form saved />
        <Show when=move || !read_only()>
            <PaperEntryForm id=id.clone() form saved />
        </Show>
    }
    .into_any()
}
