//! The seam to the browser: clock, ids, dates, printing, downloads, localStorage behind
//! the core's `KeyValueStore`, persistent storage, and file exports. Nothing else here calls the browser directly.

pub mod browser;
pub mod browser_store;
pub mod durable_storage;
pub mod export;
