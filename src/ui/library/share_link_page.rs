//! "Share": says plainly who can read a shared link, then hands it to the phone's share
//! sheet where there is one, or copies it, or says why a file is the better way. The same
//! page, worded for asking someone to review your assessment. The link is made as the page
//! opens, so its length is known before anyone chooses.

use crate::core::author::signed;
use crate::core::route::Route;
use crate::core::share_link::{length_note, link, link_data};
use crate::ui::platform::browser::{focus_and_select, page_without_hash};
use crate::ui::platform::export::export_json;
use crate::ui::platform::share::{can_share, compress, copy_text, share_sheet, Shared};
use crate::ui::state::banks::banks;
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
    /// The browser refused the clipboard (or its share sheet): the link is shown to copy by hand.
    ByHand,
}

async fn make(library: Library, id: &str) -> Made {
    let Some((a, _)) = library.get_untracked(id) else {
        return Made::Making;
    };
    let me = library.me();
    let data = link_data(
        &signed(&[a], me.get_untracked().as_ref(), &me.key()),
        banks(),
    );
    match compress(&data).await {
        Some(packed) => match link(&page_without_hash(), &packed) {
            Ok(url) => Made::Ready(url),
            Err(too_long) => Made::Refused(too_long.to_string()),
        },
        None => Made::Refused(
            "This browser cannot make links. Export a file instead and send that.".into(),
        ),
    }
}

/// "Share" (`for_review` false) or "Ask someone to review this" (true).
#[component]
pub fn ShareLinkPage(id: String, #[prop(optional)] for_review: bool) -> impl IntoView {
    let library = expect_context::<Library>();
    let Some((assessment, _)) = library.get_untracked(&id) else {
        return ().into_any();
    };
    let title = assessment.title.clone();
    let made = RwSignal::new(Made::Making);
    spawn_local({
        let id = id.clone();
        async move {
            let _ = made.try_set(make(library, &id).await);
        }
    });
    let export = move |_| {
        if let Some((a, _)) = library.get_untracked(&id) {
            export_json(&[a], library.me().get_untracked(), &library.me().key());
        }
    };
    let heading = if for_review {
        format!("Ask someone to review \"{title}\"")
    } else {
        format!("Share \"{title}\"")
    };
    let result = move || match made.get() {
        Made::Making => view! { <p>"Making the link…"</p> }.into_any(),
        Made::Refused(why) => view! {
            <div class="warning-callout">
                <h2 class="warning-callout__title">"Send a file instead"</h2>
                <p>{why}</p>
            </div>
            <button class="button" type="button" on:click=export.clone()>"Export JSON"</button>
        }
        .into_any(),
        Made::Ready(url) => view! { <LinkReady url title=title.clone() /> }.into_any(),
    };
    let why = for_review.then(|| view! {
        <p>"Send this link to the person you would like to review your assessment. They can read it in their browser without keeping anything, then keep a copy, give their view of each domain, and share their review back to you the same way. When you open the link they send back, the app shows what their review adds before anything changes, and your own answers stay yours."</p>
    });
    view! {
        <a class="back-link" href=Route::Home.href()>"Back"</a>
        <h1 tabindex="-1">{heading}</h1>
        {why}
        <div class="warning-callout">
            <h2 class="warning-callout__title">"Anyone with the link can read the answers"</h2>
            <p>"The link holds the whole assessment: answers, notes, judgements, reflections, the action plan, past check-ins and any review. Anyone who gets it, for example in a forwarded email, can open it and read everything. Send it only to people who may see the answers."</p>
        </div>
        <p>"Nothing is uploaded. The assessment travels inside the link itself, in the part after the # sign, which browsers never send to a website. The person who opens it reads it first, and chooses whether to keep a copy."</p>
        {result}
    }
    .into_any()
}

/// The link, ready: the share sheet where the device has one, and Copy always.
#[component]
fn LinkReady(url: String, title: String) -> impl IntoView {
    let copied = RwSignal::new(Copied::No);
    let failed_sheet = RwSignal::new(false);
    let show_by_hand = move || {
        if copied.try_set(Copied::ByHand).is_none() {
            request_animation_frame(|| focus_and_select("#share-link-text"));
        }
    };
    let copy = {
        let url = url.clone();
        move |_| {
            let url = url.clone();
            spawn_local(async move {
                if copy_text(&url).await {
                    let _ = copied.try_set(Copied::Yes);
                } else {
                    show_by_hand();
                }
            });
        }
    };
    let sheet = can_share().then(|| {
        let url = url.clone();
        let share = move |_| {
            let (url, title) = (url.clone(), title.clone());
            spawn_local(async move {
                if share_sheet(&title, &url).await == Shared::Failed {
                    let _ = failed_sheet.try_set(true);
                    show_by_hand();
                }
            });
        };
        view! { <button class="button" type="button" on:click=share>"Share the link"</button> }
    });
    let copy_class = if sheet.is_some() {
        "button button--secondary"
    } else {
        "button"
    };
    view! {
        <p>{length_note(url.chars().count())}</p>
        <div class="button-group">
            {sheet}
            <button class=copy_class type="button" on:click=copy>"Copy the link"</button>
        </div>
        {move || (copied.get() == Copied::ByHand).then(|| {
            let why = if failed_sheet.get() {
                "This device did not open its share options, so copy the link yourself: it is selected, ready to copy (Ctrl+C, or Command+C on a Mac)."
            } else {
                "This browser did not let the app copy the link, so copy it yourself: it is selected, ready to copy (Ctrl+C, or Command+C on a Mac)."
            };
            view! {
                <div class="form-group">
                    <label class="label" for="share-link-text">"The link"</label>
                    <div class="hint" id="share-link-hint">{why}</div>
                    <textarea class="textarea" id="share-link-text" rows="5" readonly aria-describedby="share-link-hint"
                        prop:value=url.clone()></textarea>
                </div>
            }
        })}
        <div role="status">
            {move || (copied.get() == Copied::Yes).then(|| view! {
                <div class="success-callout"><p>"Link copied. Paste it into an email or a message."</p></div>
            })}
        </div>
    }
}
