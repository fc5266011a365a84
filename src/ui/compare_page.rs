//! Two or more assessments side by side: every domain and question, with what changed
//! between the first and the last marked in words and symbols, and the profiles overlaid.

use super::assessment_picker::AssessmentPicker;
use super::level_mark::{answer_label, LevelMark};
use super::library::Library;
use super::profile_chart::css_percent;
use crate::core::assessment::Assessment;
use crate::core::bank::{Bank, Domain};
use crate::core::compare::{compare, describe_change, direction, Change, Direction};
use crate::core::route::Route;
use crate::core::scoring::format_score;
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
            <p>"Compare your view with someone else's, or this round with an earlier one. Choose two or more assessments of the same kind."</p>
            <AssessmentPicker to=|ids| Route::Compare { ids } action="Compare" chosen=ids />
        }
        .into_any();
    }
    let bank = chosen[0].1;
    let refs: Vec<&Assessment> = chosen.iter().map(|(a, _)| a).collect();
    let comparison = match compare(bank, &refs) {
        Ok(c) => c,
        Err(e) => {
            return view! {
                <h1 tabindex="-1">"Compare assessments"</h1>
                <AssessmentPicker to=|ids| Route::Compare { ids } action="Compare" chosen=ids problem=e.to_string() />
            }
            .into_any()
        }
    };
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
                .levels
                .iter()
                .zip(&d.scores)
                .map(|(l, s)| view! { <td><LevelMark bank level=*l />{s.map(|s| format!(" {}", format_score(Some(s))))}</td> })
                .collect_view();
            let moved = match (d.levels[0], d.levels[last]) {
                (Some(a), Some(b)) if b > a => Direction::MoreComplex,
                (Some(a), Some(b)) if b < a => Direction::LessComplex,
                (x, y) if x == y => Direction::Same,
                _ => Direction::NotComparable,
            };
            let (class, mark) = direction_mark(moved);
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
                .map(|a| view! { <td>{answer_label(bank, a.as_ref())}</td> })
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
        <p>{format!("{changed_count} of {} answers differ between A and {}.", comparison.questions.len(), marker(last).0)}</p>
        <h2>"Domain profiles"</h2>
        <CompareChart bank chosen=chosen.iter().map(|(a, _)| a.clone()).collect() comparison_scores=comparison.domains.iter().map(|d| d.scores.clone()).collect() />
        <h3 id="compare-domains-title">"Each domain, side by side"</h3>
        <div class="table-wrap" role="region" aria-labelledby="compare-domains-title" tabindex="0">
            <table class="table" aria-labelledby="compare-domains-title">
                <thead><tr><th scope="col">"Domain"</th>{column_heads()}<th scope="col">{format!("Change from A to {}", marker(last).0)}</th></tr></thead>
                <tbody>{domain_rows}</tbody>
            </table>
        </div>
        <h2 id="compare-questions-title">"Each question, side by side"</h2>
        <div class="table-wrap" role="region" aria-labelledby="compare-questions-title" tabindex="0">
            <table class="table" aria-labelledby="compare-questions-title">
                <thead><tr><th scope="col">"Question"</th>{column_heads()}<th scope="col">{format!("Change from A to {}", marker(last).0)}</th></tr></thead>
                <tbody>{question_rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// Each domain's score for every assessment on one scale, told apart by letter and shape.
/// HTML boxes rather than SVG, like the results page's chart, so the text keeps its size on
/// a phone.
#[component]
fn CompareChart(
    bank: &'static Bank,
    chosen: Vec<Assessment>,
    comparison_scores: Vec<Vec<Option<f64>>>,
) -> impl IntoView {
    let max = f64::from(bank.levels().last().map(|l| l.value).unwrap_or(3));
    // The scale runs from the first level's value to the last, as the scores do.
    let along = move |score: f64| css_percent((score - 1.0) / (max - 1.0));
    let ticks = bank
        .levels()
        .iter()
        .map(|l| {
            view! {
                <span class="overlay__tick" style:left=along(f64::from(l.value))>
                    <span class="overlay__tick-label">{l.label.clone()}</span>
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
            let lanes = comparison_scores[i]
                .iter()
                .enumerate()
                .map(|(j, score)| {
                    let (letter, shape) = marker(j);
                    let mark = score.map(|s| {
                        view! {
                            <span class="overlay__lead" style:width=along(s)></span>
                            <span class="overlay__mark" style:left=along(s)>
                                {shape}<span class="overlay__letter">{letter}</span>
                            </span>
                        }
                    });
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
    view! {
        <div class="overlay" role="img" aria-labelledby="compare-chart-title compare-chart-desc">
            <span id="compare-chart-title" hidden>"Domain profiles overlaid"</span>
            <span id="compare-chart-desc" hidden>{format!("Each domain's score from 1 (simple) to 3 (complex) for {names}. The table below gives the same figures.")}</span>
            <div class="overlay__plot">
                {ticks}
                <ol class="overlay__rows">{rows}</ol>
            </div>
        </div>
    }
}
