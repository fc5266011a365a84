//! On importing someone's file: are these someone else's (read-only here, to read and
//! review) or the person's own, brought from another device (theirs to change)?

use leptos::prelude::*;

#[component]
pub fn WhoseChoice(
    /// The authors named in the file, as "Sam (Acme Health)".
    authors: Vec<String>,
    mine: RwSignal<bool>,
) -> impl IntoView {
    let from = authors.join(", ");
    view! {
        <fieldset class="fieldset" aria-describedby="whose-hint">
            <legend class="fieldset__legend">"Whose assessments are these?"</legend>
            <div class="hint" id="whose-hint">{format!("The file says they are from {from}.")}</div>
            <div class="radios">
                <div class="radios__item">
                    <input class="radios__input" type="radio" id="whose-theirs" name="whose"
                        prop:checked=move || !mine.get() on:change=move |_| mine.set(false) />
                    <label class="radios__label" for="whose-theirs">"Someone else's"</label>
                    <div class="radios__hint">"They open read-only: you can read and review them, or make your own copy to change."</div>
                </div>
                <div class="radios__item">
                    <input class="radios__input" type="radio" id="whose-mine" name="whose"
                        prop:checked=move || mine.get() on:change=move |_| mine.set(true) />
                    <label class="radios__label" for="whose-mine">"Mine, from another device"</label>
                    <div class="radios__hint">"You can change them here, as on the device they came from."</div>
                </div>
            </div>
        </fieldset>
    }
}
