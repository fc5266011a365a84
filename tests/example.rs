//! The worked example (`questions/examples/`): it loads through the same import as any file,
//! answers every question of the full bank at every round, has what the results, report,
//! change over time and links between domains need to show, and is nobody's own.

use nasss_navigator::core::assessment::{Answer, Assessment};
use nasss_navigator::core::author::{Author, Whose};
use nasss_navigator::core::bank::Bank;
use nasss_navigator::core::example::{
    example_route, is_example, read_example, shows_example, EXAMPLE_CASE, EXAMPLE_FILE, EXAMPLE_ID,
    EXAMPLE_SOURCE,
};
use nasss_navigator::core::file_format::{export, import};
use nasss_navigator::core::identity::DeviceKey;
use nasss_navigator::core::proof::unproven_claim;
use nasss_navigator::core::route::Route;
use nasss_navigator::core::scoring::{profile, summary};
use nasss_navigator::core::shipped::shipped_banks;
use nasss_navigator::core::trend::trend;

const FILE: &[u8] = include_bytes!("../questions/examples/video-outpatient-clinics.json");

fn example() -> Assessment {
    read_example(FILE, &shipped_banks()).expect("the shipped example reads")
}

fn bank_of(a: &Assessment) -> Bank {
    shipped_banks()
        .into_iter()
        .find(|b| b.id() == a.bank.id)
        .expect("the example uses a shipped bank")
}

#[test]
fn the_file_the_app_fetches_is_the_one_tested() {
    // Trunk copies questions/examples/ to examples/ (index.html, copy-dir).
    assert!(EXAMPLE_FILE.starts_with("examples/"));
    let name = EXAMPLE_FILE.trim_start_matches("examples/");
    let on_disk = std::fs::read(format!("questions/examples/{name}")).expect("the file exists");
    assert_eq!(on_disk, FILE);
}

#[test]
fn it_loads_through_the_ordinary_import() {
    let from_import = import(FILE, &shipped_banks()).expect("a valid export file");
    assert_eq!(from_import.len(), 1);
    assert_eq!(example(), from_import[0]);
    assert_eq!(example().id, EXAMPLE_ID);
}

#[test]
fn the_file_names_the_case_and_source_the_app_shows() {
    let file: serde_json::Value = serde_json::from_slice(FILE).unwrap();
    assert_eq!(file["example"]["case"], EXAMPLE_CASE);
    assert_eq!(file["example"]["source"], EXAMPLE_SOURCE);
    assert!(EXAMPLE_SOURCE.contains("BMC Medicine 2018; 16: 66"));
    assert!(EXAMPLE_CASE.contains("video outpatient consultations"));
}

#[test]
fn it_answers_every_question_of_the_full_bank_at_every_round() {
    let a = example();
    let bank = bank_of(&a);
    assert_eq!(bank.id(), "full");
    // An older version would open with the "wording was updated" notice.
    assert_eq!(a.bank.version, bank.set.version);
    assert_eq!(a.answered_count(&bank), bank.questions().len());
    assert_eq!(a.rounds.len(), 2, "two check-in rounds before now");
    for (i, round) in a.rounds.iter().enumerate() {
        for q in bank.questions() {
            assert!(
                round
                    .responses
                    .get(&q.code)
                    .and_then(|r| r.answer.as_ref())
                    .is_some(),
                "round {} has no answer to {}",
                i + 1,
                q.code
            );
        }
        assert!(!round.comment.is_empty(), "round {} has a comment", i + 1);
    }
    for q in bank.questions() {
        assert!(!a.note(&q.code).is_empty(), "{} has a note", q.code);
        assert!(
            !a.responses[&q.code].carried_over,
            "{} is confirmed",
            q.code
        );
    }
    // Every round was rated before the next began, oldest first.
    let rated: Vec<u64> = a.rounds.iter().filter_map(|r| r.rated_at()).collect();
    assert!(rated[0] < a.rounds[0].closed_at && a.rounds[0].closed_at <= rated[1]);
    assert!(rated[1] < a.rounds[1].closed_at);
}

#[test]
fn it_has_a_judgement_reflections_links_and_a_plan() {
    let a = example();
    let bank = bank_of(&a);
    let judged = a.judgement(1).expect("domain 1 is judged");
    assert_eq!(judged.level, "complicated");
    assert!(!judged.reason.is_empty());
    for d in bank.domains() {
        let r = a
            .reflection(d.number)
            .expect("every domain is reflected on");
        assert!(
            !r.uncertain.is_empty(),
            "domain {} says what is uncertain",
            d.number
        );
    }
    let links: Vec<(u32, u32)> = a.domain_links().iter().map(|l| (l.from, l.to)).collect();
    assert_eq!(links, vec![(2, 5), (3, 6), (4, 1), (5, 3), (7, 4), (7, 5)]);
    assert!(a.domain_links().iter().all(|l| !l.note.is_empty()));
    assert_eq!(a.actions.len(), 5);
    // Each action answers a question that needs one: complicated, complex or "don't know".
    for action in &a.actions {
        let answer = a.answer(&action.code).expect("answered");
        assert_ne!(answer, &Answer::Level("simple".into()), "{}", action.code);
    }
}

