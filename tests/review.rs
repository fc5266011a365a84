//! A reviewer's verdict per domain: agreeing, not agreeing, their own level and their
//! reason, each a rule of the core's `Review` rather than of the page that sets it.

use nasss_navigator::core::assessment::{Review, Verdict};
use nasss_navigator::core::author::Author;
use nasss_navigator::core::shipped::shipped_banks;

fn verdict(r: &Review, domain: u32) -> Verdict {
    r.verdicts[&domain].clone()
}

#[test]
fn a_level_of_the_reviewers_own_means_they_do_not_agree_and_agreeing_drops_it() {
    let mut r = Review::default();
    r.give_level(1, "complex");
    assert_eq!(
        verdict(&r, 1),
        Verdict {
            agrees: false,
            why: String::new(),
            level: Some("complex".into())
        }
    );
    r.agree(1);
    assert_eq!(
        verdict(&r, 1),
        Verdict {
            agrees: true,
            why: String::new(),
            level: None
        }
    );
    // Not agreeing again keeps nothing stale: the level was dropped on agreeing.
    r.disagree(1);
    assert_eq!(
        verdict(&r, 1),
        Verdict {
            agrees: false,
            why: String::new(),
            level: None
        }
    );
    // Choosing a level after "I agree" turns the verdict into a disagreement.
    r.agree(2);
    r.give_level(2, "simple");
    assert!(!verdict(&r, 2).agrees);
}

#[test]
fn the_reason_is_kept_whatever_the_verdict() {
    let mut r = Review::default();
    r.give_reason(3, "Two suppliers");
    assert_eq!(
        verdict(&r, 3),
        Verdict {
            agrees: true,
            why: "Two suppliers".into(),
            level: None
        }
    );
    r.disagree(3);
    r.give_level(3, "complicated");
    assert_eq!(verdict(&r, 3).why, "Two suppliers");
    r.give_reason(3, "Two suppliers, one contract");
    assert_eq!(
        verdict(&r, 3),
        Verdict {
            agrees: false,
            why: "Two suppliers, one contract".into(),
            level: Some("complicated".into())
        }
    );
}

#[test]
fn the_verdict_reads_as_a_phrase_beside_its_domain() {
    let bank = &shipped_banks()[0];
    let mut r = Review {
        reviewer: Author::new(String::new(), "Priya", ""),
        ..Review::default()
    };
    r.give_level(1, "complex");
    r.give_reason(1, "Frailty");
    r.agree(2);
    r.disagree(3);
    assert_eq!(
        r.verdict_text(1, bank, true).as_deref(),
        Some("Priya would say complex: Frailty")
    );
    assert_eq!(
        r.verdict_text(1, bank, false).as_deref(),
        Some("Priya would say complex")
    );
    assert_eq!(
        r.verdict_text(2, bank, true).as_deref(),
        Some("Priya agrees")
    );
    assert_eq!(
        r.verdict_text(3, bank, true).as_deref(),
        Some("Priya does not agree")
    );
    assert_eq!(r.verdict_text(4, bank, true), None);
}
