//! The controls for the room's answer to one question: a vote counter for each option,
//! the facilitator's "group answer" button and its "Clear", the group's answer in words,
//! and the discussion note. Used on the projector (when it is the only window) and on the
//! facilitator's screen.

use crate::core::assessment::Answer;
use crate::core::workshop::{describe_decision, votes_for};
use crate::ui::workshop::workshop_question::{WorkshopQuestion, NOTE_ID};
use leptos::prelude::*;

/// "−  3  +" for one option. The buttons' names say what they do to which option.
#[component]
pub fn VoteButtons(
    q: WorkshopQuestion,
    answer: Answer,
    label: String,
    /// Whether to show the count between the buttons (the projector shows it larger elsewhere).
    #[prop(default = true)]
    with_count: bool,
) -> impl IntoView {
    let count = {
        let (q, answer) = (q.clone(), answer.clone());
        Memo::new(move |_| votes_for(&q.response().tally, &answer))
    };
    let add = {
        let (q, answer) = (q.clone(), answer.clone());
        move |_| q.vote(&answer)
    };
    let remove = move |_| q.unvote(&answer);
    view! {
        <span class="vote-counter">
            <button class="vote-counter__button" type="button" on:click=remove disabled=move || count.get() == 0>
                <span aria-hidden="true">"−"</span>
                <span class="visually-hidden">{format!("Remove a vote for {label}")}</span>
            </button>
            {with_count.then(|| view! {
                <span class="vote-counter__count">
                    {move || count.get()}
                    <span class="visually-hidden">{format!(" votes for {label}")}</span>
                </span>
            })}
            <button class="vote-counter__button" type="button" on:click=add>
                <span aria-hidden="true">"+"</span>
                <span class="visually-hidden">{format!("Add a vote for {label}")}</span>
            </button>
        </span>
    }
}

/// Pressed when this option is the group's answer, and then marked with a tick as well as
/// inverted, so the chosen one differs from the others in more than colour. Pressing it
/// again confirms the answer and keeps it (a facilitator confirming "most votes" must not
/// undo it); `ClearGroupAnswer` takes an answer back.
#[component]
pub fn ChooseButton(q: WorkshopQuestion, answer: Answer, label: String) -> impl IntoView {
    let chosen = {
        let (q, answer) = (q.clone(), answer.clone());
        Memo::new(move |_| q.response().answer.as_ref() == Some(&answer))
    };
    view! {
        <button
            class="choose-button"
            type="button"
            aria-pressed=move || chosen.get().to_string()
            on:click=move |_| q.choose(answer.clone())
        >
            // One name for assistive technology ("Group answer: Simple"); the card says which.
            <span aria-hidden="true">{move || if chosen.get() { "✓ Group answer" } else { "Group answer" }}</span>
            <span class="visually-hidden">{format!("Group answer: {label}")}</span>
        </button>
    }
}

/// Takes the group's answer back, leaving the question undecided; there is nothing to clear
/// until an answer is chosen.
#[component]
pub fn ClearGroupAnswer(q: WorkshopQuestion, class: &'static str) -> impl IntoView {
    let none = {
        let q = q.clone();
        Memo::new(move |_| q.response().answer.is_none())
    };
    view! {
        <button class=class type="button" disabled=move || none.get() on:click=move |_| q.clear()>
            "Clear the group answer"
        </button>
    }
}

/// The group's answer in words: "Group answer: Complex (the group decided)", "Group
/// answer: Simple (most votes)" or "No group answer yet."
#[component]
pub fn GroupDecision(q: WorkshopQuestion, class: &'static str) -> impl IntoView {
    let bank = q.bank;
    let text = move || describe_decision(bank, &q.response());
    view! { <p class=class role="status">{text}</p> }
}

#[component]
pub fn DiscussionNote(q: WorkshopQuestion) -> impl IntoView {
    let note = {
        let q = q.clone();
        Memo::new(move |_| q.response().note)
    };
    // The other window's note comes in here, but never over what is being typed: writing the
    // saved value back into a box that has focus can drop characters typed in between.
    let area = NodeRef::<leptos::html::Textarea>::new();
    let shown = move || {
        let saved = note.get();
        match area.get_untracked() {
            Some(el) if document().active_element().as_deref() == Some(el.as_ref()) => el.value(),
            _ => saved,
        }
    };
    view! {
        <div class="discussion-note">
            <label class="label discussion-note__label" for=NOTE_ID>"Discussion note"</label>
            <span class="hint discussion-note__hint" id="discussion-note-hint">
                "What the group said, and what to find out. N to write here, Escape to stop."
            </span>
            <textarea
                class="textarea discussion-note__text"
                id=NOTE_ID
                rows="2"
                aria-describedby="discussion-note-hint"
                node_ref=area
                prop:value=shown
                on:input=move |ev| q.set_note(&event_target_value(&ev))
            ></textarea>
        </div>
    }
}
