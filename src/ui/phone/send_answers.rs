//! "Send my answers to the facilitator": the answers as a short link, handed to the phone's
//! share sheet, or copied where there is none. Sending again after a change sends a later
//! revision, which replaces the earlier one on the facilitator's side.

use crate::core::bank::Bank;
use crate::core::phone_link::answers_data;
use crate::core::route::Route;
use crate::ui::phone::phone_page::MyAnswers;
use crate::ui::platform::share::{can_share, copy_text, share_sheet, Shared};
use crate::ui::state::phone::make_link;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone, PartialEq)]
enum Outcome {
    Sent,
    Copied,
    /// Neither the share sheet nor the clipboard worked: the link to copy by hand.
    ByHand(String),
    Failed,
}

async fn send(mine: MyAnswers, bank: &'static Bank) -> Outcome {
    let (workshop, me) = mine
        .answers
        .with_untracked(|a| (a.workshop_id.clone(), a.me.clone()));
    let Some(url) = make_link("#/answers/", &answers_data(&workshop, bank, &me)).await else {
        return Outcome::Failed;
    };
    if can_share() {
        match share_sheet("My workshop answers", &url).await {
            Shared::Done => return Outcome::Sent,
            Shared::Cancelled => return Outcome::Failed,
            Shared::Failed => {}
        }
    }
    if copy_text(&url).await {
        Outcome::Copied
    } else {
        Outcome::ByHand(url)
    }
}

#[component]
pub fn SendAnswers(mine: MyAnswers, bank: &'static Bank) -> impl IntoView {
    let outcome = RwSignal::new(None::<Outcome>);
    let total = bank.questions().len();
    let answered = move || mine.answers.with(|a| a.me.answers.len());
    let workshop = mine.answers.with_untracked(|a| a.workshop_id.clone());
    let on_send = move |_| {
        spawn_local(async move {
            let done = send(mine, bank).await;
            if matches!(done, Outcome::Sent | Outcome::Copied | Outcome::ByHand(_)) {
                mine.change(|a| a.mark_sent());
            }
            let _ = outcome.try_set(Some(done));
        })
    };
    let message = move || {
        outcome.get().map(|o| match o {
        Outcome::Sent => view! { <div class="success-callout"><p>"Sent. If you change an answer, send them again: your later answers replace these."</p></div> }.into_any(),
        Outcome::Copied => view! { <div class="success-callout"><p>"Link copied. Paste it into a message or email to the facilitator. If you change an answer, send them again."</p></div> }.into_any(),
        Outcome::ByHand(url) => view! {
            <label class="label" for="answers-link">"Copy this link and send it to the facilitator"</label>
            <textarea class="textarea" id="answers-link" rows="4" readonly prop:value=url></textarea>
        }.into_any(),
        Outcome::Failed => view! { <p>"Nothing was sent. Try again when you are ready."</p> }.into_any(),
    })
    };
    let first = Route::Phone {
        workshop,
        step: bank.questions()[0].code.clone(),
    };
    view! {
        <h1 tabindex="-1">"Send your answers"</h1>
        <p>{move || format!("You have answered {} of {total} questions.", answered())}</p>
        <p>"Your answers go as a short link. Nothing is uploaded: you choose who gets it."</p>
        <p>{move || mine.answers.with(|a| if a.is_sent() { "The facilitator has these answers if they got your last link." } else { "Not sent yet." })}</p>
        <div class="button-group">
            <button class="button" type="button" on:click=on_send>"Send my answers to the facilitator"</button>
            <a class="button-group__link" href=first.href()>"Change my answers"</a>
        </div>
        <div role="status">{message}</div>
    }
}
