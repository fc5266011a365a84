//! CSV export: RFC 4180 quoting, spreadsheet formula neutralising, and download names.
//! The round-trip test reads the export back with a small strict RFC 4180 parser written
//! here, so the export is checked against the standard rather than against itself.

use nasss_navigator::core::assessment::{Answer, Assessment};
use nasss_navigator::core::author::{Author, Whose};
use nasss_navigator::core::bank::Bank;
use nasss_navigator::core::csv::{assessment_csv, cell, csv_file_name, file_stem, row};
use nasss_navigator::core::shipped::shipped_banks;
use nasss_navigator::core::workshop::add_vote;

fn quick() -> Bank {
    shipped_banks().remove(0)
}

fn full() -> Bank {
    shipped_banks().remove(1)
}

/// A strict reader: a quote may only open a field, a quoted field must be followed by a
/// comma or CRLF, and every record (the last included) must end with CRLF.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut just_closed = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => {
                    in_quotes = false;
                    just_closed = true;
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            ',' => {
                record.push(std::mem::take(&mut field));
                just_closed = false;
            }
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "a bare CR outside quotes");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                just_closed = false;
            }
            '\n' => panic!("a bare LF outside quotes in {text:?}"),
            '"' if field.is_empty() && !just_closed => in_quotes = true,
            _ => {
                assert!(!just_closed, "text after a closing quote in {text:?}");
                assert_ne!(c, '"', "a quote inside an unquoted field in {text:?}");
                field.push(c);
            }
        }
    }
    assert!(!in_quotes, "an unterminated quoted field");
    assert!(
        field.is_empty() && record.is_empty(),
        "the last record does not end with CRLF"
    );
    records
}

#[test]
fn the_test_parser_is_strict() {
    // Guards the round-trip test: a lenient parser would pass a broken export.
    assert_eq!(
        parse_csv("a,\"b,\"\"c\"\"\"\r\n"),
        [["a".to_string(), "b,\"c\"".to_string()]]
    );
    for bad in ["a,b\n", "a,b", "a\"b\r\n", "\"a\"b\r\n", "\"a\r\n"] {
        assert!(
            std::panic::catch_unwind(|| parse_csv(bad)).is_err(),
            "{bad:?} should be refused"
        );
    }
}

#[test]
fn text_cells_are_always_quoted_and_counts_and_blanks_left_bare() {
    assert_eq!(cell("Simple"), "\"Simple\"");
    assert_eq!(cell("2. The technology"), "\"2. The technology\"");
    assert_eq!(cell("I don't know"), "\"I don't know\"");
    // A spreadsheet that splits on semicolons must not see two cells, or a formula, here.
    assert_eq!(cell("x;=HYPERLINK(1)"), "\"x;=HYPERLINK(1)\"");
    assert_eq!(cell(""), "");
    assert_eq!(cell("12"), "12");
    assert_eq!(cell("0"), "0");
    assert_eq!(cell("0.89"), "0.89");
    for not_a_number in [".5", "1.", "1.2.3", "1,5", "1e3", " 1"] {
        assert!(cell(not_a_number).starts_with('"'), "{not_a_number}");
    }
}

#[test]
fn each_special_character_is_kept_inside_the_quotes() {
    assert_eq!(cell("a,b"), "\"a,b\"");
    // One quote becomes two, and the field is wrapped: say ""hi"" inside quotes.
    assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(cell("\""), "\"\"\"\"");
    assert_eq!(cell("line\rbreak"), "\"line\rbreak\"");
    assert_eq!(cell("line\nbreak"), "\"line\nbreak\"");
    assert_eq!(cell("both\r\nends"), "\"both\r\nends\"");
}

