//! Scoring against worked examples computed by hand (see the comments beside each case).
//! The rule: a domain is as complex as its most complex aspect; "I don't know" is never a
//! level; a domain with no level answers is not yet rated; a judgement stands in for it.

use nasss_navigator::core::assessment::{Answer, Assessment};
use nasss_navigator::core::bank::Bank;
use nasss_navigator::core::scoring::{profile, score_domain, summary};
use nasss_navigator::core::shipped::shipped_banks;

fn full() -> Bank {
    shipped_banks().remove(1)
}

fn answer(a: &mut Assessment, code: &str, level: &str) {
    a.set_answer(code, Some(Answer::parse(level)), 1);
}

const SIMPLE: usize = 0;
const COMPLICATED: usize = 1;
const COMPLEX: usize = 2;

/// The worked example used in the README and the browser walkthrough.
fn worked_example(bank: &Bank) -> Assessment {
    let mut a = Assessment::new("w".into(), "Worked example", bank, 0);
    // Domain 1: simple, complex -> complex (its most complex aspect).
    answer(&mut a, "1A", "simple");
    answer(&mut a, "1B", "complex");
    // Domain 2: complicated, complicated, complex, complex -> complex.
    answer(&mut a, "2A", "complicated");
    answer(&mut a, "2B", "complicated");
    answer(&mut a, "2C", "complex");
    answer(&mut a, "2D", "complex");
    // Domain 3: two "don't know" answers -> not yet known, 2 don't know.
    answer(&mut a, "3A", "dont_know");
    answer(&mut a, "3B", "dont_know");
    // Domain 4: simple, complicated, simple -> complicated.
    answer(&mut a, "4A", "simple");
    answer(&mut a, "4B", "complicated");
    answer(&mut a, "4C", "simple");
    // Domain 5: complicated, simple, don't know, two unanswered -> complicated.
    answer(&mut a, "5A", "complicated");
    answer(&mut a, "5B", "simple");
    answer(&mut a, "5D", "dont_know");
    // Domain 6: nothing answered -> not yet rated.
    // Domain 7: complex, complex -> complex.
    answer(&mut a, "7A", "complex");
    answer(&mut a, "7B", "complex");
    a
}

#[test]
fn worked_example_domain_by_domain() {
    let bank = full();
    let a = worked_example(&bank);
    let p = profile(&bank, &a);
    let levels: Vec<Option<usize>> = p.domains.iter().map(|d| d.level).collect();
    assert_eq!(
        levels,
        [
            Some(COMPLEX),
            Some(COMPLEX),
            None,
            Some(COMPLICATED),
            Some(COMPLICATED),
            None,
            Some(COMPLEX)
        ]
    );
    let suggested: Vec<Option<usize>> = p.domains.iter().map(|d| d.suggested).collect();
    assert_eq!(suggested, levels, "no judgements, so the answers decide");

    let d1 = p.domain(1).unwrap();
    assert_eq!(d1.deciding_codes(), ["1B"]);
    assert_eq!(
        d1.answers,
        [("1A".to_string(), SIMPLE), ("1B".to_string(), COMPLEX)]
    );
    assert_eq!(d1.spread(&bank), "1 of 2 aspects complex, 1 simple");
    assert_eq!(d1.level_text(bank.levels()), "Complex");

    let d2 = p.domain(2).unwrap();
    assert_eq!(d2.level_counts, [0, 2, 2]);
    assert_eq!(d2.rated(), 4);
    assert_eq!(d2.deciding_codes(), ["2C", "2D"]);
    assert_eq!(d2.spread(&bank), "2 of 4 aspects complex, 2 complicated");

    let d3 = p.domain(3).unwrap();
    assert_eq!(d3.level, None);
    assert_eq!(d3.dont_know, ["3A", "3B"]);
    assert_eq!(d3.spread(&bank), "2 of 2 aspects don't know");
    assert_eq!(d3.level_text(bank.levels()), "Not yet known");
    assert!(d3.not_known());

    let d4 = p.domain(4).unwrap();
    assert_eq!(d4.spread(&bank), "1 of 3 aspects complicated, 2 simple");

    let d5 = p.domain(5).unwrap();
    assert_eq!(d5.dont_know, ["5D"]);
    assert_eq!(d5.unanswered, ["5C", "5E"]);
    assert_eq!(d5.question_count(), 5);
    assert_eq!(
        d5.spread(&bank),
        "1 of 5 aspects complicated, 1 simple, 1 don't know, 2 not answered"
    );

    let d6 = p.domain(6).unwrap();
    assert_eq!(d6.level, None);
    assert_eq!(d6.spread(&bank), "5 of 5 aspects not answered");
    assert_eq!(d6.level_text(bank.levels()), "Not yet rated");
    assert!(!d6.not_known());
    assert!(d6.deciding_codes().is_empty());
}

