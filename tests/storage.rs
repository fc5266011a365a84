use nasss_navigator::core::assessment::{Answer, Assessment};
use nasss_navigator::core::file_format::{ImportError, SCHEMA_VERSION};
use nasss_navigator::core::shipped::shipped_banks;
use nasss_navigator::core::storage::{
    assessment_key, load_all, load_one, newest_first, save, MemoryStore, StoreError,
};

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
fn newest_first_breaks_a_tie_by_id() {
    let banks = shipped_banks();
    let made = |id: &str, at: u64| Assessment::new(id.into(), id, &banks[0], at);
    let mut list = vec![made("b", 5), made("c", 9), made("a", 5)];
    newest_first(&mut list);
    let ids: Vec<&str> = list.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["c", "a", "b"]);
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

mod two_tabs {
    use super::*;
    use nasss_navigator::core::assessment::merge;
    use nasss_navigator::core::storage::{load_one, remove_all, save_merged};

    #[test]
    fn neither_tab_overwrites_the_others_newer_answers() {
        let banks = shipped_banks();
        let mut store = MemoryStore::default();
        let start = Assessment::new("shared".into(), "Shared", &banks[1], 0);
        save(&mut store, &start).unwrap();

        // Both tabs opened the same copy.
        let mut tab_a = start.clone();
        let mut tab_b = start.clone();
        tab_a.set_answer("1A", Some(Answer::parse("complex")), 10);
        tab_a = save_merged(&mut store, &tab_a, &banks).unwrap();
        // Tab B has not seen A's change; it answers another question later.
        tab_b.set_answer("2B", Some(Answer::DontKnow), 20);
        tab_b = save_merged(&mut store, &tab_b, &banks).unwrap();

        let stored = load_one(&store, "shared", &banks).unwrap();
        assert_eq!(
            stored.answer("1A"),
            Some(&Answer::parse("complex")),
            "A's answer survived B's save"
        );
        assert_eq!(stored.answer("2B"), Some(&Answer::DontKnow));
        assert_eq!(tab_b, stored, "B now shows both answers");

        // The same question changed in both: the later change wins, whichever tab saves last.
        tab_b.set_answer("1A", Some(Answer::parse("simple")), 30);
        tab_a.set_answer("1A", Some(Answer::parse("complicated")), 25);
        save_merged(&mut store, &tab_b, &banks).unwrap();
        save_merged(&mut store, &tab_a, &banks).unwrap();
        let stored = load_one(&store, "shared", &banks).unwrap();
        assert_eq!(stored.answer("1A"), Some(&Answer::parse("simple")));
    }

    #[test]
    fn a_cleared_answer_stays_cleared_after_a_merge_with_an_older_copy() {
        let banks = shipped_banks();
        let mut old = Assessment::new("m".into(), "M", &banks[0], 0);
        old.set_answer("1", Some(Answer::parse("complex")), 5);
        let mut new = old.clone();
        new.set_answer("1", None, 9);
        assert_eq!(merge(&old, &new).answer("1"), None);
        assert_eq!(merge(&new, &old).answer("1"), None);
    }

    #[test]
    fn judgements_and_reflections_merge_domain_by_domain() {
        let banks = shipped_banks();
        let mut base = Assessment::new("m".into(), "M", &banks[1], 0);
        base.set_judgement(2, Some(("complex", "Old reason")), 5);
        let (mut tab_a, mut tab_b) = (base.clone(), base.clone());
        // A judges domain 5 and reflects on 4; B later changes domain 2's judgement.
        tab_a.set_judgement(5, Some(("simple", "")), 10);
        tab_a.reflect(4, 11, |r| r.uncertain = "Staff time".into());
        tab_b.set_judgement(2, Some(("complicated", "New reason")), 20);
        for merged in [merge(&tab_a, &tab_b), merge(&tab_b, &tab_a)] {
            assert_eq!(merged.judgement(5).unwrap().level, "simple");
            assert_eq!(merged.judgement(2).unwrap().reason, "New reason");
            assert_eq!(merged.reflection(4).unwrap().uncertain, "Staff time");
        }
        // A cleared judgement stays cleared against an older copy that still has it.
        let mut cleared = base.clone();
        cleared.set_judgement(2, None, 30);
        assert_eq!(merge(&base, &cleared).judgement(2), None);
        assert_eq!(merge(&cleared, &base).judgement(2), None);
    }

