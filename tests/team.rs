//! The team view against a team worked out by hand. Level values: simple 1, complicated 2,
//! complex 3. Standard deviations are population ones: sqrt(sum of squared deviations / n).

use nasss_navigator::core::assessment::{Answer, Assessment};
use nasss_navigator::core::bank::Bank;
use nasss_navigator::core::shipped::shipped_banks;
use nasss_navigator::core::team::{
    most_disputed, team_csv, team_view, DomainTally, QuestionSpread, TeamError,
};

fn quick() -> Bank {
    shipped_banks().remove(0)
}

fn full() -> Bank {
    shipped_banks().remove(1)
}

/// One respondent from a row of answers for the quick bank's questions "1" to "7":
/// "1"/"2"/"3" a level by value, "D" don't know, "-" unanswered.
fn respondent(bank: &Bank, name: &str, answers: [&str; 7]) -> Assessment {
    let mut a = Assessment::new(name.into(), name, bank, 0);
    for (i, given) in answers.iter().enumerate() {
        let answer = match *given {
            "1" => Answer::parse("simple"),
            "2" => Answer::parse("complicated"),
            "3" => Answer::parse("complex"),
            "D" => Answer::DontKnow,
            "-" => continue,
            other => panic!("unknown answer {other}"),
        };
        a.set_answer(&(i + 1).to_string(), Some(answer), 1);
    }
    a
}

/// Read down a column to see one question's answers:
///   Q1: 1,3,1,3,2  Q2: 1,3,D,-,-  Q3: 2,2,2,2,2  Q4: 1,1,1,1,3
///   Q5: 1,2,1,2,-  Q6: 2,3,D,D,D  Q7: 3,D,-,-,-
fn team(bank: &Bank) -> Vec<Assessment> {
    vec![
        respondent(bank, "Asha", ["1", "1", "2", "1", "1", "2", "3"]),
        respondent(bank, "Ben", ["3", "3", "2", "1", "2", "3", "D"]),
        respondent(bank, "Chen", ["1", "D", "2", "1", "1", "D", "-"]),
        respondent(bank, "Dee", ["3", "-", "2", "1", "2", "D", "-"]),
        respondent(bank, "Eli", ["2", "-", "2", "3", "-", "D", "-"]),
    ]
}

fn refs(team: &[Assessment]) -> Vec<&Assessment> {
    team.iter().collect()
}

fn spread_of<'v>(questions: &'v [QuestionSpread], code: &str) -> &'v QuestionSpread {
    questions.iter().find(|q| q.code == code).unwrap()
}

fn close(actual: f64, expected: f64) -> bool {
    (actual - expected).abs() < 1e-12
}

#[test]
fn per_question_counts_spread_and_disagreement() {
    let bank = quick();
    let t = team(&bank);
    let view = team_view(&bank, &refs(&t)).unwrap();
    assert_eq!(view.respondents, 5);
    let codes: Vec<&str> = view.questions.iter().map(|q| q.code.as_str()).collect();
    assert_eq!(codes, ["1", "2", "3", "4", "5", "6", "7"], "bank order");

    // Q1: 1,3,1,3,2 -> mean 10/5 = 2; deviations -1,1,-1,1,0;
    // variance (1+1+1+1+0)/5 = 0.8; sd sqrt(0.8) = 0.894...; spread 3-1 = 2.
    let q1 = spread_of(&view.questions, "1");
    assert_eq!(q1.counts, [2, 1, 2]);
    assert_eq!((q1.dont_know, q1.unanswered, q1.spread), (0, 0, 2));
    assert!(close(q1.disagreement, 0.8f64.sqrt()), "{}", q1.disagreement);
    assert!((q1.disagreement - 0.894).abs() < 0.001);

    // Q2: levels 1,3 only -> mean 2; variance (1+1)/2 = 1; sd 1.0; spread 2.
    // One don't know and two blanks are counted, not scored.
    let q2 = spread_of(&view.questions, "2");
    assert_eq!(q2.counts, [1, 0, 1]);
    assert_eq!((q2.dont_know, q2.unanswered, q2.spread), (1, 2, 2));
    assert!(close(q2.disagreement, 1.0));

    // Q3: everyone says 2 -> variance 0; spread 0.
    let q3 = spread_of(&view.questions, "3");
    assert_eq!(q3.counts, [0, 5, 0]);
    assert_eq!((q3.spread, q3.disagreement), (0, 0.0));

    // Q4: 1,1,1,1,3 -> mean 7/5 = 1.4; deviations -0.4 (x4), 1.6;
    // variance (4 x 0.16 + 2.56)/5 = 3.2/5 = 0.64; sd 0.8; spread 2.
    let q4 = spread_of(&view.questions, "4");
    assert_eq!(q4.spread, 2);
    assert!(close(q4.disagreement, 0.8), "{}", q4.disagreement);

    // Q5: 1,2,1,2 -> mean 1.5; variance (4 x 0.25)/4 = 0.25; sd 0.5; spread 1.
    let q5 = spread_of(&view.questions, "5");
    assert_eq!((q5.spread, q5.unanswered), (1, 1));
    assert!(close(q5.disagreement, 0.5));

    // Q6: 2,3 -> mean 2.5; variance (0.25+0.25)/2 = 0.25; sd 0.5; spread 1; three don't knows.
    let q6 = spread_of(&view.questions, "6");
    assert_eq!((q6.spread, q6.dont_know), (1, 3));
    assert!(close(q6.disagreement, 0.5));

    // Q7: a single level answer cannot disagree with anything.
    let q7 = spread_of(&view.questions, "7");
    assert_eq!(q7.counts, [0, 0, 1]);
    assert_eq!((q7.dont_know, q7.unanswered), (1, 3));
    assert_eq!((q7.spread, q7.disagreement), (0, 0.0));
    // ...but Ben's "I don't know" beside Asha's complex is disagreement all the same.
    assert_eq!(q7.measure().unknown_beside_level, 1);
    assert!(q7.measure().is_disputed());
    // Q3: everyone complicated, nobody unsure: no disagreement of either kind.
    assert!(!spread_of(&view.questions, "3").measure().is_disputed());
}

