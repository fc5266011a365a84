//! The action plan: for each question rated complicated or complex, what will be done,
//! by whom and by when, and how far it has got.

use crate::core::assessment::{Action, Assessment};
use crate::core::bank::{Bank, Question};
use crate::core::plan::plan_questions;
use crate::core::route::Route;
use crate::ui::components::level_mark::AnswerMark;
use crate::ui::components::read_only_notice::{Editable, ReadOnlyNotice};
use crate::ui::state::library::Library;
use crate::ui::walkthrough::action_row::ActionRow;
use crate::ui::walkthrough::add_action_form::AddActionForm;
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
        {match library.whose(&id) {
            crate::core::author::Whose::Yours => view! {
                <p>
                    "For each question you rated complex or complicated, and each you do not know yet, note what "
                    "you will do about it, who will do it and by when. The most complex come first. "
                    "The plan appears in your results and in the printed report."
                </p>
            }.into_any(),
            // Someone else's plan is read, not written: it is theirs.
            theirs => view! {
                <p>{format!(
                    "{} plan: for each question rated complex or complicated, or not known yet, what will be done about it, who will do it and by when. The most complex come first.",
                    theirs.possessive()
                )}</p>
            }.into_any(),
        }}
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
    let code = question.code.clone();
    let answer = {
        let code = code.clone();
        move || assessment.with(|a| a.as_ref().and_then(|a| a.answer(&code).cloned()))
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
    // Keyed by what names the action, its number and its words, so changing a status does not
    // rebuild the row and lose keyboard focus, while an edit, or an action another tab's merge
    // renumbered, does.
    let action_row = {
        let id = id.clone();
        move |action: Action| view! { <ActionRow id=id.clone() action /> }
    };

    let heading_id = format!("plan-{code}");
    let labelled_by = heading_id.clone();
    view! {
        // A question with no action yet is drawn compact, so the plan reads as what is planned.
        <section class="card" class:card--compact=actions_empty aria-labelledby=labelled_by>
            <h2 id=heading_id>{bank.question_under_domain(&question.code)}</h2>
            <p class="card__detail">{question.text.clone()}" "{move || view! { <AnswerMark bank answer=answer() /> }}</p>
            <ul class="actions-list">
                <For each=actions key=|a| (a.key(), a.id, a.what.clone(), a.who.clone(), a.due.clone()) children=action_row />
            </ul>
            <AddActionForm id code=code.clone() />
        </section>
    }
}
