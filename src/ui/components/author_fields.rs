//! "Your name" and "Your organisation": the two boxes the start page asks once and the
//! "Your name" page changes. Read when the form is sent, so typing never races a save.

use crate::core::author::Author;
use leptos::html::Input;
use leptos::prelude::*;

#[component]
pub fn AuthorFields(
    name: NodeRef<Input>,
    organisation: NodeRef<Input>,
    known: Option<Author>,
) -> impl IntoView {
    let (known_name, known_organisation) =
        known.map(|a| (a.name, a.organisation)).unwrap_or_default();
    view! {
        <div class="form-group">
            <label class="label" for="author-name">"Your name (optional)"</label>
            <div class="hint" id="author-name-hint">
                "Goes on the assessments you start and the files you export, so whoever you send them to knows whose they are."
            </div>
            <input class="input" id="author-name" maxlength="120" type="text" autocomplete="name"
                aria-describedby="author-name-hint" node_ref=name prop:value=known_name />
        </div>
        <div class="form-group">
            <label class="label" for="author-organisation">"Your organisation (optional)"</label>
            <input class="input" id="author-organisation" maxlength="120" type="text" autocomplete="organization"
                node_ref=organisation prop:value=known_organisation />
        </div>
    }
}

/// The two boxes' values, trimmed, when the form is sent.
pub fn read(name: NodeRef<Input>, organisation: NodeRef<Input>) -> (String, String) {
    let value = |r: NodeRef<Input>| r.get_untracked().map(|i| i.value()).unwrap_or_default();
    (value(name), value(organisation))
}
