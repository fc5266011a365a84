//! Two or more assessments side by side: every domain and question, with what changed
//! between the first and the last marked in words and symbols, and the profiles overlaid.
//! Each domain is shown by its level (a judgement where the person gave one), never a mean.

use crate::core::assessment::Assessment;
use crate::core::bank::{Bank, Domain};
use crate::core::compare::{compare_across, describe_change, direction, Change, Direction};
use crate::core::lower_case::lower_case;
use crate::core::route::Route;
use crate::core::scoring::{DomainResult, RULE};
use crate::ui::components::domain_level::DomainLevel;
use crate::ui::components::profile_chart::css_percent;
use crate::ui::components::radios::{Choice, Radios};
use crate::ui::implementer::assessment_picker::AssessmentPicker;
use crate::ui::platform::browser::navigate;
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

fn marker(i: usize) -> (&'static str, &'static str) {
    MARKERS[i % MARKERS.len()]
}

fn direction_mark(d: Direction) -> (&'static str, &'static str) {
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
    let me = library.me().get_untracked();
    let pairs: Vec<(&Assessment, &'static Bank)> = chosen.iter().map(|(a, b)| (a, *b)).collect();
    let comparison = compare_across(&pairs);
    let last = chosen.len() - 1;
    let legend = chosen
        .iter()
        .enumerate()
        .map(|(i, (a, _))| {
            let (letter, shape) = marker(i);
            view! { <li><span aria-hidden="true">{format!("{shape} ")}</span><strong>{letter}</strong>{format!(": {}", a.title)}</li> }
        })
        .collect_view();
    let column_heads = || {
        chosen
            .iter()
            .enumerate()
            .map(|(i, (a, _))| view! { <th scope="col">{format!("{}: {}", marker(i).0, a.title)}</th> })
            .collect_view()
    };
    let domain_rows = comparison
        .domains
        .iter()
        .map(|d| {
            let title = bank.domain(d.domain).map(Domain::label).unwrap_or_default();
            let cells = d
                .results
                .iter()
                .zip(&chosen)
                .map(|(r, (a, own))| {
                    let whose = a.whose(me.as_ref()).possessive();
                    view! { <td><DomainLevel bank=*own result=r.clone() whose /></td> }
                })
                .collect_view();
            let (class, mark) = direction_mark(d.direction);
            view! {
                <tr>
                    <th scope="row">{title}</th>
                    {cells}
                    <td class=class>{format!("{} {mark}", d.change_text)}</td>
                </tr>
            }
        })
        .collect_view();
    let question_rows = comparison
        .questions
        .iter()
        .map(|q| {
            let label = bank.question_label(&q.code);
            let cells = q
                .answers
                .iter()
                .zip(&chosen)
                .map(|(a, (_, own))| view! { <td>{own.answer_or_not_answered(a.as_ref())}</td> })
                .collect_view();
            let (class, mark) = direction_mark(direction(
                bank,
                q.answers[0].as_ref(),
                q.answers[last].as_ref(),
            ));
            let changed = !matches!(q.change, Change::Same);
            view! {
                <tr class:row--changed=changed>
                    <th scope="row">{label.clone()}</th>
                    {cells}
                    <td class=class>{format!("{} {mark}", describe_change(bank, &q.change))}</td>
                </tr>
            }
        })
        .collect_view();
    let changed_count = comparison.changed_questions().count();
    view! {
        <a class="back-link" href=Route::Compare { ids: vec![] }.href()>"Choose other assessments"</a>
        <h1 tabindex="-1">"Compare assessments"</h1>
        <ul class="compare-legend">{legend}</ul>
        <BaselineChoice ids=chosen.iter().map(|(a, _)| (a.id.clone(), a.title.clone())).collect() />
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
        <CompareChart bank chosen=chosen.iter().map(|(a, _)| a.clone()).collect() results=comparison.domains.iter().map(|d| d.results.clone()).collect() />
        <h3 id="compare-domains-title">"Each domain, side by side"</h3>
        <div class="table-wrap" role="region" aria-labelledby="compare-domains-title" tabindex="0">
            <table class="table" aria-labelledby="compare-domains-title">
                <thead><tr><th scope="col">"Domain"</th>{column_heads()}<th scope="col">{format!("Change from A to {}", marker(last).0)}</th></tr></thead>
                <tbody>{domain_rows}</tbody>
            </table>
        </div>
        {(!comparison.questions.is_empty()).then(|| view! {
            <h2 id="compare-questions-title">"Each question, side by side"</h2>
            <div class="table-wrap" role="region" aria-labelledby="compare-questions-title" tabindex="0">
                <table class="table" aria-labelledby="compare-questions-title">
                    <thead><tr><th scope="col">"Question"</th>{column_heads()}<th scope="col">{format!("Change from A to {}", marker(last).0)}</th></tr></thead>
                    <tbody>{question_rows}</tbody>
                </table>
            </div>
        })}
    }
    .into_any()
}

/// Each domain's level for every assessment, told apart by letter and shape: each mark sits
/// in the band of its level (simple, complicated, complex). HTML boxes rather than SVG, like
/// the results page's chart, so the text keeps its size on a phone.
#[component]
fn CompareChart(
    bank: &'static Bank,
    chosen: Vec<Assessment>,
    /// Per domain (framework order), the domain as scored in each assessment.
    results: Vec<Vec<DomainResult>>,
) -> impl IntoView {
    let levels = bank.levels();
    let bands = levels.len().max(1) as f64;
    let start = move |i: usize| css_percent(i as f64 / bands);
    // A level's mark sits in the middle of its band.
    let middle = move |i: usize| css_percent((i as f64 + 0.5) / bands);
    let band_views = levels
        .iter()
        .enumerate()
        .map(|(i, l)| {
            view! {
                <span class="overlay__band" class:overlay__band--alt=i % 2 == 1 style:left=start(i) style:width=css_percent(1.0 / bands)>
                    <span class="overlay__band-label">{l.label.clone()}</span>
                </span>
            }
        })
        .collect_view();
    let rows = bank
        .domains()
        .iter()
        .enumerate()
        .map(|(i, d)| {
            // Each assessment has its own lane under the domain's name, so no marker hides another.
            let lanes = results[i]
                .iter()
                .enumerate()
                .map(|(j, r)| {
                    let (letter, shape) = marker(j);
                    let mark = match r.level {
                        Some(level) => view! {
                            <span class="overlay__lead" style:width=middle(level)></span>
                            <span class="overlay__mark" style:left=middle(level)>
                                {shape}<span class="overlay__letter">{letter}</span>
                            </span>
                        }
                        .into_any(),
                        None => view! {
                            <span class="overlay__unrated">{format!("{letter}: not yet rated")}</span>
                        }
                        .into_any(),
                    };
                    view! { <span class="overlay__lane">{mark}</span> }
                })
                .collect_view();
            view! {
                <li class="overlay__row">
                    <span class="overlay__caption">{d.label()}</span>
                    {lanes}
                </li>
            }
        })
        .collect_view();
    let names = chosen
        .iter()
        .enumerate()
        .map(|(i, a)| format!("{} {}", marker(i).0, a.title))
        .collect::<Vec<_>>()
        .join(", ");
    let level_names = levels
        .iter()
        .map(|l| lower_case(&l.label))
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <div class="overlay" role="img" aria-labelledby="compare-chart-title compare-chart-desc">
            <span id="compare-chart-title" hidden>"Domain profiles overlaid"</span>
            <span id="compare-chart-desc" hidden>{format!("Each domain's level ({level_names}) for {names}, where a person's own judgement of a domain counts as its level. The table below gives the same levels, with the judgements and how the answers spread.")}</span>
            <div class="overlay__plot">
                {band_views}
                <ol class="overlay__rows">{rows}</ol>
            </div>
        </div>
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

/// "Measure change from": which assessment is A, the baseline. Choosing one puts it first
/// and keeps the rest oldest first.
#[component]
fn BaselineChoice(ids: Vec<(String, String)>) -> impl IntoView {
    let first = ids[0].0.clone();
    let choices = ids
        .iter()
        .map(|(id, title)| Choice::new(id.clone(), title.clone()))
        .collect();
    let all: Vec<String> = ids.into_iter().map(|(id, _)| id).collect();
    // The chosen baseline goes first; the rest keep their order.
    let on_choose = move |baseline: String| {
        let rest = all.iter().filter(|i| **i != baseline).cloned();
        navigate(&Route::Compare {
            ids: std::iter::once(baseline.clone()).chain(rest).collect(),
        });
    };
    view! {
        <fieldset class="fieldset">
            <legend class="fieldset__legend">"Measure change from"</legend>
            <Radios name="baseline" choices chosen=Signal::stored(Some(first)) on_choose inline=true />
        </fieldset>
    }
}
