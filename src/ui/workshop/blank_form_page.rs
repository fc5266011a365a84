//! A question bank as a blank paper form, for interviews and for workshops where screens
//! are not welcome: on screen an explanation and a Print button, on paper a few A4 pages,
//! set close (the print stylesheet), so a room's forms take few sheets. Every word comes
//! from the bank.

use crate::core::route::Route;
use crate::ui::platform::browser::print_page;
use crate::ui::state::banks::bank;
use crate::ui::workshop::paper_question::paper_question;
use leptos::prelude::*;

#[component]
pub fn BlankFormPage(bank_id: String) -> impl IntoView {
    let Some(bank) = bank(&bank_id) else {
        return ().into_any();
    };
    let count = bank.domains().len();
    let domains = bank
        .domains()
        .iter()
        .enumerate()
        .filter(|(_, d)| bank.questions_in(d.number).next().is_some())
        .map(|(i, domain)| {
            let lines = match bank.questions_in(domain.number).count() {
                1 => 10,
                _ => 3,
            };
            let questions = bank
                .questions_in(domain.number)
                .map(|q| paper_question(bank, q, lines))
                .collect_view();
            view! {
                <section class="paper-domain">
                    <h2>{format!("Domain {} of {count}: {}", i + 1, domain.title)}</h2>
                    {questions}
                </section>
            }
        })
        .collect_view();
    let levels = bank
        .levels()
        .iter()
        .map(|l| view! { <li><strong>{l.label.clone()}</strong>": "{l.meaning.clone()}</li> })
        .collect_view();
    let field = |name: &'static str| {
        view! { <p class="paper-field">{name}<span class="paper-field__line" aria-hidden="true"></span></p> }
    };
    view! {
        <div class="paper-page">
        <a class="back-link" href=Route::Home.href()>"Back"</a>
        <h1 tabindex="-1">{format!("Blank form: {}", bank.set.title)}</h1>
        <div class="no-print">
            <p>"Print this form for an interview, or for a workshop where screens are not welcome. It prints on a few A4 pages, the three levels side by side under each question. Below is the form as it will print: its boxes are for ticking on paper."</p>
            <p>"To bring a workshop's forms into the app, open the workshop and choose \"Type in paper answers\": each form becomes one person's answers. For an interview, start a new assessment with the same questions and copy the ticks across. Nothing you write on paper is stored here until you type it in."</p>
            <div class="button-group">
                <button class="button" type="button" on:click=|_| print_page()>"Print this form"</button>
            </div>
        </div>
        <div class="paper-fields">
            {field("Project name")}
            {field("Date")}
            {field("Who answered")}
        </div>
        <p class="paper-intro">"For each question, tick the one box that fits best. Tick \"I don't know\" if nobody is sure yet: that marks something to find out. The levels mean:"</p>
        <ul class="paper-levels">{levels}</ul>
        {domains}
        </div>
    }
    .into_any()
}
