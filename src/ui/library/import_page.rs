//! Importing assessments from a file: everything is checked before anything is stored,
//! the user sees what will come in, and a clash with an existing assessment is their call.

use crate::core::assessment::Assessment;
use crate::core::file_format::{import, ImportError};
use crate::core::route::Route;
use crate::ui::components::error_summary::{focus_error_summary, ErrorSummary};
use crate::ui::components::file_picker::{files_of, read_text, FilePicker, ReadProblem};
use crate::ui::components::notice::quoted_list;
use crate::ui::library::import_preview::ImportPreview;
use crate::ui::platform::browser::{focus_selector, navigate};
use crate::ui::state::banks::banks;
use crate::ui::state::library::Library;
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
        file: String,
        incoming: Vec<Assessment>,
    },
}

#[component]
pub fn ImportPage() -> impl IntoView {
    let library = expect_context::<Library>();
    let stage = RwSignal::new(Stage::Choose);
    // For each incoming assessment whose id is already here: replace it (true) or keep both.
    let replace = RwSignal::new(Vec::<bool>::new());
    let mine = RwSignal::new(false);

    // Several files at once (a team's answers) are checked together: one bad file stops
    // the whole import, so nothing is half-imported.
    let read_files = move |files: Vec<web_sys::File>| {
        spawn_local(async move {
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
                        stage.set(Stage::Problem {
                            file: name,
                            message: e.to_string(),
                        });
                        focus_error_summary();
                        return;
                    }
                }
                names.push(name);
            }
            replace.set(vec![false; incoming.len()]);
            mine.set(false);
            stage.set(Stage::Preview {
                file: names.join(", "),
                incoming,
            });
            request_animation_frame(|| focus_selector("#preview-heading"));
        });
    };

    let (dragging, set_dragging) = signal(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        set_dragging.set(false);
        read_files(files_of(ev.data_transfer().and_then(|d| d.files())));
    };

    let confirm = move || {
        if let Stage::Preview { incoming, .. } = stage.get_untracked() {
            let choices = replace.get_untracked();
            let offered = incoming.len();
            let (stored, refused) = library.import(
                incoming.into_iter().zip(choices).collect(),
                mine.get_untracked(),
            );
            let noun = if offered == 1 {
                "assessment"
            } else {
                "assessments"
            };
            let text = if refused.is_empty() {
                format!("Imported {stored} {noun}.")
            } else {
                format!(
                    "Imported {stored} of {offered} {noun}. Not saved on this device: {}. It is open in this tab only, so export it before you close the tab.",
                    quoted_list(&refused)
                )
            };
            library.set_notice(Some(text));
            navigate(&Route::Home);
        }
    };

    let preview = move || {
        let Stage::Preview { file, incoming } = stage.get() else {
            return ().into_any();
        };
        view! {
            <ImportPreview file incoming replace mine on_import=confirm
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
