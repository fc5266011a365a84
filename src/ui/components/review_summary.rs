//! A reviewer's verdicts and comments, shown in the results and the printed report,
//! clearly apart from the author's own notes.

use crate::core::assessment::Assessment;
use crate::core::bank::Bank;
use leptos::prelude::*;

#[component]
pub fn ReviewSummary(bank: &'static Bank, assessment: Memo<Option<Assessment>>) -> impl IntoView {
    move || {
        let review = assessment.get()?.review?;
        let domains = bank
            .domains()
            .iter()
            .filter_map(|d| {
                let verdict = review.verdicts.get(&d.number);
                let comment = review.domain_comments.get(&d.number).filter(|c| !c.trim().is_empty());
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
        Some(view! {
            <section class="review-summary" aria-labelledby="review-summary-title">
                <h2 id="review-summary-title">{format!("Review by {}", review.reviewer)}</h2>
                <p class="hint">"These are the reviewer's views, not the author's."</p>
                {domains}
            </section>
        })
    }
}
