//! "The team's combined profile": per domain, how many people's answers put it at each level.

use crate::core::bank::{Bank, Domain};
use crate::core::team::DomainTally;
use leptos::prelude::*;

#[component]
pub fn TeamProfile(bank: &'static Bank, combined: Vec<DomainTally>) -> impl IntoView {
    let level_heads = bank
        .levels()
        .iter()
        .map(|l| view! { <th scope="col" class="num">{l.label.clone()}</th> })
        .collect_view();
    let combined = combined
        .iter()
        .map(|d| {
            let title = bank.domain(d.domain).map(Domain::label).unwrap_or_default();
            let cells = d
                .per_level
                .iter()
                .map(|n| view! { <td class="num">{*n}</td> })
                .collect_view();
            view! { <tr><th scope="row">{title}</th>{cells}<td class="num">{d.not_rated}</td></tr> }
        })
        .collect_view();
    view! {
        <h2 id="combined-title">"The team's combined profile"</h2>
        <p class="hint">"How many people's answers put each domain at each level. Each person's domain level is worked out on its own: a domain is as complex as its most complex answer, or the person's own judgement where they gave one. This is this app's own rule for summarising answers, not part of NASSS."</p>
        <div class="table-wrap" role="region" aria-labelledby="combined-title" tabindex="0">
            <table class="table" aria-labelledby="combined-title">
                <thead><tr><th scope="col">"Domain: people whose domain level is"</th>{level_heads}<th scope="col" class="num">"Not yet rated"</th></tr></thead>
                <tbody>{combined}</tbody>
            </table>
        </div>
    }
}
