//! Opening a shared link (`#/open/v1.…`): the assessment inside is checked and shown as a
//! file import would be, and nothing is stored until the person chooses Import.

use crate::core::assessment::Assessment;
use crate::core::route::Route;
use crate::core::share_link::{read, unpack, LinkError};
use crate::ui::components::error_summary::{focus_error_summary, ErrorSummary};
use crate::ui::library::import_preview::{ImportPreview, Source};
use crate::ui::platform::browser::{focus_selector, navigate};
use crate::ui::platform::share::decompress;
use crate::ui::state::banks::banks;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone)]
enum Stage {
    Reading,
    Problem(String),
    Preview(Vec<Assessment>),
}

/// The link's framing is checked first (cut short, changed, newer), then the browser
/// unpacks it, then it is read as a file would be.
async fn open(payload: &str) -> Result<Vec<Assessment>, String> {
    let packed = unpack(payload).map_err(|e| e.to_string())?;
    let json = decompress(&packed.compressed, packed.json_len)
        .await
        .ok_or_else(|| LinkError::Altered.to_string())?;
    read(&json, packed.json_len, banks()).map_err(|e| e.to_string())
}

#[component]
pub fn OpenLinkPage(payload: String) -> impl IntoView {
    let stage = RwSignal::new(Stage::Reading);
    spawn_local(async move {
        let next = match open(&payload).await {
            Ok(found) => Stage::Preview(found),
            Err(message) => Stage::Problem(message),
        };
        let problem = matches!(next, Stage::Problem(_));
        // The page may have been left while the link was unpacked.
        if stage.try_set(next).is_none() {
            if problem {
                focus_error_summary();
            } else {
                request_animation_frame(|| focus_selector("#preview-heading"));
            }
        }
    });
    let body = move || match stage.get() {
        Stage::Reading => view! { <p role="status">"Reading the link…"</p> }.into_any(),
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
    };
    view! {
        <a class="back-link" href=Route::Home.href()>"Back"</a>
        <h1 tabindex="-1">"Open a shared assessment"</h1>
        <p>"Someone has shared an assessment with you as a link. It is read in this browser only: nothing has been sent anywhere, and nothing is kept on this device until you choose to import it."</p>
        {body}
    }
}
