//! "What level would you give?": shown to a reviewer who does not agree with a domain's
//! level, so the disagreement says where they stand, as a judgement of their own.

use crate::core::assessment::Assessment;
use crate::core::bank::Bank;
use crate::ui::components::radios::{Choice, Radios};
use crate::ui::state::device_key::device_key;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn ReviewerLevel(
    id: String,
    domain: u32,
    bank: &'static Bank,
    /// The review page's own copy of the assessment, not one more per domain.
    watched: Memo<Option<Assessment>>,
) -> impl IntoView {
    let library = expect_context::<Library>();
    let key = device_key();
    let verdict = Memo::new(move |_| {
        watched.with(|a| {
            a.as_ref()
                .and_then(|a| a.my_review(key.as_ref()))
                .and_then(|r| r.verdicts.get(&domain))
                .map(|v| (v.agrees, v.level.clone()))
        })
    });
    let disagrees = move || verdict.with(|v| v.as_ref().is_some_and(|(agrees, _)| !agrees));
    let chosen = Signal::derive(move || verdict.with(|v| v.as_ref().and_then(|(_, l)| l.clone())));
    let choose = Callback::new(move |level: String| {
        library.update_review(&id, |review| review.give_level(domain, &level))
    });
    let choices: Vec<Choice> = bank
        .levels()
        .iter()
        .map(|l| Choice::new(l.id.clone(), l.label.clone()))
        .collect();
    view! {
        <Show when=disagrees>
            <fieldset class="fieldset radios__conditional">
                <legend class="fieldset__legend">"What level would you give this domain?"</legend>
                <Radios name=format!("reviewer-level-{domain}") choices=choices.clone() chosen on_choose=choose inline=true />
            </fieldset>
        </Show>
    }
}
