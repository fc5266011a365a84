//! The return trip (issue 22, point 2): an assessment comes back from a reviewer, or from
//! the person's other device, while a copy is already here. The preview says what is new
//! by person, the default adds it, and no choice hands the work to the sender, puts an
//! older answer over a newer one, drops a review or writes over a newer version's data.

use nasss_navigator::core::assessment::{Answer, Assessment};
use nasss_navigator::core::author::{Author, Whose};
use nasss_navigator::core::file_format::{export, export_compact, import, ImportError};
use nasss_navigator::core::identity::DeviceKey;
use nasss_navigator::core::return_trip::{
    add_what_is_new, choices, kept_beside, replace, settle, what_is_new, Clash, Settled,
};
use nasss_navigator::core::shipped::shipped_banks;
use nasss_navigator::core::storage::{
    assessment_key, load_one, restore, save, snapshot, MemoryStore,
};

const NOW: u64 = 1_764_500_000_000;
const MIN: u64 = 60_000;

fn priya() -> Author {
    Author::new("dev-priya".into(), "Priya Shah", "HeartWatch")
}

fn sam_key() -> DeviceKey {
    DeviceKey::from_random([5; 32])
}

fn priya_key() -> DeviceKey {
    DeviceKey::from_random([9; 32])
}

/// Priya's assessment as she sent it.
fn sent() -> Assessment {
    let bank = &shipped_banks()[0];
    let mut a = Assessment::new("hw".into(), "HeartWatch", bank, NOW - 60 * MIN);
    a.claim(&priya(), &priya_key());
    a.set_answer("1", Some(Answer::parse("complex")), NOW - 50 * MIN);
    a.set_answer("2", Some(Answer::parse("simple")), NOW - 50 * MIN);
    a.set_judgement(2, Some(("simple", "One supplier")), NOW - 49 * MIN);
    a
}

/// What Sam sends back: seven verdicts of his own, nothing else changed.
fn reviewed(sent: &Assessment) -> Assessment {
    let mut back = sent.clone();
    back.imported_at = Some(NOW - 40 * MIN);
    let sam = Author::new(String::new(), "Sam Okafor", "");
    for domain in 1..=7 {
        back.change_my_review(
            &sam_key(),
            &sam,
            || "rs".into(),
            NOW - 30 * MIN,
            |r| r.agree(domain),
        );
    }
    back
}

#[test]
fn the_preview_says_what_is_new_by_person() {
    let sent = sent();
    let back = reviewed(&sent);
    // Since sending, Priya added an action and changed an answer.
    let mut here = sent.clone();
    here.add_action("1", "Map the pathway", "", "", NOW - 20 * MIN);
    here.set_answer("1", Some(Answer::parse("complicated")), NOW - 20 * MIN);
    let new = what_is_new(&here, &back, &Whose::Yours, Some(&priya_key()), "link", NOW);
    assert_eq!(
        new.lines,
        vec![
            "Sam Okafor's review: 7 verdicts, new.",
            "Your answers: unchanged, yours are newer."
        ]
    );
    assert!(!new.nothing_new);

    // On Sam's device, when Priya's newer copy comes round again with his review in it.
    let mut priyas_later = here.clone();
    priyas_later.reviews = back.reviews.clone();
    let sams = back.clone();
    let new = what_is_new(
        &sams,
        &priyas_later,
        &Whose::Theirs(priya()),
        Some(&sam_key()),
        "file",
        NOW,
    );
    assert_eq!(
        new.lines,
        vec![
            "Your review: unchanged.",
            "Priya Shah's answers: 1 newer in the file, 1 new action."
        ]
    );

    // The same copy again: nothing new.
    let new = what_is_new(&back, &back, &Whose::Yours, Some(&priya_key()), "link", NOW);
    assert!(new.nothing_new);
    assert_eq!(
        new.lines,
        vec![
            "Sam Okafor's review: unchanged.",
            "Your answers: unchanged."
        ]
    );
}

