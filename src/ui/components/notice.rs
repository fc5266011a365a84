//! A short success message after something finished (imported, deleted), with undo for a
//! deletion and for an import that updated a copy already here.

use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn Notice() -> impl IntoView {
    let library = expect_context::<Library>();
    view! {
        <div role="status" class="notice-region">
            {move || library.recently_deleted().map(|gone| view! {
                <div class="success-callout">
                    <p>
                        {format!("Deleted \"{}\". ", gone.title)}
                        <button class="link-button" type="button" on:click=move |_| library.undo_delete()>
                            "Undo"<span class="visually-hidden">" delete"</span>
                        </button>
                    </p>
                </div>
            })}
            {move || {
                let (updated, noun) = library.recently_replaced();
                (!updated.is_empty()).then(|| view! {
                    <div class="success-callout">
                        <p>
                            {format!("Updated from the {noun}'s copy, keeping whatever was newer on this device: {}. ", quoted_list(&updated))}
                            <button class="link-button" type="button" on:click=move |_| library.undo_replace()>
                                "Undo"<span class="visually-hidden">" update"</span>
                            </button>
                        </p>
                    </div>
                })
            }}
            {move || library.notice().map(|text| view! {
                <div class="success-callout">
                    <p>
                        {text}" "
                        <button class="link-button" type="button" on:click=move |_| library.set_notice(None)>
                            "Dismiss"<span class="visually-hidden">" message"</span>
                        </button>
                    </p>
                </div>
            })}
        </div>
    }
}

/// "\"A\", \"B\"": titles as they appear in a sentence.
pub fn quoted_list(titles: &[String]) -> String {
    titles
        .iter()
        .map(|t| format!("\"{t}\""))
        .collect::<Vec<_>>()
        .join(", ")
}
