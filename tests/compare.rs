//! Comparing assessments: every kind of answer change, its wording, its direction on the
//! scale, and domain changes worked out by hand from the README's scoring rules.

use nasss_navigator::core::assessment::{Answer, Assessment};
use nasss_navigator::core::bank::Bank;
use nasss_navigator::core::compare::{
    compare, describe_change, direction, Change, CompareError, Direction,
};
use nasss_navigator::core::shipped::shipped_banks;

fn quick() -> Bank {
    shipped_banks().remove(0)
}

fn full() -> Bank {
    shipped_banks().remove(1)
}

fn level(id: &str) -> Answer {
    Answer::Level(id.to_string())
}

fn answer(a: &mut Assessment, code: &str, id: &str) {
    a.set_answer(code, Some(Answer::parse(id)), 1);
}

const SIMPLE: usize = 0;
const COMPLICATED: usize = 1;
const COMPLEX: usize = 2;

#[test]
fn every_kind_of_change() {
    let complex = level("complex");
    let simple = level("simple");
    let dk = Answer::DontKnow;
    assert_eq!(Change::between(None, None), Change::Same);
    assert_eq!(Change::between(Some(&dk), Some(&dk)), Change::Same);
    assert_eq!(
        Change::between(Some(&complex), Some(&complex)),
        Change::Same
    );
    assert_eq!(
        Change::between(None, Some(&dk)),
        Change::NewAnswer { to: dk.clone() }
    );
    assert_eq!(
        Change::between(Some(&simple), None),
        Change::Removed {
            from: simple.clone()
        }
    );
    assert_eq!(
        Change::between(Some(&complex), Some(&simple)),
        Change::Changed {
            from: complex.clone(),
            to: simple.clone()
        }
    );
    assert_eq!(
        Change::between(Some(&dk), Some(&simple)),
        Change::Changed {
            from: dk,
            to: simple
        }
    );
}

#[test]
fn changes_are_described_in_plain_words() {
    let bank = full();
    let describe = |from: Option<Answer>, to: Option<Answer>| {
        describe_change(&bank, &Change::between(from.as_ref(), to.as_ref()))
    };
    assert_eq!(
        describe(Some(level("complex")), Some(level("complicated"))),
        "complex → complicated"
    );
    assert_eq!(describe(None, Some(Answer::DontKnow)), "new: don't know");
    assert_eq!(describe(Some(level("simple")), None), "removed: simple");
    assert_eq!(describe(None, None), "no change");
    assert_eq!(
        describe(Some(Answer::DontKnow), Some(level("complex"))),
        "don't know → complex"
    );
    assert_eq!(
        describe(None, Some(level("complicated"))),
        "new: complicated"
    );
}

#[test]
fn direction_follows_level_values() {
    let bank = full();
    let (s, cd, cx, dk) = (
        level("simple"),
        level("complicated"),
        level("complex"),
        Answer::DontKnow,
    );
    // simple 1 → complex 3: up the scale.
    assert_eq!(
        direction(&bank, Some(&s), Some(&cx)),
        Direction::MoreComplex
    );
    // complex 3 → complicated 2: down.
    assert_eq!(
        direction(&bank, Some(&cx), Some(&cd)),
        Direction::LessComplex
    );
    assert_eq!(direction(&bank, Some(&cd), Some(&cd)), Direction::Same);
    assert_eq!(
        direction(&bank, Some(&dk), Some(&s)),
        Direction::NotComparable
    );
    assert_eq!(
        direction(&bank, Some(&cx), Some(&dk)),
        Direction::NotComparable
    );
    assert_eq!(direction(&bank, None, Some(&s)), Direction::NotComparable);
    assert_eq!(direction(&bank, Some(&s), None), Direction::NotComparable);
    // Nothing moved, so nothing to compare is still "the same".
    assert_eq!(direction(&bank, Some(&dk), Some(&dk)), Direction::Same);
    assert_eq!(direction(&bank, None, None), Direction::Same);
    // A level the scale lacks has no value to order by.
    assert_eq!(
        direction(&bank, Some(&level("chaotic")), Some(&s)),
        Direction::NotComparable
    );
}

/// Before: a first look at a project.
fn before(bank: &Bank) -> Assessment {
    let mut a = Assessment::new("b".into(), "Before", bank, 0);
    // Domain 1: simple, complex -> complex.
    answer(&mut a, "1A", "simple");
    answer(&mut a, "1B", "complex");
    // Domain 2: complicated, complicated, complex, complex -> complex.
    answer(&mut a, "2A", "complicated");
    answer(&mut a, "2B", "complicated");
    answer(&mut a, "2C", "complex");
    answer(&mut a, "2D", "complex");
    // Domain 3: only "don't know" -> not yet rated.
    answer(&mut a, "3A", "dont_know");
    // Domain 7: complex.
    answer(&mut a, "7A", "complex");
    a
}

