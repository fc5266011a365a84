//! Lower case for a bank's labels inside a sentence ("Complex in 2 of 7 domains, complicated
//! in 1") and for file names, without Unicode's case tables: `str::to_lowercase` links about
//! 18 KB of them into the wasm (9 KB, 2.6 % of the download, gzipped). ASCII and the Latin-1
//! capitals (À to Þ: French, German, Spanish, Portuguese, Nordic) are lowered; any other
//! letter stays as written, which only a custom bank in another script would notice.

pub fn lower_case(text: &str) -> String {
    text.chars().map(lower_case_char).collect()
}

pub fn lower_case_char(c: char) -> char {
    match c {
        // Latin-1 puts each capital 32 places before its small letter, as ASCII does;
        // × (U+00D7) sits among the capitals but is not a letter.
        'A'..='Z' | 'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 32).unwrap_or(c),
        _ => c,
    }
}