#[test]
fn worked_example_profile() {
    let bank = full();
    let p = profile(&bank, &worked_example(&bank));
    assert_eq!(p.level_counts, [0, 2, 3]);
    assert_eq!((p.not_rated, p.not_known), (1, 1));
    assert_eq!(p.dont_know, 3);
    assert_eq!(p.answered, 16);
    assert_eq!(p.questions, 23);
    assert_eq!(
        p.headline(bank.levels()),
        "Complex in 3 of 7 domains, complicated in 2, simple in 0, not yet known 1, not yet rated 1"
    );
}

#[test]
fn a_domain_is_as_complex_as_its_most_complex_answer() {
    let bank = full();
    // (answers for domain 5, expected level) worked by hand: the highest level given wins,
    // however many lower answers sit beside it; "don't know" never counts.
    let cases: [(&[&str], Option<usize>); 9] = [
        (&["simple"], Some(SIMPLE)),
        (
            &["simple", "simple", "simple", "simple", "simple"],
            Some(SIMPLE),
        ),
        (&["simple", "simple", "complicated"], Some(COMPLICATED)),
        (&["simple", "complex"], Some(COMPLEX)),
        (
            &["complex", "simple", "simple", "simple", "simple"],
            Some(COMPLEX),
        ),
        (&["complicated", "dont_know"], Some(COMPLICATED)),
        (&["dont_know", "simple"], Some(SIMPLE)),
        (&["dont_know", "dont_know"], None),
        (&[], None),
    ];
    let codes = ["5A", "5B", "5C", "5D", "5E"];
    for (answers, expected) in cases {
        let mut a = Assessment::new("t".into(), "t", &bank, 0);
        for (code, level) in codes.iter().zip(answers) {
            answer(&mut a, code, level);
        }
        let d = score_domain(&bank, &a, 5);
        assert_eq!(d.level, expected, "{answers:?}");
    }
}

