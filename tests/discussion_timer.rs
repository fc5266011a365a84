//! The discussion timer: a quiet count down that the two windows share.

use nasss_navigator::core::discussion_timer::{clock, DiscussionTimer, TimerState};

fn timer(minutes: u64) -> DiscussionTimer {
    let mut t = DiscussionTimer::default().for_question("2");
    t.set_length(minutes, 0);
    t
}

#[test]
fn counts_down_while_running_and_holds_while_paused() {
    let mut t = timer(5);
    assert_eq!(t.state(1_000), TimerState::Ready);
    assert_eq!(t.display(1_000), "5:00 left");
    t.start(10_000);
    assert_eq!(t.state(10_000), TimerState::Running);
    // 1.5 s gone: 4:58.5 left, shown rounded up.
    assert_eq!(t.display(11_500), "4:59 left");
    t.pause(70_000);
    assert_eq!(t.state(500_000), TimerState::Paused);
    assert_eq!(t.display(500_000), "4:00 left");
    t.start(600_000);
    assert_eq!(t.elapsed(630_000), 90_000);
    assert_eq!(t.display(630_000), "3:30 left");
}

#[test]
fn over_time_is_said_plainly() {
    let mut t = timer(2);
    t.start(0);
    assert_eq!(t.display(119_001), "0:01 left");
    assert_eq!(t.state(120_000), TimerState::Over);
    assert_eq!(t.display(120_000), "Time is up (0:00 over)");
    assert_eq!(t.display(185_000), "Time is up (1:05 over)");
}

#[test]
fn reset_and_a_new_length_start_again() {
    let mut t = timer(5);
    t.start(0);
    t.reset(30_000);
    assert_eq!((t.state(60_000), t.elapsed(60_000)), (TimerState::Ready, 0));
    t.start(60_000);
    t.set_length(10, 90_000);
    assert_eq!(t.display(95_000), "10:00 left");
    assert_eq!(t.minutes(), 10);
    // Starting twice does not restart the count.
    t.start(100_000);
    t.start(160_000);
    assert_eq!(t.elapsed(160_000), 60_000);
}

#[test]
fn each_question_gets_a_fresh_timer_with_the_same_length() {
    let mut t = timer(3);
    t.start(0);
    assert_eq!(t.for_question("2"), t);
    let next = t.for_question("3");
    assert_eq!(
        (next.code.as_str(), next.minutes(), next.elapsed(50_000)),
        ("3", 3, 0)
    );
}

#[test]
fn the_later_change_wins_between_windows() {
    let mut mine = timer(5);
    let mut theirs = mine.clone();
    mine.start(1_000);
    theirs.pause(500);
    assert_eq!(theirs.clone().newer(mine.clone()), mine);
    theirs.reset(2_000);
    assert_eq!(mine.newer(theirs.clone()), theirs);
}

#[test]
fn clock_is_minutes_and_seconds() {
    assert_eq!(clock(0), "0:00");
    assert_eq!(clock(65), "1:05");
    assert_eq!(clock(600), "10:00");
}

#[test]
fn the_planned_minutes_are_offered_as_a_time_box() {
    use nasss_navigator::core::discussion_timer::lengths_with;
    assert_eq!(lengths_with(None), vec![2, 3, 5, 10, 15]);
    assert_eq!(lengths_with(Some(4)), vec![2, 3, 4, 5, 10, 15]);
    assert_eq!(lengths_with(Some(5)), vec![2, 3, 5, 10, 15]);
    assert_eq!(lengths_with(Some(0)), vec![2, 3, 5, 10, 15]);
}
