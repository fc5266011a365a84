//! A custom bank file: every way it can be wrong gets its own plain message, and a good
//! one is kept on the device and comes back at startup.

use nasss_navigator::core::assessment::Assessment;
use nasss_navigator::core::bank::{Bank, BankError};
use nasss_navigator::core::custom_bank::{
    assessments_using, bank_file_text, bank_key, load_custom_banks, parse_custom_bank,
    remove_custom_bank, save_custom_bank, CustomBankError, RemoveBankError, BANK_PREFIX,
};
use nasss_navigator::core::file_format::{export, MAX_IMPORT_BYTES};
use nasss_navigator::core::shipped::shipped_banks;
use nasss_navigator::core::storage::{remove_all, KeyValueStore, MemoryStore, KEY_ROOT};
use serde_json::{json, Value};

fn question(code: &str, domain: u32) -> Value {
    json!({
        "code": code, "domain": domain, "topic": "Topic", "text": "Is it?", "hint": "Think.",
        "descriptors": {"simple": "Easy.", "complicated": "Harder.", "complex": "Hardest."}
    })
}

/// A bank for the shipped framework: one question per domain.
fn bank_json(id: &str) -> Value {
    json!({
        "id": id, "version": 1, "title": "Our ward's questions", "summary": "For the ward team.",
        "minutes": 30,
        "questions": (1..=7).map(|d| question(&format!("W{d}"), d)).collect::<Vec<_>>()
    })
}

fn file(bank: Value) -> Vec<u8> {
    serde_json::to_vec_pretty(&json!({"format": "nasss-navigator-bank", "bank": bank})).unwrap()
}

fn parse(bytes: &[u8]) -> Result<Bank, CustomBankError> {
    parse_custom_bank(bytes, &shipped_banks(), &[])
}

fn message(bytes: &[u8]) -> String {
    parse(bytes).unwrap_err().to_string()
}

#[test]
fn a_good_file_without_a_framework_uses_the_shipped_one() {
    let bank = parse(&file(bank_json("ward-team"))).unwrap();
    assert_eq!(bank.id(), "ward-team");
    assert_eq!(bank.questions().len(), 7);
    assert_eq!(bank.framework, shipped_banks()[0].framework);
}

#[test]
fn a_file_may_bring_its_own_framework() {
    let mut framework: Value =
        serde_json::from_str(include_str!("../questions/framework.json")).unwrap();
    framework["domains"][0]["title"] = json!("The illness");
    let bytes = serde_json::to_vec(&json!({
        "format": "nasss-navigator-bank", "framework": framework, "bank": bank_json("own-words")
    }))
    .unwrap();
    let bank = parse(&bytes).unwrap();
    assert_eq!(bank.domain(1).unwrap().title, "The illness");
}

#[test]
fn an_empty_file_is_refused() {
    assert_eq!(parse(b"  \n").unwrap_err(), CustomBankError::Empty);
    assert_eq!(message(b""), "This file is empty.");
}

#[test]
fn broken_json_says_where() {
    let text = "{\n  \"format\": \"nasss-navigator-bank\",\n  \"bank\": {\n    \"id\": \"x\",,\n";
    let err = parse(text.as_bytes()).unwrap_err();
    let CustomBankError::BrokenJson { line, column, .. } = err else {
        panic!("expected broken JSON, got {err:?}");
    };
    assert_eq!((line, column), (4, 15));
    assert!(
        message(text.as_bytes()).starts_with(
            "This file is not valid JSON: it stops making sense at line 4, column 15 ("
        ),
        "{}",
        message(text.as_bytes())
    );
}

#[test]
fn json_that_is_not_a_bank_file_is_named_as_such() {
    for bytes in [
        &b"[1, 2, 3]"[..],
        b"{\"name\": \"shopping list\"}",
        b"\"text\"",
    ] {
        assert_eq!(parse(bytes).unwrap_err(), CustomBankError::NotABankFile);
    }
    assert_eq!(
        message(b"{}"),
        "This is not a NASSS Navigator question bank. A bank file starts with \"format\": \"nasss-navigator-bank\"."
    );
}

#[test]
fn an_export_of_assessments_points_to_import() {
    let bytes = export(&[], 0);
    assert_eq!(
        parse(bytes.as_bytes()).unwrap_err(),
        CustomBankError::AssessmentsFile
    );
    assert!(message(bytes.as_bytes()).contains("use \"Import from a file\""));
}

