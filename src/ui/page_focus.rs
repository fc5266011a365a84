//! Keyboard and screen-reader users land on each new page's heading, and the tab title
//! follows it; on first load the browser's own focus is left alone.

use crate::core::route::Route;
use crate::ui::platform::browser::{focus_selector, typing_in_page};
use crate::ui::state::route_signal::CurrentRoute;
use leptos::prelude::*;

/// The page last settled (its route, and whether its assessment was found): focus moves only
/// when that changes. A page that appears in place of a stand-in (the example once
/// downloaded, a page whose code was still loading) counts as a new page.
#[derive(Clone, Copy)]
pub struct PageFocus {
    route: CurrentRoute,
    found: Memo<bool>,
    settled: StoredValue<Option<(Route, bool)>>,
}

impl PageFocus {
    /// Settles each page the route shows; a page that loads later calls `settle_next_frame`
    /// itself once it has arrived.
    pub fn start(route: CurrentRoute, found: Memo<bool>) -> PageFocus {
        let focus = PageFocus {
            route,
            found,
            settled: StoredValue::new(None),
        };
        Effect::new(move || {
            route.0.track();
            found.track();
            focus.settle_next_frame();
        });
        focus
    }

    /// After the page has been drawn: its heading takes focus if it is a new page, and names
    /// the tab. A page still loading has no heading yet, and waits for its own call.
    pub fn settle_next_frame(self) {
        request_animation_frame(move || {
            let Ok(Some(h1)) = document().query_selector("main h1") else {
                return;
            };
            let current = (self.route.0.get_untracked(), self.found.get_untracked());
            let previous = self.settled.get_value();
            if previous.as_ref().is_some_and(|p| p != &current) && !typing_in_page() {
                focus_selector("main h1");
                window().scroll_to_with_x_and_y(0.0, 0.0);
            }
            self.settled.set_value(Some(current));
            let heading = h1.text_content().unwrap_or_default();
            document().set_title(&format!("{} – NASSS Navigator", heading.trim()));
        });
    }
}
