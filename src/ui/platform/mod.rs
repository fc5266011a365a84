//! The seam to the browser: clock, ids, dates, printing, downloads, localStorage behind
//! the core's `KeyValueStore`, the lock across tabs, persistent storage, file exports, and
//! compression and the clipboard for links. Nothing else here calls the browser directly.

pub mod browser;
pub mod browser_store;
pub mod cross_tab_lock;
pub mod durable_storage;
pub mod export;
pub mod share;
