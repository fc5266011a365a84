//! What the pasted links would do, before anything is stored: each person, new or a newer
//! sending, the same person again, or a link that cannot be read; then "Add N people's
//! answers".

use crate::core::collect::{add_text, Row};
use crate::core::participants::Participant;
use leptos::prelude::*;

#[component]
pub fn CollectPreview(rows: Vec<Row>, on_add: Callback<Vec<Participant>>) -> impl IntoView {
    let adding: Vec<Participant> = rows.iter().filter_map(|r| r.participant.clone()).collect();
    let count = adding.len();
    let items = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let who = if r.label.is_empty() {
                format!("Link {}", i + 1)
            } else {
                r.label.clone()
            };
            let answered = r
                .participant
                .as_ref()
                .map(|p| format!(" ({} answers)", p.answers.len()))
                .unwrap_or_default();
            view! {
                <tr>
                    <th scope="row">{who}</th>
                    <td>{format!("{}{answered}", r.status.describe())}</td>
                </tr>
            }
        })
        .collect_view();
    let none = rows.is_empty();
    let title = if rows.len() == 1 {
        "What this link holds"
    } else {
        "What these links hold"
    };
    view! {
        <section>
            <h2 id="collect-preview-title">{title}</h2>
            {none.then(|| view! { <p>"No answers links were found in what you pasted. They contain \"#/answers/\"."</p> })}
            {(!none).then(|| view! {
                <div class="table-wrap" role="region" aria-labelledby="collect-preview-title" tabindex="0">
                    <table class="table" aria-labelledby="collect-preview-title">
                        <thead><tr><th scope="col">"Person"</th><th scope="col">"What happens"</th></tr></thead>
                        <tbody>{items}</tbody>
                    </table>
                </div>
            })}
            {(count > 0).then(|| view! {
                <button class="button" type="button" on:click=move |_| on_add.run(adding.clone())>{add_text(count)}</button>
            })}
        </section>
    }
}
