//! Importing assessments from a file: everything is checked before anything is stored,
//! the user sees what will come in, and a clash with an existing assessment is their call.

use crate::core::assessment::Assessment;
use crate::core::file_format::{import, one_copy_each, ImportError};
use crate::core::route::Route;
use crate::ui::components::error_summary::{focus_error_summary, ErrorSummary};
use crate::ui::components::file_picker::{files_of, read_text, FilePicker, ReadProblem};
use crate::ui::library::import_preview::{ImportPreview, Source};
use crate::ui::platform::browser::focus_selector;
use crate::ui::state::banks::banks;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone, PartialEq)]
enum Stage {
    Choose,
    Problem {
        file: String,
        message: String,
    },
    Preview {
        files: String,
        incoming: Vec<Assessment>,
    },
}

/// Reads the chosen files together: one bad file stops the whole import, so nothing is
/// half-imported.
async fn read_all(files: Vec<web_sys::File>) -> Stage {
    let mut incoming = Vec::new();
    let mut names = Vec::new();
    for file in files {
        let name = file.name();
        let result = match read_text(&file).await {
            Ok(text) => import(text.as_bytes(), banks()),
            Err(ReadProblem::TooLarge(bytes)) => Err(ImportError::TooLarge { bytes }),
            // Read as empty: refused as "not a NASSS Navigator file", with its name.
            Err(ReadProblem::Unreadable) => import(b"", banks()),
        };
        match result {
            Ok(found) => incoming.extend(found),
            Err(e) => {
                return Stage::Problem {
                    file: name,
                    message: e.to_string(),
                }
            }
        }
        names.push(name);
    }
    // Two files may hold the same assessment: which copy is meant cannot be known.
    if let Err(e) = one_copy_each(&incoming) {
        return Stage::Problem {
            file: names.join(", "),
            message: e.to_string(),
        };
    }
    Stage::Preview {
        files: names.join(", "),
        incoming,
    }
}

#[component]
pub fn ImportPage() -> impl IntoView {
    let stage = RwSignal::new(Stage::Choose);
    // Several files at once (a team's answers) are checked together.
    let read_files = move |files: Vec<web_sys::File>| {
        spawn_local(async move {
            let next = read_all(files).await;
            let problem = matches!(next, Stage::Problem { .. });
            stage.set(next);
            if problem {
                focus_error_summary();
            } else {
                request_animation_frame(|| focus_selector("#preview-heading"));
            }
        });
    };

    let (dragging, set_dragging) = signal(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        set_dragging.set(false);
        read_files(files_of(ev.data_transfer().and_then(|d| d.files())));
    };

    let preview = move || {
        let Stage::Preview { files, incoming } = stage.get() else {
            return ().into_any();
        };
        view! {
            <ImportPreview source=Source::Files(files) incoming
                on_cancel=move || stage.set(Stage::Choose) />
        }
        .into_any()
    };

    let problem = move || match stage.get() {
        Stage::Problem { file, message } => Some(view! {
            <ErrorSummary
                title=format!("{file} could not be imported")
                problems=vec![("#import-file".to_string(), message)]
            />
        }),
        _ => None,
    };
    let choosing = move || !matches!(stage.get(), Stage::Preview { .. });

    view! {
        <a class="back-link" href=Route::Home.href()>"Back"</a>
        <h1 tabindex="-1">"Import assessments"</h1>
        <p>"Choose a file that was exported from NASSS Navigator. The file is read in this browser: nothing is uploaded anywhere."</p>
        {problem}
        <Show when=choosing>
            <div
                class="drop-zone"
                class:drop-zone--active=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| {
                    ev.prevent_default();
                    set_dragging.set(true);
                }
                on:dragleave=move |_| set_dragging.set(false)
                on:drop=on_drop
            >
                <label class="label" for="import-file">"Choose a file (.json)"</label>
                <div class="hint" id="import-file-hint">"Or drag and drop it here. You can choose several files at once, for example one from each person in a team. Files up to 5 MB each."</div>
                <FilePicker id="import-file" described_by="import-file-hint" multiple=true on_files=read_files />
            </div>
        </Show>
        {preview}
    }
}
