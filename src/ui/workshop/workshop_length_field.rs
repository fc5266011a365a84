//! "How long is the workshop?" on the set-up, beside the choice of questions, with the
//! plan for that time under it as soon as both are known.

use crate::core::time_plan::parse_length;
use crate::ui::state::banks::banks;
use crate::ui::workshop::time_plan_table::{TimePlanTable, TimePlanVerdict};
use leptos::prelude::*;

#[component]
pub fn WorkshopLengthField(
    id: &'static str,
    /// What is typed, in minutes.
    typed: RwSignal<String>,
    /// The chosen bank's id.
    #[prop(into)]
    chosen: Signal<Option<String>>,
    /// Why the form was refused, when it was for this field.
    #[prop(into)]
    problem: Signal<Option<String>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            if problem.with(Option::is_some) {
                format!("{hint_id} {error_id}")
            } else {
                hint_id.clone()
            }
        }
    };
    // Drawn from what is typed and chosen: a length that cannot be read shows no plan.
    let planned = Memo::new(move |_| {
        let length = parse_length(&typed.get()).ok().flatten()?;
        let bank = chosen
            .get()
            .and_then(|id| banks().iter().find(|b| b.id() == id))?;
        Some((bank, length))
    });
    view! {
        <div class="form-group" class:form-group--error=move || problem.with(Option::is_some)>
            <label class="label" for=id>"How long is the workshop, in minutes? (optional)"</label>
            <div class="hint" id=hint_id>
                "For example, 90. The app then proposes minutes for each question, each domain and the reveal."
            </div>
            {move || problem.get().map(|m| view! {
                <p class="error-message" id=error_id.clone()><span class="visually-hidden">"Error: "</span>{m}</p>
            })}
            <input
                class="input input--minutes"
                id=id
                type="text"
                inputmode="numeric"
                autocomplete="off"
                spellcheck="false"
                aria-describedby=described
                prop:value=typed.get_untracked()
                on:input=move |ev| typed.set(event_target_value(&ev))
            />
        </div>
        <div class="time-plan">
            <div role="status">
                {move || planned.get().map(|(bank, length)| view! { <TimePlanVerdict bank length /> })}
            </div>
            {move || planned.get().map(|(bank, length)| view! { <TimePlanTable bank length /> })}
        </div>
    }
}
