//! Drafts of half-typed text: kept under the app's own keys, one per box and assessment,
//! and nothing kept for a box holding only blanks.

use nasss_navigator::core::draft::{draft_key, draft_value, drafts_of};
use nasss_navigator::core::storage::{remove_all, KeyValueStore, MemoryStore};

#[test]
fn a_draft_is_kept_per_assessment_and_box_and_delete_all_removes_it() {
    let key = draft_key("a1", "what-4");
    assert_eq!(key, "nasss-navigator/draft/a1/what-4");
    let mut store = MemoryStore::default();
    store.set(&key, "Ask the ward").unwrap();
    store.set("other-app/x", "kept").unwrap();
    remove_all(&mut store).unwrap();
    assert_eq!(store.get(&key).unwrap(), None);
    assert_eq!(store.get("other-app/x").unwrap().as_deref(), Some("kept"));
}

#[test]
fn blanks_are_no_draft_but_typed_spaces_are_kept() {
    assert_eq!(draft_value(""), None);
    assert_eq!(draft_value("  \n"), None);
    assert_eq!(draft_value("Ask the ward "), Some("Ask the ward "));
}

#[test]
fn the_drafts_of_one_assessment_are_found_and_no_others() {
    let keys = vec![
        draft_key("a1", "what-4"),
        draft_key("a1", "who-4"),
        draft_key("a10", "what-4"),
        "nasss-navigator/assessment/a1".to_string(),
    ];
    assert_eq!(drafts_of(&keys, "a1"), [keys[0].as_str(), keys[1].as_str()]);
}
