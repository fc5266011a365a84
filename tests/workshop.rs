//! A workshop's votes and group answers, against numbers worked out by hand.
//! Level values: simple 1, complicated 2, complex 3. Standard deviations are population ones:
//! sqrt(sum of squared deviations / n), with "I don't know" votes left out.

use nasss_navigator::core::assessment::{Answer, Assessment};
use nasss_navigator::core::bank::Bank;
use nasss_navigator::core::shipped::shipped_banks;
use nasss_navigator::core::workshop::{
    add_vote, decision, describe_decision, describe_undecided, describe_votes, is_undecided,
    leader, most_disputed, question_heading, remove_vote, suggested, tally_summary,
    undecided_questions, vote_spread, votes_cast, Decision, Leader, Tally,
};

fn quick() -> Bank {
    shipped_banks().remove(0)
}

fn simple() -> Answer {
    Answer::parse("simple")
}
fn complicated() -> Answer {
    Answer::parse("complicated")
}
fn complex() -> Answer {
    Answer::parse("complex")
}

fn tally(pairs: &[(&str, u32)]) -> Tally {
    pairs.iter().map(|(k, n)| (k.to_string(), *n)).collect()
}

fn votes(a: &mut Assessment, bank: &Bank, code: &str, answers: &[Answer]) {
    for (i, answer) in answers.iter().enumerate() {
        add_vote(a, bank, code, answer, 10 + i as u64);
    }
}

#[test]
fn the_group_answer_follows_the_most_common_vote() {
    let bank = quick();
    let mut a = Assessment::new("w".into(), "Workshop", &bank, 0);
    add_vote(&mut a, &bank, "1", &simple(), 1);
    assert_eq!(a.answer("1"), Some(&simple()));
    // 1 simple, 1 complicated: a tie, so no answer until the group decides.
    add_vote(&mut a, &bank, "1", &complicated(), 2);
    assert_eq!(a.answer("1"), None);
    add_vote(&mut a, &bank, "1", &complicated(), 3);
    assert_eq!(a.answer("1"), Some(&complicated()));
    assert_eq!(
        a.response("1").unwrap().tally,
        tally(&[("simple", 1), ("complicated", 2)])
    );
    // Every change is stamped, so two windows' copies merge vote by vote.
    assert_eq!(a.response("1").unwrap().updated_at, 3);
    assert_eq!(a.updated_at, 3);
}

#[test]
fn the_facilitators_choice_is_never_overwritten_by_votes() {
    let bank = quick();
    let mut a = Assessment::new("w".into(), "Workshop", &bank, 0);
    votes(&mut a, &bank, "2", &[simple(), simple()]);
    a.set_answer("2", Some(complex()), 20);
    votes(
        &mut a,
        &bank,
        "2",
        &[simple(), complicated(), complicated(), complicated()],
    );
    assert_eq!(a.answer("2"), Some(&complex()));

    // Chosen before anyone voted: kept too.
    a.set_answer("3", Some(Answer::DontKnow), 30);
    votes(&mut a, &bank, "3", &[simple(), simple()]);
    assert_eq!(a.answer("3"), Some(&Answer::DontKnow));
}

#[test]
fn a_tie_broken_by_the_facilitator_stays_their_choice() {
    let bank = quick();
    let mut a = Assessment::new("w".into(), "Workshop", &bank, 0);
    votes(&mut a, &bank, "4", &[complicated(), complex()]);
    assert_eq!(a.answer("4"), None);
    a.set_answer("4", Some(complex()), 20);
    add_vote(&mut a, &bank, "4", &complicated(), 21);
    assert_eq!(a.answer("4"), Some(&complex()));
}

