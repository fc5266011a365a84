//! Nothing lost: clocks that disagree, replaces that must keep local work, duplicate or
//! exhausted action ids, and caps on what a file may hold. Each case here failed before the
//! rule it checks was written.

use nasss_navigator::core::assessment::{merge, Answer, Assessment, Review, Verdict};
use nasss_navigator::core::author::Author;
use nasss_navigator::core::bank::{
    Bank, BankError, Level, MAX_DESCRIPTIONS, MAX_LEVELS, MAX_QUESTIONS,
};
use nasss_navigator::core::file_format::{export, import, MAX_ACTIONS, MAX_ROUNDS};
use nasss_navigator::core::return_trip::replace;
use nasss_navigator::core::shipped::shipped_banks;
use nasss_navigator::core::storage::{load_one, save, save_merged, MemoryStore};
use nasss_navigator::core::trend::start_check_in;

const HOUR: u64 = 3_600_000;
const DAY: u64 = 24 * HOUR;
/// "Now" on the receiving device.
const NOW: u64 = 1_764_500_000_000;

fn full() -> Bank {
    shipped_banks().remove(1)
}

/// An assessment as it arrives from a device whose clock is `skew` ms off (positive: ahead).
fn from_skewed_device(bank: &Bank, skew: i64) -> Assessment {
    let t = NOW.checked_add_signed(skew).unwrap();
    let mut a = Assessment::new("shared".into(), "From the author", bank, t - 10);
    a.set_answer("1A", Some(Answer::parse("complex")), t - 5);
    a.set_note("1A", "Author's note", t - 4);
    a
}

/// What a reviewer does straight after import: each change stamped as the app stamps it.
fn review_after_import(store: &mut MemoryStore, banks: &[Bank], mut a: Assessment) -> Assessment {
    let bank = &banks[1];
    let mut wall = NOW + 1000;
    let mut step = |a: &mut Assessment, change: &dyn Fn(&mut Assessment, u64)| {
        wall += 1000;
        let t = a.clock(wall);
        change(a, t);
        *a = save_merged(store, a, banks).unwrap();
    };
    step(&mut a, &|a, t| {
        a.add_action("1A", "Talk to the clinic", "", "", t);
    });
    step(&mut a, &|a, t| a.set_note("1B", "Reviewer's note", t));
    step(&mut a, &|a, t| a.rename("Renamed by the reviewer", t));
    step(&mut a, &|a, t| start_check_in(a, "First look", t));
    let _ = bank;
    a
}

#[test]
fn edits_after_an_import_survive_whatever_the_senders_clock_said() {
    let banks = shipped_banks();
    for skew in [-(DAY as i64), -(HOUR as i64), 0, HOUR as i64, DAY as i64] {
        let mut store = MemoryStore::default();
        let mut incoming = from_skewed_device(&banks[1], skew);
        // Import stores the file's copy with no time later than now.
        incoming.bound_times(NOW);
        save(&mut store, &incoming).unwrap();
        review_after_import(&mut store, &banks, incoming);
        let stored = load_one(&store, "shared", &banks).unwrap();
        assert_eq!(stored.title, "Renamed by the reviewer", "skew {skew}");
        assert_eq!(stored.actions.len(), 1, "skew {skew}");
        assert_eq!(stored.note("1B"), "Reviewer's note", "skew {skew}");
        assert_eq!(stored.rounds.len(), 1, "skew {skew}");
        assert_eq!(stored.note("1A"), "Author's note", "skew {skew}");
    }
}

#[test]
fn the_clock_never_runs_backwards_past_what_it_has_seen() {
    let bank = full();
    // Even without bounding (say, data that reached storage another way), a change made
    // after seeing a copy stamped in the future is newer than that copy.
    let ahead = from_skewed_device(&bank, DAY as i64);
    let mut mine = ahead.clone();
    let t = mine.clock(NOW);
    assert!(t > ahead.latest_stamp());
    mine.rename("Mine", t);
    assert_eq!(merge(&mine, &ahead).title, "Mine");
    assert_eq!(merge(&ahead, &mine).title, "Mine");
    // With a sane clock, the wall clock is used as it is.
    let fresh = Assessment::new("f".into(), "F", &bank, NOW - 10);
    assert_eq!(fresh.clock(NOW), NOW);
}

