//! One lock across every tab and window of the app on this device: the browser's Web Locks
//! API (`navigator.locks`). Two tabs that read, merge and write one assessment at the same
//! moment would otherwise each write over the other's change.

use leptos::prelude::window;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

type Work = Rc<RefCell<Option<Box<dyn FnOnce(bool)>>>>;

/// Runs `work` while holding the lock `name`, once any other tab holding it lets go: with
/// `true`. Where the browser has no `navigator.locks`, or refuses the request, runs it at
/// once with `false`, and `work` must then guard itself (`storage::save_until_held`).
pub fn with_lock(name: &str, work: impl FnOnce(bool) + 'static) {
    let work: Work = Rc::new(RefCell::new(Some(Box::new(work))));
    let Some(request) = lock_request() else {
        run(&work, false);
        return;
    };
    let granted = {
        let work = work.clone();
        // The work is synchronous, so returning from the callback releases the lock.
        Closure::once_into_js(move |_lock: JsValue| {
            run(&work, true);
            JsValue::UNDEFINED
        })
    };
    let (locks, request) = request;
    let promise = request
        .call2(&locks, &name.into(), &granted)
        .ok()
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    match promise {
        // Refused (an opaque origin, say): the work has not run, so it runs unlocked.
        Some(promise) => wasm_bindgen_futures::spawn_local(async move {
            if wasm_bindgen_futures::JsFuture::from(promise).await.is_err() {
                run(&work, false);
            }
        }),
        None => run(&work, false),
    }
}

/// Runs the work unless it already ran (granted, then the promise rejected for another reason).
fn run(work: &Work, locked: bool) {
    let next = work.borrow_mut().take();
    if let Some(next) = next {
        next(locked);
    }
}

/// `navigator.locks` and its `request`, looked up by name so a browser without them (or a
/// test that takes them away) falls back rather than fails.
fn lock_request() -> Option<(JsValue, js_sys::Function)> {
    let navigator = js_sys::Reflect::get(&window(), &"navigator".into()).ok()?;
    let locks = js_sys::Reflect::get(&navigator, &"locks".into())
        .ok()
        .filter(|l| l.is_object())?;
    let request = js_sys::Reflect::get(&locks, &"request".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    Some((locks, request))
}
