//! The facilitator's own question banks on this device, each with a way to remove it, or
//! why it must stay (an assessment still uses it).

use crate::core::custom_bank::{assessments_using, RemoveBankError};
use crate::ui::state::banks::custom_banks;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn OwnBanks(
    /// Counts the banks added or removed, so the list is drawn again when one is.
    changed: RwSignal<u32>,
    /// Called with the bank's id and title.
    #[prop(into)]
    on_remove: Callback<(String, String)>,
) -> impl IntoView {
    let library = expect_context::<Library>();
    move || {
        changed.get();
        let items = custom_banks()
            .iter()
            .map(|bank| {
                let title = bank.set.title.clone();
                let (id, label) = (bank.id().to_string(), format!("Remove {title}"));
                let in_use = library.with_all(|all| assessments_using(&id, all));
                let action = if in_use == 0 {
                    let title = title.clone();
                    view! {
                        <button class="link-button" type="button" aria-label=label
                            on:click=move |_| on_remove.run((id.clone(), title.clone()))>"Remove"</button>
                    }
                    .into_any()
                } else {
                    view! { <span>{RemoveBankError::InUse { count: in_use }.to_string()}</span> }
                        .into_any()
                };
                view! {
                    <li>
                        <strong>{title}</strong>
                        {format!(" ({} questions). ", bank.questions().len())}
                        {action}
                    </li>
                }
            })
            .collect_view();
        (!custom_banks().is_empty()).then(|| {
            view! {
                <h2>"Your own questions on this device"</h2>
                <ul class="list">{items}</ul>
            }
        })
    }
}
