//! A person's answers link opened by itself (tapped in an email, say). On the device that
//! has the workshop it shows what the link would add, and adds it only when the facilitator
//! chooses; anywhere else it says where the link should go.

use crate::core::collect::{preview, Row};
use crate::core::participants::Participant;
use crate::core::route::Route;
use crate::ui::state::library::Library;
use crate::ui::workshop::collect_page::{add_people, read_sending};
use crate::ui::workshop::collect_preview::CollectPreview;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// What the link turned out to be on this device.
#[derive(Clone)]
enum Opened {
    Reading,
    Unreadable(String),
    /// The workshop is not on this device: the person who answered, most likely.
    Elsewhere,
    Here {
        id: String,
        title: String,
        rows: Vec<Row>,
    },
}

#[component]
pub fn AnswersLinkPage(payload: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let opened = RwSignal::new(Opened::Reading);
    spawn_local(async move {
        let read = match read_sending(payload).await {
            Err(why) => Opened::Unreadable(why),
            Ok(sending) => match library.get_untracked(&sending.workshop_id) {
                None => Opened::Elsewhere,
                Some((w, _)) => Opened::Here {
                    id: w.id.clone(),
                    title: w.title.clone(),
                    rows: preview(&w, vec![Ok(sending)]),
                },
            },
        };
        let _ = opened.try_set(read);
    });
    let added = RwSignal::new(None::<(String, String)>);
    view! {
        <h1 tabindex="-1">"Someone's workshop answers"</h1>
        {move || match (opened.get(), added.get()) {
            (_, Some((id, text))) => view! { <Added id text /> }.into_any(),
            (Opened::Reading, _) => view! { <p role="status">"Reading the link…"</p> }.into_any(),
            (Opened::Unreadable(why), _) => view! {
                <div class="error-callout" role="alert"><p>{why}</p></div>
            }.into_any(),
            (Opened::Elsewhere, _) => view! {
                <p>"These answers are for a workshop that is not on this device. If you answered, there is nothing more to do here: send this link to the person running the workshop. If you are running it, open the link on the device where you set the workshop up."</p>
                <a class="button button--secondary" href=Route::Home.href()>"Go to the start"</a>
            }.into_any(),
            (Opened::Here { id, title, rows }, _) => {
                let on_add = Callback::new({
                    let id = id.clone();
                    move |people: Vec<Participant>| added.set(Some((id.clone(), add_people(library, &id, people))))
                });
                view! {
                    <p>{format!("This link holds one person's answers to your workshop \"{title}\". Nothing is added until you choose.")}</p>
                    <CollectPreview rows on_add />
                    <a class="button-group__link" href=Route::Collect { id }.href()>"Collect answers from more people"</a>
                }.into_any()
            }
        }}
    }
}

/// After adding: where the facilitator goes next.
#[component]
fn Added(id: String, text: String) -> impl IntoView {
    view! {
        <div class="success-callout" role="status"><p>{text}</p></div>
        <div class="button-group">
            <a class="button" href=Route::Collect { id: id.clone() }.href()>"Collect answers"</a>
            <a class="button button--secondary" href=Route::Team { ids: vec![id] }.href()>"Team view"</a>
        </div>
    }
}
