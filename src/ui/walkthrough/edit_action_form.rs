//! "Edit" on an action in the plan: its words, who and by when, changed in place. The boxes
//! start with what the action says and are read only when the change is saved.

use crate::core::assessment::Action;
use crate::ui::platform::browser::focus_selector;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn EditActionForm(
    /// The assessment the action belongs to.
    id: String,
    action: Action,
    /// Called once the change is saved or cancelled.
    done: Callback<()>,
) -> impl IntoView {
    let library = expect_context::<Library>();
    let (what, who, due) = (
        NodeRef::<leptos::html::Input>::new(),
        NodeRef::<leptos::html::Input>::new(),
        NodeRef::<leptos::html::Input>::new(),
    );
    let value = |field: NodeRef<leptos::html::Input>| {
        field.get_untracked().map(|i| i.value()).unwrap_or_default()
    };
    let (error, set_error) = signal(false);
    let n = action.id;
    let what_id = format!("edit-what-{n}");
    let save = {
        let what_id = what_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let mut saved = false;
            library.update(&id, |a, now| {
                saved = a.edit_action(n, &value(what), &value(who), &value(due), now);
            });
            if saved {
                done.run(());
            } else {
                set_error.set(true);
                let selector = format!("#{what_id}");
                request_animation_frame(move || focus_selector(&selector));
            }
        }
    };
    let error_id = format!("{what_id}-error");
    let described_by = error_id.clone();
    view! {
        <form class="action__edit" on:submit=save novalidate>
            <div class="form-group" class:form-group--error=move || error.get()>
                <label class="label" for=what_id.clone()>"What will you do?"</label>
                <Show when=move || error.get()>
                    <p class="error-message" id=error_id.clone()>
                        <span class="visually-hidden">"Error: "</span>"Enter what you will do"
                    </p>
                </Show>
                <input class="input" type="text" id=what_id.clone() node_ref=what prop:value=action.what.clone()
                    aria-describedby=move || error.get().then(|| described_by.clone()) />
            </div>
            <div class="form-group">
                <label class="label" for=format!("edit-who-{n}")>"Who will do it? (optional)"</label>
                <input class="input" type="text" id=format!("edit-who-{n}") node_ref=who prop:value=action.who.clone() />
            </div>
            <div class="form-group">
                <label class="label" for=format!("edit-due-{n}")>"By when? (optional)"</label>
                <input class="input input--date" type="date" id=format!("edit-due-{n}") node_ref=due prop:value=action.due.clone() />
            </div>
            <div class="button-group">
                <button class="button button--secondary" type="submit">"Save changes"</button>
                <button class="link-button" type="button" on:click=move |_| done.run(())>"Cancel"</button>
            </div>
        </form>
    }
}
