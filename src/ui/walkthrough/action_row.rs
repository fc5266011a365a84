//! One action in the plan: what, who and by when, its status to change, Edit and Remove.

use crate::core::assessment::{Action, ActionStatus};
use crate::ui::platform::browser::{focus_selector, format_day};
use crate::ui::state::library::Library;
use crate::ui::walkthrough::edit_action_form::EditActionForm;
use leptos::prelude::*;

#[component]
pub fn ActionRow(
    /// The assessment the action belongs to.
    id: String,
    action: Action,
) -> impl IntoView {
    let library = expect_context::<Library>();
    let status_id = format!("status-{}", action.id);
    let (id_status, id_remove, id_edit) = (id.clone(), id.clone(), id);
    let (editing, set_editing) = signal(false);
    let edit_button = format!("edit-action-{}", action.id);
    let edited = action.clone();
    // Back on the Edit button after saving or cancelling, so focus is not lost with the form.
    let done = {
        let selector = format!("#{edit_button}");
        Callback::new(move |()| {
            set_editing.set(false);
            let selector = selector.clone();
            request_animation_frame(move || focus_selector(&selector));
        })
    };
    let action_id = action.id;
    let options = ActionStatus::ALL
        .into_iter()
        .map(|s| view! { <option value=s.id() selected=s == action.status>{s.label()}</option> })
        .collect_view();
    let or_not_set = |text: String| {
        if text.is_empty() {
            "not set".to_string()
        } else {
            text
        }
    };
    let who = or_not_set(action.who.clone());
    let due = or_not_set(if action.due.is_empty() {
        String::new()
    } else {
        format_day(&action.due)
    });
    view! {
        <li class="action">
            <strong>{action.what.clone()}</strong>
            <span class="action__meta">{format!(" – who: {who}; by when: {due}")}</span>
            <div class="action__controls">
                <label class="label" for=status_id.clone()>
                    "Status"<span class="visually-hidden">{format!(" of \"{}\"", action.what)}</span>
                </label>
                <select class="select" id=status_id on:change=move |ev| {
                    if let Some(status) = ActionStatus::from_id(&event_target_value(&ev)) {
                        library.update(&id_status, |a, now| a.set_action_status(action_id, status, now));
                    }
                }>{options}</select>
                <button class="link-button" type="button" id=edit_button aria-expanded=move || editing.get().to_string()
                    on:click=move |_| set_editing.update(|e| *e = !*e)>
                    "Edit"<span class="visually-hidden">{format!(" \"{}\"", action.what)}</span>
                </button>
                <button class="link-button" type="button" on:click=move |_| {
                    library.update(&id_remove, |a, now| a.remove_action(action_id, now));
                }>
                    "Remove"<span class="visually-hidden">{format!(" \"{}\"", action.what)}</span>
                </button>
            </div>
            <Show when=move || editing.get()>
                <EditActionForm id=id_edit.clone() action=edited.clone() done />
            </Show>
        </li>
    }
}
