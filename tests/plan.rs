//! The action plan's questions: complex first, then complicated, then things to find out.

use nasss_navigator::core::assessment::{Answer, Assessment};
use nasss_navigator::core::plan::{plan_questions, PlanGroup};
use nasss_navigator::core::shipped::shipped_banks;

#[test]
fn complex_first_then_complicated_then_things_to_find_out() {
    let banks = shipped_banks();
    let bank = &banks[1];
    let mut a = Assessment::new("p".into(), "Plan", bank, 0);
    for (code, answer) in [
        ("1A", "complicated"),
        ("1B", "simple"),
        ("2A", "dont_know"),
        ("3A", "complex"),
        ("4A", "complicated"),
        ("7B", "complex"),
    ] {
        a.set_answer(code, Some(Answer::parse(answer)), 1);
    }
    let plan = plan_questions(bank, &a);
    assert_eq!(
        plan,
        [
            ("3A".to_string(), PlanGroup::Level(2)),
            ("7B".to_string(), PlanGroup::Level(2)),
            ("1A".to_string(), PlanGroup::Level(1)),
            ("4A".to_string(), PlanGroup::Level(1)),
            ("2A".to_string(), PlanGroup::FindOut),
        ],
        "a simple answer (1B) and unanswered questions need no action"
    );
}
