//! The domain profile as a bar chart: each domain's caption above a bar as long as its score,
//! over the bands of the scale's levels. Built of HTML boxes rather than SVG so the captions
//! wrap and keep their size on a phone (a 560-unit SVG shrank them to about 10 px there). It is
//! an image to assistive technology; the results table beside it carries the same facts.

use crate::core::bank::Bank;
use crate::core::decimal::trimmed;
use crate::core::scoring::{format_score, Profile};
use leptos::prelude::*;

/// A share of a chart's width (0 to 1) as a CSS length. Both charts place their boxes this way.
pub fn css_percent(fraction: f64) -> String {
    format!("{}%", trimmed(100.0 * fraction, 2))
}

#[component]
pub fn ProfileChart(bank: &'static Bank, profile: Memo<Profile>) -> impl IntoView {
    let levels = bank.levels();
    let max = f64::from(levels.last().map(|l| l.value).unwrap_or(3));
    let percent = move |v: f64| css_percent(v / max);
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
            let class = if i % 2 == 0 { "profile-bars__band" } else { "profile-bars__band profile-bars__band--alt" };
            view! {
                <span class=class style:left=percent(edges[i]) style:width=percent(edges[i + 1] - edges[i])>
                    <span class="profile-bars__band-label">{level.label.clone()}</span>
                </span>
            }
        })
        .collect_view();
    let rows = move || {
        let profile = profile.get();
        bank.domains()
            .iter()
            .map(|domain| {
                let result = profile.domain(domain.number);
                let level = result.and_then(|r| r.level);
                let (caption, bar) = match (level, result.and_then(|r| r.score())) {
                    (Some(l), Some(score)) => {
                        let flag = result.is_some_and(|r| r.flag_raises(levels.len()));
                        (
                            format!(
                                "{}: {} ({}){}",
                                domain.label(),
                                levels[l].label,
                                format_score(Some(score)),
                                if flag { " ▲" } else { "" }
                            ),
                            view! {
                                <span class=format!("profile-bars__bar profile-bars__bar--{l}") style:width=percent(score)></span>
                            }
                            .into_any(),
                        )
                    }
                    _ => (
                        format!("{}: not yet rated", domain.label()),
                        view! { <span class="profile-bars__bar profile-bars__bar--none"></span> }.into_any(),
                    ),
                };
                view! {
                    <li class="profile-bars__row">
                        <span class="profile-bars__caption">{caption}</span>
                        {bar}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="profile-bars" role="img" aria-labelledby="profile-chart-title profile-chart-desc">
            <span id="profile-chart-title" hidden>"Complexity profile by domain"</span>
            <span id="profile-chart-desc" hidden>
                "Bar chart of each domain's score from 1 (simple) to 3 (complex). The table below gives the same figures. A triangle marks a domain with at least one complex answer."
            </span>
            <div class="profile-bars__plot">
                {bands}
                <ol class="profile-bars__rows">{rows}</ol>
            </div>
        </div>
    }
}