#[test]
fn bounding_brings_every_future_time_back_to_now() {
    let bank = full();
    let mut a = from_skewed_device(&bank, DAY as i64);
    a.set_judgement(2, Some(("complex", "")), NOW + DAY);
    a.reflect(3, NOW + DAY, |r| r.uncertain = "x".into());
    start_check_in(&mut a, "", NOW + DAY);
    a.bound_times(NOW);
    assert_eq!(a.latest_stamp(), NOW);
    assert!(a.rounds.iter().all(|r| r.closed_at <= NOW));
    // Times already in the past stay as they were.
    let mut past = from_skewed_device(&bank, -(DAY as i64));
    let before = past.clone();
    past.bound_times(NOW);
    assert_eq!(past, before);
}

#[test]
fn replacing_with_the_files_copy_keeps_what_only_this_device_holds() {
    let bank = full();
    let file = from_skewed_device(&bank, 0);
    let mut local = file.clone();
    // The reviewer's work, held only here.
    local.reviews.push(Review {
        id: "r1".into(),
        reviewer: Author::new(String::new(), "Priya", ""),
        verdicts: [(
            1,
            Verdict {
                agrees: false,
                why: "Complex for us".into(),
                level: None,
            },
        )]
        .into(),
        ..Review::default()
    });
    local.set_judgement(4, Some(("complicated", "Training is booked")), NOW + 1);
    local.reflect(4, NOW + 2, |r| r.uncertain = "Staff time".into());
    local.add_action("1A", "Talk to the clinic", "", "", NOW + 3);
    local.set_note("2B", "Ask IT", NOW + 4);
    start_check_in(&mut local, "Before the file came back", NOW + 5);
    // The author changed their answer and note in the file meanwhile.
    let mut newer_file = file.clone();
    newer_file.set_answer("1A", Some(Answer::parse("complicated")), NOW + 6);
    newer_file.set_note("1A", "Author's new note", NOW + 6);

    let out = replace(&local, &newer_file);
    assert_eq!(
        out.answer("1A"),
        Some(&Answer::parse("complicated")),
        "the file wins where both hold it"
    );
    assert_eq!(out.note("1A"), "Author's new note");
    assert_eq!(out.reviews[0].reviewer.name, "Priya");
    assert_eq!(out.judgement(4).unwrap().reason, "Training is booked");
    assert_eq!(out.reflection(4).unwrap().uncertain, "Staff time");
    assert_eq!(out.actions.len(), 1);
    assert_eq!(out.note("2B"), "Ask IT");
    assert_eq!(out.rounds.len(), 1);
    assert_eq!(out.rounds[0].comment, "Before the file came back");
}

#[test]
fn new_action_ids_never_collide_even_at_the_top_of_the_range() {
    let bank = full();
    let mut a = Assessment::new("x".into(), "X", &bank, 1);
    let first = a.add_action("1A", "one", "", "", 2);
    a.actions[0].id = u32::MAX;
    let next = a.add_action("1A", "two", "", "", 3);
    assert_ne!(next, u32::MAX);
    assert_ne!(next, 0, "0 would be where max()+1 wrapped");
    assert_eq!(first, 1);
    assert_eq!(next, 1, "the lowest free id");
    // Removing one removes only that one.
    a.remove_action(next, 4);
    assert_eq!(a.actions.len(), 1);
    assert_eq!(a.actions[0].what, "one");
}

fn export_value(a: &Assessment) -> serde_json::Value {
    serde_json::from_str(&export(std::slice::from_ref(a), 1)).unwrap()
}

fn import_value(v: &serde_json::Value) -> Result<Vec<Assessment>, String> {
    import(v.to_string().as_bytes(), &shipped_banks()).map_err(|e| e.to_string())
}

#[test]
fn import_refuses_duplicate_action_ids() {
    let bank = full();
    let mut a = Assessment::new("x".into(), "Plan", &bank, 1);
    a.add_action("1A", "one", "", "", 2);
    a.add_action("1A", "two", "", "", 3);
    a.actions[1].id = a.actions[0].id;
    assert_eq!(
        import_value(&export_value(&a)).unwrap_err(),
        "\"Plan\" has two actions with the same number (1), so one could not be changed or removed without the other."
    );
}

