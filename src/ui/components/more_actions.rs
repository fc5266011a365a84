//! "More actions": a disclosure button (aria-expanded) that shows less-used actions below
//! it. The actions are drawn only while it is open, so a long list stays light.

use leptos::prelude::*;

#[component]
pub fn MoreActions(
    /// The button's accessible name, naming what it is for ("More actions for My project").
    name: String,
    children: ChildrenFn,
) -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <div class="more-actions">
            <button class="link-button more-actions__toggle" type="button" aria-label=name
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)>
                "More actions"
            </button>
            {move || open.get().then(|| children())}
        </div>
    }
}
