//! The facilitator's own window, for a second screen: the question with its hint, the
//! controls for the room's votes and answer, the discussion note and the timer. The
//! projector window follows it (and it follows the projector), so the room sees only the
//! question while the facilitator works here.

use super::browser::open_window;
use super::discussion_timer::TimerControls;
use super::group_answer::{ChooseButton, DiscussionNote, VoteButtons};
use super::library::Library;
use super::not_found_page::NotFoundPage;
use super::shortcuts_dialog::{ShortcutsDialog, ShortcutsOverlay};
use super::workshop_keys::use_workshop_keys;
use super::workshop_question::{back_from_reveal, run_shortcut, WorkshopQuestion};
use super::workshop_sync::WorkshopSync;
use crate::core::assessment::Answer;
use crate::core::route::Route;
use crate::core::workshop::describe_votes;
use crate::core::workshop_message::Stop;
use leptos::prelude::*;

#[component]
pub fn FacilitatorPage(id: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let sync = expect_context::<WorkshopSync>();
    let Some((assessment, bank)) = library.get_untracked(&id) else {
        return view! { <NotFoundPage /> }.into_any();
    };
    // Until the projector says where it is, start where the workshop left off. Read once:
    // answering a question must not move the facilitator on by itself.
    let start = Stop::Question {
        code: assessment
            .first_unanswered(bank)
            .unwrap_or(&bank.questions()[0].code)
            .to_string(),
    };
    let stop = {
        let id = id.clone();
        Memo::new(move |_| sync.facilitator_stop(&id).unwrap_or_else(|| start.clone()))
    };
    let current = {
        let id = id.clone();
        move || match stop.get_untracked() {
            Stop::Question { code } => WorkshopQuestion::with(library, sync, &id, &code),
            Stop::Reveal => None,
        }
    };
    let dialog = ShortcutsDialog::new();
    {
        let id = id.clone();
        use_workshop_keys(bank.levels().len(), move |shortcut| {
            run_shortcut(library, sync, &id, stop.get_untracked(), shortcut, dialog);
        });
    }

    let title = {
        let id = id.clone();
        move || library.get(&id).map(|(a, _)| a.title).unwrap_or_default()
    };
    let body = {
        let id = id.clone();
        move || match stop.get() {
            Stop::Question { code } => {
                view! { <FacilitatorQuestion id=id.clone() code /> }.into_any()
            }
            Stop::Reveal => {
                let back_id = id.clone();
                view! {
                    <h2>"The room is looking at the results"</h2>
                    <p>"The projector shows each domain's level and the questions the room disagreed on most."</p>
                    <div class="button-group">
                        <button class="button button--secondary" type="button" on:click=move |_| back_from_reveal(library, sync, &back_id)>"Back to the questions"</button>
                        <a class="button-group__link" href=Route::Results { id: id.clone() }.href()>"Full results and report"</a>
                    </div>
                }
                .into_any()
            }
        }
    };
    let on_previous = {
        let current = current.clone();
        move |_| {
            if let Some(q) = current() {
                q.previous();
            }
        }
    };
    let on_next = {
        let current = current.clone();
        move |_| {
            if let Some(q) = current() {
                q.next();
            }
        }
    };
    let next_label = move || match stop.get() {
        Stop::Question { code } if bank.questions().last().is_some_and(|q| q.code == code) => {
            "Show the results"
        }
        _ => "Next question",
    };
    let at_first =
        move || matches!(stop.get(), Stop::Question { code } if bank.questions()[0].code == code);
    let at_reveal = move || stop.get() == Stop::Reveal;
    let open_projector = {
        let id = id.clone();
        move |_| {
            open_window(
                &stop.get_untracked().presenter_route(&id),
                "nasss-projector",
            )
        }
    };

    view! {
        <a class="back-link" href=Route::Home.href()>"Your assessments"</a>
        <h1 tabindex="-1">{move || format!("Facilitating: {}", title())}</h1>
        <p>
            "This window is for you. The projector window shows the room only the question, "
            "and moves when you move here. Answers, votes and notes are saved on this device as you go."
        </p>
        <div class="button-group">
            <button class="button button--secondary" type="button" on:click=open_projector>
                "Open the projector window"
            </button>
            <button class="link-button" type="button" on:click=move |_| dialog.open()>"Keys"</button>
        </div>
        <nav class="facilitator-nav" aria-label="Move through the workshop">
            <button class="button button--secondary" type="button" disabled=move || at_first() || at_reveal() on:click=on_previous>
                "Previous question"
            </button>
            <button class="button" type="button" disabled=at_reveal on:click=on_next>{next_label}</button>
        </nav>
        {body}
        <ShortcutsOverlay dialog />
    }
    .into_any()
}

/// One question on the facilitator's screen; shown afresh for each question.
#[component]
fn FacilitatorQuestion(id: String, code: String) -> impl IntoView {
    let Some(q) = WorkshopQuestion::new(&id, &code) else {
        return ().into_any();
    };
    let bank = q.bank;
    let question = q.question();
    let response = {
        let q = q.clone();
        Memo::new(move |_| q.response())
    };
    let options = bank
        .levels()
        .iter()
        .enumerate()
        .map(|(i, l)| {
            (
                Answer::Level(l.id.clone()),
                format!("{} {}", i + 1, l.label),
                l.label.clone(),
                question.descriptors.get(&l.id).cloned().unwrap_or_default(),
            )
        })
        .chain(std::iter::once((
            Answer::DontKnow,
            format!("D {}", bank.framework.scale.dont_know.label),
            bank.framework.scale.dont_know.label.clone(),
            String::new(),
        )))
        .map(|(answer, heading, label, text)| {
            let chosen = {
                let answer = answer.clone();
                move || response.with(|r| r.answer.as_ref() == Some(&answer))
            };
            view! {
                <li class="facilitator-option" class:facilitator-option--chosen=chosen>
                    <div class="facilitator-option__text">
                        <strong>{heading}</strong>
                        {(!text.is_empty()).then(|| view! { <span class="facilitator-option__descriptor">{text}</span> })}
                    </div>
                    <div class="facilitator-option__controls">
                        <ChooseButton q=q.clone() answer=answer.clone() label=label.clone() />
                        <VoteButtons q=q.clone() answer label />
                    </div>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="facilitator-question">
            <p class="caption">{q.domain_caption()}</p>
            <p class="caption caption--small">
                {q.progress()}
                <span class="code-tag">{format!("Question {}", question.code)}</span>
            </p>
            <h2 class="facilitator-question__text">{question.text.clone()}</h2>
            <p class="hint">{question.hint.clone()}</p>
            <ul class="facilitator-options">{options}</ul>
            <p class="facilitator-question__summary" role="status">
                {move || response.with(|r| describe_votes(bank, &r.tally))}
            </p>
            <DiscussionNote q=q.clone() />
            <TimerControls q />
        </div>
    }
    .into_any()
}
