//! The proposed plan for the workshop's time, on the set-up page: whether it fits, what
//! would fit instead, and the minutes for opening, each domain and the reveal. The rule is
//! `core::time_plan`; this only shows it.

use crate::core::bank::Bank;
use crate::core::time_plan::{advice, minutes, plan_for, verdict, OtherSet};
use crate::ui::state::banks::banks;
use leptos::prelude::*;

/// A row of the table: what the time is for, and its minutes.
fn row(part: String, mins: u32) -> impl IntoView {
    view! {
        <tr>
            <th scope="row">{part}</th>
            <td class="num">{mins}</td>
        </tr>
    }
}

#[component]
pub fn TimePlanTable(bank: &'static Bank, length: u32) -> impl IntoView {
    let plan = plan_for(bank, length);
    let others: Vec<OtherSet> = banks()
        .iter()
        .filter(|b| b.id() != bank.id())
        .map(|b| OtherSet {
            title: b.set.title.clone(),
            questions: b.questions().len() as u32,
        })
        .collect();
    let suggestions = advice(&plan, &others);
    let domains = plan
        .domains
        .iter()
        .map(|d| {
            let title = bank
                .domain(d.number)
                .map(|x| x.title.clone())
                .unwrap_or_default();
            let questions = if d.questions == 1 {
                "1 question".to_string()
            } else {
                format!("{} questions", d.questions)
            };
            row(
                format!("Domain {}: {title} ({questions})", d.number),
                d.minutes,
            )
        })
        .collect_view();
    view! {
            {(!suggestions.is_empty()).then(|| view! {
                <ul class="list time-plan__advice">
                    {suggestions.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
                </ul>
            })}
            <table class="table time-plan__table" aria-labelledby="time-plan-title">
                <thead>
                    <tr><th scope="col">"Part of the workshop"</th><th scope="col" class="num">"Minutes"</th></tr>
                </thead>
                <tbody>
                    {row("Opening".to_string(), plan.opening)}
                    {domains}
                    {row("Reveal of the results".to_string(), plan.reveal)}
                    {(plan.spare > 0).then(|| row("Spare (a break, or a longer reveal)".to_string(), plan.spare))}
                </tbody>
            </table>
            <p class="hint">
                {format!("Each question gets {} (our rule of thumb, not part of NASSS). The discussion timer shows each question's time against this plan.", minutes(plan.per_question))}
            </p>
    }
}

/// Whether the plan fits, in words (with "Warning:" when it does not, never colour alone).
/// Shown in a live region, so it is read out as the length is typed.
#[component]
pub fn TimePlanVerdict(bank: &'static Bank, length: u32) -> impl IntoView {
    let plan = plan_for(bank, length);
    let fits = plan.fits();
    view! {
        <h2 class="time-plan__title" id="time-plan-title">{format!("A plan for {}", minutes(length))}</h2>
        <p class="time-plan__verdict" class:time-plan__verdict--tight=!fits>
            {(!fits).then(|| view! { <strong>"Warning: "</strong> })}
            {verdict(&plan)}
        </p>
    }
}
