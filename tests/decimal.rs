//! Our own decimal formatting must say exactly what the standard library would have said
//! for every number the app shows: scores and spreads (ratios of small whole numbers) and
//! chart coordinates.

use nasss_navigator::core::decimal::{fixed, trimmed};

#[test]
fn ratios_of_small_numbers_match_the_standard_library() {
    for denominator in 1..=120u32 {
        for numerator in 0..=(4 * denominator) {
            let x = f64::from(numerator) / f64::from(denominator);
            for places in 0..=3 {
                let expected = format!("{x:.prec$}", prec = places as usize);
                assert_eq!(
                    fixed(x, places),
                    expected,
                    "{numerator}/{denominator} to {places} places"
                );
            }
        }
    }
}

#[test]
fn square_roots_match_the_standard_library() {
    // Standard deviations of ratings are square roots of ratios.
    for n in 0..2000u32 {
        let x = (f64::from(n) / 97.0).sqrt();
        assert_eq!(fixed(x, 2), format!("{x:.2}"), "sqrt({n}/97)");
    }
}

#[test]
fn worked_examples() {
    assert_eq!(fixed(2.456, 2), "2.46");
    assert_eq!(fixed(0.125, 2), "0.12", "a tie goes to the even digit");
    assert_eq!(fixed(0.375, 2), "0.38", "a tie goes to the even digit");
    assert_eq!(fixed(-1.25, 1), "-1.2");
    assert_eq!(fixed(-0.01, 1), "0.0", "no minus sign on a zero");
    assert_eq!(fixed(7.0, 0), "7");
    assert_eq!(trimmed(2.5, 2), "2.5");
    assert_eq!(trimmed(3.0, 1), "3");
    assert_eq!(trimmed(563.333_333, 1), "563.3");
    assert_eq!(trimmed(10.04, 1), "10");
}

#[test]
fn coordinates_match_the_standard_library_to_a_tenth() {
    for n in 0..20_000u32 {
        let x = f64::from(n) * 0.37 - 100.0;
        assert_eq!(fixed(x, 1), format!("{x:.1}"), "{x}");
    }
}

#[test]
fn large_whole_numbers_match_the_standard_library() {
    for power in 52..64 {
        let x = 2f64.powi(power) + 2f64.powi(power - 52) * 3.0;
        assert_eq!(fixed(x, 0), format!("{x:.0}"), "2^{power} and a bit");
    }
}
