//! Link format 2's compact layout (`core::link_codec`): it loses nothing (every assessment,
//! and every JSON field it has, known or not, comes back exactly as an export file holds
//! it), it refuses what it did not make without panicking, and its links meet the lengths
//! the issue set. Lengths are measured with `miniz_oxide`'s raw deflate at level 6, the
//! default level and the same format as the browser's `CompressionStream("deflate-raw")`;
//! the browser test checks the two targets again with Chromium's own.

use nasss_navigator::core::assessment::{Answer, Assessment, Review, Verdict};
use nasss_navigator::core::author::Author;
use nasss_navigator::core::bank::Bank;
use nasss_navigator::core::file_format::{export_compact, import};
use nasss_navigator::core::link_codec::{decode, encode, encode_json, layout, CodecError};
use nasss_navigator::core::share_link::{link, pack_v1};
use nasss_navigator::core::shipped::shipped_banks;
use serde_json::{json, Value};

const BASE: &str = "http://127.0.0.1:8080/";
const T0: u64 = 1_764_000_000_000;

/// What an export file of `list` holds, as JSON, with the export time set aside (a link
/// carries assessments, not when a file was written).
fn file_json(list: &[Assessment]) -> Value {
    let mut v: Value = serde_json::from_str(&export_compact(list, 0)).unwrap();
    v["exported_at"] = 0.into();
    v
}

fn round_trip(list: &[Assessment], banks: &[Bank]) {
    let data = encode(list, banks);
    let file = decode(&data, banks).unwrap();
    let back: Value = serde_json::from_slice(&file).unwrap();
    assert_eq!(back, file_json(list));
    // And through the import, as the app reads it: the same as importing the file.
    assert_eq!(
        import(&file, banks),
        import(export_compact(list, 0).as_bytes(), banks)
    );
}

fn deflate(b: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(b, 6)
}

fn v1_url(list: &[Assessment]) -> String {
    let json = export_compact(list, T0 + 9_000_000);
    format!(
        "{BASE}#/open/{}",
        pack_v1(&deflate(json.as_bytes()), json.len())
    )
}

fn v2_url(list: &[Assessment], banks: &[Bank]) -> String {
    link(BASE, &deflate(&encode(list, banks))).unwrap()
}

fn priya() -> Option<Author> {
    Some(Author::new(String::new(), "Priya Shah", "Northside Health"))
}

const NOTES: [&str; 7] = [
    "Most patients on the ward have two or more long-term conditions, so readings are hard to interpret.",
    "The wearable patch needs a phone nearby; about a third of our older patients do not have a smartphone.",
    "Clinicians gain an early warning, but the trust pays per patient per day and savings are not proven yet.",
    "Nurses would review alerts at the hub twice a day; that changes the rota and needs agreement from staff.",
    "The board supports it, though the digital team is stretched by the new patient record going live in May.",
    "Data sharing with the GP practices needs a new agreement, and the supplier hosts data outside the UK.",
    "Funding ends in March 2027 and nobody has said yet who would pay for the service after the pilot year.",
];

/// A quick check with seven different notes of about 100 characters, answered over a few
/// minutes as a person would (times to the millisecond).
fn quick_with_notes(banks: &[Bank]) -> Assessment {
    let mut a = Assessment::new("mi4x7k2a9qz".into(), "Virtual ward", &banks[0], T0);
    a.author = priya();
    let levels = [
        "complex",
        "complicated",
        "complex",
        "simple",
        "complicated",
        "dont_know",
        "complex",
    ];
    let mut t = T0;
    for (i, q) in banks[0].questions().iter().enumerate() {
        t += 20_417 + 7_919 * i as u64;
        a.set_answer(&q.code, Some(Answer::parse(levels[i])), t);
        t += 45_103 + 1_237 * i as u64;
        a.set_note(&q.code, NOTES[i], t);
    }
    a
}

/// Every question of the full set answered, no notes, 9 to 49 seconds apart.
fn full_without_notes(banks: &[Bank]) -> Assessment {
    let mut a = Assessment::new(
        "mi4x7k2a9qz".into(),
        "Remote heart monitoring",
        &banks[1],
        T0,
    );
    a.author = priya();
    let levels = ["simple", "complicated", "complex", "dont_know"];
    let mut t = T0;
    for (i, q) in banks[1].questions().iter().enumerate() {
        t += 9_013 + (i as u64 * 7_919) % 40_000;
        a.set_answer(&q.code, Some(Answer::parse(levels[(i * 7 + i / 3) % 4])), t);
    }
    a
}

