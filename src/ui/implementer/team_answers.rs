//! "Every answer" on the team view: questions down the side, people across, each answer
//! marked by its level, with how far apart the answers are.

use crate::core::assessment::Assessment;
use crate::core::bank::Bank;
use crate::core::decimal::fixed;
use crate::core::team::QuestionSpread;
use crate::ui::components::level_mark::heat_cell_class;
use leptos::prelude::*;

#[component]
pub fn TeamAnswers(
    bank: &'static Bank,
    /// The people's assessments, in column order.
    people: Vec<Assessment>,
    /// Each person's column heading (`Assessment::column_name`), in the same order.
    names: Vec<String>,
    questions: Vec<QuestionSpread>,
) -> impl IntoView {
    let heads = names
        .iter()
        .map(|name| view! { <th scope="col">{name.clone()}</th> })
        .collect_view();
    let rows = questions
        .iter()
        .map(|q| {
            let label = bank.question_label(&q.code);
            let cells = people
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
    view! {
        <h2 id="team-heat-title">"Every answer"</h2>
        <div class="table-wrap" role="region" aria-labelledby="team-heat-title" tabindex="0">
            <table class="table team-heat" aria-labelledby="team-heat-title">
                <thead><tr><th scope="col">"Question"</th>{heads}<th scope="col" class="num">"Spread"</th><th scope="col" class="num">"Standard deviation"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
