//! Half-typed text on this device (`core::draft`): written as it is typed, read back when
//! the form is drawn again, forgotten once the form is sent. A draft the browser refuses
//! to keep is only lost if the page is left, as before drafts existed.

use crate::core::draft::{draft_key, draft_value, drafts_of};
use crate::core::storage::KeyValueStore;
use crate::ui::platform::browser_store::BrowserStore;

/// The draft of one box, or empty.
pub fn read_draft(assessment: &str, field: &str) -> String {
    BrowserStore
        .get(&draft_key(assessment, field))
        .ok()
        .flatten()
        .unwrap_or_default()
}

pub fn keep_draft(assessment: &str, field: &str, text: &str) {
    let key = draft_key(assessment, field);
    let _ = match draft_value(text) {
        Some(text) => BrowserStore.set(&key, text),
        None => BrowserStore.remove(&key),
    };
}

/// Every draft about an assessment, when it is deleted.
pub fn forget_drafts(assessment: &str) {
    let keys = BrowserStore.keys().unwrap_or_default();
    for key in drafts_of(&keys, assessment) {
        let _ = BrowserStore.remove(key);
    }
}
