//! "Things to find out": every question answered "I don't know", each linked to its page,
//! with the bank's guidance on why not knowing matters. Absent when there are none.

use crate::core::bank::Bank;
use crate::core::route::Route;
use crate::core::scoring::Profile;
use leptos::prelude::*;

#[component]
pub fn ThingsToFindOut(bank: &'static Bank, profile: Memo<Profile>, id: String) -> impl IntoView {
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
                <p>{bank.framework.dont_know_guidance.clone()}</p>
                <ul>{items}</ul>
            }
        })
    }
}
