//! "Domains that need attention": every domain the headline counts as complex (the same
//! list, so they agree), the answers that made it so, and at most three ideas, with the
//! rest behind "More ideas".

use crate::core::bank::Bank;
use crate::core::scoring::{Profile, Summary};
use leptos::prelude::*;

/// Enough to act on without burying the page; the rest are one click away.
const IDEAS_SHOWN: usize = 3;

#[component]
pub fn AttentionList(
    bank: &'static Bank,
    profile: Memo<Profile>,
    summary: Memo<Summary>,
) -> impl IntoView {
    move || {
        let attention = summary.with(|s| s.attention.clone());
        (!attention.is_empty()).then(|| {
            let domains = attention
                .iter()
                .filter_map(|n| bank.domain(*n))
                .map(|d| {
                    let because = profile.with(|p| {
                        p.domain(d.number)
                            .map(|r| {
                                r.deciding_codes()
                                    .iter()
                                    .map(|code| bank.question_label(code))
                                    .collect::<Vec<_>>()
                                    .join("; ")
                            })
                            .unwrap_or_default()
                    });
                    let because = (!because.is_empty()).then(|| view! { <p>{format!("Complex because of: {because}.")}</p> });
                    let idea = |t: &String| view! { <li>{t.clone()}</li> };
                    let first = d.if_complex.iter().take(IDEAS_SHOWN).map(idea).collect_view();
                    let more = (d.if_complex.len() > IDEAS_SHOWN).then(|| {
                        let rest = d.if_complex.iter().skip(IDEAS_SHOWN).map(idea).collect_view();
                        view! {
                            // On paper, three ideas a domain keep the report short.
                            <details class="details no-print">
                                <summary class="details__summary">
                                    "More ideas"<span class="visually-hidden">{format!(" for {}", d.title)}</span>
                                </summary>
                                <ul class="details__text">{rest}</ul>
                            </details>
                        }
                    });
                    view! {
                        <h3>{d.label()}</h3>
                        {because}
                        <ul>{first}</ul>
                        {more}
                    }
                })
                .collect_view();
            view! {
                <h3>"Domains that need attention"</h3>
                <p>"These domains came out complex. Ideas for what to do next:"</p>
                {domains}
            }
        })
    }
}
