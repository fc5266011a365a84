//! "Paper forms to print": a link to the blank form of each shipped question set, for an
//! interview or a workshop without screens.

use crate::core::route::Route;
use crate::ui::state::banks::shipped;
use leptos::prelude::*;

#[component]
pub fn BlankFormLinks() -> impl IntoView {
    let links = shipped()
        .iter()
        .enumerate()
        .map(|(i, bank)| {
            let href = Route::Blank {
                bank: bank.id().to_string(),
            }
            .href();
            view! {
                {(i > 0).then_some(" · ")}
                <a href=href>{bank.set.title.clone()}<span class="visually-hidden">" (blank form)"</span></a>
            }
        })
        .collect_view();
    view! {
        <p>"For an interview, or a workshop without screens, print a blank form: "{links}</p>
    }
}
