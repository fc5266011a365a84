//! Scoring against worked examples computed by hand (see the comments beside each case).

use nasss_navigator::core::assessment::{Answer, Assessment};
use nasss_navigator::core::bank::Bank;
use nasss_navigator::core::scoring::{format_score, profile, score_domain};
use nasss_navigator::core::shipped::shipped_banks;

fn full() -> Bank {
    shipped_banks().remove(1)
}

fn answer(a: &mut Assessment, code: &str, level: &str) {
    a.set_answer(code, Some(Answer::parse(level)), 1);
}

const SIMPLE: usize = 0;
const COMPLICATED: usize = 1;
const COMPLEX: usize = 2;

/// The worked example used in the README and the browser walkthrough.
fn worked_example(bank: &Bank) -> Assessment {
    let mut a = Assessment::new("w".into(), "Worked example", bank, 0);
    // Domain 1: simple 1 + complex 3 = 4 over 2 = 2.0 -> complicated, flagged (one complex answer).
    answer(&mut a, "1A", "simple");
    answer(&mut a, "1B", "complex");
    // Domain 2: 2 + 2 + 3 + 3 = 10 over 4 = 2.5 -> complex (the boundary counts upward).
    answer(&mut a, "2A", "complicated");
    answer(&mut a, "2B", "complicated");
    answer(&mut a, "2C", "complex");
    answer(&mut a, "2D", "complex");
    // Domain 3: two "don't know" answers -> not yet rated, 2 don't know.
    answer(&mut a, "3A", "dont_know");
    answer(&mut a, "3B", "dont_know");
    // Domain 4: 1 + 2 + 1 = 4 over 3 = 1.33 -> simple.
    answer(&mut a, "4A", "simple");
    answer(&mut a, "4B", "complicated");
    answer(&mut a, "4C", "simple");
    // Domain 5: 2 + 1 = 3 over 2 = 1.5 -> complicated; 5D don't know; 5C and 5E unanswered.
    answer(&mut a, "5A", "complicated");
    answer(&mut a, "5B", "simple");
    answer(&mut a, "5D", "dont_know");
    // Domain 6: nothing answered -> not yet rated.
    // Domain 7: 3 + 3 = 6 over 2 = 3.0 -> complex.
    answer(&mut a, "7A", "complex");
    answer(&mut a, "7B", "complex");
    a
}

#[test]
fn worked_example_domain_by_domain() {
    let bank = full();
    let a = worked_example(&bank);
    let p = profile(&bank, &a);
    let levels: Vec<Option<usize>> = p.domains.iter().map(|d| d.level).collect();
    assert_eq!(
        levels,
        [
            Some(COMPLICATED),
            Some(COMPLEX),
            None,
            Some(SIMPLE),
            Some(COMPLICATED),
            None,
            Some(COMPLEX)
        ]
    );

    let d1 = p.domain(1).unwrap();
    assert_eq!(d1.score(), Some(2.0));
    assert!(
        d1.flagged() && d1.flag_raises(3),
        "complicated with a complex answer is flagged"
    );
    assert_eq!(d1.top_level_codes, ["1B"]);
    assert_eq!(
        d1.answers,
        [("1A".to_string(), SIMPLE), ("1B".to_string(), COMPLEX)]
    );

    let d2 = p.domain(2).unwrap();
    assert_eq!((d2.value_sum, d2.rated), (10, 4));
    assert_eq!(d2.level_counts, [0, 2, 2]);
    assert!(
        d2.flagged() && !d2.flag_raises(3),
        "a complex domain's flag adds nothing"
    );

    let d3 = p.domain(3).unwrap();
    assert_eq!(d3.level, None);
    assert_eq!(d3.score(), None);
    assert_eq!(d3.dont_know, ["3A", "3B"]);

    let d4 = p.domain(4).unwrap();
    assert_eq!((d4.value_sum, d4.rated), (4, 3));
    assert!(!d4.flagged());

    let d5 = p.domain(5).unwrap();
    assert_eq!(d5.score(), Some(1.5));
    assert_eq!(d5.dont_know, ["5D"]);
    assert_eq!(d5.unanswered, ["5C", "5E"]);
    assert_eq!(d5.question_count(), 5);

    let d6 = p.domain(6).unwrap();
    assert_eq!(d6.level, None);
    assert_eq!(d6.unanswered.len(), 5);
    assert!(d6.dont_know.is_empty());
}