#[test]
fn most_disputed_first() {
    let bank = quick();
    let t = team(&bank);
    let view = team_view(&bank, &refs(&t)).unwrap();
    let codes = |n: usize| -> Vec<String> {
        most_disputed(&view, n)
            .iter()
            .map(|q| q.code.clone())
            .collect()
    };
    // sd: Q2 1.0 > Q1 0.894 > Q4 0.8 > Q6 0.5 = Q5 0.5 (same spread 1; Q6 has three
    // "I don't know" beside its levels, Q5 none). Q7 (Asha: complex, Ben: I don't know) has
    // no spread of levels but one "I don't know" beside a level, so it is disputed too.
    // Q3 (everyone complicated) is left out.
    assert_eq!(codes(10), ["2", "1", "4", "6", "5", "7"]);
    assert_eq!(codes(3), ["2", "1", "4"]);
    assert!(codes(0).is_empty());
}

/// Eight respondents on the quick bank, to reach a tie in standard deviation between
/// a spread of 1 and a spread of 2 (with five people the spreads never tie).
#[test]
fn ties_break_by_spread_then_bank_order() {
    let bank = quick();
    let answers: [[&str; 7]; 8] = [
        //Q1  Q2   Q3   Q4   Q5   Q6   Q7
        ["1", "1", "1", "1", "2", "-", "-"],
        ["2", "1", "2", "2", "2", "-", "-"],
        ["-", "2", "2", "-", "2", "-", "-"],
        ["-", "2", "2", "-", "2", "-", "-"],
        ["-", "-", "2", "-", "2", "-", "-"],
        ["-", "-", "2", "-", "2", "-", "-"],
        ["-", "-", "2", "-", "2", "-", "-"],
        ["-", "-", "3", "-", "2", "-", "-"],
    ];
    let t: Vec<Assessment> = answers
        .iter()
        .enumerate()
        .map(|(i, row)| respondent(&bank, &format!("P{i}"), *row))
        .collect();
    let view = team_view(&bank, &refs(&t)).unwrap();
    // Q1: 1,2       -> mean 1.5, variance (0.25+0.25)/2 = 0.25, sd 0.5, spread 1.
    // Q2: 1,1,2,2   -> mean 1.5, variance (4 x 0.25)/4 = 0.25, sd 0.5, spread 1.
    // Q3: 1,2x6,3   -> mean 16/8 = 2, variance (1+0+1)/8 = 0.25, sd 0.5, spread 2.
    // Q4: same as Q1. Q5: everyone 2, left out.
    for code in ["1", "2", "3", "4"] {
        assert!(
            close(spread_of(&view.questions, code).disagreement, 0.5),
            "Q{code}"
        );
    }
    let order: Vec<&str> = most_disputed(&view, 10)
        .iter()
        .map(|q| q.code.as_str())
        .collect();
    // All sd 0.5: Q3's wider spread first, then Q1, Q2, Q4 in bank order.
    assert_eq!(order, ["3", "1", "2", "4"]);
}

