//! The browser's part of sharing by link: its own compression (`CompressionStream`, raw
//! deflate), the clipboard, the phone's share sheet, and the page's address. The link's
//! format and every check live in `core::share_link`.

use crate::ui::platform::browser::{call_navigator, call_navigator_method, navigator_has};
use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Compresses with the browser's own deflate; `None` if this browser cannot.
pub async fn compress(bytes: &[u8]) -> Option<Vec<u8>> {
    through("CompressionStream", bytes, usize::MAX).await
}

/// Unpacks what `compress` made, stopping as soon as the output passes `limit`: the
/// link says how long its JSON is, so a crafted link cannot fill the tab's memory.
pub async fn decompress(bytes: &[u8], limit: usize) -> Option<Vec<u8>> {
    through("DecompressionStream", bytes, limit).await
}

/// Streams `bytes` through a `CompressionStream` or `DecompressionStream`. Looked up by
/// name rather than bound, as web-sys still marks both unstable; a browser without them,
/// or without raw deflate, gives `None`, and the page says so.
async fn through(kind: &str, bytes: &[u8], limit: usize) -> Option<Vec<u8>> {
    let class = Reflect::get(&js_sys::global(), &kind.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let args = js_sys::Array::of1(&"deflate-raw".into());
    let transform = Reflect::construct(&class, &args).ok()?;
    let parts = js_sys::Array::of1(&Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).ok()?;
    // Either stream is itself the { readable, writable } pair pipeThrough asks for.
    let output = blob.stream().pipe_through(transform.unchecked_ref());
    let reader: web_sys::ReadableStreamDefaultReader = output.get_reader().unchecked_into();
    let mut out = Vec::new();
    loop {
        // Damaged deflate data rejects here.
        let chunk = JsFuture::from(reader.read()).await.ok()?;
        if Reflect::get(&chunk, &"done".into()).ok()?.is_truthy() {
            return Some(out);
        }
        let value: Uint8Array = Reflect::get(&chunk, &"value".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let start = out.len();
        if start + value.length() as usize > limit {
            let _ = reader.cancel();
            return None;
        }
        out.resize(start + value.length() as usize, 0);
        value.copy_to(&mut out[start..]);
    }
}

/// Puts `text` on the clipboard; false when the browser refuses (no permission, an
/// insecure page, an old browser), and the page then shows the link to copy by hand.
pub async fn copy_text(text: &str) -> bool {
    call_navigator("clipboard", "writeText", &js_sys::Array::of1(&text.into()))
        .await
        .is_some()
}

/// How a share through the device's share sheet ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// Handed to the app the person chose.
    Done,
    /// The person closed the sheet: nothing to say.
    Cancelled,
    /// The browser refused (or has no sheet): the page offers Copy instead.
    Failed,
}

/// Whether this browser has a share sheet (`navigator.share`): most phones do, most
/// desktop browsers do not.
pub fn can_share() -> bool {
    navigator_has("share")
}

/// Opens the device's share sheet with the link and a title for it.
pub async fn share_sheet(title: &str, url: &str) -> Shared {
    let data = js_sys::Object::new();
    let _ = Reflect::set(&data, &"title".into(), &title.into());
    let _ = Reflect::set(&data, &"url".into(), &url.into());
    match call_navigator_method("share", &js_sys::Array::of1(&data)).await {
        Some(Ok(())) => Shared::Done,
        Some(Err(name)) if name == "AbortError" => Shared::Cancelled,
        _ => Shared::Failed,
    }
}
