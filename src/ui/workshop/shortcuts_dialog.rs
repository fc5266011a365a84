//! The "?" overlay listing the workshop's keys: a native modal dialog, so focus stays in
//! it while open, Escape closes it, and focus returns to where it was.

use crate::core::shortcuts::SHORTCUT_HELP;
use leptos::html::Dialog;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct ShortcutsDialog {
    node: NodeRef<Dialog>,
}

impl ShortcutsDialog {
    pub fn new() -> ShortcutsDialog {
        ShortcutsDialog {
            node: NodeRef::new(),
        }
    }

    pub fn open(&self) {
        if let Some(dialog) = self.node.get_untracked() {
            if !dialog.open() {
                let _ = dialog.show_modal();
            }
        }
    }

    fn close(&self) {
        if let Some(dialog) = self.node.get_untracked() {
            dialog.close();
        }
    }
}

/// The keys as a table, for the overlay and the set-up page.
#[component]
pub fn ShortcutTable(caption: &'static str) -> impl IntoView {
    let rows = SHORTCUT_HELP
        .iter()
        .map(|(keys, action)| {
            view! {
                <tr>
                    <th scope="row">{*keys}</th>
                    <td>{*action}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table shortcut-table">
            <caption>{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">"Key"</th>
                    <th scope="col">"What it does"</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

#[component]
pub fn ShortcutsOverlay(dialog: ShortcutsDialog) -> impl IntoView {
    view! {
        <dialog class="shortcuts" node_ref=dialog.node aria-labelledby="shortcuts-title">
            <h2 id="shortcuts-title" class="shortcuts__title">"Keys for the workshop"</h2>
            <ShortcutTable caption="Every key also has a button on screen." />
            <p>"On the last question, Next shows the results to the room."</p>
            <p>"On the results, choose a domain with the up and down arrows, then press 1, 2 or 3 to record the group's own judgement of it, or 0 to go with what the answers suggest."</p>
            <button class="button" type="button" on:click=move |_| dialog.close()>"Close"</button>
        </dialog>
    }
}
