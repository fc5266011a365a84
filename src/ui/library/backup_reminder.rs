//! "Last copy kept: 12 days ago. Export all": shown on the library only when the rule in
//! `core::backup` says so (changes a week old that no export holds, not put off lately).

use crate::ui::platform::browser::{focus_selector, now};
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn BackupReminder() -> impl IntoView {
    let library = expect_context::<Library>();
    let backup = library.backup();
    // The reminder goes once used: focus goes back to the page's heading, not to nowhere.
    let export_all = move |_| {
        library.export_json(&library.all());
        library.set_notice(Some(
            "A copy of all your assessments was downloaded. Keep the file somewhere safe.".into(),
        ));
        focus_selector("main h1");
    };
    let later = move |_| {
        backup.dismissed();
        focus_selector("main h1");
    };
    move || {
        backup.reminder().map(|reminder| {
            let why = match reminder.last_copy {
                None => " There is no copy outside this browser yet.",
                Some(_) => " Changes since then are only in this browser.",
            };
            view! {
                <div class="inset backup-reminder">
                    <p><strong>{format!("{}.", reminder.text(now()))}</strong>{why}</p>
                    <div class="button-group">
                        <button class="button button--secondary" type="button" on:click=export_all>"Export all"</button>
                        <button class="link-button" type="button" on:click=later>"Remind me later"</button>
                    </div>
                </div>
            }
        })
    }
}
