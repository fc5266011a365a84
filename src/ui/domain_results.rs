//! The results table (the chart's text equivalent) and, per domain, why it got its level.

use super::level_mark::LevelMark;
use crate::core::bank::Bank;
use crate::core::lower_case::lower_case;
use crate::core::scoring::{format_score, Profile};
use leptos::prelude::*;

#[component]
pub fn DomainTable(bank: &'static Bank, profile: Memo<Profile>) -> impl IntoView {
    let level_headers = bank
        .levels()
        .iter()
        .map(|l| view! { <th scope="col" class="num">{l.label.clone()}</th> })
        .collect_view();
    let rows = move || {
        let profile = profile.get();
        profile
            .domains
            .iter()
            .map(|r| {
                let domain = bank
                    .domain(r.domain)
                    .expect("profile domains come from the bank");
                let counts = r
                    .level_counts
                    .iter()
                    .map(|n| view! { <td class="num">{*n}</td> })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">{domain.label()}</th>
                        <td><LevelMark bank level=r.level /></td>
                        <td class="num">{format_score(r.score())}</td>
                        {counts}
                        <td class="num">{r.dont_know.len()}</td>
                        <td class="num">{r.unanswered.len()}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <h3 id="domain-table-title">"Each domain's level, score and answers"</h3>
        <div class="table-wrap" role="region" aria-labelledby="domain-table-title" tabindex="0">
            <table class="table" aria-labelledby="domain-table-title">
                <thead>
                    <tr>
                        <th scope="col">"Domain"</th>
                        <th scope="col">"Level"</th>
                        <th scope="col" class="num">"Score"</th>
                        {level_headers}
                        <th scope="col" class="num">{bank.framework.scale.dont_know.label.clone()}</th>
                        <th scope="col" class="num">"Not answered"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

#[component]
pub fn DomainResults(bank: &'static Bank, profile: Memo<Profile>) -> impl IntoView {
    let levels = bank.levels();
    move || {
        profile
            .get()
            .domains
            .iter()
            .map(|r| {
                let domain = bank.domain(r.domain).expect("profile domains come from the bank");
                let class = match r.level {
                    Some(l) => format!("domain-result domain-result--{l}"),
                    None => "domain-result".to_string(),
                };
                let summary = match r.score() {
                    Some(score) => format!(
                        "Score {} – the average of {} answer{}.",
                        format_score(Some(score)),
                        r.rated,
                        if r.rated == 1 { "" } else { "s" }
                    ),
                    None if r.dont_know.is_empty() => "No questions answered yet.".to_string(),
                    None => "Only \"I don't know\" answers so far, so there is nothing to score yet.".to_string(),
                };
                let flag = r.flag_raises(levels.len()).then(|| {
                    let codes = r.top_level_codes.join(", ");
                    let top = lower_case(&levels[levels.len() - 1].label);
                    view! {
                        <p class="flag">
                            {format!(
                                "Flagged: {} answer{} {} {top} ({codes}), so part of this domain may be {top} even though the average is lower.",
                                r.top_level_codes.len(),
                                if r.top_level_codes.len() == 1 { "" } else { "s" },
                                if r.top_level_codes.len() == 1 { "is" } else { "are" },
                            )}
                        </p>
                    }
                });
                let why = r
                    .answers
                    .iter()
                    .map(|(code, level)| {
                        view! { <li>{format!("{}: {}", bank.question_label(code), levels[*level].label)}</li> }
                    })
                    .chain(r.dont_know.iter().map(|code| {
                        view! { <li>{format!("{}: {}", bank.question_label(code), bank.framework.scale.dont_know.label)}</li> }
                    }))
                    .chain(r.unanswered.iter().map(|code| {
                        view! { <li>{format!("{}: not answered", bank.question_label(code))}</li> }
                    }))
                    .collect_view();
                view! {
                    <section class=class aria-labelledby=format!("domain-{}-heading", domain.number)>
                        <div class="domain-result__header">
                            <h3 id=format!("domain-{}-heading", domain.number)>
                                {domain.label()}
                            </h3>
                            <LevelMark bank level=r.level />
                        </div>
                        <p>{summary}</p>
                        {flag}
                        <p class="heading-s">"Why: the answers in this domain"</p>
                        <ul>{why}</ul>
                    </section>
                }
            })
            .collect_view()
    }
}
