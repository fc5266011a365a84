//! One question in the answers list: its code and text, the answer (carried over or not),
//! the workshop's votes and the note, and on the check page the ways to change or confirm it.

use crate::core::assessment::Assessment;
use crate::core::bank::{Bank, Question};
use crate::core::route::Route;
use crate::core::workshop::tally_summary;
use crate::ui::components::level_mark::AnswerMark;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn AnswerRow(
    bank: &'static Bank,
    question: &'static Question,
    assessment: Memo<Option<Assessment>>,
    id: String,
    /// Show "Change" links that return to the check page.
    with_change_links: bool,
) -> impl IntoView {
    let library = expect_context::<Library>();
    let code = question.code.clone();
    // Each row reads the assessment in place (`with`): a copy per row made a
    // bank of thousands of questions freeze the tab.
    let answer = {
        let code = code.clone();
        move || assessment.with(|a| a.as_ref().and_then(|a| a.answer(&code).cloned()))
    };
    let carried = {
        let code = code.clone();
        move || {
            assessment.with(|a| {
                a.as_ref()
                    .and_then(|a| a.response(&code))
                    .is_some_and(|r| r.carried_over)
            })
        }
    };
    let note = {
        let code = code.clone();
        move || {
            assessment.with(|a| {
                a.as_ref()
                    .map(|a| a.note(&code).to_string())
                    .unwrap_or_default()
            })
        }
    };
    // A workshop's votes, kept beside the group's answer.
    let votes = {
        let code = code.clone();
        move || {
            assessment.with(|a| {
                a.as_ref()
                    .and_then(|a| a.response(&code))
                    .and_then(|r| tally_summary(bank, &r.tally))
            })
        }
    };
    let change = with_change_links.then(|| {
        let href = Route::Question { id: id.clone(), code: code.clone(), from_check: true }.href();
        let (id, code) = (id.clone(), code.clone());
        let carried = carried.clone();
        let still_right = {
            let code = code.clone();
            move || carried().then(|| {
                let (id, code) = (id.clone(), code.clone());
                view! {
                    <button class="link-button" type="button"
                        on:click=move |_| library.update(&id, |a, now| a.confirm(&code, now))>
                        "This is still right"<span class="visually-hidden">{format!(" (question {code})")}</span>
                    </button>
                }
            })
        };
        view! {
            <dd class="summary-list__actions">
                {still_right}
                <a href=href>
                    "Change"<span class="visually-hidden">{format!(" answer to question {code}")}</span>
                </a>
            </dd>
        }
    });
    view! {
        <div class="summary-list__row">
            <dt class="summary-list__key">
                <span class="code-tag">{question.code.clone()}</span>" "{question.text.clone()}
            </dt>
            <dd class="summary-list__value">
                {move || view! { <AnswerMark bank answer=answer() /> }}
                {move || carried().then(|| view! { <span class="carried">" Carried over, not yet checked"</span> })}
                {move || votes().map(|v| view! { <span class="tally">{format!("Votes: {v}")}</span> })}
                {move || {
                    let n = note();
                    (!n.trim().is_empty()).then(|| view! {
                        <span class="note"><span class="visually-hidden">"Note: "</span>{n}</span>
                    })
                }}
            </dd>
            {change}
        </div>
    }
}
