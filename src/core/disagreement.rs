//! How much people disagree about one question, and which questions they disagree on most.
//! One set of rules for the team view (one answer per person) and for workshop votes (a
//! count per level).
//!
//! Two kinds of disagreement count:
//! - people chose different levels: measured by the standard deviation of the level values
//!   and the spread (highest minus lowest);
//! - someone answered "I don't know" where someone else gave a level: one person thinks they
//!   know and another does not, which is worth talking about just as much. NASSS treats not
//!   knowing as a source of complexity, so it must not read as agreement.
//!
//! A question is disputed when either holds. Most disputed first: the highest standard
//! deviation, then the widest spread, then the most "I don't know" answers beside a level,
//! then bank order.

/// How far apart the answers to one question are.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Disagreement {
    /// Population standard deviation of the level values given.
    pub deviation: f64,
    /// Highest level value given minus the lowest.
    pub spread: u32,
    /// "I don't know" answers given beside at least one level answer (0 when nobody gave a
    /// level, since then nobody claims to know).
    pub unknown_beside_level: u32,
}

impl Disagreement {
    pub fn is_disputed(&self) -> bool {
        self.deviation > 0.0 || self.unknown_beside_level > 0
    }
}

/// The "I don't know" answers that stand beside a level answer.
pub fn unknown_beside_level(level_answers: u32, dont_know: u32) -> u32 {
    if level_answers > 0 {
        dont_know
    } else {
        0
    }
}

/// Population standard deviation of level values given as (value, how many gave it): the
/// people who answered are the whole group being described, not a sample of a larger one.
///
/// The variance is the fraction (n·Σx² − (Σx)²) / n², worked in exact integers and reduced
/// to lowest terms before the one division and square root. Equal variances then become
/// bit-identical floats (through a floating-point mean, 1,1,1,1,2 and 1,2,2,2,2 come out
/// one bit apart), so ranking can compare them exactly and ties fall to bank order.
pub fn standard_deviation(values: impl IntoIterator<Item = (u32, u32)>) -> f64 {
    let (mut n, mut sum, mut squares) = (0u128, 0u128, 0u128);
    for (value, count) in values {
        let (v, c) = (u128::from(value), u128::from(count));
        n += c;
        sum += c * v;
        squares += c * v * v;
    }
    if n < 2 {
        return 0.0;
    }
    let numerator = n * squares - sum * sum;
    let denominator = n * n;
    let common = gcd(numerator, denominator).max(1);
    ((numerator / common) as f64 / (denominator / common) as f64).sqrt()
}

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// The first `n` of `questions` (given in bank order) by disagreement: the highest standard
/// deviation first, then the widest spread, then the most "I don't know" answers beside a
/// level, then bank order. Questions everyone agreed on (same level, nobody unsure beside
/// it) are left out, so the list can be shorter than `n`.
pub fn most_disputed_first<T>(
    questions: impl IntoIterator<Item = T>,
    measure: impl Fn(&T) -> Disagreement,
    n: usize,
) -> Vec<T> {
    let mut disputed: Vec<T> = questions
        .into_iter()
        .filter(|q| measure(q).is_disputed())
        .collect();
    // A stable sort: equal questions keep their bank order.
    disputed.sort_by(|a, b| {
        let (a, b) = (measure(a), measure(b));
        b.deviation
            .total_cmp(&a.deviation)
            .then(b.spread.cmp(&a.spread))
            .then(b.unknown_beside_level.cmp(&a.unknown_beside_level))
    });
    disputed.truncate(n);
    disputed
}
