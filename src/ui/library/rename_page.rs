//! "What is your project called?": changing an assessment's title.

use crate::core::route::Route;
use crate::ui::platform::browser::navigate;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn RenamePage(id: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let Some((assessment, _)) = library.get_untracked(&id) else {
        return ().into_any();
    };
    // The box is read when the form is sent, not mirrored into a signal on every key:
    // nothing can then write an older value back into it while someone types.
    let input = NodeRef::<leptos::html::Input>::new();
    let on_submit = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let title = input.get_untracked().map(|i| i.value()).unwrap_or_default();
            library.update(&id, |a, now| a.rename(&title, now));
            navigate(&Route::Home);
        }
    };
    view! {
        <a class="back-link" href=Route::Home.href()>"Back"</a>
        <form on:submit=on_submit novalidate>
            <div class="form-group">
                <h1 tabindex="-1"><label for="new-title">"What is your project called?"</label></h1>
                <div class="hint" id="new-title-hint">"This is the name of the assessment on this device and in exported files."</div>
                <input class="input" id="new-title" maxlength="300" type="text" autocomplete="off" aria-describedby="new-title-hint"
                    node_ref=input
                    prop:value=assessment.title.clone() />
            </div>
            <button class="button" type="submit">"Save name"</button>
        </form>
    }
    .into_any()
}
