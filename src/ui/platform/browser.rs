//! The handful of browser calls the UI makes outside Leptos: time, ids, navigation, focus.

use crate::core::route::Route;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// A short id that is unique enough for one person's assessments: time plus randomness.
pub fn new_id() -> String {
    let time = now();
    let random = (js_sys::Math::random() * 2f64.powi(40)) as u64;
    format!("{}{}", to_base36(time), to_base36(random))
}

fn to_base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

pub fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Goes to a route; the `hashchange` listener does the rest, so history works as usual.
pub fn navigate(route: &Route) {
    let _ = window().location().set_hash(&route.href());
}

/// Moves keyboard and screen-reader focus to an element, as a page change should.
pub fn focus_selector(selector: &str) {
    if let Ok(Some(el)) = document().query_selector(selector) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// Focuses a text field and selects all its text, ready to copy.
pub fn focus_and_select(selector: &str) {
    focus_selector(selector);
    if let Ok(Some(el)) = document().query_selector(selector) {
        let _ = js_call(el.as_ref(), "select", &js_sys::Array::new());
    }
}

/// Whether someone is already typing in one of the page's text fields. A quick typist (or
/// autofill, or speech input) can get there before the next frame, and moving focus then
/// would send the rest of their words nowhere.
pub fn typing_in_page() -> bool {
    document().active_element().is_some_and(|el| {
        el.matches(
            "main textarea, main input:not([type=radio]):not([type=checkbox]):not([type=file])",
        )
        .unwrap_or(false)
    })
}

/// Prints the page with every folded section open, as a report should be, then folds
/// back what was folded.
pub fn print_page() {
    let document = document();
    let folded = document.query_selector_all("details:not([open])").ok();
    let each = |open: bool| {
        if let Some(list) = &folded {
            for i in 0..list.length() {
                if let Some(el) = list
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    let _ = if open {
                        el.set_attribute("open", "")
                    } else {
                        el.remove_attribute("open")
                    };
                }
            }
        }
    };
    each(true);
    // print() returns once the dialog closes, so the page is folded back after printing.
    let _ = window().print();
    each(false);
}

/// A moment as a date in the user's own time zone, as people in the UK write it.
pub fn format_date(millis: u64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis as f64));
    crate::core::trend::long_date((
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
    ))
}

/// A stored date (YYYY-MM-DD) as people write it; left as it is if it is not a date.
pub fn format_day(date: &str) -> String {
    match crate::core::trend::parse_date(date) {
        Some(civil) => crate::core::trend::long_date(civil),
        None => date.to_string(),
    }
}