#[test]
fn a_bare_question_set_is_told_about_the_wrapper() {
    let bytes = serde_json::to_vec(&bank_json("bare")).unwrap();
    assert_eq!(parse(&bytes).unwrap_err(), CustomBankError::MissingWrapper);
    // The shipped files themselves are bare sets: someone may well pick one.
    assert_eq!(
        parse(include_bytes!("../questions/quick.json")).unwrap_err(),
        CustomBankError::MissingWrapper
    );
}

#[test]
fn a_missing_field_is_named_with_its_place() {
    let mut bank = bank_json("no-hint");
    bank["questions"][2].as_object_mut().unwrap().remove("hint");
    let err = parse(&file(bank)).unwrap_err();
    let CustomBankError::BadShape { line, detail, .. } = &err else {
        panic!("expected a shape error, got {err:?}");
    };
    assert!(detail.contains("missing field `hint`"), "{detail}");
    assert!(*line > 1);
    assert!(err
        .to_string()
        .starts_with("This bank file has something missing or of the wrong kind at line "));
}

#[test]
fn a_wrong_kind_of_value_is_named() {
    let mut bank = bank_json("bad-version");
    bank["version"] = json!("one");
    assert!(message(&file(bank)).contains("invalid type: string \"one\", expected u32"));
}

#[test]
fn validation_errors_come_from_the_bank_rules() {
    let mut duplicate = bank_json("twice");
    duplicate["questions"][1]["code"] = json!("W1");
    assert_eq!(
        parse(&file(duplicate.clone())).unwrap_err(),
        CustomBankError::Invalid(BankError::DuplicateCode("W1".into()))
    );
    assert_eq!(
        message(&file(duplicate)),
        "This bank cannot be used: Question code W1 is used twice."
    );

    let mut missing = bank_json("missing");
    missing["questions"][0]["descriptors"]
        .as_object_mut()
        .unwrap()
        .remove("complex");
    assert_eq!(
        message(&file(missing)),
        "This bank cannot be used: Question W1 has no description for the level \"complex\"."
    );

    let mut no_domain_7 = bank_json("six");
    no_domain_7["questions"].as_array_mut().unwrap().pop();
    assert_eq!(
        parse(&file(no_domain_7)).unwrap_err(),
        CustomBankError::Invalid(BankError::DomainWithoutQuestions(7))
    );

    let mut empty_text = bank_json("blank");
    empty_text["questions"][3]["text"] = json!("  ");
    assert_eq!(
        message(&file(empty_text)),
        "This bank cannot be used: The text of question W4 is empty."
    );
}

#[test]
fn an_id_used_by_a_shipped_bank_is_refused() {
    for id in ["quick", "full"] {
        assert_eq!(
            parse(&file(bank_json(id))).unwrap_err(),
            CustomBankError::ClashesWithShipped(id.into())
        );
    }
    assert_eq!(
        message(&file(bank_json("quick"))),
        "The bank's id \"quick\" is already used by a question set that comes with the app. Give your bank a different id."
    );
}

#[test]
fn a_different_bank_with_a_stored_id_is_refused_but_the_same_one_is_fine() {
    let stored = parse(&file(bank_json("ward-team"))).unwrap();
    let again = parse_custom_bank(
        &file(bank_json("ward-team")),
        &shipped_banks(),
        std::slice::from_ref(&stored),
    );
    assert_eq!(again.unwrap(), stored);

    let mut changed = bank_json("ward-team");
    changed["questions"][0]["text"] = json!("Is it really?");
    let err = parse_custom_bank(&file(changed), &shipped_banks(), &[stored]).unwrap_err();
    assert_eq!(
        err,
        CustomBankError::ClashesWithStored {
            id: "ward-team".into(),
            title: "Our ward's questions".into()
        }
    );
    assert!(err.to_string().contains("Give this one a new id"));
}

#[test]
fn ids_and_codes_must_be_safe_in_an_address() {
    for id in ["Ward Team", "ward/team", "", "ward_team", &"x".repeat(41)] {
        assert_eq!(
            parse(&file(bank_json(id))).unwrap_err(),
            CustomBankError::BadId(id.to_string()),
            "{id:?}"
        );
    }
    for code in ["1 A", "1.A", "reveal", "é1"] {
        let mut bank = bank_json("codes");
        bank["questions"][0]["code"] = json!(code);
        assert_eq!(
            parse(&file(bank)).unwrap_err(),
            CustomBankError::BadCode(code.to_string()),
            "{code:?}"
        );
    }
    let mut bank = bank_json("codes");
    bank["questions"][0]["code"] = json!("reveal");
    assert!(message(&file(bank)).contains("the app uses that word for the results screen"));
}

