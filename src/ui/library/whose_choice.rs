//! On importing someone's file: are these someone else's (read-only here, to read and
//! review) or the person's own, brought from another device (theirs to change)? Only the
//! person can say: a name in a file is what its sender typed, so the file never decides,
//! and "Someone else's" is chosen until they do.

use crate::ui::components::radios::{Choice, Radios};
use leptos::prelude::*;

#[component]
pub fn WhoseChoice(
    /// The authors named in the file, as "Sam (Acme Health)".
    authors: Vec<String>,
    /// Why some of them look like the person's own but cannot be checked
    /// (`proof::unproven_claim`).
    reasons: Vec<String>,
    mine: RwSignal<bool>,
    /// What they came in: "file" or "link".
    noun: &'static str,
) -> impl IntoView {
    let from = authors.join(", ");
    let choices = vec![
        Choice::new("theirs", "Someone else's").hint(
            "They open read-only: you can read and review them, or make your own copy to change.",
        ),
        Choice::new("mine", "Mine, from another device")
            .hint("You can change them here, as on the device they came from."),
    ];
    let chosen =
        Signal::derive(move || Some(if mine.get() { "mine" } else { "theirs" }.to_string()));
    view! {
        <fieldset class="fieldset" aria-describedby="whose-hint">
            <legend class="fieldset__legend">"Whose assessments are these?"</legend>
            <div class="hint" id="whose-hint">
                <p>{format!("The {noun} says they are from {from}.")}</p>
                {reasons.into_iter().map(|r| view! { <p>{r}</p> }).collect_view()}
            </div>
            <Radios name="whose" choices chosen on_choose=move |value: String| mine.set(value == "mine") />
        </fieldset>
    }
}