#[test]
fn equal_deviations_tie_exactly() {
    // Q1: 1,1,1,1,2 -> mean 1.2; variance (4 x 0.04 + 0.64)/5 = 0.16; sd 0.4; spread 1.
    // Q2: 1,2,2,2,2 -> mean 1.8; variance (0.64 + 4 x 0.04)/5 = 0.16; sd 0.4; spread 1.
    // Worked through the floating-point mean, these come out one bit apart (Q2 larger),
    // which would put Q2 first. A tie must stay a tie, so bank order decides: Q1, Q2.
    let bank = quick();
    let rows: [[&str; 7]; 5] = [
        ["1", "1", "-", "-", "-", "-", "-"],
        ["1", "2", "-", "-", "-", "-", "-"],
        ["1", "2", "-", "-", "-", "-", "-"],
        ["1", "2", "-", "-", "-", "-", "-"],
        ["2", "2", "-", "-", "-", "-", "-"],
    ];
    let t: Vec<Assessment> = rows
        .iter()
        .map(|row| respondent(&bank, "p", *row))
        .collect();
    let view = team_view(&bank, &refs(&t)).unwrap();
    let (q1, q2) = (&view.questions[0], &view.questions[1]);
    assert_eq!(q1.disagreement.to_bits(), q2.disagreement.to_bits());
    assert!(close(q1.disagreement, 0.4));
    let order: Vec<&str> = most_disputed(&view, 2)
        .iter()
        .map(|q| q.code.as_str())
        .collect();
    assert_eq!(order, ["1", "2"]);
}

#[test]
fn an_unknown_level_counts_as_unanswered() {
    let bank = quick();
    let mut a = respondent(&bank, "A", ["1", "-", "-", "-", "-", "-", "-"]);
    let mut b = respondent(&bank, "B", ["3", "-", "-", "-", "-", "-", "-"]);
    a.set_answer("2", Some(Answer::Level("chaotic".into())), 1);
    b.set_answer("2", Some(Answer::parse("complex")), 1);
    let view = team_view(&bank, &[&a, &b]).unwrap();
    let q2 = &view.questions[1];
    assert_eq!(q2.counts, [0, 0, 1]);
    assert_eq!(q2.unanswered, 1);
    assert_eq!((q2.spread, q2.disagreement), (0, 0.0));
}

#[test]
fn combined_profile_counts_each_respondents_domain_level() {
    let bank = quick();
    let t = team(&bank);
    let view = team_view(&bank, &refs(&t)).unwrap();
    // In the quick bank each domain has one question, so a respondent's domain level is
    // their answer and "don't know" or a blank leaves the domain not yet rated.
    let expected = [
        (1, [2, 1, 2], 0), // 1,3,1,3,2
        (2, [1, 0, 1], 3), // 1,3,D,-,-
        (3, [0, 5, 0], 0), // 2 x5
        (4, [4, 0, 1], 0), // 1,1,1,1,3
        (5, [2, 2, 0], 1), // 1,2,1,2,-
        (6, [0, 1, 1], 3), // 2,3,D,D,D
        (7, [0, 0, 1], 4), // 3,D,-,-,-
    ];
    let actual: Vec<(u32, Vec<u32>, u32)> = view
        .combined
        .iter()
        .map(|d| (d.domain, d.per_level.clone(), d.not_rated))
        .collect();
    let expected: Vec<(u32, Vec<u32>, u32)> = expected
        .iter()
        .map(|(d, l, n)| (*d, l.to_vec(), *n))
        .collect();
    assert_eq!(actual, expected);
}

