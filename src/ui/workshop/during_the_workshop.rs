//! "During the workshop" on the set-up page: one screen or two, and the keys.

use crate::ui::workshop::shortcuts_dialog::ShortcutTable;
use leptos::prelude::*;

#[component]
pub fn DuringTheWorkshop() -> impl IntoView {
    view! {
        <h2>"During the workshop"</h2>
        <p>
            "The projector view shows one question at a time in large type. With one screen, "
            "the controls are under the question. With two, choose \"Open the facilitator window\": "
            "keep that window on your own screen and the projector window shows the room only the question."
        </p>
        <ShortcutTable caption="Keys (a presentation clicker's buttons work as Page Up and Page Down)" />
    }
}
