//! "Answer on your phone": the invite shown on the projector, so everyone answers each
//! question privately on their own phone before the room discusses it. The link carries the
//! workshop's name and question set (the facilitator's own set whole), so phones need
//! nothing else.

use crate::core::custom_bank::bank_file_text;
use crate::core::phone_link::invite_data;
use crate::core::qr::qr_picture;
use crate::core::route::Route;
use crate::ui::platform::browser::download;
use crate::ui::state::banks::shipped;
use crate::ui::state::library::Library;
use crate::ui::state::phone::make_link;
use crate::ui::workshop::invite_code::InviteCode;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn InvitePage(id: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let Some((workshop, bank)) = library.get_untracked(&id) else {
        return ().into_any();
    };
    let is_shipped = shipped().iter().any(|b| b.id() == bank.id());
    // Your own question set travels whole in the link to copy; when that is too long for a
    // code, the code carries only the set's name, for phones that loaded its file first.
    let link = RwSignal::new(None::<Option<(String, String)>>);
    let data = invite_data(&workshop, bank, is_shipped);
    let short = invite_data(&workshop, bank, true);
    spawn_local(async move {
        let whole = make_link("#/join/", &data).await;
        let made = match whole {
            Some(url) if !is_shipped && qr_picture(&url).is_none() => {
                make_link("#/join/", &short).await.map(|code| (url, code))
            }
            other => other.map(|url| (url.clone(), url)),
        };
        let _ = link.try_set(Some(made));
    });
    let bank_file = (!is_shipped).then(|| {
        Callback::new(move |()| {
            download(
                &format!("{}.json", bank.id()),
                "application/json",
                &bank_file_text(bank),
            )
        })
    });
    let first = Route::Present {
        id: id.clone(),
        code: bank.questions()[0].code.clone(),
    };
    view! {
        <div class="invite">
            <div class="invite__side">
                <a class="back-link" href=Route::Facilitate { id: id.clone() }.href()>"Facilitator window"</a>
                <h1 tabindex="-1">"Answer on your phone"</h1>
                <p class="invite__lede">{format!("Scan the code to answer the questions of \"{}\" on your own phone.", workshop.title)}</p>
                <ul>
                    <li>"Your answers are private: nobody sees them until you send them."</li>
                    <li>"You do not have to give your name."</li>
                    <li>"Nothing is uploaded: you send your answers to the facilitator yourself, as a link."</li>
                </ul>
                <div class="button-group">
                    <a class="button" href=Route::Collect { id: id.clone() }.href()>"Collect answers"</a>
                    <a class="button-group__link" href=first.href()>"Start the questions"</a>
                </div>
            </div>
            <div class="invite__main">
                {move || match link.get() {
                    None => view! { <p>"Making the invite…"</p> }.into_any(),
                    Some(None) => view! { <p class="warning-callout">"This browser cannot make links. Use a recent version of Chrome, Edge, Firefox or Safari."</p> }.into_any(),
                    Some(Some((url, code_url))) => view! { <InviteCode url code_url bank_file /> }.into_any(),
                }}
            </div>
        </div>
    }
    .into_any()
}
