//! Change over time: each domain's level at every round (a judgement where one was given,
//! with what the answers suggested), and what changed since the last check-in.

use crate::core::assessment::Assessment;
use crate::core::compare::describe_change;
use crate::core::route::Route;
use crate::core::scoring::RULE;
use crate::core::trend::{changes_since_last_round, check_in_offer, trend, CheckInOffer};
use crate::ui::components::domain_level::DomainLevel;
use crate::ui::components::example_notice::ExampleNotice;
use crate::ui::platform::browser::{format_date, format_day, now};
use crate::ui::state::library::Library;
use crate::ui::state::me::provide_judged_by;
use leptos::prelude::*;

#[component]
pub fn TrendPage(id: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let Some((_, bank)) = library.get_untracked(&id) else {
        return ().into_any();
    };
    let assessment = library.watch(&id);
    // Someone else's judgements are named as theirs.
    provide_judged_by(library.whose(&id));
    // Only someone who can change it can check in on it.
    let editable = !library.is_read_only(&id);
    let body = move || {
        let a = assessment.get()?;
        let (points, series) = trend(bank, &a);
        let headers = points
            .iter()
            .map(|p| {
                let when = p
                    .date
                    .map(|d| format!(", rated {}", format_date(d)))
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
            // Said when round i + 1 closed, about what happened after it was rated: it belongs
            // between that round and the next one.
            .map(|(i, r)| {
                let next = if i + 1 == a.rounds.len() {
                    "now".to_string()
                } else {
                    format!("round {}", i + 2)
                };
                view! { <li>{format!("Between round {} and {next}: {}", i + 1, r.comment)}</li> }
            })
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
            <h2>"What happened between rounds"</h2>
            {if no_comments {
                view! { <p>"No comments yet."</p> }.into_any()
            } else {
                view! { <ul>{comments}</ul> }.into_any()
            }}
        })
    };
    // Someone else's is headed by person, so their rounds are not read as the reader's own.
    let title = move || {
        let key = library.me().key_tracked();
        assessment.with(|a| a.as_ref().map(|a| a.heading_name(&key)).unwrap_or_default())
    };
    view! {
        <a class="back-link" href=Route::Home.href()>"Back"</a>
        <h1 tabindex="-1">{move || format!("Change over time: {}", title())}</h1>
        <ExampleNotice id=id.clone() />
        {body}
        <div class="button-group">
            {
                let (check, check_in) = (Route::Check { id: id.clone() }.href(), Route::CheckIn { id: id.clone() }.href());
                move || editable.then(|| match assessment.with(|a| a.as_ref().map(|a| check_in_offer(a, now()))) {
                    Some(CheckInOffer::Continue) => view! { <a class="button" href=check.clone()>"Continue the check-in"</a> }.into_any(),
                    Some(CheckInOffer::StartAnother) => view! { <a class="button-group__link" href=check_in.clone()>"Start another check-in"</a> }.into_any(),
                    _ => view! { <a class="button" href=check_in.clone()>"Start a check-in"</a> }.into_any(),
                })
            }
            <a class="button-group__link" href=Route::Results { id: id.clone() }.href()>"See the latest results"</a>
        </div>
    }
    .into_any()
}

fn comments_empty(a: &Assessment) -> bool {
    a.rounds.iter().all(|r| r.comment.is_empty())
}
