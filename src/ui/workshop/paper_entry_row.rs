//! One question's row when typing in a paper form: a radio group named by the question,
//! with the key for each answer beside it. On the row, 1, 2, 3 and D tick an answer and
//! move on, Enter moves on, Backspace takes the tick off; arrows work as in any radio group.

use crate::core::assessment::Answer;
use crate::core::bank::{Bank, Question};
use crate::core::paper_form::{key_for, row_key, PaperForm, RowKey};
use leptos::prelude::*;

/// Focus on a row: on its ticked answer, or its first, as Tab would.
pub fn focus_row(code: &str) {
    let doc = document();
    let found = doc
        .query_selector(&format!("#paper-row-{code} input:checked"))
        .ok()
        .flatten()
        .or_else(|| {
            doc.query_selector(&format!("#paper-row-{code} input"))
                .ok()
                .flatten()
        });
    if let Some(el) =
        found.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        let _ = el.focus();
    }
}

#[component]
pub fn PaperEntryRow(
    bank: &'static Bank,
    question: &'static Question,
    form: RwSignal<PaperForm>,
    /// Moves focus on from this row (to the next row, or to Save after the last).
    on_next: Callback<()>,
) -> impl IntoView {
    let code = question.code.clone();
    let (legend_id, labelled_by) = (
        format!("paper-row-{code}-legend"),
        format!("paper-row-{code}-legend"),
    );
    let answers = bank
        .levels()
        .iter()
        .map(|l| (Answer::Level(l.id.clone()), l.label.clone()))
        .chain([(
            Answer::DontKnow,
            bank.framework.scale.dont_know.label.clone(),
        )]);
    let choices = answers
        .map(|(answer, label)| {
            let key = key_for(bank, &answer).unwrap_or_default();
            let id = format!("paper-{code}-{}", answer.as_str());
            let (mine, chosen, c) = (answer.clone(), answer, code.clone());
            let checked = move || form.with(|f| f.answers.get(&c) == Some(&mine));
            let c = code.clone();
            view! {
                <div class="paper-entry__choice">
                    <input type="radio" class="paper-entry__radio" name=format!("paper-{code}") id=id.clone()
                        prop:checked=checked
                        on:change=move |_| form.update(|f| f.set(&c, Some(chosen.clone()))) />
                    <label for=id><kbd class="paper-entry__key" aria-hidden="true">{key}</kbd>" "{label}</label>
                </div>
            }
        })
        .collect_view();
    let on_key = {
        let code = code.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            let command = ev.ctrl_key() || ev.alt_key() || ev.meta_key();
            let Some(action) = row_key(bank, &ev.key(), command) else {
                return;
            };
            ev.prevent_default();
            match action {
                RowKey::Pick(answer) => {
                    form.update(|f| f.set(&code, Some(answer)));
                    on_next.run(());
                }
                RowKey::Clear => form.update(|f| f.set(&code, None)),
                RowKey::Next => on_next.run(()),
            }
        }
    };
    view! {
        <fieldset class="paper-entry__row" id=format!("paper-row-{code}") role="radiogroup"
            aria-labelledby=labelled_by on:keydown=on_key>
            <legend class="paper-entry__question" id=legend_id>
                <span class="paper-entry__code">{question.code.clone()}</span>" "{question.topic.clone()}
            </legend>
            <div class="paper-entry__choices">{choices}</div>
        </fieldset>
    }
}