/// After: the same project some months on.
fn after(bank: &Bank) -> Assessment {
    let mut a = Assessment::new("a".into(), "After", bank, 0);
    // Domain 1 unchanged: complex.
    answer(&mut a, "1A", "simple");
    answer(&mut a, "1B", "complex");
    // Domain 2: one fewer complex answer, but 2D is still complex -> complex.
    answer(&mut a, "2A", "complicated");
    answer(&mut a, "2B", "complicated");
    answer(&mut a, "2C", "complicated");
    answer(&mut a, "2D", "complex");
    // Domain 3: simple.
    answer(&mut a, "3A", "simple");
    // Domain 4: "don't know" only -> still not yet rated.
    answer(&mut a, "4A", "dont_know");
    // Domain 7: 7A cleared -> not yet rated.
    a
}

#[test]
fn two_assessments_question_by_question() {
    let bank = full();
    let (b, a) = (before(&bank), after(&bank));
    let c = compare(&bank, &[&b, &a]).unwrap();
    assert_eq!(
        c.questions.len(),
        23,
        "every question of the bank, answered or not"
    );

    let changed: Vec<(&str, String)> = c
        .changed_questions()
        .map(|q| (q.code.as_str(), describe_change(&bank, &q.change)))
        .collect();
    assert_eq!(
        changed,
        [
            ("2C", "complex → complicated".to_string()),
            ("3A", "don't know → simple".to_string()),
            ("4A", "new: don't know".to_string()),
            ("7A", "removed: complex".to_string()),
        ]
    );

    let q2c = c.questions.iter().find(|q| q.code == "2C").unwrap();
    assert_eq!(
        q2c.answers,
        [Some(level("complex")), Some(level("complicated"))]
    );
    let q1a = c.questions.iter().find(|q| q.code == "1A").unwrap();
    assert_eq!(q1a.change, Change::Same);
    let q5a = c.questions.iter().find(|q| q.code == "5A").unwrap();
    assert_eq!(q5a.answers, [None, None]);
    assert_eq!(q5a.change, Change::Same);
}

#[test]
fn two_assessments_domain_by_domain() {
    let bank = full();
    let (b, a) = (before(&bank), after(&bank));
    let c = compare(&bank, &[&b, &a]).unwrap();
    let texts: Vec<(u32, &str)> = c
        .domains
        .iter()
        .map(|d| (d.domain, d.change_text.as_str()))
        .collect();
    assert_eq!(
        texts,
        [
            (1, "no change"),               // complex both times (1B)
            (2, "no change"),               // complex both times: 2D stays complex
            (3, "not yet rated → simple"),  // don't know -> simple
            (4, "no change"),               // not yet rated both times
            (5, "no change"),               // nothing answered either time
            (6, "no change"),               // nothing answered either time
            (7, "complex → not yet rated"), // 7A cleared
        ]
    );
    let d2 = &c.domains[1];
    assert_eq!(d2.levels, [Some(COMPLEX), Some(COMPLEX)]);
    let spreads: Vec<String> = d2.results.iter().map(|r| r.spread(&bank)).collect();
    assert_eq!(
        spreads,
        [
            "2 of 4 aspects complex, 2 complicated",
            "1 of 4 aspects complex, 3 complicated"
        ],
        "the level held, and the spread shows what moved"
    );
    let d3 = &c.domains[2];
    assert_eq!(d3.levels, [None, Some(SIMPLE)]);
}

#[test]
fn three_way_comparison_reports_first_against_last() {
    let bank = quick();
    let mut first = Assessment::new("1".into(), "January", &bank, 0);
    let mut middle = Assessment::new("2".into(), "April", &bank, 0);
    let mut last = Assessment::new("3".into(), "July", &bank, 0);
    // Question 1 goes up and comes back: the first and last agree, so no change.
    answer(&mut first, "1", "simple");
    answer(&mut middle, "1", "complex");
    answer(&mut last, "1", "simple");
    // Question 2 only moves at the end.
    answer(&mut first, "2", "complex");
    answer(&mut middle, "2", "complex");
    answer(&mut last, "2", "complicated");
    // Question 3 is answered in the middle only.
    answer(&mut middle, "3", "dont_know");

    let c = compare(&bank, &[&first, &middle, &last]).unwrap();
    let q1 = &c.questions[0];
    assert_eq!(
        q1.answers,
        [
            Some(level("simple")),
            Some(level("complex")),
            Some(level("simple"))
        ]
    );
    assert_eq!(q1.change, Change::Same);
    assert_eq!(
        c.questions[1].change,
        Change::Changed {
            from: level("complex"),
            to: level("complicated")
        }
    );
    assert_eq!(c.questions[2].answers, [None, Some(Answer::DontKnow), None]);
    assert_eq!(c.questions[2].change, Change::Same);

    // In the quick bank each domain has one question, so its level is that answer.
    let d1 = &c.domains[0];
    assert_eq!(d1.levels, [Some(SIMPLE), Some(COMPLEX), Some(SIMPLE)]);
    assert_eq!(d1.change_text, "no change");
    assert_eq!(c.domains[1].change_text, "complex → complicated");
    assert_eq!(
        c.domains[1].levels,
        [Some(COMPLEX), Some(COMPLEX), Some(COMPLICATED)]
    );
    assert_eq!(c.domains[2].levels, [None, None, None]);
    assert_eq!(c.changed_questions().count(), 1);
}

