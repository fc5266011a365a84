//! "What level would you give?": shown to a reviewer who does not agree with a domain's
//! level, so the disagreement says where they stand, as a judgement of their own.

use crate::core::assessment::Assessment;
use crate::core::bank::Bank;
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
    let verdict = Memo::new(move |_| {
        watched.with(|a| {
            a.as_ref()
                .and_then(|a| a.review.as_ref())
                .and_then(|r| r.verdicts.get(&domain))
                .map(|v| (v.agrees, v.level.clone()))
        })
    });
    let disagrees = move || verdict.with(|v| v.as_ref().is_some_and(|(agrees, _)| !agrees));
    let options = move || {
        bank.levels()
            .iter()
            .map(|l| {
                let input_id = format!("reviewer-level-{domain}-{}", l.id);
                let level = l.id.clone();
                let checked = {
                    let level = level.clone();
                    move || verdict.with(|v| v.as_ref().and_then(|(_, l)| l.as_ref()) == Some(&level))
                };
                let id = id.clone();
                let choose = move |_| {
                    let level = level.clone();
                    library.update_review(&id, |review| review.give_level(domain, &level));
                };
                view! {
                    <div class="radios__item">
                        <input class="radios__input" type="radio" name=format!("reviewer-level-{domain}")
                            id=input_id.clone() prop:checked=checked on:change=choose />
                        <label class="radios__label" for=input_id>{l.label.clone()}</label>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <Show when=disagrees>
            <fieldset class="fieldset radios__conditional">
                <legend class="fieldset__legend">"What level would you give this domain?"</legend>
                <div class="radios radios--inline">{options.clone()}</div>
            </fieldset>
        </Show>
    }
}
