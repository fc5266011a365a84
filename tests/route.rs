use nasss_navigator::core::route::Route;

#[test]
fn routes_round_trip_through_their_hash() {
    let routes = [
        Route::Home,
        Route::question("a1b2", "2C"),
        Route::Question {
            id: "a1b2".into(),
            code: "7B".into(),
            from_check: true,
        },
        Route::Check { id: "a1b2".into() },
        Route::Results { id: "x_y-z".into() },
        Route::Plan { id: "a1b2".into() },
        Route::New,
        Route::Import,
        Route::DeleteAll,
        Route::Privacy,
        Route::YourName,
        Route::Rename { id: "a1b2".into() },
        Route::Delete { id: "a1b2".into() },
        Route::Review { id: "a1b2".into() },
        Route::CheckIn { id: "a1b2".into() },
        Route::Trend { id: "a1b2".into() },
        Route::Compare { ids: vec![] },
        Route::Compare {
            ids: vec!["a1".into(), "b2".into(), "c3".into()],
        },
        Route::Team {
            ids: vec!["a1".into(), "b2".into()],
        },
        Route::Workshop,
        Route::Blank {
            bank: "quick".into(),
        },
        Route::Present {
            id: "a1b2".into(),
            code: "2C".into(),
        },
        Route::Reveal { id: "a1b2".into() },
        Route::Facilitate { id: "a1b2".into() },
        Route::Paper { id: "a1b2".into() },
        Route::Paused {
            id: "a1b2".into(),
            code: "2C".into(),
        },
        Route::Paused {
            id: "a1b2".into(),
            code: "reveal".into(),
        },
        Route::Share { id: "a1b2".into() },
        Route::AskReview { id: "a1b2".into() },
        Route::Open {
            payload: "v1.AAADAAADOn5f92FiY061Xxk".into(),
        },
        Route::Invite { id: "a1b2".into() },
        Route::Collect { id: "a1b2".into() },
        Route::Join {
            payload: "v2.AAADAAADOn5f92FiY061Xxk".into(),
        },
        Route::Phone {
            workshop: "a1b2".into(),
            step: "2C".into(),
        },
        Route::Answers {
            payload: "v2.AAAD".into(),
        },
    ];
    for route in routes {
        assert_eq!(Route::parse(&route.href()), route, "{}", route.href());
    }
}

#[test]
fn known_hashes_parse() {
    assert_eq!(Route::parse(""), Route::Home);
    assert_eq!(Route::parse("#"), Route::Home);
    assert_eq!(Route::parse("#/"), Route::Home);
    assert_eq!(Route::parse("#/a/k9/q/1A"), Route::question("k9", "1A"));
    assert_eq!(Route::question("k9", "1A").href(), "#/a/k9/q/1A");
    assert_eq!(
        Route::parse("#/a/k9/q/1A?from=check"),
        Route::Question {
            id: "k9".into(),
            code: "1A".into(),
            from_check: true
        }
    );
    assert_eq!(Route::parse("#/a/k9/results").assessment_id(), Some("k9"));
    assert_eq!(Route::parse("#/compare/x1/y2").href(), "#/compare/x1/y2");
    assert_eq!(Route::parse("#/team"), Route::Team { ids: vec![] });
}

#[test]
fn unknown_or_unsafe_hashes_are_not_found() {
    for hash in [
        "#/nope",
        "#/a/k9",
        "#/a/k9/q",
        "#/a/<script>/check",
        "#/a/k9/q/1A/extra",
        "#/a/%20/check",
    ] {
        assert!(matches!(Route::parse(hash), Route::NotFound(_)), "{hash}");
    }
}

#[test]
fn reflect_routes_round_trip_and_refuse_odd_domains() {
    use nasss_navigator::core::route::Origin;
    for from in [Origin::Walkthrough, Origin::Check, Origin::Results] {
        let route = Route::Reflect {
            id: "a1".into(),
            domain: 4,
            from,
        };
        assert_eq!(Route::parse(&route.href()), route);
    }
    assert_eq!(
        Route::Reflect {
            id: "a1".into(),
            domain: 4,
            from: Origin::Check
        }
        .href(),
        "#/a/a1/domain/4?from=check"
    );
    for odd in [
        "#/a/a1/domain/x",
        "#/a/a1/domain/04",
        "#/a/a1/domain/-1",
        "#/a/a1/domain/99999999999",
    ] {
        assert!(matches!(Route::parse(odd), Route::NotFound(_)), "{odd}");
    }
}

