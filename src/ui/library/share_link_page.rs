//! "Share by link": says plainly who can read a shared link, then copies it, or says why a
//! file is the better way. The link is made as the page opens, so its length is known
//! before anyone clicks.

use crate::core::author::signed;
use crate::core::file_format::export_compact;
use crate::core::route::Route;
use crate::core::share_link::{length_note, link};
use crate::ui::platform::browser::{focus_and_select, now, page_without_hash};
use crate::ui::platform::export::export_json;
use crate::ui::platform::share::{compress, copy_text};
use crate::ui::state::library::Library;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone)]
enum Made {
    Making,
    Ready(String),
    /// Why not, in words: too long for email, or a browser that cannot compress.
    Refused(String),
}

#[derive(Clone, Copy, PartialEq)]
enum Copied {
    No,
    Yes,
    /// The browser refused the clipboard: the link is shown to copy by hand.
    ByHand,
}

async fn make(library: Library, id: &str) -> Made {
    let Some((a, _)) = library.get_untracked(id) else {
        return Made::Making;
    };
    let me = library.me();
    let json = export_compact(&signed(&[a], me.get_untracked().as_ref(), &me.key()), now());
    match compress(json.as_bytes()).await {
        Some(packed) => match link(&page_without_hash(), &packed, json.len()) {
            Ok(url) => Made::Ready(url),
            Err(too_long) => Made::Refused(too_long.to_string()),
        },
        None => Made::Refused(
            "This browser cannot make links. Export a file instead and send that.".into(),
        ),
    }
}

#[component]
pub fn ShareLinkPage(id: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let Some((assessment, _)) = library.get_untracked(&id) else {
        return ().into_any();
    };
    let made = RwSignal::new(Made::Making);
    let copied = RwSignal::new(Copied::No);
    spawn_local({
        let id = id.clone();
        async move {
            let _ = made.try_set(make(library, &id).await);
        }
    });
    let copy = move |_| {
        let Made::Ready(url) = made.get_untracked() else {
            return;
        };
        spawn_local(async move {
            let done = if copy_text(&url).await {
                Copied::Yes
            } else {
                Copied::ByHand
            };
            if copied.try_set(done).is_none() && done == Copied::ByHand {
                request_animation_frame(|| focus_and_select("#share-link-text"));
            }
        });
    };
    let export = move |_| {
        if let Some((a, _)) = library.get_untracked(&id) {
            export_json(&[a], library.me().get_untracked(), &library.me().key());
        }
    };
    let result = move || {
        match made.get() {
        Made::Making => view! { <p>"Making the link…"</p> }.into_any(),
        Made::Refused(why) => view! {
            <div class="warning-callout">
                <h2 class="warning-callout__title">"Send a file instead"</h2>
                <p>{why}</p>
            </div>
            <button class="button" type="button" on:click=export.clone()>"Export JSON"</button>
        }
        .into_any(),
        Made::Ready(url) => view! {
            <p>{length_note(url.chars().count())}</p>
            <button class="button" type="button" on:click=copy>"Copy the link"</button>
            {move || (copied.get() == Copied::ByHand).then(|| view! {
                <div class="form-group">
                    <label class="label" for="share-link-text">"The link"</label>
                    <div class="hint" id="share-link-hint">"This browser did not let the app copy the link, so copy it yourself: it is selected, ready to copy (Ctrl+C, or Command+C on a Mac)."</div>
                    <textarea class="textarea" id="share-link-text" rows="5" readonly aria-describedby="share-link-hint"
                        prop:value=url.clone()></textarea>
                </div>
            })}
        }
        .into_any(),
    }
    };
    view! {
        <a class="back-link" href=Route::Home.href()>"Back"</a>
        <h1 tabindex="-1">{format!("Share \"{}\" by link", assessment.title)}</h1>
        <div class="warning-callout">
            <h2 class="warning-callout__title">"Anyone with the link can read the answers"</h2>
            <p>"The link holds the whole assessment: answers, notes, judgements, reflections, the action plan and past check-ins. Anyone who gets it, for example in a forwarded email, can open it and read everything. Send it only to people who may see the answers."</p>
        </div>
        <p>"Nothing is uploaded. The assessment travels inside the link itself, in the part after the # sign, which browsers never send to a website. The person who opens it chooses whether to keep a copy."</p>
        {result}
        <div role="status">
            {move || (copied.get() == Copied::Yes).then(|| view! {
                <div class="success-callout"><p>"Link copied. Paste it into an email or a message."</p></div>
            })}
        </div>
    }
    .into_any()
}
