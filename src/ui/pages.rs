//! Which page each route shows, and which pages load only when first opened.
//!
//! A first visit downloads the start page and the question page. Every other page is a
//! `#[lazy]` function: the split build (src/web/split_build.sh) cuts it, with the code only it
//! uses, into its own wasm chunk, fetched the first time someone opens the page. A new page
//! goes here as one more lazy function and one more arm of `page`, so it never grows the
//! first visit (tests/size_guard.mjs fails if something does).

use crate::core::route::Route;
use crate::ui::components::not_found_page::NotFoundPage;
use crate::ui::components::page_loading::PageLoading;
use crate::ui::page_focus::PageFocus;
use crate::ui::walkthrough::question_page::QuestionPage;
use crate::ui::walkthrough::start_page::StartPage;
use leptos::prelude::*;
use std::future::Future;

/// The page for a route whose assessment (if any) is on this device.
pub fn page(route: Route, home_is_library: bool) -> AnyView {
    match route {
        Route::Home if home_is_library => lazy(library_page()),
        Route::Home | Route::New => view! { <StartPage /> }.into_any(),
        Route::Question {
            id,
            code,
            from_check,
        } => view! { <QuestionPage id code from_check /> }.into_any(),
        Route::Import => lazy(import_page()),
        Route::DeleteAll => lazy(delete_all_page()),
        Route::Privacy => lazy(privacy_page()),
        Route::YourName => lazy(your_name_page()),
        Route::Rename { id } => lazy(rename_page(id)),
        Route::Delete { id } => lazy(delete_page(id)),
        Route::Reflect { id, domain, from } => lazy(reflection_page(id, domain, from)),
        Route::Check { id } => lazy(check_answers_page(id)),
        Route::Results { id } => lazy(results_page(id)),
        Route::Plan { id } => lazy(plan_page(id)),
        Route::Share { id } => lazy(share_link_page(id)),
        Route::Open { payload } => lazy(open_link_page(payload)),
        Route::Review { id } => lazy(review_page(id)),
        Route::CheckIn { id } => lazy(check_in_page(id)),
        Route::Trend { id } => lazy(trend_page(id)),
        Route::Compare { ids } => lazy(compare_page(ids)),
        Route::Team { ids } => lazy(team_page(ids)),
        Route::Workshop => lazy(workshop_setup_page()),
        Route::Blank { bank } => lazy(blank_form_page(bank)),
        Route::Present { id, code } => lazy(presenter_page(id, code)),
        Route::Reveal { id } => lazy(reveal_page(id)),
        Route::Facilitate { id } => lazy(facilitator_page(id)),
        Route::Paused { id, code } => lazy(paused_page(id, code)),
        Route::NotFound(_) => view! { <NotFoundPage /> }.into_any(),
    }
}

/// A page whose code may still be on its way. Once its chunk is here the page draws at once,
/// with no stand-in; until then a quiet stand-in (which speaks only if the wait is long), and
/// the page takes focus when it arrives, as any new page does.
fn lazy(page: impl Future<Output = AnyView> + Send + 'static) -> AnyView {
    let focus = expect_context::<PageFocus>();
    view! {
        <Suspense fallback=|| view! { <PageLoading /> }>
            {Suspend::new(async move {
                let view = page.await;
                focus.settle_next_frame();
                view
            })}
        </Suspense>
    }
    .into_any()
}

/// Fetches the pages a person answering questions opens next (look-back, check, results), so
/// they open as fast as a page already seen. Called once the first page is idle.
pub fn preload_next_pages() {
    #[cfg(feature = "split")]
    leptos::task::spawn_local(async {
        __preload_reflection_page().await;
        __preload_check_answers_page().await;
        __preload_results_page().await;
    });
}

// One function per page. `#[lazy]` only in the split build: anywhere else the wasm has no
// chunks to load, so these stay plain async functions.

#[cfg(feature = "split")]
use leptos::lazy;

