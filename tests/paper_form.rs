//! Typing in a returned paper form: a key per question, a form worth saving, a draft that
//! survives a reload, and each saved form one person's answers in the workshop.

use nasss_navigator::core::assessment::{Answer, Assessment};
use nasss_navigator::core::bank::Bank;
use nasss_navigator::core::paper_form::{key_for, row_key, FormProblem, PaperForm, RowKey};
use nasss_navigator::core::participants::{add, remove, AnswerSource, Arrival};
use nasss_navigator::core::shipped::shipped_banks;

fn bank(id: &str) -> Bank {
    shipped_banks().into_iter().find(|b| b.id() == id).unwrap()
}

fn level(id: &str) -> Answer {
    Answer::Level(id.into())
}

#[test]
fn keys_one_two_three_tick_the_levels_in_order_and_d_is_i_dont_know() {
    let full = bank("full");
    assert_eq!(
        row_key(&full, "1", false),
        Some(RowKey::Pick(level("simple")))
    );
    assert_eq!(
        row_key(&full, "2", false),
        Some(RowKey::Pick(level("complicated")))
    );
    assert_eq!(
        row_key(&full, "3", false),
        Some(RowKey::Pick(level("complex")))
    );
    assert_eq!(
        row_key(&full, "d", false),
        Some(RowKey::Pick(Answer::DontKnow))
    );
    assert_eq!(
        row_key(&full, "D", false),
        Some(RowKey::Pick(Answer::DontKnow))
    );
    assert_eq!(row_key(&full, "Enter", false), Some(RowKey::Next));
    assert_eq!(row_key(&full, "Backspace", false), Some(RowKey::Clear));
    assert_eq!(row_key(&full, "0", false), Some(RowKey::Clear));
    // Not ours: a fourth level that does not exist, other keys, and browser shortcuts.
    for key in ["4", "9", "12", "x", "ArrowDown", "Tab", " "] {
        assert_eq!(row_key(&full, key, false), None, "{key}");
    }
    assert_eq!(row_key(&full, "d", true), None);
    assert_eq!(row_key(&full, "1", true), None);
    // The key shown beside each answer is the key that ticks it.
    for answer in [
        level("simple"),
        level("complicated"),
        level("complex"),
        Answer::DontKnow,
    ] {
        let key = key_for(&full, &answer).unwrap();
        assert_eq!(row_key(&full, &key, false), Some(RowKey::Pick(answer)));
    }
}

#[test]
fn a_form_with_no_name_and_no_ticks_is_not_saved() {
    let quick = bank("quick");
    let mut form = PaperForm::new("f1".into());
    form.name = "   ".into();
    assert_eq!(form.to_participant(&quick), Err(FormProblem::Empty));
    // A tick for a question the set does not have counts for nothing.
    form.set("9Z", Some(level("simple")));
    assert_eq!(form.to_participant(&quick), Err(FormProblem::Empty));
    // A name alone is a person who left every question blank; so is a tick alone, unnamed.
    let named = PaperForm {
        name: "Sam".into(),
        ..PaperForm::new("f2".into())
    };
    assert!(named.to_participant(&quick).is_ok());
    let mut ticked = PaperForm::new("f3".into());
    ticked.set("1", Some(Answer::DontKnow));
    assert!(ticked.to_participant(&quick).is_ok());
}

#[test]
fn a_saved_form_is_one_persons_paper_answers_with_blank_rows_left_unanswered() {
    let quick = bank("quick");
    let mut form = PaperForm::new("f1".into());
    form.name = "  Sam Okafor ".into();
    form.set("1", Some(level("complex")));
    form.set("2", Some(Answer::DontKnow));
    form.set("3", Some(level("simple")));
    form.set("3", None);
    assert_eq!(form.answered(&quick), 2);
    let p = form.to_participant(&quick).unwrap();
    assert_eq!(p.id, "f1");
    assert_eq!(p.name, "Sam Okafor");
    assert_eq!(p.source, AnswerSource::Paper);
    assert_eq!(p.revision, 0);
    assert_eq!(
        p.answers.into_iter().collect::<Vec<_>>(),
        vec![
            ("1".to_string(), level("complex")),
            ("2".to_string(), Answer::DontKnow)
        ]
    );
}

