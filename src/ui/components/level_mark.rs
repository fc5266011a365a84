//! A level shown as its label plus a three-dot meter, so colour is never the only signal.

use crate::core::assessment::Answer;
use crate::core::bank::Bank;
use crate::core::bank::NOT_ANSWERED;
use leptos::prelude::*;

fn dots(filled: usize, total: usize) -> String {
    (0..total)
        .map(|i| if i < filled { '●' } else { '○' })
        .collect()
}

/// A domain's or a question's level; `None` reads "Not yet rated", or "Not yet known" for a
/// domain whose every answer is "I don't know" (`DomainResult::not_known`).
#[component]
pub fn LevelMark(
    bank: &'static Bank,
    level: Option<usize>,
    #[prop(optional)] not_known: bool,
) -> impl IntoView {
    let total = bank.levels().len();
    let (class, label, filled) = match level {
        Some(i) => (
            format!("level-mark level-mark--{i}"),
            bank.levels()[i].label.clone(),
            i + 1,
        ),
        None => (
            "level-mark level-mark--none".to_string(),
            if not_known {
                "Not yet known"
            } else {
                "Not yet rated"
            }
            .to_string(),
            0,
        ),
    };
    view! {
        <span class=class>
            <span class="level-mark__dots" aria-hidden="true">{dots(filled, total)}</span>
            {label}
        </span>
    }
}

/// The index of an answer's level on the scale, if it is a level.
pub fn answer_level(bank: &Bank, answer: Option<&Answer>) -> Option<usize> {
    match answer {
        Some(Answer::Level(id)) => bank.level_index(id),
        _ => None,
    }
}

/// An answer shown as a mark: a level, "I don't know" or "Not answered".
#[component]
pub fn AnswerMark(bank: &'static Bank, answer: Option<Answer>) -> impl IntoView {
    match answer {
        Some(Answer::Level(_)) => {
            let level = answer_level(bank, answer.as_ref());
            view! { <LevelMark bank level /> }.into_any()
        }
        Some(Answer::DontKnow) => view! {
            <span class="level-mark level-mark--dont-know">
                <span class="level-mark__dots" aria-hidden="true">"?"</span>
                {bank.framework.scale.dont_know.label.clone()}
            </span>
        }
        .into_any(),
        None => view! { <span class="not-answered">{NOT_ANSWERED}</span> }.into_any(),
    }
}

/// The class of a heat-map cell for an answer: its level, "don't know" or none.
pub fn heat_cell_class(bank: &Bank, answer: Option<&Answer>) -> String {
    match (answer, answer_level(bank, answer)) {
        (_, Some(l)) => format!("heat-cell heat-cell--{l}"),
        (Some(Answer::DontKnow), _) => "heat-cell heat-cell--dont-know".to_string(),
        _ => "heat-cell heat-cell--none".to_string(),
    }
}
