//! The domain profile as an inline SVG bar chart. It is an image to assistive technology;
//! the results table beside it carries the same facts as text.

use crate::core::bank::Bank;
use crate::core::decimal::trimmed;
use crate::core::scoring::{format_score, Profile};
use leptos::prelude::*;

const WIDTH: f64 = 560.0;
const LEFT: f64 = 10.0;
const PLOT: f64 = 540.0;
const TOP: f64 = 40.0;
const ROW: f64 = 66.0;

/// A coordinate as SVG text. A tenth of a unit is finer than the chart can show.
pub fn at(v: f64) -> String {
    trimmed(v, 1)
}

/// Where a score sits along the bar area, for a scale whose top value is `max`.
fn x(score: f64, max: f64) -> f64 {
    LEFT + PLOT * (score / max)
}

#[component]
pub fn ProfileChart(bank: &'static Bank, profile: Memo<Profile>) -> impl IntoView {
    let levels = bank.levels();
    let max = f64::from(levels.last().map(|l| l.value).unwrap_or(3));
    let height = TOP + ROW * bank.domains().len() as f64 + 10.0;
    // Band edges sit halfway between level values, matching the scoring thresholds.
    let edges: Vec<f64> = std::iter::once(0.0)
        .chain(
            levels
                .windows(2)
                .map(|w| f64::from(w[0].value + w[1].value) / 2.0),
        )
        .chain(std::iter::once(max))
        .collect();
    let bands = levels
        .iter()
        .enumerate()
        .map(|(i, level)| {
            let (x0, x1) = (x(edges[i], max), x(edges[i + 1], max));
            let class = if i % 2 == 0 { "chart__band" } else { "chart__band chart__band--alt" };
            view! {
                <rect class=class x=at(x0) y=at(TOP - 8.0) width=at(x1 - x0) height=at(height - TOP)></rect>
                <text class="chart__band-label" x=at((x0 + x1) / 2.0) y=24 text-anchor="middle" font-size="18">
                    {level.label.clone()}
                </text>
            }
        })
        .collect_view();
    let gridlines = edges[1..edges.len() - 1]
        .iter()
        .map(|e| {
            let gx = x(*e, max);
            view! { <line class="chart__gridline" x1=at(gx) x2=at(gx) y1=at(TOP - 8.0) y2=at(height - 2.0)></line> }
        })
        .collect_view();
    let rows = move || {
        let profile = profile.get();
        bank.domains()
            .iter()
            .enumerate()
            .map(|(i, domain)| {
                let y = TOP + ROW * i as f64;
                let result = profile.domain(domain.number).cloned();
                let (level, score, flag) = match &result {
                    Some(r) => (r.level, r.score(), r.flag_raises(levels.len())),
                    None => (None, None, false),
                };
                let caption = match level {
                    Some(l) => format!(
                        "{}. {}: {} ({}){}",
                        domain.number,
                        domain.title,
                        levels[l].label,
                        format_score(score),
                        if flag { " ▲" } else { "" }
                    ),
                    None => format!("{}. {}: not yet rated", domain.number, domain.title),
                };
                let bar = match (level, score) {
                    (Some(l), Some(s)) => view! {
                        <rect class=format!("chart__bar--{l}") x=at(LEFT) y=at(y + 28.0) width=at(x(s, max) - LEFT) height=26 stroke-width="1.5"></rect>
                    }
                    .into_any(),
                    _ => view! {
                        <rect class="chart__gridline" fill="none" x=at(LEFT) y=at(y + 28.0) width=at(PLOT) height=26></rect>
                    }
                    .into_any(),
                };
                view! {
                    <text x=at(LEFT) y=at(y + 20.0) font-size="17">{caption}</text>
                    {bar}
                }
            })
            .collect_view()
    };
    view! {
        <svg
            class="profile-chart"
            viewBox=format!("0 0 {} {}", at(WIDTH), at(height))
            role="img"
            aria-labelledby="profile-chart-title profile-chart-desc"
        >
            <title id="profile-chart-title">"Complexity profile by domain"</title>
            <desc id="profile-chart-desc">
                "Bar chart of each domain's score from 1 (simple) to 3 (complex). The table below gives the same figures. A triangle marks a domain with at least one complex answer."
            </desc>
            {bands}
            {gridlines}
            {rows}
        </svg>
    }
}