#[test]
fn a_file_too_large_is_refused_before_reading() {
    let bytes = vec![b' '; MAX_IMPORT_BYTES + 1];
    assert_eq!(
        parse(&bytes).unwrap_err(),
        CustomBankError::TooLarge {
            bytes: MAX_IMPORT_BYTES + 1
        }
    );
}

#[test]
fn kept_banks_come_back_and_unreadable_ones_are_skipped() {
    let shipped = shipped_banks();
    let bank = parse(&file(bank_json("ward-team"))).unwrap();
    let mut store = MemoryStore::default();
    save_custom_bank(&mut store, &bank).unwrap();
    store
        .set(&bank_key("broken"), "{\"format\": \"nasss-navigator-bank\"")
        .unwrap();
    // Saved under another bank's key: never trusted.
    store
        .set(&bank_key("elsewhere"), &bank_file_text(&bank))
        .unwrap();
    store.set("nasss-navigator/assessment/a1", "{}").unwrap();
    assert_eq!(load_custom_banks(&store, &shipped), vec![bank.clone()]);

    // The stored text is a complete bank file: it reads back as the same bank.
    let text = store.get(&bank_key("ward-team")).unwrap().unwrap();
    assert_eq!(parse(text.as_bytes()).unwrap(), bank);
}

#[test]
fn delete_all_removes_custom_banks_too() {
    assert!(BANK_PREFIX.starts_with(KEY_ROOT));
    let mut store = MemoryStore::default();
    save_custom_bank(&mut store, &parse(&file(bank_json("ward-team"))).unwrap()).unwrap();
    remove_all(&mut store).unwrap();
    assert!(load_custom_banks(&store, &shipped_banks()).is_empty());
}

#[test]
fn a_bank_is_removed_only_when_no_assessment_uses_it() {
    let shipped = shipped_banks();
    let ward = parse(&file(bank_json("ward-team"))).unwrap();
    let other = parse(&file(bank_json("other-team"))).unwrap();
    let mut store = MemoryStore::default();
    save_custom_bank(&mut store, &ward).unwrap();
    save_custom_bank(&mut store, &other).unwrap();
    let made_with = |id: &str, bank: &Bank| Assessment::new(id.into(), "Workshop", bank, 0);
    let assessments = vec![
        made_with("a1", &ward),
        made_with("a2", &ward),
        made_with("a3", &shipped[0]),
    ];
    assert_eq!(assessments_using("ward-team", &assessments), 2);
    assert_eq!(assessments_using("other-team", &assessments), 0);

    let refused = remove_custom_bank(&mut store, "ward-team", &assessments);
    assert_eq!(refused, Err(RemoveBankError::InUse { count: 2 }));
    assert_eq!(
        refused.unwrap_err().to_string(),
        "2 assessments use these questions. Delete them first, or keep the questions."
    );
    assert_eq!(
        RemoveBankError::InUse { count: 1 }.to_string(),
        "1 assessment uses these questions. Delete it first, or keep the questions."
    );

    remove_custom_bank(&mut store, "other-team", &assessments).unwrap();
    assert_eq!(load_custom_banks(&store, &shipped), vec![ward.clone()]);
    // Once its assessments are gone, the last bank can go too.
    remove_custom_bank(&mut store, "ward-team", &assessments[2..]).unwrap();
    assert!(load_custom_banks(&store, &shipped).is_empty());
}

#[test]
fn a_custom_bank_may_carry_its_own_ideas_and_keeps_them() {
    let mut b = bank_json("ward-ideas");
    b["questions"][1]["ideas"] = json!({
        "complex": ["Ask the ward's IT lead which systems it must link to.", "Try it on one bay first."],
        "complicated": ["Book the training before go-live."]
    });
    let bank = parse(&file(b.clone())).unwrap();
    let w2 = bank.question("W2").unwrap();
    assert_eq!(w2.ideas_for("complex").len(), 2);
    assert!(bank.question("W1").unwrap().ideas.is_empty());
    // Kept on the device with its ideas.
    let mut store = MemoryStore::default();
    save_custom_bank(&mut store, &bank).unwrap();
    assert_eq!(load_custom_banks(&store, &shipped_banks()), vec![bank]);

    // Too many, too long or for a level the scale lacks: refused, saying where.
    b["questions"][1]["ideas"] = json!({"complex": ["A.", "B.", "C.", "D.", "E.", "F."]});
    let too_many = BankError::TooManyIdeas {
        code: "W2".into(),
        level: "complex".into(),
    };
    assert!(message(&file(b.clone())).ends_with(&too_many.to_string()));
    b["questions"][1]["ideas"] = json!({"urgent": ["Act."]});
    assert!(message(&file(b)).contains("Question W2 has ideas for the level \"urgent\""));
}
