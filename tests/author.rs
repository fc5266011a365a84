//! Whose assessment it is: the device's author, the "From:" line, read-only for someone
//! else's, a copy of your own, and the author carried through export and import.

use nasss_navigator::core::assessment::{Answer, Assessment, Review};
use nasss_navigator::core::author::{load_author, save_author, signed, Author, Whose, AUTHOR_KEY};
use nasss_navigator::core::file_format::{export, import};
use nasss_navigator::core::identity::DeviceKey;
use nasss_navigator::core::shipped::shipped_banks;
use nasss_navigator::core::storage::{remove_all, MemoryStore, KEY_ROOT};

fn sam() -> Author {
    Author::new("sams-laptop".into(), " Sam ", " Acme Health ")
}

fn priya() -> Author {
    Author::new("priyas-desktop".into(), "Priya", "Northshire ICB")
}

fn day(millis: u64) -> String {
    format!("day {}", millis / 86_400_000)
}

#[test]
fn names_read_as_people_write_them() {
    assert_eq!(sam().display(), "Sam (Acme Health)");
    assert_eq!(Author::new("x".into(), "Sam", "").display(), "Sam");
    assert_eq!(
        Author::new("x".into(), "", "Acme Health").display(),
        "someone at Acme Health"
    );
    assert_eq!(
        Author::new("x".into(), "  ", "").display(),
        "someone who gave no name"
    );
    assert_eq!(sam().possessive(), "Sam's");
    assert_eq!(Author::new("x".into(), "", "").possessive(), "The author's");
}

#[test]
fn a_name_is_the_same_in_any_letter_case_but_two_empty_names_are_not() {
    let on_phone = Author::new("sams-phone".into(), "sam", "ACME health");
    assert!(sam().same_name_as(&on_phone));
    let other_sam = Author::new("elsewhere".into(), "Sam", "Other Trust");
    assert!(!sam().same_name_as(&other_sam));
    let a = Author::new(String::new(), "", "");
    assert!(!a.same_name_as(&Author::new(String::new(), "", "")));
    assert!(!a.same_old_device_as(&Author::new(String::new(), "", "")));
    assert!(sam().same_old_device_as(&Author::new("sams-laptop".into(), "", "")));
}

#[test]
fn someone_elses_assessment_is_theirs_and_says_where_it_came_from() {
    let banks = shipped_banks();
    let here = DeviceKey::from_random([1; 32]);
    let mut a = Assessment::new("a1".into(), "Remote monitoring", &banks[0], 10);
    a.claim(&sam(), &DeviceKey::from_random([2; 32]));
    a.imported_at = Some(3 * 86_400_000);
    let sam_as_sent = Author::new("sams-laptop".into(), "Sam", "Acme Health");

    assert_eq!(a.whose(&here), Whose::Theirs(sam_as_sent.clone()));
    assert_eq!(
        a.from_line(&here, day).as_deref(),
        Some("From: Sam (Acme Health), imported day 3")
    );
    assert_eq!(a.whose(&here).answers(), "Sam's answers");
    assert_eq!(a.whose(&here).possessive(), "Sam's");
    assert_eq!(Whose::Yours.answers(), "your answers");
    let nameless = Whose::Theirs(Author::new("x".into(), "", "Acme Health"));
    assert_eq!(nameless.answers(), "the author's answers");
    assert_eq!(nameless.possessive(), "The author's");

    // Made here: yours, with no "From:" line.
    let mut mine = Assessment::new("m1".into(), "Mine", &banks[0], 10);
    mine.claim(&priya(), &here);
    assert_eq!(mine.whose(&here), Whose::Yours);
    assert_eq!(mine.from_line(&here, day), None);

    // No author and no proof: someone's, who gave no name, never yours by default.
    let unsigned = Assessment::new("old".into(), "Old", &banks[0], 10);
    assert_eq!(unsigned.whose(&here), Whose::Theirs(Author::default()));
    assert_eq!(
        unsigned.from_line(&here, day).as_deref(),
        Some("From: someone who gave no name")
    );
}

