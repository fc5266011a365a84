//! Speaking to whoever reads: the author, a reviewer, someone holding a copy, or the worked
//! example. Every line that says whose something is names the right person, columns are
//! headed by person, and each reviewer's view sits beside the headline.

use nasss_navigator::core::assessment::{Answer, Assessment, Review};
use nasss_navigator::core::author::{Author, Whose};
use nasss_navigator::core::bank::Bank;
use nasss_navigator::core::identity::DeviceKey;
use nasss_navigator::core::opinions::{difference, opinions, review_line, review_lines, Source};
use nasss_navigator::core::scoring::{profile, summary_for};
use nasss_navigator::core::shipped::shipped_banks;

fn quick() -> Bank {
    shipped_banks().remove(0)
}

fn sams_key() -> DeviceKey {
    DeviceKey::from_random([3; 32])
}

fn priyas_key() -> DeviceKey {
    DeviceKey::from_random([4; 32])
}

fn priya() -> Author {
    Author::new("priyas-phone".into(), "Priya Shah", "HeartWatch Ltd")
}

fn sam() -> Author {
    Author::new("sams-desktop".into(), "Sam Okafor", "Northshire ICB")
}

/// Priya's quick check: complex in domains 1 to 3, complicated in 4 and 5, simple in 6,
/// "I don't know" in 7.
fn priyas(bank: &Bank) -> Assessment {
    let mut a = Assessment::new("p1".into(), "HeartWatch", bank, 10);
    a.author = Some(priya());
    for (code, level) in [
        ("1", "complex"),
        ("2", "complex"),
        ("3", "complex"),
        ("4", "complicated"),
        ("5", "complicated"),
        ("6", "simple"),
        ("7", "dont_know"),
    ] {
        a.set_answer(code, Some(Answer::parse(level)), 20);
    }
    a
}

fn says_you(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .any(|w| matches!(w, "you" | "your" | "you're" | "yours" | "yourself"))
}

#[test]
fn things_to_find_out_name_who_answered_dont_know() {
    let bank = quick();
    let theirs = Whose::Theirs(priya());
    let text = bank.framework.dont_know_guidance_for(&theirs);
    assert!(
        text.starts_with("Priya Shah answered \"I don't know\" to these questions."),
        "{text}"
    );
    assert!(
        !says_you(&text),
        "someone else's results never say you: {text}"
    );
    let example = bank.framework.dont_know_guidance_for(&Whose::Example);
    assert!(
        example.starts_with("The team in the example answered"),
        "{example}"
    );
    assert!(!says_you(&example), "{example}");
    // The author is still asked to come back and change them.
    let own = bank.framework.dont_know_guidance_for(&Whose::Yours);
    assert!(own.starts_with("You answered"), "{own}");
    assert!(own.contains("come back and change them"), "{own}");
    // Someone who gave only an organisation, or nothing at all.
    let org_only = Whose::Theirs(Author::new("x".into(), "", "Acme Health"));
    assert_eq!(
        org_only.answered_dont_know(),
        "Someone at Acme Health answered \"I don't know\" to these questions."
    );
    let nameless = Whose::Theirs(Author::new("x".into(), " ", ""));
    assert_eq!(nameless.person(), "The author");
}

#[test]
fn what_the_profile_means_never_says_you_on_someone_elses_results() {
    let bank = quick();
    let theirs = Whose::Theirs(priya());
    // Every meaning a profile can have: none rated, then 0 to 7 complex domains.
    let mut texts = vec![summary_for(
        &bank,
        &profile(&bank, &Assessment::new("e".into(), "E", &bank, 0)),
        &theirs,
    )
    .meaning
    .join(" ")];
    for complex in 0..=7 {
        texts.push(
            bank.framework
                .profile_guidance_for(complex)
                .unwrap()
                .to_string(),
        );
    }
    texts.push(nasss_navigator::core::scoring::RULE.to_string());
    for text in &texts {
        assert!(!text.is_empty());
        assert!(!says_you(text), "read by someone else: {text}");
    }
    // The author's own empty results still invite them to answer.
    let own = summary_for(
        &bank,
        &profile(&bank, &Assessment::new("e".into(), "E", &bank, 0)),
        &Whose::Yours,
    );
    let own = own.meaning.join(" ");
    assert!(own.contains("Answer the questions you can"), "{own}");
}