#[test]
fn the_preview_does_not_trust_the_senders_clock() {
    let sent = sent();
    let mut here = sent.clone();
    here.set_answer("1", Some(Answer::parse("complicated")), NOW - 5 * MIN);
    // The sender's clock runs a day ahead: their old answer looks newer than hers.
    let mut ahead = sent.clone();
    ahead.set_answer("1", Some(Answer::parse("simple")), NOW + 24 * 60 * MIN);
    let new = what_is_new(&here, &ahead, &Whose::Yours, None, "file", NOW);
    // Bounded to now, as import stores it, it is still newer (now is after her change)...
    assert_eq!(new.lines, vec!["Your answers: 1 newer in the file."]);
    // ...but not newer than a change she makes after it arrives.
    let mut stored = ahead.clone();
    stored.bound_times(NOW);
    let mut later = add_what_is_new(&here, &stored);
    let t = later.clock(NOW);
    later.set_answer("1", Some(Answer::parse("complex")), t);
    let again = add_what_is_new(&later, &stored);
    assert_eq!(again.answer("1"), Some(&Answer::parse("complex")));
}

#[test]
fn the_default_adds_what_is_new_and_keeps_her_newer_action_and_answer() {
    let sent = sent();
    let back = reviewed(&sent);
    let mut here = sent.clone();
    here.add_action("1", "Map the pathway", "", "", NOW - 20 * MIN);
    here.set_answer("1", Some(Answer::parse("complicated")), NOW - 20 * MIN);
    assert_eq!(choices(false)[0], Clash::AddWhatIsNew, "the default");
    let Settled::Update(out) = settle(&here, false, &back, Clash::AddWhatIsNew) else {
        panic!("the default updates the copy here");
    };
    assert_eq!(out.actions.len(), 1);
    assert_eq!(out.answer("1"), Some(&Answer::parse("complicated")));
    assert_eq!(out.reviews.len(), 1);
    assert_eq!(out.reviews[0].verdicts.len(), 7);
    assert_eq!(out.imported_at, None, "still hers, never imported");
    assert_eq!(out.author, here.author);
    // Sam's review stays his: her device cannot change it.
    assert_eq!(out.my_review(Some(&priya_key())), None);
}

#[test]
fn replace_never_changes_whose_it_is() {
    let here = sent();
    let mut mallory = sent();
    mallory.author = Some(Author::new("dev-mallory".into(), "Mallory", ""));
    mallory.imported_at = Some(NOW);
    mallory.title = "Taken over".into();
    let out = replace(&here, &mallory);
    assert_eq!(out.author, here.author);
    assert_eq!(out.imported_at, None);
    assert_eq!(out.whose(&priya_key()), Whose::Yours);
    assert_eq!(
        out.proof, here.proof,
        "the proof is the copy here's, not the file's"
    );
    assert_eq!(
        out.title, "Taken over",
        "the file's title is what replacing means"
    );
}

#[test]
fn replace_never_puts_an_older_answer_over_a_newer_one() {
    let older = sent();
    let mut here = sent();
    here.set_answer("1", Some(Answer::parse("complicated")), NOW - 10 * MIN);
    here.set_judgement(2, Some(("complex", "Two suppliers now")), NOW - 10 * MIN);
    let out = replace(&here, &older);
    assert_eq!(out.answer("1"), Some(&Answer::parse("complicated")));
    assert_eq!(out.judgement(2).unwrap().reason, "Two suppliers now");
    // Where the file's is newer, it is taken.
    let mut newer = sent();
    newer.set_answer("2", Some(Answer::parse("complex")), NOW - 5 * MIN);
    let out = replace(&here, &newer);
    assert_eq!(out.answer("2"), Some(&Answer::parse("complex")));
    assert_eq!(out.answer("1"), Some(&Answer::parse("complicated")));
}