#[test]
fn worked_example_profile() {
    let bank = full();
    let p = profile(&bank, &worked_example(&bank));
    assert_eq!(p.level_counts, [1, 2, 2]);
    assert_eq!(p.not_rated, 2);
    assert_eq!(p.dont_know, 3);
    assert_eq!(p.answered, 16);
    assert_eq!(p.questions, 23);
    assert_eq!(
        p.headline(bank.levels()),
        "Complex in 2 of 7 domains, complicated in 2, simple in 1, not yet rated 2"
    );
}

#[test]
fn thresholds_fall_where_the_readme_says() {
    let bank = full();
    // (answers for domain 5, expected level) worked by hand.
    let cases: [(&[&str], Option<usize>); 8] = [
        (&["simple"], Some(SIMPLE)),                            // 1.0
        (&["simple", "simple", "complicated"], Some(SIMPLE)),   // 1.33
        (&["simple", "complicated"], Some(COMPLICATED)),        // 1.5
        (&["complex", "complex", "simple"], Some(COMPLICATED)), // 2.33
        (
            &["complex", "complex", "simple", "complicated", "complicated"],
            Some(COMPLICATED),
        ), // 2.2
        (
            &["complex", "complex", "complex", "simple", "complicated"],
            Some(COMPLICATED),
        ), // 12/5 = 2.4
        (&["complicated", "complex"], Some(COMPLEX)),           // 2.5
        (&["dont_know", "dont_know"], None),                    // no levels
    ];
    let codes = ["5A", "5B", "5C", "5D", "5E"];
    for (answers, expected) in cases {
        let mut a = Assessment::new("t".into(), "t", &bank, 0);
        for (code, level) in codes.iter().zip(answers) {
            answer(&mut a, code, level);
        }
        let d = score_domain(&bank, &a, 5);
        assert_eq!(d.level, expected, "{answers:?} scored {:?}", d.score());
    }
}

#[test]
fn an_empty_assessment_is_not_yet_rated_everywhere() {
    let bank = full();
    let p = profile(&bank, &Assessment::new("e".into(), "", &bank, 0));
    assert_eq!(p.not_rated, 7);
    assert_eq!(p.level_counts, [0, 0, 0]);
    assert_eq!(p.answered, 0);
    assert_eq!(
        p.headline(bank.levels()),
        "Complex in 0 of 7 domains, complicated in 0, simple in 0, not yet rated 7"
    );
}

#[test]
fn clearing_an_answer_removes_it_from_the_score() {
    let bank = full();
    let mut a = Assessment::new("c".into(), "", &bank, 0);
    answer(&mut a, "7A", "complex");
    assert_eq!(score_domain(&bank, &a, 7).level, Some(COMPLEX));
    a.set_answer("7A", None, 2);
    assert_eq!(score_domain(&bank, &a, 7).level, None);
    assert_eq!(a.answer("7A"), None);
    assert_eq!(a.answered_count(&bank), 0);
}

#[test]
fn scores_are_shown_without_false_rounding() {
    assert_eq!(format_score(Some(2.0)), "2.0");
    assert_eq!(format_score(Some(2.5)), "2.5");
    assert_eq!(format_score(Some(7.0 / 3.0)), "2.33");
    assert_eq!(format_score(Some(2.45)), "2.45");
    assert_eq!(format_score(None), "not rated");
}
