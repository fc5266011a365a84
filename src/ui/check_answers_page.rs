//! "Check your answers": every question by domain, with a Change link that comes back here.

use super::answers_list::AnswersList;
use super::library::Library;
use super::not_found_page::NotFoundPage;
use crate::core::route::Route;
use crate::core::walkthrough::check_back;
use leptos::prelude::*;

#[component]
pub fn CheckAnswersPage(id: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let Some((_, bank)) = library.get_untracked(&id) else {
        return view! { <NotFoundPage /> }.into_any();
    };
    let assessment = library.watch(&id);
    let answered = move || {
        assessment
            .get()
            .map(|a| a.answered_count(bank))
            .unwrap_or(0)
    };
    let total = bank.questions().len();
    let last = check_back(bank, &id);

    view! {
        <a class="back-link" href=last.href()>"Back"</a>
        <h1 tabindex="-1">"Check your answers"</h1>
        <p>{move || format!("You have answered {} of {total} questions.", answered())}</p>
        <Show when=move || { answered() < total }>
            <div class="inset">
                <p>"You can see your results now and come back to the rest later. Questions without an answer are left out of the levels."</p>
            </div>
        </Show>
        <AnswersList bank assessment id=id.clone() with_change_links=true />
        <a class="button" href=Route::Results { id: id.clone() }.href()>"See your results"</a>
    }
    .into_any()
}
