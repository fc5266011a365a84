use nasss_navigator::core::assessment::{Answer, Assessment};
use nasss_navigator::core::file_format::ImportError;
use nasss_navigator::core::shipped::shipped_banks;
use nasss_navigator::core::storage::{assessment_key, load_all, save, MemoryStore, StoreError};

#[test]
fn saved_assessments_load_back_newest_first() {
    let banks = shipped_banks();
    let mut store = MemoryStore::default();
    let mut old = Assessment::new("old".into(), "Old", &banks[0], 10);
    old.set_answer("1", Some(Answer::parse("complex")), 20);
    let new = Assessment::new("new".into(), "New", &banks[1], 30);
    save(&mut store, &old).unwrap();
    save(&mut store, &new).unwrap();
    store.items.insert("someone-else".into(), "not ours".into());

    let loaded = load_all(&store, &banks).unwrap();
    assert_eq!(loaded.assessments, [new, old]);
    assert!(loaded.unreadable.is_empty());
}

#[test]
fn unreadable_entries_are_reported_not_dropped() {
    let banks = shipped_banks();
    let mut store = MemoryStore::default();
    save(
        &mut store,
        &Assessment::new("ok".into(), "Fine", &banks[0], 1),
    )
    .unwrap();
    store
        .items
        .insert(assessment_key("bad"), "{ not json".into());
    let loaded = load_all(&store, &banks).unwrap();
    assert_eq!(loaded.assessments.len(), 1);
    assert_eq!(loaded.unreadable.len(), 1);
    assert_eq!(loaded.unreadable[0].0, assessment_key("bad"));
    assert!(matches!(
        loaded.unreadable[0].1,
        ImportError::BrokenJson { line: 1, .. }
    ));
    assert!(
        store.items.contains_key(&assessment_key("bad")),
        "loading never deletes"
    );
}

#[test]
fn a_full_store_says_so() {
    let banks = shipped_banks();
    let mut store = MemoryStore {
        full: true,
        ..Default::default()
    };
    let a = Assessment::new("x".into(), "X", &banks[0], 1);
    assert_eq!(save(&mut store, &a), Err(StoreError::Full));
}
