//! Change over time: check-ins, the per-domain series, "what changed", and the calendar
//! arithmetic behind suggested check-in dates.

use nasss_navigator::core::assessment::{Answer, Assessment, Response};
use nasss_navigator::core::author::{Author, Whose};
use nasss_navigator::core::bank::Bank;
use nasss_navigator::core::compare::{describe_change, Change};
use nasss_navigator::core::identity::DeviceKey;
use nasss_navigator::core::shipped::shipped_banks;
use nasss_navigator::core::trend::{
    changes_since_last_round, civil_from_days, civil_from_millis, days_from_civil, days_in_month,
    is_leap_year, iso_date, long_date, parse_date, start_check_in, suggest_next_check_in, trend,
    RoundPoint,
};

fn full() -> Bank {
    shipped_banks().remove(1)
}

fn answer(a: &mut Assessment, code: &str, id: &str, now: u64) {
    a.set_answer(code, Some(Answer::parse(id)), now);
}

fn level(id: &str) -> Answer {
    Answer::Level(id.to_string())
}

const SIMPLE: usize = 0;
const COMPLICATED: usize = 1;
const COMPLEX: usize = 2;

const FIRST_CHECK_IN: u64 = 1_000_000;
const SECOND_CHECK_IN: u64 = 2_000_000;

/// Three rounds of one project. The domain arithmetic for each is beside the answers.
fn project(bank: &Bank) -> Assessment {
    let mut a = Assessment::new("p".into(), "Virtual ward", bank, 0);
    // Round 1.
    // Domain 1: don't know only -> not yet rated.
    answer(&mut a, "1A", "dont_know", 10);
    // Domain 2: complicated, complicated, complex, complex -> complex.
    answer(&mut a, "2A", "complicated", 10);
    answer(&mut a, "2B", "complicated", 10);
    answer(&mut a, "2C", "complex", 10);
    answer(&mut a, "2D", "complex", 10);
    // Domain 7: complex.
    answer(&mut a, "7A", "complex", 10);
    start_check_in(&mut a, "  Before the pilot  ", FIRST_CHECK_IN);

    // Round 2.
    // Domain 1: simple.
    answer(&mut a, "1A", "simple", FIRST_CHECK_IN + 1);
    // Domain 2: 2C eases to complicated, but 2D is still complex -> complex.
    answer(&mut a, "2C", "complicated", FIRST_CHECK_IN + 1);
    // Domain 7: confirmed, not changed -> still complex.
    answer(&mut a, "7A", "complex", FIRST_CHECK_IN + 1);
    a
}

fn project_after_second_check_in(bank: &Bank) -> Assessment {
    let mut a = project(bank);
    start_check_in(&mut a, "", SECOND_CHECK_IN);
    // Now.
    // Domain 1: cleared -> not yet rated.
    a.set_answer("1A", None, SECOND_CHECK_IN + 1);
    // Domain 2: all four complicated -> complicated.
    answer(&mut a, "2D", "complicated", SECOND_CHECK_IN + 1);
    // Domain 3: complex.
    answer(&mut a, "3A", "complex", SECOND_CHECK_IN + 1);
    a
}

#[test]
fn a_check_in_closes_the_round_and_carries_the_answers_over() {
    let bank = full();
    let mut a = Assessment::new("p".into(), "Ward", &bank, 0);
    answer(&mut a, "2A", "complex", 10);
    a.set_note("2B", "Ask IT", 11);
    let before = a.responses.clone();

    start_check_in(&mut a, "  After the first month \n", 500);

    assert_eq!(a.rounds.len(), 1);
    assert_eq!(a.rounds[0].closed_at, 500);
    assert_eq!(a.rounds[0].comment, "After the first month", "trimmed");
    assert_eq!(
        a.rounds[0].responses, before,
        "the round keeps exactly what was there"
    );
    assert_eq!(a.updated_at, 500);
    // The new round starts from the same answers, each marked to be revisited.
    assert_eq!(a.answer("2A"), Some(&level("complex")));
    assert_eq!(a.note("2B"), "Ask IT");
    assert!(a.responses.values().all(|r| r.carried_over));
    assert!(a.rounds[0].responses.values().all(|r| !r.carried_over));
    // A response's own time is when its content last changed, which a check-in does not do.
    assert_eq!(a.responses["2A"].updated_at, 10);
}

