//! A reviewer's verdict per domain: agreeing, not agreeing, their own level and their
//! reason, each a rule of the core's `Review` rather than of the page that sets it.

use nasss_navigator::core::assessment::{Review, Verdict};
use nasss_navigator::core::author::Author;
use nasss_navigator::core::shipped::shipped_banks;

fn verdict(r: &Review, domain: u32) -> Verdict {
    r.verdicts[&domain].clone()
}

#[test]
fn a_level_of_the_reviewers_own_means_they_do_not_agree_and_agreeing_drops_it() {
    let mut r = Review::default();
    r.give_level(1, "complex");
    assert_eq!(
        verdict(&r, 1),
        Verdict {
            agrees: false,
            why: String::new(),
            level: Some("complex".into())
        }
    );
    r.agree(1);
    assert_eq!(
        verdict(&r, 1),
        Verdict {
            agrees: true,
            why: String::new(),
            level: None
        }
    );
    // Not agreeing again keeps nothing stale: the level was dropped on agreeing.
    r.disagree(1);
    assert_eq!(
        verdict(&r, 1),
        Verdict {
            agrees: false,
            why: String::new(),
            level: None
        }
    );
    // Choosing a level after "I agree" turns the verdict into a disagreement.
    r.agree(2);
    r.give_level(2, "simple");
    assert!(!verdict(&r, 2).agrees);
}

#[test]
fn the_reason_is_kept_whatever_the_verdict() {
    let mut r = Review::default();
    r.give_reason(3, "Two suppliers");
    assert_eq!(
        verdict(&r, 3),
        Verdict {
            agrees: true,
            why: "Two suppliers".into(),
            level: None
        }
    );
    r.disagree(3);
    r.give_level(3, "complicated");
    assert_eq!(verdict(&r, 3).why, "Two suppliers");
    r.give_reason(3, "Two suppliers, one contract");
    assert_eq!(
        verdict(&r, 3),
        Verdict {
            agrees: false,
            why: "Two suppliers, one contract".into(),
            level: Some("complicated".into())
        }
    );
}

#[test]
fn the_verdict_reads_as_a_phrase_beside_its_domain() {
    let bank = &shipped_banks()[0];
    let mut r = Review {
        reviewer: Author::new(String::new(), "Priya", ""),
        ..Review::default()
    };
    r.give_level(1, "complex");
    r.give_reason(1, "Frailty");
    r.agree(2);
    r.disagree(3);
    assert_eq!(
        r.verdict_text(1, bank, true).as_deref(),
        Some("Priya would say complex: Frailty")
    );
    assert_eq!(
        r.verdict_text(1, bank, false).as_deref(),
        Some("Priya would say complex")
    );
    assert_eq!(
        r.verdict_text(2, bank, true).as_deref(),
        Some("Priya agrees")
    );
    assert_eq!(
        r.verdict_text(3, bank, true).as_deref(),
        Some("Priya does not agree")
    );
    assert_eq!(r.verdict_text(4, bank, true), None);
}

// ---- Reviews keyed by reviewer (issue 22, point 1) ----

use nasss_navigator::core::assessment::{merge, Assessment};
use nasss_navigator::core::file_format::{export, import, import_with_version, SCHEMA_VERSION};
use nasss_navigator::core::identity::DeviceKey;
use nasss_navigator::core::review::{claim_legacy_review, LEGACY_REVIEW_ID};
use nasss_navigator::core::storage::{load_all, save, MemoryStore};

fn key(byte: u8) -> DeviceKey {
    DeviceKey::from_random([byte; 32])
}

fn person(name: &str) -> Author {
    Author::new(String::new(), name, "")
}

fn assessment() -> Assessment {
    Assessment::new("a1".into(), "HeartWatch", &shipped_banks()[0], 1_000)
}

#[test]
fn each_reviewer_changes_only_their_own_review() {
    let (sam_key, ana_key) = (key(1), key(2));
    let mut a = assessment();
    // Sam reviews on his device, then the copy goes to Ana, who reviews on hers.
    a.change_my_review(
        &sam_key,
        &person("Sam Okafor"),
        || "rs".into(),
        2_000,
        |r| r.give_level(1, "complex"),
    );
    a.change_my_review(
        &ana_key,
        &person("Ana Diaz"),
        || "ra".into(),
        3_000,
        |r| r.agree(1),
    );
    assert_eq!(
        a.reviews.len(),
        2,
        "a second reviewer adds a review of her own"
    );
    let sams = &a.reviews[0];
    assert_eq!(sams.reviewer.name, "Sam Okafor");
    assert_eq!(sams.verdicts[&1].level.as_deref(), Some("complex"));
    assert!(a.reviews[1].verdicts[&1].agrees);
    // Each device sees its own review as its own and the other as someone else's.
    assert_eq!(a.my_review(Some(&sam_key)).unwrap().id, "rs");
    assert_eq!(a.my_review(Some(&ana_key)).unwrap().id, "ra");
    assert_eq!(
        a.my_review(Some(&key(3))),
        None,
        "the author's device has none"
    );
    assert_eq!(a.my_review(None), None);
    assert_eq!(
        a.reviews[0].title_for("a1", Some(&ana_key)),
        "Sam Okafor's review"
    );
    assert_eq!(a.reviews[0].title_for("a1", Some(&sam_key)), "Your review");
    // Sam changing his again changes his, never Ana's.
    a.change_my_review(
        &sam_key,
        &person("Sam Okafor"),
        || "x".into(),
        4_000,
        |r| r.agree(2),
    );
    assert_eq!(a.reviews.len(), 2);
    assert_eq!(a.reviews[0].updated_at, 4_000);
    assert_eq!(a.reviews[1].verdicts.len(), 1);
    // Both views read beside the domain, by name.
    let bank = &shipped_banks()[0];
    assert_eq!(
        a.verdict_text(1, bank, false).as_deref(),
        Some("Sam Okafor would say complex; Ana Diaz agrees")
    );
}

