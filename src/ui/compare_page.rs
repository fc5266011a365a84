//! Two or more assessments side by side: every domain and question, with what changed
//! between the first and the last marked in words and symbols, and the profiles overlaid.

use super::assessment_picker::AssessmentPicker;
use super::level_mark::{answer_label, LevelMark};
use super::library::Library;
use crate::core::assessment::Assessment;
use crate::core::bank::{Bank, Domain};
use crate::core::compare::{compare, describe_change, direction, Change, Direction};
use crate::core::decimal::trimmed;
use crate::core::route::Route;
use crate::core::scoring::format_score;
use leptos::prelude::*;

/// A coordinate as SVG text. A tenth of a unit is finer than the chart can show.
fn at(v: f64) -> String {
    trimmed(v, 1)
}

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
#[component]
fn CompareChart(
    bank: &'static Bank,
    chosen: Vec<Assessment>,
    comparison_scores: Vec<Vec<Option<f64>>>,
) -> impl IntoView {
    const LEFT: f64 = 10.0;
    const PLOT: f64 = 520.0;
    const TOP: f64 = 34.0;
    const LANE: f64 = 20.0;
    // Each assessment has its own lane under the domain's name, so no marker hides another.
    let row = 30.0 + LANE * chosen.len() as f64;
    let max = f64::from(bank.levels().last().map(|l| l.value).unwrap_or(3));
    let x = move |score: f64| LEFT + PLOT * ((score - 1.0) / (max - 1.0));
    let height = TOP + row * bank.domains().len() as f64;
    let ticks = bank
        .levels()
        .iter()
        .map(|l| {
            let tx = x(f64::from(l.value));
            let anchor = if l.value == 1 { "start" } else if f64::from(l.value) == max { "end" } else { "middle" };
            view! {
                <line class="chart__gridline" x1=at(tx) x2=at(tx) y1=at(TOP - 6.0) y2=at(height)></line>
                <text class="chart__band-label" x=at(tx) y=20 text-anchor=anchor font-size="16">{l.label.clone()}</text>
            }
        })
        .collect_view();
    let rows = bank
        .domains()
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let y = TOP + row * i as f64;
            let marks = comparison_scores[i]
                .iter()
                .enumerate()
                .filter_map(|(j, s)| s.map(|s| (j, s)))
                .map(|(j, s)| {
                    let (letter, shape) = marker(j);
                    let lane = y + 38.0 + LANE * j as f64;
                    view! {
                        <line class="chart__gridline" x1=at(LEFT) x2=at(x(s)) y1=at(lane - 5.0) y2=at(lane - 5.0)></line>
                        <text x=at(x(s)) y=at(lane) text-anchor="middle" font-size="17">{shape}</text>
                        <text x=at(x(s) + 11.0) y=at(lane) font-size="14">{letter}</text>
                    }
                })
                .collect_view();
            view! {
                <text x=at(LEFT) y=at(y + 16.0) font-size="16">{d.label()}</text>
                {marks}
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
        <svg class="profile-chart" viewBox=format!("0 0 560 {}", at(height)) role="img" aria-labelledby="compare-chart-title compare-chart-desc">
            <title id="compare-chart-title">"Domain profiles overlaid"</title>
            <desc id="compare-chart-desc">{format!("Each domain's score from 1 (simple) to 3 (complex) for {names}. The table below gives the same figures.")}</desc>
            {ticks}
            {rows}
        </svg>
    }
}
