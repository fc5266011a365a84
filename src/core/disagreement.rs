//! How much people disagree about one question, and which questions they disagree on most.
//! One set of rules for the team view (one answer per person) and for workshop votes (a
//! count per level).

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
/// deviation first, then the widest spread, then bank order. `measure` gives a question's
/// (standard deviation, spread). Questions everyone agreed on are left out, so the list can
/// be shorter than `n`.
pub fn most_disputed_first<T>(
    questions: impl IntoIterator<Item = T>,
    measure: impl Fn(&T) -> (f64, u32),
    n: usize,
) -> Vec<T> {
    let mut disputed: Vec<T> = questions
        .into_iter()
        .filter(|q| measure(q).0 > 0.0)
        .collect();
    // A stable sort: equal questions keep their bank order.
    disputed.sort_by(|a, b| {
        let ((sd_a, spread_a), (sd_b, spread_b)) = (measure(a), measure(b));
        sd_b.total_cmp(&sd_a).then(spread_b.cmp(&spread_a))
    });
    disputed.truncate(n);
    disputed
}