#[test]
fn import_caps_rounds_and_actions() {
    let bank = full();
    let mut a = Assessment::new("x".into(), "Big", &bank, 1);
    for i in 0..MAX_ROUNDS as u64 {
        start_check_in(&mut a, "", 10 + i);
    }
    assert!(
        import_value(&export_value(&a)).is_ok(),
        "the cap itself is allowed"
    );
    start_check_in(&mut a, "", 5000);
    assert_eq!(
        import_value(&export_value(&a)).unwrap_err(),
        format!(
            "\"Big\" has {} check-in rounds; this app keeps up to {MAX_ROUNDS}.",
            MAX_ROUNDS + 1
        )
    );
    let mut b = Assessment::new("y".into(), "Busy", &bank, 1);
    for _ in 0..=MAX_ACTIONS {
        b.add_action("1A", "x", "", "", 2);
    }
    assert_eq!(
        import_value(&export_value(&b)).unwrap_err(),
        format!(
            "\"Busy\" has {} actions; this app keeps up to {MAX_ACTIONS}.",
            MAX_ACTIONS + 1
        )
    );
}

#[test]
fn a_bank_may_hold_at_most_the_cap_of_questions() {
    let bank = full();
    let mut set = bank.set.clone();
    let template = set.questions[0].clone();
    set.questions = (0..=MAX_QUESTIONS)
        .map(|i| {
            let mut q = template.clone();
            q.code = format!("Q{i}");
            // The shipped ideas name the shipped levels, which this scale does not have.
            q.ideas.clear();
            q.domain = bank.domains()[i % 7].number;
            q
        })
        .collect();
    assert_eq!(
        Bank::new(bank.framework.clone(), set.clone()).unwrap_err(),
        BankError::TooManyQuestions(MAX_QUESTIONS + 1)
    );
    set.questions.pop();
    assert!(Bank::new(bank.framework.clone(), set).is_ok());
}

/// The full bank's scale stretched to `levels` levels, every question describing each.
fn with_levels(questions: usize, levels: usize) -> Result<Bank, BankError> {
    let bank = full();
    let mut framework = bank.framework.clone();
    framework.scale.levels = (0..levels)
        .map(|i| Level {
            id: format!("l{i}"),
            value: i as u32 + 1,
            label: format!("Level {i}"),
            meaning: "A level".into(),
        })
        .collect();
    let mut set = bank.set.clone();
    let template = set.questions[0].clone();
    set.questions = (0..questions)
        .map(|i| {
            let mut q = template.clone();
            q.code = format!("Q{i}");
            // The shipped ideas name the shipped levels, which this scale does not have.
            q.ideas.clear();
            q.domain = bank.domains()[i % 7].number;
            q.descriptors = framework
                .scale
                .levels
                .iter()
                .map(|l| (l.id.clone(), "Described".to_string()))
                .collect();
            q
        })
        .collect();
    Bank::new(framework, set)
}

#[test]
fn a_bank_is_capped_in_levels_and_in_descriptions_so_its_pages_draw_at_once() {
    assert!(with_levels(50, MAX_LEVELS).is_ok());
    assert_eq!(
        with_levels(50, MAX_LEVELS + 1).unwrap_err(),
        BankError::TooManyLevels(MAX_LEVELS + 1)
    );
    // 500 questions of 30 levels froze the paper form for a second.
    assert_eq!(
        with_levels(500, 30).unwrap_err(),
        BankError::TooManyLevels(30)
    );
    assert!(
        with_levels(MAX_QUESTIONS, 3).is_ok(),
        "the most questions, on a three-level scale"
    );
    let too_many = with_levels(MAX_DESCRIPTIONS / 4 + 1, 4).unwrap_err();
    assert_eq!(
        too_many,
        BankError::TooManyDescriptions {
            questions: MAX_DESCRIPTIONS / 4 + 1,
            levels: 4
        }
    );
    assert!(too_many
        .to_string()
        .contains("so that the paper form and the workshop screens draw at once"));
}