#[test]
fn fewer_than_two_assessments_is_refused() {
    let bank = quick();
    let one = Assessment::new("1".into(), "Only", &bank, 0);
    let none = compare(&bank, &[]).unwrap_err();
    assert_eq!(none, CompareError::TooFew { found: 0 });
    assert_eq!(
        none.to_string(),
        "Choose at least two assessments to compare."
    );
    let single = compare(&bank, &[&one]).unwrap_err();
    assert_eq!(single, CompareError::TooFew { found: 1 });
    assert_eq!(
        single.to_string(),
        "Choose at least one more assessment: a comparison needs two or more."
    );
}

#[test]
fn assessments_of_different_banks_are_refused() {
    let banks = shipped_banks();
    let q = Assessment::new("q".into(), "Quick look", &banks[0], 0);
    let f = Assessment::new("f".into(), "Deep dive", &banks[1], 0);
    let err = compare(&banks[0], &[&q, &f]).unwrap_err();
    assert_eq!(
        err,
        CompareError::DifferentBanks {
            expected: "quick".into(),
            found: "full".into(),
            title: "Deep dive".into()
        }
    );
    assert_eq!(
        err.to_string(),
        "\"Deep dive\" was made with a different set of questions, so it cannot be compared with these. Choose assessments made with the same set."
    );
    // The bank passed in counts too: two full assessments cannot be read as quick ones.
    let f2 = Assessment::new("f2".into(), "Second dive", &banks[1], 0);
    assert!(matches!(
        compare(&banks[0], &[&f, &f2]),
        Err(CompareError::DifferentBanks { title, .. }) if title == "Deep dive"
    ));
}

#[test]
fn a_full_assessment_and_a_quick_check_compare_by_domain_level() {
    use nasss_navigator::core::compare::{compare_across, oldest_first};
    let banks = shipped_banks();
    let (quick, full) = (&banks[0], &banks[1]);
    // The innovator's full assessment, made first: domain 1 complex (1B), domain 2 simple.
    let mut innovator = Assessment::new("inn".into(), "Innovator, full", full, 100);
    answer(&mut innovator, "1A", "simple");
    answer(&mut innovator, "1B", "complex");
    answer(&mut innovator, "2A", "simple");
    // The implementer's quick check, made later: domain 1 complicated, domain 2 complex.
    let mut implementer = Assessment::new("imp".into(), "Implementer, quick", quick, 200);
    answer(&mut implementer, "1", "complicated");
    answer(&mut implementer, "2", "complex");

    let mut chosen = vec![&implementer, &innovator];
    oldest_first(&mut chosen);
    assert_eq!(chosen[0].id, "inn", "the older one is the baseline");
    let pairs: Vec<_> = chosen
        .iter()
        .map(|a| (*a, if a.bank.id == "quick" { quick } else { full }))
        .collect();
    let c = compare_across(&pairs);
    assert!(!c.same_questions);
    assert!(
        c.questions.is_empty(),
        "no code is shared between the two sets"
    );
    assert_eq!(c.domains.len(), 7);
    assert_eq!(c.domains[0].change_text, "complex → complicated");
    assert_eq!(c.domains[1].change_text, "simple → complex");
    assert_eq!(c.domains[2].change_text, "no change");
}

#[test]
fn a_domains_direction_is_worked_out_once_from_old_to_new() {
    use nasss_navigator::core::compare::{compare_across, level_direction};
    assert_eq!(
        level_direction(Some(COMPLEX), Some(COMPLICATED)),
        Direction::LessComplex
    );
    assert_eq!(
        level_direction(Some(SIMPLE), Some(COMPLEX)),
        Direction::MoreComplex
    );
    assert_eq!(level_direction(None, None), Direction::Same);
    assert_eq!(level_direction(Some(SIMPLE), Some(SIMPLE)), Direction::Same);
    assert_eq!(
        level_direction(None, Some(SIMPLE)),
        Direction::NotComparable
    );
    assert_eq!(
        level_direction(Some(COMPLEX), None),
        Direction::NotComparable
    );

    // Domain 1 was complex, is now complicated: less complex, read old to new.
    let bank = quick();
    let mut old = Assessment::new("old".into(), "Old", &bank, 1);
    answer(&mut old, "1", "complex");
    let mut new = Assessment::new("new".into(), "New", &bank, 2);
    answer(&mut new, "1", "complicated");
    let c = compare_across(&[(&old, &bank), (&new, &bank)]);
    let d1 = c.domains.iter().find(|d| d.domain == 1).unwrap();
    assert_eq!(d1.direction, Direction::LessComplex);
    assert_eq!(d1.change_text, "complex → complicated");
    let d2 = c.domains.iter().find(|d| d.domain == 2).unwrap();
    assert_eq!(d2.direction, Direction::Same);
}
