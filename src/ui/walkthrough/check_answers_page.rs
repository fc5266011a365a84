//! "Check your answers": every question by domain, with a Change link that comes back here.

use crate::core::author::Whose;
use crate::core::route::Route;
use crate::core::walkthrough::check_back;
use crate::ui::components::answers_list::AnswersList;
use crate::ui::components::read_only_notice::ReadOnlyNotice;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn CheckAnswersPage(id: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let Some((_, bank)) = library.get_untracked(&id) else {
        return ().into_any();
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
    let whose = library.whose(&id);
    let editable = !library.is_read_only(&id);
    let title =
        move || assessment.with(|a| a.as_ref().map(|a| a.title.clone()).unwrap_or_default());

    view! {
        <a class="back-link" href=last.href()>"Back"</a>
        <h1 tabindex="-1">{match &whose {
            Whose::Yours => "Check your answers".to_string(),
            theirs => format!("{} answers", theirs.possessive()),
        }}</h1>
        <p class="caption">{title}</p>
        <ReadOnlyNotice id=id.clone() />
        <p>{move || match &whose {
            Whose::Yours => format!("You have answered {} of {total} questions.", answered()),
            _ => format!("{} of {total} questions are answered.", answered()),
        }}</p>
        <Show when=move || { editable && answered() < total }>
            <div class="inset">
                <p>"You can see your results now and come back to the rest later. Questions without an answer are left out of the levels."</p>
            </div>
        </Show>
        <AnswersList bank assessment id=id.clone() with_change_links=editable />
        <a class="button" href=Route::Results { id: id.clone() }.href()>{if editable { "See your results" } else { "See the results" }}</a>
    }
    .into_any()
}
