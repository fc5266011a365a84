use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Page not found"</h1>
        <p>"This link does not match anything in NASSS Navigator, or the assessment it points to is not on this device."</p>
        <p><a href="#/">"Go to the start page"</a></p>
    }
}
