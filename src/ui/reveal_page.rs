//! The reveal at the end of a workshop: the profile in type big enough for the back of the
//! room (each domain's level as a bar whose length is its level, with the level written in
//! it), and the questions the room disagreed on most, which are where to talk next.

use super::browser::toggle_fullscreen;
use super::level_mark::answer_label;
use super::library::Library;
use super::not_found_page::NotFoundPage;
use super::shortcuts_dialog::{ShortcutsDialog, ShortcutsOverlay};
use super::workshop_keys::use_workshop_keys;
use super::workshop_question::{back_from_reveal, leave_workshop, run_shortcut};
use super::workshop_sync::WorkshopSync;
use crate::core::route::Route;
use crate::core::scoring::format_score;
use crate::core::workshop::{most_disputed, vote_options, votes_for};
use leptos::prelude::*;

/// How many disputed questions fit on the screen in readable type.
const DISPUTED_SHOWN: usize = 3;

#[component]
pub fn RevealPage(id: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let sync = expect_context::<WorkshopSync>();
    let Some((_, bank)) = library.get_untracked(&id) else {
        return view! { <NotFoundPage /> }.into_any();
    };
    let dialog = ShortcutsDialog::new();
    let assessment = library.watch(&id);
    let profile = Library::watch_profile(bank, assessment);
    let alone = {
        let id = id.clone();
        Memo::new(move |_| !sync.facilitator_open(&id))
    };
    {
        let id = id.clone();
        use_workshop_keys(bank.levels().len(), move |shortcut| {
            if let Some(stop) = sync.projector_stop(&id) {
                run_shortcut(library, sync, &id, stop, shortcut, dialog);
            }
        });
    }

    let levels = bank.levels();
    let title =
        move || assessment.with(|a| a.as_ref().map(|a| a.title.clone()).unwrap_or_default());
    let headline = move || profile.get().headline(levels);
    let domains = move || {
        profile
            .get()
            .domains
            .iter()
            .map(|r| {
                let domain = bank
                    .domain(r.domain)
                    .expect("profile domains come from the bank");
                let (class, label) = match r.level {
                    Some(i) => (
                        format!("reveal-bar reveal-bar--{i}"),
                        levels[i].label.clone(),
                    ),
                    None => (
                        "reveal-bar reveal-bar--none".to_string(),
                        "Not yet rated".to_string(),
                    ),
                };
                let score = r.score().map(|s| format!(" ({})", format_score(Some(s))));
                let flag = r.flag_raises(levels.len()).then(|| {
                    view! {
                        <span class="reveal-bar__flag">
                            <span aria-hidden="true">" ▲"</span>
                            <span class="visually-hidden">" (at least one complex answer)"</span>
                        </span>
                    }
                });
                view! {
                    <li class="reveal-domain">
                        <span class="reveal-domain__name">{domain.label()}</span>
                        <span class=class>
                            <span class="reveal-bar__label">{label}{score}{flag}</span>
                        </span>
                    </li>
                }
            })
            .collect_view()
    };
    let disputed = move || {
        assessment.with(|a| {
            let Some(a) = a else { return Vec::new() };
            most_disputed(bank, a, DISPUTED_SHOWN)
                .into_iter()
                .filter_map(|d| {
                    let q = bank.question(&d.code)?;
                    let response = a.response(&q.code)?;
                    let votes: Vec<String> = vote_options(bank)
                        .iter()
                        .map(|o| {
                            format!(
                                "{} {}",
                                answer_label(bank, Some(o)),
                                votes_for(&response.tally, o)
                            )
                        })
                        .collect();
                    Some((
                        bank.question_label(&q.code),
                        votes,
                        answer_label(bank, response.answer.as_ref()),
                    ))
                })
                .collect::<Vec<_>>()
        })
    };
    let disputed_list = move || {
        let items = disputed();
        if items.is_empty() {
            return view! {
                <p class="reveal__none">"No question split the room: wherever you voted, everyone chose the same level."</p>
            }
            .into_any();
        }
        let rows = items
            .into_iter()
            .map(|(name, votes, answer)| {
                view! {
                    <li class="disputed">
                        <p class="disputed__name">{name}</p>
                        // Each option's count kept on one line: "I don't know 0" never splits.
                        <p class="disputed__votes">
                            "Votes: "
                            {votes.into_iter().enumerate().map(|(i, v)| view! {
                                {(i > 0).then_some(", ")}
                                <span class="disputed__vote">{v}</span>
                            }).collect_view()}
                        </p>
                        <p class="disputed__answer">{format!("Group answer: {answer}")}</p>
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="disputed-list">{rows}</ol> }.into_any()
    };
    let results = Route::Results { id: id.clone() };
    let tools = move || {
        let results = results.clone();
        let id = id.clone();
        alone.get().then(|| {
            view! {
                <nav class="presenter__nav reveal__nav" aria-label="Workshop controls">
                    <button class="workshop-button" type="button" on:click=move |_| back_from_reveal(library, sync, &id)>"Back to the questions"</button>
                    <a class="workshop-button workshop-button--primary" href=results.href()>"Full results and report"</a>
                    <button class="workshop-button" type="button" on:click=|_| toggle_fullscreen()>"Full screen"</button>
                    <button class="workshop-button" type="button" on:click=move |_| dialog.open()>"Keys"</button>
                    <button class="workshop-button" type="button" on:click=|_| leave_workshop()>"Leave"</button>
                </nav>
            }
        })
    };

    view! {
        <div class="presenter reveal">
            <div class="presenter__top">
                <p class="presenter__where">
                    <span>{move || format!("Workshop results: {}", title())}</span>
                </p>
            </div>
            <h1 class="reveal__headline" tabindex="-1">{headline}</h1>
            <div class="reveal__body">
                <section class="reveal__profile" aria-labelledby="reveal-profile-title">
                    <h2 id="reveal-profile-title" class="reveal__title">"Each domain"</h2>
                    <ul class="reveal-domains">{domains}</ul>
                </section>
                <section class="reveal__disputed" aria-labelledby="reveal-disputed-title">
                    <h2 id="reveal-disputed-title" class="reveal__title">"Most disputed"</h2>
                    {disputed_list}
                </section>
            </div>
            {tools}
            <ShortcutsOverlay dialog />
        </div>
    }
    .into_any()
}
