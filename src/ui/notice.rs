//! A short success message after something finished (imported, deleted), with undo for a deletion.

use super::library::Library;
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