#[test]
fn two_forms_are_two_people_and_a_corrected_form_replaces_its_person() {
    let quick = bank("quick");
    let mut w = Assessment::new("ws".into(), "Ward 7", &quick, 1_000);
    let mut sam = PaperForm::new("f1".into());
    sam.name = "Sam".into();
    sam.set("1", Some(level("simple")));
    let mut ana = PaperForm::new("f2".into());
    ana.set("1", Some(level("complex")));
    assert_eq!(
        add(&mut w, sam.to_participant(&quick).unwrap()),
        Arrival::New
    );
    assert_eq!(
        add(&mut w, ana.to_participant(&quick).unwrap()),
        Arrival::New
    );
    assert_eq!(w.participants.len(), 2);

    let mut fix = PaperForm::correcting(&w.participants[0]);
    assert!(fix.is_correction());
    assert_eq!(fix.name, "Sam");
    fix.set("1", Some(level("complicated")));
    assert_eq!(
        add(&mut w, fix.to_participant(&quick).unwrap()),
        Arrival::Newer
    );
    assert_eq!(w.participants.len(), 2);
    let sam_now = w.participants.iter().find(|p| p.id == "f1").unwrap();
    assert_eq!(sam_now.answers["1"], level("complicated"));
    // The group's own answer is the facilitator's: typing in forms never sets it.
    assert!(w.responses.values().all(|r| r.answer.is_none()));
}

#[test]
fn a_half_typed_form_comes_back_from_its_draft() {
    let mut form = PaperForm::new("f1".into());
    assert_eq!(
        form.to_draft(),
        None,
        "an untouched new form leaves no draft"
    );
    form.name = "Sam".into();
    form.set("2", Some(Answer::DontKnow));
    let text = form.to_draft().unwrap();
    assert_eq!(PaperForm::from_draft(&text), Some(form.clone()));
    // A correction is kept even with everything taken off, so it is not lost mid-way.
    let correcting = PaperForm {
        revision: 2,
        ..PaperForm::new("f9".into())
    };
    assert!(correcting.to_draft().is_some());
    assert_eq!(PaperForm::from_draft("not json"), None);
    assert_eq!(PaperForm::from_draft("{\"id\":\"\"}"), None);
}

#[test]
fn a_name_already_typed_in_is_pointed_out_but_a_correction_is_not_its_own_double() {
    let quick = bank("quick");
    let mut w = Assessment::new("ws".into(), "Ward 7", &quick, 1_000);
    let mut sam = PaperForm::new("f1".into());
    sam.name = "Sam Okafor".into();
    add(&mut w, sam.to_participant(&quick).unwrap());
    let mut again = PaperForm::new("f2".into());
    again.name = "  sam okafor ".into();
    assert_eq!(
        again.same_name_as(&w.participants).map(|p| p.id.as_str()),
        Some("f1")
    );
    again.name = "Sam O".into();
    assert_eq!(again.same_name_as(&w.participants), None);
    again.name = String::new();
    assert_eq!(
        again.same_name_as(&w.participants),
        None,
        "unnamed forms are never doubles"
    );
    let fix = PaperForm::correcting(&w.participants[0]);
    assert_eq!(fix.same_name_as(&w.participants), None);
}

#[test]
fn saving_says_whose_form_it_was_and_how_much_of_it_was_answered() {
    let full = bank("full");
    let mut form = PaperForm::new("f1".into());
    form.set("1A", Some(level("simple")));
    form.set("7B", Some(Answer::DontKnow));
    assert_eq!(
        form.saved_line(&full, "Person 1"),
        "Saved the form from Person 1: 2 of 23 questions answered. Type in the next form."
    );
    form.revision = 1;
    assert!(form
        .saved_line(&full, "Sam")
        .starts_with("Corrected the form from Sam: 2 of 23"));
}

#[test]
fn a_correction_of_someone_removed_meanwhile_is_saved_as_a_new_person() {
    let quick = bank("quick");
    let mut w = Assessment::new("ws".into(), "Ward 7", &quick, 1_000);
    let mut sam = PaperForm::new("f1".into());
    sam.name = "Sam".into();
    add(&mut w, sam.to_participant(&quick).unwrap());
    let fix = PaperForm::correcting(&w.participants[0]);
    assert_eq!(
        fix.saved_as(&w.removed_participants, || "f9".into()),
        fix,
        "nobody removed: as typed"
    );
    remove(&mut w, "f1");
    // As typed, the removed person would stay removed and the form be lost.
    assert_eq!(
        add(&mut w, fix.to_participant(&quick).unwrap()),
        Arrival::Removed
    );
    let again = fix.saved_as(&w.removed_participants, || "f9".into());
    assert_eq!(
        (again.id.as_str(), again.revision, again.name.as_str()),
        ("f9", 0, "Sam")
    );
    assert_eq!(
        add(&mut w, again.to_participant(&quick).unwrap()),
        Arrival::New
    );
    assert_eq!(w.participants.len(), 1);
}
