//! What an import would bring in, before anything is stored: each assessment, what to do
//! where one is already here, and whose they are when someone else made them. The same
//! for a file and for a shared link; choosing Import stores them.

use crate::core::assessment::Assessment;
use crate::core::author::Whose;
use crate::core::proof::unproven_claim;
use crate::core::return_trip::{choices, what_is_new, Clash};
use crate::core::route::Route;
use crate::ui::components::notice::quoted_list;
use crate::ui::components::radios::{Choice, Radios};
use crate::ui::library::clash_summary::{ClashChoice, ClashSummary};
use crate::ui::library::whose_choice::WhoseChoice;
use crate::ui::platform::browser::{format_date, navigate, now};
use crate::ui::state::banks::banks;
use crate::ui::state::device_key::device_key;
use crate::ui::state::library::Library;
use leptos::prelude::*;

/// Where the assessments come from, as the preview names it.
#[derive(Clone, PartialEq)]
pub enum Source {
    /// The names of the files chosen.
    Files(String),
    Link,
}

impl Source {
    /// "file" or "link", for "This file holds" and "the file's copy".
    pub fn noun(&self) -> &'static str {
        match self {
            Source::Files(_) => "file",
            Source::Link => "link",
        }
    }
}

#[component]
pub fn ImportPreview(
    source: Source,
    incoming: Vec<Assessment>,
    #[prop(into)] on_cancel: Callback<()>,
) -> impl IntoView {
    let library = expect_context::<Library>();
    // Dates as they will be stored: a sender's clock running ahead (or a hand-made file)
    // must not show "last changed 1 January 2100".
    let incoming: Vec<Assessment> = incoming
        .into_iter()
        .map(|mut a| {
            a.bound_times(now());
            a
        })
        .collect();
    // For each incoming assessment whose id is already here, what to do (the first choice
    // offered is the default: add what is new, or keep both beside a newer version's copy).
    let clash = RwSignal::new(
        incoming
            .iter()
            .map(|a| choices(library.is_newer(&a.id))[0])
            .collect::<Vec<Clash>>(),
    );
    let mine = RwSignal::new(false);
    let noun = source.noun();
    let count = incoming.len();
    let (clash_choice, skip, clashing) = clashes(library, &incoming, clash, noun);
    let rows = {
        let incoming = incoming.clone();
        move || {
            incoming
                .iter()
                .enumerate()
                .map(|(i, a)| import_row(library, i, a, clash, noun))
                .collect_view()
        }
    };
    // A long list waits until it is opened: a row per assessment of a thousand is a frozen tab.
    let list = if count > ROWS_AT_ONCE {
        let open = RwSignal::new(false);
        view! {
            <details class="details" on:toggle=move |_| open.set(true)>
                <summary class="details__summary">{format!("Show each of the {count} assessments")}</summary>
                <div class="details__text">
                    <Show when=move || open.get()><ul class="library">{rows.clone()}</ul></Show>
                </div>
            </details>
        }
        .into_any()
    } else {
        view! { <ul class="library">{rows()}</ul> }.into_any()
    };
    let skipped = move || if skip.get() { clashing.len() } else { 0 };
    let (me, key) = (library.me().get_untracked(), library.me().key());
    // Each author once, in the file's order, however their assessments are interleaved;
    // and why any of them looks like the person's own without being provably so.
    let mut authors: Vec<String> = Vec::new();
    let mut reasons: Vec<String> = Vec::new();
    // One already here stays whose it is, whatever the file says.
    let here = |a: &Assessment| library.get_untracked(&a.id).is_some();
    for a in incoming.iter().filter(|a| !here(a)) {
        // A file that claims the example's id is kept under an id of its own, as someone's.
        let author = match a.whose(&key) {
            Whose::Yours => None,
            Whose::Theirs(author) => Some(author),
            Whose::Example => Some(a.author.clone().unwrap_or_default()),
        };
        if let Some(author) = author {
            let name = author.display();
            if !authors.contains(&name) {
                authors.push(name);
            }
            reasons.extend(unproven_claim(a, me.as_ref(), &key));
        }
    }
    let whose = (!authors.is_empty()).then(|| view! { <WhoseChoice authors reasons mine noun /> });
    let plural = if count == 1 { "" } else { "s" };
    let heading = match &source {
        Source::Files(names) => format!("Ready to import from {names}"),
        Source::Link => "Ready to import from the link".to_string(),
    };
    let on_import = move |_| {
        let choices = clash.get_untracked();
        let skip = skip.get_untracked();
        let pairs = incoming
            .iter()
            .cloned()
            .zip(choices)
            .filter(|(a, _)| !(skip && library.get_untracked(&a.id).is_some()))
            .collect();
        store(library, pairs, mine.get_untracked(), noun);
    };
    view! {
        <h2 id="preview-heading" tabindex="-1">{heading}</h2>
        <p>{format!("This {noun} holds {count} assessment{plural}. Nothing has been stored yet.")}</p>
        {clash_choice}
        {list}
        {whose}
        <div class="button-group">
            <button class="button" type="button" on:click=on_import>{move || format!("Import {}", count - skipped())}</button>
            <button class="link-button" type="button" on:click=move |_| on_cancel.run(())>"Cancel"</button>
        </div>
    }
}