    #[test]
    fn delete_all_removes_only_our_keys() {
        let banks = shipped_banks();
        let mut store = MemoryStore::default();
        save(&mut store, &Assessment::new("a".into(), "A", &banks[0], 1)).unwrap();
        store.items.insert(assessment_key("broken"), "{".into());
        store
            .items
            .insert("other-app/setting".into(), "keep me".into());
        assert_eq!(remove_all(&mut store).unwrap(), 2);
        assert_eq!(
            store.items.keys().collect::<Vec<_>>(),
            ["other-app/setting"]
        );
    }
}

#[test]
fn data_from_a_newer_version_is_loaded_read_only() {
    let banks = shipped_banks();
    let mut store = MemoryStore::default();
    let a = Assessment::new("future".into(), "From the future", &banks[0], 1);
    let text = nasss_navigator::core::file_format::export(std::slice::from_ref(&a), 1)
        .replace(
            &format!("\"schema_version\": {SCHEMA_VERSION}"),
            "\"schema_version\": 99",
        )
        .replace("\"title\"", "\"a_field_we_do_not_know\": true, \"title\"");
    store.items.insert(assessment_key("future"), text.clone());
    let loaded = load_all(&store, &banks).unwrap();
    assert_eq!(loaded.assessments, [a]);
    assert_eq!(loaded.read_only, ["future"]);
    assert!(loaded.unreadable.is_empty());
    assert_eq!(
        store.items[&assessment_key("future")],
        text,
        "left exactly as found"
    );
}

#[test]
fn every_earlier_stored_format_still_loads() {
    // One fixture per released storage format. Version 1 is the first; when the format
    // changes, the old fixture stays and a new one is added beside it.
    let banks = shipped_banks();
    let mut store = MemoryStore::default();
    store.items.insert(
        assessment_key("v1fixture"),
        include_str!("fixtures/storage-v1.json").into(),
    );
    let loaded = load_all(&store, &banks).unwrap();
    assert!(loaded.unreadable.is_empty(), "{:?}", loaded.unreadable);
    let a = &loaded.assessments[0];
    assert_eq!(a.title, "Fixture: virtual ward, format 1");
    assert_eq!(a.answer("1B"), Some(&Answer::parse("complex")));
    assert_eq!(a.answer("3A"), Some(&Answer::DontKnow));
    assert_eq!(a.note("1B"), "Ask the GP practices");
    assert_eq!(a.actions.len(), 1);
    assert_eq!(a.rounds.len(), 1);
}

#[test]
fn an_assessment_answered_against_older_wording_says_so_once() {
    let banks = shipped_banks();
    let full = &banks[1];
    let mut store = MemoryStore::default();
    store.items.insert(
        assessment_key("schema1full"),
        include_str!("fixtures/schema-1/export-all.json").into(),
    );
    let loaded = load_all(&store, &banks).unwrap();
    let mut a = loaded
        .assessments
        .into_iter()
        .find(|a| a.id == "schema1full")
        .unwrap();
    assert!(full.set.version > 1, "the shipped wording moved on");
    assert!(a.wording_changed(full));
    let answers = a.responses.clone();
    a.acknowledge_wording(full, 99);
    assert!(!a.wording_changed(full));
    assert_eq!(a.responses, answers, "the answers stand");
    save(&mut store, &a).unwrap();
    let again = load_one(&store, "schema1full", &banks).unwrap();
    assert!(
        !again.wording_changed(full),
        "told once, not on every visit"
    );
}

#[test]
fn damaged_data_counts_as_taken() {
    use nasss_navigator::core::storage::key_taken;
    let banks = shipped_banks();
    let mut store = MemoryStore::default();
    store
        .items
        .insert(assessment_key("x"), "{ not json".to_string());
    let loaded = load_all(&store, &banks).unwrap();
    assert!(loaded.assessments.is_empty(), "it cannot be read...");
    assert!(key_taken(&store, "x"), "...but its key is taken");
    assert!(!key_taken(&store, "y"));
}
