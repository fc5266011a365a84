//! The reveal at the end of a workshop: the profile in type big enough for the back of the
//! room (each domain's level as a bar whose length is its level, with the level written in
//! it), and the questions the room disagreed on most, which are where to talk next.
//!
//! The group can record its own judgement of any domain here, where the answers alone do
//! not say it well: each domain has a button per level and "Go with the answers", and the
//! keys do the same (up and down arrows choose a domain, 1, 2 or 3 judge it, 0 clears it;
//! see `core::shortcuts`). A judgement then stands in for the domain's level everywhere,
//! with what the answers suggest shown beside it.

use super::browser::toggle_fullscreen;
use super::level_mark::answer_label;
use super::library::Library;
use super::not_found_page::NotFoundPage;
use super::shortcuts_dialog::{ShortcutsDialog, ShortcutsOverlay};
use super::workshop_keys::use_reveal_keys;
use super::workshop_question::{back_from_reveal, leave_workshop, run_shortcut};
use super::workshop_sync::WorkshopSync;
use crate::core::route::Route;
use crate::core::scoring::Profile;
use crate::core::shortcuts::{group_level_text, step_row, Shortcut};
use crate::core::workshop::{most_disputed, vote_options, votes_for};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// How many disputed questions fit on the screen in readable type.
const DISPUTED_SHOWN: usize = 3;

/// The id of a domain's row, to bring the chosen one into view.
fn row_id(domain: u32) -> String {
    format!("reveal-domain-{domain}")
}

