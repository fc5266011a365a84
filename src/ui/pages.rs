//! Which page each route shows, and which pages load only when first opened.
//!
//! A first visit downloads the start page and the question page. Every other page is a lazy
//! function (`lazy_page!`): the split build (src/web/split_build.sh) cuts it, with the code
//! only such pages use, into a wasm chunk fetched the first time someone opens one of them. A
//! new page goes here as one more lazy function and one more arm of `page`, so it never grows
//! the first visit (tests/size_guard.test.mjs fails if something does).

use crate::core::route::Route;
use crate::ui::components::not_found_page::NotFoundPage;
use crate::ui::components::page_loading::PageLoading;
use crate::ui::components::page_not_loaded::PageNotLoaded;
use crate::ui::lazy::{lazy_fn, ChunkMissing};
use crate::ui::page_focus::PageFocus;
use crate::ui::platform::browser::focus_selector;
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
        Route::AskReview { id } => lazy(ask_review_page(id)),
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
        Route::Paper { id } => lazy(paper_entry_page(id)),
        Route::Invite { id } => lazy(invite_page(id)),
        Route::Collect { id } => lazy(collect_page(id)),
        Route::Answers { payload } => lazy(answers_link_page(payload)),
        Route::Join { payload } => lazy(join_page(payload)),
        Route::Phone { workshop, step } => lazy(phone_page(workshop, step)),
        Route::NotFound(_) => view! { <NotFoundPage /> }.into_any(),
    }
}

/// A page whose code may still be on its way. Once its chunk is here the page draws at once,
/// with no stand-in; until then a quiet stand-in (which speaks only if the wait is long), and
/// the page takes focus when it arrives, as any new page does. If its chunk cannot be fetched,
/// the page says so and offers to try again (`Reopen`); the rest of the app keeps working.
fn lazy(page: impl Future<Output = Result<AnyView, ChunkMissing>> + Send + 'static) -> AnyView {
    let focus = expect_context::<PageFocus>();
    let reopen = expect_context::<Reopen>();
    view! {
        <Suspense fallback=|| view! { <PageLoading /> }>
            {Suspend::new(async move { arrived(page.await, focus, reopen) })}
        </Suspense>
    }
    .into_any()
}

// Kept out of `lazy`, which is compiled once per page, so the first visit holds it once.
#[inline(never)]
fn arrived(page: Result<AnyView, ChunkMissing>, focus: PageFocus, reopen: Reopen) -> AnyView {
    focus.settle_next_frame();
    reopen.settled();
    page.unwrap_or_else(|ChunkMissing| view! { <PageNotLoaded retry=reopen.retry /> }.into_any())
}

/// "Try again" on a page whose code could not be fetched: the app draws the current page
/// again (src/ui/app.rs tracks this), which fetches its code afresh. Nothing else is redrawn,
/// so nothing typed elsewhere is lost.
#[derive(Clone, Copy)]
pub struct Reopen {
    retry: Callback<()>,
    asked: Trigger,
    /// Whether the page being drawn was asked for again, so it takes the focus.
    refocus: StoredValue<bool>,
}

impl Reopen {
    pub fn new() -> Reopen {
        let asked = Trigger::new();
        let refocus = StoredValue::new(false);
        let retry = Callback::new(move |()| {
            refocus.set_value(true);
            asked.notify();
        });
        Reopen {
            retry,
            asked,
            refocus,
        }
    }

    /// Tracks "Try again" (the page switch redraws on it).
    pub fn track(&self) {
        self.asked.track();
    }

    // The "Try again" button is gone: what replaced it takes focus, although the address (so,
    // for PageFocus, the page) is the same.
    fn settled(self) {
        if self.refocus.get_value() {
            self.refocus.set_value(false);
            request_animation_frame(|| focus_selector("main h1"));
        }
    }
}

/// Fetches the pages a person answering questions opens next (look-back, check, results), so
/// they open as fast as a page already seen. Called once the first page is idle.
pub fn preload_next_pages() {
    // A chunk that cannot be fetched now is fetched again when its page is opened.
    #[cfg(feature = "split")]
    leptos::task::spawn_local(async {
        let _ = __wasm_split_preload_results_page().await;
    });
}

/// One function per page, each in a named chunk: the pages in one chunk are opened together
/// (the walkthrough's later pages; the library's; sharing and importing; an implementer's;
/// a workshop's), and the chunk carries the code only they use. One chunk per page would
/// cut the wasm into hundreds of tiny shared pieces, each its own request.
///
/// Each is a `lazy_fn` (src/ui/lazy.rs) returning the page's view.
///
/// To add a page: write its component, add a `lazy_page!(chunk: fn its_page(args) { view })`
/// below in the chunk of the pages it is opened with (or a new chunk name), and route to it
/// with `lazy(its_page(args))` in `page`. Never name the component in `page` directly: that
/// puts it, and all it uses, into the first visit (tests/size_guard.test.mjs says so).
macro_rules! lazy_page {
    ($chunk:ident: fn $name:ident($($arg:ident: $ty:ty),*) $body:block) => {
        lazy_fn!($chunk: fn $name($($arg: $ty),*) -> AnyView $body);
    };
}

lazy_page!(answering: fn reflection_page(id: String, domain: u32, from: crate::core::route::Origin) {
    use crate::ui::walkthrough::domain_reflection_page::DomainReflectionPage;
    view! { <DomainReflectionPage id domain from /> }.into_any()
});

