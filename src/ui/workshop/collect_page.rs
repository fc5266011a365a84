//! "Collect answers": the facilitator pastes the links people sent from their phones (one
//! or many at once, with any words around them) or chooses or drops files holding them,
//! sees what they would add, and only then adds them. "6 of 8 received" counts towards the
//! number of people they expect.

use crate::core::collect::{add_text, preview, received_text, Row};
use crate::core::participants::{self, Participant};
use crate::core::phone_link::{answer_payloads, read_answers, Sending};
use crate::core::route::Route;
use crate::ui::state::banks::banks;
use crate::ui::state::library::Library;
use crate::ui::state::phone::{load_expected, read_link};
use crate::ui::workshop::collect_preview::CollectPreview;
use crate::ui::workshop::expected_people::ExpectedPeople;
use crate::ui::workshop::received_links::ReceivedLinks;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// One pasted link, read: the person's answers, or why not.
pub async fn read_sending(payload: String) -> Result<Sending, String> {
    let bytes = read_link(&payload).await?;
    read_answers(&bytes, banks()).map_err(|_| {
        "This link is not a person's answers to a workshop on this device. Ask them to send it again.".to_string()
    })
}

/// Adds people's answers to the workshop `id`, and says what was added.
pub fn add_people(library: Library, id: &str, people: Vec<Participant>) -> String {
    let n = people.len();
    library.update(id, |a, now| {
        for p in people {
            participants::add(a, p);
        }
        a.updated_at = a.updated_at.max(now);
    });
    add_text(n).replacen("Add", "Added", 1)
}

#[component]
pub fn CollectPage(id: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let Some((workshop, _)) = library.get_untracked(&id) else {
        return ().into_any();
    };
    let expected = RwSignal::new(load_expected(&id));
    let rows = RwSignal::new(None::<Vec<Row>>);
    let added = RwSignal::new(None::<String>);
    let received = {
        let id = id.clone();
        Memo::new(move |_| library.get(&id).map_or(0, |(a, _)| a.participants.len()))
    };
    let on_text = {
        let id = id.clone();
        Callback::new(move |text: String| {
            added.set(None);
            let payloads = answer_payloads(&text);
            let id = id.clone();
            spawn_local(async move {
                let mut read = Vec::new();
                for p in payloads {
                    read.push(read_sending(p).await);
                }
                if let Some((w, _)) = library.get_untracked(&id) {
                    let _ = rows.try_set(Some(preview(&w, read)));
                }
            });
        })
    };
    let on_add = {
        let id = id.clone();
        Callback::new(move |people: Vec<Participant>| {
            rows.set(None);
            added.set(Some(add_people(library, &id, people)));
        })
    };
    view! {
        <a class="back-link" href=Route::Invite { id: id.clone() }.href()>"Back to the invite"</a>
        <h1 tabindex="-1">"Collect answers"</h1>
        <p>{format!("Add the answers people sent you from their phones to \"{}\". Nothing is added until you choose.", workshop.title)}</p>
        <p class="collect__count" role="status">{move || received_text(received.get(), expected.get())}</p>
        <div role="status">{move || added.get().map(|t| view! { <div class="success-callout"><p>{t}</p></div> })}</div>
        <ExpectedPeople id=id.clone() on_change=move |n| expected.set(n) />
        <ReceivedLinks on_text />
        {move || rows.get().map(|rows| view! { <CollectPreview rows on_add /> })}
        <h2>"When everyone has sent theirs"</h2>
        <div class="button-group">
            <a class="button button--secondary" href=Route::Team { ids: vec![id.clone()] }.href()>"Team view"</a>
            <a class="button-group__link" href=Route::Reveal { id: id.clone() }.href()>"Show the results"</a>
        </div>
    }
    .into_any()
}
