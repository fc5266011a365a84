//! "Measure change from" on the compare page.

use crate::core::route::Route;
use crate::ui::components::radios::{Choice, Radios};
use crate::ui::platform::browser::navigate;
use leptos::prelude::*;

/// "Measure change from": which assessment is A, the baseline. Choosing one puts it first
/// and keeps the rest oldest first.
#[component]
pub fn BaselineChoice(ids: Vec<(String, String)>) -> impl IntoView {
    let first = ids[0].0.clone();
    let choices = ids
        .iter()
        .map(|(id, title)| Choice::new(id.clone(), title.clone()))
        .collect();
    let all: Vec<String> = ids.into_iter().map(|(id, _)| id).collect();
    // The chosen baseline goes first; the rest keep their order.
    let on_choose = move |baseline: String| {
        let rest = all.iter().filter(|i| **i != baseline).cloned();
        navigate(&Route::Compare {
            ids: std::iter::once(baseline.clone()).chain(rest).collect(),
        });
    };
    view! {
        <fieldset class="fieldset">
            <legend class="fieldset__legend">"Measure change from"</legend>
            <Radios name="baseline" choices chosen=Signal::stored(Some(first)) on_choose inline=true />
        </fieldset>
    }
}
