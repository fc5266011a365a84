//! One question of a blank paper form, drawn from the bank: its code and wording, a tick box
//! for each level with this question's own description of it, "I don't know", and lines
//! for notes. The boxes and lines are for a pen: on screen they are pictures, not controls.

use crate::core::bank::{Bank, Question};
use leptos::prelude::*;

fn tick(label: String, description: String) -> impl IntoView {
    view! {
        <li>
            <span class="paper-box" aria-hidden="true"></span>
            <span><strong>{label}</strong>" "{description}</span>
        </li>
    }
}

/// `lines`: how many lines for notes (a question alone on its page gets the page's room).
pub fn paper_question(bank: &Bank, question: &Question, lines: usize) -> impl IntoView {
    let options = bank
        .levels()
        .iter()
        .map(|level| {
            let description = question.descriptors.get(&level.id).cloned();
            tick(level.label.clone(), description.unwrap_or_default())
        })
        .collect_view();
    let dont_know = bank.framework.scale.dont_know.label.clone();
    view! {
        <div class="paper-question">
            <h3 class="paper-question__text">
                <span class="code-tag">{format!("Question {}", question.code)}</span>" "
                {question.text.clone()}
            </h3>
            <p class="hint">{question.hint.clone()}</p>
            <ul class="paper-options">
                {options}
                {tick(dont_know, String::new())}
            </ul>
            <p class="paper-notes">"Notes"</p>
            <div class="paper-lines" aria-hidden="true">
                {(0..lines).map(|_| view! { <span></span> }).collect_view()}
            </div>
        </div>
    }
}
