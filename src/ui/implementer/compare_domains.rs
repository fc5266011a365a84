//! "Each domain, side by side" on the compare page: every assessment's level for each
//! domain, and how it changed from A to the last.

use crate::core::assessment::Assessment;
use crate::core::bank::{Bank, Domain};
use crate::core::compare::DomainDiff;
use crate::ui::components::domain_level::DomainLevel;
use crate::ui::implementer::compare_page::{direction_mark, side_by_side_head};
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn CompareDomains(
    bank: &'static Bank,
    /// The assessments in column order, each with its own question set.
    chosen: Vec<(Assessment, &'static Bank)>,
    domains: Vec<DomainDiff>,
) -> impl IntoView {
    let me = expect_context::<Library>().me();
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
                    view! { <td><DomainLevel bank=*own result=r.clone() whose /></td> }
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
                {side_by_side_head("Domain", &chosen)}
                <tbody>{domain_rows}</tbody>
            </table>
        </div>
    }
}
