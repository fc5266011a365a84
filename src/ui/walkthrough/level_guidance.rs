//! "What does this mean?" under a question: why its domain matters, and what each level
//! means, folded until asked for. All of it is the bank's data.

use crate::core::bank::Bank;
use leptos::prelude::*;

#[component]
pub fn LevelGuidance(bank: &'static Bank, domain: u32) -> impl IntoView {
    let domain = bank.domain(domain)?;
    let meanings = bank
        .levels()
        .iter()
        .map(|l| view! { <li><strong>{format!("{}: ", l.label)}</strong>{l.meaning.clone()}</li> })
        .collect_view();
    Some(view! {
        <details class="details">
            <summary class="details__summary">"What does this mean?"</summary>
            <div class="details__text">
                <h2 class="heading-s">{domain.title.clone()}</h2>
                <p>{domain.why.clone()}</p>
                <p>"How to choose a level:"</p>
                <ul>{meanings}</ul>
            </div>
        </details>
    })
}
