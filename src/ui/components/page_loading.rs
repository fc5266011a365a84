//! What a page shows while its code downloads on first opening. Usually that takes less than
//! a frame or two on a fast connection, so the stand-in stays blank at first: a message that
//! flashed up and away would only distract. On a slow connection it then says so, as a
//! status that screen readers announce.

use leptos::prelude::*;
use std::time::Duration;

const QUIET_FOR: Duration = Duration::from_millis(500);

#[component]
pub fn PageLoading() -> impl IntoView {
    let (slow, set_slow) = signal(false);
    // The stand-in may be gone (the page arrived) before the timer fires.
    set_timeout(
        move || {
            set_slow.try_set(true);
        },
        QUIET_FOR,
    );
    view! {
        <p class="page-loading" role="status">
            {move || slow.get().then_some("Opening the page…")}
        </p>
    }
}