#[test]
fn a_route_finds_only_questions_and_domains_its_question_set_has() {
    use nasss_navigator::core::route::Origin;
    use nasss_navigator::core::shipped::shipped_banks;
    let banks = shipped_banks();
    let (quick, full) = (&banks[0], &banks[1]);
    let question = |code: &str| Route::question("a1", code);
    assert!(question("1").found_in(quick));
    assert!(
        !question("1A").found_in(quick),
        "a full-set code in a quick check"
    );
    assert!(question("1A").found_in(full));
    let present = Route::Present {
        id: "a1".into(),
        code: "9Z".into(),
    };
    assert!(!present.found_in(full));
    let reflect = |domain| Route::Reflect {
        id: "a1".into(),
        domain,
        from: Origin::Walkthrough,
    };
    assert!(reflect(7).found_in(full));
    assert!(!reflect(8).found_in(full));
    assert!(!reflect(0).found_in(full));
    let paused = |code: &str| Route::Paused {
        id: "a1".into(),
        code: code.into(),
    };
    assert!(paused("reveal").found_in(quick));
    assert!(paused("3").found_in(quick));
    assert!(!paused("3C").found_in(quick));
    // Routes that name nothing inside the assessment are found whenever it is.
    assert!(Route::Results { id: "a1".into() }.found_in(quick));
}

#[test]
fn a_shared_link_reaches_its_page_however_long_or_damaged() {
    // Longer than the 64 characters any segment may have: the open route comes first.
    let long = format!("v1.{}", "Ab-_".repeat(500));
    assert_eq!(
        Route::parse(&format!("#/open/{long}")),
        Route::Open {
            payload: long.clone()
        }
    );
    // A damaged payload still opens the page, which then says what is wrong with it.
    for (hash, payload) in [
        ("#/open/v1.abc%20def", "v1.abc%20def"),
        ("#/open/v1.abc/def?x=1", "v1.abc/def?x=1"),
        ("#/open/<b>", "<b>"),
        ("#/open/", ""),
        ("#/open", ""),
    ] {
        assert_eq!(
            Route::parse(hash),
            Route::Open {
                payload: payload.into()
            },
            "{hash}"
        );
    }
    assert_eq!(Route::parse("#/open/x").assessment_id(), None);
    assert_eq!(
        Route::parse("#/a/k9/share"),
        Route::Share { id: "k9".into() }
    );
    assert_eq!(Route::parse("#/a/k9/share").assessment_id(), Some("k9"));
    assert_eq!(
        Route::parse("#/a/k9/ask-review"),
        Route::AskReview { id: "k9".into() }
    );
    assert_eq!(
        Route::parse("#/a/k9/ask-review").assessment_id(),
        Some("k9")
    );
    // Only at the start: elsewhere the usual rules hold.
    assert!(matches!(
        Route::parse("#/a/open/v1.x/y"),
        Route::NotFound(_)
    ));
}

#[test]
fn a_blank_form_has_its_own_address_for_each_bank() {
    assert_eq!(
        Route::parse("#/blank/full"),
        Route::Blank {
            bank: "full".into()
        }
    );
    assert_eq!(
        Route::Blank {
            bank: "quick".into()
        }
        .href(),
        "#/blank/quick"
    );
    let blank = Route::parse("#/blank/my-bank_2");
    assert_eq!(blank.bank_id(), Some("my-bank_2"));
    assert_eq!(blank.assessment_id(), None);
    assert_eq!(Route::Workshop.bank_id(), None);
    for odd in [
        "#/blank",
        "#/blank/full/extra",
        "#/blank/<b>",
        "#/blank/a%20b",
    ] {
        assert!(matches!(Route::parse(odd), Route::NotFound(_)), "{odd}");
    }
}

#[test]
fn typing_in_paper_forms_has_its_own_address_inside_the_workshop() {
    assert_eq!(
        Route::parse("#/a/w1/paper"),
        Route::Paper { id: "w1".into() }
    );
    assert_eq!(Route::Paper { id: "w1".into() }.href(), "#/a/w1/paper");
    assert_eq!(Route::parse("#/a/w1/paper").assessment_id(), Some("w1"));
}