#[test]
fn its_levels_over_time_are_the_ones_worked_out_by_hand() {
    let a = example();
    let bank = bank_of(&a);
    let (points, series) = trend(&bank, &a);
    let labels: Vec<&str> = points.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(labels, ["Round 1", "Round 2", "Now"]);
    const S: Option<usize> = Some(0);
    const C: Option<usize> = Some(1);
    const X: Option<usize> = Some(2);
    // By domain: round 1, round 2, now. A domain is as complex as its most complex answer;
    // domain 1 is judged complicated from round 2 on (its answers say complex: 1B).
    let by_hand = [
        [X, C, C], // 1: 1B complex throughout; judged complicated from round 2
        [X, C, X], // 2: 2A complex, then all at most complicated, then 2D complex
        [S, X, X], // 3: 3A simple and 3B don't know, then 3B complex
        [X, X, C], // 4: 4A complex, complex, then complicated
        [X, X, X], // 5: 5A complex throughout
        [X, C, C], // 6: 6B complex, then complicated
        [C, X, X], // 7: 7A don't know and 7B complicated, then 7B complex
    ];
    for (s, expected) in series.iter().zip(by_hand) {
        assert_eq!(s.levels, expected, "domain {}", s.domain);
    }
    let now = summary(&bank, &profile(&bank, &a));
    assert_eq!(
        now.headline,
        "Complex in 4 of 7 domains, complicated in 3, simple in 0"
    );
}

#[test]
fn it_is_nobodys_own_whatever_name_the_person_gives() {
    let a = example();
    let author = a.author.clone().expect("the example names its author");
    assert_eq!(author.name, "Example (NASSS Navigator)");
    let key = DeviceKey::from_random([1; 32]);
    assert_eq!(a.whose(&key), Whose::Example);
    // Even on a device that signed its id, or a person who gives the example's own name.
    let mut signed = a.clone();
    signed.claim(&author, &key);
    assert_eq!(signed.whose(&key), Whose::Example);
    // A file that claims its id is kept under one of its own, so it is asked about.
    assert!(unproven_claim(&a, Some(&author), &key).is_some());
    assert_eq!(Whose::Example.possessive(), "The example's");
    assert_eq!(Whose::Example.answers(), "the example's answers");
    assert_eq!(a.from_line(&key, |_| String::new()), None);
}

#[test]
fn starting_your_own_from_it_gives_a_copy_that_is_yours() {
    let a = example();
    let me = Author::new(String::new(), "Priya", "Northshire ICB");
    let key = DeviceKey::from_random([2; 32]);
    let copy = a.own_copy("abc123".into(), &me, &key, 1_900_000_000_000);
    assert!(!is_example(&copy.id));
    assert_eq!(copy.whose(&key), Whose::Yours);
    assert_eq!(
        copy.whose(&DeviceKey::from_random([3; 32])),
        Whose::Theirs(me),
        "and only on the device that made it"
    );
    // The rounds come along; their judgements stay named as the example's.
    assert_eq!(copy.rounds.len(), a.rounds.len());
    for (mine, its) in copy.rounds.iter().zip(&a.rounds) {
        assert_eq!(mine.responses, its.responses);
        for (d, j) in &mine.judgements {
            assert_eq!(
                (&j.level, &j.copied_from),
                (&its.judgements[d].level, &"The example's".to_string())
            );
        }
    }
    assert!(copy
        .judgements
        .values()
        .all(|j| j.copied_from == "The example's"));
    assert_eq!(copy.reflections, a.reflections);
    assert_eq!(copy.actions, a.actions);
}

#[test]
fn it_opens_only_on_the_pages_for_reading() {
    let id = || EXAMPLE_ID.to_string();
    assert_eq!(example_route().href(), "#/a/example/results");
    for shown in [
        example_route(),
        Route::Check { id: id() },
        Route::Trend { id: id() },
        Route::Plan { id: id() },
        Route::question(EXAMPLE_ID, "1A"),
        Route::parse("#/a/example/domain/7?from=results"),
    ] {
        assert!(shows_example(&shown), "{shown:?}");
    }
    for hidden in [
        Route::Rename { id: id() },
        Route::Delete { id: id() },
        Route::CheckIn { id: id() },
        Route::Review { id: id() },
        Route::Facilitate { id: id() },
        Route::Reveal { id: id() },
        Route::parse("#/a/example/present/1A"),
        Route::parse("#/a/example/paused/1A"),
    ] {
        assert!(!shows_example(&hidden), "{hidden:?}");
    }
}

#[test]
fn a_file_that_is_not_the_example_is_refused() {
    let banks = shipped_banks();
    let a = example();
    let file = |assessments: &[Assessment]| export(assessments, 0);
    assert!(read_example(file(std::slice::from_ref(&a)).as_bytes(), &banks).is_ok());
    let mut other = a.clone();
    other.id = "abc123".into();
    let wrong_id = read_example(file(&[other.clone()]).as_bytes(), &banks).unwrap_err();
    assert!(wrong_id.to_string().contains("id"), "{wrong_id}");
    let two = read_example(file(&[a, other]).as_bytes(), &banks).unwrap_err();
    assert!(two.to_string().contains("one assessment"), "{two}");
}
