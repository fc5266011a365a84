//! The optional time box for discussing one question. It only counts: the core never reads
//! a clock, so every call is given the time, and the maths is tested natively.

use super::assessment::Millis;
use serde::{Deserialize, Serialize};

/// Lengths offered, in minutes.
pub const LENGTHS: [u64; 5] = [2, 3, 5, 10, 15];
pub const DEFAULT_MINUTES: u64 = 5;

/// The lengths offered, with the workshop's planned minutes a question among them when it
/// has a plan, in order.
pub fn lengths_with(planned: Option<u64>) -> Vec<u64> {
    let mut all: Vec<u64> = LENGTHS
        .iter()
        .copied()
        .chain(planned.filter(|m| *m > 0))
        .collect();
    all.sort_unstable();
    all.dedup();
    all
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiscussionTimer {
    /// The question this timer belongs to: moving on gives a fresh timer.
    pub code: String,
    pub length_ms: u64,
    /// When it was last started, while running.
    pub running_since: Option<Millis>,
    /// Time counted before the last start.
    pub banked_ms: u64,
    /// When anyone last changed it. Two windows each keep a copy; the later change wins.
    pub changed_at: Millis,
}

impl Default for DiscussionTimer {
    fn default() -> Self {
        DiscussionTimer {
            code: String::new(),
            length_ms: DEFAULT_MINUTES * 60_000,
            running_since: None,
            banked_ms: 0,
            changed_at: 0,
        }
    }
}

/// What the timer shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TimerState {
    /// Never started (or reset): `length` is what it will count down from.
    Ready,
    Running,
    Paused,
    /// The time box is used up; it keeps counting how far over.
    Over,
}

impl DiscussionTimer {
    /// This timer if it belongs to `code`, otherwise a fresh one with the same length:
    /// each question starts with its own unstarted timer.
    pub fn for_question(&self, code: &str) -> DiscussionTimer {
        if self.code == code {
            self.clone()
        } else {
            DiscussionTimer {
                code: code.to_string(),
                length_ms: self.length_ms,
                ..DiscussionTimer::default()
            }
        }
    }

    pub fn elapsed(&self, now: Millis) -> u64 {
        self.banked_ms + self.running_since.map_or(0, |s| now.saturating_sub(s))
    }

    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    pub fn state(&self, now: Millis) -> TimerState {
        let elapsed = self.elapsed(now);
        if elapsed >= self.length_ms && elapsed > 0 {
            TimerState::Over
        } else if self.is_running() {
            TimerState::Running
        } else if elapsed > 0 {
            TimerState::Paused
        } else {
            TimerState::Ready
        }
    }

    pub fn start(&mut self, now: Millis) {
        if self.running_since.is_none() {
            self.running_since = Some(now);
            self.changed_at = now;
        }
    }

    pub fn pause(&mut self, now: Millis) {
        if let Some(since) = self.running_since.take() {
            self.banked_ms += now.saturating_sub(since);
            self.changed_at = now;
        }
    }

    pub fn reset(&mut self, now: Millis) {
        self.running_since = None;
        self.banked_ms = 0;
        self.changed_at = now;
    }

    /// A new length resets the count: a time box that changes as it runs is no time box.
    pub fn set_length(&mut self, minutes: u64, now: Millis) {
        self.length_ms = minutes.clamp(1, 600) * 60_000;
        self.reset(now);
    }

    pub fn minutes(&self) -> u64 {
        self.length_ms / 60_000
    }

    /// "4:12 left", or "Time is up (1:05 over)". Time left is rounded up, so the last
    /// second reads 0:01 and 0:00 is never shown while time remains.
    pub fn display(&self, now: Millis) -> String {
        let elapsed = self.elapsed(now);
        if elapsed >= self.length_ms && elapsed > 0 {
            format!(
                "Time is up ({} over)",
                clock((elapsed - self.length_ms) / 1000)
            )
        } else {
            let left_ms = self.length_ms - elapsed;
            format!("{} left", clock(left_ms.div_ceil(1000)))
        }
    }

    /// Of two copies of the same timer (one per window), the one changed last.
    pub fn newer(self, other: DiscussionTimer) -> DiscussionTimer {
        if other.changed_at > self.changed_at {
            other
        } else {
            self
        }
    }
}

/// Whole seconds as "m:ss".
pub fn clock(seconds: u64) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}
