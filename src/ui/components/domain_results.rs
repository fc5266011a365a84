//! The results table (the chart's text equivalent) and, per domain, why it got its level.

use crate::core::assessment::Assessment;
use crate::core::bank::Bank;
use crate::core::opinions::review_view;
use crate::core::scoring::Profile;
use crate::ui::components::level_mark::LevelMark;
use crate::ui::state::me::judged_by;
use leptos::prelude::*;

/// The chart's facts as a table, with a column per reviewer ("Sam Okafor's review") where
/// the assessment has been reviewed.
#[component]
pub fn DomainTable(
    bank: &'static Bank,
    profile: Memo<Profile>,
    assessment: Memo<Option<Assessment>>,
) -> impl IntoView {
    // Names "Your review" for the reviewer reading on their own device.
    let key = expect_context::<crate::ui::state::library::Library>()
        .me()
        .key();
    let level_headers = bank
        .levels()
        .iter()
        .map(|l| view! { <th scope="col" class="num">{l.label.clone()}</th> })
        .collect_view();
    let review_headers = move || {
        assessment.with(|a| {
            a.as_ref()
                .map(|a| {
                    a.review_list()
                        .iter()
                        .map(|r| r.title_for(&a.id, Some(&key)))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
                .into_iter()
                .map(|name| view! { <th scope="col">{name}</th> })
                .collect_view()
        })
    };
    let rows = move || {
        profile.with(|profile| {
            profile
                .with_domains(bank)
                .map(|(domain, r)| {
                    let counts = r
                        .level_counts
                        .iter()
                        .map(|n| view! { <td class="num">{*n}</td> })
                        .collect_view();
                    // One cell per review, in the order of the headers, "no verdict" where
                    // the reviewer said nothing about this domain.
                    let reviews = assessment.with(|a| {
                        a.as_ref()
                            .map(|a| {
                                a.review_list()
                                    .iter()
                                    .map(|review| {
                                        review_view(review, String::new(), bank, r).map_or_else(
                                            || "no verdict".to_string(),
                                            |v| v.level_words(bank),
                                        )
                                    })
                                    .collect::<Vec<_>>()
                            })
                            .unwrap_or_default()
                    });
                    let reviews = reviews
                        .into_iter()
                        .map(|t| view! { <td>{t}</td> })
                        .collect_view();
                    view! {
                        <tr>
                            <th scope="row">{domain.label()}</th>
                            <td>{r.level_text_by(bank.levels(), &judged_by())}</td>
                            {reviews}
                            {counts}
                            <td class="num">{r.dont_know.len()}</td>
                            <td class="num">{r.unanswered.len()}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <h3 id="domain-table-title">"Each domain's level and how its answers spread"</h3>
        <div class="table-wrap" role="region" aria-labelledby="domain-table-title" tabindex="0">
            <table class="table" aria-labelledby="domain-table-title">
                <thead>
                    <tr>
                        <th scope="col">"Domain"</th>
                        <th scope="col">"Level"</th>
                        {review_headers}
                        {level_headers}
                        <th scope="col" class="num">{bank.framework.scale.dont_know.label.clone()}</th>
                        <th scope="col" class="num">"Not answered"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="table-wrap__hint">"The table is wider than the screen: scroll it sideways to see every column."</p>
    }
}

#[component]
pub fn DomainResults(
    bank: &'static Bank,
    profile: Memo<Profile>,
    assessment: Memo<Option<Assessment>>,
) -> impl IntoView {
    let levels = bank.levels();
    move || {
        let uncertain = |n: u32| {
            assessment.with(|a| {
                a.as_ref()
                    .and_then(|a| a.reflection(n))
                    .map(|r| r.uncertain.trim().to_string())
                    .filter(|t| !t.is_empty())
            })
        };
        profile.with(|profile| {
            profile
                .with_domains(bank)
                .map(|(domain, r)| {
                    let class = match r.level {
                        Some(l) => format!("domain-result domain-result--{l}"),
                        None => "domain-result".to_string(),
                    };
                    let judgement = r.judgement.as_ref().map(|j| {
                        let reason = (!j.reason.is_empty()).then(|| format!(" Why: {}", j.reason));
                        view! { <p><strong>{r.level_text_by(levels, &judged_by())}</strong>"."{reason}</p> }
                    });
                    let why = r
                        .answers
                        .iter()
                        .map(|(code, level)| format!("{}: {}", bank.question_label(code), levels[*level].label))
                        .chain(r.dont_know.iter().map(|code| {
                            format!("{}: {}", bank.question_label(code), bank.framework.scale.dont_know.label)
                        }))
                        .chain(r.unanswered.iter().map(|code| format!("{}: not answered", bank.question_label(code))))
                        .map(|line| view! { <li>{line}</li> })
                        .collect_view();
                    // Each reviewer's verdict beside the domain it is about, not only at the end.
                    let verdict = assessment.with(|a| {
                        a.as_ref().map(|a| {
                            a.review_list()
                                .iter()
                                .filter_map(|review| review.verdict_text(r.domain, bank, true))
                                .map(|t| view! { <p class="domain-result__review"><strong>"Review: "</strong>{t}</p> })
                                .collect_view()
                        })
                    });
                    let uncertain = uncertain(r.domain).map(|t| view! {
                        <p><strong>"Most uncertain: "</strong>{t}</p>
                    });
                    view! {
                        <section class=class aria-labelledby=format!("domain-{}-heading", domain.number)>
                            <div class="domain-result__header">
                                <h3 id=format!("domain-{}-heading", domain.number)>{domain.label()}</h3>
                                <LevelMark bank level=r.level not_known=r.not_known() />
                            </div>
                            {judgement}
                            <p>{format!("Answers: {}.", r.spread(bank))}</p>
                            {verdict}
                            {uncertain}
                            // Printed once only, in the answers and notes below.
                            <p class="heading-s no-print">"The answers in this domain"</p>
                            <ul class="no-print">{why}</ul>
                        </section>
                    }
                })
                .collect_view()
        })
    }
}
