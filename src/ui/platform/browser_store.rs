//! The storage adapter: the core's `KeyValueStore` on top of the browser's localStorage.

use crate::core::storage::{KeyValueStore, StoreError};
use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::window;

pub struct BrowserStore;

impl BrowserStore {
    // gloo's `raw()` panics when storage is blocked, so ask the window first.
    fn storage() -> Result<web_sys::Storage, StoreError> {
        match window().local_storage() {
            Ok(Some(_)) => Ok(LocalStorage::raw()),
            _ => Err(StoreError::Unavailable),
        }
    }
}

fn describe(e: wasm_bindgen::JsValue) -> StoreError {
    let name = js_sys::Reflect::get(&e, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        StoreError::Full
    } else if name.is_empty() {
        StoreError::Other("unknown error".into())
    } else {
        StoreError::Other(name)
    }
}

impl KeyValueStore for BrowserStore {
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let storage = Self::storage()?;
        let length = storage.length().map_err(describe)?;
        Ok((0..length)
            .filter_map(|i| storage.key(i).ok().flatten())
            .collect())
    }

    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Self::storage()?.get_item(key).map_err(describe)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        Self::storage()?.set_item(key, value).map_err(describe)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        Self::storage()?.remove_item(key).map_err(describe)
    }
}
