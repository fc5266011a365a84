//! What a page of the worked example shows while the example downloads (only people who open
//! it fetch it), or if it could not be downloaded.

use crate::core::route::Route;
use crate::ui::state::library::{ExampleWait, Library};
use leptos::prelude::*;

#[component]
pub fn ExampleLoading(wait: ExampleWait) -> impl IntoView {
    let library = expect_context::<Library>();
    match wait {
        ExampleWait::Loading => view! { <p role="status">"Opening the example…"</p> }.into_any(),
        ExampleWait::Failed(why) => view! {
            <h1 tabindex="-1">"The example could not be opened"</h1>
            <p>{why}</p>
            <div class="button-group">
                <button class="button" type="button" on:click=move |_| library.open_example()>"Try again"</button>
                <a class="button-group__link" href=Route::New.href()>"Go to the start page"</a>
            </div>
        }
        .into_any(),
    }
}