/// Scrolls a row into view only as far as needed (`block: "nearest"`), so choosing the
/// next domain on a short projector screen never jumps the page about.
fn bring_into_view(id: &str) {
    let Some(element) = document().get_element_by_id(id) else {
        return;
    };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"block".into(), &"nearest".into());
    if let Some(scroll) = js_sys::Reflect::get(&element, &"scrollIntoView".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        let _ = scroll.call1(&element, &options);
    }
}

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
    let levels = bank.levels();
    let domains_in_order = bank.domains();
    // The domain row the keys act on (its position in the list), and what was last done,
    // for screen readers and for the room.
    let chosen = RwSignal::new(None::<usize>);
    let status = RwSignal::new(String::new());

    let judge = {
        let id = id.clone();
        Callback::new(move |(row, level): (usize, Option<usize>)| {
            let Some(domain) = domains_in_order.get(row) else {
                return;
            };
            let level_id = level.and_then(|i| levels.get(i)).map(|l| l.id.as_str());
            library.update(&id, |a, now| {
                a.set_judgement(domain.number, level_id.map(|l| (l, "")), now)
            });
            let text = profile.with_untracked(|p: &Profile| {
                p.domain(domain.number).map(|r| {
                    format!(
                        "{}: {}. {}.",
                        domain.label(),
                        group_level_text(r, levels),
                        p.headline(levels)
                    )
                })
            });
            status.set(text.unwrap_or_default());
        })
    };
    let choose = Callback::new(move |row: Option<usize>| {
        let Some(domain) = row.and_then(|r| domains_in_order.get(r)) else {
            return;
        };
        chosen.set(row);
        let text = profile
            .with_untracked(|p| p.domain(domain.number).map(|r| group_level_text(r, levels)))
            .unwrap_or_default();
        status.set(format!("Chosen: {}, {text}.", domain.label()));
        bring_into_view(&row_id(domain.number));
    });
    {
        let id = id.clone();
        use_reveal_keys(levels.len(), move |shortcut| match shortcut {
            Shortcut::ChooseDomain(step) => choose.run(step_row(
                chosen.get_untracked(),
                step,
                domains_in_order.len(),
            )),
            Shortcut::Judge(level) => match chosen.get_untracked() {
                Some(row) => judge.run((row, level)),
                None => status.set("Choose a domain first, with the up or down arrow.".to_string()),
            },
            other => {
                if let Some(stop) = sync.projector_stop(&id) {
                    run_shortcut(library, sync, &id, stop, other, dialog);
                }
            }
        });
    }

    let title =
        move || assessment.with(|a| a.as_ref().map(|a| a.title.clone()).unwrap_or_default());
    let headline = move || profile.with(|p| p.headline(levels));
    // Drawn once, with only what changes reactive, so a button keeps focus when pressed.
    let domains = domains_in_order
        .iter()
        .enumerate()
        .map(|(row, domain)| {
            let number = domain.number;
            let result = Memo::new(move |_| profile.with(|p| p.domain(number).cloned()));
            let level = move || result.with(|r| r.as_ref().and_then(|r| r.level));
            let judged = Memo::new(move |_| {
                result.with(|r| r.as_ref().and_then(|r| r.judgement.as_ref().map(|j| j.level)))
            });
            let bar_class = move || match level() {
                Some(i) => format!("reveal-bar reveal-bar--{i}"),
                None => "reveal-bar reveal-bar--none".to_string(),
            };
            let text = move || {
                result.with(|r| {
                    r.as_ref()
                        .map(|r| group_level_text(r, levels))
                        .unwrap_or_default()
                })
            };
            // A one-question domain's spread only repeats its level, so it is left out there:
            // the room reads the whole profile on one screen.
            let spread = move || {
                result.with(|r| {
                    r.as_ref()
                        .filter(|r| r.question_count() > 1)
                        .map(|r| r.spread(bank))
                        .unwrap_or_default()
                })
            };
            let is_chosen = Memo::new(move |_| chosen.get() == Some(row));
            let buttons = move || levels
                .iter()
                .enumerate()
                .map(move |(i, l)| {
                    view! {
                        <button
                            class="workshop-button reveal-judge__button"
                            type="button"
                            aria-pressed=move || (judged.get() == Some(i)).to_string()
                            on:click=move |_| {
                                chosen.set(Some(row));
                                judge.run((row, Some(i)));
                            }
                        >
                            {l.label.clone()}
                        </button>
                    }
                })
                .collect_view();
            view! {
                <li
                    class="reveal-domain"
                    class:reveal-domain--chosen=is_chosen
                    id=row_id(number)
                    aria-current=move || is_chosen.get().then_some("true")
                    // Tabbing to a row's buttons chooses that row, so the keys act where focus is.
                    on:focusin=move |_| chosen.set(Some(row))
                >
                    // Choosing a row shows its judgement buttons; only one row's at a time, so
                    // the whole profile still fits the projector.
                    <button class="reveal-domain__name" type="button"
                        aria-expanded=move || is_chosen.get().to_string()
                        on:click=move |_| choose.run(Some(row))>
                        {move || is_chosen.get().then(|| view! { <span class="reveal-domain__pointer" aria-hidden="true">"▶ "</span> })}
                        {domain.label()}
                    </button>
                    <span class=bar_class>
                        <span class="reveal-bar__label">{text}</span>
                    </span>
                    <span class="reveal-domain__spread">{spread}</span>
                    <Show when=move || is_chosen.get()>
                    <div class="reveal-judge" role="group" aria-label=format!("Group's judgement of {}", domain.label())>
                        {buttons()}
                        <button
                            class="workshop-button reveal-judge__button"
                            type="button"
                            aria-pressed=move || judged.get().is_none().to_string()
                            on:click=move |_| {
                                chosen.set(Some(row));
                                judge.run((row, None));
                            }
                        >
                            "Go with the answers"
                        </button>
                    </div>
                    </Show>
                </li>
            }
        })
        .collect_view();
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
                    <p class="reveal-judge__hint">
                        "A domain is as complex as its most complex answer (this app's rule, not NASSS's). "
                        "Arrow keys, then 1, 2, 3 or 0, record the group's own view."
                    </p>
                    <p class="reveal-judge__status" role="status">{move || status.get()}</p>
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