/// One row of the summary table: answers to give, then what the page must say.
struct Case {
    name: &'static str,
    answers: Vec<(&'static str, &'static str)>,
    judgements: Vec<(u32, &'static str)>,
    headline: &'static str,
    attention: Vec<u32>,
    /// A phrase the meaning must hold (it is data, so only its gist is pinned here).
    meaning_says: &'static str,
}

fn every_code(bank: &Bank, level: &'static str) -> Vec<(&'static str, &'static str)> {
    bank.questions()
        .iter()
        .map(|q| -> (&'static str, &'static str) { (q.code.clone().leak(), level) })
        .collect()
}

#[test]
fn headline_meaning_and_attention_never_disagree() {
    let bank = full();
    let mut six_a = vec![("6A", "complex")];
    six_a.extend(["6B", "6C", "6D", "6E"].map(|c| (c, "simple")));
    let cases = [
        Case {
            // The case that started this rule: a mean would have called domain 6 simple
            // while listing it as needing attention.
            name: "6A complex, 6B to 6E simple",
            answers: six_a.clone(),
            judgements: vec![],
            headline:
                "So far: Complex in 1 of 7 domains, complicated in 0, simple in 0, not yet rated 6",
            attention: vec![6],
            meaning_says: "One domain came out complex",
        },
        Case {
            name: "all simple",
            answers: every_code(&bank, "simple"),
            judgements: vec![],
            headline: "Complex in 0 of 7 domains, complicated in 0, simple in 7",
            attention: vec![],
            meaning_says: "None of the rated domains came out complex",
        },
        Case {
            name: "all not yet rated",
            answers: vec![],
            judgements: vec![],
            headline: "No domain has a level yet",
            attention: vec![],
            meaning_says: "No domain has a level yet",
        },
        Case {
            name: "don't know only",
            answers: every_code(&bank, "dont_know"),
            judgements: vec![],
            headline: "No domain has a level yet: not yet known 7",
            attention: vec![],
            meaning_says: "Most of the picture is not known yet",
        },
        Case {
            // 1 complex (1B), 2 complicated (2A), 3 simple, 4 don't know only, 5 complex (5C),
            // 6 complicated (6D), 7 simple.
            name: "a mix across all seven domains",
            answers: vec![
                ("1A", "simple"),
                ("1B", "complex"),
                ("2A", "complicated"),
                ("2B", "simple"),
                ("3A", "simple"),
                ("4A", "dont_know"),
                ("4B", "dont_know"),
                ("5A", "simple"),
                ("5C", "complex"),
                ("5D", "complicated"),
                ("6D", "complicated"),
                ("7A", "simple"),
                ("7B", "simple"),
            ],
            judgements: vec![],
            headline:
                "So far: Complex in 2 of 7 domains, complicated in 2, simple in 2, not yet rated 1",
            attention: vec![1, 5],
            meaning_says: "More than one domain came out complex",
        },
        Case {
            // The person judged domain 6 complicated despite 6A: their judgement is counted.
            name: "a judgement below what the answers suggest",
            answers: six_a,
            judgements: vec![(6, "complicated")],
            headline:
                "So far: Complex in 0 of 7 domains, complicated in 1, simple in 0, not yet rated 6",
            attention: vec![],
            meaning_says: "None of the rated domains came out complex",
        },
        Case {
            // A judgement can rate a domain nobody has answered yet.
            name: "a judgement on an unanswered domain",
            answers: vec![],
            judgements: vec![(3, "complex")],
            headline: "Complex in 1 of 7 domains, complicated in 0, simple in 0, not yet rated 6",
            attention: vec![3],
            meaning_says: "One domain came out complex",
        },
    ];
    for case in cases {
        let mut a = Assessment::new("s".into(), "s", &bank, 0);
        for (code, level) in &case.answers {
            answer(&mut a, code, level);
        }
        for (domain, level) in &case.judgements {
            a.set_judgement(*domain, Some((level, "because")), 2);
        }
        let p = profile(&bank, &a);
        let s = summary(&bank, &p);
        assert_eq!(s.headline, case.headline, "{}", case.name);
        assert_eq!(s.attention, case.attention, "{}", case.name);
        assert!(
            s.meaning.join(" ").contains(case.meaning_says),
            "{}: {:?}",
            case.name,
            s.meaning
        );
        // The headline's complex count is the attention list's length, whatever the case.
        assert!(
            s.headline.starts_with("No domain")
                || s.headline
                    .trim_start_matches("So far: ")
                    .starts_with(&format!("Complex in {} of", s.attention.len())),
            "{}",
            case.name
        );
    }
}

#[test]
fn until_every_question_is_answered_the_headline_says_so_far() {
    let bank = full();
    let mut a = Assessment::new("h".into(), "h", &bank, 0);
    answer(&mut a, "1A", "complex");
    answer(&mut a, "1B", "dont_know");
    let s = summary(&bank, &profile(&bank, &a));
    assert!(
        s.headline.starts_with("So far: Complex in 1 of 7"),
        "{}",
        s.headline
    );
    assert_eq!(s.left, 21);
    assert_eq!(s.next.as_deref(), Some("2A"));
    // Every question answered (don't know counts): the headline stands on its own.
    for q in bank.questions() {
        answer(&mut a, &q.code, "simple");
    }
    let s = summary(&bank, &profile(&bank, &a));
    assert_eq!(
        s.headline,
        "Complex in 0 of 7 domains, complicated in 0, simple in 7"
    );
    assert_eq!((s.left, s.next), (0, None));
}

#[test]
fn a_judgement_is_shown_beside_what_the_answers_suggest() {
    let bank = full();
    let mut a = Assessment::new("j".into(), "j", &bank, 0);
    answer(&mut a, "5C", "complex");
    answer(&mut a, "5A", "simple");
    a.set_judgement(
        5,
        Some((
            "complicated",
            "  The one complex aspect, funding, is already agreed. ",
        )),
        5,
    );
    let d = score_domain(&bank, &a, 5);
    assert_eq!(d.level, Some(COMPLICATED));
    assert_eq!(d.suggested, Some(COMPLEX));
    assert_eq!(
        d.level_text(bank.levels()),
        "Your judgement: complicated (answers suggest complex)"
    );
    assert_eq!(
        d.level_text_by(bank.levels(), "The group's"),
        "The group's judgement: complicated (answers suggest complex)"
    );
    let j = d.judgement.as_ref().unwrap();
    assert_eq!(
        j.reason,
        "The one complex aspect, funding, is already agreed."
    );

    // A judgement where nothing is answered names that too.
    a.set_judgement(6, Some(("simple", "")), 6);
    assert_eq!(
        score_domain(&bank, &a, 6).level_text(bank.levels()),
        "Your judgement: simple (answers suggest not yet rated)"
    );

    // Clearing it brings back what the answers suggest.
    a.set_judgement(5, None, 7);
    let d = score_domain(&bank, &a, 5);
    assert_eq!(d.level, Some(COMPLEX));
    assert_eq!(d.judgement, None);
    assert_eq!(d.level_text(bank.levels()), "Complex");
}

#[test]
fn clearing_an_answer_removes_it_from_the_level() {
    let bank = full();
    let mut a = Assessment::new("c".into(), "", &bank, 0);
    answer(&mut a, "7A", "complex");
    assert_eq!(score_domain(&bank, &a, 7).level, Some(COMPLEX));
    a.set_answer("7A", None, 2);
    assert_eq!(score_domain(&bank, &a, 7).level, None);
    assert_eq!(a.answer("7A"), None);
    assert_eq!(a.answered_count(&bank), 0);
}

/// The four cases of issue 24, on the quick check (one question a domain) and the full
/// assessment: what the headline counts and what "What this means" leads with.
struct UnknownCase {
    name: &'static str,
    quick: bool,
    answers: Vec<(&'static str, &'static str)>,
    headline: &'static str,
    /// The paragraph "What this means" starts with (its first words).
    leads_with: &'static str,
    /// Whether a later paragraph is the note that some domains are not yet known.
    notes_unknowns: bool,
    find_out_first: bool,
}

fn quick() -> Bank {
    shipped_banks().remove(0)
}

#[test]
fn unknown_domains_are_counted_apart_and_lead_the_meaning() {
    let dk = "dont_know";
    let cases = [
        UnknownCase {
            name: "all unknown",
            quick: true,
            answers: ["1", "2", "3", "4", "5", "6", "7"].map(|c| (c, dk)).to_vec(),
            headline: "No domain has a level yet: not yet known 7",
            leads_with: "Most of the picture is not known yet",
            notes_unknowns: false,
            find_out_first: true,
        },
        UnknownCase {
            // The report that started this: six "I don't know" and one simple read as
            // "None of the domains you rated came out complex. That is a good sign".
            name: "mostly unknown",
            quick: true,
            answers: vec![
                ("1", dk),
                ("2", dk),
                ("3", dk),
                ("4", "simple"),
                ("5", dk),
                ("6", dk),
                ("7", dk),
            ],
            headline: "Complex in 0 of 7 domains, complicated in 0, simple in 1, not yet known 6",
            leads_with: "Most of the picture is not known yet",
            notes_unknowns: false,
            find_out_first: true,
        },
        UnknownCase {
            name: "one unknown among complex answers",
            quick: true,
            answers: vec![
                ("1", "complex"),
                ("2", "complex"),
                ("3", dk),
                ("4", "complex"),
                ("5", "complicated"),
                ("6", "complex"),
                ("7", "simple"),
            ],
            headline: "Complex in 4 of 7 domains, complicated in 1, simple in 1, not yet known 1",
            leads_with: "More than one domain came out complex",
            notes_unknowns: true,
            find_out_first: true,
        },
        UnknownCase {
            // Domain 3 has both questions "I don't know": not yet known. Domain 4 has one
            // "I don't know" and two unanswered: not yet rated, as it can still be answered.
            // Domains 5 to 7 have nothing: not yet rated.
            name: "unknown beside unanswered",
            quick: false,
            answers: vec![
                ("1A", "simple"),
                ("1B", "simple"),
                ("2A", "complex"),
                ("3A", dk),
                ("3B", dk),
                ("4A", dk),
            ],
            headline: "So far: Complex in 1 of 7 domains, complicated in 0, simple in 1, not yet known 1, not yet rated 4",
            leads_with: "One domain came out complex",
            notes_unknowns: true,
            find_out_first: true,
        },
    ];
    for case in cases {
        let bank = if case.quick { quick() } else { full() };
        let mut a = Assessment::new("u".into(), "u", &bank, 0);
        for (code, level) in &case.answers {
            answer(&mut a, code, level);
        }
        let p = profile(&bank, &a);
        let s = summary(&bank, &p);
        assert_eq!(s.headline, case.headline, "{}", case.name);
        let first = s.meaning.first().map(String::as_str).unwrap_or_default();
        assert!(
            first.starts_with(case.leads_with),
            "{}: {:?}",
            case.name,
            s.meaning
        );
        let note = &bank.framework.some_unknown_guidance;
        assert_eq!(
            s.meaning[1..].contains(note),
            case.notes_unknowns,
            "{}: {:?}",
            case.name,
            s.meaning
        );
        assert_eq!(s.find_out_first, case.find_out_first, "{}", case.name);
        // Not knowing is never reassurance.
        let all = s.meaning.join(" ");
        for reassurance in ["good sign", "can succeed"] {
            assert!(!all.contains(reassurance), "{}: {all}", case.name);
        }
    }
}

#[test]
fn with_nothing_unknown_the_meaning_is_the_profile_guidance_alone() {
    let bank = quick();
    let mut a = Assessment::new("k".into(), "k", &bank, 0);
    for q in bank.questions() {
        answer(&mut a, &q.code, "simple");
    }
    let s = summary(&bank, &profile(&bank, &a));
    assert_eq!(s.meaning, [bank.framework.profile_guidance_for(0).unwrap()]);
    assert!(!s.find_out_first);
    // One "I don't know" inside a rated domain is a thing to find out, not an unknown domain.
    let full = full();
    let mut b = Assessment::new("k".into(), "k", &full, 0);
    for q in full.questions() {
        answer(&mut b, &q.code, "simple");
    }
    answer(&mut b, "2A", "dont_know");
    let p = profile(&full, &b);
    assert_eq!((p.not_known, p.not_rated), (0, 0));
    let s = summary(&full, &p);
    assert!(s.find_out_first);
    assert_eq!(
        s.headline,
        "Complex in 0 of 7 domains, complicated in 0, simple in 7"
    );
}
