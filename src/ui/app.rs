//! Wires the app: context, the hash router, focus on page change, and which page shows.

use crate::core::example::is_example;
use crate::core::route::Route;
use crate::ui::components::example_loading::ExampleLoading;
use crate::ui::components::not_found_page::NotFoundPage;
use crate::ui::components::notice::Notice;
use crate::ui::components::save_status::SaveStatus;
use crate::ui::components::storage_problems::StorageProblems;
use crate::ui::components::update_banner::UpdateBanner;
use crate::ui::implementer::check_in_page::CheckInPage;
use crate::ui::implementer::compare_page::ComparePage;
use crate::ui::implementer::review_page::ReviewPage;
use crate::ui::implementer::team_page::TeamPage;
use crate::ui::implementer::trend_page::TrendPage;
use crate::ui::library::delete_all_page::DeleteAllPage;
use crate::ui::library::delete_page::DeletePage;
use crate::ui::library::import_page::ImportPage;
use crate::ui::library::library_page::LibraryPage;
use crate::ui::library::open_link_page::OpenLinkPage;
use crate::ui::library::privacy_page::PrivacyPage;
use crate::ui::library::rename_page::RenamePage;
use crate::ui::library::share_link_page::ShareLinkPage;
use crate::ui::library::your_name_page::YourNamePage;
use crate::ui::platform::browser::{focus_selector, typing_in_page};
use crate::ui::state::library::Library;
use crate::ui::state::route_signal::{use_hash_route, CurrentRoute};
use crate::ui::walkthrough::check_answers_page::CheckAnswersPage;
use crate::ui::walkthrough::domain_reflection_page::DomainReflectionPage;
use crate::ui::walkthrough::plan_page::PlanPage;
use crate::ui::walkthrough::question_page::QuestionPage;
use crate::ui::walkthrough::results_page::ResultsPage;
use crate::ui::walkthrough::start_page::StartPage;
use crate::ui::workshop::blank_form_page::BlankFormPage;
use crate::ui::workshop::facilitator_page::FacilitatorPage;
use crate::ui::workshop::paper_entry_page::PaperEntryPage;
use crate::ui::workshop::paused_page::PausedPage;
use crate::ui::workshop::presenter_page::PresenterPage;
use crate::ui::workshop::reveal_page::RevealPage;
use crate::ui::workshop::workshop_setup_page::WorkshopSetupPage;
use crate::ui::workshop::workshop_sync::WorkshopSync;
use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    let route = use_hash_route();
    provide_context(route);
    let library = Library::load();
    provide_context(library);
    provide_context(WorkshopSync::start(route));

    // Notifies only when the answer flips, so a page is not redrawn on every change.
    let found = Memo::new(move |_| route.0.with(|r| library.finds(r)));

    focus_each_new_page(route, found);

    // The example is downloaded by the people who open it, when they do.
    Effect::new(move || {
        if route.0.with(|r| r.assessment_id().is_some_and(is_example)) {
            library.open_example();
        }
    });

    let has_any = Memo::new(move |_| !library.is_empty());
    let page = move || match route.0.get() {
        r if !found.get() => match library.waiting_for_example(&r) {
            Some(wait) => view! { <ExampleLoading wait /> }.into_any(),
            None => view! { <NotFoundPage /> }.into_any(),
        },
        // The library is home once there is anything in it.
        Route::Home if has_any.get() => view! { <LibraryPage /> }.into_any(),
        Route::Home | Route::New => view! { <StartPage /> }.into_any(),
        Route::Import => view! { <ImportPage /> }.into_any(),
        Route::DeleteAll => view! { <DeleteAllPage /> }.into_any(),
        Route::Privacy => view! { <PrivacyPage /> }.into_any(),
        Route::YourName => view! { <YourNamePage /> }.into_any(),
        Route::Rename { id } => view! { <RenamePage id /> }.into_any(),
        Route::Delete { id } => view! { <DeletePage id /> }.into_any(),
        Route::Question {
            id,
            code,
            from_check,
        } => view! { <QuestionPage id code from_check /> }.into_any(),
        Route::Reflect { id, domain, from } => {
            view! { <DomainReflectionPage id domain from /> }.into_any()
        }
        Route::Check { id } => view! { <CheckAnswersPage id /> }.into_any(),
        Route::Results { id } => view! { <ResultsPage id /> }.into_any(),
        Route::Plan { id } => view! { <PlanPage id /> }.into_any(),
        Route::Share { id } => view! { <ShareLinkPage id /> }.into_any(),
        Route::AskReview { id } => view! { <ShareLinkPage id for_review=true /> }.into_any(),
        Route::Open { payload } => view! { <OpenLinkPage payload /> }.into_any(),
        Route::Review { id } => view! { <ReviewPage id /> }.into_any(),
        Route::CheckIn { id } => view! { <CheckInPage id /> }.into_any(),
        Route::Trend { id } => view! { <TrendPage id /> }.into_any(),
        Route::Compare { ids } => view! { <ComparePage ids /> }.into_any(),
        Route::Team { ids } => view! { <TeamPage ids /> }.into_any(),
        Route::Workshop => view! { <WorkshopSetupPage /> }.into_any(),
        Route::Blank { bank } => view! { <BlankFormPage bank_id=bank /> }.into_any(),
        Route::Present { id, code } => view! { <PresenterPage id code /> }.into_any(),
        Route::Reveal { id } => view! { <RevealPage id /> }.into_any(),
        Route::Facilitate { id } => view! { <FacilitatorPage id /> }.into_any(),
        Route::Paused { id, code } => view! { <PausedPage id code /> }.into_any(),
        Route::Paper { id } => view! { <PaperEntryPage id /> }.into_any(),
        Route::NotFound(_) => view! { <NotFoundPage /> }.into_any(),
    };

    // The projector screens are read from across a room: no header or footer, the whole
    // window for the question, and their own high-contrast theme.
    let presenting = Memo::new(move |_| {
        matches!(
            route.0.get(),
            Route::Present { .. } | Route::Reveal { .. } | Route::Paused { .. }
        )
    });
    // The facilitator's window is a tool beside the projector: no header or footer either,
    // and the window's whole width, so a question and its controls fit one laptop screen.
    let facilitating = Memo::new(move |_| matches!(route.0.get(), Route::Facilitate { .. }));
    let chrome = move || !presenting.get() && !facilitating.get();
    let container = move || match (presenting.get(), facilitating.get()) {
        (true, _) => "presenter-theme",
        (false, true) => "width-container facilitator-window",
        (false, false) => "width-container",
    };

    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            focus_selector("#main");
        }>"Skip to main content"</a>
        <Show when=chrome>
            <header class="header">
                <div class="width-container header__inner">
                    <a class="header__name" href="#/">"NASSS Navigator"</a>
                    <span class="header__tagline">"Answers stay on this device"</span>
                </div>
            </header>
        </Show>
        <div class=container>
            <UpdateBanner />
            <SaveStatus />
            <StorageProblems />
            <Notice />
            <main id="main" class="main" tabindex="-1">{page}</main>
        </div>
        <Show when=chrome>
            <footer class="footer">
                <div class="width-container">
                    <p>
                        <a href=Route::Privacy.href()>"How your data is kept"</a>
                    </p>
                    <p>
                        "Based on the NASSS framework (Greenhalgh and others, 2017). "
                        "This tool helps you think and talk about complexity. It does not predict success."
                    </p>
                </div>
            </footer>
        </Show>
    }
}

/// Keyboard and screen-reader users land on the new page's heading, and the tab title
/// follows it; on first load the browser's own focus is left alone. A page that appears
/// in place of a stand-in (the example, once downloaded) counts as a new page.
fn focus_each_new_page(route: CurrentRoute, found: Memo<bool>) {
    Effect::new(move |previous: Option<(Route, bool)>| {
        let current = (route.0.get(), found.get());
        if previous.as_ref().is_some_and(|p| p != &current) {
            request_animation_frame(|| {
                if !typing_in_page() {
                    focus_selector("main h1");
                    window().scroll_to_with_x_and_y(0.0, 0.0);
                }
            });
        }
        request_animation_frame(|| {
            if let Ok(Some(h1)) = document().query_selector("main h1") {
                let heading = h1.text_content().unwrap_or_default();
                document().set_title(&format!("{} – NASSS Navigator", heading.trim()));
            }
        });
        current
    });
}
