//! Export and import: a round trip gives back the same assessments, and each kind of
//! bad file is refused with its own message.

use nasss_navigator::core::assessment::{ActionStatus, Answer, Assessment};
use nasss_navigator::core::file_format::{
    export, import, ImportError, MAX_IMPORT_BYTES, SCHEMA_VERSION,
};
use nasss_navigator::core::shipped::shipped_banks;
use serde_json::{json, Value};

fn sample() -> Vec<Assessment> {
    let banks = shipped_banks();
    let mut a = Assessment::new(
        "abc123".into(),
        "  Virtual ward \"pilot\" <b>2026</b>  ",
        &banks[1],
        1_700_000_000_000,
    );
    a.set_answer("1A", Some(Answer::parse("complex")), 1_700_000_000_500);
    a.set_answer("2B", Some(Answer::DontKnow), 1_700_000_000_600);
    a.set_note(
        "2B",
        "Ask the supplier, ✓ ünïcode\nsecond line",
        1_700_000_000_700,
    );
    a.set_note("3A", "Only a note, no answer yet", 1_700_000_000_800);
    let id = a.add_action(
        "1A",
        "Map the patient pathway",
        "Sam",
        "2027-01-31",
        1_700_000_001_000,
    );
    a.set_action_status(id, ActionStatus::InProgress, 1_700_000_001_100);
    let b = Assessment::new("q1".into(), "", &banks[0], 5);
    vec![a, b]
}

