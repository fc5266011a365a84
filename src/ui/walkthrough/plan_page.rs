//! The action plan: for each question rated complicated or complex, what will be done,
//! by whom and by when, and how far it has got.

use crate::core::assessment::{Action, Assessment};
use crate::core::bank::{Bank, Question};
use crate::core::plan::plan_questions;
use crate::core::route::Route;
use crate::ui::components::level_mark::AnswerMark;
use crate::ui::components::read_only_notice::{Editable, ReadOnlyNotice};
use crate::ui::platform::browser::focus_selector;
use crate::ui::state::library::Library;
use crate::ui::walkthrough::action_row::ActionRow;
use leptos::prelude::*;

#[component]
pub fn PlanPage(id: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let Some((_, bank)) = library.get_untracked(&id) else {
        return ().into_any();
    };
    let assessment = library.watch(&id);
    let read_only = library.is_read_only(&id);
    // Complex first, then complicated, then things to find out (`core::plan`).
    let candidates = Memo::new(move |_| {
        assessment.with(|a| {
            a.as_ref()
                .map(|a| {
                    plan_questions(bank, a)
                        .into_iter()
                        .map(|(code, _)| code)
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });

    let sections = {
        let id = id.clone();
        move || {
            candidates
                .get()
                .into_iter()
                .filter_map(|code| bank.question(&code))
                .map(|q| view! { <QuestionActions bank question=q assessment id=id.clone() /> })
                .collect_view()
        }
    };

    view! {
        <a class="back-link" href=Route::Results { id: id.clone() }.href()>"Back to results"</a>
        <h1 tabindex="-1">"Plan actions"</h1>
        <p>
            "For each question you rated complex or complicated, and each you do not know yet, note what "
            "you will do about it, who will do it and by when. The most complex come first. "
            "The plan appears in your results and in the printed report."
        </p>
        <Show when=move || candidates.get().is_empty()>
            <div class="inset">
                <p>"No question is rated complicated or complex, or answered \"I don't know\", yet, so there is nothing to plan."</p>
            </div>
        </Show>
        <ReadOnlyNotice id=id.clone() />
        <Editable read_only>{sections}</Editable>
        <a class="button" href=Route::Results { id: id.clone() }.href()>"Back to results"</a>
    }
    .into_any()
}

#[component]
fn QuestionActions(
    bank: &'static Bank,
    question: &'static Question,
    assessment: Memo<Option<Assessment>>,
    id: String,
) -> impl IntoView {
    let library = expect_context::<Library>();
    let code = question.code.clone();
    let answer = {
        let code = code.clone();
        move || assessment.with(|a| a.as_ref().and_then(|a| a.answer(&code).cloned()))
    };
    // The boxes are read when the form is sent and cleared after, never mirrored into
    // signals on every key (a value written back while typing can lose characters).
    let what = NodeRef::<leptos::html::Input>::new();
    let who = NodeRef::<leptos::html::Input>::new();
    let due = NodeRef::<leptos::html::Input>::new();
    let value = |field: NodeRef<leptos::html::Input>| {
        field.get_untracked().map(|i| i.value()).unwrap_or_default()
    };
    let clear = |field: NodeRef<leptos::html::Input>| {
        if let Some(i) = field.get_untracked() {
            i.set_value("");
        }
    };
    let (error, set_error) = signal(false);
    let what_id = format!("what-{code}");

    let add = {
        let (id, code, what_id) = (id.clone(), code.clone(), what_id.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if value(what).trim().is_empty() {
                set_error.set(true);
                let selector = format!("#{what_id}");
                request_animation_frame(move || focus_selector(&selector));
                return;
            }
            set_error.set(false);
            library.update(&id, |a, now| {
                a.add_action(&code, &value(what), &value(who), &value(due), now);
            });
            clear(what);
            clear(who);
            clear(due);
        }
    };

    let actions = {
        let code = code.clone();
        move || {
            assessment.with(|a| {
                a.as_ref()
                    .map(|a| {
                        a.actions
                            .iter()
                            .filter(|x| x.code == code)
                            .cloned()
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            })
        }
    };
    let actions_empty = {
        let code = code.clone();
        move || {
            assessment.with(|a| {
                a.as_ref()
                    .is_none_or(|a| !a.actions.iter().any(|x| x.code == code))
            })
        }
    };
    // Keyed by id, so changing a status does not rebuild the row and lose keyboard focus.
    let action_row = {
        let id = id.clone();
        move |action: Action| view! { <ActionRow id=id.clone() action /> }
    };

    let heading_id = format!("plan-{code}");
    let labelled_by = heading_id.clone();
    let error_id = format!("{what_id}-error");
    let described_by = error_id.clone();
    let what_label_for = what_id.clone();
    view! {
        // A question with no action yet is drawn compact, so the plan reads as what is planned.
        <section class="card" class:card--compact=actions_empty aria-labelledby=labelled_by>
            <h2 id=heading_id>{bank.question_label(&question.code)}</h2>
            <p class="card__detail">{question.text.clone()}" "{move || view! { <AnswerMark bank answer=answer() /> }}</p>
            <ul class="actions-list">
                <For each=actions key=|action| action.id children=action_row />
            </ul>
            <details class="details">
            <summary class="details__summary">
                "Add an action"<span class="visually-hidden">{format!(" for question {code}")}</span>
            </summary>
            <form class="details__text" on:submit=add novalidate>
                <div class="form-group" class:form-group--error=move || error.get()>
                    <label class="label" for=what_label_for>"What will you do?"</label>
                    <Show when=move || error.get()>
                        <p class="error-message" id=error_id.clone()>
                            <span class="visually-hidden">"Error: "</span>"Enter what you will do"
                        </p>
                    </Show>
                    <input class="input" type="text" id=what_id.clone()
                        aria-describedby=move || error.get().then(|| described_by.clone())
                        node_ref=what />
                </div>
                <div class="form-group">
                    <label class="label" for=format!("who-{code}")>"Who will do it? (optional)"</label>
                    <input class="input" type="text" id=format!("who-{code}")
                        node_ref=who />
                </div>
                <div class="form-group">
                    <label class="label" for=format!("due-{code}")>"By when? (optional)"</label>
                    <input class="input input--date" type="date" id=format!("due-{code}")
                        node_ref=due />
                </div>
                <button class="button button--secondary" type="submit">
                    "Add action"<span class="visually-hidden">{format!(" for question {code}")}</span>
                </button>
            </form>
            </details>
        </section>
    }
}
