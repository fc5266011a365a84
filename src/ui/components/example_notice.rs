//! Every page of the worked example says what it is and where its case comes from, and
//! offers a copy to start from: the example itself never changes and is never saved.

use crate::core::example::{is_example, EXAMPLE_CASE, EXAMPLE_ID, EXAMPLE_SOURCE};
use crate::core::route::Route;
use crate::ui::platform::browser::navigate;
use crate::ui::state::library::Library;
use leptos::prelude::*;

/// The notice, shown only on the example's pages (and printed with its report).
#[component]
pub fn ExampleNotice(id: String) -> impl IntoView {
    let library = expect_context::<Library>();
    is_example(&id).then(|| {
        let start_own = move |_| {
            if let Some(copy) = library.own_copy(EXAMPLE_ID) {
                navigate(&Route::Check { id: copy });
            }
        };
        view! {
            <div class="inset">
                <p>
                    <strong>"This is an example. "</strong>
                    "It shows a finished full assessment, checked in on twice. You can look at every page, "
                    "but you cannot change anything, and nothing from it is saved on this device."
                </p>
                <p>"It is based on "{EXAMPLE_CASE}", one of the cases in this study: "<cite>{EXAMPLE_SOURCE}</cite>"."</p>
                <p>
                    "The answers, notes, judgement and plan are our own illustration of that case, written for "
                    "NASSS Navigator. They are not ratings that the study's authors published."
                </p>
                <button class="button button--secondary no-print" type="button" on:click=start_own>
                    "Start my own from this example"
                </button>
            </div>
        }
    })
}