#[test]
fn columns_are_headed_by_person_with_the_title_beside() {
    let bank = quick();
    let theirs = priyas(&bank);
    assert_eq!(theirs.column_name(&sams_key()), "Priya Shah (HeartWatch)");
    let copy = theirs.own_copy("c1".into(), &sam(), &sams_key(), 100);
    assert_eq!(copy.column_name(&sams_key()), "You (HeartWatch (my copy))");
    // On Priya's own device, Sam's copy is Sam's.
    assert_eq!(
        copy.column_name(&priyas_key()),
        "Sam Okafor (HeartWatch (my copy))"
    );
    assert_eq!(theirs.heading_name(&sams_key()), "Priya Shah (HeartWatch)");
    assert_eq!(copy.heading_name(&sams_key()), "HeartWatch (my copy)");
    let mut old = Assessment::new("o".into(), "Before authors", &bank, 0);
    old.claim(&sam(), &sams_key());
    assert_eq!(old.column_name(&sams_key()), "You (Before authors)");
    old.id = "example".into();
    assert_eq!(
        old.column_name(&sams_key()),
        "The team in the example (Before authors)"
    );
}

#[test]
fn a_copied_judgement_stays_the_judgement_of_whoever_made_it_until_changed() {
    let bank = quick();
    let mut theirs = priyas(&bank);
    theirs.set_judgement(1, Some(("complicated", "We have a plan")), 30);
    nasss_navigator::core::trend::start_check_in(&mut theirs, "", 40);
    let mut copy = theirs.own_copy("c1".into(), &sam(), &sams_key(), 100);
    let levels = bank.levels();
    let text = |a: &Assessment, whose: &str| {
        profile(&bank, a)
            .domain(1)
            .unwrap()
            .level_text_by(levels, whose)
    };
    // Sam's copy is Sam's, but the judgement in it is still Priya's.
    assert_eq!(
        text(&copy, "Your"),
        "Priya Shah's judgement, copied: complicated (answers suggest complex)"
    );
    assert_eq!(copy.rounds[0].judgements[&1].copied_from, "Priya Shah's");
    // Priya's own stays hers, as she reads it and as Sam does.
    assert_eq!(
        text(&theirs, "Priya Shah's"),
        "Priya Shah's judgement: complicated (answers suggest complex)"
    );
    // Once Sam changes it, it is his.
    copy.set_judgement(1, Some(("simple", "")), 200);
    assert_eq!(
        text(&copy, "Your"),
        "Your judgement: simple (answers suggest complex)"
    );
    // A copy of a copy keeps the first maker's name.
    let copy_of_copy = theirs
        .own_copy("c2".into(), &sam(), &sams_key(), 100)
        .own_copy("c3".into(), &priya(), &priyas_key(), 300);
    assert_eq!(copy_of_copy.judgements[&1].copied_from, "Priya Shah's");
}

fn sams_review() -> Review {
    let mut r = Review {
        reviewer: Author::new(String::new(), "Sam Okafor", ""),
        ..Review::default()
    };
    r.agree(1); // complex, as the answers say
    r.agree(2); // complex
    r.give_level(4, "complex"); // complicated -> complex
    r.give_level(5, "simple"); // complicated -> simple
                               // Domain 6: he does not agree, with no level of his own. Domain 7: the answers say
                               // "I don't know" and he does not agree either, again with no level. Domain 3: no verdict.
    r.disagree(6);
    r.disagree(7);
    r
}