fn as_value(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

fn import_value(v: &Value) -> Result<Vec<Assessment>, ImportError> {
    import(v.to_string().as_bytes(), &shipped_banks())
}

#[test]
fn export_then_import_is_the_identity() {
    let original = sample();
    let text = export(&original, 42);
    let back = import(text.as_bytes(), &shipped_banks()).unwrap();
    assert_eq!(back, original);
    assert_eq!(
        back[0].title, "Virtual ward \"pilot\" <b>2026</b>",
        "titles are trimmed, never escaped"
    );
    assert_eq!(back[1].title, "Untitled assessment");
}

#[test]
fn export_is_versioned_and_names_its_bank() {
    let v = as_value(&export(&sample(), 42));
    assert_eq!(v["format"], "nasss-navigator");
    assert_eq!(v["schema_version"], SCHEMA_VERSION);
    assert_eq!(v["exported_at"], 42);
    assert_eq!(
        v["assessments"][0]["bank"],
        json!({"id": "full", "version": 3})
    );
    assert_eq!(
        v["assessments"][0]["responses"]["2B"]["answer"],
        "dont_know"
    );
}

#[test]
fn not_our_file() {
    assert_eq!(
        import_value(&json!({"hello": "world"})),
        Err(ImportError::NotOurFile)
    );
    assert_eq!(
        import_value(&json!([1, 2, 3])),
        Err(ImportError::NotOurFile)
    );
    assert_eq!(
        import_value(&json!({"format": "other-app", "schema_version": 1})),
        Err(ImportError::NotOurFile)
    );
}

#[test]
fn newer_version() {
    let mut v = as_value(&export(&sample(), 1));
    v["schema_version"] = json!(SCHEMA_VERSION + 1);
    let err = import_value(&v).unwrap_err();
    assert_eq!(
        err,
        ImportError::NewerVersion {
            found: SCHEMA_VERSION + 1
        }
    );
    assert!(err.to_string().contains("newer version"));
}

#[test]
fn unknown_bank() {
    let mut v = as_value(&export(&sample(), 1));
    v["assessments"][0]["bank"]["id"] = json!("mental-health");
    assert_eq!(
        import_value(&v),
        Err(ImportError::UnknownBank {
            bank: "mental-health".into(),
            title: "Virtual ward \"pilot\" <b>2026</b>".into()
        })
    );
}

#[test]
fn unknown_question_code() {
    let mut v = as_value(&export(&sample(), 1));
    v["assessments"][1]["responses"]["9Z"] = json!({"answer": "simple"});
    let err = import_value(&v).unwrap_err();
    assert_eq!(
        err,
        ImportError::UnknownQuestion {
            title: "Untitled assessment".into(),
            code: "9Z".into()
        }
    );
    assert_eq!(
        err.to_string(),
        "\"Untitled assessment\" has an answer to question 9Z, which is not in its question set."
    );

    let mut v = as_value(&export(&sample(), 1));
    v["assessments"][0]["actions"][0]["code"] = json!("8A");
    assert!(
        matches!(import_value(&v), Err(ImportError::UnknownQuestion { code, .. }) if code == "8A")
    );
}

#[test]
fn unknown_answer() {
    let mut v = as_value(&export(&sample(), 1));
    v["assessments"][0]["responses"]["1A"]["answer"] = json!("chaotic");
    assert!(
        matches!(import_value(&v), Err(ImportError::UnknownAnswer { answer, .. }) if answer == "chaotic")
    );
}

#[test]
fn broken_json_gives_line_and_column() {
    let err = import(
        b"{\n  \"format\": \"nasss-navigator\",\n  oops\n}",
        &shipped_banks(),
    )
    .unwrap_err();
    match &err {
        ImportError::BrokenJson { line, column, .. } => assert_eq!((*line, *column), (3, 3)),
        other => panic!("expected broken JSON, got {other:?}"),
    }
    assert!(err
        .to_string()
        .starts_with("This file is damaged: it stops making sense at line 3, column 3"));
}

#[test]
fn empty_too_large_and_wrong_shape() {
    assert_eq!(import(b"  \n", &shipped_banks()), Err(ImportError::Empty));
    let big = vec![b' '; MAX_IMPORT_BYTES + 1];
    assert!(matches!(
        import(&big, &shipped_banks()),
        Err(ImportError::TooLarge { .. })
    ));
    let v = json!({"format": "nasss-navigator", "schema_version": 1, "exported_at": 0, "assessments": []});
    assert_eq!(import_value(&v), Err(ImportError::NoAssessments));
    let v = json!({"format": "nasss-navigator", "schema_version": 1, "exported_at": 0, "assessments": [{"id": 5}]});
    assert!(matches!(
        import_value(&v),
        Err(ImportError::BadShape { .. })
    ));
    let v = json!({"format": "nasss-navigator"});
    assert!(matches!(
        import_value(&v),
        Err(ImportError::BadShape { .. })
    ));
}

#[test]
fn ids_dates_and_titles_are_checked() {
    let mut v = as_value(&export(&sample(), 1));
    v["assessments"][0]["id"] = json!("\"><img src=x>");
    let err = import_value(&v).unwrap_err();
    assert!(
        matches!(&err, ImportError::BadValue { detail, .. } if detail.contains("id this app cannot use")),
        "{err:?}"
    );

    let mut v = as_value(&export(&sample(), 1));
    v["assessments"][0]["actions"][0]["due"] = json!("next Tuesday");
    assert!(import_value(&v)
        .unwrap_err()
        .to_string()
        .contains("not a real date"));

    let mut v = as_value(&export(&sample(), 1));
    v["assessments"][1]["next_check_in"] = json!("2027-02-30");
    assert!(import_value(&v)
        .unwrap_err()
        .to_string()
        .contains("next check-in date"));

    let mut v = as_value(&export(&sample(), 1));
    v["assessments"][1]["title"] = json!("x".repeat(301));
    assert!(import_value(&v)
        .unwrap_err()
        .to_string()
        .contains("longer than 300"));
}

#[test]
fn the_top_of_a_file_decides_how_it_is_refused() {
    // "format" must be our string; anything else there is another app's file.
    assert_eq!(
        import_value(&json!({"format": 1, "schema_version": 1})),
        Err(ImportError::NotOurFile)
    );
    // Ours, but with no usable version.
    for version in [json!("1"), json!(null), json!(-1), json!(1.5)] {
        let mut v = as_value(&export(&sample(), 1));
        v["schema_version"] = version.clone();
        assert_eq!(
            import_value(&v).unwrap_err().to_string(),
            "This file is missing information or has it in the wrong place: it has no format version.",
            "{version}"
        );
    }
    let mut v = as_value(&export(&sample(), 1));
    v["schema_version"] = json!(0);
    assert!(import_value(&v)
        .unwrap_err()
        .to_string()
        .contains("format version 0 does not exist"));
}

/// A file the schema-1 release wrote with its own export code (tests/fixtures/schema-1):
/// everything in it must come through the migration unchanged.
#[test]
fn a_schema_1_export_from_the_previous_release_still_imports_whole() {
    let text = include_str!("fixtures/schema-1/export-all.json");
    assert!(text.contains("\"schema_version\": 1"));
    let found = import(text.as_bytes(), &shipped_banks()).unwrap();
    assert_eq!(found.len(), 2);

    let full = &found[0];
    assert_eq!(full.title, "Video clinics at St Elsewhere (schema 1)");
    assert_eq!(full.bank.version, 1, "the wording it was answered against");
    assert_eq!(full.answer("1B"), Some(&Answer::parse("complex")));
    assert_eq!(full.answer("2B"), Some(&Answer::DontKnow));
    assert_eq!(
        full.note("1B"),
        "Many patients also have diabetes; ask the GP practices."
    );
    assert_eq!(full.answered_count(&shipped_banks()[1]), 17);
    assert_eq!(full.actions.len(), 2);
    assert_eq!(full.actions[0].who, "Sam");
    assert_eq!(full.rounds.len(), 1);
    assert_eq!(
        full.rounds[0].comment,
        "After the first three months of clinics."
    );
    assert_eq!(
        full.rounds[0].responses["1A"].answer,
        Some(Answer::parse("complicated"))
    );
    assert!(full.rounds[0].judgements.is_empty());
    let review = &full.reviews[0];
    assert_eq!(review.reviewer.name, "Alex Reviewer");
    assert!(!review.verdicts[&1].agrees);
    assert_eq!(review.domain_comments[&6], "Policy is moving fast.");
    assert!(full.judgements.is_empty() && full.reflections.is_empty());

    let workshop = &found[1];
    let votes: u32 = workshop
        .responses
        .values()
        .flat_map(|r| r.tally.values())
        .sum();
    assert_eq!(
        votes,
        2 + 3 + 4 + 5 + 2 + 3 + 4,
        "every vote of all 7 questions"
    );

    // Saved again, it is a current file that reads back the same.
    let again = export(&found, 7);
    assert!(again.contains(&format!("\"schema_version\": {SCHEMA_VERSION}")));
    assert_eq!(import(again.as_bytes(), &shipped_banks()).unwrap(), found);
}

#[test]
fn judgements_and_reflections_round_trip() {
    let bank = &shipped_banks()[1];
    let mut a = Assessment::new("j".into(), "Judged", bank, 1);
    a.set_answer("5C", Some(Answer::parse("complex")), 2);
    a.set_judgement(5, Some(("complicated", "Funding is agreed")), 3);
    a.reflect(4, 4, |r| {
        r.uncertain = "Whether staff will have time".into();
        r.depends_on
            .insert(5, "Staff time waits on the funding decision".into());
    });
    let back = import(
        export(std::slice::from_ref(&a), 5).as_bytes(),
        &shipped_banks(),
    )
    .unwrap();
    assert_eq!(back, [a.clone()]);
    let links = back[0].domain_links();
    assert_eq!(links.len(), 1);
    assert_eq!((links[0].from, links[0].to), (4, 5));
    assert_eq!(links[0].note, "Staff time waits on the funding decision");
}

#[test]
fn judgements_and_reflections_must_name_real_domains_and_levels() {
    let bank = &shipped_banks()[1];
    let a = Assessment::new("j".into(), "Odd", bank, 1);
    let mut v = as_value(&export(std::slice::from_ref(&a), 1));
    v["assessments"][0]["judgements"] = json!({"9": {"level": "complex"}});
    assert_eq!(
        import_value(&v).unwrap_err().to_string(),
        "\"Odd\" has a judgement for domain 9, which does not exist."
    );
    v["assessments"][0]["judgements"] = json!({"2": {"level": "chaotic"}});
    assert_eq!(
        import_value(&v).unwrap_err().to_string(),
        "\"Odd\" judges domain 2 as \"chaotic\", which is not on the scale."
    );
    v["assessments"][0]["judgements"] = json!({"2": {"level": ""}});
    assert!(import_value(&v).is_ok(), "a cleared judgement is allowed");
    v["assessments"][0]["reflections"] = json!({"4": {"depends_on": {"4": "itself"}}});
    assert_eq!(
        import_value(&v).unwrap_err().to_string(),
        "\"Odd\" says domain 4 depends on domain 4, which is not another domain of its question set."
    );
    v["assessments"][0]["reflections"] = json!({"4": {"depends_on": {"8": "nowhere"}}});
    assert!(import_value(&v).is_err());
    v["assessments"][0]["reflections"] = json!({"0": {"uncertain": "x"}});
    assert!(import_value(&v).is_err());
}

#[test]
fn a_reviewer_who_disagrees_can_give_their_own_level() {
    use nasss_navigator::core::assessment::{Review, Verdict};
    let banks = shipped_banks();
    let bank = &banks[1];
    let mut a = Assessment::new("r".into(), "Reviewed", bank, 1);
    let verdict = |agrees, level: Option<&str>, why: &str| Verdict {
        agrees,
        why: why.into(),
        level: level.map(str::to_string),
    };
    a.reviews.push(Review {
        id: "r1".into(),
        reviewer: nasss_navigator::core::author::Author::new(String::new(), "Priya", ""),
        verdicts: [
            (1, verdict(false, Some("complex"), "Frailty")),
            (2, verdict(true, None, "")),
            (3, verdict(false, None, "")),
        ]
        .into(),
        ..Review::default()
    });
    let review = &a.reviews[0];
    assert_eq!(
        review.verdict_text(1, bank, true).as_deref(),
        Some("Priya would say complex: Frailty")
    );
    assert_eq!(
        review.verdict_text(1, bank, false).as_deref(),
        Some("Priya would say complex")
    );
    assert_eq!(
        review.verdict_text(2, bank, true).as_deref(),
        Some("Priya agrees")
    );
    assert_eq!(
        review.verdict_text(3, bank, true).as_deref(),
        Some("Priya does not agree")
    );
    assert_eq!(review.verdict_text(4, bank, true), None);
    let back = import(export(std::slice::from_ref(&a), 2).as_bytes(), &banks).unwrap();
    assert_eq!(back[0].reviews, a.reviews);
    // A level the scale lacks is refused.
    let mut v = as_value(&export(std::slice::from_ref(&a), 2));
    v["assessments"][0]["reviews"][0]["verdicts"]["1"]["level"] = json!("chaotic");
    assert_eq!(
        import_value(&v).unwrap_err().to_string(),
        "\"Reviewed\" has a reviewer's level \"chaotic\" for domain 1, which is not on the scale."
    );
}

#[test]
fn an_empty_title_reads_as_untitled_assessment() {
    // Never an empty heading or "More actions for " (issue 22): a file (or a link, or the
    // stored copy, which go through the same import) with no title gets the app's own name
    // for one left empty.
    let banks = shipped_banks();
    for title in ["", "   ", "\n"] {
        let mut a = sample();
        a[0].title = title.to_string();
        let back = import(export(&a, 0).as_bytes(), &banks).unwrap();
        assert_eq!(back[0].title, "Untitled assessment", "{title:?}");
    }
    let back = import(export(&sample(), 0).as_bytes(), &banks).unwrap();
    assert_eq!(back[0].title, sample()[0].title);
}

#[test]
fn one_file_or_link_brings_at_most_a_thousand_assessments_and_says_why() {
    use nasss_navigator::core::file_format::MAX_ASSESSMENTS;
    let banks = shipped_banks();
    let many = |n: usize| -> Vec<Assessment> {
        (0..n)
            .map(|i| Assessment::new(format!("a{i}"), "", &banks[0], 5))
            .collect()
    };
    assert_eq!(
        import(export(&many(MAX_ASSESSMENTS), 1).as_bytes(), &banks)
            .unwrap()
            .len(),
        MAX_ASSESSMENTS
    );
    let refused = import(export(&many(MAX_ASSESSMENTS + 1), 1).as_bytes(), &banks).unwrap_err();
    assert_eq!(
        refused,
        ImportError::TooMany {
            count: MAX_ASSESSMENTS + 1
        }
    );
    assert_eq!(
        refused.to_string(),
        "This holds 1001 assessments. This app brings in up to 1000 at a time, so that the page never freezes and the browser's storage does not fill. Ask for them in smaller files."
    );
}
