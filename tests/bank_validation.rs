//! Every way a question bank can be wrong gets its own specific error.

use nasss_navigator::core::bank::{Bank, BankError, Framework, QuestionSet};
use nasss_navigator::core::shipped::shipped_banks;
use serde_json::{json, Value};

fn framework() -> Value {
    json!({
        "scale": {
            "levels": [
                {"id": "simple", "value": 1, "label": "Simple", "meaning": "Few parts."},
                {"id": "complicated", "value": 2, "label": "Complicated", "meaning": "Many parts."},
                {"id": "complex", "value": 3, "label": "Complex", "meaning": "Unpredictable."}
            ],
            "dont_know": {"label": "I don't know", "meaning": "Not sure yet."}
        },
        "domains": [
            {"number": 1, "title": "The condition", "why": "Because.", "if_complex": ["Ask."]},
            {"number": 2, "title": "The technology", "why": "Because.", "if_complex": ["Test."]}
        ],
        "profile_guidance": [
            {"min_complex": 0, "text": "Fine so far."},
            {"min_complex": 3, "text": "Take care."}
        ],
        "dont_know_guidance": "Find out."
    })
}

fn question(code: &str, domain: u32) -> Value {
    json!({
        "code": code, "domain": domain, "topic": "Topic", "text": "Is it?", "hint": "Think.",
        "descriptors": {"simple": "Easy.", "complicated": "Harder.", "complex": "Hardest."}
    })
}

fn set() -> Value {
    json!({
        "id": "test", "version": 1, "title": "Test", "summary": "A test bank.", "minutes": 5,
        "questions": [question("1A", 1), question("2A", 2)]
    })
}

fn load(framework: Value, set: Value) -> Result<Bank, BankError> {
    let framework: Framework = serde_json::from_value(framework).unwrap();
    let set: QuestionSet = serde_json::from_value(set).unwrap();
    Bank::new(framework, set)
}

#[test]
fn a_well_formed_bank_loads() {
    let bank = load(framework(), set()).unwrap();
    assert_eq!(bank.questions().len(), 2);
    assert_eq!(bank.domain_position(2), Some(2));
}

#[test]
fn duplicate_code_is_named() {
    let mut s = set();
    s["questions"] = json!([question("1A", 1), question("1A", 2)]);
    assert_eq!(
        load(framework(), s),
        Err(BankError::DuplicateCode("1A".into()))
    );
}

#[test]
fn unknown_domain_is_named() {
    let mut s = set();
    s["questions"] = json!([question("1A", 1), question("2A", 2), question("9A", 9)]);
    assert_eq!(
        load(framework(), s),
        Err(BankError::UnknownDomain {
            code: "9A".into(),
            domain: 9
        })
    );
}

#[test]
fn empty_question_text_is_named() {
    let mut s = set();
    s["questions"][1]["text"] = json!("   ");
    let err = load(framework(), s).unwrap_err();
    assert_eq!(
        err,
        BankError::EmptyText {
            place: "The text of question 2A".into()
        }
    );
    assert_eq!(err.to_string(), "The text of question 2A is empty.");
}

#[test]
fn empty_descriptor_is_named() {
    let mut s = set();
    s["questions"][0]["descriptors"]["complex"] = json!("");
    assert_eq!(
        load(framework(), s),
        Err(BankError::EmptyText {
            place: "The \"complex\" description of question 1A".into()
        })
    );
}

#[test]
fn empty_domain_guidance_is_named() {
    let mut f = framework();
    f["domains"][1]["if_complex"] = json!([]);
    assert_eq!(
        load(f, set()),
        Err(BankError::EmptyText {
            place: "The guidance for domain 2".into()
        })
    );
}

#[test]
fn missing_descriptor_is_named() {
    let mut s = set();
    s["questions"][1]["descriptors"]
        .as_object_mut()
        .unwrap()
        .remove("complicated");
    assert_eq!(
        load(framework(), s),
        Err(BankError::MissingDescriptor {
            code: "2A".into(),
            level: "complicated".into()
        })
    );
}

#[test]
fn descriptor_for_a_level_the_scale_lacks_is_named() {
    let mut s = set();
    s["questions"][0]["descriptors"]["chaotic"] = json!("Everything at once.");
    let err = load(framework(), s).unwrap_err();
    assert_eq!(
        err,
        BankError::UnknownLevel {
            code: "1A".into(),
            level: "chaotic".into()
        }
    );
    assert!(err.to_string().contains("which the scale does not have"));
}

#[test]
fn domain_without_questions_is_named() {
    let mut s = set();
    s["questions"] = json!([question("1A", 1)]);
    assert_eq!(
        load(framework(), s),
        Err(BankError::DomainWithoutQuestions(2))
    );
}

