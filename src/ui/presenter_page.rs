//! The projector view of one question, made to be read from the back of a room: very
//! large type, high contrast, the question with its descriptions side by side, and the
//! room's votes. With a facilitator window open it shows only that; alone, it also carries
//! every control as a button, for a facilitator with one screen.

use super::browser::{open_window, toggle_fullscreen};
use super::discussion_timer::{TimerControls, TimerDisplay};
use super::group_answer::{ChooseButton, DiscussionNote, VoteButtons};
use super::library::Library;
use super::not_found_page::NotFoundPage;
use super::shortcuts_dialog::{ShortcutsDialog, ShortcutsOverlay};
use super::workshop_keys::use_workshop_keys;
use super::workshop_question::{leave_workshop, run_shortcut, WorkshopQuestion};
use super::workshop_sync::WorkshopSync;
use crate::core::assessment::Answer;
use crate::core::route::Route;
use crate::core::shortcuts::Shortcut;
use crate::core::workshop::{describe_votes, votes_for};
use leptos::prelude::*;

#[component]
pub fn PresenterPage(id: String, code: String) -> impl IntoView {
    let Some(q) = WorkshopQuestion::new(&id, &code) else {
        return view! { <NotFoundPage /> }.into_any();
    };
    let sync = expect_context::<WorkshopSync>();
    let bank = q.bank;
    let dialog = ShortcutsDialog::new();
    // Alone, this window is also the facilitator's: it shows the controls and the note.
    let alone = {
        let id = id.clone();
        Memo::new(move |_| !sync.facilitator_open(&id))
    };
    {
        let id = id.clone();
        let library = expect_context::<Library>();
        use_workshop_keys(bank.levels().len(), move |shortcut| {
            // With the facilitator's window open, the note is over there.
            if shortcut == Shortcut::FocusNote && !alone.get_untracked() {
                return;
            }
            if let Some(stop) = sync.projector_stop(&id) {
                run_shortcut(library, sync, &id, stop, shortcut, dialog);
            }
        });
    }
    let response = {
        let q = q.clone();
        Memo::new(move |_| q.response())
    };
    let any_votes = Memo::new(move |_| response.with(|r| !r.tally.is_empty()));
    let summary = move || response.with(|r| describe_votes(bank, &r.tally));

    let option = {
        let q = q.clone();
        move |answer: Answer, key: String, label: String, text: Option<String>, class: String| {
            let chosen = {
                let answer = answer.clone();
                Memo::new(move |_| response.with(|r| r.answer.as_ref() == Some(&answer)))
            };
            let votes = {
                let answer = answer.clone();
                move || {
                    let n = response.with(|r| votes_for(&r.tally, &answer));
                    if n == 1 {
                        "1 vote".to_string()
                    } else {
                        format!("{n} votes")
                    }
                }
            };
            // Alone, the buttons are here and the pressed "Group answer" marks the choice;
            // with the facilitator's window open, a plain label does.
            let controls = {
                let (q, answer, label) = (q.clone(), answer.clone(), label.clone());
                move || {
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
                                <span class="option__chosen">"Group answer"</span>
                            </Show>
                        }
                        .into_any()
                    }
                }
            };
            view! {
                <li class=format!("option {class}") class:option--chosen=move || chosen.get()>
                    <p class="option__head">
                        <span class="option__key" aria-hidden="true">{key}</span>
                        <span class="option__label">{label}</span>
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
    };
    let question = q.question();
    let levels = bank
        .levels()
        .iter()
        .enumerate()
        .map(|(i, level)| {
            option(
                Answer::Level(level.id.clone()),
                (i + 1).to_string(),
                level.label.clone(),
                question.descriptors.get(&level.id).cloned(),
                format!("option--level-{i}"),
            )
        })
        .collect_view();
    let dont_know = option(
        Answer::DontKnow,
        "D".to_string(),
        bank.framework.scale.dont_know.label.clone(),
        None,
        "option--dont-know".to_string(),
    );

    let tools = {
        let (q, id) = (q.clone(), id.clone());
        move || {
            alone.get().then(|| {
                let (next_q, prev_q) = (q.clone(), q.clone());
                let facilitate = Route::Facilitate { id: id.clone() };
                view! {
                    <div class="presenter__tools">
                        <DiscussionNote q=q.clone() />
                        <nav class="presenter__nav" aria-label="Workshop controls">
                            <button class="workshop-button" type="button" disabled=q.index == 0 on:click=move |_| prev_q.previous()>
                                "Previous"<span class="visually-hidden">" question"</span>
                            </button>
                            <button class="workshop-button workshop-button--primary" type="button" on:click=move |_| next_q.next()>
                                {if q.is_last() {
                                    view! { "Show the results" }.into_any()
                                } else {
                                    view! { "Next"<span class="visually-hidden">" question"</span> }.into_any()
                                }}
                            </button>
                            <TimerControls q=q.clone() />
                            <button class="workshop-button" type="button" on:click=|_| toggle_fullscreen()>"Full screen"</button>
                            <button class="workshop-button" type="button" on:click=move |_| dialog.open()>"Keys"</button>
                            <button class="workshop-button" type="button" on:click=move |_| open_window(&facilitate, "nasss-facilitator")>
                                <span class="visually-hidden">"Open the "</span>"Facilitator window"
                            </button>
                            <button class="workshop-button" type="button" on:click=|_| leave_workshop()>"Leave"</button>
                        </nav>
                    </div>
                }
            })
        }
    };

    view! {
        <div class="presenter">
            <div class="presenter__top">
                <p class="presenter__where">
                    <span>{q.domain_caption()}</span>
                    <span>{q.progress()}</span>
                    <span class="presenter__code">{format!("Question {}", question.code)}</span>
                </p>
                <TimerDisplay q=q.clone() />
            </div>
            <h1 class="presenter__question" tabindex="-1">{question.text.clone()}</h1>
            <ul class="options">
                {levels}
                {dont_know}
            </ul>
            <p class="presenter__summary" role="status">{summary}</p>
            {tools}
            <ShortcutsOverlay dialog />
        </div>
    }
    .into_any()
}
