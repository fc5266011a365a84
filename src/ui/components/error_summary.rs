//! The NHS error summary: a box at the top of the form that takes focus and links each
//! problem to the field that needs fixing.

use crate::ui::platform::browser::focus_selector;
use leptos::prelude::*;

/// One problem: the CSS selector of the field to fix, and what to do.
pub type Problem = (String, String);

#[component]
pub fn ErrorSummary(
    problems: Vec<Problem>,
    #[prop(into, default = "There is a problem".to_string())] title: String,
) -> impl IntoView {
    let items = problems
        .into_iter()
        .map(|(target, message)| {
            let href = target.clone();
            view! {
                <li>
                    <a href=href on:click=move |ev| {
                        // The link must not change the URL hash, which holds the route.
                        ev.prevent_default();
                        focus_selector(&target);
                    }>{message}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
            <h2 id="error-summary-title" class="error-summary__title">{title}</h2>
            <ul class="error-summary__list">{items}</ul>
        </div>
    }
}

/// Moves focus to the summary once it is on the page.
pub fn focus_error_summary() {
    request_animation_frame(|| focus_selector(".error-summary"));
}
