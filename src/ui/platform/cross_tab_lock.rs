//! One lock across every tab and window of the app on this device: the browser's Web Locks
//! API (`navigator.locks`). Two tabs that read, merge and write one assessment at the same
//! moment would otherwise each write over the other's change.
//!
//! The tab that last wrote keeps the lock until another tab asks for it (a message on a
//! BroadcastChannel), the tab is hidden or left, or a request that did not ask is seen
//! waiting (`navigator.locks.query()`, once a second). Its next write then runs at once,
//! inside the click or key press that made it. Waiting for a grant
//! is a task of its own, and Chromium runs a task that follows an input only after the next
//! frame (about 50 ms in a window that is not drawing): a save would wait that long.

use leptos::prelude::{set_timeout, window};
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{BroadcastChannel, MessageEvent};

type Work = Rc<RefCell<Option<Box<dyn FnOnce(bool)>>>>;

/// Where tabs ask each other for a lock that one of them keeps.
const CHANNEL: &str = "nasss-navigator/locks";
/// How often a tab that keeps a lock looks for requests that did not ask (an older version
/// of the app in another tab, say).
const LOOK_FOR_WAITING: Duration = Duration::from_secs(1);
/// A request heard this recently (ms) means the lock is not kept after the work it grants:
/// the asking tab may have asked before this tab's own request was granted.
const RECENTLY_ASKED_MS: f64 = 1_000.0;

/// A lock this tab holds after its work: the function that lets it go.
struct Kept {
    release: js_sys::Function,
}

/// A few values by lock name (a tab writes a handful of assessments): a list is enough, and
/// smaller in the wasm than a hash map.
struct Named<T>(Vec<(String, T)>);

impl<T> Default for Named<T> {
    fn default() -> Self {
        Named(Vec::new())
    }
}

