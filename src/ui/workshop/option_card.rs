//! One answer's card on the projector: its key, its name, the question's description of it
//! and the room's votes for it. The group's answer is inverted and marked "✓ Group answer"
//! in words, so it never rests on colour. Alone, the card also carries its buttons.

use crate::core::assessment::{Answer, Response};
use crate::core::bank::{Bank, Question};
use crate::core::workshop::votes_for;
use crate::ui::workshop::group_answer::{ChooseButton, VoteButtons};
use crate::ui::workshop::workshop_question::WorkshopQuestion;
use leptos::prelude::*;

/// What one card shows: the answer, its key, its name, its description and its look.
pub struct CardOption {
    pub answer: Answer,
    pub key: String,
    pub label: String,
    pub text: Option<String>,
    pub class: String,
}

/// The answers to a workshop question in the order the keys give them: each level with its
/// number key and the question's description of it, then "I don't know" on D. The projector
/// draws them as cards and the facilitator's window as rows.
pub fn card_options(
    bank: &'static Bank,
    question: &'static Question,
) -> impl Iterator<Item = CardOption> {
    bank.levels()
        .iter()
        .enumerate()
        .map(|(i, level)| CardOption {
            answer: Answer::Level(level.id.clone()),
            key: (i + 1).to_string(),
            label: level.label.clone(),
            text: question.descriptors.get(&level.id).cloned(),
            class: format!("option--level-{i}"),
        })
        .chain(std::iter::once(CardOption {
            answer: Answer::DontKnow,
            key: "D".to_string(),
            label: bank.framework.scale.dont_know.label.clone(),
            text: None,
            class: "option--dont-know".to_string(),
        }))
}

#[component]
pub fn OptionCard(
    q: WorkshopQuestion,
    option: CardOption,
    response: Memo<Response>,
    /// Whether this window is the only one, so its buttons are here.
    alone: Memo<bool>,
) -> impl IntoView {
    let CardOption {
        answer,
        key,
        label,
        text,
        class,
    } = option;
    let name = label.clone();
    let any_votes = Memo::new(move |_| response.with(|r| !r.tally.is_empty()));
    let chosen = {
        let answer = answer.clone();
        Memo::new(move |_| response.with(|r| r.answer.as_ref() == Some(&answer)))
    };
    let votes = {
        let answer = answer.clone();
        move || match response.with(|r| votes_for(&r.tally, &answer)) {
            1 => "1 vote".to_string(),
            n => format!("{n} votes"),
        }
    };
    // Alone, the buttons are here and the pressed "✓ Group answer" marks the choice; with the
    // facilitator's window open, a plain label does.
    let controls = move || {
        if alone.get() {
            view! {
                <div class="option__controls">
                    <ChooseButton q=q.clone() answer=answer.clone() label=label.clone() />
                    <VoteButtons q=q.clone() answer=answer.clone() label=label.clone() with_count=false />
                </div>
            }
            .into_any()
        } else {
            view! {
                <Show when=move || chosen.get()>
                    <span class="option__chosen">"✓ Group answer"</span>
                </Show>
            }
            .into_any()
        }
    };
    view! {
        <li class=format!("option {class}") class:option--chosen=move || chosen.get()>
            <p class="option__head">
                <span class="option__key" aria-hidden="true">{key}</span>
                <span class="option__label">{name}</span>
            </p>
            {text.map(|t| view! { <p class="option__text">{t}</p> })}
            <div class="option__foot">
                <Show when=move || any_votes.get()>
                    <p class="option__votes">{votes.clone()}</p>
                </Show>
                {controls}
            </div>
        </li>
    }
}
