//! The top of a question page: its domain, how far through you are, its code, and the
//! question itself as the page's heading (inside the legend, so a screen reader reads it
//! with the choices).

use crate::core::bank::{Bank, Question};
use leptos::prelude::*;

#[component]
pub fn QuestionTitle(
    bank: &'static Bank,
    question: &'static Question,
    /// The question's place in the bank, from 0.
    index: usize,
) -> impl IntoView {
    let domain = bank
        .domain(question.domain)
        .expect("validated bank: every question's domain exists");
    let domain_position = bank.domain_position(question.domain).unwrap_or(0);
    let total = bank.questions().len();
    view! {
        <legend class="fieldset__legend">
            <span class="caption">
                {format!("Domain {domain_position} of {}: {}", bank.domains().len(), domain.title)}
            </span>
            <span class="caption caption--small">
                {format!("Question {} of {total}", index + 1)}
                {bank.code_tag(&question.code).map(|tag| view! { <span class="code-tag">{tag}</span> })}
            </span>
            <h1 class="fieldset__heading" tabindex="-1">{question.text.clone()}</h1>
        </legend>
    }
}
