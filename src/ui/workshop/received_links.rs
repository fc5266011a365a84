//! Where the links people sent go in: pasted (one or many, with any words around them), or
//! from text files chosen or dropped here.

use crate::ui::components::file_picker::{files_of, read_text};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

fn read_files(files: Vec<web_sys::File>, on_text: Callback<String>) {
    spawn_local(async move {
        let mut all = String::new();
        for f in files {
            if let Ok(text) = read_text(&f).await {
                all.push_str(&text);
                all.push('\n');
            }
        }
        on_text.run(all);
    });
}

#[component]
pub fn ReceivedLinks(on_text: Callback<String>) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_text.run(text.get_untracked());
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        let files = files_of(ev.data_transfer().and_then(|d| d.files()));
        if !files.is_empty() {
            read_files(files, on_text);
        }
    };
    let on_change = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        let files = files_of(input.as_ref().and_then(|i| i.files()));
        read_files(files, on_text);
    };
    view! {
        <form class="collect__form" on:submit=on_submit novalidate
            on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
            <div class="form-group">
                <label class="label" for="received-links">"Paste the links people sent you"</label>
                <div class="hint" id="received-links-hint">"Paste one or many at once: whole emails or messages are fine, the links are found in them. You can also drop files holding links here."</div>
                <textarea class="textarea" id="received-links" rows="6" aria-describedby="received-links-hint"
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            </div>
            <div class="form-group">
                <label class="label" for="received-files">"Or choose files holding links"</label>
                <input class="file-input" id="received-files" type="file" multiple accept=".txt,.json,text/plain,application/json" on:change=on_change />
            </div>
            <button class="button button--secondary" type="submit">"Check these answers"</button>
        </form>
    }
}
