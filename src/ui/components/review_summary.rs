//! Every review, each under its reviewer's name ("Sam Okafor's review", or "Your review"
//! on the reviewer's own device), shown in the results, the printed report and, read-only,
//! on the review page, clearly apart from the author's own notes.

use crate::core::assessment::{Assessment, Review};
use crate::core::author::Whose;
use crate::core::bank::Bank;
use crate::ui::state::device_key::device_key;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn ReviewSummary(bank: &'static Bank, assessment: Memo<Option<Assessment>>) -> impl IntoView {
    let library = expect_context::<Library>();
    move || {
        let a = assessment.get()?;
        let key = device_key();
        let on_yours = library.whose(&a.id) == Whose::Yours;
        let reviews = a
            .review_list()
            .iter()
            .map(|r| view! { <OneReview bank review=r.clone() mine=r.is_mine(&a.id, key.as_ref()) on_yours=on_yours /> })
            .collect_view();
        Some(reviews)
    }
}

/// One reviewer's verdicts and comments, read-only. `on_yours`: the reader is the author.
#[component]
pub fn OneReview(
    bank: &'static Bank,
    review: Review,
    mine: bool,
    #[prop(optional)] on_yours: bool,
) -> impl IntoView {
    let not = if on_yours { "yours" } else { "the author's" };
    let (title, hint) = if mine {
        (
            "Your review".to_string(),
            "These are your views, kept apart from the author's.".to_string(),
        )
    } else if review.reviewer.name.trim().is_empty() {
        (
            review.title(),
            format!("These are the reviewer's views, not {not}."),
        )
    } else {
        (
            review.title(),
            format!("These are {}'s views, not {not}.", review.name()),
        )
    };
    let domains = bank
        .domains()
        .iter()
        .filter_map(|d| {
            let verdict = review.verdicts.get(&d.number);
            let comment = review
                .domain_comments
                .get(&d.number)
                .filter(|c| !c.trim().is_empty());
            let questions: Vec<(String, String)> = bank
                .questions_in(d.number)
                .filter_map(|q| {
                    let c = review.question_comments.get(&q.code)?;
                    (!c.trim().is_empty()).then(|| (q.code.clone(), c.clone()))
                })
                .collect();
            if verdict.is_none() && comment.is_none() && questions.is_empty() {
                return None;
            }
            let verdict_text = verdict.and_then(|_| review.verdict_text(d.number, bank, true));
            Some(view! {
                <h3>{d.label()}</h3>
                {verdict_text.map(|t| view! { <p>{t}</p> })}
                {comment.map(|c| view! { <p>{format!("Comment: {c}")}</p> })}
                <ul>
                    {questions.into_iter().map(|(code, c)| view! { <li>{format!("{code}: {c}")}</li> }).collect_view()}
                </ul>
            })
        })
        .collect_view();
    let heading_id = format!("review-{}", review.id);
    let labelled_by = heading_id.clone();
    let empty = review.verdicts.is_empty()
        && review.domain_comments.values().all(|c| c.trim().is_empty())
        && review
            .question_comments
            .values()
            .all(|c| c.trim().is_empty());
    view! {
        <section class="review-summary" aria-labelledby=labelled_by>
            <h2 id=heading_id>{title}</h2>
            <p class="hint">{hint}</p>
            {empty.then(|| view! { <p>"No verdicts or comments yet."</p> })}
            {domains}
        </section>
    }
}
