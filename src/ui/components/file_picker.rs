//! Choosing JSON files, for the import page and the workshop's own questions: one input,
//! one way of reading a file, and the same size limit and messages.

use crate::core::file_format::MAX_IMPORT_BYTES;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Why a chosen file could not be read as text.
pub enum ReadProblem {
    TooLarge(usize),
    Unreadable,
}

/// A file's text, refusing one over the size limit before reading it.
pub async fn read_text(file: &web_sys::File) -> Result<String, ReadProblem> {
    let size = file.size() as usize;
    if size > MAX_IMPORT_BYTES {
        return Err(ReadProblem::TooLarge(size));
    }
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or(ReadProblem::Unreadable)
}

/// The files in a list the browser gave (a file input, or a drop).
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    list.map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
        .unwrap_or_default()
}

#[component]
pub fn FilePicker(
    #[prop(into)] id: String,
    #[prop(into)] described_by: String,
    #[prop(optional)] multiple: bool,
    #[prop(into)] on_files: Callback<Vec<web_sys::File>>,
) -> impl IntoView {
    let on_change = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        let files = files_of(input.as_ref().and_then(|i| i.files()));
        if let Some(input) = input {
            // The same file can be chosen again after it is fixed.
            input.set_value("");
        }
        if !files.is_empty() {
            on_files.run(files);
        }
    };
    view! {
        <input class="file-input" id=id type="file" accept=".json,application/json" multiple=multiple
            aria-describedby=described_by on:change=on_change />
    }
}
