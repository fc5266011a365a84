//! "Which questions?" on the workshop set-up: the shipped sets and the facilitator's own
//! banks, each with how many questions it has and how long to plan for it
//! (`core::time_plan`).

use crate::core::bank::Bank;
use crate::core::time_plan::length_hint;
use crate::ui::components::radios::{Choice, Radios};
use crate::ui::state::banks::{banks, shipped};
use leptos::prelude::*;

fn bank_hint(bank: &Bank) -> String {
    let n = bank.questions().len();
    let kind = if shipped().iter().any(|b| b.id() == bank.id()) {
        bank.set.summary.clone()
    } else {
        format!(
            "Your own question set, kept on this device. {}",
            bank.set.summary
        )
    };
    format!(
        "{n} questions. Plan {} with a group. {kind}",
        length_hint(n as u32)
    )
}

#[component]
pub fn BankChoice(
    /// The chosen bank's id.
    chosen: RwSignal<Option<String>>,
    /// Counts the banks added or removed, so the choices are drawn again when one is.
    changed: RwSignal<u32>,
    /// Why the form was refused, when it was for want of a choice.
    #[prop(into)]
    problem: Signal<Option<String>>,
    /// Called after a bank is chosen.
    #[prop(into)]
    on_choose: Callback<()>,
) -> impl IntoView {
    let choices = move || {
        changed.get();
        let choices = banks()
            .iter()
            .map(|bank| Choice::new(bank.id(), bank.set.title.clone()).hint(bank_hint(bank)))
            .collect::<Vec<_>>();
        view! {
            <Radios name="workshop-bank" choices chosen on_choose=move |value: String| {
                chosen.set(Some(value));
                on_choose.run(());
            } />
        }
    };
    view! {
        <div class="form-group" class:form-group--error=move || problem.with(Option::is_some)>
            <fieldset class="fieldset" aria-describedby="workshop-bank-hint">
                <legend class="fieldset__legend">"Which questions?"</legend>
                <div class="hint" id="workshop-bank-hint">
                    "Each set says how long to plan for it, with time to open and for the reveal. The full set suits a longer session, or two."
                </div>
                {move || problem.get().map(|m| view! {
                    <p class="error-message"><span class="visually-hidden">"Error: "</span>{m}</p>
                })}
                {choices}
            </fieldset>
        </div>
    }
}