/// More rows than this are listed only when the person opens the list.
const ROWS_AT_ONCE: usize = 20;

/// With more than one clash, one choice for them all (`ClashSummary`), which sets each
/// clashing row's own choice. Returns it, whether "Skip all" is chosen, and which clash.
fn clashes(
    library: Library,
    incoming: &[Assessment],
    clash: RwSignal<Vec<Clash>>,
    noun: &'static str,
) -> (Option<AnyView>, RwSignal<bool>, Vec<usize>) {
    let skip = RwSignal::new(false);
    let clashing: Vec<usize> = incoming
        .iter()
        .enumerate()
        .filter(|(_, a)| library.get_untracked(&a.id).is_some())
        .map(|(i, _)| i)
        .collect();
    if clashing.len() < 2 {
        return (None, skip, clashing);
    }
    let chosen = {
        let ids = clashing.clone();
        Signal::derive(move || {
            if skip.get() {
                return Some(ClashChoice::SkipAll);
            }
            clash.with(|c| {
                let first = c[ids[0]];
                ids.iter()
                    .all(|&i| c[i] == first)
                    .then_some(ClashChoice::All(first))
            })
        })
    };
    // A copy here that a newer version wrote can only be kept beside (`choices`).
    let allowed: Vec<Vec<Clash>> = clashing
        .iter()
        .map(|&i| choices(library.is_newer(&incoming[i].id)))
        .collect();
    let on_choose = {
        let ids = clashing.clone();
        move |choice: ClashChoice| {
            skip.set(choice == ClashChoice::SkipAll);
            if let ClashChoice::All(wanted) = choice {
                clash.update(|c| {
                    for (&i, allowed) in ids.iter().zip(&allowed) {
                        c[i] = if allowed.contains(&wanted) {
                            wanted
                        } else {
                            allowed[0]
                        };
                    }
                });
            }
        }
    };
    let n = clashing.len();
    let view = view! { <ClashSummary clashes=n noun chosen on_choose /> }.into_any();
    (Some(view), skip, clashing)
}

/// Stores what was chosen and says how it went on the library page.
fn store(library: Library, incoming: Vec<(Assessment, Clash)>, mine: bool, noun: &'static str) {
    let offered = incoming.len();
    let (stored, refused) = library.import(incoming, mine, noun);
    let noun = if offered == 1 {
        "assessment"
    } else {
        "assessments"
    };
    let text = if refused.is_empty() {
        format!("Imported {stored} {noun}.")
    } else {
        format!(
            "Imported {stored} of {offered} {noun}. Not saved on this device: {}. It is open in this tab only, so export it before you close the tab.",
            quoted_list(&refused)
        )
    };
    library.set_notice(Some(text));
    navigate(&Route::Home);
}

