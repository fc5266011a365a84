//! While questions are left, the results say they are not final and lead to the next one.

use crate::core::route::Route;
use crate::core::scoring::Summary;
use leptos::prelude::*;

#[component]
pub fn NotFinalNotice(id: String, summary: Memo<Summary>) -> impl IntoView {
    move || {
        summary.with(|s| {
            let code = s.next.clone().filter(|_| s.left > 0)?;
            let left = s.left;
            let href = Route::question(&id, &code).href();
            Some(view! {
                <p class="no-print">
                    {format!("These results are not final: {left} question{} still to answer, and any of them could change a domain's level. ", if left == 1 { " is" } else { "s are" })}
                    <a href=href>{format!("Answer the next question ({code})")}</a>
                </p>
            })
        })
    }
}
