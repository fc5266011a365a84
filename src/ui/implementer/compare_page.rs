//! Two or more assessments side by side: every domain and question, with what changed
//! between the first and the last marked in words and symbols, and the profiles overlaid.
//! Each domain is shown by its level (a judgement where the person gave one), never a mean.

use crate::core::assessment::Assessment;
use crate::core::bank::Bank;
use crate::core::compare::{compare_across, Direction};
use crate::core::route::Route;
use crate::core::scoring::RULE;
use crate::ui::implementer::assessment_picker::AssessmentPicker;
use crate::ui::implementer::baseline_choice::BaselineChoice;
use crate::ui::implementer::compare_chart::CompareChart;
use crate::ui::implementer::compare_domains::CompareDomains;
use crate::ui::implementer::compare_questions::CompareQuestions;
use crate::ui::state::library::Library;
use leptos::prelude::*;

/// Letters and shapes tell the assessments apart without colour.
pub const MARKERS: [(&str, &str); 6] = [
    ("A", "●"),
    ("B", "■"),
    ("C", "▲"),
    ("D", "◆"),
    ("E", "★"),
    ("F", "⬟"),
];

pub fn marker(i: usize) -> (&'static str, &'static str) {
    MARKERS[i % MARKERS.len()]
}

pub fn direction_mark(d: Direction) -> (&'static str, &'static str) {
    match d {
        Direction::MoreComplex => ("change change--up", "▲ more complex"),
        Direction::LessComplex => ("change change--down", "▼ less complex"),
        Direction::Same => ("change", ""),
        Direction::NotComparable => ("change change--other", "◇"),
    }
}

#[component]
pub fn ComparePage(ids: Vec<String>) -> impl IntoView {
    let library = expect_context::<Library>();
    let chosen: Vec<(Assessment, &'static Bank)> = ids
        .iter()
        .filter_map(|id| library.get_untracked(id))
        .collect();
    if chosen.len() < 2 {
        return view! {
            <a class="back-link" href=Route::Home.href()>"Back"</a>
            <h1 tabindex="-1">"Compare assessments"</h1>
            <p>"Compare your view with someone else's, or this round with an earlier one. Choose two or more assessments. A quick check and a full assessment can be compared by their domain levels."</p>
            <AssessmentPicker to=|ids| Route::Compare { ids } action="Compare" chosen=ids for_comparison=true />
        }
        .into_any();
    }
    let bank = chosen[0].1;
    // Each column is named by person first, the title beside it ("Priya Shah (HeartWatch)").
    let key = library.me().key();
    let names: Vec<String> = chosen.iter().map(|(a, _)| a.column_name(&key)).collect();
    let pairs: Vec<(&Assessment, &'static Bank)> = chosen.iter().map(|(a, b)| (a, *b)).collect();
    let comparison = compare_across(&pairs);
    let last = chosen.len() - 1;
    let legend = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let (letter, shape) = marker(i);
            view! { <li><span aria-hidden="true">{format!("{shape} ")}</span><strong>{letter}</strong>{format!(": {name}")}</li> }
        })
        .collect_view();
    let changed_count = comparison.changed_questions().count();
    view! {
        <a class="back-link" href=Route::Compare { ids: vec![] }.href()>"Choose other assessments"</a>
        <h1 tabindex="-1">"Compare assessments"</h1>
        <ul class="compare-legend">{legend}</ul>
        <BaselineChoice ids=chosen.iter().zip(&names).map(|((a, _), name)| (a.id.clone(), name.clone())).collect() />
        <p>{format!("Every change is described from A, the baseline, to {}.", marker(last).0)}</p>
        {(!comparison.same_questions).then(|| view! {
            <div class="inset">
                <p>{format!(
                    "These assessments use different question sets ({}), so their domain levels are compared. Questions are shown side by side only where their codes match{}.",
                    set_names(&chosen),
                    if comparison.questions.is_empty() { ", and none do" } else { "" }
                )}</p>
            </div>
        })}
        {(!comparison.questions.is_empty()).then(|| view! {
            <p>{format!("{changed_count} of {} answers differ between A and {}.", comparison.questions.len(), marker(last).0)}</p>
        })}
        <h2>"Domain profiles"</h2>
        <p class="hint">{RULE}</p>
        <CompareChart bank names=names.clone() results=comparison.domains.iter().map(|d| d.results.clone()).collect() />
        <CompareDomains bank chosen=chosen.clone() names=names.clone() domains=comparison.domains.clone() />
        {(!comparison.questions.is_empty()).then(|| view! {
            <CompareQuestions bank chosen=chosen.clone() names=names.clone() questions=comparison.questions.clone() />
        })}
    }
    .into_any()
}

/// The head row of a side-by-side table: what its rows are, one column per assessment named
/// by person ("A: Priya Shah (HeartWatch)"), then the change from A to the last.
pub fn side_by_side_head(first: &'static str, names: &[String]) -> impl IntoView {
    let columns = names
        .iter()
        .enumerate()
        .map(|(i, name)| view! { <th scope="col">{format!("{}: {name}", marker(i).0)}</th> })
        .collect_view();
    let last = marker(names.len() - 1).0;
    view! {
        <thead><tr><th scope="col">{first}</th>{columns}<th scope="col">{format!("Change from A to {last}")}</th></tr></thead>
    }
}

/// "Quick check, Full assessment": the question sets in a comparison, each named once.
fn set_names(chosen: &[(Assessment, &'static Bank)]) -> String {
    let mut names: Vec<&str> = Vec::new();
    for (_, b) in chosen {
        if !names.contains(&b.set.title.as_str()) {
            names.push(&b.set.title);
        }
    }
    names.join(", ")
}