#[test]
fn formula_starts_are_neutralised() {
    assert_eq!(cell("=1+1"), "\"'=1+1\"");
    assert_eq!(cell("+44 20 7946 0000"), "\"'+44 20 7946 0000\"");
    assert_eq!(cell("-5"), "\"'-5\"");
    assert_eq!(cell("@SUM(A1:A9)"), "\"'@SUM(A1:A9)\"");
    assert_eq!(cell("\t=cmd"), "\"'\t=cmd\"");
    assert_eq!(cell("\r=cmd"), "\"'\r=cmd\"");
    assert_eq!(
        cell("\tplain"),
        "\"'\tplain\"",
        "a leading tab alone is enough"
    );
    // Blanks before the formula do not hide it.
    assert_eq!(cell(" =cmd"), "\"' =cmd\"");
    assert_eq!(cell("  \n-5"), "\"'  \n-5\"");
    // Nor do the full-width forms some spreadsheets also read.
    assert_eq!(cell("＝1+1"), "\"'＝1+1\"");
    assert_eq!(cell("\u{3000}＠x"), "\"'\u{3000}＠x\"");
    // Neutralise, then quote: the comma and quotes of a real attack payload.
    assert_eq!(
        cell("=HYPERLINK(\"http://x\",\"go\")"),
        "\"'=HYPERLINK(\"\"http://x\"\",\"\"go\"\")\""
    );
}

/// Characters a reader cannot see, or a spreadsheet skips, ahead of a formula: every C0
/// control, DEL, NBSP and the other Unicode spaces, zero-width characters and the BOM.
fn invisible_leads() -> Vec<char> {
    let mut leads: Vec<char> = ('\u{0}'..='\u{1F}').collect();
    leads.extend([
        '\u{7F}', '\u{85}', '\u{A0}', '\u{AD}', '\u{1680}', '\u{180E}', '\u{2000}', '\u{2007}',
        '\u{200A}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{2028}',
        '\u{202A}', '\u{202E}', '\u{202F}', '\u{205F}', '\u{2060}', '\u{2063}', '\u{2066}',
        '\u{3000}', '\u{FEFF}',
    ]);
    leads
}

#[test]
fn a_formula_behind_invisible_characters_is_neutralised() {
    let leads = invisible_leads();
    assert!(leads.len() >= 40, "{} leading characters", leads.len());
    for lead in &leads {
        for start in ['=', '+', '-', '@'] {
            let value = format!("{lead}{start}1+1");
            let out = cell(&value);
            // The apostrophe comes first, ahead of the invisible character, and the rest is kept.
            assert_eq!(
                out,
                format!("\"'{}\"", value.replace('"', "\"\"")),
                "U+{:04X} before {start}",
                *lead as u32
            );
        }
    }
    // Several in a row, mixed with spaces, hide nothing either.
    assert_eq!(
        cell("\u{0}\u{FEFF} \u{200B}\u{A0}=1+1"),
        "\"'\u{0}\u{FEFF} \u{200B}\u{A0}=1+1\""
    );
    assert_eq!(cell("\u{2060}\u{7F}＋1"), "\"'\u{2060}\u{7F}＋1\"");
}

#[test]
fn invisible_characters_before_ordinary_text_change_nothing() {
    // Only a formula behind them is neutralised: a BOM or NBSP before words stays as it was.
    for lead in invisible_leads()
        .into_iter()
        .filter(|c| !matches!(c, '\t' | '\r'))
    {
        let value = format!("{lead}plain words");
        assert_eq!(
            cell(&value),
            format!("\"{value}\""),
            "U+{:04X}",
            lead as u32
        );
    }
}

#[test]
fn a_hyphen_or_equals_sign_later_in_a_cell_is_untouched() {
    assert_eq!(
        cell("pre-op checks - mostly done"),
        "\"pre-op checks - mostly done\""
    );
    assert_eq!(cell("a=b"), "\"a=b\"");
}

#[test]
fn rows_join_with_commas_and_end_with_crlf() {
    assert_eq!(row(&["a", "b,c", "-d"]), "\"a\",\"b,c\",\"'-d\"\r\n");
    assert_eq!(row(&["", ""]), ",\r\n");
}

#[test]
fn header_then_one_row_per_question_in_bank_order() {
    let bank = full();
    let a = Assessment::new("x".into(), "Empty", &bank, 0);
    let text = assessment_csv(&bank, &a, &Whose::Yours);
    assert!(text.starts_with(
        "\"domain\",\"domain_level\",\"domain_answers\",\"judgement_reason\",\"code\",\"question\",\"answer\",\"note\"\r\n"
    ));
    let records = parse_csv(&text);
    // 1 header + the full bank's 23 questions.
    assert_eq!(records.len(), 24);
    let codes: Vec<&str> = records[1..].iter().map(|r| r[4].as_str()).collect();
    let bank_codes: Vec<&str> = bank.questions().iter().map(|q| q.code.as_str()).collect();
    assert_eq!(codes, bank_codes);
    assert!(records.iter().all(|r| r.len() == 8));
    assert!(records[1..].iter().all(|r| r[1] == "Not yet rated"));
}

