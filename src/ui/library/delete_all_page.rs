//! Deleting everything this app keeps on this device.

use crate::core::route::Route;
use crate::ui::platform::browser::navigate;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn DeleteAllPage() -> impl IntoView {
    let library = expect_context::<Library>();
    let (error, set_error) = signal(None::<String>);
    let count = move || library.all().len();
    let delete = move |_| match library.delete_all() {
        Ok(()) => {
            library.set_notice(Some(
                "All NASSS Navigator data has been deleted from this device.".into(),
            ));
            navigate(&Route::Home);
        }
        Err(e) => set_error.set(Some(e)),
    };
    view! {
        <a class="back-link" href=Route::Home.href()>"Back"</a>
        <h1 tabindex="-1">"Delete all data on this device?"</h1>
        <p>{move || format!(
            "This deletes all {} assessments, with their notes, action plans and history, from this browser. It cannot be undone.",
            count()
        )}</p>
        <p>"Export anything you want to keep first. Other websites' data is not touched."</p>
        <div role="alert">{move || error.get().map(|e| view! { <p class="error-message">{e}</p> })}</div>
        <div class="button-group">
            <button class="button button--warning" type="button" on:click=delete>"Yes, delete everything"</button>
            <a class="button-group__link" href=Route::Home.href()>"No, go back"</a>
        </div>
    }
}
