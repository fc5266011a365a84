//! The home page once any assessment exists: every assessment on this device, with what
//! can be done to each.

use crate::core::route::Route;
use crate::ui::components::blank_form_links::BlankFormLinks;
use crate::ui::library::assessment_card::assessment_card;
use crate::ui::library::backup_reminder::BackupReminder;
use crate::ui::library::keep_status::KeepStatus;
use crate::ui::state::banks::bank;
use crate::ui::state::library::Library;
use leptos::prelude::*;

/// How many assessments the list draws at first, and adds with each "Show more": the
/// newest are the ones people want, and a library of thousands would otherwise take
/// seconds to draw.
pub const SHOWN_AT_ONCE: usize = 100;

#[component]
pub fn LibraryPage() -> impl IntoView {
    let library = expect_context::<Library>();
    let shown = RwSignal::new(SHOWN_AT_ONCE);
    let items = move || {
        library.with_all(|list| {
            list.iter()
                .take(shown.get())
                .filter_map(|a| Some(assessment_card(a, bank(&a.bank.id)?)))
                .collect_view()
        })
    };
    let more = move || {
        let hidden = library
            .with_all(|list| list.len())
            .saturating_sub(shown.get());
        (hidden > 0).then(|| {
            view! {
                <p>
                    <button class="button button--secondary" type="button"
                        on:click=move |_| shown.update(|n| *n += SHOWN_AT_ONCE)>
                        {format!("Show {} more", hidden.min(SHOWN_AT_ONCE))}
                    </button>
                    {format!(" {hidden} older assessments are not shown yet.")}
                </p>
            }
        })
    };
    view! {
        <h1 tabindex="-1">"Your assessments"</h1>
        <p>"These are kept in this browser on this device only. Export them to keep a copy or share them."</p>
        <KeepStatus />
        <BackupReminder />
        <div class="button-group">
            <a class="button" href=Route::New.href()>"Start a new assessment"</a>
            <a class="button button--secondary" href=Route::Import.href()>"Import from a file"</a>
            <a class="button button--secondary" href=Route::Workshop.href()>"Run a workshop"</a>
        </div>
        <p class="library__tools">
            <a href=Route::Compare { ids: vec![] }.href()>"Compare assessments"</a>
            " · "
            <a href=Route::Team { ids: vec![] }.href()>"Team view"</a>
            " · "
            <a href=crate::core::example::example_route().href()>"See an example"</a>
            " · "
            <button class="link-button" type="button" on:click=move |_| library.export_json(&library.all())>
                "Export all (JSON)"
            </button>
        </p>
        <ul class="library">{items}</ul>
        {more}
        <h2>"On paper"</h2>
        <BlankFormLinks />
        <h2>"Your data"</h2>
        <p>
            <a href=Route::Privacy.href()>"How your data is kept"</a>
            " · "
            <a href=Route::YourName.href()>"Your name"</a>
            " · "
            <a href=Route::DeleteAll.href()>"Delete all data on this device"</a>
        </p>
    }
}