#[test]
fn rows_for_a_level_a_dont_know_and_an_unanswered_question() {
    let bank = quick();
    let mut a = Assessment::new("x".into(), "Ward", &bank, 0);
    a.set_answer("1", Some(Answer::parse("complex")), 1);
    a.set_answer("2", Some(Answer::DontKnow), 1);
    a.set_note("3", "Ask finance", 1);
    a.set_answer("5", Some(Answer::parse("simple")), 1);
    a.set_answer("6", Some(Answer::parse("complicated")), 1);
    a.set_judgement(
        6,
        Some(("simple", "Policy is settled, whatever the question says")),
        2,
    );
    let text = assessment_csv(&bank, &a, &Whose::Yours);
    let lines: Vec<&str> = text.split_terminator("\r\n").collect();
    assert_eq!(lines.len(), 8);
    assert_eq!(
        lines[1],
        "\"1. The condition\",\"Complex\",\"1 of 1 aspect complex\",,1,\"How clear and predictable are the health or care needs of the people your project is for?\",\"Complex\","
    );
    // Every text cell is quoted, commas or not; "don't know" gives the domain no level:
    // with nothing else answered there, it is not yet known.
    assert_eq!(
        lines[2],
        "\"2. The technology\",\"Not yet known\",\"1 of 1 aspect don't know\",,2,\"How straightforward is the technology to set up, use, make sense of and keep supplied?\",\"I don't know\","
    );
    // Unanswered, with only a note: the answer is empty.
    assert_eq!(
        lines[3],
        "\"3. The value proposition\",\"Not yet rated\",\"1 of 1 aspect not answered\",,3,\"How sure are you that the technology will pay its way for its makers and be worth having for its users?\",,\"Ask finance\""
    );
    assert!(
        lines[4].ends_with(",,"),
        "question 4 is untouched: {}",
        lines[4]
    );
    assert!(lines[5].starts_with("\"5. The organisation\",\"Simple\",\"1 of 1 aspect simple\",,"));
    assert!(lines[5].ends_with(",\"Simple\","));
    // A judgement is named with what the answers suggest, and its reason has its own column.
    let records = parse_csv(&text);
    assert_eq!(
        records[6][1],
        "Your judgement: simple (answers suggest complicated)"
    );
    assert_eq!(records[6][2], "1 of 1 aspect complicated");
    assert_eq!(
        records[6][3],
        "Policy is settled, whatever the question says"
    );
    assert_eq!(records[6][6], "Complicated");
    // The same file made from someone else's assessment names them, not the reader.
    let sam = Whose::Theirs(Author::new("d2".into(), "Sam", "Acme Health"));
    let theirs = parse_csv(&assessment_csv(&bank, &a, &sam));
    assert_eq!(
        theirs[6][1],
        "Sam's judgement: simple (answers suggest complicated)"
    );
    let unnamed = Whose::Theirs(Author::new("d3".into(), "", ""));
    assert_eq!(
        parse_csv(&assessment_csv(&bank, &a, &unnamed))[6][1],
        "The author's judgement: simple (answers suggest complicated)"
    );
}

#[test]
fn a_difficult_note_round_trips() {
    let bank = quick();
    let mut a = Assessment::new("x".into(), "Ward", &bank, 0);
    let note = "Supplier said \"maybe\", then \"no\".\r\nSecond line\nthird, with comma";
    let formula = "=IMPORTXML(\"http://evil\", \"//a\")";
    a.set_answer("4", Some(Answer::parse("complicated")), 1);
    a.set_note("4", note, 1);
    a.set_note("7", formula, 1);
    // The note from the issue: a NUL ahead of the formula, as a link or file could carry it.
    a.set_note("6", "\u{0}=1+1", 1);
    let records = parse_csv(&assessment_csv(&bank, &a, &Whose::Yours));
    assert_eq!(
        records.len(),
        8,
        "embedded line breaks do not split a record"
    );
    assert_eq!(records[4][4], "4");
    assert_eq!(records[4][6], "Complicated");
    assert_eq!(records[4][7], note);
    // What a spreadsheet reads back is the formula as text, behind one apostrophe.
    assert_eq!(records[7][7], format!("'{formula}"));
    assert_eq!(records[6][7], "'\u{0}=1+1");
}

