//! One question on a phone: the same question and choices as the walkthrough, kept on the
//! phone as soon as one is chosen.

use crate::core::assessment::Answer;
use crate::core::bank::Bank;
use crate::core::route::Route;
use crate::ui::components::radios::Radios;
use crate::ui::phone::phone_page::MyAnswers;
use crate::ui::platform::browser::navigate;
use crate::ui::walkthrough::level_guidance::LevelGuidance;
use crate::ui::walkthrough::question_page::answer_choices;
use crate::ui::walkthrough::question_title::QuestionTitle;
use leptos::prelude::*;

#[component]
pub fn PhoneQuestion(mine: MyAnswers, bank: &'static Bank, index: usize) -> impl IntoView {
    let question = &bank.questions()[index];
    let workshop = mine.answers.with_untracked(|a| a.workshop_id.clone());
    let step = |i: Option<usize>| Route::Phone {
        workshop: workshop.clone(),
        step: match i.and_then(|i| bank.questions().get(i)) {
            Some(q) => q.code.clone(),
            None => "send".into(),
        },
    };
    let back = if index == 0 {
        Route::Phone {
            workshop: workshop.clone(),
            step: "start".into(),
        }
    } else {
        step(Some(index - 1))
    };
    let next = step(Some(index + 1));
    let code = question.code.clone();
    let chosen = Signal::derive(move || {
        mine.answers
            .with(|a| a.me.answers.get(&code).map(|x| x.as_str().to_string()))
    });
    let code = question.code.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        navigate(&next);
    };
    view! {
        <a class="back-link" href=back.href()>"Back"</a>
        <form class="question" on:submit=on_submit novalidate>
            <div class="form-group">
                <fieldset class="fieldset" aria-describedby="question-hint">
                    <QuestionTitle bank question index />
                    <div class="hint" id="question-hint">{question.hint.clone()}</div>
                    <Radios name="answer" choices=answer_choices(bank, question) chosen or_before_last=true
                        on_choose=move |value: String| {
                            let code = code.clone();
                            mine.change(|a| a.answer(&code, Some(Answer::parse(&value))))
                        } />
                </fieldset>
            </div>
            <LevelGuidance bank domain=question.domain />
            <div class="button-group">
                <button class="button" type="submit">{if index + 1 == bank.questions().len() { "Finish" } else { "Next" }}</button>
            </div>
        </form>
    }
}
