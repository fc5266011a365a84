//! The form a facilitator types one returned paper form into: the name on it, then a row
//! per question. Saving makes it one person's answers in the workshop and starts the next
//! form; until then it is kept as a draft, so a reload loses nothing.

use crate::core::paper_form::{PaperForm, DRAFT_FIELD};
use crate::core::participants::{add, labels};
use crate::ui::components::error_summary::{focus_error_summary, ErrorSummary};
use crate::ui::platform::browser::{focus_selector, new_id};
use crate::ui::state::drafts::keep_draft;
use crate::ui::state::library::Library;
use crate::ui::workshop::paper_entry_row::{focus_row, PaperEntryRow};
use crate::ui::workshop::paper_name_field::PaperNameField;
use leptos::prelude::*;

#[component]
pub fn PaperEntryForm(
    id: String,
    form: RwSignal<PaperForm>,
    /// What the last save did, read out by the page's status line.
    saved: RwSignal<Option<String>>,
) -> impl IntoView {
    let library = expect_context::<Library>();
    let Some((_, bank)) = library.get_untracked(&id) else {
        return ().into_any();
    };
    let problem = RwSignal::new(None::<&'static str>);
    // The draft is the outside world this form keeps in step with.
    {
        let id = id.clone();
        Effect::new(move || {
            keep_draft(
                &id,
                DRAFT_FIELD,
                &form.with(|f| f.to_draft().unwrap_or_default()),
            )
        });
    }
    let codes: Vec<String> = bank.questions().iter().map(|q| q.code.clone()).collect();
    let rows = bank
        .questions()
        .iter()
        .enumerate()
        .map(|(i, question)| {
            let next = codes.get(i + 1).cloned();
            let on_next = Callback::new(move |()| match &next {
                Some(code) => focus_row(code),
                None => focus_selector("#paper-save"),
            });
            view! { <PaperEntryRow bank question form on_next /> }
        })
        .collect_view();
    let people = {
        let workshop = library.watch(&id);
        Signal::derive(move || {
            workshop.with(|a| {
                a.as_ref()
                    .map(|a| a.participants.clone())
                    .unwrap_or_default()
            })
        })
    };
    // Whether saved or cleared, an empty form waits for the next sheet.
    let next_form = move || {
        form.set(PaperForm::new(new_id()));
        problem.set(None);
        focus_selector("#paper-name");
    };
    let on_submit = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let removed = library
                .get_untracked(&id)
                .map(|(a, _)| a.removed_participants);
            let f = form
                .get_untracked()
                .saved_as(&removed.unwrap_or_default(), new_id);
            let person = match f.to_participant(bank) {
                Ok(p) => p,
                Err(e) => {
                    problem.set(Some(e.message()));
                    saved.set(None);
                    focus_error_summary();
                    return;
                }
            };
            let pid = person.id.clone();
            library.update(&id, move |a, _| {
                add(a, person);
            });
            let list = people.get_untracked();
            let at = list.iter().position(|p| p.id == pid);
            match at.and_then(|i| labels(&list).get(i).cloned()) {
                Some(label) => {
                    saved.set(Some(f.saved_line(bank, &label)));
                    next_form();
                }
                None => saved.set(Some("That form was not saved. Try again.".to_string())),
            }
        }
    };
    let total = bank.questions().len();
    let count = move || format!("{} of {total} answered", form.with(|f| f.answered(bank)));
    let heading = move || match form.with(PaperForm::is_correction) {
        true => "Correct a form",
        false => "Next form",
    };
    view! {
        <form class="paper-entry" novalidate on:submit=on_submit on:input=move |_| problem.set(None)>
            <h2>{heading}</h2>
            {move || problem.get().map(|m| view! { <ErrorSummary problems=vec![("#paper-name".to_string(), m.to_string())] /> })}
            <PaperNameField form people problem first_code=codes[0].clone() />
            <div class="paper-entry__rows">{rows}</div>
            <p class="paper-entry__count">{count}</p>
            <div class="button-group">
                <button class="button" type="submit" id="paper-save">"Save this form"</button>
                <button class="button button--secondary" type="button" on:click=move |_| next_form()>"Clear this form"</button>
            </div>
        </form>
    }
    .into_any()
}