/// The quick check with a judgement with its reason, and two actions: the 1,094.
fn quick_with_plan(banks: &[Bank]) -> Assessment {
    let mut a = quick_with_notes(banks);
    let t = a.updated_at;
    a.set_judgement(
        1,
        Some((
            "complicated",
            "The ward team already handles several conditions.",
        )),
        t + 60_411,
    );
    a.add_action(
        "1",
        "Map the pathway with the ward team",
        "Sam Okafor",
        "2027-01-31",
        t + 90_877,
    );
    a.add_action(
        "3",
        "Ask finance for the cost per patient day",
        "Priya",
        "2027-02-14",
        t + 130_021,
    );
    a
}

/// The full set answered, with a review of four domains: what comes back from a reviewer.
fn full_with_review(banks: &[Bank]) -> Assessment {
    let mut a = full_without_notes(banks);
    let mut review = Review {
        id: "r7k2m9q1xw".into(),
        reviewer: Author::new(String::new(), "Sam Okafor", "Eastgate Trust"),
        // The reviewing device's signature: 64 hexadecimal digits.
        proof: Some("3b1f0c9e8d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c".into()),
        updated_at: a.updated_at + 3_600_000,
        ..Review::default()
    };
    for d in 1..=4 {
        review.verdicts.insert(
            d,
            Verdict {
                agrees: d % 2 == 1,
                why: if d % 2 == 1 {
                    String::new()
                } else {
                    "The rota change is bigger than it looks.".into()
                },
                level: (d % 2 == 0).then(|| "complex".into()),
            },
        );
    }
    a.reviews.push(review);
    a
}

/// One of everything the model holds: rounds, votes, carried-over answers, reflections,
/// a review, an import time, an answer to a question twice over in a round.
fn everything(banks: &[Bank]) -> Assessment {
    let mut a = full_with_review(banks);
    a.set_note("2A", "Ünïcödé, \"quotes\", \\ and a line\nbreak 🙂", T0 + 5);
    a.reflect(2, T0 + 7, |r| {
        r.uncertain = "Who pays".into();
        r.depends_on.insert(3, "the value case".into());
    });
    let mut round = nasss_navigator::core::assessment::Round {
        closed_at: T0 - 86_400_000,
        comment: "First round".into(),
        responses: a.responses.clone(),
        judgements: a.judgements.clone(),
    };
    round
        .responses
        .get_mut("1A")
        .unwrap()
        .tally
        .insert("complex".into(), 4);
    a.rounds.push(round);
    a.rounds.push(nasss_navigator::core::assessment::Round {
        closed_at: T0 - 1,
        comment: String::new(),
        responses: Default::default(),
        judgements: Default::default(),
    });
    a.responses.get_mut("3A").unwrap().carried_over = true;
    a.responses
        .get_mut("3B")
        .unwrap()
        .tally
        .insert("simple".into(), 2);
    a.imported_at = Some(T0 + 99);
    a.next_check_in = Some("2027-03-01".into());
    a
}

#[test]
fn assessments_come_back_exactly_as_an_export_file_holds_them() {
    let banks = shipped_banks();
    let mut untitled = quick_with_notes(&banks);
    untitled.title = String::new();
    untitled.author = None;
    let mut emptied = Assessment::new("e1".into(), "Emptied", &banks[0], T0);
    emptied.set_answer("1", Some(Answer::parse("simple")), T0 + 1);
    emptied.set_answer("1", None, T0 + 2);
    emptied.set_note("2", "", T0 - 5_000); // earlier than the start
    for list in [
        vec![quick_with_notes(&banks)],
        vec![full_without_notes(&banks)],
        vec![quick_with_plan(&banks)],
        vec![full_with_review(&banks)],
        vec![everything(&banks)],
        vec![untitled, emptied],
        vec![
            quick_with_notes(&banks),
            everything(&banks),
            full_without_notes(&banks),
        ],
    ] {
        round_trip(&list, &banks);
    }
}

