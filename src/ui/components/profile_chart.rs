//! The domain profile as a chart: each domain's bar split by how its answers spread (complex
//! first, then complicated, simple, "don't know" and not answered), under a label that
//! names what the answers suggest, so the chart shows what decided the level and never a
//! mean. A judgement and each reviewer's level sit below it, each marked in its own level's
//! colour with its label and dots, and "≠ Views differ" where they do not all agree: a bar
//! is never coloured by one level while its label names another. Built of HTML boxes rather
//! than SVG so the captions wrap and keep their size on a phone. It is an image to assistive
//! technology; the results table beside it carries the same facts.

use crate::core::assessment::Assessment;
use crate::core::bank::Bank;
use crate::core::decimal::trimmed;
use crate::core::opinions::{difference, opinions, Opinion, Source};
use crate::core::scoring::{level_in_text, DomainResult, Profile};
use crate::ui::components::level_mark::LevelMark;
use crate::ui::state::me::judged_by;
use leptos::prelude::*;

/// A share of a chart's width (0 to 1) as a CSS length. Both charts place their boxes this way.
pub fn css_percent(fraction: f64) -> String {
    format!("{}%", trimmed(100.0 * fraction, 2))
}

/// The bar's pieces as (class suffix, count), most complex first, empty ones left out.
fn pieces(result: &DomainResult) -> Vec<(String, usize)> {
    let levels = result.level_counts.iter().enumerate().rev();
    levels
        .map(|(i, n)| (i.to_string(), *n as usize))
        .chain([
            ("dont-know".to_string(), result.dont_know.len()),
            ("none".to_string(), result.unanswered.len()),
        ])
        .filter(|(_, n)| *n > 0)
        .collect()
}

#[component]
pub fn ProfileChart(
    bank: &'static Bank,
    profile: Memo<Profile>,
    assessment: Memo<Option<Assessment>>,
) -> impl IntoView {
    // Names "Your review" for the reviewer reading on their own device.
    let key = expect_context::<crate::ui::state::library::Library>()
        .me()
        .key();
    let rows = move || {
        profile.with(|profile| {
            profile
                .with_domains(bank)
                .map(|(domain, r)| {
                    let views = assessment
                        .with(|a| a.as_ref().map(|a| opinions(bank, a, r, &judged_by(), Some(&key))))
                        .unwrap_or_default();
                    let differs = difference(bank, &views).is_some();
                    let caption = format!(
                        "Answers suggest {}: {}",
                        level_in_text(bank.levels(), r.suggested),
                        r.spread(bank)
                    );
                    let total = r.question_count().max(1) as f64;
                    let bar = pieces(r)
                        .into_iter()
                        .map(|(class, n)| {
                            view! {
                                <span class=format!("profile-bars__piece profile-bars__piece--{class}")
                                    style:width=css_percent(n as f64 / total)></span>
                            }
                        })
                        .collect_view();
                    view! {
                        <li class="profile-bars__row">
                            <span class="profile-bars__domain">{domain.label()}</span>
                            <span class="profile-bars__caption">{caption}</span>
                            <span class="profile-bars__bar">{bar}</span>
                            <OtherViews bank views />
                            {differs.then(|| view! {
                                <span class="profile-bars__differs"><span aria-hidden="true">"≠ "</span>"Views differ"</span>
                            })}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let key = bank
        .levels()
        .iter()
        .enumerate()
        .rev()
        .map(|(i, l)| (i.to_string(), l.label.clone()))
        .chain([
            ("dont-know".to_string(), bank.framework.scale.dont_know.label.clone()),
            ("none".to_string(), "Not answered".to_string()),
        ])
        .map(|(class, label)| view! {
            <li><span class=format!("profile-bars__piece profile-bars__piece--{class}")></span>{label}</li>
        })
        .collect_view();
    view! {
        <div class="profile-bars" role="img" aria-labelledby="profile-chart-title profile-chart-desc">
            <span id="profile-chart-title" hidden>"Complexity profile by domain"</span>
            <span id="profile-chart-desc" hidden>
                "Each domain's bar is split by how many of its answers were at each level. Below it, any judgement and each reviewer's level, marked where the views differ. The table below gives the same figures."
            </span>
            <ul class="profile-bars__key" aria-hidden="true">{key}</ul>
            <ol class="profile-bars__rows">{rows}</ol>
        </div>
    }
}

/// The judgement and each reviewer's level of one domain, each as a mark of its own level.
#[component]
fn OtherViews(bank: &'static Bank, views: Vec<Opinion>) -> impl IntoView {
    let marks = views
        .into_iter()
        .filter(|v| v.source != Source::Answers)
        .map(|v| {
            let level = if v.disagrees_without_level {
                view! { <span>"does not agree"</span> }.into_any()
            } else {
                view! { <LevelMark bank level=v.level /> }.into_any()
            };
            view! { <li>{format!("{}: ", v.who)}{level}</li> }
        })
        .collect::<Vec<_>>();
    (!marks.is_empty()).then(|| view! { <ul class="profile-bars__views">{marks}</ul> })
}
