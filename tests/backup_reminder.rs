//! The "Last copy kept" reminder's timing rule, worked through by hand: remind when a change
//! here is in no export, the oldest such change is at least 7 days old, and the reminder was
//! not put off in the last 14 days. Every time is this device's own.

use nasss_navigator::core::backup::{
    ago, covers_everything, load_backup_log, save_backup_log, save_backup_log_over, BackupLog,
    Durability, Reminder, BACKUP_KEY, DAY,
};
use nasss_navigator::core::storage::{remove_all, KeyValueStore, MemoryStore};

/// 24 November 2025, 16:00 UTC: any fixed moment will do.
const T0: u64 = 1_764_000_000_000;
const HOUR: u64 = 60 * 60 * 1000;

fn changed_at(t: u64) -> BackupLog {
    let mut log = BackupLog::default();
    assert!(log.changed(t));
    log
}

#[test]
fn nothing_changed_means_no_reminder() {
    assert_eq!(BackupLog::default().reminder(T0), None);
    assert_eq!(BackupLog::default().reminder(T0 + 1000 * DAY), None);
}

#[test]
fn a_change_never_exported_is_reminded_after_seven_whole_days() {
    let log = changed_at(T0);
    assert_eq!(log.reminder(T0), None);
    // 6 days 23 hours 59 minutes 59.999 seconds: not yet.
    assert_eq!(log.reminder(T0 + 7 * DAY - 1), None);
    let due = log.reminder(T0 + 7 * DAY).expect("7 days after the change");
    assert_eq!(due, Reminder { last_copy: None });
    assert_eq!(due.text(T0 + 7 * DAY), "Last copy kept: never");
}

#[test]
fn the_reminder_says_how_long_ago_the_last_copy_was_kept() {
    // Exported 5 days before a change; 7 days after the change the copy is 12 days old.
    let mut log = BackupLog::default();
    log.exported(T0 - 5 * DAY);
    assert!(log.changed(T0));
    let now = T0 + 7 * DAY;
    let due = log.reminder(now).expect("due");
    assert_eq!(due.last_copy, Some(T0 - 5 * DAY));
    assert_eq!(due.text(now), "Last copy kept: 12 days ago");
}

#[test]
fn later_changes_do_not_move_the_oldest_one() {
    let mut log = changed_at(T0);
    // No write needed for the second change: the count still starts at the first.
    assert!(!log.changed(T0 + 3 * DAY));
    assert_eq!(log.changed_since, Some(T0));
    assert!(log.reminder(T0 + 7 * DAY).is_some());
}

#[test]
fn an_export_of_everything_clears_it_until_the_next_change_is_a_week_old() {
    let mut log = changed_at(T0);
    log.exported(T0 + 8 * DAY);
    assert_eq!(log.reminder(T0 + 8 * DAY), None);
    // Nothing changed since: never a reminder, however long.
    assert_eq!(log.reminder(T0 + 100 * DAY), None);
    assert!(log.changed(T0 + 100 * DAY));
    assert_eq!(log.reminder(T0 + 106 * DAY), None);
    let due = log
        .reminder(T0 + 107 * DAY)
        .expect("a week after the new change");
    // The copy was kept at day 8; now is day 107.
    assert_eq!(due.text(T0 + 107 * DAY), "Last copy kept: 99 days ago");
}

#[test]
fn remind_me_later_keeps_it_away_for_fourteen_days() {
    let mut log = changed_at(T0);
    assert!(log.reminder(T0 + 7 * DAY).is_some());
    log.dismissed(T0 + 7 * DAY);
    assert_eq!(log.reminder(T0 + 7 * DAY), None);
    assert_eq!(log.reminder(T0 + 21 * DAY - 1), None);
    assert_eq!(
        log.reminder(T0 + 21 * DAY),
        Some(Reminder { last_copy: None })
    );
}

#[test]
fn an_export_forgets_an_earlier_remind_me_later() {
    let mut log = changed_at(T0);
    log.dismissed(T0 + 7 * DAY);
    log.exported(T0 + 8 * DAY);
    assert!(log.changed(T0 + 9 * DAY));
    // Day 16: only 9 days since "later", but that was before the export; the new change
    // is 7 days old.
    assert_eq!(
        log.reminder(T0 + 16 * DAY),
        Some(Reminder {
            last_copy: Some(T0 + 8 * DAY)
        })
    );
}

#[test]
fn a_clock_put_back_counts_future_stamps_as_now() {
    // A change stamped while the clock ran 10 days ahead; the clock is now right.
    let mut log = changed_at(T0 + 10 * DAY);
    assert_eq!(log.reminder(T0), None);
    // The next change restarts the count from a real time.
    assert!(log.changed(T0));
    assert_eq!(log.changed_since, Some(T0));
    assert!(log.reminder(T0 + 7 * DAY).is_some());

    // "Later" stamped in the future counts as just now: quiet, not a reminder at once.
    let mut log = changed_at(T0 - 20 * DAY);
    log.dismissed(T0 + 30 * DAY);
    assert_eq!(log.reminder(T0), None);
    assert_eq!(
        log.reminder(T0 + 30 * DAY + 14 * DAY),
        Some(Reminder { last_copy: None })
    );
}

