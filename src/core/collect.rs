//! "Collect answers": what the links a facilitator pasted (or the files they chose) would
//! add to their workshop, shown before anything is stored. The same person sending twice
//! is one person, at their later sending; nothing here trusts a clock.

use super::assessment::Assessment;
use super::participants::{arrival, labels, merge, Arrival, Participant};
use super::phone_link::Sending;

/// What one received link is, in the preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// Someone not heard from before: added.
    New,
    /// A later sending from someone already collected: it replaces theirs.
    Newer,
    /// Already collected, this sending or a later one: nothing changes.
    AlreadyHere,
    /// The facilitator took this person's answers out: they stay out.
    Removed,
    /// The same person sent again in what was pasted: only their latest sending counts.
    SentAgain,
    /// Answers to another workshop.
    OtherWorkshop,
    /// Not readable: why.
    Unreadable(String),
}

impl Status {
    pub fn adds(&self) -> bool {
        matches!(self, Status::New | Status::Newer)
    }

    /// What the preview says about it.
    pub fn describe(&self) -> String {
        match self {
            Status::New => "New: will be added".into(),
            Status::Newer => {
                "A newer sending from someone already here: replaces their earlier answers".into()
            }
            Status::AlreadyHere => "Already collected: nothing changes".into(),
            Status::Removed => "You took this person's answers out: they stay out".into(),
            Status::SentAgain => {
                "The same person sent again: only their latest sending is used".into()
            }
            Status::OtherWorkshop => "Answers to a different workshop: not added".into(),
            Status::Unreadable(why) => why.clone(),
        }
    }
}

/// One row of the preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// What the person is called once collected ("Ana", "Person 3"); empty when unreadable.
    pub label: String,
    pub status: Status,
    pub participant: Option<Participant>,
}

/// Each received link, in the order pasted, and what it would do to `workshop`.
pub fn preview(workshop: &Assessment, received: Vec<Result<Sending, String>>) -> Vec<Row> {
    let owned: Vec<Participant> = received
        .iter()
        .filter_map(|r| r.as_ref().ok())
        .filter(|s| s.workshop_id == workshop.id)
        .map(|s| s.participant.clone())
        .collect();
    let mine: Vec<&Participant> = owned.iter().collect();
    // Everyone as they would be once added, so each label is the one the team view shows.
    let after = merge(
        &workshop.participants,
        &owned,
        &workshop.removed_participants,
    );
    let names = labels(&after);
    let label_of = |id: &str| {
        after
            .iter()
            .position(|p| p.id == id)
            .map(|i| names[i].clone())
            .unwrap_or_default()
    };
    let latest = |p: &Participant| {
        !mine
            .iter()
            .any(|q| q.id == p.id && (q.revision, *q) > (p.revision, p))
    };
    let mut seen: Vec<&Participant> = Vec::new();
    received
        .into_iter()
        .map(|r| match r {
            Err(why) => Row {
                label: String::new(),
                status: Status::Unreadable(why),
                participant: None,
            },
            Ok(s) if s.workshop_id != workshop.id => Row {
                label: s.participant.name.clone(),
                status: Status::OtherWorkshop,
                participant: None,
            },
            Ok(s) => {
                let p = s.participant;
                let again = !latest(&p) || seen.iter().any(|q| **q == p);
                let status = if again {
                    Status::SentAgain
                } else {
                    match arrival(&workshop.participants, &workshop.removed_participants, &p) {
                        Arrival::New => Status::New,
                        Arrival::Newer => Status::Newer,
                        Arrival::AlreadyHere => Status::AlreadyHere,
                        Arrival::Removed => Status::Removed,
                    }
                };
                if let Some(q) = mine.iter().find(|q| ***q == p) {
                    seen.push(q);
                }
                let label = if status == Status::Removed {
                    p.name.clone()
                } else {
                    label_of(&p.id)
                };
                Row {
                    label,
                    participant: status.adds().then_some(p),
                    status,
                }
            }
        })
        .collect()
}

/// "6 of 8 received", or "6 received" when nobody said how many to expect.
pub fn received_text(received: usize, expected: Option<u32>) -> String {
    match expected {
        Some(n) if n > 0 => format!("{received} of {n} received"),
        _ if received == 1 => "1 person's answers received".to_string(),
        _ => format!("{received} people's answers received"),
    }
}

/// The button that adds them: "Add 3 people's answers".
pub fn add_text(n: usize) -> String {
    if n == 1 {
        "Add 1 person's answers".to_string()
    } else {
        format!("Add {n} people's answers")
    }
}