#[test]
fn each_reviewer_has_a_line_beside_the_headline() {
    let bank = quick();
    let mut a = priyas(&bank);
    a.reviews = vec![sams_review()];
    let p = profile(&bank, &a);
    assert_eq!(
        review_lines(&bank, &a, &p, None),
        ["Sam Okafor's review: complex in 3 of 7 domains, complicated in 0, simple in 1, no level given for 3"]
    );
    // Agreeing with a domain the author judged gives the judged level, not the answers'.
    a.set_judgement(1, Some(("simple", "")), 50);
    let p = profile(&bank, &a);
    assert_eq!(
        review_line(a.review_list().first().unwrap(), &bank, &p),
        "Sam Okafor's review: complex in 2 of 7 domains, complicated in 0, simple in 2, no level given for 3"
    );
    // A review with comments only gives no level.
    let comments_only = Review {
        reviewer: Author::default(),
        ..Review::default()
    };
    assert_eq!(
        review_line(&comments_only, &bank, &p),
        "A review by someone who gave no name: no domain given a level yet"
    );
    // No review, no line.
    assert!(review_lines(&bank, &priyas(&bank), &p, None).is_empty());
}

#[test]
fn each_view_of_a_domain_has_its_own_level_and_a_difference_is_said_in_words() {
    let bank = quick();
    let mut a = priyas(&bank);
    a.reviews = vec![sams_review()];
    a.set_judgement(4, Some(("simple", "")), 50);
    let p = profile(&bank, &a);
    let theirs = Whose::Theirs(priya());
    let views = |d: u32| opinions(&bank, &a, p.domain(d).unwrap(), &theirs.possessive(), None);

    // Domain 1: the answers say complex and Sam agrees: one level, no difference.
    let one = views(1);
    assert_eq!(
        one.iter().map(|v| (v.source, v.level)).collect::<Vec<_>>(),
        [(Source::Answers, Some(2)), (Source::Review, Some(2))]
    );
    assert_eq!(difference(&bank, &one), None);

    // Domain 4: answers complicated, Priya's judgement simple, Sam would say complex.
    let four = views(4);
    assert_eq!(
        four.iter().map(|v| v.level).collect::<Vec<_>>(),
        [Some(1), Some(0), Some(2)]
    );
    assert_eq!(
        difference(&bank, &four).as_deref(),
        Some("Views differ: answers suggest complicated; Priya Shah's judgement: simple; Sam Okafor's review: complex.")
    );
    // The same on the author's own results names the judgement as theirs.
    let own = opinions(
        &bank,
        &a,
        p.domain(4).unwrap(),
        &Whose::Yours.possessive(),
        None,
    );
    assert!(difference(&bank, &own)
        .unwrap()
        .contains("your judgement: simple"));

    // Domain 6: Sam does not agree and gives no level: still a difference, said in words.
    assert_eq!(
        difference(&bank, &views(6)).as_deref(),
        Some("Views differ: answers suggest simple; Sam Okafor's review: does not agree.")
    );
    // Domain 7: neither the answers nor Sam give a level, but he does not agree: a difference.
    assert_eq!(
        difference(&bank, &views(7)).as_deref(),
        Some("Views differ: answers suggest not yet rated; Sam Okafor's review: does not agree.")
    );
    // Domain 3: no judgement and no verdict: only the answers, nothing to differ.
    assert_eq!(views(3).len(), 1);
    assert_eq!(difference(&bank, &views(3)), None);
}

#[test]
fn the_reviewer_reads_their_own_review_as_yours_and_everyone_else_by_name() {
    use nasss_navigator::core::identity::DeviceKey;
    let bank = quick();
    let mut a = priyas(&bank);
    let sams_key = DeviceKey::from_random([7; 32]);
    let mut review = Review::new("r1".into(), &a.id, &sam(), &sams_key, 10);
    review.agree(1);
    a.reviews = vec![review];
    let p = profile(&bank, &a);
    let line = |key: Option<&DeviceKey>| review_lines(&bank, &a, &p, key).join("");
    assert!(
        line(Some(&sams_key)).starts_with("Your review: "),
        "{}",
        line(Some(&sams_key))
    );
    let others = DeviceKey::from_random([8; 32]);
    assert!(line(Some(&others)).starts_with("Sam Okafor's review: "));
    assert!(line(None).starts_with("Sam Okafor's review: "));
}