#[test]
fn fields_this_version_does_not_know_travel_in_the_remainder() {
    // Another version adds fields (a proof of who made it, several reviews): they come back
    // exactly, with no change to the layout.
    let banks = shipped_banks();
    let Value::Object(mut map) = serde_json::to_value(everything(&banks)).unwrap() else {
        unreachable!()
    };
    map.insert(
        "proof".into(),
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08".into(),
    );
    map.insert(
        "reviews".into(),
        json!([{ "id": "r1", "reviewer": { "name": "Sam Okafor" }, "updated_at": T0 + 400, "verdicts": { "1": { "agrees": true } } }]),
    );
    map["responses"]["1A"]["seen_at"] = (T0 + 3).into();
    map["responses"]["1B"]["who"] = "facilitator".into();
    map["author"]["role"] = "innovator".into();
    let data = encode_json(vec![map.clone()], &banks);
    let back: Value = serde_json::from_slice(&decode(&data, &banks).unwrap()).unwrap();
    assert_eq!(back["assessments"][0], Value::Object(map));
}

/// A change to an assessment's JSON.
type Change = Box<dyn Fn(&mut Value)>;

#[test]
fn a_signature_costs_its_32_bytes_not_its_64_hex_digits() {
    // A proof of who made an assessment (or a review) is 64 hexadecimal digits in the JSON.
    let banks = shipped_banks();
    let Value::Object(plain) = serde_json::to_value(full_without_notes(&banks)).unwrap() else {
        unreachable!()
    };
    let mut signed = plain.clone();
    let proof = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    signed.insert("proof".into(), proof.into());
    let (a, b) = (
        encode_json(vec![plain], &banks),
        encode_json(vec![signed.clone()], &banks),
    );
    // 32 bytes, its count, and its mark and key in the JSON ({"proof":"\u0000"}).
    assert!(
        b.len() - a.len() <= 32 + 1 + 20,
        "{} more bytes",
        b.len() - a.len()
    );
    let back: Value = serde_json::from_slice(&decode(&b, &banks).unwrap()).unwrap();
    assert_eq!(back["assessments"][0], Value::Object(signed.clone()));
    // Upper-case hex, or a text that is already the mark, is left as it is, and comes back.
    for (proof, other) in [(proof.to_uppercase(), ""), (proof.to_string(), "\u{0}")] {
        let mut odd = signed.clone();
        odd.insert("proof".into(), proof.into());
        odd.insert("note".into(), other.into());
        let data = encode_json(vec![odd.clone()], &banks);
        let back: Value = serde_json::from_slice(&decode(&data, &banks).unwrap()).unwrap();
        assert_eq!(back["assessments"][0], Value::Object(odd));
    }
}

#[test]
fn odd_json_that_does_not_fit_the_layout_still_comes_back() {
    // Only a hand-made file has these, but nothing is lost even then: an answer off the
    // scale, a question not in the set, a time that is not a whole number, a note that is
    // not text, times far apart, and `…_at` fields that are not numbers.
    let banks = shipped_banks();
    let base = serde_json::to_value(quick_with_notes(&banks)).unwrap();
    let variants: Vec<Change> = vec![
        Box::new(|v| v["responses"]["1"]["answer"] = "very_complex".into()),
        Box::new(|v| v["responses"]["9Z"] = json!({ "answer": "simple", "updated_at": 5 })),
        Box::new(|v| v["responses"]["2"]["updated_at"] = json!(1.5)),
        Box::new(|v| v["responses"]["3"]["note"] = json!(["a", "list"])),
        Box::new(|v| v["responses"]["4"]["updated_at"] = json!(u64::MAX)),
        Box::new(|v| v["created_at"] = json!(u64::MAX)),
        Box::new(|v| v["updated_at"] = json!(-3)),
        Box::new(|v| v["imported_at"] = json!("yesterday")),
        Box::new(|v| v["judged_at"] = json!(-1)),
        Box::new(|v| v["bank"] = json!({ "id": "quick", "version": "one" })),
        Box::new(|v| v["bank"] = json!("quick")),
        Box::new(|v| v["responses"] = json!([])),
        Box::new(|v| {
            v["rounds"] =
                json!([{ "closed_at": 1, "responses": { "1": 7 } }, "x", { "responses": {} }])
        }),
        Box::new(|v| v["author"] = json!({ "name": 4, "organisation": "" })),
        Box::new(|v| {
            let m = v.as_object_mut().unwrap();
            m.remove("id");
            m.remove("title");
            m.remove("created_at");
        }),
    ];
    for (i, change) in variants.iter().enumerate() {
        let mut v = base.clone();
        change(&mut v);
        let Value::Object(map) = v.clone() else {
            unreachable!()
        };
        let data = encode_json(vec![map], &banks);
        let back: Value = serde_json::from_slice(&decode(&data, &banks).unwrap()).unwrap();
        assert_eq!(back["assessments"][0], v, "variant {i}");
    }
}

