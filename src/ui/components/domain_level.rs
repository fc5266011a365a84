//! A domain's level where several sit side by side (compare, change over time): the level as
//! a mark (its label and dots, so colour is never the only signal), a judgement named with
//! what the answers suggest, and how the answers spread, in smaller text. Never a mean.

use crate::core::bank::Bank;
use crate::core::scoring::DomainResult;
use crate::ui::components::level_mark::LevelMark;
use crate::ui::state::me::judged_by;
use leptos::prelude::*;

#[component]
pub fn DomainLevel(
    bank: &'static Bank,
    result: DomainResult,
    /// Whose judgement it is ("Your", "Sam's"), where columns from different people sit
    /// side by side; otherwise the page's `JudgedBy`.
    #[prop(optional)]
    whose: Option<String>,
) -> impl IntoView {
    // Without a judgement the mark already says all that `level_text` would.
    let judged = result
        .judgement
        .is_some()
        .then(|| result.level_text_by(bank.levels(), &whose.unwrap_or_else(judged_by)));
    let spread = result.spread(bank);
    view! {
        <LevelMark bank level=result.level not_known=result.not_known() />
        {judged.map(|text| view! { <span class="domain-level__judgement">{text}</span> })}
        {(!spread.is_empty()).then(|| view! { <span class="domain-level__spread">{spread}</span> })}
    }
}
