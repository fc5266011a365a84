//! "Domains that need attention": every domain the headline counts as complex (the same
//! list, so they agree), the answers that made it so, the ideas of those questions, and
//! the domain's general ideas behind "More ideas" (`core::ideas` decides which).

use crate::core::bank::Bank;
use crate::core::ideas::domain_ideas;
use crate::core::scoring::{Profile, Summary};
use leptos::prelude::*;

#[component]
pub fn AttentionList(
    bank: &'static Bank,
    profile: Memo<Profile>,
    summary: Memo<Summary>,
) -> impl IntoView {
    move || {
        let attention = summary.with(|s| s.attention.clone());
        (!attention.is_empty()).then(|| {
            let domains = profile.with(|p| {
                attention
                    .iter()
                    .filter_map(|n| Some((bank.domain(*n)?, p.domain(*n)?)))
                    .map(|(d, r)| {
                        let because = r
                            .deciding_codes()
                            .iter()
                            .map(|code| bank.question_label(code))
                            .collect::<Vec<_>>()
                            .join("; ");
                        let because = (!because.is_empty()).then(|| view! { <p>{format!("Complex because of: {because}.")}</p> });
                        let ideas = domain_ideas(bank, r);
                        let list = |items: &[String]| {
                            items.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()
                        };
                        let by_question = ideas
                            .by_question
                            .iter()
                            .map(|(q, items)| view! {
                                <p><strong>{format!("Ideas for {}", bank.question_label(&q.code))}</strong></p>
                                <ul>{list(items)}</ul>
                            })
                            .collect_view();
                        let shown = (!ideas.shown.is_empty()).then(|| view! { <ul>{list(ideas.shown)}</ul> });
                        let more = (!ideas.more.is_empty()).then(|| view! {
                            // On paper, the ideas that fit the answers keep the report short.
                            <details class="details no-print">
                                <summary class="details__summary">
                                    "More ideas"<span class="visually-hidden">{format!(" for {}", d.title)}</span>
                                </summary>
                                <ul class="details__text">{list(ideas.more)}</ul>
                            </details>
                        });
                        view! {
                            <h3>{d.label()}</h3>
                            {because}
                            {by_question}
                            {shown}
                            {more}
                        }
                    })
                    .collect_view()
            });
            view! {
                <h3>"Domains that need attention"</h3>
                <p>"These domains came out complex. Ideas for what to do next:"</p>
                {domains}
            }
        })
    }
}