#[test]
fn a_name_or_a_copied_review_is_no_proof() {
    let sam_key = key(1);
    let mut a = assessment();
    a.change_my_review(
        &sam_key,
        &person("Sam Okafor"),
        || "rs".into(),
        2_000,
        |r| r.agree(1),
    );
    // Someone who types Sam's name, or copies his review (proof and all) onto another
    // assessment, cannot pass it off as made on Sam's device.
    let mut forged = a.reviews[0].clone();
    forged.proof = Some("00".repeat(32));
    assert!(!forged.is_mine("a1", Some(&sam_key)));
    let mut elsewhere = a.clone();
    elsewhere.id = "a2".into();
    assert_eq!(elsewhere.my_review(Some(&sam_key)), None);
    // And the export keeps the proof, so it is still Sam's when it comes back to him.
    let banks = shipped_banks();
    let back = import(export(std::slice::from_ref(&a), 5).as_bytes(), &banks).unwrap();
    assert_eq!(back[0].my_review(Some(&sam_key)).unwrap().id, "rs");
}

#[test]
fn copies_merge_review_by_review_and_drop_nobodys() {
    let (sam_key, ana_key) = (key(1), key(2));
    let mut base = assessment();
    base.change_my_review(
        &sam_key,
        &person("Sam Okafor"),
        || "rs".into(),
        2_000,
        |r| r.agree(1),
    );
    let mut sams = base.clone();
    sams.change_my_review(
        &sam_key,
        &person("Sam Okafor"),
        || "x".into(),
        5_000,
        |r| r.disagree(1),
    );
    let mut anas = base.clone();
    anas.change_my_review(
        &ana_key,
        &person("Ana Diaz"),
        || "ra".into(),
        4_000,
        |r| r.agree(3),
    );
    for merged in [merge(&sams, &anas), merge(&anas, &sams)] {
        assert_eq!(merged.reviews.len(), 2);
        let sam = merged.reviews.iter().find(|r| r.id == "rs").unwrap();
        assert!(!sam.verdicts[&1].agrees, "Sam's later change wins");
        assert!(merged.reviews.iter().any(|r| r.id == "ra"));
    }
}

const SCHEMA_2: &str = include_str!("fixtures/schema-2/export-with-review.json");

#[test]
fn the_schema_2_review_becomes_one_reviewers_review() {
    assert_eq!(SCHEMA_VERSION, 4);
    let banks = shipped_banks();
    let (found, version) = import_with_version(SCHEMA_2.as_bytes(), &banks).unwrap();
    assert_eq!(version, 2);
    assert_eq!(found.len(), 2);
    let a = &found[0];
    assert_eq!(a.reviews.len(), 1);
    let r = &a.reviews[0];
    assert_eq!(r.id, LEGACY_REVIEW_ID);
    assert_eq!(r.reviewer.name, "Sam Okafor");
    assert_eq!(r.proof, None, "nobody can prove they wrote it");
    assert_eq!(r.updated_at, a.updated_at);
    assert_eq!(r.verdicts[&1].level.as_deref(), Some("complex"));
    assert!(r.verdicts[&2].agrees);
    assert_eq!(r.question_comments["1"], "Agree about multimorbidity");
    assert_eq!(r.domain_comments[&2], "Check the device supplier");
    assert_eq!(a.reviews[0].title(), "Sam Okafor's review");
    assert!(found[1].reviews.is_empty());
    // Everything else came through as it was.
    assert_eq!(a.note("1"), "Patients often have other conditions");
    assert_eq!(a.judgement(1).unwrap().level, "complicated");
    assert_eq!(a.actions[0].what, "Map the patient pathway");
    // Written again, it is a schema-3 file that reads the same, but for the old device id,
    // which is read and never written (`Author::id`).
    let again = import(export(&found, 9).as_bytes(), &banks).unwrap();
    let mut without_ids = found.clone();
    for a in &mut without_ids {
        if let Some(author) = &mut a.author {
            author.id.clear();
        }
    }
    assert_eq!(again, without_ids);
}

#[test]
fn stored_data_from_schema_2_says_so_and_the_reviewers_device_claims_its_review() {
    let banks = shipped_banks();
    let mut store = MemoryStore::default();
    store.items.insert(
        "nasss-navigator/assessment/schema2rev".into(),
        SCHEMA_2.to_string(),
    );
    let mut current = assessment();
    current.id = "current".into();
    save(&mut store, &current).unwrap();
    let loaded = load_all(&store, &banks).unwrap();
    // Both assessments in that stored item, and not the one stored in today's format.
    assert_eq!(loaded.from_older, vec!["schema2rev", "schema2plain"]);
    let mut a = loaded
        .assessments
        .into_iter()
        .find(|a| a.id == "schema2rev")
        .unwrap();
    let device = key(7);
    // On the author's own assessment, the review came in someone else's file: not claimed.
    let mut own = a.clone();
    assert!(!claim_legacy_review(&mut own, &device, true));
    assert_eq!(own.my_review(Some(&device)), None);
    // On someone else's, this device was the reviewer: it stays this device's to change.
    assert!(claim_legacy_review(&mut a, &device, false));
    assert_eq!(a.my_review(Some(&device)).unwrap().id, LEGACY_REVIEW_ID);
    assert!(!claim_legacy_review(&mut a, &device, false), "once only");
}