#[test]
fn an_empty_response_is_not_marked_carried_over() {
    let bank = full();
    let mut a = Assessment::new("p".into(), "Ward", &bank, 0);
    // What is left when an answer is cleared: a response with nothing but its time.
    a.responses.insert(
        "5A".into(),
        Response {
            updated_at: 7,
            ..Response::default()
        },
    );
    answer(&mut a, "5B", "simple", 8);
    start_check_in(&mut a, "", 100);
    assert!(!a.responses["5A"].carried_over);
    assert!(a.responses["5B"].carried_over);
}

#[test]
fn answering_again_clears_carried_over() {
    let bank = full();
    let a = project(&bank);
    // 7A was answered again with the same level, 2C with a new one; 2A was not touched.
    assert!(!a.responses["7A"].carried_over);
    assert!(!a.responses["2C"].carried_over);
    assert!(a.responses["2A"].carried_over);
    assert!(a.responses["1A"].answer == Some(level("simple")));
}

#[test]
fn what_changed_since_the_last_round() {
    let bank = full();
    let a = project(&bank);
    // 7A was confirmed with the same answer, so it is not a change.
    assert_eq!(
        changes_since_last_round(&bank, &a),
        [
            (
                "1A".to_string(),
                Change::Changed {
                    from: Answer::DontKnow,
                    to: level("simple")
                }
            ),
            (
                "2C".to_string(),
                Change::Changed {
                    from: level("complex"),
                    to: level("complicated")
                }
            ),
        ]
    );

    let a = project_after_second_check_in(&bank);
    let described: Vec<(String, String)> = changes_since_last_round(&bank, &a)
        .into_iter()
        .map(|(code, change)| (code, describe_change(&bank, &change)))
        .collect();
    assert_eq!(
        described,
        [
            ("1A".to_string(), "removed: simple".to_string()),
            ("2D".to_string(), "complex → complicated".to_string()),
            ("3A".to_string(), "new: complex".to_string()),
        ]
    );
}

#[test]
fn nothing_changed_before_the_first_check_in() {
    let bank = full();
    let mut a = Assessment::new("p".into(), "Ward", &bank, 0);
    answer(&mut a, "1A", "complex", 1);
    assert!(changes_since_last_round(&bank, &a).is_empty());
    start_check_in(&mut a, "", 2);
    assert!(
        changes_since_last_round(&bank, &a).is_empty(),
        "a fresh round starts from the same answers"
    );
}

#[test]
fn the_series_over_three_rounds() {
    let bank = full();
    let a = project_after_second_check_in(&bank);
    let (points, series) = trend(&bank, &a);
    assert_eq!(
        points,
        [
            // Each round is dated by when its answers were last given, not when it closed.
            RoundPoint {
                index: 0,
                date: Some(10),
                label: "Round 1".into()
            },
            RoundPoint {
                index: 1,
                date: Some(FIRST_CHECK_IN + 1),
                label: "Round 2".into()
            },
            RoundPoint {
                index: 2,
                date: None,
                label: "Now".into()
            },
        ]
    );
    assert_eq!(series.len(), 7);
    assert!(series
        .iter()
        .all(|s| s.results.len() == 3 && s.levels.len() == 3));
    let domain = |n: u32| series.iter().find(|s| s.domain == n).unwrap();

    // Domain 1: don't know -> simple -> cleared.
    assert_eq!(domain(1).levels, [None, Some(SIMPLE), None]);
    // Domain 2: complex -> complex (2D) -> complicated.
    assert_eq!(
        domain(2).levels,
        [Some(COMPLEX), Some(COMPLEX), Some(COMPLICATED)]
    );
    let spreads: Vec<String> = domain(2).results.iter().map(|r| r.spread(&bank)).collect();
    assert_eq!(
        spreads,
        [
            "2 of 4 aspects complex, 2 complicated",
            "1 of 4 aspects complex, 3 complicated",
            "4 of 4 aspects complicated"
        ]
    );
    // Domain 3: only answered now, complex.
    assert_eq!(domain(3).levels, [None, None, Some(COMPLEX)]);
    // Domain 7: complex throughout.
    assert_eq!(domain(7).levels, [Some(COMPLEX); 3]);
    // Domain 5: never answered.
    assert_eq!(domain(5).levels, [None, None, None]);

    // Later edits never reach back into closed rounds.
    assert_eq!(a.rounds[0].responses["2C"].answer, Some(level("complex")));
    assert_eq!(a.rounds[0].comment, "Before the pilot");
    assert_eq!(a.rounds[1].comment, "");
}

