//! One assessment in the library: its title, progress, whose it is, its profile, and what
//! can be done to it. The main actions show; the rest wait under "More actions".

use crate::core::assessment::Assessment;
use crate::core::author::Whose;
use crate::core::bank::Bank;
use crate::core::route::Route;
use crate::core::scoring::profile;
use crate::ui::components::more_actions::MoreActions;
use crate::ui::platform::browser::{format_date, format_day, navigate};
use crate::ui::platform::export::export_csv;
use crate::ui::state::library::Library;
use leptos::prelude::*;

/// Where "continue" takes someone: the first unanswered question, or their answers.
fn continue_route(a: &Assessment, bank: &Bank) -> Route {
    match a.first_unanswered(bank) {
        Some(code) => Route::question(&a.id, code),
        None => Route::Check { id: a.id.clone() },
    }
}

/// Where presenting picks up: the first question without a group answer, or the first.
fn present_route(a: &Assessment, bank: &Bank) -> Route {
    Route::Present {
        id: a.id.clone(),
        code: a
            .first_unanswered(bank)
            .unwrap_or(&bank.questions()[0].code)
            .to_string(),
    }
}

/// What an action does: go to a page, or act here (export, copy).
#[derive(Clone)]
enum Act {
    Go(Route),
    Do(fn(Library, &str)),
}

/// The actions as data, drawn by one function: every row has the same few shapes, however
/// many actions it offers.
fn actions(library: Library, id: &str, title: &str, list: Vec<(&'static str, Act)>) -> AnyView {
    list.into_iter()
        .map(|(label, act)| {
            // Each action is named with the title ("Delete My project"), so a screen reader's
            // list of links tells the rows apart.
            let name = format!("{label} {title}");
            let item = match act {
                Act::Go(route) => view! { <a href=route.href() aria-label=name>{label}</a> }.into_any(),
                Act::Do(run) => {
                    let id = id.to_string();
                    view! {
                        <button class="link-button" type="button" aria-label=name on:click=move |_| run(library, &id)>{label}</button>
                    }
                    .into_any()
                }
            };
            view! { <li>{item}</li> }
        })
        .collect_view()
        .into_any()
}

// The exports look the assessment up when clicked, so they save what is stored then
// (another tab may have changed it) and no row holds copies of all its answers.
fn export_one_json(library: Library, id: &str) {
    if let Some((a, _)) = library.get_untracked(id) {
        library.export_json(&[a]);
    }
}

fn export_one_csv(library: Library, id: &str) {
    if let Some((a, _)) = library.get_untracked(id) {
        export_csv(&a, &library.whose(id));
    }
}

fn make_own_copy(library: Library, id: &str) {
    if let Some(copy) = library.own_copy(id) {
        navigate(&Route::Check { id: copy });
    }
}

fn start_reassessment(library: Library, id: &str) {
    if let Some(id) = library.duplicate(id) {
        library.set_notice(Some("Started a re-assessment. Answers from the earlier one are marked as carried over until you check them.".into()));
        if let Some((copy, bank)) = library.get_untracked(&id) {
            navigate(&continue_route(&copy, bank));
        }
    }
}

/// Drawn from a borrowed assessment (see `Library::with_all`).
pub fn assessment_card(a: &Assessment, bank: &'static Bank) -> impl IntoView {
    let library = expect_context::<Library>();
    // The same headline as the results page, from the same levels (judgements included).
    let headline = profile(bank, a).headline(bank.levels());
    let newer = library.is_newer(&a.id);
    let key = library.me().key();
    let theirs = matches!(library.me().whose(a), Whose::Theirs(_));
    let id = a.id.clone();
    let route = |r: fn(String) -> Route| Act::Go(r(id.clone()));
    let open = if theirs {
        Route::Check { id: id.clone() }
    } else {
        continue_route(a, bank)
    };
    let mut main = if theirs {
        vec![
            ("Read the answers", Act::Go(open.clone())),
            ("Make my own copy", Act::Do(make_own_copy)),
        ]
    } else {
        vec![("Continue", Act::Go(open.clone()))]
    };
    main.extend([
        ("Results and report", route(|id| Route::Results { id })),
        // Your own work is reviewed by others: its page shows their reviews.
        (
            if theirs { "Review" } else { "Reviews" },
            route(|id| Route::Review { id }),
        ),
        ("Share", route(|id| Route::Share { id })),
        ("Export JSON", Act::Do(export_one_json)),
    ]);
    let mut more = vec![("Present as a workshop", Act::Go(present_route(a, bank)))];
    if !theirs {
        more.push(("Type in paper answers", route(|id| Route::Paper { id })));
        more.push((
            "Ask someone to review this",
            route(|id| Route::AskReview { id }),
        ));
        more.push(("Rename", route(|id| Route::Rename { id })));
        more.push(("Check in", route(|id| Route::CheckIn { id })));
    }
    more.extend([
        ("Change over time", route(|id| Route::Trend { id })),
        (
            "Start a re-assessment from this one",
            Act::Do(start_reassessment),
        ),
        ("Export CSV", Act::Do(export_one_csv)),
        ("Delete", route(|id| Route::Delete { id })),
    ]);
    let title = a.title.clone();
    let main = actions(library, &id, &title, main);
    // Drawn only when opened: most rows are never opened, and 500 rows stay light.
    let more = {
        let (id, title) = (id.clone(), title.clone());
        move || actions(library, &id, &title, more.clone())
    };
    let details = [
        Some(format!(
            "{} · {} of {} questions answered · last changed {}",
            bank.set.title,
            a.answered_count(bank),
            bank.questions().len(),
            format_date(a.updated_at)
        )),
        a.from_line(&key, format_date),
        Some(format!("Profile: {headline}")),
        (!a.rounds.is_empty() || a.next_check_in.is_some()).then(|| {
            let next = a
                .next_check_in
                .as_ref()
                .map(|d| format!(" · next check-in {}", format_day(d)));
            format!("Round {}{}", a.rounds.len() + 1, next.unwrap_or_default())
        }),
        (!a.reviews.is_empty()).then(|| {
            let names: Vec<String> = a.reviews.iter().map(|r| r.reviewer.display()).collect();
            format!("Reviewed by {}", names.join(", "))
        }),
    ];
    let newer = newer.then(|| view! {
        <p class="library__read-only">"Made by a newer version of this app: you can look at it here but not change it."</p>
    });
    let heading_id = format!("item-{}", a.id);
    let labelled_by = heading_id.clone();
    view! {
        <li class="library__item" aria-labelledby=labelled_by>
            <h2 class="library__title" id=heading_id>
                <a href=open.href()>{title.clone()}</a>
            </h2>
            {details.into_iter().flatten().map(|line| view! { <p class="library__meta">{line}</p> }).collect_view()}
            {newer}
            <ul class="library__actions">{main}</ul>
            <MoreActions name=format!("More actions for {title}")>
                <ul class="library__actions">{more.clone()}</ul>
            </MoreActions>
        </li>
    }
}
