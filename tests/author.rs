//! Whose assessment it is: the device's author, the "From:" line, read-only for someone
//! else's, a copy of your own, and the author carried through export and import.

use nasss_navigator::core::assessment::{Answer, Assessment, Review};
use nasss_navigator::core::author::{load_author, save_author, signed, Author, Whose, AUTHOR_KEY};
use nasss_navigator::core::file_format::{export, import};
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
fn the_same_person_is_the_same_device_or_the_same_name_and_organisation() {
    let on_phone = Author::new("sams-phone".into(), "sam", "ACME health");
    assert!(
        sam().is(&on_phone),
        "same name and organisation on another device"
    );
    let renamed = Author::new("sams-laptop".into(), "Samantha", "");
    assert!(sam().is(&renamed), "same device after a change of name");
    let other_sam = Author::new("elsewhere".into(), "Sam", "Other Trust");
    assert!(!sam().is(&other_sam));
    // Two people who both left their names empty are not the same person.
    let a = Author::new("a".into(), "", "");
    let b = Author::new("b".into(), "", "");
    assert!(!a.is(&b));
}

#[test]
fn someone_elses_assessment_is_theirs_and_says_where_it_came_from() {
    let banks = shipped_banks();
    let mut a = Assessment::new("a1".into(), "Remote monitoring", &banks[0], 10);
    a.author = Some(sam());
    a.imported_at = Some(3 * 86_400_000);

    assert_eq!(a.whose(Some(&priya())), Whose::Theirs(sam()));
    assert_eq!(
        a.whose(None),
        Whose::Theirs(sam()),
        "no name on this device yet"
    );
    assert_eq!(a.whose(Some(&sam())), Whose::Yours);
    assert_eq!(
        a.from_line(Some(&priya()), day).as_deref(),
        Some("From: Sam (Acme Health), imported day 3")
    );
    assert_eq!(a.from_line(Some(&sam()), day), None);
    assert_eq!(a.whose(Some(&priya())).answers(), "Sam's answers");
    assert_eq!(a.whose(Some(&priya())).possessive(), "Sam's");
    assert_eq!(Whose::Yours.answers(), "your answers");
    let nameless = Whose::Theirs(Author::new("x".into(), "", "Acme Health"));
    assert_eq!(nameless.answers(), "the author's answers");
    assert_eq!(nameless.possessive(), "The author's");

    // Made before authors were recorded: yours, as it always was.
    let old = Assessment::new("old".into(), "Old", &banks[0], 10);
    assert_eq!(old.whose(Some(&priya())), Whose::Yours);
    assert_eq!(old.from_line(Some(&priya()), day), None);
}

#[test]
fn my_own_copy_is_mine_and_leaves_theirs_and_the_review_alone() {
    let banks = shipped_banks();
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

    let copy = theirs.own_copy("c1".into(), &priya(), 1_000);
    assert_eq!(copy.id, "c1");
    assert_eq!(copy.title, "Remote monitoring (my copy)");
    assert_eq!(copy.whose(Some(&priya())), Whose::Yours);
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
    assert_eq!(theirs.whose(Some(&priya())), Whose::Theirs(sam()));
}

#[test]
fn the_author_travels_in_the_export_under_their_current_name() {
    let banks = shipped_banks();
    let me = sam();
    let mut mine = Assessment::new("m1".into(), "Mine", &banks[0], 10);
    mine.author = Some(Author::new(me.id.clone(), "Sam", ""));
    let from_before_names = Assessment::new("m0".into(), "Older", &banks[0], 5);
    let mut theirs = Assessment::new("t1".into(), "Theirs", &banks[0], 10);
    theirs.author = Some(priya());
    theirs.imported_at = Some(50);
    let mut unsigned_import = Assessment::new("u1".into(), "Came unsigned", &banks[0], 10);
    unsigned_import.imported_at = Some(50);

    let out = signed(
        &[mine, from_before_names, theirs, unsigned_import],
        Some(&me),
    );
    assert_eq!(
        out[0].author,
        Some(me.clone()),
        "renamed since it was started"
    );
    assert_eq!(
        out[1].author,
        Some(me.clone()),
        "started before names were asked"
    );
    assert_eq!(out[2].author, Some(priya()), "someone else's stays theirs");
    assert_eq!(
        out[3].author, None,
        "an unsigned import is not signed as mine"
    );

    let file = export(&out, 100);
    let back = import(file.as_bytes(), &banks).unwrap();
    assert_eq!(back[0].author, Some(me));
    assert_eq!(back[0].whose(Some(&priya())), Whose::Theirs(sam()));
}

#[test]
fn the_device_author_is_kept_under_the_apps_own_keys() {
    assert!(AUTHOR_KEY.starts_with(KEY_ROOT));
    let mut store = MemoryStore::default();
    assert_eq!(load_author(&store), None);
    save_author(&mut store, &sam()).unwrap();
    assert_eq!(load_author(&store), Some(sam()));

    // Damaged, or with no id: asked again rather than trusted.
    store.items.insert(AUTHOR_KEY.into(), "{not json".into());
    assert_eq!(load_author(&store), None);
    store
        .items
        .insert(AUTHOR_KEY.into(), r#"{"id":"","name":"Sam"}"#.into());
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
