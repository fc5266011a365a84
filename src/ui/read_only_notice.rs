//! Every page that can change an assessment says so, and lets nothing be typed or chosen,
//! when a newer version of the app wrote it: whatever it holds that this version does not
//! understand must never be overwritten.

use leptos::prelude::*;

/// The notice, shown only when `read_only`.
#[component]
pub fn ReadOnlyNotice(read_only: bool) -> impl IntoView {
    read_only.then(|| {
        view! {
            <div class="inset">
                <p>"A newer version of NASSS Navigator made this assessment. You can read it here, but not change it."</p>
            </div>
        }
    })
}

/// Wraps a page's controls: with `read_only` every input, box and button inside is disabled
/// at once (a disabled fieldset), so no control can be missed.
#[component]
pub fn Editable(read_only: bool, children: Children) -> impl IntoView {
    view! {
        <fieldset class="editable" disabled=read_only>{children()}</fieldset>
    }
}
