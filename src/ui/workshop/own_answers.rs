//! The people's own answers to the question on screen, sent from their phones before the
//! room talks: shown to the facilitator above the room's votes, so the silent answers come
//! first and the discussion and the group's answer after.

use crate::core::participants::own_answers_summary;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn OwnAnswers(id: String, code: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let summary = move || {
        let (a, bank) = library.get(&id)?;
        own_answers_summary(bank, &a, &code)
    };
    move || summary().map(|text| view! { <p class="facilitator-question__summary">{text}</p> })
}
