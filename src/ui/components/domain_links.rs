//! "How the domains affect each other": every "depends on" link the person recorded while
//! looking back over a domain, each with a way to change it (or, read-only, to see it). Quiet
//! (absent) when there are none.

use crate::core::assessment::Assessment;
use crate::core::bank::Bank;
use crate::core::route::{Origin, Route};
use leptos::prelude::*;

#[component]
pub fn DomainLinks(
    bank: &'static Bank,
    assessment: Memo<Option<Assessment>>,
    id: String,
    editable: bool,
) -> impl IntoView {
    let action = if editable { "Change" } else { "See" };
    let links = Memo::new(move |_| {
        assessment.with(|a| a.as_ref().map(|a| a.domain_links()).unwrap_or_default())
    });
    let label = |n: u32| bank.domain(n).map_or_else(|| n.to_string(), |d| d.label());
    move || {
        let items = links.with(|links| {
            links
                .iter()
                .map(|link| {
                    let note = link.note.trim();
                    let text = format!(
                        "{} depends on {}{}",
                        label(link.from),
                        label(link.to),
                        if note.is_empty() { String::new() } else { format!(": {note}") }
                    );
                    let edit = Route::Reflect { id: id.clone(), domain: link.from, from: Origin::Results };
                    view! {
                        <li>
                            {text}" "
                            <a class="no-print" href=edit.href()>
                                {action}<span class="visually-hidden">{format!(" the links from {}", label(link.from))}</span>
                            </a>
                        </li>
                    }
                })
                .collect::<Vec<_>>()
        });
        (!items.is_empty()).then(|| view! {
            <h3>"How the domains affect each other"</h3>
            <p>"Which domains depend on others, as noted when looking back over each domain. A problem in one often feeds problems in another."</p>
            <ul>{items}</ul>
        })
    }
}
