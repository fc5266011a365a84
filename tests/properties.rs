//! Property tests with a small seeded generator of our own (no extra crate): every run
//! checks the same cases, and a failure prints the seed that reproduces it.

use nasss_navigator::core::assessment::{
    Action, ActionStatus, Answer, Assessment, BankRef, Judgement, Reflection, Response, Review,
    Round, Verdict,
};
use nasss_navigator::core::author::Author;
use nasss_navigator::core::bank::Bank;
use nasss_navigator::core::file_format::{export, import};
use nasss_navigator::core::shipped::shipped_banks;
use std::collections::BTreeMap;

/// xorshift64*: tiny, fast and good enough to explore inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn text(&mut self) -> String {
        const PIECES: [&str; 14] = [
            "a",
            "Zed",
            " ",
            "\n",
            "\"",
            "\\",
            ",",
            "=SUM(A1)",
            "<script>alert(1)</script>",
            "é",
            "🙂",
            "\u{0}",
            "\t",
            "'",
        ];
        (0..self.below(6))
            .map(|_| PIECES[self.below(PIECES.len() as u64) as usize])
            .collect()
    }
}

fn answer(rng: &mut Rng, bank: &Bank) -> Option<Answer> {
    match rng.below(5) {
        0 => None,
        1 => Some(Answer::DontKnow),
        _ => Some(Answer::Level(
            bank.levels()[rng.below(3) as usize].id.clone(),
        )),
    }
}

fn responses(rng: &mut Rng, bank: &Bank) -> BTreeMap<String, Response> {
    let mut map = BTreeMap::new();
    for q in bank.questions() {
        if rng.chance(60) {
            let mut tally = BTreeMap::new();
            if rng.chance(20) {
                tally.insert("simple".to_string(), rng.below(9) as u32);
                tally.insert("dont_know".to_string(), rng.below(3) as u32);
            }
            map.insert(
                q.code.clone(),
                Response {
                    answer: answer(rng, bank),
                    note: if rng.chance(30) {
                        rng.text()
                    } else {
                        String::new()
                    },
                    updated_at: rng.below(2_000_000_000_000),
                    carried_over: rng.chance(20),
                    tally,
                },
            );
        }
    }
    map
}

fn random_assessment(rng: &mut Rng, banks: &[Bank]) -> Assessment {
    let bank = &banks[rng.below(banks.len() as u64) as usize];
    let code = |rng: &mut Rng| {
        bank.questions()[rng.below(bank.questions().len() as u64) as usize]
            .code
            .clone()
    };
    let actions = (0..rng.below(4))
        .map(|i| Action {
            id: i as u32 + 1,
            code: code(rng),
            what: rng.text(),
            who: rng.text(),
            due: if rng.chance(50) {
                "2027-03-01".into()
            } else {
                String::new()
            },
            status: ActionStatus::ALL[rng.below(3) as usize],
        })
        .collect();
    let rounds = (0..rng.below(3))
        .map(|_| Round {
            closed_at: rng.below(2_000_000_000_000),
            comment: rng.text(),
            responses: responses(rng, bank),
            judgements: judgements(rng, bank),
        })
        .collect();
    let review = rng.chance(30).then(|| Review {
        reviewer: rng.text(),
        question_comments: [(code(rng), rng.text())].into_iter().collect(),
        domain_comments: [(1 + rng.below(7) as u32, rng.text())]
            .into_iter()
            .collect(),
        verdicts: [(
            1 + rng.below(7) as u32,
            Verdict {
                agrees: rng.chance(50),
                why: rng.text(),
                level: None,
            },
        )]
        .into_iter()
        .collect(),
    });
    Assessment {
        id: format!("id{}", rng.next()),
        title: rng.text(),
        created_at: rng.below(2_000_000_000_000),
        updated_at: rng.below(2_000_000_000_000),
        bank: BankRef {
            id: bank.id().to_string(),
            version: bank.set.version,
        },
        responses: responses(rng, bank),
        actions,
        rounds,
        next_check_in: rng.chance(50).then(|| "2027-02-25".to_string()),
        review,
        judgements: judgements(rng, bank),
        reflections: (0..rng.below(3))
            .map(|_| {
                let from = 1 + rng.below(7) as u32;
                let to = 1 + (from + rng.below(6) as u32) % 7;
                let reflection = Reflection {
                    uncertain: rng.text(),
                    depends_on: [(to, rng.text())].into_iter().collect(),
                    updated_at: rng.below(2_000_000_000_000),
                };
                (from, reflection)
            })
            .collect(),
        author: rng
            .chance(50)
            .then(|| Author::new(format!("dev{}", rng.next()), &rng.text(), &rng.text())),
        imported_at: rng.chance(30).then(|| rng.below(2_000_000_000_000)),
    }
}