#[test]
fn without_rounds_the_series_is_one_point() {
    let bank = full();
    let mut a = Assessment::new("p".into(), "Ward", &bank, 0);
    answer(&mut a, "4A", "complicated", 1);
    let (points, series) = trend(&bank, &a);
    assert_eq!(
        points,
        [RoundPoint {
            index: 0,
            date: None,
            label: "Now".into()
        }]
    );
    assert_eq!(series[3].domain, 4);
    assert_eq!(series[3].levels, [Some(COMPLICATED)]);
}

#[test]
fn leap_years() {
    assert!(is_leap_year(2024));
    assert!(is_leap_year(2000), "divisible by 400");
    assert!(!is_leap_year(1900), "divisible by 100 but not 400");
    assert!(!is_leap_year(2100));
    assert!(!is_leap_year(2026));
    assert_eq!(days_in_month(2024, 2), 29);
    assert_eq!(days_in_month(2026, 2), 28);
    assert_eq!(days_in_month(2000, 2), 29);
    assert_eq!(days_in_month(2100, 2), 28);
    assert_eq!(days_in_month(2026, 4), 30);
    assert_eq!(days_in_month(2026, 12), 31);
}

#[test]
fn next_check_in_clamps_to_the_end_of_the_month() {
    let cases = [
        ((2026, 11, 25), 3, (2027, 2, 25)),   // across the year end
        ((2026, 1, 31), 1, (2026, 2, 28)),    // 2026 is not a leap year
        ((2028, 1, 31), 1, (2028, 2, 29)),    // 2028 is
        ((2026, 3, 31), 1, (2026, 4, 30)),    // April has 30 days
        ((2026, 8, 31), 6, (2027, 2, 28)),    // 8 + 6 = 14 -> February 2027
        ((2027, 8, 31), 6, (2028, 2, 29)),    // -> February 2028, a leap year
        ((2024, 2, 29), 12, (2025, 2, 28)),   // a leap day a year on
        ((2024, 2, 29), 48, (2028, 2, 29)),   // four years on, a leap day again
        ((2096, 2, 29), 48, (2100, 2, 28)),   // 2100 is not a leap year
        ((2026, 12, 1), 1, (2027, 1, 1)),     // December + 1 -> January
        ((2026, 12, 31), 12, (2027, 12, 31)), // a whole year
        ((2026, 5, 15), 0, (2026, 5, 15)),    // no months, no change
        ((2026, 1, 15), 25, (2028, 2, 15)),   // 1 + 25 = 26 months from January 2026
    ];
    for (today, months, expected) in cases {
        assert_eq!(
            suggest_next_check_in(today, months),
            expected,
            "{today:?} + {months} months"
        );
    }
}

#[test]
fn dates_are_read_strictly() {
    assert_eq!(parse_date("2026-11-25"), Some((2026, 11, 25)));
    assert_eq!(parse_date("2024-02-29"), Some((2024, 2, 29)));
    assert_eq!(parse_date(" 2026-01-05 "), Some((2026, 1, 5)));
    for bad in [
        "",
        "2023-02-29", // not a leap year
        "2100-02-29", // not a leap year either
        "2026-04-31",
        "2026-13-01",
        "2026-00-10",
        "2026-01-00",
        "2026-1-5",
        "26-11-25",
        "2026/11/25",
        "2026-11-2a",
        "+026-11-25",
        "2026-+1-25",
        "2026-11-25T10:00",
        "é00-11-25",    // ten bytes, but not ten ASCII characters
        "２０２６-1-1", // full-width digits
    ] {
        assert_eq!(parse_date(bad), None, "{bad:?}");
    }
}

