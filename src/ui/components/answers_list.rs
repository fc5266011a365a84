//! Every question of a bank with its answer and note, grouped by domain. The check page
//! shows it with Change links; the results page and the printed report without.

use crate::core::assessment::Assessment;
use crate::core::bank::Bank;
use crate::core::route::{Origin, Route};
use crate::ui::components::answer_row::AnswerRow;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn AnswersList(
    bank: &'static Bank,
    assessment: Memo<Option<Assessment>>,
    id: String,
    /// Show "Change" links that return to the check page.
    #[prop(optional)]
    with_change_links: bool,
    /// Heading level for the domain headings (2 on the check page, 3 inside the results).
    #[prop(default = 2)]
    heading_level: u8,
) -> impl IntoView {
    let library = expect_context::<Library>();
    bank.domains()
        .iter()
        .map(|domain| {
            let rows = bank
                .questions_in(domain.number)
                .map(|question| view! { <AnswerRow bank question assessment id=id.clone() with_change_links /> })
                .collect_view();
            let title = domain.label();
            let heading = if heading_level == 2 {
                view! { <h2>{title}</h2> }.into_any()
            } else {
                view! { <h3>{title}</h3> }.into_any()
            };
            // A check-in: confirm a whole domain's carried-over answers in one go.
            let domain_still_right = with_change_links.then(|| {
                let number = domain.number;
                let (id, label) = (id.clone(), domain.label());
                move || {
                    let waiting = assessment.with(|a| a.as_ref().map_or(0, |a| a.carried_over_in(bank, number)));
                    (waiting > 1).then(|| {
                        let id = id.clone();
                        view! {
                            <p>
                                <button class="button button--secondary" type="button"
                                    on:click=move |_| library.update(&id, |a, now| a.confirm_domain(bank, number, now))>
                                    {format!("All {waiting} carried-over answers here are still right")}
                                    <span class="visually-hidden">{format!(" ({label})")}</span>
                                </button>
                            </p>
                        }
                    })
                }
            });
            let look_back = with_change_links.then(|| {
                let href = Route::Reflect { id: id.clone(), domain: domain.number, from: Origin::Check }.href();
                view! {
                    <p>
                        <a href=href>
                            "Your own judgement and reflections"
                            <span class="visually-hidden">{format!(" on {}", domain.label())}</span>
                        </a>
                    </p>
                }
            });
            view! {
                {heading}
                {domain_still_right}
                <dl class="summary-list">{rows}</dl>
                {look_back}
            }
        })
        .collect_view()
}
