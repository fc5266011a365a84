//! Decimal numbers as text. The standard library's float formatting is about 11 KB of the
//! wasm, and the app only ever shows a score or a chart position to a few fixed places.

/// `x` rounded to `places` decimal places (at most 6), exactly as `format!("{x:.places$}")`
/// writes it: rounding looks at the float's exact binary value, and a true tie goes to the
/// even digit, so 0.125 to two places is "0.12" but 0.05 (a little over) to one is "0.1".
/// Exact while `x × 10^places` fits in a u64; beyond that it saturates (the app's scores and
/// coordinates are far below).
pub fn fixed(x: f64, places: u32) -> String {
    if !x.is_finite() {
        let word = if x.is_nan() {
            "NaN"
        } else if x > 0.0 {
            "inf"
        } else {
            "-inf"
        };
        return word.to_string();
    }
    let places = places.min(6);
    let scale = 10u64.pow(places);
    let rounded = round_scaled(x.abs(), scale);
    let (whole, fraction) = (rounded / scale, rounded % scale);
    let sign = if x.is_sign_negative() && rounded != 0 {
        "-"
    } else {
        ""
    };
    if places == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction:0width$}", width = places as usize)
    }
}

/// `x × scale` rounded half to even, worked out in whole numbers from the float's bits so
/// that no rounding happens on the way (x = mantissa × 2^exponent).
fn round_scaled(x: f64, scale: u64) -> u64 {
    let bits = x.to_bits();
    let exponent_bits = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exponent) = if exponent_bits == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), exponent_bits - 1075)
    };
    let product = u128::from(mantissa) * u128::from(scale);
    if exponent >= 0 {
        // A whole number of 2^52 or more: exact, unless it does not fit, which saturates.
        return (product.leading_zeros() > exponent.unsigned_abs())
            .then(|| product << exponent)
            .and_then(|n| u64::try_from(n).ok())
            .unwrap_or(u64::MAX);
    }
    let shift = exponent.unsigned_abs();
    if shift > 100 {
        // The product is below 2^73, so the value is under a half: it rounds to zero.
        return 0;
    }
    let whole = product >> shift;
    let remainder = product & ((1 << shift) - 1);
    let half = 1u128 << (shift - 1);
    let up = remainder > half || (remainder == half && whole % 2 == 1);
    u64::try_from(whole + u128::from(up)).unwrap_or(u64::MAX)
}

/// `x` to at most `places` decimal places with trailing zeros dropped: 2.50 is "2.5" and
/// 3.00 is "3", which suits coordinates in a drawing.
pub fn trimmed(x: f64, places: u32) -> String {
    let text = fixed(x, places);
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}
