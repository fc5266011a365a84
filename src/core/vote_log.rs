//! The room's votes as each window pressed them, so two windows voting at the same instant
//! (the projector and the facilitator's screen) are both counted. Each window only ever
//! counts up its own "+" and "−" presses; two copies merge by keeping the larger of each
//! count, and the tally is what the presses add up to. A count kept whole per question
//! would lose one window's vote whenever the other's copy was saved last.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Votes per answer id ("simple", "dont_know", ...).
pub type Tally = BTreeMap<String, u32>;

/// One window's presses on one question.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct WindowVotes {
    /// "+" presses per answer id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub added: Tally,
    /// "−" presses per answer id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub removed: Tally,
}

/// Every window's presses on one question, by window id. The window "" holds votes counted
/// before windows were told apart (an older file), as if one window had pressed them.
pub type VoteLog = BTreeMap<String, WindowVotes>;

/// The most windows one question keeps apart: a crafted file cannot make a merge slow.
pub const MAX_WINDOWS: usize = 64;

/// Both copies' presses: per window and answer, the larger count (a window's counts only grow).
pub fn join(a: &VoteLog, b: &VoteLog) -> VoteLog {
    let mut out = a.clone();
    for (window, theirs) in b {
        let mine = out.entry(window.clone()).or_default();
        for (answer, n) in &theirs.added {
            let slot = mine.added.entry(answer.clone()).or_default();
            *slot = (*slot).max(*n);
        }
        for (answer, n) in &theirs.removed {
            let slot = mine.removed.entry(answer.clone()).or_default();
            *slot = (*slot).max(*n);
        }
    }
    out
}

/// What every "+" less every "−" comes to, per answer (never below none).
pub fn total(log: &VoteLog) -> Tally {
    let mut out = Tally::new();
    for answer in log
        .values()
        .flat_map(|w| w.added.keys().chain(w.removed.keys()))
    {
        let n = balance(log, answer);
        if n > 0 {
            out.insert(answer.clone(), n.min(i128::from(u32::MAX)) as u32);
        }
    }
    out
}

/// "+" presses less "−" presses for one answer, across windows; below zero when two windows
/// took back the same vote at once.
fn balance(log: &VoteLog, answer: &str) -> i128 {
    log.values()
        .map(|w| {
            i128::from(w.added.get(answer).copied().unwrap_or(0))
                - i128::from(w.removed.get(answer).copied().unwrap_or(0))
        })
        .sum()
}

/// Records one press by `window`: a vote added (`up`) or taken back. `tally` is the count
/// kept before windows were told apart; it becomes window "" the first time. Returns the new
/// tally. A "+" always shows one more vote, even after two windows took back the same vote.
pub fn press(log: &mut VoteLog, tally: &Tally, window: &str, answer: &str, up: bool) -> Tally {
    if log.is_empty() && !tally.is_empty() {
        log.insert(
            String::new(),
            WindowVotes {
                added: tally.clone(),
                removed: Tally::new(),
            },
        );
    }
    let window = if log.contains_key(window) || log.len() < MAX_WINDOWS {
        window.to_string()
    } else {
        String::new()
    };
    let below = balance(log, answer).min(0).unsigned_abs();
    let mine = log.entry(window).or_default();
    let counts = if up {
        &mut mine.added
    } else {
        &mut mine.removed
    };
    let step = if up { 1 + below } else { 1 };
    let slot = counts.entry(answer.to_string()).or_default();
    *slot = slot.saturating_add(step.min(u128::from(u32::MAX)) as u32);
    total(log)
}
