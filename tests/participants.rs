//! Each person's own workshop answers: kept once per person, later sendings win without a
//! clock, removed people stay removed, and the team view reads them like assessments.

mod common;

use common::person;
use nasss_navigator::core::assessment::{merge, Answer, Assessment};
use nasss_navigator::core::file_format::{export, import_with_version, SCHEMA_VERSION};
use nasss_navigator::core::participants::{
    add, arrival, as_assessment, labels, remove, AnswerSource, Arrival,
};
use nasss_navigator::core::shipped::shipped_banks;
use nasss_navigator::core::storage::{load_all, MemoryStore};
use nasss_navigator::core::team::team_view;

const SCHEMA_3_EXPORT: &str = include_str!("fixtures/schema-3/workshop-export.json");
const SCHEMA_3_STORED: &str = include_str!("fixtures/schema-3/stored-workshop.json");

fn workshop() -> Assessment {
    let banks = shipped_banks();
    let quick = banks.iter().find(|b| b.id() == "quick").unwrap();
    Assessment::new("ws1".into(), "Ward 7 workshop", quick, 1_000)
}

#[test]
fn a_person_is_kept_once_and_their_later_sending_replaces_the_earlier() {
    let mut w = workshop();
    assert_eq!(
        add(&mut w, person("ana", "Ana", 0, &[("1", "simple")])),
        Arrival::New
    );
    assert_eq!(
        add(&mut w, person("ana", "Ana", 0, &[("1", "simple")])),
        Arrival::AlreadyHere
    );
    let later = person("ana", "Ana", 1, &[("1", "complex"), ("2", "dont_know")]);
    assert_eq!(
        arrival(&w.participants, &w.removed_participants, &later),
        Arrival::Newer
    );
    assert_eq!(add(&mut w, later.clone()), Arrival::Newer);
    // An earlier sending arriving late changes nothing.
    assert_eq!(
        add(&mut w, person("ana", "Ana", 0, &[("1", "simple")])),
        Arrival::AlreadyHere
    );
    assert_eq!(w.participants, vec![later]);
}

#[test]
fn removed_answers_stay_removed_whatever_copy_arrives() {
    let mut w = workshop();
    add(&mut w, person("ben", "", 0, &[("1", "complicated")]));
    let copy_with_ben = w.clone();
    remove(&mut w, "ben");
    assert!(w.participants.is_empty());
    assert_eq!(
        add(&mut w, person("ben", "", 3, &[("1", "simple")])),
        Arrival::Removed
    );
    assert!(merge(&w, &copy_with_ben).participants.is_empty());
    assert!(merge(&copy_with_ben, &w).participants.is_empty());
}

#[test]
fn two_tabs_collecting_at_once_keep_everyone_the_same_way_round() {
    let mut one = workshop();
    let mut two = workshop();
    add(&mut one, person("ana", "Ana", 0, &[("1", "simple")]));
    add(&mut one, person("cal", "", 1, &[("1", "complex")]));
    add(&mut two, person("ben", "Ben", 0, &[("1", "complex")]));
    add(&mut two, person("cal", "", 2, &[("1", "dont_know")]));
    let ab = merge(&one, &two);
    assert_eq!(ab, merge(&two, &one));
    let ids: Vec<_> = ab.participants.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["ana", "ben", "cal"]);
    // Cal's second revision, whichever tab holds it.
    assert_eq!(ab.participants[2].revision, 2);
    assert_eq!(merge(&ab, &one), ab);
}

#[test]
fn people_without_a_name_are_numbered_in_order() {
    let list = vec![
        person("a", "", 0, &[]),
        person("b", "  Ben  ", 0, &[]),
        person("c", " ", 0, &[]),
    ];
    assert_eq!(labels(&list), ["Person 1", "Ben", "Person 2"]);
}

#[test]
fn the_team_view_reads_each_persons_answers_with_unknowns_beside_levels() {
    let banks = shipped_banks();
    let quick = banks.iter().find(|b| b.id() == "quick").unwrap();
    let mut w = workshop();
    add(
        &mut w,
        person("ana", "Ana", 0, &[("1", "simple"), ("2", "complex")]),
    );
    add(
        &mut w,
        person("ben", "Ben", 0, &[("1", "complex"), ("2", "complex")]),
    );
    add(
        &mut w,
        person("cal", "", 0, &[("1", "dont_know"), ("2", "complex")]),
    );
    let names = labels(&w.participants);
    let people: Vec<Assessment> = w
        .participants
        .iter()
        .zip(&names)
        .map(|(p, name)| as_assessment(&w, p, name))
        .collect();
    assert_eq!(people[2].title, "Person 1");
    assert_eq!(people[0].author.as_ref().unwrap().name, "Ana");
    let refs: Vec<&Assessment> = people.iter().collect();
    let view = team_view(quick, &refs).unwrap();
    assert_eq!(view.respondents, 3);
    // Question 1: simple 1, complex 1, I don't know 1; levels 1 and 3, so the spread is 2.
    let q1 = &view.questions[0];
    assert_eq!(
        (q1.counts.clone(), q1.dont_know, q1.spread),
        (vec![1, 0, 1], 1, 2)
    );
    // Question 2: all three say complex: no spread.
    assert_eq!(view.questions[1].spread, 0);
    assert_eq!(view.questions[1].counts, vec![0, 0, 3]);
}

#[test]
fn participants_round_trip_through_an_export() {
    let banks = shipped_banks();
    let mut w = workshop();
    add(&mut w, person("ana", "Ana", 4, &[("1", "simple")]));
    let mut paper = person("pp1", "Dee", 0, &[("3", "dont_know")]);
    paper.source = AnswerSource::Paper;
    add(&mut w, paper);
    remove(&mut w, "gone");
    let text = export(std::slice::from_ref(&w), 5_000);
    assert!(
        text.contains(&format!("\"schema_version\": {SCHEMA_VERSION}"))
            || text.contains(&format!("\"schema_version\":{SCHEMA_VERSION}"))
    );
    let (back, _) = import_with_version(text.as_bytes(), &banks).unwrap();
    assert_eq!(back, vec![w]);
}

#[test]
fn a_schema_3_file_made_by_the_previous_release_still_imports_whole() {
    let banks = shipped_banks();
    let (found, version) = import_with_version(SCHEMA_3_EXPORT.as_bytes(), &banks).unwrap();
    assert_eq!(version, 3);
    let a = &found[0];
    assert_eq!(a.title, "Ward 7 workshop");
    assert_eq!(a.responses["1"].answer, Some(Answer::parse("complex")));
    assert_eq!(a.responses["1"].tally["complex"], 2);
    assert!(a.participants.is_empty());
    assert!(a.proof.is_some());
}

#[test]
fn schema_3_stored_data_is_not_claimed_again_as_older() {
    // Reviews were already signed in schema 3: only data from before that has one to claim.
    let banks = shipped_banks();
    let mut store = MemoryStore::default();
    store.items.insert(
        "nasss-navigator/assessment/mxbcj5m84hjh8j4g".into(),
        SCHEMA_3_STORED.into(),
    );
    let loaded = load_all(&store, &banks).unwrap();
    assert_eq!(loaded.assessments.len(), 1);
    assert!(loaded.from_older.is_empty());
    assert!(loaded.read_only.is_empty());
}
