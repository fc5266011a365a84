//! "Each question, side by side" on the compare page: every assessment's answer, with each
//! difference from A to the last written out and the changed rows highlighted.

use crate::core::assessment::Assessment;
use crate::core::bank::Bank;
use crate::core::compare::{describe_change, direction, Change, QuestionDiff};
use crate::ui::implementer::compare_page::{direction_mark, side_by_side_head};
use leptos::prelude::*;

#[component]
pub fn CompareQuestions(
    bank: &'static Bank,
    /// The assessments in column order, each with its own question set.
    chosen: Vec<(Assessment, &'static Bank)>,
    /// Each column's heading, by person (`Assessment::column_name`).
    names: Vec<String>,
    questions: Vec<QuestionDiff>,
) -> impl IntoView {
    let last = chosen.len() - 1;
    let question_rows = questions
        .iter()
        .map(|q| {
            let label = bank.question_label(&q.code);
            let cells = q
                .answers
                .iter()
                .zip(&chosen)
                .map(|(a, (_, own))| view! { <td>{own.answer_or_not_answered(a.as_ref())}</td> })
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
    view! {
        <h2 id="compare-questions-title">"Each question, side by side"</h2>
        <div class="table-wrap" role="region" aria-labelledby="compare-questions-title" tabindex="0">
            <table class="table" aria-labelledby="compare-questions-title">
                {side_by_side_head("Question", &names)}
                <tbody>{question_rows}</tbody>
            </table>
        </div>
    }
}