#[cfg_attr(feature = "split", lazy)]
async fn library_page() -> AnyView {
    use crate::ui::library::library_page::LibraryPage;
    view! { <LibraryPage /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
async fn import_page() -> AnyView {
    use crate::ui::library::import_page::ImportPage;
    view! { <ImportPage /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
async fn delete_all_page() -> AnyView {
    use crate::ui::library::delete_all_page::DeleteAllPage;
    view! { <DeleteAllPage /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
async fn privacy_page() -> AnyView {
    use crate::ui::library::privacy_page::PrivacyPage;
    view! { <PrivacyPage /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
async fn your_name_page() -> AnyView {
    use crate::ui::library::your_name_page::YourNamePage;
    view! { <YourNamePage /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
async fn rename_page(id: String) -> AnyView {
    use crate::ui::library::rename_page::RenamePage;
    view! { <RenamePage id /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
async fn delete_page(id: String) -> AnyView {
    use crate::ui::library::delete_page::DeletePage;
    view! { <DeletePage id /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
async fn reflection_page(id: String, domain: u32, from: crate::core::route::Origin) -> AnyView {
    use crate::ui::walkthrough::domain_reflection_page::DomainReflectionPage;
    view! { <DomainReflectionPage id domain from /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
async fn check_answers_page(id: String) -> AnyView {
    use crate::ui::walkthrough::check_answers_page::CheckAnswersPage;
    view! { <CheckAnswersPage id /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
async fn results_page(id: String) -> AnyView {
    use crate::ui::walkthrough::results_page::ResultsPage;
    view! { <ResultsPage id /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
async fn plan_page(id: String) -> AnyView {
    use crate::ui::walkthrough::plan_page::PlanPage;
    view! { <PlanPage id /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
async fn share_link_page(id: String) -> AnyView {
    use crate::ui::library::share_link_page::ShareLinkPage;
    view! { <ShareLinkPage id /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
async fn open_link_page(payload: String) -> AnyView {
    use crate::ui::library::open_link_page::OpenLinkPage;
    view! { <OpenLinkPage payload /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
async fn review_page(id: String) -> AnyView {
    use crate::ui::implementer::review_page::ReviewPage;
    view! { <ReviewPage id /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
async fn check_in_page(id: String) -> AnyView {
    use crate::ui::implementer::check_in_page::CheckInPage;
    view! { <CheckInPage id /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
async fn trend_page(id: String) -> AnyView {
    use crate::ui::implementer::trend_page::TrendPage;
    view! { <TrendPage id /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
async fn compare_page(ids: Vec<String>) -> AnyView {
    use crate::ui::implementer::compare_page::ComparePage;
    view! { <ComparePage ids /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
async fn team_page(ids: Vec<String>) -> AnyView {
    use crate::ui::implementer::team_page::TeamPage;
    view! { <TeamPage ids /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
async fn workshop_setup_page() -> AnyView {
    use crate::ui::workshop::workshop_setup_page::WorkshopSetupPage;
    view! { <WorkshopSetupPage /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
async fn blank_form_page(bank_id: String) -> AnyView {
    use crate::ui::workshop::blank_form_page::BlankFormPage;
    view! { <BlankFormPage bank_id /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
async fn presenter_page(id: String, code: String) -> AnyView {
    use crate::ui::workshop::presenter_page::PresenterPage;
    view! { <PresenterPage id code /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
async fn reveal_page(id: String) -> AnyView {
    use crate::ui::workshop::reveal_page::RevealPage;
    view! { <RevealPage id /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
async fn facilitator_page(id: String) -> AnyView {
    use crate::ui::workshop::facilitator_page::FacilitatorPage;
    view! { <FacilitatorPage id /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
async fn paused_page(id: String, code: String) -> AnyView {
    use crate::ui::workshop::paused_page::PausedPage;
    view! { <PausedPage id code /> }.into_any()
}
