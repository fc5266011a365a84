//! The home page once any assessment exists: every assessment on this device, with what
//! can be done to each.

use crate::core::assessment::Assessment;
use crate::core::author::Whose;
use crate::core::bank::Bank;
use crate::core::route::Route;
use crate::core::scoring::profile;
use crate::ui::platform::browser::{format_date, format_day, navigate};
use crate::ui::platform::export::{export_csv, export_json};
use crate::ui::state::banks::bank;
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

/// How many assessments the list draws at first, and adds with each "Show more": the
/// newest are the ones people want, and a library of thousands would otherwise take
/// seconds to draw.
pub const SHOWN_AT_ONCE: usize = 100;

#[component]
pub fn LibraryPage() -> impl IntoView {
    let library = expect_context::<Library>();
    let shown = RwSignal::new(SHOWN_AT_ONCE);
    let items = move || {
        library.with_all(|list| {
            list.iter()
                .take(shown.get())
                .filter_map(|a| Some(library_item(a, bank(&a.bank.id)?)))
                .collect_view()
        })
    };
    let more = move || {
        let hidden = library
            .with_all(|list| list.len())
            .saturating_sub(shown.get());
        (hidden > 0).then(|| {
            view! {
                <p>
                    <button class="button button--secondary" type="button"
                        on:click=move |_| shown.update(|n| *n += SHOWN_AT_ONCE)>
                        {format!("Show {} more", hidden.min(SHOWN_AT_ONCE))}
                    </button>
                    {format!(" {hidden} older assessments are not shown yet.")}
                </p>
            }
        })
    };
    view! {
        <h1 tabindex="-1">"Your assessments"</h1>
        <p>"These are kept in this browser on this device only. Export them to keep a copy or share them."</p>
        <div class="button-group">
            <a class="button" href=Route::New.href()>"Start a new assessment"</a>
            <a class="button button--secondary" href=Route::Import.href()>"Import from a file"</a>
            <a class="button button--secondary" href=Route::Workshop.href()>"Run a workshop"</a>
        </div>
        <p class="library__tools">
            <a href=Route::Compare { ids: vec![] }.href()>"Compare assessments"</a>
            " · "
            <a href=Route::Team { ids: vec![] }.href()>"Team view"</a>
            " · "
            <button class="link-button" type="button" on:click=move |_| export_json(&library.all(), library.me().get_untracked())>
                "Export all (JSON)"
            </button>
        </p>
        <ul class="library">{items}</ul>
        {more}
        <h2>"Your data"</h2>
        <p>
            <a href=Route::Privacy.href()>"How your data is kept"</a>
            " · "
            <a href=Route::YourName.href()>"Your name"</a>
            " · "
            <a href=Route::DeleteAll.href()>"Delete all data on this device"</a>
        </p>
    }
}

