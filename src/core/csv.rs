//! CSV export of one assessment, for people who want their answers in a spreadsheet.
//! RFC 4180 (quoted fields, doubled quotes, CRLF rows), plus formula neutralising:
//! a spreadsheet would otherwise run a note such as `=HYPERLINK(...)` as a formula.

use super::assessment::Assessment;
use super::author::Whose;
use super::bank::Bank;
use super::lower_case::lower_case_char;
use super::scoring::profile;
use super::workshop::{vote_options, votes_for};

/// The first characters that make Excel, LibreOffice or Sheets read a cell as a formula
/// (OWASP's list, plus the full-width forms some spreadsheets also accept).
const FORMULA_STARTS: [char; 8] = ['=', '+', '-', '@', '＝', '＋', '－', '＠'];

/// Characters a spreadsheet may skip, or a reader may not see, before it looks for a formula:
/// every control character (LibreOffice drops a leading NUL and then runs `=1+1`), every
/// Unicode space (NBSP, the ideographic space), and the invisible format characters
/// (zero-width space and joiners, word joiner, bidi marks, soft hyphen, byte-order mark).
fn is_invisible_lead(c: char) -> bool {
    c.is_control()
        || c.is_whitespace()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// Titles longer than this make unwieldy download names; the date stays whole.
const MAX_STEM_TITLE_CHARS: usize = 60;

/// One field, ready to join with commas. Numbers and empty cells stay bare;
/// every text cell is quoted, so a spreadsheet that splits on `;` or a tab never splits or
/// runs it, and one that would read a formula, even behind blanks or invisible characters,
/// gets an apostrophe first, inside the quotes where the spreadsheet sees it. The apostrophe
/// goes before everything, so whatever a spreadsheet strips after it, it stays first.
pub fn cell(value: &str) -> String {
    if is_plain_number(value) {
        return value.to_string();
    }
    // A leading tab or CR can hide a formula on its own (OWASP), whatever follows.
    let formula = value
        .trim_start_matches(is_invisible_lead)
        .starts_with(FORMULA_STARTS)
        || value.starts_with(['\t', '\r']);
    let mut text = String::with_capacity(value.len() + 3);
    text.push('"');
    if formula {
        text.push('\'');
    }
    text.push_str(&value.replace('"', "\"\""));
    text.push('"');
    text
}

/// "12", "0.89": digits with at most one point inside. Nothing else is left unquoted.
fn is_plain_number(value: &str) -> bool {
    let mut parts = value.split('.');
    let whole = parts.next().unwrap_or_default();
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    (value.is_empty() || digits(whole)) && parts.all(digits) && value.matches('.').count() <= 1
}

/// One record, CRLF-terminated as RFC 4180 asks (Excel on Windows expects it too).
pub fn row<S: AsRef<str>>(values: &[S]) -> String {
    let mut line = values
        .iter()
        .map(|v| cell(v.as_ref()))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

/// A domain's label (`Domain::label`), or just its number if the bank lacks it.
pub fn domain_label(bank: &Bank, number: u32) -> String {
    match bank.domain(number) {
        Some(d) => d.label(),
        None => number.to_string(),
    }
}

pub const ASSESSMENT_HEADER: [&str; 8] = [
    "domain",
    "domain_level",
    "domain_answers",
    "judgement_reason",
    "code",
    "question",
    "answer",
    "note",
];

/// Every question of the bank in bank order, answered or not, so two exports line up row by row.
/// Each row also carries its domain's level in the words the results page uses (with the
/// person's judgement and its reason where they gave one), so a filtered sheet keeps it.
/// An assessment made in a workshop also gets the group's votes: one column per answer
/// ("votes_simple" … "votes_dont_know"), a count on each question that was voted on.
/// `whose` names the judgement as the app does ("Your judgement", "Sam's judgement"): a
/// file of someone else's assessment must not call their judgement the reader's.
pub fn assessment_csv(bank: &Bank, a: &Assessment, whose: &Whose) -> String {
    let voted = a.responses.values().any(|r| !r.tally.is_empty());
    let options = if voted {
        vote_options(bank)
    } else {
        Vec::new()
    };
    let mut header: Vec<String> = ASSESSMENT_HEADER.iter().map(|h| h.to_string()).collect();
    header.extend(options.iter().map(|o| format!("votes_{}", o.as_str())));
    let mut out = row(&header);
    let profile = profile(bank, a);
    for q in bank.questions() {
        let answer = a.answer(&q.code);
        let domain = profile.domain(q.domain);
        let mut cells = vec![
            domain_label(bank, q.domain),
            domain.map_or_else(String::new, |d| {
                d.level_text_by(bank.levels(), &whose.possessive())
            }),
            domain.map_or_else(String::new, |d| d.spread(bank)),
            domain
                .and_then(|d| d.judgement.as_ref())
                .map_or_else(String::new, |j| j.reason.clone()),
            q.code.clone(),
            q.text.clone(),
            answer.map(|a| bank.answer_label(a)).unwrap_or_default(),
            a.note(&q.code).to_string(),
        ];
        let tally = a
            .response(&q.code)
            .map(|r| &r.tally)
            .filter(|t| !t.is_empty());
        cells.extend(options.iter().map(|o| match tally {
            Some(t) => votes_for(t, o).to_string(),
            None => String::new(),
        }));
        out.push_str(&row(&cells));
    }
    out
}

/// Lower-case words joined by single hyphens. Letters outside ASCII are kept (a French
/// title stays readable); everything else, including path separators, becomes a hyphen.
/// Lower case as in `lower_case`: Latin-1 and ASCII capitals only.
fn slug(text: &str, max_chars: usize) -> String {
    let mut out = String::new();
    let mut pending_hyphen = false;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if pending_hyphen && !out.is_empty() {
                out.push('-');
            }
            pending_hyphen = false;
            out.push(lower_case_char(c));
        } else {
            pending_hyphen = true;
        }
    }
    // Cutting can leave a hyphen at the end ("remote-heart-"), which looks like a mistake.
    let cut: String = out.chars().take(max_chars).collect();
    cut.trim_end_matches('-').to_string()
}

/// The shared part of every download name, "remote-heart-monitoring-2026-11-25",
/// so the CSV and the JSON export of one assessment sort next to each other.
pub fn file_stem(title: &str, date: &str) -> String {
    let mut stem = slug(title, MAX_STEM_TITLE_CHARS);
    if stem.is_empty() {
        stem = "assessment".to_string();
    }
    let date = slug(date, usize::MAX);
    if !date.is_empty() {
        stem.push('-');
        stem.push_str(&date);
    }
    stem
}

pub fn csv_file_name(title: &str, date: &str) -> String {
    format!("{}.csv", file_stem(title, date))
}