/// One incoming assessment; where its id is already here, what is new in it by person,
/// and what to do with it.
fn import_row(
    library: Library,
    index: usize,
    a: &Assessment,
    clash: RwSignal<Vec<Clash>>,
    noun: &'static str,
) -> impl IntoView {
    let bank = banks().iter().find(|b| b.id() == a.bank.id);
    let (depth, total) = bank
        .map(|b| (b.set.title.clone(), b.questions().len()))
        .unwrap_or_default();
    let answered = bank.map(|b| a.answered_count(b)).unwrap_or(0);
    let clash_choice = library
        .get_untracked(&a.id)
        .map(|(existing, _)| clash_row(library, index, &existing, a, clash, noun));
    view! {
        <li class="library__item">
            <h3 class="library__title">{a.title.clone()}</h3>
            <p class="library__meta">
                {format!("{depth} · {answered} of {total} questions answered · last changed {}", format_date(a.updated_at))}
            </p>
            {clash_choice}
        </li>
    }
}

/// "Already on this device": what the incoming copy brings, by person, and the choices.
fn clash_row(
    library: Library,
    index: usize,
    here: &Assessment,
    incoming: &Assessment,
    clash: RwSignal<Vec<Clash>>,
    noun: &'static str,
) -> impl IntoView {
    let whose = library.whose(&here.id);
    let new = what_is_new(here, incoming, &whose, device_key().as_ref(), noun, now());
    let newer_version = library.is_newer(&here.id);
    let copy_title = format!("{} (the {noun}'s copy)", incoming.title);
    let lines = new
        .lines
        .into_iter()
        .map(|line| view! { <li>{line}</li> })
        .collect_view();
    let summary_id = format!("clash-{index}-new");
    let heading = format!("\"{}\" is already on this device", here.title);
    let body = if newer_version {
        view! {
            <p class="inset">{format!(
                "The copy on this device came from a newer version of NASSS Navigator. It holds things this version cannot read, so it is left exactly as it is. The {noun}'s copy will be kept beside it, as \"{copy_title}\"."
            )}</p>
        }
        .into_any()
    } else {
        let options = choices(false)
            .into_iter()
            .map(|c| match c {
                Clash::AddWhatIsNew => Choice::new(c.id(), "Add what is new (recommended)").hint(
                    "Adds new reviews and actions, and keeps the newer of each answer. Whose it is does not change.",
                ),
                Clash::KeepBoth => Choice::new(c.id(), "Keep both")
                    .hint(format!("The {noun}'s copy is kept as a separate assessment, \"{copy_title}\".")),
                Clash::Replace => Choice::new(c.id(), format!("Replace with the {noun}'s copy")).hint(
                    "Takes its title, plan and answers, except any answer changed here more recently. Whose it is and every review stay.",
                ),
            })
            .collect();
        let chosen =
            Signal::derive(move || clash.with(|c| c.get(index).map(|c| c.id().to_string())));
        view! {
            <fieldset class="fieldset clash" aria-describedby=summary_id.clone()>
                <legend class="fieldset__legend">"What should happen?"</legend>
                <Radios name=format!("clash-{index}") choices=options chosen
                    on_choose=move |value: String| {
                        if let Some(choice) = Clash::from_id(&value) {
                            clash.update(|c| c[index] = choice);
                        }
                    } />
            </fieldset>
        }
        .into_any()
    };
    view! {
        <div class="clash-summary">
            <h4 class="heading-s">{heading}</h4>
            <p>{format!("What the {noun}'s copy brings:")}</p>
            <ul class="list" id=summary_id.clone()>{lines}</ul>
            {new.nothing_new.then(|| view! { <p>{format!("Nothing in the {noun}'s copy is newer than the one here.")}</p> })}
            {body}
        </div>
    }
}