#[test]
fn removing_votes_corrects_a_miscount() {
    let bank = quick();
    let mut a = Assessment::new("w".into(), "Workshop", &bank, 0);
    votes(&mut a, &bank, "5", &[complex(), complex(), simple()]);
    remove_vote(&mut a, &bank, "5", &complex(), 20);
    assert_eq!(a.answer("5"), None, "1 complex, 1 simple is a tie");
    remove_vote(&mut a, &bank, "5", &complex(), 21);
    assert_eq!(a.answer("5"), Some(&simple()));
    assert_eq!(a.response("5").unwrap().tally, tally(&[("simple", 1)]));
    remove_vote(&mut a, &bank, "5", &simple(), 22);
    assert!(a.response("5").unwrap().tally.is_empty());
    assert_eq!(a.answer("5"), None);

    // Taking away a vote nobody gave changes nothing, not even the time.
    remove_vote(&mut a, &bank, "5", &complex(), 99);
    assert_eq!(a.updated_at, 22);
}

#[test]
fn votes_for_unknown_questions_or_answers_are_ignored() {
    let bank = quick();
    let mut a = Assessment::new("w".into(), "Workshop", &bank, 0);
    add_vote(&mut a, &bank, "9Z", &simple(), 1);
    add_vote(&mut a, &bank, "1", &Answer::parse("enormous"), 2);
    assert!(a.responses.is_empty());
    assert_eq!(a.updated_at, 0);
}

#[test]
fn the_leader_and_the_spread_of_a_tally() {
    let bank = quick();
    // 4 simple, 1 complicated: values 1,1,1,1,2. Mean 1.2; squared deviations
    // 4 × 0.04 + 0.64 = 0.8; / 5 = 0.16; sd 0.4.
    let t = tally(&[("simple", 4), ("complicated", 1)]);
    assert_eq!(leader(&bank, &t), Leader::Clear(simple()));
    let s = vote_spread(&bank, &t);
    assert_eq!(s.per_level, vec![4, 1, 0]);
    assert_eq!((s.range, s.spread), (Some((0, 1)), 1));
    assert!((s.disagreement - 0.4).abs() < 1e-12);

    // 1 simple, 1 complex, 3 don't know: the levels are 1 and 3, sd 1.0; don't know leads.
    let t = tally(&[("simple", 1), ("complex", 1), ("dont_know", 3)]);
    assert_eq!(suggested(&bank, &t), Some(Answer::DontKnow));
    let s = vote_spread(&bank, &t);
    assert_eq!((s.spread, s.disagreement, s.votes()), (2, 1.0, 5));

    // A tie lists every tied answer in scale order.
    let t = tally(&[("complex", 2), ("complicated", 2), ("simple", 1)]);
    assert_eq!(
        leader(&bank, &t),
        Leader::Tied(vec![complicated(), complex()])
    );
    assert_eq!(leader(&bank, &Tally::new()), Leader::NoVotes);

    // Keys that are not answers (a hand-edited file) never count.
    let t = tally(&[("enormous", 9), ("complex", 1)]);
    assert_eq!(leader(&bank, &t), Leader::Clear(complex()));
    assert_eq!(vote_spread(&bank, &t).votes(), 1);
}

#[test]
fn huge_tallies_do_not_overflow() {
    let bank = quick();
    let t = tally(&[("simple", u32::MAX), ("complex", u32::MAX)]);
    let s = vote_spread(&bank, &t);
    assert_eq!(s.disagreement, 1.0);
    let mut a = Assessment::new("w".into(), "Workshop", &bank, 0);
    a.touch("1", 1, |r| r.tally = tally(&[("simple", u32::MAX)]));
    add_vote(&mut a, &bank, "1", &simple(), 2);
    assert_eq!(a.response("1").unwrap().tally["simple"], u32::MAX);
}

