//! Each reviewer's view of the whole profile, one line each, beside the headline it
//! answers: "Sam Okafor's review: complex in 4 of 7 domains, …" (`core::opinions`).

use crate::core::assessment::Assessment;
use crate::core::bank::Bank;
use crate::core::opinions::review_lines;
use crate::core::scoring::Profile;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn HeadlineReviews(
    bank: &'static Bank,
    assessment: Memo<Option<Assessment>>,
    profile: Memo<Profile>,
) -> impl IntoView {
    // "Your review" for the reviewer reading on their own device.
    let key = expect_context::<Library>().me().key();
    move || {
        let lines = assessment.with(|a| {
            profile.with(|p| {
                a.as_ref()
                    .map(|a| review_lines(bank, a, p, Some(&key)))
                    .unwrap_or_default()
            })
        });
        (!lines.is_empty()).then(|| view! {
            <ul class="headline-reviews" aria-label="Each reviewer's view">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
        })
    }
}
