//! This device's secret key (`core::identity`), read from storage or made on first use.
//! The one place the UI gets it: assessments and reviews are signed and recognised with it.
//! A key made here is kept in memory and stored with the first thing saved (`keep_device_key`,
//! called before every save), so a visit that makes nothing stores nothing.

use crate::core::identity::{load_key, save_key, DeviceKey, KEY_BYTES};
use crate::core::storage::StoreError;
use crate::ui::platform::browser_store::BrowserStore;
use std::cell::RefCell;
use wasm_bindgen::JsCast;

/// The key in use, and whether it is stored.
#[derive(Default)]
struct Held {
    key: Option<DeviceKey>,
    stored: bool,
}

thread_local! {
    // Kept for the page's life: a key that storage refused still signs consistently until
    // the page closes, and is stored with the next save that lands.
    static HELD: RefCell<Held> = RefCell::new(Held::default());
}

/// The key: the stored one, or one made now. None only where the browser has no secure
/// random source (then nothing is signed, and no review can be started).
pub fn device_key() -> Option<DeviceKey> {
    HELD.with(|cell| {
        let mut held = cell.borrow_mut();
        if held.key.is_none() {
            match load_key(&BrowserStore) {
                Some(stored) => {
                    *held = Held {
                        key: Some(stored),
                        stored: true,
                    }
                }
                None => held.key = random_bytes().map(DeviceKey::from_random),
            }
        }
        held.key.clone()
    })
}

/// Stores the key if it is not stored yet.
pub fn keep_device_key() -> Result<(), StoreError> {
    let Some(key) = device_key() else {
        return Ok(());
    };
    HELD.with(|cell| {
        let mut held = cell.borrow_mut();
        if !held.stored {
            save_key(&mut BrowserStore, &key)?;
            held.stored = true;
        }
        Ok(())
    })
}

/// "Delete all" removed the stored key: the next use makes a new one.
pub fn forget_device_key() {
    HELD.with(|cell| *cell.borrow_mut() = Held::default());
}

/// Another tab stored or removed the key. A key stored there wins (two tabs opened on a new
/// device each made one; the first stored is the device's): returns the key this tab had,
/// so what it signed can be signed again with the device's.
pub fn reload_device_key() -> Option<DeviceKey> {
    let ours = device_key();
    let stored = load_key(&BrowserStore);
    HELD.with(|cell| {
        let mut held = cell.borrow_mut();
        held.stored = stored.is_some();
        match stored {
            Some(stored) if Some(&stored) != ours.as_ref() => {
                held.key = Some(stored);
                ours
            }
            _ => None,
        }
    })
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
