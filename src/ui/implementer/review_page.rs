//! An implementer's review: the author's answers read-only, with the reviewer's comments
//! per question and per domain, and a verdict on each domain's level.

use crate::core::assessment::Review;
use crate::core::route::Route;
use crate::core::scoring::profile;
use crate::ui::components::level_mark::{AnswerMark, LevelMark};
use crate::ui::components::radios::{Choice, Radios};
use crate::ui::components::read_only_notice::{Editable, ReadOnlyNotice};
use crate::ui::implementer::reviewer_level::ReviewerLevel;
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

    let edit =
        move |id: String| move |change: &dyn Fn(&mut Review)| library.update_review(&id, change);

    let agree_choices = vec![
        Choice::new("agree", "I agree"),
        Choice::new("disagree", "I do not agree"),
    ];
    // Built once when shown, not on every change: the boxes must keep focus while typing.
    let domains = {
        let id = id.clone();
        move || {
            let p = profile(bank, &assessment.get_untracked()?);
            let review = assessment.get_untracked()?.review.unwrap_or_default();
            Some(
                bank.domains()
                    .iter()
                    .map(|domain| {
                        let n = domain.number;
                        let result = p.domain(n).cloned();
                        let verdict = review.verdicts.get(&n).cloned();
                        let why_id = format!("verdict-{n}-why");
                        let set_verdict = edit(id.clone());
                        let set_why = edit(id.clone());
                        let questions = bank
                            .questions_in(n)
                            .map(|q| {
                                let code = q.code.clone();
                                let a = assessment.get_untracked();
                                let answer = a.as_ref().and_then(|a| a.answer(&code).cloned());
                                let note = a.as_ref().map(|a| a.note(&code).to_string()).unwrap_or_default();
                                let comment = review.question_comments.get(&code).cloned().unwrap_or_default();
                                let set_q = edit(id.clone());
                                let box_id = format!("comment-{code}");
                                view! {
                                    <div class="review-question">
                                        <h4 class="heading-s"><span class="code-tag">{code.clone()}</span>" "{q.text.clone()}</h4>
                                        <p>"Author's answer: "<AnswerMark bank answer /></p>
                                        {(!note.trim().is_empty()).then(|| view! {
                                            <p class="note">"Author's note: "{note.clone()}</p>
                                        })}
                                        <label class="label" for=box_id.clone()>{format!("Your comment on {code} (optional)")}</label>
                                        <textarea class="textarea textarea--small" id=box_id rows="2" prop:value=comment
                                            on:input=move |ev| {
                                                let text = event_target_value(&ev);
                                                let code = code.clone();
                                                set_q(&move |r: &mut Review| { r.question_comments.insert(code.clone(), text.clone()); });
                                            }></textarea>
                                    </div>
                                }
                            })
                            .collect_view();
                        view! {
                            <section class="card" aria-labelledby=format!("review-domain-{n}")>
                                <div class="domain-result__header">
                                    <h2 id=format!("review-domain-{n}")>{domain.label()}</h2>
                                    <LevelMark bank level=result.as_ref().and_then(|r| r.level) />
                                </div>
                                {result.as_ref().map(|r| {
                                    let reason = r.judgement.as_ref().filter(|j| !j.reason.is_empty()).map(|j| format!(" Their reason: {}", j.reason));
                                    view! {
                                        <p>{format!("{}. Answers: {}.", r.level_text_by(bank.levels(), "The author's"), r.spread(bank))}{reason}</p>
                                    }
                                })}
                                <fieldset class="fieldset">
                                    <legend class="fieldset__legend">"Do you agree with this domain's level?"</legend>
                                    <Radios name=format!("verdict-{n}") choices=agree_choices.clone() inline=true
                                        chosen=Signal::derive({
                                            let verdict = verdict.clone();
                                            move || verdict.as_ref().map(|v| if v.agrees { "agree" } else { "disagree" }.to_string())
                                        })
                                        on_choose=move |value: String| {
                                            if value == "agree" {
                                                set_verdict(&move |r: &mut Review| r.agree(n))
                                            } else {
                                                set_verdict(&move |r: &mut Review| r.disagree(n))
                                            }
                                        } />
                                </fieldset>
                                <ReviewerLevel id=id.clone() domain=n bank watched=assessment />
                                // One box for the domain: the reason for the verdict, and anything else.
                                <label class="label" for=why_id.clone()>"Your reasons and comments on this domain (optional)"</label>
                                <textarea class="textarea textarea--small" id=why_id rows="3"
                                    prop:value=verdict.map(|v| v.why).unwrap_or_default()
                                    on:input=move |ev| {
                                        let text = event_target_value(&ev);
                                        set_why(&move |r: &mut Review| r.give_reason(n, &text));
                                    }></textarea>
                                {review.domain_comments.get(&n).filter(|c| !c.trim().is_empty()).map(|c| view! {
                                    <p class="hint">{format!("Your earlier comment: {c}")}</p>
                                })}
                                <h3 class="heading-s">"The questions in this domain"</h3>
                                {questions}
                            </section>
                        }
                    })
                    .collect_view(),
            )
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
