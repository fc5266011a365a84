//! "How many people are taking part?": said once, on the invite or when collecting, so
//! "6 of 8 received" can count towards it. Kept on this device with the workshop.

use crate::ui::state::phone::{load_expected, save_expected};
use leptos::prelude::*;

#[component]
pub fn ExpectedPeople(
    id: String,
    #[prop(optional, into)] on_change: Option<Callback<Option<u32>>>,
) -> impl IntoView {
    let start = load_expected(&id)
        .map(|n| n.to_string())
        .unwrap_or_default();
    let on_input = move |ev| {
        let text: String = event_target_value(&ev);
        let n = text
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|n| (1..=999).contains(n));
        save_expected(&id, n);
        if let Some(f) = on_change {
            f.run(n);
        }
    };
    view! {
        <div class="form-group">
            <label class="label" for="expected-people">"How many people are taking part? (optional)"</label>
            <div class="hint" id="expected-people-hint">"So you can see how many have sent their answers."</div>
            <input class="input input--width-3" id="expected-people" type="text" inputmode="numeric"
                autocomplete="off" aria-describedby="expected-people-hint" prop:value=start on:input=on_input />
        </div>
    }
}
