//! Change over time: each domain's level at every round (a judgement where one was given,
//! with what the answers suggested), and what changed since the last check-in.

use super::browser::{format_date, format_day};
use super::domain_level::DomainLevel;
use super::library::Library;
use super::not_found_page::NotFoundPage;
use crate::core::assessment::Assessment;
use crate::core::compare::describe_change;
use crate::core::route::Route;
use crate::core::scoring::RULE;
use crate::core::trend::{changes_since_last_round, trend};
use leptos::prelude::*;

#[component]
pub fn TrendPage(id: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let Some((_, bank)) = library.get_untracked(&id) else {
        return view! { <NotFoundPage /> }.into_any();
    };
    let assessment = library.watch(&id);
    let body = move || {
        let a = assessment.get()?;
        let (points, series) = trend(bank, &a);
        let headers = points
            .iter()
            .map(|p| {
                let when = p
                    .date
                    .map(|d| format!(" (closed {})", format_date(d)))
                    .unwrap_or_default();
                view! { <th scope="col">{format!("{}{when}", p.label)}</th> }
            })
            .collect_view();
        let rows = series
            .iter()
            .map(|s| {
                let domain = bank.domain(s.domain).map(|d| d.label()).unwrap_or_default();
                let cells = s
                    .results
                    .iter()
                    .map(|r| view! { <td><DomainLevel bank result=r.clone() /></td> })
                    .collect_view();
                view! { <tr><th scope="row">{domain}</th>{cells}</tr> }
            })
            .collect_view();
        let changes = changes_since_last_round(bank, &a);
        let change_list = if a.rounds.is_empty() {
            view! { <p>"There is only one round so far. Start a check-in to track change over time."</p> }.into_any()
        } else if changes.is_empty() {
            view! { <p>"No answers have changed since the last check-in."</p> }.into_any()
        } else {
            let items = changes
                .iter()
                .map(|(code, change)| {
                    view! { <li>{format!("{}: {}", bank.question_label(code), describe_change(bank, change))}</li> }
                })
                .collect_view();
            view! { <ul>{items}</ul> }.into_any()
        };
        let comments = a
            .rounds
            .iter()
            .enumerate()
            .filter(|(_, r)| !r.comment.is_empty())
            .map(|(i, r)| view! { <li>{format!("Round {} (closed {}): {}", i + 1, format_date(r.closed_at), r.comment)}</li> })
            .collect_view();
        let next = a.next_check_in.as_deref().map(format_day);
        let no_comments = comments_empty(&a);
        Some(view! {
            <p>{next.map(|d| format!("Next check-in: {d}.")).unwrap_or_else(|| "No next check-in date set.".into())}</p>
            <h2 id="trend-table-title">"Each domain at each round"</h2>
            <p class="hint">{RULE}</p>
            <div class="table-wrap" role="region" aria-labelledby="trend-table-title" tabindex="0">
                <table class="table" aria-labelledby="trend-table-title">
                    <thead><tr><th scope="col">"Domain"</th>{headers}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <h2>"What changed since the last check-in"</h2>
            {change_list}
            <h2>"What the team said at each check-in"</h2>
            {if no_comments {
                view! { <p>"No comments yet."</p> }.into_any()
            } else {
                view! { <ul>{comments}</ul> }.into_any()
            }}
        })
    };
    let title = move || assessment.get().map(|a| a.title).unwrap_or_default();
    view! {
        <a class="back-link" href=Route::Home.href()>"Back"</a>
        <h1 tabindex="-1">{move || format!("Change over time: {}", title())}</h1>
        {body}
        <div class="button-group">
            <a class="button" href=Route::CheckIn { id: id.clone() }.href()>"Start a check-in"</a>
            <a class="button-group__link" href=Route::Results { id: id.clone() }.href()>"See the latest results"</a>
        </div>
    }
    .into_any()
}

fn comments_empty(a: &Assessment) -> bool {
    a.rounds.iter().all(|r| r.comment.is_empty())
}
