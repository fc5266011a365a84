//! Half-typed text kept on the device: what someone has typed into a form that is only read
//! when it is sent (the plan's "Add an action"), so leaving the page, or the tab closing,
//! never throws it away. Kept under the app's own keys, so "Delete all" removes drafts too.

use super::storage::KEY_ROOT;

/// Every draft's key starts with this.
pub const DRAFT_PREFIX: &str = "nasss-navigator/draft/";

/// The key for one box of one form about one assessment: "nasss-navigator/draft/a1/what-4".
pub fn draft_key(assessment: &str, field: &str) -> String {
    debug_assert!(DRAFT_PREFIX.starts_with(KEY_ROOT));
    format!("{DRAFT_PREFIX}{assessment}/{field}")
}

/// What to keep for a box's text: nothing once it holds only blanks, so an emptied box
/// leaves no draft behind to come back as an empty one.
pub fn draft_value(text: &str) -> Option<&str> {
    (!text.trim().is_empty()).then_some(text)
}

/// The keys of every draft about one assessment, to remove with it.
pub fn drafts_of<'k>(keys: &'k [String], assessment: &str) -> Vec<&'k str> {
    let prefix = draft_key(assessment, "");
    keys.iter()
        .map(String::as_str)
        .filter(|k| k.starts_with(&prefix))
        .collect()
}