#[test]
fn assessments_found_with_no_record_count_as_changed_on_opening() {
    let mut log = BackupLog::default();
    assert!(!log.opened(false, T0), "nothing here, nothing to keep");
    assert!(log.opened(true, T0));
    assert_eq!(log.changed_since, Some(T0));
    assert!(!log.opened(true, T0 + DAY), "already counting");

    let mut exported = BackupLog::default();
    exported.exported(T0 - DAY);
    assert!(
        !exported.opened(true, T0),
        "a copy is known, nothing changed since"
    );
    assert_eq!(exported.changed_since, None);
}

#[test]
fn ages_read_in_whole_days() {
    assert_eq!(ago(T0, T0), "less than a day ago");
    assert_eq!(ago(T0, T0 + DAY - 1), "less than a day ago");
    assert_eq!(ago(T0, T0 + DAY), "1 day ago");
    assert_eq!(ago(T0, T0 + 12 * DAY + 5 * HOUR), "12 days ago");
    assert_eq!(
        ago(T0 + DAY, T0),
        "less than a day ago",
        "a time ahead of now"
    );
}

#[test]
fn only_an_export_holding_every_assessment_counts() {
    assert!(covers_everything(&["a", "b"], ["b", "a"]));
    assert!(!covers_everything(&["a"], ["a", "b"]));
    // One assessment's own file, when it is the only one here.
    assert!(covers_everything(&["a"], ["a"]));
    assert!(covers_everything(&["a", "gone"], ["a"]));
    assert!(covers_everything(&[], []));
}

#[test]
fn the_log_is_kept_under_the_app_root_in_a_versioned_form() {
    let mut store = MemoryStore::default();
    assert_eq!(load_backup_log(&store), BackupLog::default());
    let mut log = changed_at(T0);
    log.exported(T0 + DAY);
    log.dismissed(T0 + 2 * DAY);
    save_backup_log(&mut store, &log).unwrap();
    assert_eq!(
        store.get(BACKUP_KEY).unwrap().unwrap(),
        format!(
            r#"{{"version":1,"exported_at":{},"dismissed_at":{}}}"#,
            T0 + DAY,
            T0 + 2 * DAY
        )
    );
    let read = load_backup_log(&store);
    assert_eq!(read.exported_at, Some(T0 + DAY));
    assert_eq!(read.dismissed_at, Some(T0 + 2 * DAY));
    assert_eq!(read.version, 1);

    // Damaged: read as empty, the safe side (never exported).
    store.set(BACKUP_KEY, "{not json").unwrap();
    assert_eq!(load_backup_log(&store), BackupLog::default());

    // "Delete all data on this device" removes it with everything else.
    save_backup_log(&mut store, &log).unwrap();
    remove_all(&mut store).unwrap();
    assert_eq!(store.get(BACKUP_KEY).unwrap(), None);
}

#[test]
fn a_log_from_a_newer_version_is_never_overwritten() {
    let mut store = MemoryStore::default();
    let newer = r#"{"version":2,"exported_at":5,"something_new":true}"#;
    store.set(BACKUP_KEY, newer).unwrap();
    save_backup_log(&mut store, &changed_at(T0)).unwrap();
    assert_eq!(store.get(BACKUP_KEY).unwrap().unwrap(), newer);
    // Its known fields still count.
    assert_eq!(load_backup_log(&store).exported_at, Some(5));

    // The same when the caller read the stored log itself (the app's save path): the
    // version it read decides, and the log it changed is written as the current version.
    let read = load_backup_log(&store);
    save_backup_log_over(&mut store, &changed_at(T0), read.version).unwrap();
    assert_eq!(store.get(BACKUP_KEY).unwrap().unwrap(), newer);
    save_backup_log_over(&mut store, &changed_at(T0), 1).unwrap();
    assert_eq!(load_backup_log(&store).version, 1);
    assert_eq!(load_backup_log(&store).exported_at, None);
}

#[test]
fn the_browsers_answer_in_plain_words() {
    assert_eq!(Durability::from_answer(Some(true)), Durability::Kept);
    assert_eq!(Durability::from_answer(Some(false)), Durability::MayClear);
    assert_eq!(Durability::from_answer(None), Durability::Unsupported);
    assert_eq!(
        Durability::Kept.sentence(),
        Some("This browser has agreed to keep your assessments.")
    );
    assert_eq!(
        Durability::MayClear.sentence(),
        Some("This browser may clear your assessments: export a copy.")
    );
    assert!(Durability::Unsupported
        .sentence()
        .unwrap()
        .contains("export a copy"));
    assert_eq!(Durability::Checking.sentence(), None);
    // Asked only while it could still change the answer.
    assert!(Durability::MayClear.worth_asking());
    assert!(Durability::Checking.worth_asking());
    assert!(!Durability::Kept.worth_asking());
    assert!(!Durability::Unsupported.worth_asking());
}
