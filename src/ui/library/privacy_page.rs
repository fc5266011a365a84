//! How the app keeps data, in plain English.

use crate::core::backup::{Durability, QUIET_AFTER_DISMISS_DAYS, REMIND_AFTER_DAYS};
use crate::core::route::Route;
use crate::ui::library::keep_status::KeepStatus;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn PrivacyPage() -> impl IntoView {
    let backup = expect_context::<Library>().backup();
    let may_clear = move || backup.durability() == Durability::MayClear;
    view! {
        <a class="back-link" href=Route::Home.href()>"Back"</a>
        <h1 tabindex="-1">"How your data is kept"</h1>
        <h2>"Nothing leaves your device"</h2>
        <p>"NASSS Navigator runs entirely in your web browser. It has no server, no account and no tracking. Your answers, notes and plans are never sent anywhere."</p>
        <h2>"What is stored, and where"</h2>
        <p>"Each assessment, with its answers, notes, action plan and history, is stored in this browser's local storage, on this device only. Another browser or another device cannot see it. Question banks you load for a workshop are kept the same way."</p>
        <h2>"How long it is kept"</h2>
        <p>"Until you delete it, or until you clear this browser's data for this site. Private or incognito windows usually forget everything when you close them."</p>
        <p>"Browsers can also clear a site's data on their own: some when the device is short of space, and Safari after seven days without a visit, unless the app is installed. So the app asks this browser to keep your assessments when you save your first one, and again if you install the app."</p>
        <div role="status"><KeepStatus /></div>
        <Show when=may_clear>
            <p><button class="button button--secondary" type="button" on:click=move |_| backup.ask()>"Ask this browser to keep them"</button></p>
        </Show>
        <h2>"Keeping a copy or sharing it"</h2>
        <p>"Use Export on "<a href=Route::Home.href()>"your assessments"</a>" to save a file. JSON files can be imported again on another device; CSV files open in a spreadsheet. Files you export are yours to store or share as you choose."</p>
        <p>{format!("When a change you made here is {REMIND_AFTER_DAYS} days old and no copy has been exported since, your assessments page says when you last kept a copy, with a button to export them all. Choose \"Remind me later\" and it stays away for {QUIET_AFTER_DISMISS_DAYS} days. Only a file with every assessment in it counts as a copy.")}</p>
        <p>"\"Share\" (on an assessment's card and its results) puts a whole assessment into a link instead of a file. The answers sit after the # in the address. Browsers never send that part to a server, but anyone who has the link can read them. Opening a link shows the assessment to read and stores nothing until you choose to keep a copy."</p>
        <h2>"Names in files are not checked"</h2>
        <p>"The name and organisation on an assessment you import, or open from a link, are what the person who sent it typed. Nobody checks them, so anyone can type any name, yours included."</p>
        <p>"What makes an assessment yours is a secret key this browser made for itself. It signs each assessment you start here, stays on this device and is never put in a file or a link. An assessment it did not sign opens read-only, even when it carries your name. If a file really is your own work from another device, choose \"Mine, from another device\" when you import it."</p>
        <h2>"Deleting it"</h2>
        <p>"Delete one assessment from "<a href=Route::Home.href()>"your assessments"</a>", remove a question bank you loaded on "<a href=Route::Workshop.href()>"Run a workshop"</a>", or "<a href=Route::DeleteAll.href()>"delete all data on this device"</a>", which removes this browser's key too."</p>
    }
}
