//! Every question of a bank with its answer and note, grouped by domain. The check page
//! shows it with Change links; the results page and the printed report without.

use crate::core::assessment::Assessment;
use crate::core::bank::Bank;
use crate::core::route::{Origin, Route};
use crate::core::workshop::tally_summary;
use crate::ui::components::level_mark::AnswerMark;
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
                .map(|q| {
                    let code = q.code.clone();
                    // Each row reads the assessment in place (`with`): a copy per row made a
                    // bank of thousands of questions freeze the tab.
                    let answer = {
                        let code = code.clone();
                        move || assessment.with(|a| a.as_ref().and_then(|a| a.answer(&code).cloned()))
                    };
                    let carried = {
                        let code = code.clone();
                        move || assessment.with(|a| a.as_ref().and_then(|a| a.response(&code)).is_some_and(|r| r.carried_over))
                    };
                    let note = {
                        let code = code.clone();
                        move || assessment.with(|a| a.as_ref().map(|a| a.note(&code).to_string()).unwrap_or_default())
                    };
                    // A workshop's votes, kept beside the group's answer.
                    let votes = {
                        let code = code.clone();
                        move || assessment.with(|a| a.as_ref().and_then(|a| a.response(&code)).and_then(|r| tally_summary(bank, &r.tally)))
                    };
                    let change = with_change_links.then(|| {
                        let href = Route::Question { id: id.clone(), code: code.clone(), from_check: true }.href();
                        let (id, code) = (id.clone(), code.clone());
                        let carried = carried.clone();
                        let still_right = {
                            let code = code.clone();
                            move || carried().then(|| {
                                let (id, code) = (id.clone(), code.clone());
                                view! {
                                    <button class="link-button" type="button"
                                        on:click=move |_| library.update(&id, |a, now| a.confirm(&code, now))>
                                        "This is still right"<span class="visually-hidden">{format!(" (question {code})")}</span>
                                    </button>
                                }
                            })
                        };
                        view! {
                            <dd class="summary-list__actions">
                                {still_right}
                                <a href=href>
                                    "Change"<span class="visually-hidden">{format!(" answer to question {code}")}</span>
                                </a>
                            </dd>
                        }
                    });
                    view! {
                        <div class="summary-list__row">
                            <dt class="summary-list__key">
                                <span class="code-tag">{q.code.clone()}</span>" "{q.text.clone()}
                            </dt>
                            <dd class="summary-list__value">
                                {move || view! { <AnswerMark bank answer=answer() /> }}
                                {move || carried().then(|| view! { <span class="carried">" Carried over, not yet checked"</span> })}
                                {move || votes().map(|v| view! { <span class="tally">{format!("Votes: {v}")}</span> })}
                                {move || {
                                    let n = note();
                                    (!n.trim().is_empty()).then(|| view! {
                                        <span class="note"><span class="visually-hidden">"Note: "</span>{n}</span>
                                    })
                                }}
                            </dd>
                            {change}
                        </div>
                    }
                })
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