impl<T> Named<T> {
    fn get(&self, name: &str) -> Option<&T> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    fn get_mut(&mut self, name: &str) -> Option<&mut T> {
        self.0.iter_mut().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    fn insert(&mut self, name: &str, value: T) {
        match self.get_mut(name) {
            Some(slot) => *slot = value,
            None => self.0.push((name.to_string(), value)),
        }
    }

    fn remove(&mut self, name: &str) -> Option<T> {
        let at = self.0.iter().position(|(n, _)| n == name)?;
        Some(self.0.swap_remove(at).1)
    }
}

#[derive(Default)]
struct Keeper {
    /// `None` where the browser has no BroadcastChannel: nobody could ask, so nothing is kept.
    channel: Option<BroadcastChannel>,
    kept: Named<Kept>,
    /// When another tab last asked for each lock (`Date.now()`).
    asked: Named<f64>,
    /// This tab's own requests not yet granted, by lock: a lock is never kept while one waits.
    waiting: Named<u32>,
    /// Whether the once-a-second look for waiting requests is running.
    looking: bool,
}

thread_local! {
    static KEEPER: RefCell<Option<Keeper>> = const { RefCell::new(None) };
}

fn with_keeper<T>(f: impl FnOnce(&mut Keeper) -> T) -> T {
    KEEPER.with(|k| {
        let mut k = k.borrow_mut();
        let keeper = k.get_or_insert_with(start_keeper);
        f(keeper)
    })
}

/// Runs `work` while holding the lock `name`, once any other tab holding it lets go: with
/// `true`. Where the browser has no `navigator.locks`, or refuses the request, runs it at
/// once with `false`, and `work` must then guard itself (`storage::save_until_held`).
pub fn with_lock(name: &str, work: impl FnOnce(bool) + 'static) {
    let Some(request) = lock_request() else {
        work(false);
        return;
    };
    // Kept from this tab's last write: nobody else can hold it, so the work runs now.
    if use_kept(name) {
        work(true);
        return;
    }
    ask_others(name);
    with_keeper(|k| {
        let n = k.waiting.get(name).copied().unwrap_or(0);
        k.waiting.insert(name, n + 1);
    });
    let work: Work = Rc::new(RefCell::new(Some(Box::new(work))));
    let granted = {
        let (work, name) = (work.clone(), name.to_string());
        // The work is synchronous: returning nothing releases the lock at once, returning a
        // promise keeps it until that promise settles.
        Closure::once_into_js(move |_lock: JsValue| {
            with_keeper(|k| {
                if let Some(n) = k.waiting.get_mut(&name) {
                    *n = n.saturating_sub(1);
                }
            });
            run(&work, true);
            keep(&name)
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

/// Whether this tab keeps `name`.
fn use_kept(name: &str) -> bool {
    with_keeper(|k| k.kept.get(name).is_some())
}

/// In the grant: what to return to keep the lock (a promise this tab settles to let it go),
/// or `undefined` to release it now.
fn keep(name: &str) -> JsValue {
    // Kept only where others can ask for it, nobody asked meanwhile and no request of this
    // tab's own waits behind it (the work may have asked again).
    let let_go_now = with_keeper(|k| {
        k.channel.is_none()
            || k.waiting.get(name).is_some_and(|n| *n > 0)
            || k.asked
                .get(name)
                .is_some_and(|at| js_sys::Date::now() - at < RECENTLY_ASKED_MS)
    });
    if let_go_now || hidden() {
        return JsValue::UNDEFINED;
    }
    let mut release = None;
    let promise = js_sys::Promise::new(&mut |resolve, _reject| release = Some(resolve));
    let Some(release) = release else {
        return JsValue::UNDEFINED;
    };
    let start_looking = with_keeper(|k| {
        k.kept.insert(name, Kept { release });
        !std::mem::replace(&mut k.looking, true)
    });
    if start_looking {
        look_for_waiting();
    }
    promise.into()
}

/// While any lock is kept: once a second, lets go of each kept lock that another request
/// waits for. Every request is seen here, whether or not its tab asked.
fn look_for_waiting() {
    set_timeout(
        || {
            let keeping = with_keeper(|k| {
                k.looking = !k.kept.0.is_empty();
                k.looking
            });
            if !keeping {
                return;
            }
            wasm_bindgen_futures::spawn_local(async {
                for name in waiting_requests().await {
                    let_go(&name);
                }
                look_for_waiting();
            });
        },
        LOOK_FOR_WAITING,
    );
}

/// The names of the locks that requests wait for (`navigator.locks.query().pending`).
/// This tab never requests a lock it keeps, so each is another tab's.
async fn waiting_requests() -> Vec<String> {
    let Some((locks, _)) = lock_request() else {
        return Vec::new();
    };
    let query = js_sys::Reflect::get(&locks, &"query".into())
        .ok()
        .and_then(|q| q.dyn_into::<js_sys::Function>().ok());
    let Some(promise) = query
        .and_then(|q| q.call0(&locks).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
    else {
        return Vec::new();
    };
    let Ok(snapshot) = wasm_bindgen_futures::JsFuture::from(promise).await else {
        return Vec::new();
    };
    let pending = js_sys::Reflect::get(&snapshot, &"pending".into()).unwrap_or_default();
    if !js_sys::Array::is_array(&pending) {
        return Vec::new();
    }
    pending
        .unchecked_into::<js_sys::Array>()
        .iter()
        .filter_map(|request| {
            js_sys::Reflect::get(&request, &"name".into())
                .ok()?
                .as_string()
        })
        .collect()
}

/// Lets a kept lock go: forgotten first, so no work runs under it once the browser frees it.
fn let_go(name: &str) {
    if let Some(kept) = with_keeper(|k| k.kept.remove(name)) {
        let _ = kept.release.call0(&JsValue::UNDEFINED);
    }
}

fn let_go_of_all() {
    let names: Vec<String> = with_keeper(|k| k.kept.0.iter().map(|(n, _)| n.clone()).collect());
    for name in names {
        let_go(&name);
    }
}

/// Tells a tab that keeps `name` to let it go.
fn ask_others(name: &str) {
    with_keeper(|k| {
        if let Some(channel) = &k.channel {
            let _ = channel.post_message(&name.into());
        }
    });
}

/// The channel on which other tabs ask, and the moments a kept lock is let go: when the tab
/// is hidden or left (a tab in the background has nothing to write quickly).
fn start_keeper() -> Keeper {
    let channel = BroadcastChannel::new(CHANNEL).ok();
    if let Some(channel) = &channel {
        let on_ask = Closure::<dyn Fn(MessageEvent)>::new(|event: MessageEvent| {
            if let Some(name) = event.data().as_string() {
                with_keeper(|k| k.asked.insert(&name, js_sys::Date::now()));
                let_go(&name);
            }
        });
        channel.set_onmessage(Some(on_ask.as_ref().unchecked_ref()));
        // Lives as long as the page, like the channel.
        on_ask.forget();
    }
    let on_leave = Closure::<dyn Fn()>::new(|| {
        if hidden() {
            let_go_of_all();
        }
    });
    let on_hide = Closure::<dyn Fn()>::new(let_go_of_all);
    let window = window();
    if let Some(document) = window.document() {
        let _ = document.add_event_listener_with_callback(
            "visibilitychange",
            on_leave.as_ref().unchecked_ref(),
        );
    }
    let _ = window.add_event_listener_with_callback("pagehide", on_hide.as_ref().unchecked_ref());
    on_leave.forget();
    on_hide.forget();
    Keeper {
        channel,
        ..Keeper::default()
    }
}

fn hidden() -> bool {
    window().document().is_some_and(|d| d.hidden())
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