#[test]
fn combined_profile_uses_each_respondents_domain_level() {
    let bank = full();
    let mut a = Assessment::new("a".into(), "A", &bank, 0);
    let mut b = Assessment::new("b".into(), "B", &bank, 0);
    let mut c = Assessment::new("c".into(), "C", &bank, 0);
    // A, domain 2: complicated, complicated, complex, complex -> complex.
    for (code, id) in [
        ("2A", "complicated"),
        ("2B", "complicated"),
        ("2C", "complex"),
        ("2D", "complex"),
    ] {
        a.set_answer(code, Some(Answer::parse(id)), 1);
    }
    // B, domain 2: simple, complex -> complex (a mean would have made it complicated).
    b.set_answer("2A", Some(Answer::parse("simple")), 1);
    b.set_answer("2B", Some(Answer::parse("complex")), 1);
    // C, domain 2: the same answers as B, but C judged the domain complicated.
    c.set_answer("2A", Some(Answer::parse("simple")), 1);
    c.set_answer("2B", Some(Answer::parse("complex")), 1);
    c.set_judgement(2, Some(("complicated", "The complex part is in hand")), 2);
    let view = team_view(&bank, &[&a, &b, &c]).unwrap();
    assert_eq!(
        view.combined[1],
        DomainTally {
            domain: 2,
            per_level: vec![0, 1, 2],
            not_rated: 0
        }
    );
    assert_eq!(view.combined[0].not_rated, 3);
    // Per question, 2A has complicated, simple, simple: spread 1, sd sqrt(2/9) = 0.471.
    assert_eq!(view.questions[2].code, "2A");
    assert!(close(view.questions[2].disagreement, (2.0f64 / 9.0).sqrt()));
}

#[test]
fn a_single_respondent_is_a_team_with_no_disagreement() {
    let bank = quick();
    let a = respondent(&bank, "Solo", ["1", "2", "3", "D", "-", "1", "1"]);
    let view = team_view(&bank, &[&a]).unwrap();
    assert_eq!(view.respondents, 1);
    assert!(view.questions.iter().all(|q| q.disagreement == 0.0));
    assert!(most_disputed(&view, 5).is_empty());
}

#[test]
fn errors_say_what_is_wrong() {
    let banks = shipped_banks();
    let err = team_view(&banks[0], &[]).unwrap_err();
    assert_eq!(err, TeamError::NoRespondents);
    assert_eq!(
        err.to_string(),
        "There are no answers to show yet. Add at least one person's assessment."
    );

    let q = Assessment::new("q".into(), "Asha's answers", &banks[0], 0);
    let f = Assessment::new("f".into(), "Ben's answers", &banks[1], 0);
    let err = team_view(&banks[0], &[&q, &f]).unwrap_err();
    assert_eq!(
        err,
        TeamError::MixedBanks {
            expected: "quick".into(),
            found: "full".into(),
            title: "Ben's answers".into()
        }
    );
    assert_eq!(
        err.to_string(),
        "\"Ben's answers\" was made with a different set of questions, so it cannot join this team view. Everyone needs to answer the same set."
    );
}

#[test]
fn team_csv_has_a_column_per_respondent() {
    let bank = quick();
    let t = team(&bank);
    let view = team_view(&bank, &refs(&t)).unwrap();
    let names: Vec<String> = ["Asha", "Ben", "  ", "=Dee"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    let text = team_csv(&bank, &view, &names, &refs(&t));
    let lines: Vec<&str> = text.split_terminator("\r\n").collect();
    assert_eq!(lines.len(), 8, "header and seven questions");
    assert!(text.ends_with("\r\n"));
    // A blank name and a missing fifth name get a number; "=Dee" is neutralised.
    assert_eq!(
        lines[0],
        "\"domain\",\"code\",\"question\",\"Asha\",\"Ben\",\"Respondent 3\",\"'=Dee\",\"Respondent 5\",\"spread\",\"standard_deviation\""
    );
    // Q1: sd sqrt(0.8) = 0.894 -> 0.89. Text is quoted, numbers are not.
    assert_eq!(
        lines[1],
        "\"1. The condition\",1,\"How clear and predictable are the health or care needs of the people your project is for?\",\"Simple\",\"Complex\",\"Simple\",\"Complex\",\"Complicated\",2,0.89"
    );
    // Q2: sd 1 -> 1.00.
    assert_eq!(
        lines[2],
        "\"2. The technology\",2,\"How straightforward is the technology to set up, use, make sense of and keep supplied?\",\"Simple\",\"Complex\",\"I don't know\",,,2,1.00"
    );
    // Q3: agreement -> 0 and 0.00. Q4: sd 0.8 -> 0.80.
    assert!(lines[3].ends_with(
        ",\"Complicated\",\"Complicated\",\"Complicated\",\"Complicated\",\"Complicated\",0,0.00"
    ));
    assert!(lines[4].ends_with(",\"Simple\",\"Simple\",\"Simple\",\"Simple\",\"Complex\",2,0.80"));
    assert!(lines[7].ends_with(",\"Complex\",\"I don't know\",,,,0,0.00"));
}