#[test]
fn scale_problems_are_named() {
    let mut f = framework();
    f["scale"]["levels"][2]["id"] = json!("simple");
    assert_eq!(
        load(f, set()),
        Err(BankError::DuplicateLevel("simple".into()))
    );

    let mut f = framework();
    f["scale"]["levels"][2]["value"] = json!(2);
    assert_eq!(
        load(f, set()),
        Err(BankError::LevelValuesNotRising("complex".into()))
    );

    let mut f = framework();
    f["scale"]["levels"][0]["id"] = json!("dont_know");
    assert_eq!(
        load(f, set()),
        Err(BankError::ReservedLevelId("dont_know".into()))
    );

    let mut f = framework();
    f["scale"]["levels"] = json!([]);
    assert_eq!(load(f, set()), Err(BankError::NoLevels));

    let mut f = framework();
    f["domains"][1]["number"] = json!(1);
    assert_eq!(load(f, set()), Err(BankError::DuplicateDomain(1)));
}

#[test]
fn profile_guidance_is_chosen_by_complex_domain_count() {
    let bank = load(framework(), set()).unwrap();
    let f = &bank.framework;
    assert_eq!(f.profile_guidance_for(0), Some("Fine so far."));
    assert_eq!(f.profile_guidance_for(2), Some("Fine so far."));
    assert_eq!(f.profile_guidance_for(3), Some("Take care."));
    assert_eq!(f.profile_guidance_for(7), Some("Take care."));

    let mut fw = framework();
    fw["profile_guidance"] = json!([{"min_complex": 1, "text": "Only some."}]);
    assert!(matches!(load(fw, set()), Err(BankError::EmptyText { .. })));
}

#[test]
fn bank_level_problems_are_named() {
    let mut s = set();
    s["version"] = json!(0);
    assert_eq!(load(framework(), s), Err(BankError::ZeroVersion));

    let mut s = set();
    s["questions"] = json!([]);
    assert_eq!(load(framework(), s), Err(BankError::NoQuestions));
}

#[test]
fn broken_json_says_which_file() {
    let err = Bank::from_json("{", &set().to_string()).unwrap_err();
    assert!(
        matches!(&err, BankError::Json { file, .. } if file == "The framework file"),
        "{err:?}"
    );
    let err = Bank::from_json(&framework().to_string(), "[]").unwrap_err();
    assert!(
        matches!(&err, BankError::Json { file, .. } if file == "The question file"),
        "{err:?}"
    );
}

#[test]
fn shipped_banks_load_and_have_the_nasss_shape() {
    let banks = shipped_banks();
    let ids: Vec<&str> = banks.iter().map(|b| b.id()).collect();
    assert_eq!(ids, ["quick", "full"]);

    let quick = &banks[0];
    assert_eq!(quick.questions().len(), 7);
    for (i, q) in quick.questions().iter().enumerate() {
        assert_eq!(
            q.domain,
            i as u32 + 1,
            "quick asks one question per domain, in order"
        );
    }

    let full = &banks[1];
    let codes: Vec<&str> = full.questions().iter().map(|q| q.code.as_str()).collect();
    assert_eq!(
        codes,
        [
            "1A", "1B", "2A", "2B", "2C", "2D", "3A", "3B", "4A", "4B", "4C", "5A", "5B", "5C",
            "5D", "5E", "6A", "6B", "6C", "6D", "6E", "7A", "7B"
        ]
    );
    for q in full.questions() {
        let domain_digit = q.code[..1].parse::<u32>().unwrap();
        assert_eq!(
            q.domain, domain_digit,
            "{} sits in the domain its code names",
            q.code
        );
    }
    let levels: Vec<(&str, u32)> = full
        .levels()
        .iter()
        .map(|l| (l.id.as_str(), l.value))
        .collect();
    assert_eq!(levels, [("simple", 1), ("complicated", 2), ("complex", 3)]);
    assert_eq!(full.domains().len(), 7);
}

#[test]
fn shipped_text_is_plain_text() {
    // The UI renders every string as text; markup in the data would show as literal tags.
    for bank in shipped_banks() {
        for q in bank.questions() {
            for text in [&q.text, &q.hint, &q.topic]
                .into_iter()
                .chain(q.descriptors.values())
                .chain(q.ideas.values().flatten())
            {
                assert!(
                    !text.contains('<') && !text.contains('*'),
                    "{}: {text}",
                    q.code
                );
            }
            assert!(q.text.ends_with('?'), "{} is asked as a question", q.code);
        }
    }
}

