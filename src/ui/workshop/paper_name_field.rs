//! The name written on a paper form, the first thing typed: Enter goes on to the first
//! question. A name already typed in is pointed out (the same form typed twice), not refused.

use crate::core::paper_form::PaperForm;
use crate::core::participants::Participant;
use crate::ui::workshop::paper_entry_row::focus_row;
use leptos::prelude::*;

#[component]
pub fn PaperNameField(
    form: RwSignal<PaperForm>,
    /// The people already in the workshop, followed as forms are saved.
    people: Signal<Vec<Participant>>,
    /// Why the form was refused, shown at the field the error summary links to.
    problem: RwSignal<Option<&'static str>>,
    first_code: String,
) -> impl IntoView {
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Enter" {
            ev.prevent_default();
            focus_row(&first_code);
        }
    };
    let double = move || {
        people.with(|list| form.with(|f| f.same_name_as(list).map(|p| p.name.trim().to_string())))
    };
    let described = move || {
        let ids = [
            problem.get().map(|_| "paper-name-error"),
            double().map(|_| "paper-name-double"),
        ];
        let ids: Vec<&str> = ids.into_iter().flatten().collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    view! {
        <div class="form-group" class:form-group--error=move || problem.get().is_some()>
            <label class="label" for="paper-name">"Name on the form (optional)"</label>
            {move || problem.get().map(|m| view! { <p class="error-message" id="paper-name-error">{m}</p> })}
            <input class="input" type="text" id="paper-name" autocomplete="off" spellcheck="false"
                aria-describedby=described
                prop:value=move || form.with(|f| f.name.clone())
                on:input=move |ev| form.update(|f| f.name = event_target_value(&ev))
                on:keydown=on_key />
            {move || double().map(|name| view! {
                <p class="hint" id="paper-name-double">
                    {format!("A form from {name} is already typed in. If this is the same form, correct that one instead.")}
                </p>
            })}
        </div>
    }
}
