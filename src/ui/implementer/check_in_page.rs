//! Starting a check-in: the current answers become a round in the history, and the team
//! re-rates from them, changing only what has changed.

use crate::core::route::Route;
use crate::core::trend::{iso_date, parse_date, start_check_in, suggest_next_check_in};
use crate::ui::components::read_only_notice::{Editable, ReadOnlyNotice};
use crate::ui::platform::browser::{navigate, today};
use crate::ui::state::library::Library;
use crate::ui::state::submit_once::SubmitOnce;
use leptos::prelude::*;

/// The NASSS toolkits suggest looking again every 3 to 6 months.
const MONTHS_TO_NEXT_CHECK_IN: u32 = 3;

pub fn suggested_next_check_in() -> String {
    parse_date(&today())
        .map(|d| iso_date(suggest_next_check_in(d, MONTHS_TO_NEXT_CHECK_IN)))
        .unwrap_or_default()
}

#[component]
pub fn CheckInPage(id: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let Some((assessment, _)) = library.get_untracked(&id) else {
        return ().into_any();
    };
    let round = assessment.rounds.len() + 1;
    let (comment, set_comment) = signal(String::new());
    let (next, set_next) = signal(suggested_next_check_in());
    let read_only = library.is_read_only(&id);
    let once = SubmitOnce::new();
    let on_submit = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if read_only || !once.first() {
                return;
            }
            let next_date = parse_date(&next.get_untracked()).map(iso_date);
            library.update(&id, |a, now| {
                start_check_in(a, &comment.get_untracked(), now);
                a.next_check_in = next_date;
            });
            navigate(&Route::Check { id: id.clone() });
        }
    };
    view! {
        <a class="back-link" href=Route::Home.href()>"Back"</a>
        <h1 tabindex="-1">{format!("Check in on \"{}\"", assessment.title)}</h1>
        <p>{format!(
            "Your current answers will be kept as round {round}. You then go through them again: they start as they are now, marked as carried over, so you only change what has changed."
        )}</p>
        <ReadOnlyNotice id=id.clone() />
        <form on:submit=on_submit novalidate>
            <Editable read_only>
            <div class="form-group">
                <label class="label" for="round-comment">{format!("What has happened since round {round} was rated? (optional)")}</label>
                <div class="hint" id="round-comment-hint">"For example, a new site joined, funding changed, or the supplier released a new version. It is saved with the date."</div>
                <textarea class="textarea" id="round-comment" rows="3" aria-describedby="round-comment-hint"
                    prop:value=comment.get_untracked()
                    on:input=move |ev| set_comment.set(event_target_value(&ev))></textarea>
            </div>
            <div class="form-group">
                <label class="label" for="next-check-in">"When should you check in after this one?"</label>
                <div class="hint" id="next-check-in-hint">"We suggest 3 months from today. Every 3 to 6 months suits most projects."</div>
                <input class="input input--date" type="date" id="next-check-in" aria-describedby="next-check-in-hint"
                    prop:value=next.get_untracked()
                    on:input=move |ev| set_next.set(event_target_value(&ev)) />
            </div>
            <button class="button" type="submit">"Start the check-in"</button>
            </Editable>
        </form>
    }
    .into_any()
}
