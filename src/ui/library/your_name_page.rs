//! "Your name": changing the name and organisation this device puts on new assessments
//! and exports. Someone else's assessments keep their own author.

use crate::core::route::Route;
use crate::ui::components::author_fields::{read, AuthorFields};
use crate::ui::platform::browser::navigate;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn YourNamePage() -> impl IntoView {
    let library = expect_context::<Library>();
    let me = library.me();
    let (name, organisation) = (NodeRef::new(), NodeRef::new());
    let (problem, set_problem) = signal(None::<String>);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (n, o) = read(name, organisation);
        match me.set(&n, &o) {
            Ok(()) => {
                library.set_notice(Some("Your name is saved.".into()));
                navigate(&Route::Home);
            }
            // Kept in this tab and tried again with every save (`Me::keep`): never dropped.
            Err(e) => set_problem.set(Some(format!(
                "Your name could not be saved: {e} It is used in this tab, and saved with your next change or when you choose Try saving again."
            ))),
        }
    };
    view! {
        <a class="back-link" href=Route::Home.href()>"Back"</a>
        <h1 tabindex="-1">"Your name"</h1>
        <p>
            "This device puts your name on the assessments you start here and on the files you export. "
            "When someone imports your file, they see it is from you, and your answers open read-only for them. "
            "It is kept in this browser only."
        </p>
        {move || problem.get().map(|p| view! { <div class="warning-callout" role="alert"><p>{p}</p></div> })}
        <form on:submit=on_submit novalidate>
            <AuthorFields name organisation known=me.get_untracked() />
            <button class="button" type="submit">"Save your name"</button>
        </form>
    }
}