#[test]
fn replace_never_drops_a_review() {
    let sent = sent();
    let back = reviewed(&sent);
    // Here: Sam's review, later changed by him; the file: an older copy with Ana's instead.
    let mut here = back.clone();
    let sam = Author::new(String::new(), "Sam Okafor", "");
    here.change_my_review(
        &sam_key(),
        &sam,
        || "x".into(),
        NOW - 5 * MIN,
        |r| r.disagree(1),
    );
    let mut anas = sent.clone();
    let ana = Author::new(String::new(), "Ana Diaz", "");
    anas.change_my_review(
        &DeviceKey::from_random([3; 32]),
        &ana,
        || "ra".into(),
        NOW - 20 * MIN,
        |r| r.agree(4),
    );
    let mut old_sam = back.clone();
    old_sam.reviews[0].verdicts.clear();
    anas.reviews.insert(0, old_sam.reviews[0].clone());
    let out = replace(&here, &anas);
    assert_eq!(out.reviews.len(), 2, "both reviewers' reviews are kept");
    let sams = out.reviews.iter().find(|r| r.id == "rs").unwrap();
    assert_eq!(
        sams.verdicts.len(),
        7,
        "his newer review is not replaced by an older one"
    );
    assert!(!sams.verdicts[&1].agrees);
}

#[test]
fn replace_never_writes_over_data_from_a_newer_version() {
    let here = sent();
    let incoming = sent();
    assert_eq!(
        choices(true),
        vec![Clash::KeepBoth],
        "only Keep both is offered"
    );
    for choice in [Clash::AddWhatIsNew, Clash::Replace, Clash::KeepBoth] {
        assert_eq!(settle(&here, true, &incoming, choice), Settled::Beside);
    }
    let copy = kept_beside(&incoming, "new-id".into(), "link");
    assert_eq!(copy.id, "new-id");
    assert_eq!(copy.title, "HeartWatch (the link's copy)");
}

#[test]
fn undo_puts_back_exactly_what_was_stored() {
    let banks = shipped_banks();
    let mut store = MemoryStore::default();
    // Stored by an older release, pretty-printed, with a field this version does not know:
    // a re-serialisation would change every byte of that.
    let mut original = export(&[sent()], NOW);
    original = original.replacen(
        "\"title\"",
        "\"from_a_later_release\": [1, 2],\n      \"title\"",
        1,
    );
    let key = assessment_key("hw");
    store.items.insert(key.clone(), original.clone());
    let here = load_one(&store, "hw", &banks).unwrap();

    // What Undo used to do, saving the copy it had read, loses the later release's field.
    let mut resaved = store.clone();
    save(&mut resaved, &here).unwrap();
    assert!(!resaved.items[&key].contains("from_a_later_release"));
    let before = snapshot(&store, "hw").unwrap();
    let Settled::Update(out) = settle(&here, false, &reviewed(&sent()), Clash::Replace) else {
        panic!()
    };
    save(&mut store, &out).unwrap();
    assert_ne!(store.items[&key], original);
    restore(&mut store, "hw", before.as_deref()).unwrap();
    assert_eq!(store.items[&key], original, "byte for byte");
    // Where nothing was stored, Undo leaves nothing.
    let nothing = snapshot(&store, "other").unwrap();
    save(&mut store, &kept_beside(&out, "other".into(), "file")).unwrap();
    restore(&mut store, "other", nothing.as_deref()).unwrap();
    assert!(!store.items.contains_key(&assessment_key("other")));
}

#[test]
fn a_file_that_holds_one_id_twice_is_refused_with_its_reason() {
    let banks = shipped_banks();
    let first = sent();
    let mut second = sent();
    second.set_note("1", "A different note", NOW);
    let text = export_compact(&[first, second], NOW);
    let refused = import(text.as_bytes(), &banks).unwrap_err();
    assert_eq!(
        refused,
        ImportError::SameIdTwice {
            title: "HeartWatch".into()
        }
    );
    assert!(refused
        .to_string()
        .starts_with("This file holds \"HeartWatch\" twice"));
}