/// One assessment in the list, drawn from a borrowed assessment (see `Library::with_all`).
fn library_item(a: &Assessment, bank: &'static Bank) -> impl IntoView {
    let library = expect_context::<Library>();
    // The same headline as the results page, from the same levels (judgements included).
    let headline = profile(bank, a).headline(bank.levels());
    let read_only = library.is_newer(&a.id);
    let me = library.me().get();
    let theirs = matches!(a.whose(me.as_ref()), Whose::Theirs(_));
    let from = a.from_line(me.as_ref(), format_date);
    let title = a.title.clone();
    // Each action is named with the title ("Delete My project"), so a screen reader's list of
    // links tells the rows apart; aria-label rather than hidden text keeps 500 rows light.
    let named = move |action: &str| format!("{action} {title}");
    // The exports look the assessment up when clicked, so they save what is stored then
    // (another tab may have changed it) and no row holds copies of all its answers.
    let (id_dup, id_json, id_csv) = (a.id.clone(), a.id.clone(), a.id.clone());
    let heading_id = format!("item-{}", a.id);
    let labelled_by = heading_id.clone();
    view! {
        <li class="library__item" aria-labelledby=labelled_by>
            <h2 class="library__title" id=heading_id>
                <a href=if theirs { Route::Check { id: a.id.clone() } } else { continue_route(a, bank) }.href()>{a.title.clone()}</a>
            </h2>
            <p class="library__meta">
                {format!(
                    "{} · {} of {} questions answered · last changed {}",
                    bank.set.title,
                    a.answered_count(bank),
                    bank.questions().len(),
                    format_date(a.updated_at)
                )}
            </p>
            {from.map(|f| view! { <p class="library__meta">{f}</p> })}
            <p class="library__profile">{format!("Profile: {headline}")}</p>
            {(!a.rounds.is_empty() || a.next_check_in.is_some()).then(|| view! {
                <p class="library__meta">{format!(
                    "Round {}{}",
                    a.rounds.len() + 1,
                    a.next_check_in.as_ref().map(|d| format!(" · next check-in {}", format_day(d))).unwrap_or_default()
                )}</p>
            })}
            {a.review.as_ref().map(|r| view! { <p class="library__meta">{format!("Reviewed by {}", r.reviewer)}</p> })}
            {read_only.then(|| view! {
                <p class="library__read-only">"Made by a newer version of this app: you can look at it here but not change it."</p>
            })}
            <ul class="library__actions">
                {if theirs {
                    let id = a.id.clone();
                    view! {
                        <li><a href=Route::Check { id: a.id.clone() }.href() aria-label=named("Read the answers")>"Read the answers"</a></li>
                        <li>
                            <button class="link-button" type="button" on:click=move |_| {
                                if let Some(copy) = library.own_copy(&id) {
                                    navigate(&Route::Check { id: copy });
                                }
                            } aria-label=named("Make my own copy of")>"Make my own copy"</button>
                        </li>
                    }.into_any()
                } else {
                    view! { <li><a href=continue_route(a, bank).href() aria-label=named("Continue")>"Continue"</a></li> }.into_any()
                }}
                <li><a href=Route::Results { id: a.id.clone() }.href() aria-label=named("Results and report")>"Results and report"</a></li>
                <li><a href=present_route(a, bank).href() aria-label=named("Present as a workshop")>"Present as a workshop"</a></li>
                {(!theirs).then(|| view! { <li><a href=Route::Rename { id: a.id.clone() }.href() aria-label=named("Rename")>"Rename"</a></li> })}
                <li><a href=Route::Review { id: a.id.clone() }.href() aria-label=named("Review")>"Review"</a></li>
                {(!theirs).then(|| view! { <li><a href=Route::CheckIn { id: a.id.clone() }.href() aria-label=named("Check in")>"Check in"</a></li> })}
                <li><a href=Route::Trend { id: a.id.clone() }.href() aria-label=named("Change over time")>"Change over time"</a></li>
                <li>
                    <button class="link-button" type="button" on:click=move |_| {
                        if let Some(id) = library.duplicate(&id_dup) {
                            library.set_notice(Some("Started a re-assessment. Answers from the earlier one are marked as carried over until you check them.".into()));
                            if let Some((copy, bank)) = library.get_untracked(&id) {
                                navigate(&continue_route(&copy, bank));
                            }
                        }
                    } aria-label=named("Start a re-assessment from this one")>"Start a re-assessment from this one"</button>
                </li>
                <li>
                    <button class="link-button" type="button" on:click=move |_| {
                        if let Some((a, _)) = library.get_untracked(&id_json) {
                            export_json(&[a], library.me().get_untracked());
                        }
                    } aria-label=named("Export JSON")>"Export JSON"</button>
                </li>
                <li>
                    <button class="link-button" type="button" on:click=move |_| {
                        if let Some((a, _)) = library.get_untracked(&id_csv) {
                            export_csv(&a);
                        }
                    } aria-label=named("Export CSV")>"Export CSV"</button>
                </li>
                <li><a href=Route::Delete { id: a.id.clone() }.href() aria-label=named("Delete")>"Delete"</a></li>
            </ul>
        </li>
    }
}
