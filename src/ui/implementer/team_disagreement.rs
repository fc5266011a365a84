//! "Where people disagree most" on the team view: the most disputed questions, with how
//! many people chose each level, how far apart they are, and any "I don't know" beside a
//! level (which counts as disagreement: `core::disagreement`).

use crate::core::bank::Bank;
use crate::core::decimal::fixed;
use crate::core::lower_case::lower_case;
use crate::core::team::{most_disputed, TeamView};
use leptos::prelude::*;

/// How many disputed questions to put at the top.
const TOP_DISPUTED: usize = 5;

#[component]
pub fn TeamDisagreement(bank: &'static Bank, team: TeamView) -> impl IntoView {
    let disputed = most_disputed(&team, TOP_DISPUTED)
        .into_iter()
        .map(|q| {
            let label = bank.question_label(&q.code);
            let counts = bank
                .levels()
                .iter()
                .zip(&q.counts)
                .map(|(l, n)| format!("{} {n}", lower_case(&l.label)))
                .chain((q.dont_know > 0).then(|| format!("don't know {}", q.dont_know)))
                .collect::<Vec<_>>()
                .join(", ");
            let unsure = match q.measure().unknown_beside_level {
                0 => String::new(),
                n => format!(", {n} \"I don't know\" beside a level"),
            };
            view! {
                <li>
                    <strong>{label.clone()}</strong>
                    {format!(": {counts} (spread {}, standard deviation {}{unsure})", q.spread, fixed(q.disagreement, 2))}
                </li>
            }
        })
        .collect_view();
    view! {
        <h2>"Where people disagree most"</h2>
        <ol class="disputed">{disputed}</ol>
        <p class="hint">"These measure how far apart people are, not how complex the project is. Spread is how many steps apart the highest and lowest answers are on the scale simple, complicated, complex (0 when everyone chose the same level, 2 from simple to complex). The standard deviation shows how scattered the answers are along those steps: 0 means everyone chose the same level. An \"I don't know\" beside someone else's level counts as disagreement too: one person thinks they know and another does not, which is worth talking through."</p>
    }
}
