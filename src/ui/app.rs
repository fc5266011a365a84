//! Wires the app: context, the hash router, focus on page change, and which page shows.

use crate::core::example::is_example;
use crate::core::route::Route;
use crate::ui::components::example_loading::ExampleLoading;
use crate::ui::components::not_found_page::NotFoundPage;
use crate::ui::components::notice::Notice;
use crate::ui::components::offline_ready::OfflineReady;
use crate::ui::components::save_status::SaveStatus;
use crate::ui::components::storage_problems::StorageProblems;
use crate::ui::components::update_banner::UpdateBanner;
use crate::ui::page_focus::PageFocus;
use crate::ui::pages::{page, preload_next_pages, Reopen};
use crate::ui::platform::browser::{focus_selector, when_idle};
use crate::ui::state::library::Library;
use crate::ui::state::route_signal::use_hash_route;
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

    provide_context(PageFocus::start(route, found));
    let reopen = Reopen::new();
    provide_context(reopen);
    // Once the first page is idle, the pages someone answering opens next.
    when_idle(preload_next_pages);

    // The example is downloaded by the people who open it, when they do.
    Effect::new(move || {
        if route.0.with(|r| r.assessment_id().is_some_and(is_example)) {
            library.open_example();
        }
    });

    let has_any = Memo::new(move |_| !library.is_empty());
    let page = move || {
        reopen.track();
        match route.0.get() {
            r if !found.get() => match library.waiting_for_example(&r) {
                Some(wait) => view! { <ExampleLoading wait /> }.into_any(),
                None => view! { <NotFoundPage /> }.into_any(),
            },
            // The library is home once there is anything in it. Only home reads that: any other
            // page would otherwise be drawn again, its state thrown away mid-event, when the
            // first assessment is made on it (starting a workshop did just that).
            r => {
                let home_is_library = matches!(r, Route::Home) && has_any.get();
                page(r, home_is_library)
            }
        }
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
    // The invite is shown on the projector too: the code as large as the screen allows.
    let inviting = Memo::new(move |_| matches!(route.0.get(), Route::Invite { .. }));
    let chrome = move || !presenting.get() && !facilitating.get() && !inviting.get();
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
                    <OfflineReady />
                    <p>
                        "Based on the NASSS framework (Greenhalgh and others, 2017). "
                        "This tool helps you think and talk about complexity. It does not predict success."
                    </p>
                </div>
            </footer>
        </Show>
    }
}
