//! What a page shows when its code could not be fetched (the network dropped, or a new
//! release replaced this build's files): said plainly, with a way to try again in place, so
//! the rest of the app, and everything already saved or typed elsewhere, stays as it was.

use leptos::prelude::*;

#[component]
pub fn PageNotLoaded(retry: Callback<()>) -> impl IntoView {
    view! {
        // A page of its own, as "Page not found" is; an alert, so it is heard however it arrives.
        <div role="alert">
            <h1 tabindex="-1">"This page could not be loaded"</h1>
            <p>"Check your connection and try again. Your answers are still saved on this device."</p>
            <p>"If it still does not open, reload the page: a newer version of NASSS Navigator may have been published."</p>
            // Draws the page again, which fetches its code afresh (src/ui/pages.rs, Reopen).
            <button class="button" type="button" on:click=move |_| retry.run(())>
                "Try again"
            </button>
        </div>
    }
}