#[test]
fn a_link_is_read_only_against_the_questions_it_was_made_with() {
    // Answers are positions on the question set: a set with other questions or levels in
    // another order must not be read as if it were the same.
    let banks = shipped_banks();
    let data = encode(&[quick_with_notes(&banks)], &banks);
    let mut changed = banks.clone();
    changed[0].set.questions.swap(0, 1);
    let refused = decode(&data, &changed).unwrap_err();
    assert_eq!(
        refused,
        CodecError::OtherLayout {
            title: "Virtual ward".into(),
            bank: banks[0].set.title.clone()
        }
    );
    // The shipped sets' layouts. If a question set changes its questions or levels, this
    // fails: links made before the change would then be refused, so keep the old layout's
    // order (add questions at the end) or give the set a new id.
    assert_eq!((layout(&banks[0]), layout(&banks[1])), (0x031c, 0xc1e6));
}

// ---------------------------------------------------------------------------------------
// Fuzz, from fixed seeds.

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn time(&mut self) -> u64 {
        match self.below(6) {
            0 => 0,
            1 => u64::MAX - self.below(3) as u64,
            2 => self.next(),
            _ => T0 + self.below(1 << 30) as u64 - (1 << 29),
        }
    }
    fn text(&mut self) -> String {
        let pool = [
            "",
            "a",
            "Ünïcödé",
            "🙂",
            "\"",
            "\\",
            "\n",
            "note ",
            "%41",
            "\u{1}",
        ];
        (0..self.below(6))
            .map(|_| pool[self.below(pool.len())])
            .collect()
    }
}

fn random_assessment(rng: &mut XorShift, banks: &[Bank]) -> Assessment {
    let bank = &banks[rng.below(banks.len())];
    let mut a = Assessment::new(
        format!("id{}", rng.below(1000)),
        &rng.text(),
        bank,
        rng.time(),
    );
    a.updated_at = rng.time();
    let answers = ["simple", "complicated", "complex", "dont_know", "odd"];
    let mut codes: Vec<String> = bank.questions().iter().map(|q| q.code.clone()).collect();
    codes.push("ZZ".into());
    for _ in 0..rng.below(30) {
        let code = codes[rng.below(codes.len())].clone();
        let answer = (rng.below(5) > 0).then(|| Answer::parse(answers[rng.below(5)]));
        let r = a.responses.entry(code).or_default();
        r.answer = answer;
        r.note = rng.text();
        r.updated_at = rng.time();
        r.carried_over = rng.below(5) == 0;
        if rng.below(6) == 0 {
            r.tally
                .insert(answers[rng.below(5)].into(), rng.below(9) as u32);
        }
    }
    for _ in 0..rng.below(3) {
        a.rounds.push(nasss_navigator::core::assessment::Round {
            closed_at: rng.time(),
            comment: rng.text(),
            responses: a.responses.clone(),
            judgements: Default::default(),
        });
    }
    if rng.below(2) == 0 {
        a.set_judgement(
            1 + rng.below(7) as u32,
            Some(("complex", &rng.text())),
            rng.time(),
        );
    }
    if rng.below(3) == 0 {
        a.author = Some(Author::new(rng.text(), &rng.text(), &rng.text()));
    }
    if rng.below(3) == 0 {
        a.imported_at = Some(rng.time());
    }
    a
}

#[test]
fn fuzz_random_assessments_all_come_back_exactly() {
    let banks = shipped_banks();
    let mut rng = XorShift(0x2545_F491_4F6C_DD1D);
    for _ in 0..1_500 {
        let list: Vec<Assessment> = (0..1 + rng.below(3))
            .map(|_| random_assessment(&mut rng, &banks))
            .collect();
        let data = encode(&list, &banks);
        let back: Value = serde_json::from_slice(&decode(&data, &banks).unwrap()).unwrap();
        assert_eq!(back, file_json(&list));
    }
}