/// Offers `content` to the user as a file download. Nothing leaves the device: the file is
/// made in the browser from memory.
pub fn download(file_name: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document().create_element("a") {
        if let Ok(a) = a.dyn_into::<web_sys::HtmlAnchorElement>() {
            a.set_href(&url);
            a.set_download(file_name);
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Reads one of the app's own files (the Content Security Policy allows no other origin).
/// Any failure (offline with no stored copy, a missing file) is simply a failure: the caller
/// says so in words of its own.
pub async fn fetch_text(path: &str) -> Result<String, ()> {
    use wasm_bindgen_futures::JsFuture;
    let response = JsFuture::from(window().fetch_with_str(path))
        .await
        .map_err(|_| ())?;
    let response = response.dyn_into::<web_sys::Response>().map_err(|_| ())?;
    if !response.ok() {
        return Err(());
    }
    let text = JsFuture::from(response.text().map_err(|_| ())?)
        .await
        .map_err(|_| ())?;
    text.as_string().ok_or(())
}

/// Today's date as YYYY-MM-DD in the user's time zone, for file names.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Full screen on or off for the whole page (the projector view). The browser may refuse
/// (no user gesture, or a policy): the promise's refusal is caught so it is not reported
/// as an error, and the page simply stays as it was.
pub fn toggle_fullscreen() {
    let doc = document();
    let result = if doc.fullscreen_element().is_some() {
        js_call(doc.as_ref(), "exitFullscreen", &js_sys::Array::new())
    } else {
        match doc.document_element() {
            Some(root) => js_call(root.as_ref(), "requestFullscreen", &js_sys::Array::new()),
            None => return,
        }
    };
    ignore_refusal(result);
}

/// Leaves full screen if the page is in it (before leaving the projector view).
pub fn exit_fullscreen() {
    let doc = document();
    if doc.fullscreen_element().is_some() {
        ignore_refusal(js_call(
            doc.as_ref(),
            "exitFullscreen",
            &js_sys::Array::new(),
        ));
    }
}

/// Calls `target[method](...args)`, looked up by name: `None` where the browser lacks it.
fn js_call(
    target: &wasm_bindgen::JsValue,
    method: &str,
    args: &js_sys::Array,
) -> Option<wasm_bindgen::JsValue> {
    let f = js_sys::Reflect::get(target, &method.into()).ok()?;
    let f = f.dyn_into::<js_sys::Function>().ok()?;
    f.apply(target, args).ok()
}

/// Calls `navigator[api][method](...args)` and waits for its promise: `None` where the
/// browser lacks the call or refuses it. Looked up by name, so an older browser, or a test
/// that replaces the call, needs no binding of its own.
pub async fn call_navigator(
    api: &str,
    method: &str,
    args: &js_sys::Array,
) -> Option<wasm_bindgen::JsValue> {
    let navigator = js_sys::Reflect::get(&window(), &"navigator".into()).ok()?;
    let target = js_sys::Reflect::get(&navigator, &api.into())
        .ok()
        .filter(|t| t.is_object())?;
    let promise = js_call(&target, method, args)?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()
}

/// Names the tab after the page's main heading, for a page whose heading changes in place
/// (a shared link, once read, shows its results).
pub fn name_tab_after_heading() {
    if let Ok(Some(h1)) = document().query_selector("main h1") {
        let heading = h1.text_content().unwrap_or_default();
        document().set_title(&format!("{} – NASSS Navigator", heading.trim()));
    }
}

/// Whether the browser has `navigator[method]` (the share sheet, on phones and a few
/// desktops): a page offers the call only where it exists.
pub fn navigator_has(method: &str) -> bool {
    js_sys::Reflect::get(&window(), &"navigator".into())
        .and_then(|n| js_sys::Reflect::get(&n, &method.into()))
        .is_ok_and(|f| f.is_function())
}

/// Calls `navigator[method](...args)` and waits for its promise: `None` where the browser
/// lacks the call; otherwise how it ended, with a refusal's error name ("AbortError" when
/// the person closed the share sheet), so a page can tell a choice from a failure.
pub async fn call_navigator_method(
    method: &str,
    args: &js_sys::Array,
) -> Option<Result<(), String>> {
    let navigator = js_sys::Reflect::get(&window(), &"navigator".into()).ok()?;
    let f = js_sys::Reflect::get(&navigator, &method.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let name = |e: wasm_bindgen::JsValue| {
        js_sys::Reflect::get(&e, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default()
    };
    // A call that throws at once (no permission, bad data) is a refusal like any other.
    let promise = match f.apply(&navigator, args) {
        Ok(p) => p.dyn_into::<js_sys::Promise>().ok()?,
        Err(e) => return Some(Err(name(e))),
    };
    Some(
        wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map(|_| ())
            .map_err(name),
    )
}

fn ignore_refusal(result: Option<wasm_bindgen::JsValue>) {
    if let Some(promise) = result.and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
}

/// Opens a route of this app in another window (the projector or facilitator screen). A
/// name per window kind means a second click brings that window back rather than a third.
pub fn open_window(route: &Route, name: &str) {
    let url = format!("{}{}", page_without_hash(), route.href());
    let _ = window().open_with_url_and_target(&url, name);
}

/// The app's own address, without the route: what a shared link starts with.
pub fn page_without_hash() -> String {
    let href = window().location().href().unwrap_or_default();
    match href.split_once('#') {
        Some((page, _)) => page.to_string(),
        None => href,
    }
}

/// Runs `work` once the page is idle: after the first page has been drawn and nothing more
/// urgent waits. Safari has no `requestIdleCallback`; there it runs a second later.
pub fn when_idle(work: impl FnOnce() + 'static) {
    let callback = wasm_bindgen::closure::Closure::once_into_js(work);
    let idle = js_sys::Reflect::get(&window(), &"requestIdleCallback".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let _ = match idle {
        Some(request) => request.call1(&window(), &callback).map(|_| ()),
        None => window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 1000)
            .map(|_| ()),
    };
}
