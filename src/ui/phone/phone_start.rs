//! The first screen on a phone: what happens to the answers, and a name only if the
//! person wants one.

use crate::core::bank::Bank;
use crate::core::route::Route;
use crate::ui::phone::phone_page::MyAnswers;
use crate::ui::platform::browser::navigate;
use leptos::prelude::*;

#[component]
pub fn PhoneStart(mine: MyAnswers, bank: &'static Bank) -> impl IntoView {
    let workshop = mine.answers.with_untracked(|a| a.workshop_id.clone());
    let name = mine.answers.with_untracked(|a| a.me.name.clone());
    let first = Route::Phone {
        workshop,
        step: bank.questions()[0].code.clone(),
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        navigate(&first);
    };
    view! {
        <h1 tabindex="-1">"Your own answers"</h1>
        <p>{format!("Answer the {} questions on your own, before the room talks about them.", bank.questions().len())}</p>
        <ul>
            <li>"Your answers stay on this phone until you send them to the facilitator."</li>
            <li>"Nobody else sees them first. Leave your name out to stay anonymous."</li>
        </ul>
        <form on:submit=on_submit novalidate>
            <div class="form-group">
                <label class="label" for="phone-name">"Your name (optional)"</label>
                <div class="hint" id="phone-name-hint">"Shown beside your answers in the team view. Leave it empty to be \"Person 1\", \"Person 2\" and so on."</div>
                <input class="input" id="phone-name" type="text" autocomplete="name" aria-describedby="phone-name-hint"
                    prop:value=name on:change=move |ev| mine.change(|a| a.rename(&event_target_value(&ev))) />
            </div>
            <button class="button" type="submit">"Start"</button>
        </form>
    }
}