#[test]
fn fuzz_hostile_data_is_refused_or_read_never_a_panic() {
    let banks = shipped_banks();
    let good = encode(&[everything(&banks), quick_with_plan(&banks)], &banks);
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let (mut read, mut refused) = (0, 0);
    for round in 0..20_000 {
        let mut d = good.clone();
        match round % 5 {
            0 => d.truncate(rng.below(d.len())),
            1 => {
                let i = rng.below(d.len());
                d[i] ^= 1 << rng.below(8);
            }
            2 => {
                let i = rng.below(d.len());
                d.insert(i, rng.next() as u8);
            }
            3 => {
                let i = rng.below(d.len());
                d.remove(i);
            }
            _ => d = (0..rng.below(300)).map(|_| rng.next() as u8).collect(),
        }
        match decode(&d, &banks) {
            // Whatever it decodes to is an export file for the import to check.
            Ok(file) => {
                let _ = import(&file, &banks);
                read += 1;
            }
            Err(_) => refused += 1,
        }
    }
    assert!(
        refused > 10_000 && read > 0,
        "{refused} refused, {read} read"
    );
}

// ---------------------------------------------------------------------------------------
// Lengths: the targets, and the README's table.

#[test]
fn links_meet_the_length_targets() {
    let banks = shipped_banks();
    // "A quick check with seven different notes of about 100 characters fits in 800."
    let quick = quick_with_notes(&banks);
    assert!(NOTES
        .iter()
        .all(|n| (98..=106).contains(&n.chars().count())));
    let url = v2_url(&[quick], &banks);
    assert!(url.len() <= 800, "{} characters", url.len());
    // "A full assessment without notes fits in 300."
    let url = v2_url(&[full_without_notes(&banks)], &banks);
    assert!(url.len() <= 300, "{} characters", url.len());
}

#[test]
fn print_the_readme_table_of_link_lengths() {
    // `cargo test --test link_codec print_the_readme -- --nocapture` prints the table.
    let banks = shipped_banks();
    let cases = [
        ("Quick check, answers only", {
            let mut a = quick_with_notes(&banks);
            a.responses.values_mut().for_each(|r| r.note.clear());
            a
        }),
        (
            "Quick check, seven notes of about 100 characters",
            quick_with_notes(&banks),
        ),
        (
            "The same with a judgement and two actions",
            quick_with_plan(&banks),
        ),
        ("Full assessment, answers only", full_without_notes(&banks)),
        (
            "Full assessment with a review of four domains",
            full_with_review(&banks),
        ),
    ];
    println!("| What the link holds | v1 | v2 |\n|---|---:|---:|");
    for (name, a) in cases {
        let (v1, v2) = (
            v1_url(std::slice::from_ref(&a)).len(),
            v2_url(&[a], &banks).len(),
        );
        assert!(v2 < v1);
        println!("| {name} | {v1} | {v2} |");
    }
    // With a proof of who made it (64 hex digits, once assessments carry one).
    let Value::Object(mut map) = serde_json::to_value(full_without_notes(&banks)).unwrap() else {
        unreachable!()
    };
    map.insert(
        "proof".into(),
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08".into(),
    );
    let file = json!({ "format": "nasss-navigator", "schema_version": 2, "exported_at": T0 + 9_000_000, "assessments": [map.clone()] });
    let json = serde_json::to_string(&file).unwrap();
    let v1 = format!(
        "{BASE}#/open/{}",
        pack_v1(&deflate(json.as_bytes()), json.len())
    )
    .len();
    let v2 = link(BASE, &deflate(&encode_json(vec![map], &banks)))
        .unwrap()
        .len();
    println!("| Full assessment, answers only, with a proof of who made it | {v1} | {v2} |");
}

#[test]
fn data_that_is_not_of_this_layout_is_refused_with_what_is_wrong() {
    let banks = shipped_banks();
    let good = encode(&[quick_with_notes(&banks)], &banks);
    let mut longer = good.clone();
    longer.push(0);
    assert!(matches!(
        decode(&longer, &banks),
        Err(CodecError::Malformed(_))
    ));
    assert!(matches!(
        decode(&good[..good.len() - 1], &banks),
        Err(CodecError::Malformed(_))
    ));
    // A newer schema is said to be newer.
    let mut newer = good.clone();
    newer[0] += 1;
    assert_eq!(
        decode(&newer, &banks),
        Err(CodecError::Newer(u32::from(newer[0])))
    );
    // Each number has one form: 1 written as two bytes is refused.
    let mut overlong = vec![0x81, 0x00];
    overlong.extend_from_slice(&good[1..]);
    assert!(matches!(
        decode(&overlong, &banks),
        Err(CodecError::Malformed(_))
    ));
}
