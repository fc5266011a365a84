//! One domain on the review page: the author's level and reason, the reviewer's verdict,
//! their own level if they do not agree, one box for their reasons, and a comment box per
//! question beside the author's answer and note.

use crate::core::assessment::{Assessment, Review};
use crate::core::bank::{Bank, Question};
use crate::core::scoring::profile;
use crate::ui::components::level_mark::{AnswerMark, LevelMark};
use crate::ui::components::radios::{Choice, Radios};
use crate::ui::implementer::reviewer_level::ReviewerLevel;
use crate::ui::state::device_key::device_key;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn ReviewDomain(
    id: String,
    bank: &'static Bank,
    domain: u32,
    /// The review page's own copy of the assessment.
    watched: Memo<Option<Assessment>>,
) -> impl IntoView {
    let library = expect_context::<Library>();
    let Some(info) = bank.domain(domain) else {
        return ().into_any();
    };
    // Only this device's review is shown to edit here; everyone else's is read-only above.
    let key = device_key();
    // Read once: the boxes keep what is typed in them, and must keep focus while typing.
    let (result, review) = watched.with_untracked(|a| {
        let a = a.as_ref();
        let result = a.and_then(|a| profile(bank, a).domain(domain).cloned());
        let mine = a.and_then(|a| a.my_review(key.as_ref()).cloned());
        (result, mine.unwrap_or_default())
    });
    let why = review
        .verdicts
        .get(&domain)
        .map(|v| v.why.clone())
        .unwrap_or_default();
    let chosen_key = key.clone();
    let chosen = Signal::derive(move || {
        watched.with(|a| {
            let v = a
                .as_ref()?
                .my_review(chosen_key.as_ref())?
                .verdicts
                .get(&domain)?;
            Some(if v.agrees { "agree" } else { "disagree" }.to_string())
        })
    });
    let on_choose = {
        let id = id.clone();
        move |value: String| {
            library.update_review(&id, |r| {
                if value == "agree" {
                    r.agree(domain)
                } else {
                    r.disagree(domain)
                }
            })
        }
    };
    let on_why = {
        let id = id.clone();
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            library.update_review(&id, |r| r.give_reason(domain, &text));
        }
    };
    let author = result.as_ref().map(|r| {
        let reason = r
            .judgement
            .as_ref()
            .filter(|j| !j.reason.is_empty())
            .map(|j| format!(" Their reason: {}", j.reason));
        format!(
            "{}. Answers: {}.{}",
            r.level_text_by(bank.levels(), "The author's"),
            r.spread(bank),
            reason.unwrap_or_default()
        )
    });
    let earlier = review
        .domain_comments
        .get(&domain)
        .filter(|c| !c.trim().is_empty())
        .map(|c| format!("Your earlier comment: {c}"));
    let questions = bank
        .questions_in(domain)
        .map(|q| view! { <ReviewQuestion id=id.clone() bank question=q.clone() watched comment=review.question_comments.get(&q.code).cloned().unwrap_or_default() /> })
        .collect_view();
    let heading_id = format!("review-domain-{domain}");
    let labelled_by = heading_id.clone();
    let why_id = format!("verdict-{domain}-why");
    view! {
        <section class="card" aria-labelledby=labelled_by>
            <div class="domain-result__header">
                <h2 id=heading_id>{info.label()}</h2>
                <LevelMark bank level=result.as_ref().and_then(|r| r.level) not_known=result.as_ref().is_some_and(|r| r.not_known()) />
            </div>
            {author.map(|text| view! { <p>{text}</p> })}
            <fieldset class="fieldset">
                <legend class="fieldset__legend">"Do you agree with this domain's level?"</legend>
                <Radios name=format!("verdict-{domain}") inline=true chosen on_choose
                    choices=vec![Choice::new("agree", "I agree"), Choice::new("disagree", "I do not agree")] />
            </fieldset>
            <ReviewerLevel id=id.clone() domain bank watched />
            // One box for the domain: the reason for the verdict, and anything else.
            <label class="label" for=why_id.clone()>"Your reasons and comments on this domain (optional)"</label>
            <textarea class="textarea textarea--small" id=why_id rows="3" prop:value=why on:input=on_why></textarea>
            {earlier.map(|text| view! { <p class="hint">{text}</p> })}
            <h3 class="heading-s">"The questions in this domain"</h3>
            {questions}
        </section>
    }
    .into_any()
}

/// One question: the author's answer and note, and the reviewer's comment on it.
#[component]
fn ReviewQuestion(
    id: String,
    bank: &'static Bank,
    question: Question,
    watched: Memo<Option<Assessment>>,
    comment: String,
) -> impl IntoView {
    let library = expect_context::<Library>();
    let code = question.code.clone();
    let (answer, note) = watched.with_untracked(|a| {
        let a = a.as_ref();
        (
            a.and_then(|a| a.answer(&code).cloned()),
            a.map(|a| a.note(&code).to_string()).unwrap_or_default(),
        )
    });
    let box_id = format!("comment-{code}");
    let on_input = {
        let code = code.clone();
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            library.update_review(&id, |r: &mut Review| {
                r.question_comments.insert(code.clone(), text);
            });
        }
    };
    view! {
        <div class="review-question">
            <h4 class="heading-s"><span class="code-tag">{code.clone()}</span>" "{question.text}</h4>
            <p>"Author's answer: "<AnswerMark bank answer /></p>
            {(!note.trim().is_empty()).then(|| view! { <p class="note">"Author's note: "{note}</p> })}
            <label class="label" for=box_id.clone()>{format!("Your comment on {code} (optional)")}</label>
            <textarea class="textarea textarea--small" id=box_id rows="2" prop:value=comment on:input=on_input></textarea>
        </div>
    }
}
