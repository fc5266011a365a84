//! "Add an action" under a question in the plan: what will be done, by whom and by when,
//! folded away until opened. What is typed is kept as a draft on the device until the
//! action is added, so leaving the page never throws it away; the form opens with it.

use crate::ui::platform::browser::focus_selector;
use crate::ui::state::drafts::{keep_draft, read_draft};
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn AddActionForm(id: String, code: String) -> impl IntoView {
    let library = expect_context::<Library>();
    // The boxes are read when the form is sent and cleared after, never mirrored into
    // signals on every key (a value written back while typing can lose characters).
    let what = NodeRef::<leptos::html::Input>::new();
    let who = NodeRef::<leptos::html::Input>::new();
    let due = NodeRef::<leptos::html::Input>::new();
    let value = |field: NodeRef<leptos::html::Input>| {
        field.get_untracked().map(|i| i.value()).unwrap_or_default()
    };
    let clear = |field: NodeRef<leptos::html::Input>| {
        if let Some(i) = field.get_untracked() {
            i.set_value("");
        }
    };
    let (error, set_error) = signal(false);
    let what_id = format!("what-{code}");
    // One draft per box: "what-4", "who-4", "due-4".
    let fields = [
        what_id.clone(),
        format!("who-{code}"),
        format!("due-{code}"),
    ];
    let drafts = fields.clone().map(|field| read_draft(&id, &field));
    let has_draft = drafts.iter().any(|d| !d.is_empty());
    let keep = {
        let id = id.clone();
        move |field: String| {
            let id = id.clone();
            move |ev: leptos::ev::Event| keep_draft(&id, &field, &event_target_value(&ev))
        }
    };

    let add = {
        let (id, code, what_id) = (id.clone(), code.clone(), what_id.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if value(what).trim().is_empty() {
                set_error.set(true);
                let selector = format!("#{what_id}");
                request_animation_frame(move || focus_selector(&selector));
                return;
            }
            set_error.set(false);
            library.update(&id, |a, now| {
                a.add_action(&code, &value(what), &value(who), &value(due), now);
            });
            clear(what);
            clear(who);
            clear(due);
            for field in [
                format!("what-{code}"),
                format!("who-{code}"),
                format!("due-{code}"),
            ] {
                keep_draft(&id, &field, "");
            }
        }
    };

    let error_id = format!("{what_id}-error");
    let described_by = error_id.clone();
    let what_label_for = what_id.clone();
    view! {
        <details class="details" open=has_draft>
        <summary class="details__summary">
            "Add an action"<span class="visually-hidden">{format!(" for question {code}")}</span>
        </summary>
        <form class="details__text" on:submit=add novalidate>
            <div class="form-group" class:form-group--error=move || error.get()>
                <label class="label" for=what_label_for>"What will you do?"</label>
                <Show when=move || error.get()>
                    <p class="error-message" id=error_id.clone()>
                        <span class="visually-hidden">"Error: "</span>"Enter what you will do"
                    </p>
                </Show>
                <input class="input" type="text" id=what_id.clone()
                    aria-describedby=move || error.get().then(|| described_by.clone())
                    prop:value=drafts[0].clone() on:input=keep(fields[0].clone())
                    node_ref=what />
            </div>
            <div class="form-group">
                <label class="label" for=format!("who-{code}")>"Who will do it? (optional)"</label>
                <input class="input" type="text" id=format!("who-{code}")
                    prop:value=drafts[1].clone() on:input=keep(fields[1].clone())
                    node_ref=who />
            </div>
            <div class="form-group">
                <label class="label" for=format!("due-{code}")>"By when? (optional)"</label>
                <input class="input input--date" type="date" id=format!("due-{code}")
                    prop:value=drafts[2].clone() on:input=keep(fields[2].clone())
                    node_ref=due />
            </div>
            <button class="button button--secondary" type="submit">
                "Add action"<span class="visually-hidden">{format!(" for question {code}")}</span>
            </button>
        </form>
        </details>
    }
}
