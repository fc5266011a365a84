//! Opening a workshop invite on a phone: the link is checked and read, the facilitator's
//! own question set (when it travels in the link) is kept like one loaded from a file, and
//! the person's answers start, or carry on where they were if they open it again.

use crate::core::custom_bank::{parse_custom_bank, save_custom_bank};
use crate::core::link_codec::layout;
use crate::core::phone_answers::PhoneAnswers;
use crate::core::phone_link::{read_invite, Invite};
use crate::core::route::Route;
use crate::ui::platform::browser::{navigate, new_id};
use crate::ui::platform::browser_store::BrowserStore;
use crate::ui::state::banks::{add_custom_bank, bank, custom_banks, shipped};
use crate::ui::state::phone::{load_phone, read_link, save_phone};
use leptos::prelude::*;
use leptos::task::spawn_local;

const NOT_AN_INVITE: &str = "This link is not a workshop invite that this app can open. Ask the facilitator for the link again.";

/// The invite's question set on this phone, kept when the link brought it.
fn take_bank(invite: &Invite) -> Result<(), String> {
    if let Some(file) = &invite.bank_file {
        let new = parse_custom_bank(file.as_bytes(), shipped(), custom_banks())
            .map_err(|e| format!("The workshop's questions cannot be used on this phone. {e}"))?;
        save_custom_bank(&mut BrowserStore, &new).map_err(|e| {
            format!("The workshop's questions could not be kept on this phone. {e}")
        })?;
        add_custom_bank(new);
    }
    match bank(&invite.bank_id) {
        Some(b) if layout(b) == invite.layout => Ok(()),
        Some(_) => Err("This phone has a different version of the workshop's questions. Update the app (reload the page), then open the invite again.".into()),
        None => Err("The workshop's questions are not on this phone. Load the question set file the facilitator sent you (on Run a workshop, under \"Load your own questions\"), then open the invite again, or ask the facilitator for the invite link.".into()),
    }
}

async fn join(payload: String) -> Result<String, String> {
    let bytes = read_link(&payload).await?;
    let invite = read_invite(&bytes).map_err(|_| NOT_AN_INVITE.to_string())?;
    take_bank(&invite)?;
    let answers = match load_phone(&invite.workshop_id) {
        Some(mut kept) => {
            kept.rejoin(&invite);
            kept
        }
        None => PhoneAnswers::start(&invite, new_id()),
    };
    save_phone(&answers)
        .map_err(|e| format!("Your answers could not be kept on this phone. {e}"))?;
    Ok(invite.workshop_id)
}

#[component]
pub fn JoinPage(payload: String) -> impl IntoView {
    let problem = RwSignal::new(None::<String>);
    spawn_local(async move {
        match join(payload).await {
            Ok(workshop) => navigate(&Route::Phone {
                workshop,
                step: "start".into(),
            }),
            Err(why) => {
                let _ = problem.try_set(Some(why));
            }
        }
    });
    view! {
        <h1 tabindex="-1">"Workshop invite"</h1>
        {move || match problem.get() {
            None => view! { <p>"Opening the workshop…"</p> }.into_any(),
            Some(why) => view! {
                <div class="warning-callout">
                    <h2 class="warning-callout__title">"This invite cannot be opened"</h2>
                    <p>{why}</p>
                </div>
            }
            .into_any(),
        }}
    }
}