#[test]
fn the_plan_names_questions_under_their_domain() {
    let banks = shipped_banks();
    assert_eq!(banks[0].question_under_domain("4"), "4. The adopters");
    assert_eq!(
        banks[1].question_under_domain("2D"),
        "2. The technology: 2D Supply and ownership"
    );
}

#[test]
fn a_question_number_is_shown_once() {
    let banks = shipped_banks();
    // Quick check: "Question 1 of 7" already says 1.
    assert_eq!(banks[0].code_tag("1"), None);
    assert_eq!(banks[0].code_tag("7"), None);
    // Full: "Question 5 of 23" and the code 2C are different numbers.
    assert_eq!(banks[1].code_tag("2C").as_deref(), Some("Question 2C"));
    assert_eq!(banks[1].code_tag("9Z"), None);
}

#[test]
fn questions_are_labelled_by_code_and_topic() {
    let bank = load(framework(), set()).unwrap();
    assert_eq!(bank.question_label("1A"), "1A Topic");
    assert_eq!(bank.question_label("9Z"), "9Z");
}

#[test]
fn every_shipped_question_has_ideas_for_complicated_and_complex() {
    // Every bank listed in questions/ is compiled in here: a new shipped bank joins this test.
    let questions_dir = std::fs::read_dir("questions").unwrap();
    let set_files = questions_dir
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
        .filter(|e| e.file_name() != "framework.json")
        .count();
    let banks = shipped_banks();
    assert_eq!(
        banks.len(),
        set_files,
        "every bank file in questions/ is shipped"
    );
    for bank in &banks {
        for q in bank.questions() {
            let (complicated, complex) = (q.ideas_for("complicated"), q.ideas_for("complex"));
            assert!(
                (2..=3).contains(&complex.len()),
                "{} {}: {} ideas for complex",
                bank.id(),
                q.code,
                complex.len()
            );
            assert!(
                (1..=2).contains(&complicated.len()),
                "{} {}: {} ideas for complicated",
                bank.id(),
                q.code,
                complicated.len()
            );
            assert!(
                q.ideas_for("simple").is_empty(),
                "{}: simple needs no ideas",
                q.code
            );
            for idea in complicated.iter().chain(complex) {
                let first = idea.chars().next().unwrap();
                assert!(
                    first.is_uppercase() && idea.ends_with('.'),
                    "{}: {idea}",
                    q.code
                );
            }
        }
    }
    // No sentence is used twice, within or across banks, or copied from a domain's ideas.
    let mut seen = std::collections::BTreeSet::new();
    for d in banks[0].domains() {
        for idea in &d.if_complex {
            seen.insert(idea.clone());
        }
    }
    for idea in banks
        .iter()
        .flat_map(|b| b.questions())
        .flat_map(|q| q.ideas.values().flatten())
    {
        assert!(seen.insert(idea.clone()), "used twice: {idea}");
    }
}

#[test]
fn custom_ideas_are_checked() {
    let with_ideas = |ideas: Value| {
        let mut s = set();
        s["questions"][0]["ideas"] = ideas;
        load(framework(), s)
    };
    let bank = with_ideas(json!({"complex": ["Ask.", "Test."], "complicated": ["Plan."]})).unwrap();
    let q = bank.question("1A").unwrap();
    assert_eq!(q.ideas_for("complex"), ["Ask.", "Test."]);
    assert!(q.ideas_for("simple").is_empty());
    // A question with no ideas is fine: the domain's ideas stand alone.
    assert!(bank.question("2A").unwrap().ideas.is_empty());

    let err = with_ideas(json!({"very_complex": ["Ask."]})).unwrap_err();
    assert_eq!(
        err,
        BankError::IdeasForUnknownLevel {
            code: "1A".into(),
            level: "very_complex".into()
        }
    );
    assert!(
        err.to_string().contains("which the scale does not have"),
        "{err}"
    );
    let err = with_ideas(json!({"complex": ["1.", "2.", "3.", "4.", "5.", "6."]})).unwrap_err();
    assert_eq!(
        err,
        BankError::TooManyIdeas {
            code: "1A".into(),
            level: "complex".into()
        }
    );
    assert!(with_ideas(json!({"complex": ["1.", "2.", "3.", "4.", "5."]})).is_ok());
    let err = with_ideas(json!({"complex": ["x".repeat(401)]})).unwrap_err();
    assert_eq!(
        err,
        BankError::IdeaTooLong {
            code: "1A".into(),
            level: "complex".into()
        }
    );
    assert!(
        with_ideas(json!({"complex": ["é".repeat(400)]})).is_ok(),
        "counted in characters"
    );
    let err = with_ideas(json!({"complex": ["  "]})).unwrap_err();
    assert!(matches!(err, BankError::EmptyText { .. }), "{err:?}");
}
