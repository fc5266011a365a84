//! "Things to find out": every question answered "I don't know", each linked to its page,
//! with the bank's guidance on why not knowing matters, said to whoever reads it (the
//! author is asked to come back; anyone else is told whose answers they were). Absent when
//! there are none.

use crate::core::author::Whose;
use crate::core::bank::Bank;
use crate::core::route::Route;
use crate::core::scoring::Profile;
use leptos::prelude::*;

#[component]
pub fn ThingsToFindOut(
    bank: &'static Bank,
    profile: Memo<Profile>,
    id: String,
    whose: Whose,
) -> impl IntoView {
    let guidance = bank.framework.dont_know_guidance_for(&whose);
    move || {
        let items = profile.with(|p| {
            p.domains
                .iter()
                .flat_map(|r| r.dont_know.iter())
                .filter_map(|code| bank.question(code))
                .map(|q| {
                    let href = Route::question(&id, &q.code).href();
                    view! {
                        <li>
                            <a href=href>{bank.question_label(&q.code)}</a>
                            {format!(": {}", q.text)}
                        </li>
                    }
                })
                .collect::<Vec<_>>()
        });
        (!items.is_empty()).then(|| {
            view! {
                <h3>"Things to find out"</h3>
                <p>{guidance.clone()}</p>
                <ul>{items}</ul>
            }
        })
    }
}