#[test]
fn my_own_copy_is_mine_and_leaves_theirs_and_the_review_alone() {
    let banks = shipped_banks();
    let here = DeviceKey::from_random([1; 32]);
    let mut theirs = Assessment::new("a1".into(), "Remote monitoring", &banks[0], 10);
    theirs.author = Some(sam());
    theirs.imported_at = Some(500);
    theirs.set_answer("1", Some(Answer::parse("complex")), 20);
    theirs.set_note("1", "Two conditions", 21);
    theirs.set_judgement(1, Some(("complicated", "We know this one")), 22);
    theirs.reviews.push(Review {
        id: "r1".into(),
        reviewer: priya(),
        ..Review::default()
    });

    let copy = theirs.own_copy("c1".into(), &priya(), &here, 1_000);
    assert_eq!(copy.id, "c1");
    assert_eq!(copy.title, "Remote monitoring (my copy)");
    assert_eq!(copy.whose(&here), Whose::Yours);
    assert_eq!(copy.author, Some(priya()));
    assert_eq!(copy.imported_at, None);
    assert!(copy.reviews.is_empty());
    assert_eq!((copy.created_at, copy.updated_at), (1_000, 1_000));
    assert_eq!(copy.answer("1"), theirs.answer("1"));
    assert_eq!(copy.note("1"), "Two conditions");
    let (copied, original) = (copy.judgement(1).unwrap(), theirs.judgement(1).unwrap());
    assert_eq!(
        (&copied.level, &copied.reason),
        (&original.level, &original.reason)
    );
    assert_eq!(
        copied.copied_from, "Sam's",
        "still named as Sam's judgement"
    );
    assert_eq!(original.copied_from, "");
    // Theirs is untouched.
    assert_eq!(theirs.whose(&here), Whose::Theirs(sam()));
}

#[test]
fn the_author_travels_in_the_export_under_their_current_name_and_no_device_id() {
    let banks = shipped_banks();
    let here = DeviceKey::from_random([1; 32]);
    let me = sam();
    let mut mine = Assessment::new("m1".into(), "Mine", &banks[0], 10);
    mine.claim(&Author::new(String::new(), "Sam", ""), &here);
    let mut theirs = Assessment::new("t1".into(), "Theirs", &banks[0], 10);
    theirs.author = Some(priya());
    theirs.imported_at = Some(50);
    let mut unsigned_import = Assessment::new("u1".into(), "Came unsigned", &banks[0], 10);
    unsigned_import.imported_at = Some(50);
    // Says it is Sam's, by name and by Sam's old device id, but was not made here.
    let mut claims_mine = Assessment::new("c1".into(), "Claims to be mine", &banks[0], 10);
    claims_mine.author = Some(Author::new("sams-laptop".into(), "SAM", "acme health"));

    let out = signed(
        &[mine, theirs, unsigned_import, claims_mine],
        Some(&me),
        &here,
    );
    assert_eq!(
        out[0].author,
        Some(me.clone()),
        "renamed since it was started"
    );
    assert_eq!(out[1].author, Some(priya()), "someone else's stays theirs");
    assert_eq!(
        out[2].author, None,
        "an unsigned import is not signed as mine"
    );
    assert_eq!(
        out[3].author.as_ref().map(|a| a.name.as_str()),
        Some("SAM"),
        "a file that only claims to be mine is not signed with my name"
    );

    let file = export(&out, 100);
    assert!(!file.contains("sams-laptop"), "no device id in the file");
    assert!(!file.contains("priyas-desktop"), "nor anyone else's");
    let back = import(file.as_bytes(), &banks).unwrap();
    assert_eq!(
        back[0].author.as_ref().map(Author::display).as_deref(),
        Some("Sam (Acme Health)")
    );
    assert_eq!(back[0].author.as_ref().map(|a| a.id.as_str()), Some(""));
    assert_eq!(
        back[0].whose(&here),
        Whose::Yours,
        "its own export, back on this device"
    );
    let elsewhere = DeviceKey::from_random([9; 32]);
    assert!(matches!(back[0].whose(&elsewhere), Whose::Theirs(_)));
}

#[test]
fn the_device_author_is_kept_under_the_apps_own_keys() {
    assert!(AUTHOR_KEY.starts_with(KEY_ROOT));
    let mut store = MemoryStore::default();
    assert_eq!(load_author(&store), None);
    save_author(&mut store, &sam()).unwrap();
    assert_eq!(
        load_author(&store),
        Some(Author::new(String::new(), "Sam", "Acme Health"))
    );

    // The device id is never written, even to the device's own record; one an earlier
    // release wrote there is still read.
    assert!(!store.items[AUTHOR_KEY].contains("sams-laptop"));
    store.items.insert(
        AUTHOR_KEY.into(),
        r#"{"id":"old-laptop","name":"Sam"}"#.into(),
    );
    assert_eq!(
        load_author(&store),
        Some(Author::new("old-laptop".into(), "Sam", ""))
    );

    // Damaged: asked again rather than trusted.
    store.items.insert(AUTHOR_KEY.into(), "{not json".into());
    assert_eq!(load_author(&store), None);

    // "Delete all data on this device" forgets the name too.
    save_author(&mut store, &sam()).unwrap();
    remove_all(&mut store).unwrap();
    assert_eq!(load_author(&store), None);

    let mut full = MemoryStore {
        full: true,
        ..MemoryStore::default()
    };
    assert!(save_author(&mut full, &sam()).is_err());
}
