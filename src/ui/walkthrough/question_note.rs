//! The optional notes box under a question: saved as it is typed.

use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn QuestionNote(
    id: String,
    code: String,
    /// The note as stored when the page opened.
    note: String,
    read_only: bool,
) -> impl IntoView {
    let library = expect_context::<Library>();
    let on_note = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        library.update(&id, |a, now| a.set_note(&code, &text, now));
    };
    view! {
        <div class="form-group">
            <label class="label" for="note">"Notes (optional)"</label>
            <div class="hint" id="note-hint">{if read_only {
                "What was noted beside this answer."
            } else {
                "For example, your evidence, your doubts, or who could help answer this."
            }}</div>
            <textarea class="textarea" id="note" name="note" rows="4" aria-describedby="note-hint" readonly=read_only on:input=on_note prop:value=note></textarea>
        </div>
    }
}
