//! Several people's answers to the same questions: where they agree, where they do not
//! (disagreement is itself a sign of complexity), and the profile they make together.

use crate::core::assessment::Assessment;
use crate::core::bank::{Bank, Domain};
use crate::core::csv::file_stem;
use crate::core::decimal::fixed;
use crate::core::lower_case::lower_case;
use crate::core::route::Route;
use crate::core::team::{most_disputed, team_csv, team_view};
use crate::ui::components::level_mark::heat_cell_class;
use crate::ui::implementer::assessment_picker::AssessmentPicker;
use crate::ui::platform::browser::{download, print_page, today};
use crate::ui::state::library::Library;
use leptos::prelude::*;

/// How many disputed questions to put at the top.
const TOP_DISPUTED: usize = 5;

#[component]
pub fn TeamPage(ids: Vec<String>) -> impl IntoView {
    let library = expect_context::<Library>();
    let chosen: Vec<(Assessment, &'static Bank)> = ids
        .iter()
        .filter_map(|id| library.get_untracked(id))
        .collect();
    let intro = view! {
        <p>"See several people's answers to the same questions side by side. Where people disagree, the project is often more complex than any one answer shows."</p>
    };
    if chosen.len() < 2 {
        return view! {
            <a class="back-link" href=Route::Home.href()>"Back"</a>
            <h1 tabindex="-1">"Team view"</h1>
            {intro}
            <AssessmentPicker to=|ids| Route::Team { ids } action="Show the team view" chosen=ids />
        }
        .into_any();
    }
    let bank = chosen[0].1;
    let refs: Vec<&Assessment> = chosen.iter().map(|(a, _)| a).collect();
    let view_data = match team_view(bank, &refs) {
        Ok(v) => v,
        Err(e) => return view! {
            <h1 tabindex="-1">"Team view"</h1>
            <AssessmentPicker to=|ids| Route::Team { ids } action="Show the team view" chosen=ids problem=e.to_string() />
        }
        .into_any(),
    };
    let names: Vec<String> = chosen.iter().map(|(a, _)| a.title.clone()).collect();
    let csv = team_csv(bank, &view_data, &names, &refs);
    let csv_name = format!("{}.csv", file_stem(&format!("team {}", names[0]), &today()));

    let disputed = most_disputed(&view_data, TOP_DISPUTED)
        .into_iter()
        .map(|q| {
            let label = bank.question_label(&q.code);
            let counts = bank
                .levels()
                .iter()
                .zip(&q.counts)
                .map(|(l, n)| format!("{} {n}", lower_case(&l.label)))
                .chain((q.dont_know > 0).then(|| format!("don't know {}", q.dont_know)))
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <li>
                    <strong>{label.clone()}</strong>
                    {format!(": {counts} (spread {}, standard deviation {})", q.spread, fixed(q.disagreement, 2))}
                </li>
            }
        })
        .collect_view();
    let heads = names
        .iter()
        .map(|n| view! { <th scope="col">{n.clone()}</th> })
        .collect_view();
    let rows = view_data
        .questions
        .iter()
        .map(|q| {
            let label = bank.question_label(&q.code);
            let cells = refs
                .iter()
                .map(|a| {
                    let answer = a.answer(&q.code);
                    let class = heat_cell_class(bank, answer);
                    view! { <td><span class=class>{bank.answer_or_not_answered(answer)}</span></td> }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{label.clone()}</th>
                    {cells}
                    <td class="num">{q.spread}</td>
                    <td class="num">{fixed(q.disagreement, 2)}</td>
                </tr>
            }
        })
        .collect_view();
    let level_heads = bank
        .levels()
        .iter()
        .map(|l| view! { <th scope="col" class="num">{l.label.clone()}</th> })
        .collect_view();
    let combined = view_data
        .combined
        .iter()
        .map(|d| {
            let title = bank.domain(d.domain).map(Domain::label).unwrap_or_default();
            let cells = d
                .per_level
                .iter()
                .map(|n| view! { <td class="num">{*n}</td> })
                .collect_view();
            view! { <tr><th scope="row">{title}</th>{cells}<td class="num">{d.not_rated}</td></tr> }
        })
        .collect_view();
    let respondents = view_data.respondents;
    view! {
        <a class="back-link no-print" href=Route::Team { ids: vec![] }.href()>"Choose other assessments"</a>
        <h1 tabindex="-1">"Team view"</h1>
        {intro}
        <p>{format!("{respondents} people answered the {}.", lower_case(&bank.set.title))}</p>
        <div class="button-group no-print">
            <button class="button button--secondary" type="button" on:click=move |_| download(&csv_name, "text/csv", &csv)>
                "Export the team view (CSV)"
            </button>
            <button class="link-button" type="button" on:click=|_| print_page()>"Print"</button>
        </div>
        <h2>"Where people disagree most"</h2>
        <ol class="disputed">{disputed}</ol>
        <p class="hint">"These measure how far apart people are, not how complex the project is. Spread is how many steps apart the highest and lowest answers are on the scale simple, complicated, complex (0 when everyone chose the same level, 2 from simple to complex). The standard deviation shows how scattered the answers are along those steps: 0 means everyone agreed."</p>
        <h2 id="combined-title">"The team's combined profile"</h2>
        <p class="hint">"How many people's answers put each domain at each level. Each person's domain level is worked out on its own: a domain is as complex as its most complex answer, or the person's own judgement where they gave one. This is this app's own rule for summarising answers, not part of NASSS."</p>
        <div class="table-wrap" role="region" aria-labelledby="combined-title" tabindex="0">
            <table class="table" aria-labelledby="combined-title">
                <thead><tr><th scope="col">"Domain: people whose domain level is"</th>{level_heads}<th scope="col" class="num">"Not yet rated"</th></tr></thead>
                <tbody>{combined}</tbody>
            </table>
        </div>
        <h2 id="team-heat-title">"Every answer"</h2>
        <div class="table-wrap" role="region" aria-labelledby="team-heat-title" tabindex="0">
            <table class="table team-heat" aria-labelledby="team-heat-title">
                <thead><tr><th scope="col">"Question"</th>{heads}<th scope="col" class="num">"Spread"</th><th scope="col" class="num">"Standard deviation"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
