//! The compare page's chart: the assessments' domain levels overlaid, each told apart by
//! its letter and shape.

use crate::core::bank::Bank;
use crate::core::lower_case::lower_case;
use crate::core::scoring::DomainResult;
use crate::ui::components::profile_chart::css_percent;
use crate::ui::implementer::compare_page::marker;
use leptos::prelude::*;

/// Each domain's level for every assessment, told apart by letter and shape: each mark sits
/// in the band of its level (simple, complicated, complex). HTML boxes rather than SVG, like
/// the results page's chart, so the text keeps its size on a phone.
#[component]
pub fn CompareChart(
    bank: &'static Bank,
    /// Each assessment's name by person, in column order (`Assessment::column_name`).
    names: Vec<String>,
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
                            <span class="overlay__unrated">{format!("{letter}: {}", r.level_word(bank.levels(), None))}</span>
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
    let names = names
        .iter()
        .enumerate()
        .map(|(i, name)| format!("{} {name}", marker(i).0))
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
