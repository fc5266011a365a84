//! One question per page, following the NHS question-page pattern.

use crate::core::assessment::Answer;
use crate::core::bank::{Bank, Question};
use crate::core::walkthrough::{question_back, question_next};
use crate::ui::components::error_summary::{focus_error_summary, ErrorSummary};
use crate::ui::components::radios::{Choice, Radios};
use crate::ui::components::read_only_notice::ReadOnlyNotice;
use crate::ui::platform::browser::navigate;
use crate::ui::state::library::Library;
use crate::ui::walkthrough::level_guidance::LevelGuidance;
use crate::ui::walkthrough::question_note::QuestionNote;
use crate::ui::walkthrough::question_title::QuestionTitle;
use leptos::prelude::*;

/// The levels, each with what it looks like for this question, then "I don't know".
pub fn answer_choices(bank: &Bank, question: &Question) -> Vec<Choice> {
    let dont_know = &bank.framework.scale.dont_know;
    bank.levels()
        .iter()
        .map(|level| {
            let descriptor = question
                .descriptors
                .get(&level.id)
                .cloned()
                .unwrap_or_default();
            Choice::new(level.id.clone(), level.label.clone()).hint(descriptor)
        })
        .chain([
            Choice::new(Answer::DontKnow.as_str(), dont_know.label.clone())
                .hint(dont_know.meaning.clone()),
        ])
        .collect()
}

#[component]
pub fn QuestionPage(id: String, code: String, from_check: bool) -> impl IntoView {
    let library = expect_context::<Library>();
    let Some((assessment, bank)) = library.get_untracked(&id) else {
        return ().into_any();
    };
    let (Some(question), Some(index)) = (bank.question(&code), bank.question_index(&code)) else {
        return ().into_any();
    };
    let back = question_back(bank, &id, index, from_check);
    let next = question_next(bank, &id, index, from_check);

    let answer = {
        let (id, code) = (id.clone(), code.clone());
        Memo::new(move |_| library.get(&id).and_then(|(a, _)| a.answer(&code).cloned()))
    };
    let (show_error, set_show_error) = signal(false);
    let read_only = library.is_read_only(&id);
    let answers = library.whose(&id).answers();
    let carried_over = {
        let (id, code) = (id.clone(), code.clone());
        Memo::new(move |_| {
            library
                .get(&id)
                .and_then(|(a, _)| a.response(&code).map(|r| r.carried_over))
                .unwrap_or(false)
        })
    };

    let choose = {
        let (id, code) = (id.clone(), code.clone());
        move |choice: Answer| {
            set_show_error.set(false);
            library.update(&id, |a, now| a.set_answer(&code, Some(choice), now));
        }
    };
    let on_submit = {
        let next = next.clone();
        let (id, code) = (id.clone(), code.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if let Some(kept) = answer.get_untracked() {
                // Continuing past a carried-over answer confirms it.
                if carried_over.get_untracked() {
                    library.update(&id, |a, now| a.set_answer(&code, Some(kept), now));
                }
                navigate(&next);
            } else {
                set_show_error.set(true);
                focus_error_summary();
            }
        }
    };

    let first_option = format!("answer-{}", bank.levels()[0].id);
    let choices = answer_choices(bank, question);
    let chosen = Signal::derive(move || answer.get().map(|a| a.as_str().to_string()));
    let note = assessment.note(&code).to_string();
    let error_target = format!("#{first_option}");

    view! {
        <a class="back-link" href=back.href()>"Back"</a>
        <form class="question" on:submit=on_submit novalidate>
            <Show when=move || show_error.get()>
                <ErrorSummary problems=vec![(error_target.clone(), "Choose an answer, or skip this question for now".to_string())] />
            </Show>
            <div class="form-group" class:form-group--error=move || show_error.get()>
                <fieldset class="fieldset" aria-describedby="question-hint">
                    <QuestionTitle bank question index />
                    <div class="hint" id="question-hint">{question.hint.clone()}</div>
                    <ReadOnlyNotice id=id.clone() />
                    <Show when=move || carried_over.get()>
                        <div class="inset inset--carried">
                            <p>"This answer was carried over from an earlier assessment. Check it is still right, change it if not, then continue."</p>
                        </div>
                    </Show>
                    <Show when=move || show_error.get()>
                        <p class="error-message">
                            <span class="visually-hidden">"Error: "</span>
                            "Choose an answer, or skip this question for now"
                        </p>
                    </Show>
                    <Radios name="answer" choices chosen disabled=read_only or_before_last=true
                        on_choose=move |value: String| choose(Answer::parse(&value)) />
                </fieldset>
            </div>
            <LevelGuidance bank domain=question.domain />
            <QuestionNote id=id.clone() code=code.clone() note read_only />
            <div class="button-group">
                <button class="button" type="submit">"Continue"</button>
                <a class="button-group__link" href=next.href()>
                    {if from_check { format!("Back to {}", answers) } else { "Skip this question for now".to_string() }}
                </a>
            </div>
        </form>
    }
    .into_any()
}
