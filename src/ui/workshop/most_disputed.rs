//! "Most disputed" on the reveal: the questions the room disagreed on most, with the votes
//! (each option that got any) and the group's answer in words. A plain list, most disputed first: a
//! list number beside a question's code would read as one ("1. 4 What people must
//! change"), so each question is named "Question 4: What people must change". When people
//! answered on their phones, their silent answers come first: the ranking is theirs, with
//! each person's answer, and the room's votes (if any) and the group's answer after.

use crate::core::assessment::Assessment;
use crate::core::bank::Bank;
use crate::core::participants::{labels, most_disputed as silent_disputed};
use crate::core::workshop::{describe_decision, most_disputed, question_heading, votes_cast};
use leptos::prelude::*;

/// How many disputed questions fit on the screen in readable type.
const SHOWN: usize = 3;

#[component]
pub fn MostDisputed(bank: &'static Bank, assessment: Memo<Option<Assessment>>) -> impl IntoView {
    let disputed = move || {
        assessment.with(|a| {
            let Some(a) = a else { return Vec::new() };
            let codes: Vec<String> = if a.participants.is_empty() {
                most_disputed(bank, a, SHOWN)
                    .into_iter()
                    .map(|d| d.code)
                    .collect()
            } else {
                silent_disputed(bank, a, SHOWN)
                    .into_iter()
                    .map(|q| q.code)
                    .collect()
            };
            codes
                .into_iter()
                .map(|code| {
                    let response = a.response(&code);
                    let votes: Vec<String> = response
                        .map(|r| votes_cast(bank, &r.tally))
                        .unwrap_or_default()
                        .iter()
                        .map(|(o, n)| format!("{} {n}", bank.answer_label(o)))
                        .collect();
                    let decision = response
                        .map(|r| describe_decision(bank, r))
                        .unwrap_or_else(|| "No group answer yet.".into());
                    (
                        question_heading(bank, &code),
                        silent_answers(bank, a, &code),
                        votes,
                        decision,
                    )
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
            .map(|(name, silent, votes, decision)| {
                view! {
                    <li class="disputed">
                        <p class="disputed__name">{name}</p>
                        {silent.map(|s| view! { <p class="disputed__votes">{s}</p> })}
                        // Each option's count kept on one line: "I don't know 0" never splits.
                        {(!votes.is_empty()).then(|| view! {
                            <p class="disputed__votes">
                                "Votes: "
                                {votes.into_iter().enumerate().map(|(i, v)| view! {
                                    {(i > 0).then_some(", ")}
                                    <span class="disputed__vote">{v}</span>
                                }).collect_view()}
                            </p>
                        })}
                        <p class="disputed__answer">{decision}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="disputed-list">{rows}</ul> }.into_any()
    }
}

/// Each person's own answer to one question, by name or "Person N": "Ana: Simple, Person 1:
/// Complex, Person 2: I don't know"; `None` when nobody answered on a phone.
fn silent_answers(bank: &Bank, a: &Assessment, code: &str) -> Option<String> {
    if a.participants.is_empty() {
        return None;
    }
    let names = labels(&a.participants);
    let each: Vec<String> = a
        .participants
        .iter()
        .zip(names)
        .map(|(p, name)| {
            format!(
                "{name}: {}",
                bank.answer_or_not_answered(p.answers.get(code))
            )
        })
        .collect();
    Some(format!("Own answers: {}", each.join(", ")))
}
