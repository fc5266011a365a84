//! What an import would bring in, before anything is stored: each assessment, what to do
//! where one is already here, and whose they are when someone else made them. The same
//! for a file and for a shared link; choosing Import stores them.

use crate::core::assessment::Assessment;
use crate::core::author::Whose;
use crate::core::route::Route;
use crate::ui::components::notice::quoted_list;
use crate::ui::components::radios::{Choice, Radios};
use crate::ui::library::clash_summary::{ClashChoice, ClashSummary};
use crate::ui::library::whose_choice::WhoseChoice;
use crate::ui::platform::browser::{format_date, navigate};
use crate::ui::state::banks::banks;
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
    // For each incoming assessment whose id is already here: replace it (true) or keep both.
    let replace = RwSignal::new(vec![false; incoming.len()]);
    let mine = RwSignal::new(false);
    let noun = source.noun();
    let count = incoming.len();
    let (clash_choice, skip, clashing) = clashes(library, &incoming, replace, noun);
    let rows = {
        let incoming = incoming.clone();
        move || {
            incoming
                .iter()
                .enumerate()
                .map(|(i, a)| import_row(library, i, a, replace, noun))
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
    let me = library.me().get_untracked();
    // Each author once, in the file's order, however their assessments are interleaved.
    let mut authors: Vec<String> = Vec::new();
    for a in &incoming {
        if let Whose::Theirs(author) = a.whose(me.as_ref()) {
            let name = author.display();
            if !authors.contains(&name) {
                authors.push(name);
            }
        }
    }
    let whose = (!authors.is_empty()).then(|| view! { <WhoseChoice authors mine noun /> });
    let plural = if count == 1 { "" } else { "s" };
    let heading = match &source {
        Source::Files(names) => format!("Ready to import from {names}"),
        Source::Link => "Ready to import from the link".to_string(),
    };
    let on_import = move |_| {
        let choices = replace.get_untracked();
        let skip = skip.get_untracked();
        let pairs = incoming
            .iter()
            .cloned()
            .zip(choices)
            .filter(|(a, _)| !(skip && library.get_untracked(&a.id).is_some()))
            .collect();
        store(library, pairs, mine.get_untracked());
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
    replace: RwSignal<Vec<bool>>,
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
            replace.with(|r| {
                let replacing = ids.iter().filter(|&&i| r[i]).count();
                match replacing {
                    0 => Some(ClashChoice::KeepBoth),
                    n if n == ids.len() => Some(ClashChoice::ReplaceAll),
                    _ => None,
                }
            })
        })
    };
    let on_choose = {
        let ids = clashing.clone();
        move |choice: ClashChoice| {
            skip.set(choice == ClashChoice::SkipAll);
            replace.update(|r| {
                ids.iter()
                    .for_each(|&i| r[i] = choice == ClashChoice::ReplaceAll)
            });
        }
    };
    let n = clashing.len();
    let view = view! { <ClashSummary clashes=n noun chosen on_choose /> }.into_any();
    (Some(view), skip, clashing)
}

/// Stores what was chosen and says how it went on the library page.
fn store(library: Library, incoming: Vec<(Assessment, bool)>, mine: bool) {
    let offered = incoming.len();
    let (stored, refused) = library.import(incoming, mine);
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

/// One incoming assessment, with "keep both or replace" when its id is already here.
fn import_row(
    library: Library,
    index: usize,
    a: &Assessment,
    replace: RwSignal<Vec<bool>>,
    noun: &'static str,
) -> impl IntoView {
    let bank = banks().iter().find(|b| b.id() == a.bank.id);
    let (depth, total) = bank
        .map(|b| (b.set.title.clone(), b.questions().len()))
        .unwrap_or_default();
    let answered = bank.map(|b| a.answered_count(b)).unwrap_or(0);
    let clash = library.get_untracked(&a.id).map(|(existing, _)| {
        let chosen = Signal::derive(move || {
            let replacing = replace.with(|r| r.get(index).copied().unwrap_or(false));
            Some(if replacing { "replace" } else { "keep" }.to_string())
        });
        let choices = vec![
            Choice::new("keep", "Keep both"),
            Choice::new(
                "replace",
                format!("Replace the one on this device with the {noun}'s copy"),
            ),
        ];
        view! {
            <fieldset class="fieldset clash">
                <legend class="fieldset__legend">
                    {format!("\"{}\" is already on this device. What should happen?", existing.title)}
                </legend>
                <Radios name=format!("clash-{index}") choices chosen
                    on_choose=move |value: String| replace.update(|r| r[index] = value == "replace") />
            </fieldset>
        }
    });
    view! {
        <li class="library__item">
            <h3 class="library__title">{a.title.clone()}</h3>
            <p class="library__meta">
                {format!("{depth} · {answered} of {total} questions answered · last changed {}", format_date(a.updated_at))}
            </p>
            {clash}
        </li>
    }
}
