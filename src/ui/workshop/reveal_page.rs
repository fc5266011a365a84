//! The reveal at the end of a workshop: the profile in type big enough for the back of the
//! room (with the group's own judgement of any domain; see `reveal_profile`), the
//! questions the room voted on but left undecided, each with a way back, and the questions
//! the room disagreed on most, which are where to talk next. On a projector the profile and
//! the disputed questions are set in type of at least 2.6% of the screen's height (19px at
//! 720p, 28px at 1080p: the same size on the wall), on a phone 24px, and it all fits a
//! 1280×720 projector as it does a 1920×1080 one.

use crate::ui::state::library::Library;
use crate::ui::workshop::most_disputed::MostDisputed;
use crate::ui::workshop::reveal_controls::RevealControls;
use crate::ui::workshop::reveal_profile::RevealProfile;
use crate::ui::workshop::shortcuts_dialog::{ShortcutsDialog, ShortcutsOverlay};
use crate::ui::workshop::undecided_list::UndecidedList;
use crate::ui::workshop::workshop_prompt::WorkshopPrompt;
use crate::ui::workshop::workshop_sync::WorkshopSync;
use leptos::prelude::*;

#[component]
pub fn RevealPage(id: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let sync = expect_context::<WorkshopSync>();
    let Some((_, bank)) = library.get_untracked(&id) else {
        return ().into_any();
    };
    let dialog = ShortcutsDialog::new();
    let assessment = library.watch(&id);
    let profile = Library::watch_profile(bank, assessment);
    let alone = {
        let id = id.clone();
        Memo::new(move |_| !sync.facilitator_open(&id))
    };

    let title =
        move || assessment.with(|a| a.as_ref().map(|a| a.title.clone()).unwrap_or_default());
    let headline = move || profile.with(|p| p.headline(bank.levels()));

    let (undecided_id, profile_id) = (id.clone(), id.clone());
    let tools = move || {
        let id = id.clone();
        alone.get().then(|| view! { <RevealControls id dialog /> })
    };

    view! {
        <div class="presenter reveal">
            <div class="presenter__top">
                <p class="presenter__where">
                    <span>{move || format!("Workshop results: the group ({})", title())}</span>
                </p>
                {tools}
            </div>
            <h1 class="reveal__headline" tabindex="-1">{headline}</h1>
            <div class="reveal__body">
                <RevealProfile id=profile_id bank profile dialog />
                <div class="reveal__side">
                    <UndecidedList id=undecided_id buttons=alone title_class="reveal__title" compact=true />
                    <section class="reveal__disputed" aria-labelledby="reveal-disputed-title">
                        <h2 id="reveal-disputed-title" class="reveal__title">"Most disputed"</h2>
                        <MostDisputed bank assessment />
                    </section>
                </div>
            </div>
            <ShortcutsOverlay dialog />
            <WorkshopPrompt />
        </div>
    }
    .into_any()
}
