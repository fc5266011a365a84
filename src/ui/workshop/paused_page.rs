//! What the projector shows once the facilitator leaves the workshop screen: this workshop's
//! name and the way back to where it was, never the library, so the room never sees the
//! other assessments on this device.

use crate::core::route::Route;
use crate::core::workshop_message::Stop;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn PausedPage(id: String, code: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let Some((assessment, _)) = library.get_untracked(&id) else {
        return ().into_any();
    };
    let back = Stop::from_paused(&code).presenter_route(&id);
    let results = Route::Results { id };
    view! {
        <div class="presenter paused">
            <p class="presenter__where">{format!("Workshop: {}", assessment.title)}</p>
            <h1 class="paused__title" tabindex="-1">"Workshop paused"</h1>
            <p class="paused__text">"The room sees only this screen."</p>
            <div class="paused__actions">
                <a class="workshop-button workshop-button--primary" href=back.href()>"Back to the workshop"</a>
                <a class="workshop-button" href=results.href()>"This workshop's results"</a>
            </div>
            <p class="paused__away">
                "Your other assessments are not shown here. To open them, first stop showing "
                "this window to the room, then go to "
                <a href=Route::Home.href()>"your assessments"</a>
                "."
            </p>
        </div>
    }
    .into_any()
}
