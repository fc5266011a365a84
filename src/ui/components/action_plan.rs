//! The action plan as read on the results page and in the printed report.

use crate::core::assessment::Assessment;
use crate::core::bank::Bank;
use crate::core::plan::plan_questions;
use crate::ui::platform::browser::format_day;
use leptos::prelude::*;

#[component]
pub fn ActionPlan(bank: &'static Bank, assessment: Memo<Option<Assessment>>) -> impl IntoView {
    move || {
        let Some(a) = assessment.get() else {
            return ().into_any();
        };
        if a.actions.is_empty() {
            return view! { <p>"No actions yet."</p> }.into_any();
        }
        // The same order as the plan page: most complex first, things to find out last; then
        // any question whose answer has since changed to one that needs no action.
        let planned: Vec<String> = plan_questions(bank, &a)
            .into_iter()
            .map(|(code, _)| code)
            .collect();
        let rest = bank
            .questions()
            .iter()
            .map(|q| &q.code)
            .filter(|c| !planned.contains(c));
        let items = planned
            .iter()
            .chain(rest)
            .filter_map(|code| bank.question(code))
            .filter(|q| a.actions.iter().any(|x| x.code == q.code))
            .map(|q| {
                let actions = a
                    .actions
                    .iter()
                    .filter(|x| x.code == q.code)
                    .map(|x| {
                        let who = if x.who.is_empty() { "not set".to_string() } else { x.who.clone() };
                        let due = if x.due.is_empty() { "not set".to_string() } else { format_day(&x.due) };
                        view! {
                            <li class="action">
                                <strong>{x.what.clone()}</strong>
                                <span class="action__meta">
                                    {format!(" – who: {who}; by when: {due}; status: {}", x.status.label())}
                                </span>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <h3>{bank.question_under_domain(&q.code)}</h3>
                    <ul class="actions-list">{actions}</ul>
                }
            })
            .collect_view();
        view! { <div>{items}</div> }.into_any()
    }
}
