//! Worked examples for the one set of disagreement rules shared by the team view and
//! workshop votes.

use nasss_navigator::core::disagreement::{
    most_disputed_first, standard_deviation, unknown_beside_level, Disagreement,
};

fn measure(deviation: f64, spread: u32, unknown_beside_level: u32) -> Disagreement {
    Disagreement {
        deviation,
        spread,
        unknown_beside_level,
    }
}

#[test]
fn standard_deviation_worked_by_hand() {
    // Two people say 1, two say 3: mean 2, every value 1 away, so the deviation is 1.
    assert_eq!(standard_deviation([(1, 2), (3, 2)]), 1.0);
    // 1, 2, 3: variance (1 + 0 + 1) / 3 = 2/3.
    assert_eq!(
        standard_deviation([(1, 1), (2, 1), (3, 1)]),
        (2.0f64 / 3.0).sqrt()
    );
    // Everyone agrees, or only one answer: no disagreement.
    assert_eq!(standard_deviation([(2, 5)]), 0.0);
    assert_eq!(standard_deviation([(3, 1)]), 0.0);
    assert_eq!(standard_deviation([]), 0.0);
}

#[test]
fn equal_variances_are_bit_identical() {
    // 1,1,1,1,2 and 1,2,2,2,2 have the same variance (4/25); through a floating-point mean
    // they would differ in the last bit and the tie would not fall to bank order.
    let a = standard_deviation([(1, 4), (2, 1)]);
    let b = standard_deviation([(1, 1), (2, 4)]);
    assert_eq!(a.to_bits(), b.to_bits());
    assert_eq!(a, 0.4);
}

#[test]
fn ranking_by_deviation_then_spread_then_bank_order() {
    // (name, standard deviation, spread), in bank order.
    let questions = [
        ("Q1", 0.5, 1),
        ("Q2", 0.0, 0),
        ("Q3", 0.8, 2),
        ("Q4", 0.5, 2),
        ("Q5", 0.5, 1),
    ];
    let ranked = most_disputed_first(questions, |q| measure(q.1, q.2, 0), 10);
    let names: Vec<&str> = ranked.iter().map(|q| q.0).collect();
    // Q2 has no disagreement and is left out; Q1 and Q5 tie and keep bank order.
    assert_eq!(names, ["Q3", "Q4", "Q1", "Q5"]);
    assert_eq!(
        most_disputed_first(questions, |q| measure(q.1, q.2, 0), 2).len(),
        2
    );
}

#[test]
fn i_dont_know_beside_a_level_is_disagreement() {
    // Only "I don't know" beside a level: someone thinks they know and someone does not.
    assert_eq!(unknown_beside_level(1, 1), 1);
    assert_eq!(unknown_beside_level(3, 2), 2);
    // Everyone unsure, or nobody unsure: nobody disagrees about knowing.
    assert_eq!(unknown_beside_level(0, 4), 0);
    assert_eq!(unknown_beside_level(4, 0), 0);
    assert!(measure(0.0, 0, 1).is_disputed());
    assert!(!measure(0.0, 0, 0).is_disputed());

    // (name, standard deviation, spread, "I don't know" beside a level), in bank order.
    let questions = [
        ("Q1", 0.0, 0, 1),
        ("Q2", 0.5, 1, 0),
        ("Q3", 0.0, 0, 0),
        ("Q4", 0.0, 0, 3),
        ("Q5", 0.5, 1, 2),
    ];
    let ranked = most_disputed_first(questions, |q| measure(q.1, q.2, q.3), 10);
    let names: Vec<&str> = ranked.iter().map(|q| q.0).collect();
    // Levels apart first (Q5 before Q2 by its unknowns), then unknowns beside agreement
    // (Q4's three before Q1's one); Q3, where all agreed, is left out.
    assert_eq!(names, ["Q5", "Q2", "Q4", "Q1"]);
}
