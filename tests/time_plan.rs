//! The workshop time plan (`core::time_plan`): our own rule of thumb, checked against numbers
//! worked out by hand from the rule's statement.

use nasss_navigator::core::shipped::shipped_banks;
use nasss_navigator::core::time_plan::*;

fn quick() -> (Vec<(u32, u32)>, u32) {
    let bank = &shipped_banks()[0];
    assert_eq!(bank.id(), "quick");
    (domain_sizes(bank), bank.questions().len() as u32)
}

fn full() -> (Vec<(u32, u32)>, u32) {
    let bank = &shipped_banks()[1];
    assert_eq!(bank.id(), "full");
    (domain_sizes(bank), bank.questions().len() as u32)
}

fn others() -> Vec<OtherSet> {
    vec![
        OtherSet {
            title: "Quick check".into(),
            questions: 7,
        },
        OtherSet {
            title: "Full assessment".into(),
            questions: 23,
        },
    ]
}

#[test]
fn the_shipped_banks_domains_in_framework_order() {
    assert_eq!(quick().0, (1..=7).map(|d| (d, 1)).collect::<Vec<_>>());
    // The full set: 2 + 4 + 2 + 3 + 5 + 5 + 2 = 23.
    assert_eq!(
        full().0,
        vec![(1, 2), (2, 4), (3, 2), (4, 3), (5, 5), (6, 5), (7, 2)]
    );
}

#[test]
fn the_quick_check_in_45_minutes() {
    let (sizes, n) = quick();
    let plan = propose(&sizes, 45);
    // 45 - 5 opening - 10 reveal = 30 minutes for 7 questions: 4 each (28), 2 spare.
    assert_eq!(
        (plan.opening, plan.per_question, plan.reveal, plan.spare),
        (5, 4, 10, 2)
    );
    assert_eq!(plan.questions(), n);
    assert_eq!(plan.domain_minutes(3), Some(4));
    assert!(plan.fits());
    assert_eq!(
        verdict(&plan),
        "This fits: 4 minutes a question, with 2 minutes to spare."
    );
    assert!(advice(&plan, &others()).is_empty());
}

#[test]
fn the_full_set_in_two_hours_fits_with_time_to_spare() {
    let (sizes, _) = full();
    let plan = propose(&sizes, 120);
    // 105 minutes for 23 questions: 4 each (92), 13 spare; domain 5 has 5 questions: 20.
    assert_eq!((plan.per_question, plan.spare), (4, 13));
    assert_eq!(plan.domain_minutes(5), Some(20));
    assert_eq!(plan.domain_minutes(1), Some(8));
    assert!(plan.fits());
}

#[test]
fn the_full_set_in_90_minutes_does_not_fit_and_says_what_would() {
    let (sizes, _) = full();
    let plan = propose(&sizes, 90);
    // 75 minutes for 23 questions: 3 each (69), 6 spare; 3 is below the 4 needed.
    assert_eq!((plan.per_question, plan.spare), (3, 6));
    assert!(!plan.fits());
    // 23 questions need 15 + 23 × 4 = 107 minutes.
    assert_eq!(minimum_length(23), 107);

    // At 4 minutes, 75 minutes hold 18 questions. In framework order: 1 (2), 2 (4, so 6),
    // 3 (2, 8), 4 (3, 11), 5 (5, 16), 6 (5: 21 is too many, skipped), 7 (2, 18).
    let choice = domains_that_fit(&sizes, 90).expect("some domains fit");
    let taken: Vec<u32> = choice.now.domains.iter().map(|d| d.number).collect();
    assert_eq!(taken, vec![1, 2, 3, 4, 5, 7]);
    assert_eq!(choice.later, vec![6]);
    // 75 minutes for 18 questions: 4 each (72), 3 spare.
    assert_eq!(
        (
            choice.now.questions(),
            choice.now.per_question,
            choice.now.spare
        ),
        (18, 4, 3)
    );
    assert!(choice.now.fits());

    // The quick check in 90: 75 / 7 = 10 each.
    assert_eq!(
        verdict(&plan),
        "This does not fit: 90 minutes leaves 3 minutes a question, and a question needs at least 4 minutes to be talked through. 23 questions need at least 107 minutes."
    );
    assert_eq!(
        advice(&plan, &others()),
        vec![
            "Choose \"Quick check\" instead: 7 questions, 10 minutes each.".to_string(),
            "Or take domains 1, 2, 3, 4, 5 and 7 now (18 questions, 4 minutes each) and domain 6 in a second session.".to_string(),
        ]
    );
}

#[test]
fn too_short_for_anything() {
    let (sizes, _) = quick();
    // Shorter than the opening and the reveal together: nothing for the questions.
    let plan = propose(&sizes, 14);
    assert_eq!((plan.per_question, plan.spare), (0, 0));
    assert!(!plan.fits());
    // 30 minutes: 15 for 7 questions is 2 each; at 4 a question, 15 minutes hold 3 one-question
    // domains (1, 2 and 3).
    let plan = propose(&sizes, 30);
    assert_eq!((plan.per_question, plan.spare), (2, 1));
    let choice = domains_that_fit(&sizes, 30).unwrap();
    assert_eq!(choice.later, vec![4, 5, 6, 7]);
    assert_eq!(choice.now.per_question, 5);
    assert_eq!(
        advice(&plan, &others())[0],
        "Take domains 1, 2 and 3 now (3 questions, 5 minutes each) and domains 4, 5, 6 and 7 in a second session."
    );
    // 18 minutes: 3 for the questions is not 4 for even one.
    let plan = propose(&sizes, 18);
    assert_eq!(domains_that_fit(&sizes, 18), None);
    assert_eq!(
        advice(&plan, &others())[0],
        "18 minutes is too short for even one domain: allow at least 19 minutes."
    );
}

