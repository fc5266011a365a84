use leptos::prelude::*;

#[component]
pub fn CheckAnswersPage(id: String) -> impl IntoView {
    view! { <h1 tabindex="-1">{id}</h1> }
}
