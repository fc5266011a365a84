//! A person's workshop answers on their phone, one screen at a time: the start (with an
//! optional name), each question, and sending. The answers are kept on the phone as they
//! change, so a reload or a closed tab loses nothing.

use crate::core::phone_answers::PhoneAnswers;
use crate::core::route::Route;
use crate::ui::phone::phone_question::PhoneQuestion;
use crate::ui::phone::phone_start::PhoneStart;
use crate::ui::phone::send_answers::SendAnswers;
use crate::ui::state::banks::bank;
use crate::ui::state::phone::{load_phone, save_phone};
use leptos::prelude::*;

/// The person's answers, saved on every change; `problem` says when a save did not land.
#[derive(Clone, Copy)]
pub struct MyAnswers {
    pub answers: RwSignal<PhoneAnswers>,
    pub problem: RwSignal<Option<String>>,
}

impl MyAnswers {
    pub fn change(self, f: impl FnOnce(&mut PhoneAnswers)) {
        self.answers.update(f);
        let saved = self.answers.with_untracked(save_phone);
        self.problem.set(saved.err().map(|e| {
            format!("Your answers could not be kept on this phone: {e}. Send them now so they are not lost.")
        }));
    }
}

#[component]
pub fn PhonePage(workshop: String, step: String) -> impl IntoView {
    let Some(kept) = load_phone(&workshop) else {
        return view! {
            <h1 tabindex="-1">"Workshop not found"</h1>
            <p>"This phone has no answers for this workshop. Open the invite link (or scan the code) again."</p>
            <a href=Route::Home.href()>"Home"</a>
        }
        .into_any();
    };
    let Some(bank) = bank(&kept.bank_id) else {
        return view! { <h1 tabindex="-1">"The workshop's questions are not on this phone"</h1><p>"Open the invite link again."</p> }.into_any();
    };
    let mine = MyAnswers {
        answers: RwSignal::new(kept),
        problem: RwSignal::new(None),
    };
    let body = match step.as_str() {
        "start" => view! { <PhoneStart mine bank /> }.into_any(),
        "send" => view! { <SendAnswers mine bank /> }.into_any(),
        code => match bank.question_index(code) {
            Some(index) => view! { <PhoneQuestion mine bank index /> }.into_any(),
            None => view! { <h1 tabindex="-1">"Question not found"</h1> }.into_any(),
        },
    };
    view! {
        <div class="phone">
            <p class="caption">{mine.answers.with_untracked(|a| a.title.clone())}</p>
            <div role="alert">{move || mine.problem.get().map(|p| view! { <p class="error-message">{p}</p> })}</div>
            {body}
        </div>
    }
    .into_any()
}