#[test]
fn most_disputed_ranks_by_standard_deviation_then_spread_then_bank_order() {
    let bank = quick();
    let mut a = Assessment::new("w".into(), "Workshop", &bank, 0);
    let set = |a: &mut Assessment, code: &str, pairs: &[(&str, u32)]| {
        a.touch(code, 1, |r| r.tally = tally(pairs));
    };
    // Q1: 1,1,1,1,2          sd 0.4
    // Q2: 2,2,3,3            sd 0.5
    // Q3: 1,3 (+3 don't know) sd 1.0, spread 2
    // Q4: 3,3,3,3,3          sd 0 (agreed: left out)
    // Q5: 1,2,2,2,2          sd 0.4, same as Q1, spread 1: bank order puts Q1 first
    // Q6: 1,1,3,3            sd 1.0, spread 2, same as Q3: bank order puts Q3 first
    // Q7: no votes           left out
    set(&mut a, "1", &[("simple", 4), ("complicated", 1)]);
    set(&mut a, "2", &[("complicated", 2), ("complex", 2)]);
    set(
        &mut a,
        "3",
        &[("simple", 1), ("complex", 1), ("dont_know", 3)],
    );
    set(&mut a, "4", &[("complex", 5)]);
    set(&mut a, "5", &[("simple", 1), ("complicated", 4)]);
    set(&mut a, "6", &[("simple", 2), ("complex", 2)]);
    let ranked: Vec<String> = most_disputed(&bank, &a, 10)
        .into_iter()
        .map(|d| d.code)
        .collect();
    assert_eq!(ranked, ["3", "6", "2", "1", "5"]);
    let top: Vec<String> = most_disputed(&bank, &a, 2)
        .into_iter()
        .map(|d| d.code)
        .collect();
    assert_eq!(top, ["3", "6"]);
}

#[test]
fn i_dont_know_votes_beside_a_level_make_a_question_disputed() {
    let bank = quick();
    let mut a = Assessment::new("w".into(), "Workshop", &bank, 0);
    let set = |a: &mut Assessment, code: &str, pairs: &[(&str, u32)]| {
        a.touch(code, 1, |r| r.tally = tally(pairs));
    };
    // Q1: complex 5, don't know 1: the levels agree, but one person does not know.
    // Q2: complex 3, don't know 3: the same, with more unsure.
    // Q3: don't know 4 only: nobody claims a level, so nobody disagrees.
    // Q4: simple 2, complex 2: levels apart, which ranks first.
    set(&mut a, "1", &[("complex", 5), ("dont_know", 1)]);
    set(&mut a, "2", &[("complex", 3), ("dont_know", 3)]);
    set(&mut a, "3", &[("dont_know", 4)]);
    set(&mut a, "4", &[("simple", 2), ("complex", 2)]);
    let ranked: Vec<String> = most_disputed(&bank, &a, 10)
        .into_iter()
        .map(|d| d.code)
        .collect();
    assert_eq!(ranked, ["4", "2", "1"]);
}

#[test]
fn votes_described_in_plain_words() {
    let bank = quick();
    assert_eq!(describe_votes(&bank, &Tally::new()), "No votes yet.");
    assert_eq!(
        describe_votes(&bank, &tally(&[("complex", 1)])),
        "1 vote. Most votes: Complex."
    );
    assert_eq!(
        describe_votes(&bank, &tally(&[("simple", 4), ("complex", 2)])),
        "6 votes. Most votes: Simple. Votes range from Simple to Complex."
    );
    assert_eq!(
        describe_votes(&bank, &tally(&[("complicated", 2), ("complex", 2), ("dont_know", 2)])),
        "6 votes. Tied between Complicated, Complex and I don't know: the group decides. Votes range from Complicated to Complex."
    );
    assert_eq!(tally_summary(&bank, &Tally::new()), None);
    assert_eq!(
        tally_summary(&bank, &tally(&[("simple", 2), ("dont_know", 1)])).as_deref(),
        Some("Simple 2, Complicated 0, Complex 0, I don't know 1")
    );
}

