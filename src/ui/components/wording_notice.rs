//! Said once to someone whose assessment was answered before the questions were reworded:
//! the answers stand, and "OK" records that they were told.

use crate::core::assessment::Assessment;
use crate::core::bank::Bank;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn WordingNotice(
    id: String,
    bank: &'static Bank,
    /// The page's own copy of the assessment.
    watched: Memo<Option<Assessment>>,
) -> impl IntoView {
    let library = expect_context::<Library>();
    let changed =
        Memo::new(move |_| watched.with(|a| a.as_ref().is_some_and(|a| a.wording_changed(bank))));
    let writable = !library.is_read_only(&id);
    let acknowledge = move |_| library.update(&id, |a, now| a.acknowledge_wording(bank, now));
    view! {
        <Show when=move || changed.get() && writable>
            <div class="inset" role="status">
                <p>
                    "We have reworded some questions, or added ideas to them, since you answered them, to follow the NASSS framework more closely. "
                    "Your answers are kept as they were. Look over them when you can."
                </p>
                <button class="button button--secondary" type="button" on:click=acknowledge.clone()>"OK, got it"</button>
            </div>
        </Show>
    }
}