#[test]
fn dates_are_written_with_leading_zeros() {
    assert_eq!(iso_date((2026, 1, 5)), "2026-01-05");
    assert_eq!(iso_date((2026, 11, 25)), "2026-11-25");
    assert_eq!(iso_date((987, 3, 9)), "0987-03-09");
    for date in [(2024, 2, 29), (2026, 12, 31), (2000, 1, 1)] {
        assert_eq!(parse_date(&iso_date(date)), Some(date));
    }
}

#[test]
fn known_moments_give_known_dates() {
    assert_eq!(civil_from_millis(0), (1970, 1, 1));
    assert_eq!(
        civil_from_millis(86_399_999),
        (1970, 1, 1),
        "the day's last millisecond"
    );
    assert_eq!(civil_from_millis(86_400_000), (1970, 1, 2));
    // 10957 days to 2000-01-01, + 31 (January) + 28 = 11016 days: 2000-02-29.
    assert_eq!(civil_from_millis(11_016 * 86_400_000), (2000, 2, 29));
    assert_eq!(civil_from_millis(11_017 * 86_400_000), (2000, 3, 1));
    // 1 700 000 000 s after the epoch was 2023-11-14 22:13:20 UTC.
    assert_eq!(civil_from_millis(1_700_000_000_000), (2023, 11, 14));
    assert_eq!(days_from_civil((1970, 1, 1)), 0);
    assert_eq!(days_from_civil((1969, 12, 31)), -1);
    assert_eq!(days_from_civil((2000, 3, 1)), 11_017);
}

/// Walks the calendar a day at a time from 1600 to 2400 using only `days_in_month`, and
/// checks both conversions against the walk: a check independent of Hinnant's arithmetic,
/// crossing every kind of leap-year rule (1600 and 2000 leap, 1700, 1800, 1900, 2100 not).
#[test]
fn conversions_agree_with_a_day_by_day_walk() {
    let mut date = (1600, 1, 1);
    let mut days = days_from_civil(date);
    // 1600-01-01 to 1970-01-01: 370 years with 90 leap days (93 multiples of 4, minus
    // 1700, 1800 and 1900; 1600 counts) = 370 * 365 + 90 = 135 140 days.
    assert_eq!(days, -135_140);
    while date.0 <= 2400 {
        assert_eq!(civil_from_days(days), date, "day {days}");
        assert_eq!(days_from_civil(date), days, "{date:?}");
        let (y, m, d) = date;
        date = if d < days_in_month(y, m) {
            (y, m, d + 1)
        } else if m < 12 {
            (y, m + 1, 1)
        } else {
            (y + 1, 1, 1)
        };
        days += 1;
    }
}

#[test]
fn dates_read_the_way_people_in_the_uk_write_them() {
    assert_eq!(long_date((2026, 11, 25)), "25 November 2026");
    assert_eq!(long_date((2024, 2, 29)), "29 February 2024");
    assert_eq!(long_date((2027, 1, 1)), "1 January 2027");
    assert_eq!(long_date((2027, 12, 31)), "31 December 2027");
}

#[test]
fn a_reassessment_carries_answers_and_notes_but_not_the_old_ones_life() {
    let bank = full();
    let mut old = project(&bank);
    old.set_note("1A", "Ask the GP practices", 5);
    old.set_note("5A", "Only a note here", 5);
    old.add_action("1A", "Talk to practices", "Sam", "", 6);
    old.responses
        .get_mut("2A")
        .unwrap()
        .tally
        .insert("complex".into(), 3);
    old.next_check_in = Some("2027-01-31".into());
    let me = Author::new(String::new(), "Priya", "");
    let key = DeviceKey::from_random([5; 32]);
    let new = old.reassessment("new".into(), &me, &key, 1_000);
    assert_eq!(new.author, Some(me));
    assert_eq!(new.whose(&key), Whose::Yours, "made here, so signed here");
    assert_eq!(new.id, "new");
    assert_eq!(new.title, format!("{} (re-assessment)", old.title));
    assert_eq!((new.created_at, new.updated_at), (1_000, 1_000));
    assert_eq!(new.answer("1A"), old.answer("1A"));
    assert_eq!(new.note("1A"), "Ask the GP practices");
    assert!(!new.responses["5A"].carried_over);
    assert!(!old.rounds.is_empty());
    // Every answer is marked carried over; a response with only a note is not.
    for (code, r) in &new.responses {
        assert_eq!(r.carried_over, r.answer.is_some(), "{code}");
        assert!(r.tally.is_empty(), "{code}");
    }
    assert!(new.actions.is_empty() && new.rounds.is_empty());
    assert_eq!(
        (new.reviews.is_empty(), new.next_check_in.clone()),
        (true, None)
    );
    // The old assessment is untouched.
    assert_eq!(old.responses["2A"].tally["complex"], 3);
}