#[test]
fn no_question_is_planned_for_more_than_15_minutes() {
    // One question in 90 minutes: 75 minutes, capped at 15, 60 spare.
    let plan = propose(&[(4, 1)], 90);
    assert_eq!((plan.per_question, plan.spare), (15, 60));
    // An empty plan divides nothing by nothing.
    assert_eq!(propose(&[], 60).per_question, 0);
}

#[test]
fn how_long_to_plan_for_a_set() {
    // Quick check: 15 + 7 × 4 = 43, up to 45; 15 + 7 × 6 = 57, up to 60.
    assert_eq!(length_hint(7), "45 to 60 minutes");
    // Full: 107 up to the next half hour is 2 hours; 15 + 23 × 6 = 153, up to 3 hours.
    assert_eq!(length_hint(23), "2 to 3 hours");
    // One question: 19 → 20, 21 → 25.
    assert_eq!(length_hint(1), "20 to 25 minutes");
    // 16 questions: 79 and 111; 111 is past 90, so half hours: 1½ (90) and 2 (120).
    assert_eq!(length_hint(16), "1½ to 2 hours");
    // The low end always fits: the hint never suggests a length the plan would refuse.
    for n in 1..=60 {
        assert!(
            propose(&[(1, n)], minimum_length(n)).fits(),
            "{n} questions"
        );
        assert!(
            !propose(&[(1, n)], minimum_length(n) - 1).fits(),
            "{n} questions"
        );
    }
}

#[test]
fn the_timer_against_the_plan_in_words() {
    assert_eq!(against_plan(0, 4), "0:00 of 4 min planned");
    assert_eq!(against_plan(130_400, 4), "2:10 of 4 min planned");
    assert_eq!(against_plan(240_999, 4), "4:00 of 4 min planned");
    assert!(!is_over_plan(240_999, 4));
    assert_eq!(
        against_plan(241_000, 4),
        "4:01 of 4 min planned (0:01 over)"
    );
    assert!(is_over_plan(241_000, 4));
    assert_eq!(
        against_plan(310_000, 4),
        "5:10 of 4 min planned (1:10 over)"
    );
    assert_eq!(against_plan(30_000, 1), "0:30 of 1 min planned");
}

mod saved_with_the_workshop {
    use nasss_navigator::core::assessment::{merge, Assessment};
    use nasss_navigator::core::shipped::shipped_banks;
    use nasss_navigator::core::time_plan::{saved_plan, set_length, WorkshopLength};

    fn workshop() -> Assessment {
        Assessment::new("w1".into(), "Ward workshop", &shipped_banks()[1], 1_000)
    }

    #[test]
    fn the_length_is_kept_and_the_plan_follows_from_it() {
        let bank = &shipped_banks()[1];
        let mut a = workshop();
        assert_eq!(saved_plan(&a, bank), None);
        set_length(&mut a, 90, 2_000);
        assert_eq!(
            a.workshop_length,
            Some(WorkshopLength {
                minutes: 90,
                updated_at: 2_000
            })
        );
        assert_eq!(a.updated_at, 2_000);
        assert_eq!(saved_plan(&a, bank).map(|p| p.per_question), Some(3));
        // Out of range lengths are kept within 10 minutes and 10 hours.
        set_length(&mut a, 3, 3_000);
        assert_eq!(a.workshop_length.unwrap().minutes, 10);
        // Stored as a plain field; an assessment without a plan writes nothing new.
        let json = serde_json::to_string(&a).unwrap();
        assert!(
            json.contains(r#""workshop_length":{"minutes":10,"updated_at":3000}"#),
            "{json}"
        );
        assert!(!serde_json::to_string(&workshop())
            .unwrap()
            .contains("workshop_length"));
    }

    #[test]
    fn two_copies_keep_the_length_set_last_whichever_copy_is_newer() {
        let mut planned = workshop();
        set_length(&mut planned, 90, 2_000);
        // The other copy changed an answer later, but never touched the plan.
        let mut answered = workshop();
        answered.set_note("1A", "Talked about the ward", 5_000);
        for merged in [merge(&planned, &answered), merge(&answered, &planned)] {
            assert_eq!(merged.workshop_length.map(|l| l.minutes), Some(90));
            assert_eq!(merged.note("1A"), "Talked about the ward");
        }
        // Changed in both: the later setting wins, in either order.
        let mut replanned = answered.clone();
        set_length(&mut replanned, 120, 4_000);
        set_length(&mut planned, 60, 6_000);
        for merged in [merge(&planned, &replanned), merge(&replanned, &planned)] {
            assert_eq!(merged.workshop_length.map(|l| l.minutes), Some(60));
        }
    }
}

#[test]
fn the_length_as_typed() {
    assert_eq!(parse_length("  "), Ok(None));
    assert_eq!(parse_length("90"), Ok(Some(90)));
    assert_eq!(parse_length(" 90 minutes "), Ok(Some(90)));
    assert_eq!(parse_length("45min"), Ok(Some(45)));
    assert_eq!(parse_length("10"), Ok(Some(10)));
    assert_eq!(parse_length("600"), Ok(Some(600)));
    assert_eq!(
        parse_length("9"),
        Err("Enter a length between 10 and 600 minutes".into())
    );
    assert_eq!(
        parse_length("601"),
        Err("Enter a length between 10 and 600 minutes".into())
    );
    for typed in ["1h30", "ninety", "-5", "1.5"] {
        assert_eq!(
            parse_length(typed),
            Err("Enter the workshop's length as a whole number of minutes, like 90".into()),
            "{typed}"
        );
    }
}
