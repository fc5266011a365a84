//! Confirming the deletion of one assessment.

use crate::core::route::Route;
use crate::ui::platform::browser::navigate;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn DeletePage(id: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let Some((assessment, _)) = library.get_untracked(&id) else {
        return ().into_any();
    };
    let delete = move |_| {
        library.delete(&id);
        navigate(&Route::Home);
    };
    view! {
        <a class="back-link" href=Route::Home.href()>"Back"</a>
        <h1 tabindex="-1">{format!("Delete \"{}\"?", assessment.title)}</h1>
        <p>"This removes the assessment, its notes and its action plan from this device. You can undo straight after."</p>
        <p>"If you might need it later, export it first."</p>
        <div class="button-group">
            <button class="button button--warning" type="button" on:click=delete>"Yes, delete it"</button>
            <a class="button-group__link" href=Route::Home.href()>"No, keep it"</a>
        </div>
    }
    .into_any()
}
