//! Keeping assessments safe. Browsers clear a site's storage on their own (Safari after
//! seven days without a visit, Chromium under disk pressure), so the app asks for
//! persistent storage, says plainly what the browser answered, and reminds the person,
//! calmly and not on every visit, to export a copy of everything.
//!
//! Every time here comes from this device's clock: the log is written only by this device,
//! never from an assessment's own times, which may come from another device's clock.

use super::assessment::Millis;
use super::storage::{KeyValueStore, StoreError};
use serde::{Deserialize, Serialize};

/// Under the app's root, so "delete all" removes it too.
pub const BACKUP_KEY: &str = "nasss-navigator/backup";
const LOG_VERSION: u32 = 1;

pub const DAY: Millis = 24 * 60 * 60 * 1000;
/// The oldest change not in any export must be this old before the reminder shows: a
/// person working through an assessment this week is not interrupted.
pub const REMIND_AFTER_DAYS: u64 = 7;
/// After "Remind me later", the reminder stays away this long.
pub const QUIET_AFTER_DISMISS_DAYS: u64 = 14;

/// What this browser said when asked to keep the app's storage (`navigator.storage`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Durability {
    /// Not known yet (the browser has not answered).
    Checking,
    Kept,
    MayClear,
    /// The browser has no way to ask.
    Unsupported,
}

impl Durability {
    /// The browser's answer: `None` when it has no such call.
    pub fn from_answer(answer: Option<bool>) -> Durability {
        match answer {
            Some(true) => Durability::Kept,
            Some(false) => Durability::MayClear,
            None => Durability::Unsupported,
        }
    }

    /// Worth asking (again): only while the browser has not agreed, and can be asked.
    pub fn worth_asking(self) -> bool {
        matches!(self, Durability::Checking | Durability::MayClear)
    }

    /// What the privacy page and the library say; nothing until the browser has answered.
    pub fn sentence(self) -> Option<&'static str> {
        match self {
            Durability::Checking => None,
            Durability::Kept => Some("This browser has agreed to keep your assessments."),
            Durability::MayClear => Some("This browser may clear your assessments: export a copy."),
            Durability::Unsupported => Some(
                "This browser cannot say whether it will keep your assessments: export a copy.",
            ),
        }
    }
}

/// When this device last exported everything, and what changed here since.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BackupLog {
    #[serde(default)]
    pub version: u32,
    /// When an export last covered every assessment on this device.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported_at: Option<Millis>,
    /// When the oldest change that no such export holds was made here; none when the last
    /// export holds everything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed_since: Option<Millis>,
    /// When the person last chose "Remind me later".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dismissed_at: Option<Millis>,
}

/// The reminder to show: when a copy was last kept (`None`: never).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reminder {
    pub last_copy: Option<Millis>,
}

impl Reminder {
    /// "Last copy kept: never", "Last copy kept: 12 days ago".
    pub fn text(&self, now: Millis) -> String {
        match self.last_copy {
            None => "Last copy kept: never".to_string(),
            Some(at) => format!("Last copy kept: {}", ago(at, now)),
        }
    }
}

/// "less than a day ago", "1 day ago", "12 days ago": whole days, counted back from now.
pub fn ago(then: Millis, now: Millis) -> String {
    match now.saturating_sub(then) / DAY {
        0 => "less than a day ago".to_string(),
        1 => "1 day ago".to_string(),
        days => format!("{days} days ago"),
    }
}

impl BackupLog {
    /// Something was stored on this device. Returns whether the log changed (so it is
    /// written only then). A stamp later than now (this device's clock was put back since)
    /// starts the count again from now.
    pub fn changed(&mut self, now: Millis) -> bool {
        match self.changed_since {
            Some(since) if since <= now => false,
            _ => {
                self.changed_since = Some(now);
                true
            }
        }
    }

    /// Assessments found on opening with no record of a copy (kept before this log
    /// existed, or the log was lost): they count as changed now.
    pub fn opened(&mut self, has_assessments: bool, now: Millis) -> bool {
        let unknown = self.exported_at.is_none() && self.changed_since.is_none();
        has_assessments && unknown && self.changed(now)
    }

    /// An export that held every assessment on this device.
    pub fn exported(&mut self, now: Millis) {
        self.exported_at = Some(now);
        self.changed_since = None;
        self.dismissed_at = None;
    }

    pub fn dismissed(&mut self, now: Millis) {
        self.dismissed_at = Some(now);
    }

    /// The rule: remind when something changed here that no export holds, the oldest such
    /// change is at least `REMIND_AFTER_DAYS` old, and the person has not put the reminder
    /// off in the last `QUIET_AFTER_DISMISS_DAYS`. A time later than now counts as now.
    pub fn reminder(&self, now: Millis) -> Option<Reminder> {
        let age = |at: Millis| now.saturating_sub(at.min(now));
        let since = self.changed_since?;
        let old_enough = age(since) >= REMIND_AFTER_DAYS * DAY;
        let quiet = self
            .dismissed_at
            .is_some_and(|at| age(at) < QUIET_AFTER_DISMISS_DAYS * DAY);
        (old_enough && !quiet).then_some(Reminder {
            last_copy: self.exported_at,
        })
    }
}

/// Whether an export holds every assessment on this device: "Export all", or one
/// assessment's file when it is the only one.
pub fn covers_everything<'a>(
    exported: &[&str],
    on_device: impl IntoIterator<Item = &'a str>,
) -> bool {
    on_device.into_iter().all(|id| exported.contains(&id))
}

/// The log as stored; missing or unreadable reads as empty (the app then treats what it
/// holds as never exported, the safe side).
pub fn load_backup_log(store: &impl KeyValueStore) -> BackupLog {
    store
        .get(BACKUP_KEY)
        .ok()
        .flatten()
        .and_then(|text| serde_json::from_slice(text.as_bytes()).ok())
        .unwrap_or_default()
}

/// Writes the log, unless a newer version of the app wrote the stored one: that is left as
/// it is, since this version would drop what it does not know.
pub fn save_backup_log(store: &mut impl KeyValueStore, log: &BackupLog) -> Result<(), StoreError> {
    let stored = load_backup_log(store).version;
    save_backup_log_over(store, log, stored)
}

/// `save_backup_log` for a caller that has just read the stored log, written by version
/// `stored` of the format: the app reads it with code fetched on first need (src/ui/state/
/// stored.rs), so its save path, on every change, does not read it a second time.
pub fn save_backup_log_over(
    store: &mut impl KeyValueStore,
    log: &BackupLog,
    stored: u32,
) -> Result<(), StoreError> {
    if stored > LOG_VERSION {
        return Ok(());
    }
    let log = BackupLog {
        version: LOG_VERSION,
        ..log.clone()
    };
    let text = serde_json::to_string(&log).map_err(|e| StoreError::Other(e.to_string()))?;
    store.set(BACKUP_KEY, &text)
}
