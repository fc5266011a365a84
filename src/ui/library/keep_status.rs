//! What this browser said about keeping the app's storage, in one plain sentence
//! ("This browser has agreed to keep your assessments."); nothing until it has answered.

use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn KeepStatus() -> impl IntoView {
    let backup = expect_context::<Library>().backup();
    move || {
        backup
            .durability()
            .sentence()
            .map(|s| view! { <p class="keep-status">{s}</p> })
    }
}
