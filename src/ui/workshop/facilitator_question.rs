//! One question on the facilitator's screen, laid out to fit a 1280×800 laptop without
//! scrolling: the question, its hint and each answer with its buttons on the left; moving
//! on and back, the votes and the group's answer in words, the note and the timer on the
//! right. Shown afresh for each question.

use crate::core::workshop::describe_votes;
use crate::ui::workshop::discussion_timer::TimerControls;
use crate::ui::workshop::group_answer::{
    ChooseButton, ClearGroupAnswer, DiscussionNote, GroupDecision, VoteButtons,
};
use crate::ui::workshop::option_card::{card_options, CardOption};
use crate::ui::workshop::own_answers::OwnAnswers;
use crate::ui::workshop::workshop_question::WorkshopQuestion;
use leptos::prelude::*;

#[component]
pub fn FacilitatorQuestion(id: String, code: String) -> impl IntoView {
    let Some(q) = WorkshopQuestion::new(&id, &code) else {
        return ().into_any();
    };
    let bank = q.bank;
    let question = q.question();
    let response = {
        let q = q.clone();
        Memo::new(move |_| q.response())
    };
    let options = card_options(bank, question)
        .map(|CardOption { answer, key, label, text, .. }| {
            let heading = format!("{key} {label}");
            let chosen = {
                let answer = answer.clone();
                move || response.with(|r| r.answer.as_ref() == Some(&answer))
            };
            view! {
                <li class="facilitator-option" class:facilitator-option--chosen=chosen>
                    <div class="facilitator-option__text">
                        <strong>{heading}</strong>
                        {text.filter(|t| !t.is_empty()).map(|text| view! { <span class="facilitator-option__descriptor">{text}</span> })}
                    </div>
                    <div class="facilitator-option__controls">
                        <ChooseButton q=q.clone() answer=answer.clone() label=label.clone() />
                        <VoteButtons q=q.clone() answer label />
                    </div>
                </li>
            }
        })
        .collect_view();
    let (prev_q, next_q) = (q.clone(), q.clone());
    view! {
        <div class="facilitator-question">
            <div class="facilitator-question__main">
                <p class="caption caption--small">
                    {q.domain_caption()}" · "{q.progress()}
                    {q.bank.code_tag(&question.code).map(|tag| view! { <span class="code-tag">{tag}</span> })}
                </p>
                <h2 class="facilitator-question__text">{question.text.clone()}</h2>
                <p class="hint facilitator-question__hint">{question.hint.clone()}</p>
                <ul class="facilitator-options">{options}</ul>
            </div>
            <div class="facilitator-question__side">
                <nav class="facilitator-nav" aria-label="Move through the workshop">
                    <button class="button button--secondary" type="button" disabled=q.index == 0 on:click=move |_| prev_q.previous()>
                        "Previous question"
                    </button>
                    <button class="button" type="button" on:click=move |_| next_q.next()>
                        {if q.is_last() { "Show the results" } else { "Next question" }}
                    </button>
                </nav>
                <OwnAnswers id=id.clone() code=code.clone() />
                <p class="facilitator-question__summary" role="status">
                    {move || response.with(|r| describe_votes(bank, &r.tally))}
                </p>
                <GroupDecision q=q.clone() class="facilitator-question__decision" />
                <ClearGroupAnswer q=q.clone() class="workshop-button facilitator-question__clear" />
                <DiscussionNote q=q.clone() />
                <TimerControls q />
            </div>
        </div>
    }
    .into_any()
}
