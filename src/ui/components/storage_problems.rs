//! Shown on every page while stored data could not be read or storage is unavailable.

use crate::ui::platform::browser::download;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn StorageProblems() -> impl IntoView {
    let library = expect_context::<Library>();
    view! {
        <div role="alert">
            {move || library.storage_problem().map(|problem| view! {
                <div class="warning-callout">
                    <h2 class="warning-callout__title">"This browser is not saving your work"</h2>
                    <p>{problem}</p>
                </div>
            })}
            <Show when=move || !library.unreadable().is_empty()>
                <div class="warning-callout">
                    <h2 class="warning-callout__title">"Some saved work could not be opened"</h2>
                    <ul>
                        {move || library.unreadable().into_iter().map(|u| {
                            let file = format!("{}.txt", u.key.replace('/', "-"));
                            let raw = u.raw.clone();
                            view! {
                                <li>
                                    {u.problem.clone()}" "
                                    <button class="link-button" type="button" on:click=move |_| download(&file, "text/plain", &raw)>
                                        "Download this data as it is"
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <p>"It has been left untouched in this browser's storage, so nothing is lost."</p>
                </div>
            </Show>
        </div>
    }
}
