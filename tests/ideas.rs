//! The ideas a domain that needs attention shows: the deciding questions' own first, the
//! domain's general ones after (issue 24: "2D Supply and ownership" was followed by
//! "Test the technology in real settings").

use nasss_navigator::core::assessment::{Answer, Assessment};
use nasss_navigator::core::bank::Bank;
use nasss_navigator::core::ideas::domain_ideas;
use nasss_navigator::core::scoring::score_domain;
use nasss_navigator::core::shipped::shipped_banks;

fn full() -> Bank {
    shipped_banks().remove(1)
}

fn answered(bank: &Bank, answers: &[(&str, &str)]) -> Assessment {
    let mut a = Assessment::new("i".into(), "i", bank, 0);
    for (code, level) in answers {
        a.set_answer(code, Some(Answer::parse(level)), 1);
    }
    a
}

#[test]
fn the_question_that_made_a_domain_complex_gives_its_own_ideas_first() {
    let bank = full();
    let a = answered(
        &bank,
        &[("2A", "simple"), ("2C", "complicated"), ("2D", "complex")],
    );
    let ideas = domain_ideas(&bank, &score_domain(&bank, &a, 2));
    let codes: Vec<&str> = ideas
        .by_question
        .iter()
        .map(|(q, _)| q.code.as_str())
        .collect();
    assert_eq!(codes, ["2D"], "only the deciding question, not 2C");
    let two_d = bank.question("2D").unwrap();
    assert_eq!(ideas.by_question[0].1, two_d.ideas_for("complex"));
    assert!(ideas.by_question[0]
        .1
        .iter()
        .any(|i| i.contains("supplier")));
    // The domain's general ideas are all under "More ideas".
    assert!(ideas.shown.is_empty());
    assert_eq!(ideas.more, bank.domain(2).unwrap().if_complex.as_slice());
}

#[test]
fn several_deciding_questions_each_give_theirs_in_bank_order() {
    let bank = full();
    let a = answered(
        &bank,
        &[("5D", "complex"), ("5A", "complex"), ("5B", "simple")],
    );
    let ideas = domain_ideas(&bank, &score_domain(&bank, &a, 5));
    let codes: Vec<&str> = ideas
        .by_question
        .iter()
        .map(|(q, _)| q.code.as_str())
        .collect();
    assert_eq!(codes, ["5A", "5D"]);
}

#[test]
fn a_judged_domain_takes_the_ideas_for_the_level_its_answers_were_given() {
    // Judged complex, answers complicated: the complicated ideas of the deciding answer.
    let bank = full();
    let mut a = answered(&bank, &[("3A", "complicated"), ("3B", "simple")]);
    a.set_judgement(3, Some(("complex", "the evidence is thin")), 2);
    let ideas = domain_ideas(&bank, &score_domain(&bank, &a, 3));
    assert_eq!(ideas.by_question.len(), 1);
    assert_eq!(
        ideas.by_question[0].1,
        bank.question("3A").unwrap().ideas_for("complicated")
    );
}

#[test]
fn without_question_ideas_the_domain_ideas_stand_alone() {
    let mut bank = full();
    for q in &mut bank.set.questions {
        q.ideas.clear();
    }
    let a = answered(&bank, &[("2D", "complex")]);
    let ideas = domain_ideas(&bank, &score_domain(&bank, &a, 2));
    assert!(ideas.by_question.is_empty());
    let general = &bank.domain(2).unwrap().if_complex;
    assert_eq!(ideas.shown, &general[..3]);
    assert_eq!(ideas.more, &general[3..]);
}
