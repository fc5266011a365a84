//! The review page. On someone else's assessment: their answers read-only, this device's
//! own review to write (comments per question and domain, a verdict on each domain's
//! level), and any other reviewer's review to read. On your own: the reviews others sent
//! back, read-only, and a way to ask someone to review it; never an offer to review your
//! own work as if it were someone else's.

use crate::core::author::{Author, Whose};
use crate::core::bank::Bank;
use crate::core::route::Route;
use crate::ui::components::read_only_notice::{Editable, ReadOnlyNotice};
use crate::ui::components::review_summary::{OneReview, ReviewSummary};
use crate::ui::implementer::review_domain::ReviewDomain;
use crate::ui::state::device_key::device_key;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn ReviewPage(id: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let Some((_, bank)) = library.get_untracked(&id) else {
        return ().into_any();
    };
    match untrack(|| library.whose(&id)) {
        Whose::Yours => view! { <ReviewsOfYours id bank /> }.into_any(),
        whose => view! { <ReviewTheirs id bank whose /> }.into_any(),
    }
}

/// Your own assessment: what reviewers sent back, and "Ask someone to review this".
#[component]
fn ReviewsOfYours(id: String, bank: &'static Bank) -> impl IntoView {
    let library = expect_context::<Library>();
    let assessment = library.watch(&id);
    let title = move || assessment.get().map(|a| a.title).unwrap_or_default();
    let none = move || assessment.with(|a| a.as_ref().is_none_or(|a| a.reviews.is_empty()));
    view! {
        <a class="back-link" href=Route::Results { id: id.clone() }.href()>"Back"</a>
        <h1 tabindex="-1">{move || format!("Reviews of {}", title())}</h1>
        <p>
            "This is your assessment. People you ask to review it read it on their own device, give their "
            "verdicts and comments, and send it back. Each review is then added here under the reviewer's name, "
            "and only the reviewer can change it."
        </p>
        <Show when=none>
            <p>"No one has reviewed it yet."</p>
        </Show>
        <p><a class="button" href=Route::AskReview { id: id.clone() }.href()>"Ask someone to review this"</a></p>
        <ReviewSummary bank assessment />
    }
}

/// Someone else's assessment (or the example): this device's review to write, others' to read.
#[component]
fn ReviewTheirs(id: String, bank: &'static Bank, whose: Whose) -> impl IntoView {
    let library = expect_context::<Library>();
    let assessment = library.watch(&id);
    let key = device_key();
    let reviewer = {
        let key = key.clone();
        Memo::new(move |_| {
            assessment.with(|a| {
                a.as_ref()?
                    .my_review(key.as_ref())
                    .map(|r| r.reviewer.display())
            })
        })
    };
    // Nobody can review the example, or anything a newer version wrote; without a key
    // (no secure random source) a review could not be told apart from anyone else's.
    let read_only = library.is_newer(&id) || whose == Whose::Example || key.is_none();
    let others = move || {
        assessment.with(|a| {
            let a = a.as_ref()?;
            let views = a
                .review_list()
                .iter()
                .filter(|r| !r.is_mine(&a.id, key.as_ref()))
                .map(|r| view! { <OneReview bank review=r.clone() mine=false /> })
                .collect_view();
            Some(views)
        })
    };
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
    let start_id = id.clone();
    view! {
        <a class="back-link" href=Route::Home.href()>"Back"</a>
        <h1 tabindex="-1">{move || format!("Review: {}", title())}</h1>
        <p>
            {format!("You are reviewing {}. ", whose.answers())}
            "Their answers and notes cannot be changed here. Your comments and verdicts are your review: "
            "kept apart from the author's notes, changed only on this device, and sent with the assessment when you export or share it."
        </p>
        <ReadOnlyNotice id=id.clone() reviewing=true />
        {others}
        <Editable read_only>
        <Show
            when=move || reviewer.get().is_some()
            fallback=move || view! { <StartReview id=start_id.clone() /> }
        >
            <h2>"Your review"</h2>
            <p class="caption">{move || format!("Reviewer: {}", reviewer.get().unwrap_or_default())}</p>
            {domains.clone()}
            <a class="button" href=Route::Results { id: id.clone() }.href()>"See the results with your review"</a>
        </Show>
        </Editable>
    }
}

/// The reviewer's name, asked once on this device and offered for every review.
#[component]
fn StartReview(id: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let me = library.me();
    let (name, set_name) = signal(me.get_untracked().map(|m| m.name).unwrap_or_default());
    let (name_error, set_name_error) = signal(false);
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = name.get_untracked().trim().to_string();
        if chosen.is_empty() {
            set_name_error.set(true);
            return;
        }
        me.fill_in_name(&chosen);
        let organisation = me
            .get_untracked()
            .map(|m| m.organisation)
            .unwrap_or_default();
        library.update_review(&id, |r| {
            r.reviewer = Author::new(String::new(), &chosen, &organisation)
        });
    };
    view! {
        <form on:submit=start novalidate>
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
}