/// Zero to two domains judged, a cleared judgement (empty level) among the choices.
fn judgements(rng: &mut Rng, bank: &Bank) -> BTreeMap<u32, Judgement> {
    (0..rng.below(3))
        .map(|_| {
            let levels = bank.levels();
            let level = if rng.chance(20) {
                String::new()
            } else {
                levels[rng.below(levels.len() as u64) as usize].id.clone()
            };
            let judgement = Judgement {
                level,
                reason: rng.text(),
                updated_at: rng.below(2_000_000_000_000),
            };
            (1 + rng.below(7) as u32, judgement)
        })
        .collect()
}

#[test]
fn export_then_import_is_the_identity_for_random_assessments() {
    let banks = shipped_banks();
    for seed in 1..=500u64 {
        let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        let assessments: Vec<Assessment> = (0..1 + rng.below(3))
            .map(|_| random_assessment(&mut rng, &banks))
            .collect();
        let text = export(&assessments, seed);
        let back = import(text.as_bytes(), &banks).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
        assert_eq!(back, assessments, "seed {seed}");
    }
}

fn cases() -> u64 {
    std::env::var("NASSS_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000)
}

#[test]
fn import_of_arbitrary_bytes_never_panics_and_always_says_what_is_wrong() {
    let banks = shipped_banks();
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let seeds: Vec<Vec<u8>> = (0..20)
        .map(|_| export(&[random_assessment(&mut rng, &banks)], 7).into_bytes())
        .collect();
    let (mut accepted, mut rejected) = (0u64, 0u64);
    for case in 0..cases() {
        let bytes: Vec<u8> = match rng.below(4) {
            // Pure noise.
            0 => (0..rng.below(200)).map(|_| rng.next() as u8).collect(),
            // A valid file with bytes flipped.
            1 => {
                let mut b = seeds[rng.below(20) as usize].clone();
                for _ in 0..1 + rng.below(4) {
                    let i = rng.below(b.len() as u64) as usize;
                    b[i] = rng.next() as u8;
                }
                b
            }
            // A valid file cut short.
            2 => {
                let b = &seeds[rng.below(20) as usize];
                b[..rng.below(b.len() as u64) as usize].to_vec()
            }
            // A valid file with a JSON fragment spliced in.
            _ => {
                const FRAGMENTS: [&str; 8] = [
                    "null",
                    "[]",
                    "{}",
                    "\"x\"",
                    "-1",
                    "1e999",
                    "\"schema_version\": 3,",
                    "\"answer\": \"chaotic\"",
                ];
                let mut b = seeds[rng.below(20) as usize].clone();
                let i = rng.below(b.len() as u64) as usize;
                let fragment = FRAGMENTS[rng.below(8) as usize].as_bytes();
                b.splice(i..i, fragment.iter().copied());
                b
            }
        };
        match import(&bytes, &banks) {
            Ok(found) => {
                accepted += 1;
                // Whatever is accepted is fully valid against its bank.
                for a in &found {
                    let bank = banks
                        .iter()
                        .find(|b| b.id() == a.bank.id)
                        .expect("known bank");
                    for code in a.responses.keys() {
                        assert!(
                            bank.question(code).is_some(),
                            "case {case}: accepted unknown code {code}"
                        );
                    }
                }
            }
            Err(e) => {
                rejected += 1;
                assert!(
                    !e.to_string().is_empty(),
                    "case {case}: an error with no message"
                );
            }
        }
    }
    assert_eq!(accepted + rejected, cases());
    assert!(
        rejected > accepted,
        "mostly broken input should mostly be refused"
    );
}
