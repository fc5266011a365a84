//! Every page that can change an assessment says so, and lets nothing be typed or chosen,
//! when it must not be changed here: a newer version of the app wrote it (whatever it holds
//! that this version does not understand must never be overwritten), or someone else did
//! (their answers are theirs; "Make my own copy" gives a copy to change), or it is the worked
//! example (which says so, and where it comes from).

use crate::core::author::Whose;
use crate::core::route::Route;
use crate::ui::components::example_notice::ExampleNotice;
use crate::ui::library::visit_notice::VisitNotice;
use crate::ui::platform::browser::{format_date, navigate};
use crate::ui::state::library::Library;
use leptos::prelude::*;

/// The notice, shown only when the assessment is read-only here. On the review page
/// (`reviewing`) someone else's assessment is the point, so only a newer version's is noted.
#[component]
pub fn ReadOnlyNotice(id: String, #[prop(optional)] reviewing: bool) -> impl IntoView {
    let library = expect_context::<Library>();
    move || {
        if library.is_newer(&id) {
            return Some(view! {
                <div class="inset">
                    <p>"A newer version of NASSS Navigator made this assessment. You can read it here, but not change it."</p>
                </div>
            }.into_any());
        }
        if library.is_visiting(&id) {
            return Some(view! { <VisitNotice id=id.clone() /> }.into_any());
        }
        match library.whose(&id) {
            Whose::Example => return Some(view! { <ExampleNotice id=id.clone() /> }.into_any()),
            Whose::Theirs(_) if !reviewing => {}
            _ => return None,
        }
        let from = library
            .get(&id)
            .and_then(|(a, _)| a.from_line(&library.me().key(), format_date));
        let id = id.clone();
        let copy = move |_| {
            if let Some(copy) = library.own_copy(&id) {
                navigate(&Route::Check { id: copy });
            }
        };
        Some(view! {
            <div class="inset">
                <p>{from.map(|f| format!("{f}."))}</p>
                <p>"This is someone else's assessment, so you can read it and review it here but not change their answers."</p>
                <button class="button button--secondary" type="button" on:click=copy>"Make my own copy"</button>
            </div>
        }.into_any())
    }
}

/// Wraps a page's controls: with `read_only` every input, box and button inside is disabled
/// at once (a disabled fieldset), so no control can be missed.
#[component]
pub fn Editable(read_only: bool, children: Children) -> impl IntoView {
    view! {
        <fieldset class="editable" disabled=read_only>{children()}</fieldset>
    }
}
