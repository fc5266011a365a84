//! This device's secret key (`core::identity`), read from storage or made on first use.
//! The one place the UI gets it: reviews are signed and recognised with it.

use crate::core::identity::{DeviceKey, DEVICE_KEY_KEY, KEY_BYTES};
use crate::core::storage::KeyValueStore;
use crate::ui::platform::browser_store::BrowserStore;
use std::cell::RefCell;
use wasm_bindgen::JsCast;

thread_local! {
    // Kept for the page's life: a key that storage refused still signs consistently until
    // the page closes.
    static KEY: RefCell<Option<DeviceKey>> = const { RefCell::new(None) };
}

/// The key, made and saved the first time it is needed. None only where the browser has
/// no secure random source (then nothing is signed, and no review can be started).
pub fn device_key() -> Option<DeviceKey> {
    KEY.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.is_none() {
            *cell = stored().or_else(made);
        }
        cell.clone()
    })
}

/// "Delete all" removed the stored key: the next use makes a new one.
pub fn forget_device_key() {
    KEY.with(|cell| *cell.borrow_mut() = None);
}

fn stored() -> Option<DeviceKey> {
    DeviceKey::from_stored(&BrowserStore.get(DEVICE_KEY_KEY).ok()??)
}

fn made() -> Option<DeviceKey> {
    let key = DeviceKey::from_random(random_bytes()?);
    // Not saved means reviews made now stop being this device's after a reload; the save
    // of the review itself reports a full store.
    let _ = BrowserStore.set(DEVICE_KEY_KEY, &key.to_stored());
    Some(key)
}

fn random_bytes() -> Option<[u8; KEY_BYTES]> {
    let global = js_sys::global();
    let crypto = js_sys::Reflect::get(&global, &"crypto".into()).ok()?;
    let fill = js_sys::Reflect::get(&crypto, &"getRandomValues".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let array = js_sys::Uint8Array::new_with_length(KEY_BYTES as u32);
    fill.call1(&crypto, &array).ok()?;
    let mut out = [0u8; KEY_BYTES];
    array.copy_to(&mut out);
    Some(out)
}
