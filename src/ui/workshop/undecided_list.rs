//! "Still undecided" on the results: the questions the room voted on but left without a
//! group answer, each with a way back to it, so a tie skipped in the moment is never lost.

use crate::core::workshop::{question_heading, undecided_questions};
use crate::core::workshop_message::Stop;
use crate::ui::state::library::Library;
use crate::ui::workshop::workshop_sync::WorkshopSync;
use leptos::prelude::*;

#[component]
pub fn UndecidedList(
    id: String,
    /// Whether each question is a button back to it (not on a projector that only shows).
    #[prop(into)]
    buttons: Signal<bool>,
    /// The heading's class, to match the page it is on.
    title_class: &'static str,
    /// On the projector: each question by its code alone ("Question 3"; its topic is in the
    /// button's name), side by side, so the results still fit a 720p screen.
    #[prop(default = false)]
    compact: bool,
) -> impl IntoView {
    let library = expect_context::<Library>();
    let sync = expect_context::<WorkshopSync>();
    let questions = {
        let id = id.clone();
        Memo::new(move |_| {
            library
                .get(&id)
                .map(|(a, bank)| {
                    undecided_questions(bank, &a)
                        .into_iter()
                        .map(|code| {
                            let shown = if compact {
                                format!("Question {code}")
                            } else {
                                question_heading(bank, &code)
                            };
                            (shown, question_heading(bank, &code), code)
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let items = move || {
        questions
            .get()
            .into_iter()
            .map(|(shown, name, code)| {
                let id = id.clone();
                let item = if buttons.get() {
                    let back = move |_| sync.go(&id, Stop::Question { code: code.clone() });
                    view! {
                        <button class="workshop-button undecided__back" type="button" aria-label=format!("Back to {name}") on:click=back>
                            {shown}
                        </button>
                    }
                    .into_any()
                } else {
                    view! { <span class="undecided__name" title=name>{shown}</span> }.into_any()
                };
                view! { <li class="undecided__item">{item}</li> }
            })
            .collect_view()
    };
    view! {
        <Show when=move || questions.with(|q| !q.is_empty())>
            <section class="undecided" aria-labelledby="undecided-title">
                <h2 id="undecided-title" class=title_class>"Still undecided"</h2>
                {(!compact).then(|| view! {
                    <p class="undecided__hint">
                        "The room voted on these, but no group answer is recorded. Choose one to go back to it."
                    </p>
                })}
                <ul class="undecided__list" class:undecided__list--compact=compact>{items.clone()}</ul>
            </section>
        </Show>
    }
}
