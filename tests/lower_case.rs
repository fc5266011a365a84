//! core::lower_case against the standard library: the same wherever it claims to lower a
//! letter, and the letter unchanged everywhere else.

use nasss_navigator::core::lower_case::{lower_case, lower_case_char};

#[test]
fn ascii_and_latin_1_capitals_lower_exactly_as_the_standard_library_does() {
    for c in ('A'..='Z').chain('À'..='Þ').filter(|&c| c != '×') {
        let std: Vec<char> = c.to_lowercase().collect();
        assert_eq!(vec![lower_case_char(c)], std, "{c}");
        assert_ne!(lower_case_char(c), c, "{c} is a capital");
    }
}

#[test]
fn everything_else_stays_as_written() {
    let lowered: Vec<char> = ('A'..='Z').chain('À'..='Þ').collect();
    for c in (0u32..0x2000).filter_map(char::from_u32) {
        if !lowered.contains(&c) || c == '×' {
            assert_eq!(lower_case_char(c), c, "U+{:04X}", c as u32);
        }
    }
    // Outside Latin-1 a capital is left alone rather than looked up.
    assert_eq!(lower_case_char('Ł'), 'Ł');
    assert_eq!(lower_case_char('Σ'), 'Σ');
}

#[test]
fn labels_read_as_they_do_mid_sentence() {
    assert_eq!(lower_case("Complex"), "complex");
    assert_eq!(lower_case("Quick check"), "quick check");
    assert_eq!(lower_case("Élevé"), "élevé");
    assert_eq!(lower_case("Über 3 × 4"), "über 3 × 4");
}
