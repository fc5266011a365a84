//! Whose an assessment is rests on this device's proof, never on what a file says: a copied
//! device id, a missing author and a matching name are each refused. Work this device
//! counted as its own before proofs is signed once, at load, so none of it turns read-only.

use nasss_navigator::core::assessment::Assessment;
use nasss_navigator::core::author::{load_author, save_author, Author, Whose, AUTHOR_KEY};
use nasss_navigator::core::bank::Bank;
use nasss_navigator::core::identity::{load_key, DeviceKey, DEVICE_KEY_KEY};
use nasss_navigator::core::proof::{move_to_proofs, unproven_claim, NotSaved};
use nasss_navigator::core::return_trip::{settle, Clash, Settled};
use nasss_navigator::core::shipped::shipped_banks;
use nasss_navigator::core::storage::{
    assessment_key, load_all, remove_all, save, MemoryStore, KEY_ROOT,
};
use std::collections::BTreeMap;

fn here() -> DeviceKey {
    DeviceKey::from_random([7; 32])
}

/// This device's author as an earlier release stored it: with the device id it exported.
fn me() -> Author {
    Author::new("samsoldlaptop".into(), "Sam", "Acme Health")
}

fn quick(banks: &[Bank]) -> &Bank {
    banks.iter().find(|b| b.id() == "quick").unwrap()
}

fn is_yours(a: &Assessment) -> bool {
    a.whose(&here()) == Whose::Yours
}

#[test]
fn only_a_proof_made_with_this_devices_key_makes_it_yours() {
    let banks = shipped_banks();
    let mut a = Assessment::new("a1".into(), "Mine", quick(&banks), 1);
    a.claim(&me(), &here());
    assert!(is_yours(&a));
    // The same proof on another id, or from another device's key, is no proof.
    let mut moved = a.clone();
    moved.id = "a2".into();
    assert!(!is_yours(&moved));
    let mut elsewhere = a.clone();
    elsewhere.claim(&me(), &DeviceKey::from_random([8; 32]));
    assert!(!is_yours(&elsewhere));
    // A review's proof of the same id is not an assessment's.
    let mut review_proof = a.clone();
    review_proof.proof = Some(here().sign("review", &["a1"]));
    assert!(!is_yours(&review_proof));
}

#[test]
fn a_copied_device_id_a_missing_author_and_a_matching_name_are_each_refused() {
    let banks = shipped_banks();
    let key = here();
    let file = |author: Option<Author>| {
        let mut a = Assessment::new("f1".into(), "HeartWatch", quick(&banks), 1);
        a.author = author;
        a
    };
    let copied_id = file(Some(Author::new("samsoldlaptop".into(), "Mallory", "")));
    let no_author = file(None);
    let same_name = file(Some(Author::new(String::new(), "SAM", "acme HEALTH")));
    for a in [&copied_id, &no_author, &same_name] {
        assert!(
            matches!(a.whose(&key), Whose::Theirs(_)),
            "{:?} was taken as yours",
            a.author
        );
    }
    // Each is asked about, with its reason.
    assert_eq!(
        unproven_claim(&copied_id, Some(&me()), &key).as_deref(),
        Some("\"HeartWatch\" carries this device's old id, but it was not made here, so that cannot be checked.")
    );
    assert_eq!(
        unproven_claim(&no_author, Some(&me()), &key).as_deref(),
        Some("\"HeartWatch\" does not say who made it, so it cannot be checked as yours.")
    );
    assert_eq!(
        unproven_claim(&same_name, Some(&me()), &key).as_deref(),
        Some("\"HeartWatch\" says it is from SAM (acme HEALTH), the name on this device, but it was not made here, so that cannot be checked.")
    );
    // A device with no name yet still questions a file with no author.
    assert!(unproven_claim(&no_author, None, &key).is_some());
    // Someone plainly else, or the person's own (it verifies), needs no reason.
    let priya = file(Some(Author::new(String::new(), "Priya", "Northshire ICB")));
    assert_eq!(unproven_claim(&priya, Some(&me()), &key), None);
    let mut mine = file(None);
    mine.claim(&me(), &key);
    assert_eq!(unproven_claim(&mine, Some(&me()), &key), None);
}

#[test]
fn no_choice_on_import_changes_whose_it_is() {
    let banks = shipped_banks();
    let mut mine = Assessment::new("a1".into(), "Mine", quick(&banks), 1);
    mine.claim(&me(), &here());
    let mut from_mallory = mine.clone();
    from_mallory.author = Some(Author::new(String::new(), "Mallory", ""));
    from_mallory.proof = None;
    let mut theirs = from_mallory.clone();
    theirs.imported_at = Some(1);
    for choice in [Clash::AddWhatIsNew, Clash::Replace] {
        let Settled::Update(out) = settle(&mine, false, &from_mallory, choice) else {
            panic!("updates the copy here");
        };
        assert!(is_yours(&out), "{choice:?}");
        assert_eq!(out.author, mine.author);
        // Nor does any choice make someone else's yours, whatever proof the file carries.
        let Settled::Update(out) = settle(&theirs, false, &mine, choice) else {
            panic!("updates the copy here");
        };
        assert!(!is_yours(&out), "{choice:?}");
    }
}