lazy_page!(answering: fn check_answers_page(id: String) {
    use crate::ui::walkthrough::check_answers_page::CheckAnswersPage;
    view! { <CheckAnswersPage id /> }.into_any()
});

lazy_page!(answering: fn results_page(id: String) {
    use crate::ui::walkthrough::results_page::ResultsPage;
    view! { <ResultsPage id /> }.into_any()
});

lazy_page!(answering: fn plan_page(id: String) {
    use crate::ui::walkthrough::plan_page::PlanPage;
    view! { <PlanPage id /> }.into_any()
});

lazy_page!(library: fn library_page() {
    use crate::ui::library::library_page::LibraryPage;
    view! { <LibraryPage /> }.into_any()
});

lazy_page!(library: fn delete_all_page() {
    use crate::ui::library::delete_all_page::DeleteAllPage;
    view! { <DeleteAllPage /> }.into_any()
});

lazy_page!(library: fn privacy_page() {
    use crate::ui::library::privacy_page::PrivacyPage;
    view! { <PrivacyPage /> }.into_any()
});

lazy_page!(library: fn your_name_page() {
    use crate::ui::library::your_name_page::YourNamePage;
    view! { <YourNamePage /> }.into_any()
});

lazy_page!(library: fn rename_page(id: String) {
    use crate::ui::library::rename_page::RenamePage;
    view! { <RenamePage id /> }.into_any()
});

lazy_page!(library: fn delete_page(id: String) {
    use crate::ui::library::delete_page::DeletePage;
    view! { <DeletePage id /> }.into_any()
});

lazy_page!(sharing: fn import_page() {
    use crate::ui::library::import_page::ImportPage;
    view! { <ImportPage /> }.into_any()
});

lazy_page!(sharing: fn share_link_page(id: String) {
    use crate::ui::library::share_link_page::ShareLinkPage;
    view! { <ShareLinkPage id /> }.into_any()
});

lazy_page!(sharing: fn ask_review_page(id: String) {
    use crate::ui::library::share_link_page::ShareLinkPage;
    view! { <ShareLinkPage id for_review=true /> }.into_any()
});

lazy_page!(sharing: fn open_link_page(payload: String) {
    use crate::ui::library::open_link_page::OpenLinkPage;
    view! { <OpenLinkPage payload /> }.into_any()
});

lazy_page!(implementer: fn review_page(id: String) {
    use crate::ui::implementer::review_page::ReviewPage;
    view! { <ReviewPage id /> }.into_any()
});

lazy_page!(implementer: fn check_in_page(id: String) {
    use crate::ui::implementer::check_in_page::CheckInPage;
    view! { <CheckInPage id /> }.into_any()
});

lazy_page!(implementer: fn trend_page(id: String) {
    use crate::ui::implementer::trend_page::TrendPage;
    view! { <TrendPage id /> }.into_any()
});

lazy_page!(implementer: fn compare_page(ids: Vec<String>) {
    use crate::ui::implementer::compare_page::ComparePage;
    view! { <ComparePage ids /> }.into_any()
});

lazy_page!(implementer: fn team_page(ids: Vec<String>) {
    use crate::ui::implementer::team_page::TeamPage;
    view! { <TeamPage ids /> }.into_any()
});

lazy_page!(workshop: fn workshop_setup_page() {
    use crate::ui::workshop::workshop_setup_page::WorkshopSetupPage;
    view! { <WorkshopSetupPage /> }.into_any()
});

lazy_page!(workshop: fn blank_form_page(bank_id: String) {
    use crate::ui::workshop::blank_form_page::BlankFormPage;
    view! { <BlankFormPage bank_id /> }.into_any()
});

lazy_page!(workshop: fn presenter_page(id: String, code: String) {
    use crate::ui::workshop::presenter_page::PresenterPage;
    view! { <PresenterPage id code /> }.into_any()
});

lazy_page!(workshop: fn reveal_page(id: String) {
    use crate::ui::workshop::reveal_page::RevealPage;
    view! { <RevealPage id /> }.into_any()
});

lazy_page!(workshop: fn facilitator_page(id: String) {
    use crate::ui::workshop::facilitator_page::FacilitatorPage;
    view! { <FacilitatorPage id /> }.into_any()
});

lazy_page!(workshop: fn paused_page(id: String, code: String) {
    use crate::ui::workshop::paused_page::PausedPage;
    view! { <PausedPage id code /> }.into_any()
});

lazy_page!(workshop: fn paper_entry_page(id: String) {
    use crate::ui::workshop::paper_entry_page::PaperEntryPage;
    view! { <PaperEntryPage id /> }.into_any()
});

lazy_page!(workshop: fn invite_page(id: String) {
    use crate::ui::workshop::invite_page::InvitePage;
    view! { <InvitePage id /> }.into_any()
});

lazy_page!(workshop: fn collect_page(id: String) {
    use crate::ui::workshop::collect_page::CollectPage;
    view! { <CollectPage id /> }.into_any()
});

lazy_page!(workshop: fn answers_link_page(payload: String) {
    use crate::ui::workshop::answers_link_page::AnswersLinkPage;
    view! { <AnswersLinkPage payload /> }.into_any()
});

// A participant's phone opens only these: their own chunk, not the facilitator's workshop.
lazy_page!(phone: fn join_page(payload: String) {
    use crate::ui::phone::join_page::JoinPage;
    view! { <JoinPage payload /> }.into_any()
});

lazy_page!(phone: fn phone_page(workshop: String, step: String) {
    use crate::ui::phone::phone_page::PhonePage;
    view! { <PhonePage workshop step /> }.into_any()
});
