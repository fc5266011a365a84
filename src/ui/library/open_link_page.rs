//! Opening a shared link (`#/open/v2.…`, or an older `v1.`). One assessment that is not on
//! this device is shown to read, at its results, held in memory as the worked example is:
//! nothing is stored until the person chooses "Keep a copy on this device". A link that
//! brings back an assessment already here (the return trip), or holds several, shows the
//! import preview instead, and nothing is stored until the person chooses Import.

use crate::core::assessment::Assessment;
use crate::core::example::is_example;
use crate::core::route::Route;
use crate::core::share_link::{read, unpack, LinkError};
use crate::ui::components::error_summary::{focus_error_summary, ErrorSummary};
use crate::ui::library::import_preview::{ImportPreview, Source};
use crate::ui::platform::browser::{focus_selector, name_tab_after_heading, navigate};
use crate::ui::platform::share::decompress;
use crate::ui::state::banks::banks;
use crate::ui::state::library::Library;
use crate::ui::walkthrough::results_page::ResultsPage;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone)]
enum Stage {
    Reading,
    Problem(String),
    Preview(Vec<Assessment>),
    /// Read, not kept: the assessment with this id is held by `Library::visit`.
    Visiting(String),
}

/// The link's framing is checked first (cut short, changed, newer), then the browser
/// unpacks it, then it is read as a file would be.
async fn open(payload: &str) -> Result<Vec<Assessment>, String> {
    let packed = unpack(payload).map_err(|e| e.to_string())?;
    let unpacked = decompress(&packed.compressed, packed.limit())
        .await
        .ok_or_else(|| LinkError::Altered.to_string())?;
    read(&packed, &unpacked, banks()).map_err(|e| e.to_string())
}

/// Read first when it is one assessment new to this device; otherwise the preview.
fn stage_for(library: Library, mut found: Vec<Assessment>) -> Stage {
    let new_here = |a: &Assessment| !is_example(&a.id) && library.get_untracked(&a.id).is_none();
    if found.len() == 1 && new_here(&found[0]) {
        let a = found.remove(0);
        let id = a.id.clone();
        library.visit(a);
        Stage::Visiting(id)
    } else {
        Stage::Preview(found)
    }
}

#[component]
pub fn OpenLinkPage(payload: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let stage = RwSignal::new(Stage::Reading);
    spawn_local(async move {
        let next = match open(&payload).await {
            Ok(found) => stage_for(library, found),
            Err(message) => Stage::Problem(message),
        };
        let focus = match next {
            Stage::Problem(_) => None,
            Stage::Preview(_) => Some("#preview-heading"),
            _ => Some("main h1"),
        };
        // The page may have been left while the link was unpacked.
        if stage.try_set(next).is_none() {
            match focus {
                None => focus_error_summary(),
                Some(selector) => request_animation_frame(move || {
                    focus_selector(selector);
                    name_tab_after_heading();
                }),
            }
        }
    });
    move || {
        match stage.get() {
        Stage::Visiting(id) => view! { <ResultsPage id /> }.into_any(),
        other => view! {
            <a class="back-link" href=Route::Home.href()>"Back"</a>
            <h1 tabindex="-1">"Open a shared assessment"</h1>
            <p>"Someone has shared an assessment with you as a link. It is read in this browser only: nothing has been sent anywhere, and nothing is kept on this device until you choose to keep it."</p>
            {body(other)}
        }
        .into_any(),
    }
    }
}

fn body(stage: Stage) -> AnyView {
    match stage {
        Stage::Reading | Stage::Visiting(_) => {
            view! { <p role="status">"Reading the link…"</p> }.into_any()
        }
        Stage::Problem(message) => view! {
            <ErrorSummary title="This link could not be opened"
                problems=vec![("#open-instead".to_string(), message)] />
            <p id="open-instead" tabindex="-1">
                "If the sender exported the assessment as a file, you can "
                <a href=Route::Import.href()>"import it from the file"</a>"."
            </p>
        }
        .into_any(),
        Stage::Preview(incoming) => view! {
            <ImportPreview source=Source::Link incoming on_cancel=move || navigate(&Route::Home) />
        }
        .into_any(),
    }
}