#[test]
fn the_decision_is_said_in_words() {
    let bank = quick();
    let mut a = Assessment::new("w".into(), "Workshop", &bank, 0);
    let said = |a: &Assessment, code: &str| describe_decision(&bank, a.response(code).unwrap());
    // Following the votes: "most votes".
    votes(&mut a, &bank, "1", &[simple(), simple(), complex()]);
    assert_eq!(
        decision(&bank, a.response("1").unwrap()),
        Decision::MostVotes(simple())
    );
    assert_eq!(said(&a, "1"), "Group answer: Simple (most votes)");
    // A tie the group breaks: "the group decided".
    votes(&mut a, &bank, "2", &[complex(), Answer::DontKnow]);
    assert_eq!(said(&a, "2"), "No group answer yet.");
    a.set_answer("2", Some(complex()), 20);
    assert_eq!(said(&a, "2"), "Group answer: Complex (the group decided)");
    // Overruling the votes, and answering with no vote taken, are the group's decisions too.
    a.set_answer("1", Some(complicated()), 21);
    assert_eq!(
        said(&a, "1"),
        "Group answer: Complicated (the group decided)"
    );
    a.set_answer("3", Some(Answer::DontKnow), 22);
    assert_eq!(
        decision(&bank, a.response("3").unwrap()),
        Decision::GroupDecided(Answer::DontKnow)
    );
    assert_eq!(
        said(&a, "3"),
        "Group answer: I don't know (the group decided)"
    );
    // The group choosing what most voted for reads as "most votes": it is both.
    a.set_answer("1", Some(simple()), 23);
    assert_eq!(said(&a, "1"), "Group answer: Simple (most votes)");
}

#[test]
fn a_question_voted_on_without_a_group_answer_is_undecided() {
    let bank = quick();
    let mut a = Assessment::new("w".into(), "Workshop", &bank, 0);
    assert!(undecided_questions(&bank, &a).is_empty());
    // Q3: 8 votes tied between complex and don't know, as in the issue.
    votes(&mut a, &bank, "3", &vec![complex(); 4]);
    votes(&mut a, &bank, "3", &vec![Answer::DontKnow; 4]);
    assert!(is_undecided(&bank, a.response("3").unwrap()));
    assert_eq!(
        describe_undecided(&bank, &a.response("3").unwrap().tally),
        "No group answer yet. 8 votes. Tied between Complex and I don't know: the group decides."
    );
    // Q5: a clear vote gives an answer; taking that answer back leaves it undecided.
    votes(&mut a, &bank, "5", &[simple()]);
    assert!(!is_undecided(&bank, a.response("5").unwrap()));
    a.set_answer("5", None, 30);
    // Q1: no votes and no answer: not discussed yet, not undecided.
    a.set_note("1", "Come back to this", 31);
    assert!(!is_undecided(&bank, a.response("1").unwrap()));
    // Votes for answers this bank does not have count for nothing.
    a.touch("6", 32, |r| {
        r.tally.insert("purple".into(), 3);
    });
    assert_eq!(undecided_questions(&bank, &a), ["3", "5"]);
    // Deciding takes a question off the list.
    a.set_answer("3", Some(complex()), 33);
    assert_eq!(undecided_questions(&bank, &a), ["5"]);
}

#[test]
fn a_question_is_named_so_its_code_never_reads_as_a_list_number() {
    let bank = quick();
    assert_eq!(
        question_heading(&bank, "4"),
        "Question 4: What people must change"
    );
    assert_eq!(question_heading(&bank, "Z9"), "Question Z9");
    let full = shipped_banks().remove(1);
    assert!(question_heading(&full, "2B").starts_with("Question 2B: "));
}

#[test]
fn the_reveal_breakdown_lists_only_the_options_voted_for() {
    let bank = quick();
    let t = tally(&[
        ("complex", 2),
        ("simple", 1),
        ("dont_know", 2),
        ("purple", 9),
    ]);
    assert_eq!(
        votes_cast(&bank, &t),
        [(simple(), 1), (complex(), 2), (Answer::DontKnow, 2)]
    );
    assert!(votes_cast(&bank, &Tally::new()).is_empty());
}