#[test]
fn each_round_keeps_the_judgements_made_in_it() {
    let bank = full();
    let mut a = Assessment::new("p".into(), "Ward", &bank, 0);
    answer(&mut a, "5C", "complex", 1);
    a.set_judgement(5, Some(("complicated", "Funding is agreed")), 2);
    start_check_in(&mut a, "", 3);
    // In the new round the team now judges it complex after all.
    a.set_judgement(5, Some(("complex", "The funder pulled out")), 4);
    let (_, series) = trend(&bank, &a);
    let d5 = &series[4];
    assert_eq!(d5.levels, [Some(COMPLICATED), Some(COMPLEX)]);
    assert_eq!(
        d5.results[0].level_text(bank.levels()),
        "Your judgement: complicated (answers suggest complex)"
    );
    assert_eq!(a.rounds[0].judgements[&5].reason, "Funding is agreed");
}

#[test]
fn carried_over_answers_are_confirmed_one_by_one_or_a_domain_at_a_time() {
    let bank = full();
    let mut a = Assessment::new("p".into(), "Ward", &bank, 0);
    for code in ["2A", "2B", "2C", "3A"] {
        answer(&mut a, code, "complex", 10);
    }
    assert!(!a.check_in_in_progress());
    start_check_in(&mut a, "", 100);
    assert!(a.check_in_in_progress());
    assert_eq!(a.carried_over_in(&bank, 2), 3);
    a.confirm("2A", 110);
    assert_eq!(a.carried_over_in(&bank, 2), 2);
    assert_eq!(
        a.answer("2A"),
        Some(&level("complex")),
        "confirmed as it was"
    );
    assert_eq!(a.responses["2A"].updated_at, 110);
    a.confirm_domain(&bank, 2, 120);
    assert_eq!(a.carried_over_in(&bank, 2), 0);
    assert!(a.check_in_in_progress(), "3A is still to look at");
    a.confirm("3A", 130);
    assert!(!a.check_in_in_progress());
    // A question never carried over is left alone.
    a.confirm("7B", 140);
    assert!(a.response("7B").is_none());
}

#[test]
fn a_round_is_dated_by_when_its_answers_were_given() {
    let bank = full();
    let mut a = Assessment::new("p".into(), "Ward", &bank, 0);
    answer(&mut a, "1A", "simple", 500);
    answer(&mut a, "2A", "complex", 700);
    start_check_in(&mut a, "", 9000);
    assert_eq!(a.rounds[0].rated_at(), Some(700));
    assert_eq!(a.rounds[0].closed_at, 9000);
}

#[test]
fn after_a_check_in_the_next_one_is_not_the_main_step() {
    use nasss_navigator::core::trend::{check_in_offer, CheckInOffer};
    const DAY: u64 = 86_400_000;
    let bank = full();
    let mut a = Assessment::new("p".into(), "Ward", &bank, 0);
    answer(&mut a, "1A", "complex", 10);
    assert_eq!(
        check_in_offer(&a, 100 * DAY),
        CheckInOffer::Start,
        "never checked in"
    );
    start_check_in(&mut a, "", 100 * DAY);
    assert_eq!(check_in_offer(&a, 100 * DAY), CheckInOffer::Continue);
    a.confirm("1A", 100 * DAY + 5);
    assert_eq!(
        check_in_offer(&a, 101 * DAY),
        CheckInOffer::StartAnother,
        "just finished"
    );
    assert_eq!(
        check_in_offer(&a, 114 * DAY),
        CheckInOffer::Start,
        "two weeks on"
    );
}
