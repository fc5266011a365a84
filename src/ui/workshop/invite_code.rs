//! The invite the room scans: a QR code big enough for the back of the room, the link
//! itself to copy, and, where phones could not open it (this computer's own address, a
//! file), what to do instead of a useless code.

use crate::core::phone_link::reachable_by_phones;
use crate::core::qr::qr_picture;
use crate::ui::platform::browser::page_without_hash;
use crate::ui::platform::share::copy_text;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn InviteCode(
    /// The whole invite, to copy.
    url: String,
    /// What the code carries: the same, or without the question set when that is too long.
    code_url: String,
    #[prop(into)] bank_file: Option<Callback<()>>,
) -> impl IntoView {
    let reachable = reachable_by_phones(&page_without_hash());
    let picture = qr_picture(&code_url);
    let without_bank = code_url != url;
    let copied = RwSignal::new(false);
    let copy = {
        let url = url.clone();
        move |_| {
            let url = url.clone();
            spawn_local(async move {
                let _ = copied.try_set(copy_text(&url).await);
            });
        }
    };
    let file_note = without_bank.then(|| {
        view! {
            <div class="inset">
                <p>{format!("Your own questions make the whole invite link {} characters long, too long for a code. The code works on phones that have loaded the question set file first (on Run a workshop); or send people the link, which carries everything.", url.chars().count())}</p>
                {bank_file.map(|save| view! {
                    <button class="button button--secondary" type="button" on:click=move |_| save.run(())>"Save the question set file"</button>
                })}
            </div>
        }
    });
    let code = match (&picture, reachable) {
        (Some(p), true) => view! {
            <svg class="invite__code" role="img" aria-label="QR code of the invite link"
                viewBox=format!("0 0 {0} {0}", p.size) shape-rendering="crispEdges">
                <rect width=p.size height=p.size fill="#fff" />
                <path d=p.path.clone() fill="#000" />
            </svg>
        }
        .into_any(),
        (_, false) => view! {
            <div class="warning-callout invite__unreachable">
                <h2 class="warning-callout__title">"Phones cannot open this address"</h2>
                <p>"The app is running at an address that only this computer can reach (its own \"localhost\" address, or a file on it), so a phone that scanned a code would find nothing. Serve the app on your network address instead (for example, http://192.168.1.20:8080 rather than http://127.0.0.1:8080), or from your organisation's web server, and open this page from there."</p>
            </div>
        }
        .into_any(),
        (None, true) => view! {
            <div class="warning-callout">
                <h2 class="warning-callout__title">"Too long for a code"</h2>
                <p>{format!("The invite link is {} characters long: too long for a code phones could read from across a room. Send people the link by email or a message instead.", url.chars().count())}</p>
            </div>
        }
        .into_any(),
    };
    view! {
        {code}
        {file_note}
        <div class="form-group invite__link">
            <label class="label" for="invite-link">"The invite link"</label>
            <input class="input" id="invite-link" type="text" readonly prop:value=url.clone() />
        </div>
        <div class="button-group">
            <button class="button button--secondary" type="button" on:click=copy>"Copy the invite link"</button>
        </div>
        <div role="status">
            {move || copied.get().then(|| view! { <p class="success-callout">"Invite link copied."</p> })}
        </div>
    }
}
