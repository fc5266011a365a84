//! "Each domain, side by side" on the compare page: every assessment's level for each
//! domain, and how it changed from A to the last.

use crate::core::assessment::Assessment;
use crate::core::bank::{Bank, Domain};
use crate::core::compare::DomainDiff;
use crate::core::opinions::review_view;
use crate::ui::components::domain_level::DomainLevel;
use crate::ui::implementer::compare_page::{direction_mark, side_by_side_head};
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn CompareDomains(
    bank: &'static Bank,
    /// The assessments in column order, each with its own question set.
    chosen: Vec<(Assessment, &'static Bank)>,
    /// Each column's heading, by person (`Assessment::column_name`).
    names: Vec<String>,
    domains: Vec<DomainDiff>,
) -> impl IntoView {
    let me = expect_context::<Library>().me();
    let key = me.key();
    let domain_rows = domains
        .iter()
        .map(|d| {
            let title = bank.domain(d.domain).map(Domain::label).unwrap_or_default();
            let cells = d
                .results
                .iter()
                .zip(&chosen)
                .map(|(r, (a, own))| {
                    let whose = me.whose(a).possessive();
                    // Each reviewer's level of the domain, named as theirs.
                    let reviews = a
                        .review_list()
                        .iter()
                        .filter_map(|review| {
                            review_view(review, review.title_for(&a.id, Some(&key)), own, r)
                        })
                        .map(|v| view! { <span class="domain-level__review">{v.text(own)}</span> })
                        .collect_view();
                    view! { <td><DomainLevel bank=*own result=r.clone() whose />{reviews}</td> }
                })
                .collect_view();
            let (class, mark) = direction_mark(d.direction);
            view! {
                <tr>
                    <th scope="row">{title}</th>
                    {cells}
                    <td class=class>{format!("{} {mark}", d.change_text)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h3 id="compare-domains-title">"Each domain, side by side"</h3>
        <div class="table-wrap" role="region" aria-labelledby="compare-domains-title" tabindex="0">
            <table class="table" aria-labelledby="compare-domains-title">
                {side_by_side_head("Domain", &names)}
                <tbody>{domain_rows}</tbody>
            </table>
        </div>
    }
}
