//! Every question as a cell, by domain: level as text, colour and border style together.

use crate::core::assessment::Assessment;
use crate::core::bank::Bank;
use crate::core::route::Route;
use crate::ui::components::level_mark::heat_cell_class;
use leptos::prelude::*;

#[component]
pub fn HeatMap(
    bank: &'static Bank,
    assessment: Memo<Option<Assessment>>,
    id: String,
) -> impl IntoView {
    let rows = move || {
        let a = assessment.get();
        bank.domains()
            .iter()
            .map(|domain| {
                let cells = bank
                    .questions_in(domain.number)
                    .map(|q| {
                        let answer = a.as_ref().and_then(|a| a.answer(&q.code));
                        let class = heat_cell_class(bank, answer);
                        let href = Route::question(&id, &q.code).href();
                        view! {
                            <li>
                                <a class=class href=href>
                                    <span class="heat-cell__code">{bank.question_label(&q.code)}</span>
                                    {bank.answer_or_not_answered(answer)}
                                </a>
                            </li>
                        }
                    })
                    .collect_view();
                let heading_id = format!("heat-{}", domain.number);
                view! {
                    <li class="heat-row">
                        <span class="heat-row__domain" id=heading_id.clone()>
                            {domain.label()}
                        </span>
                        <ul class="heat-row__cells" aria-labelledby=heading_id>{cells}</ul>
                    </li>
                }
            })
            .collect_view()
    };
    view! { <ul class="heat-map">{rows}</ul> }
}
