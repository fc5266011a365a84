//! Back and Continue through the walkthrough, with the look-back page after each domain.

use nasss_navigator::core::route::{Origin, Route};
use nasss_navigator::core::shipped::shipped_banks;
use nasss_navigator::core::walkthrough::{
    check_back, pauses_after, question_back, question_next, reflect_back, reflect_next,
};

fn q(code: &str) -> Route {
    Route::question("a", code)
}

fn reflect(domain: u32) -> Route {
    Route::Reflect {
        id: "a".into(),
        domain,
        from: Origin::Walkthrough,
    }
}

#[test]
fn the_full_assessment_looks_back_after_each_domain() {
    let banks = shipped_banks();
    let full = &banks[1];
    let index = |code: &str| full.question_index(code).unwrap();
    // Within a domain, one question leads to the next.
    assert_eq!(question_next(full, "a", index("1A"), false), q("1B"));
    // The last question of domain 1 leads to looking back at domain 1...
    assert_eq!(question_next(full, "a", index("1B"), false), reflect(1));
    // ...which continues to domain 2's first question, and goes back to 1B.
    assert_eq!(reflect_next(full, "a", 1, Origin::Walkthrough), q("2A"));
    assert_eq!(reflect_back(full, "a", 1, Origin::Walkthrough), q("1B"));
    // Back from 2A returns to the look-back page, not straight to 1B.
    assert_eq!(question_back(full, "a", index("2A"), false), reflect(1));
    assert_eq!(question_back(full, "a", index("1A"), false), Route::Home);
    // The last domain's look-back leads to check your answers.
    assert_eq!(question_next(full, "a", index("7B"), false), reflect(7));
    assert_eq!(
        reflect_next(full, "a", 7, Origin::Walkthrough),
        Route::Check { id: "a".into() }
    );
}

#[test]
fn the_quick_check_does_not_stop_after_its_one_question_domains() {
    let banks = shipped_banks();
    let quick = &banks[0];
    assert!(!pauses_after(quick, 1));
    assert_eq!(question_next(quick, "a", 0, false), q("2"));
    assert_eq!(question_back(quick, "a", 1, false), q("1"));
    assert_eq!(
        question_next(quick, "a", 6, false),
        Route::Check { id: "a".into() }
    );
}

#[test]
fn from_check_or_results_every_way_leads_back_there() {
    let banks = shipped_banks();
    let full = &banks[1];
    let check = Route::Check { id: "a".into() };
    let results = Route::Results { id: "a".into() };
    assert_eq!(question_next(full, "a", 1, true), check);
    assert_eq!(question_back(full, "a", 2, true), check);
    assert_eq!(reflect_next(full, "a", 3, Origin::Check), check);
    assert_eq!(reflect_back(full, "a", 3, Origin::Check), check);
    assert_eq!(reflect_next(full, "a", 3, Origin::Results), results);
    assert_eq!(reflect_back(full, "a", 3, Origin::Results), results);
}

#[test]
fn back_from_check_your_answers_is_the_last_step_before_it() {
    let banks = shipped_banks();
    assert_eq!(check_back(&banks[1], "a"), reflect(7));
    assert_eq!(check_back(&banks[0], "a"), q("7"));
}
