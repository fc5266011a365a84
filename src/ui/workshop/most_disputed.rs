//! "Most disputed" on the reveal: the questions the room disagreed on most, with the votes
//! (each option that got any) and the group's answer in words. A plain list, most disputed first: a
//! list number beside a question's code would read as one ("1. 4 What people must
//! change"), so each question is named "Question 4: What people must change".

use crate::core::assessment::Assessment;
use crate::core::bank::Bank;
use crate::core::workshop::{describe_decision, most_disputed, question_heading, votes_cast};
use leptos::prelude::*;

/// How many disputed questions fit on the screen in readable type.
const SHOWN: usize = 3;

#[component]
pub fn MostDisputed(bank: &'static Bank, assessment: Memo<Option<Assessment>>) -> impl IntoView {
    let disputed = move || {
        assessment.with(|a| {
            let Some(a) = a else { return Vec::new() };
            most_disputed(bank, a, SHOWN)
                .into_iter()
                .filter_map(|d| {
                    let response = a.response(&d.code)?;
                    let votes: Vec<String> = votes_cast(bank, &response.tally)
                        .iter()
                        .map(|(o, n)| format!("{} {n}", bank.answer_label(o)))
                        .collect();
                    Some((
                        question_heading(bank, &d.code),
                        votes,
                        describe_decision(bank, response),
                    ))
                })
                .collect::<Vec<_>>()
        })
    };
    move || {
        let items = disputed();
        if items.is_empty() {
            return view! {
                <p class="reveal__none">"No question split the room: wherever you voted, everyone chose the same answer."</p>
            }
            .into_any();
        }
        let rows = items
            .into_iter()
            .map(|(name, votes, decision)| {
                view! {
                    <li class="disputed">
                        <p class="disputed__name">{name}</p>
                        // Each option's count kept on one line: "I don't know 0" never splits.
                        <p class="disputed__votes">
                            "Votes: "
                            {votes.into_iter().enumerate().map(|(i, v)| view! {
                                {(i > 0).then_some(", ")}
                                <span class="disputed__vote">{v}</span>
                            }).collect_view()}
                        </p>
                        <p class="disputed__answer">{decision}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="disputed-list">{rows}</ul> }.into_any()
    }
}
