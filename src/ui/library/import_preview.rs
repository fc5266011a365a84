//! What an import would bring in, before anything is stored: each assessment, what to do
//! where one is already here, and whose they are when someone else made them.

use crate::core::assessment::Assessment;
use crate::core::author::Whose;
use crate::ui::components::radios::{Choice, Radios};
use crate::ui::library::whose_choice::WhoseChoice;
use crate::ui::platform::browser::format_date;
use crate::ui::state::banks::banks;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn ImportPreview(
    file: String,
    incoming: Vec<Assessment>,
    /// For each incoming assessment whose id is already here: replace it (true) or keep both.
    replace: RwSignal<Vec<bool>>,
    mine: RwSignal<bool>,
    #[prop(into)] on_import: Callback<()>,
    #[prop(into)] on_cancel: Callback<()>,
) -> impl IntoView {
    let library = expect_context::<Library>();
    let rows = incoming
        .iter()
        .enumerate()
        .map(|(i, a)| import_row(library, i, a, replace))
        .collect_view();
    let count = incoming.len();
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
    let whose = (!authors.is_empty()).then(|| view! { <WhoseChoice authors mine /> });
    let plural = if count == 1 { "" } else { "s" };
    view! {
        <h2 id="preview-heading" tabindex="-1">{format!("Ready to import from {file}")}</h2>
        <p>{format!("This file holds {count} assessment{plural}. Nothing has been stored yet.")}</p>
        <ul class="library">{rows}</ul>
        {whose}
        <div class="button-group">
            <button class="button" type="button" on:click=move |_| on_import.run(())>{format!("Import {count}")}</button>
            <button class="link-button" type="button" on:click=move |_| on_cancel.run(())>"Cancel"</button>
        </div>
    }
}

/// One incoming assessment, with "keep both or replace" when its id is already here.
fn import_row(
    library: Library,
    index: usize,
    a: &Assessment,
    replace: RwSignal<Vec<bool>>,
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
            Choice::new("replace", "Replace the one on this device with the file's copy"),
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