/// localStorage as release 7973eed left it on Sam's laptop (made by that release's code):
/// the author record with its device id, and four assessments.
fn stored_by_the_previous_release() -> MemoryStore {
    let items: BTreeMap<String, String> =
        serde_json::from_str(include_str!("fixtures/stored-schema-2.json")).unwrap();
    MemoryStore { items, full: false }
}

#[test]
fn work_stored_before_proofs_stays_yours_and_no_one_elses_becomes_yours() {
    let banks = shipped_banks();
    let mut store = stored_by_the_previous_release();
    assert_eq!(load_author(&store), Some(me()));
    let mut loaded = load_all(&store, &banks).unwrap();
    assert_eq!(loaded.assessments.len(), 4);
    let yours = |list: &[Assessment]| {
        let mut ids: Vec<String> = list
            .iter()
            .filter(|a| is_yours(a))
            .map(|a| a.id.clone())
            .collect();
        ids.sort();
        ids
    };
    assert!(yours(&loaded.assessments).is_empty(), "no proofs yet");

    assert_eq!(
        move_to_proofs(&mut store, &mut loaded, &here()),
        NotSaved::default()
    );
    let expected = ["ownbyid", "ownbyname", "ownnoauthor"];
    assert_eq!(yours(&loaded.assessments), expected);
    assert_eq!(load_key(&store), Some(here()), "the key is kept with them");

    // Saved: after a reload they are still yours, and Priya's is still hers.
    let reloaded = load_all(&store, &banks).unwrap();
    assert_eq!(yours(&reloaded.assessments), expected);
    for a in &reloaded.assessments {
        assert!(
            !store.items[&assessment_key(&a.id)].contains("samsoldlaptop"),
            "the old device id is not written back"
        );
    }

    // Once the key is kept, nothing is signed this way again: a file with no author
    // imported after the update stays someone else's at the next load.
    let mut unsigned = Assessment::new("later".into(), "Imported later", quick(&banks), 1);
    unsigned.imported_at = Some(2);
    save(&mut store, &unsigned).unwrap();
    let mut reloaded_again = load_all(&store, &banks).unwrap();
    assert_eq!(
        move_to_proofs(&mut store, &mut reloaded_again, &here()),
        NotSaved::default()
    );
    assert_eq!(yours(&reloaded_again.assessments), expected);
}

#[test]
fn a_device_with_nothing_stored_keeps_no_key_until_it_makes_something() {
    let banks = shipped_banks();
    let mut store = MemoryStore::default();
    let mut loaded = load_all(&store, &banks).unwrap();
    assert_eq!(
        move_to_proofs(&mut store, &mut loaded, &here()),
        NotSaved::default()
    );
    assert!(store.items.is_empty());
}

#[test]
fn when_storage_is_full_the_work_stays_yours_in_memory_and_the_failure_is_named() {
    let banks = shipped_banks();
    let mut store = stored_by_the_previous_release();
    let mut loaded = load_all(&store, &banks).unwrap();
    store.full = true;
    let not_saved = move_to_proofs(&mut store, &mut loaded, &here());
    assert!(not_saved.key.is_some());
    assert_eq!(not_saved.assessments.len(), 3);
    assert_eq!(loaded.assessments.iter().filter(|a| is_yours(a)).count(), 3);

    // Next visit, with room again and a new key (the first was never kept): signed anew.
    store.full = false;
    let other = DeviceKey::from_random([9; 32]);
    let mut loaded = load_all(&store, &banks).unwrap();
    assert_eq!(
        move_to_proofs(&mut store, &mut loaded, &other),
        NotSaved::default()
    );
    assert_eq!(
        loaded
            .assessments
            .iter()
            .filter(|a| a.whose(&other) == Whose::Yours)
            .count(),
        3
    );
}

#[test]
fn the_key_is_kept_under_the_apps_root_and_delete_all_removes_it() {
    assert!(DEVICE_KEY_KEY.starts_with(KEY_ROOT));
    assert_ne!(DEVICE_KEY_KEY, AUTHOR_KEY);
    let mut store = stored_by_the_previous_release();
    let banks = shipped_banks();
    let mut loaded = load_all(&store, &banks).unwrap();
    move_to_proofs(&mut store, &mut loaded, &here());
    save_author(&mut store, &me()).unwrap();
    remove_all(&mut store).unwrap();
    assert_eq!(load_key(&store), None);
    assert!(store.items.is_empty());
}
