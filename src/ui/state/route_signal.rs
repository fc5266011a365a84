//! The current route as a signal, updated by the browser's `hashchange` event.

use crate::core::route::Route;
use crate::ui::platform::browser::current_hash;
use leptos::ev;
use leptos::prelude::*;

/// The route, provided as context so pages can ask where they are.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub ReadSignal<Route>);

pub fn use_hash_route() -> CurrentRoute {
    let (route, set_route) = signal(Route::parse(&current_hash()));
    let handle = window_event_listener(ev::hashchange, move |_| {
        set_route.set(Route::parse(&current_hash()));
    });
    on_cleanup(move || handle.remove());
    CurrentRoute(route)
}
