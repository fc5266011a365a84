//! An implementer's review: the author's answers read-only, with the reviewer's comments
//! per question and per domain, and a verdict on each domain's level.

use crate::core::route::Route;
use crate::ui::components::read_only_notice::{Editable, ReadOnlyNotice};
use crate::ui::implementer::review_domain::ReviewDomain;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn ReviewPage(id: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let Some((_, bank)) = library.get_untracked(&id) else {
        return ().into_any();
    };
    let assessment = library.watch(&id);
    let reviewer = Memo::new(move |_| assessment.get().and_then(|a| a.review).map(|r| r.reviewer));
    // The device's name, asked once, is offered for every review.
    let me = library.me();
    let (name, set_name) = signal(me.get_untracked().map(|m| m.name).unwrap_or_default());
    let (name_error, set_name_error) = signal(false);
    let read_only = library.is_newer(&id);

    let start = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let chosen = name.get_untracked().trim().to_string();
            if chosen.is_empty() {
                set_name_error.set(true);
                return;
            }
            me.fill_in_name(&chosen);
            library.update_review(&id, |r| r.reviewer = chosen);
        }
    };

    // Built once when shown, not on every change: the boxes must keep focus while typing.
    let domains = {
        let id = id.clone();
        move || {
            bank.domains()
                .iter()
                .map(|d| view! { <ReviewDomain id=id.clone() bank domain=d.number watched=assessment /> })
                .collect_view()
        }
    };

    let title = move || assessment.get().map(|a| a.title).unwrap_or_default();
    view! {
        <a class="back-link" href=Route::Home.href()>"Back"</a>
        <h1 tabindex="-1">{move || format!("Review: {}", title())}</h1>
        <p>
            "You are reviewing someone else's answers. Their answers and notes cannot be changed here. "
            "Your comments and verdicts are saved with the assessment, kept apart from the author's notes, "
            "and go with it when it is exported."
        </p>
        <ReadOnlyNotice id=id.clone() reviewing=true />
        <Editable read_only>
        <Show
            when=move || reviewer.get().is_some()
            fallback=move || view! {
                <form on:submit=start.clone() novalidate>
                    <div class="form-group" class:form-group--error=move || name_error.get()>
                        <label class="label" for="reviewer-name">"Your name, as the reviewer"</label>
                        <div class="hint" id="reviewer-name-hint">"Shown beside your comments. This device remembers it, and puts it on assessments you start and files you export."</div>
                        <Show when=move || name_error.get()>
                            <p class="error-message" id="reviewer-name-error"><span class="visually-hidden">"Error: "</span>"Enter your name"</p>
                        </Show>
                        <input class="input" id="reviewer-name" type="text" autocomplete="name"
                            aria-describedby="reviewer-name-hint"
                            prop:value=name.get_untracked()
                            on:input=move |ev| set_name.set(event_target_value(&ev)) />
                    </div>
                    <button class="button" type="submit">"Start reviewing"</button>
                </form>
            }
        >
            <p class="caption">{move || format!("Reviewer: {}", reviewer.get().unwrap_or_default())}</p>
            {domains.clone()}
            <a class="button" href=Route::Results { id: id.clone() }.href()>"See the results with your review"</a>
        </Show>
        </Editable>
    }
    .into_any()
}