#[test]
fn file_names_are_slugs_with_the_date() {
    assert_eq!(
        csv_file_name("Remote heart monitoring", "2026-11-25"),
        "remote-heart-monitoring-2026-11-25.csv"
    );
    assert_eq!(
        csv_file_name("  Virtual ward: \"pilot\" / phase 2!! ", "2026-11-25"),
        "virtual-ward-pilot-phase-2-2026-11-25.csv"
    );
    assert_eq!(
        csv_file_name("../../etc/passwd", "2026-01-02"),
        "etc-passwd-2026-01-02.csv"
    );
    assert_eq!(
        csv_file_name("Café Ünïon", "2026-01-02"),
        "café-ünïon-2026-01-02.csv"
    );
}

#[test]
fn an_empty_or_symbol_only_title_becomes_assessment() {
    assert_eq!(csv_file_name("", "2026-11-25"), "assessment-2026-11-25.csv");
    assert_eq!(
        csv_file_name(" ?!/ ", "2026-11-25"),
        "assessment-2026-11-25.csv"
    );
}

#[test]
fn long_titles_are_cut_to_sixty_characters_without_a_dangling_hyphen() {
    let title = "a".repeat(100);
    let stem = file_stem(&title, "2026-11-25");
    assert_eq!(stem, format!("{}-2026-11-25", "a".repeat(60)));

    // 59 a's, a space, "bcd": the slug's 60th character is the hyphen, which is dropped.
    let title = format!("{} bcd", "a".repeat(59));
    assert_eq!(
        file_stem(&title, "2026-11-25"),
        format!("{}-2026-11-25", "a".repeat(59))
    );

    // Exactly 60 characters survive whole.
    let title = format!("{} {}", "a".repeat(29), "b".repeat(30));
    assert_eq!(
        file_stem(&title, "2026-11-25"),
        format!("{}-{}-2026-11-25", "a".repeat(29), "b".repeat(30))
    );
}

#[test]
fn the_stem_is_shared_with_other_exports() {
    assert_eq!(
        file_stem("Ward pilot", "2026-11-25"),
        "ward-pilot-2026-11-25"
    );
    assert_eq!(
        format!("{}.json", file_stem("Ward pilot", "2026-11-25")),
        "ward-pilot-2026-11-25.json"
    );
    assert_eq!(
        file_stem("Ward pilot", ""),
        "ward-pilot",
        "no date, no trailing hyphen"
    );
}

#[test]
fn a_workshop_assessment_gets_a_vote_column_per_answer() {
    let bank = quick();
    let mut a = Assessment::new("x".into(), "Workshop", &bank, 0);
    // Question 1: two votes for complex, one for simple; the group settles on complex.
    for answer in ["complex", "complex", "simple"] {
        add_vote(&mut a, &bank, "1", &Answer::parse(answer), 1);
    }
    a.set_answer("1", Some(Answer::parse("complex")), 2);
    // Question 2: one "don't know" vote, which the group's answer follows.
    add_vote(&mut a, &bank, "2", &Answer::DontKnow, 3);
    let text = assessment_csv(&bank, &a, &Whose::Yours);
    let lines: Vec<&str> = text.split_terminator("\r\n").collect();
    assert_eq!(
        parse_csv(&text)[0].join(","),
        "domain,domain_level,domain_answers,judgement_reason,code,question,answer,note,votes_simple,votes_complicated,votes_complex,votes_dont_know"
    );
    assert!(lines[1].ends_with(",\"Complex\",,1,0,2,0"), "{}", lines[1]);
    assert!(
        lines[2].ends_with(",\"I don't know\",,0,0,0,1"),
        "{}",
        lines[2]
    );
    // Not voted on: the vote cells are empty, not zero.
    assert!(lines[3].ends_with(",,,,,,"), "{}", lines[3]);
    assert!(parse_csv(&text).iter().all(|r| r.len() == 12));
}
