//! Each person's own answers in a workshop, sent from their phone or typed in from a paper
//! form. They live inside the workshop's assessment, one entry per person, so the team view
//! and the reveal can show who answered what, while the group's answer stays the
//! facilitator's to set.
//!
//! Nothing here trusts a clock: a person's later sending is told from an earlier one by its
//! `revision`, which only their own device counts up.

use super::assessment::{Answer, Assessment};
use super::author::Author;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerSource {
    #[default]
    Phone,
    Paper,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Participant {
    /// Made at random where the answers were given (the phone, or the paper-entry page), so
    /// the same person's answers arriving twice are recognised as one person.
    pub id: String,
    /// Empty when the person chose not to give one: answers are anonymous by default.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default)]
    pub source: AnswerSource,
    /// Counts the person's sendings: a later one replaces an earlier one.
    #[serde(default)]
    pub revision: u32,
    /// Keyed by question code.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
}

/// What adding a person's answers did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arrival {
    /// Someone not heard from before.
    New,
    /// A later sending from someone already here: it replaces theirs.
    Newer,
    /// The same sending again, or an earlier one: nothing changes.
    AlreadyHere,
    /// The facilitator removed this person's answers: they stay removed.
    Removed,
}

/// What `add` would do, without doing it (for a preview before anything is stored).
pub fn arrival(list: &[Participant], removed: &BTreeSet<String>, p: &Participant) -> Arrival {
    if removed.contains(&p.id) {
        return Arrival::Removed;
    }
    match list.iter().find(|q| q.id == p.id) {
        None => Arrival::New,
        Some(q) if later(p, q) => Arrival::Newer,
        Some(_) => Arrival::AlreadyHere,
    }
}

/// Adds one person's answers to a workshop, keeping the order `merge` keeps.
pub fn add(a: &mut Assessment, p: Participant) -> Arrival {
    let found = arrival(&a.participants, &a.removed_participants, &p);
    if matches!(found, Arrival::New | Arrival::Newer) {
        a.participants = merge(&a.participants, &[p], &a.removed_participants);
    }
    found
}

/// Takes a person's answers out of the workshop; a copy that still has them (another tab,
/// a file) does not bring them back.
pub fn remove(a: &mut Assessment, id: &str) {
    a.removed_participants.insert(id.to_string());
    a.participants.retain(|p| p.id != id);
}

/// Every person in either list, once, at their latest sending, less those removed. The
/// result is the same whichever list comes first (sorted by id, ties broken by content), so
/// two tabs settle on one stored copy.
pub fn merge(
    ours: &[Participant],
    theirs: &[Participant],
    removed: &BTreeSet<String>,
) -> Vec<Participant> {
    let mut by_id: BTreeMap<&str, &Participant> = BTreeMap::new();
    for p in ours.iter().chain(theirs) {
        if removed.contains(&p.id) {
            continue;
        }
        let keep = by_id.get(p.id.as_str()).is_none_or(|q| later(p, q));
        if keep {
            by_id.insert(&p.id, p);
        }
    }
    by_id.into_values().cloned().collect()
}

/// A later revision wins; on the same revision the larger content, the same way everywhere.
fn later(p: &Participant, q: &Participant) -> bool {
    (p.revision, p) > (q.revision, q)
}

/// What the page calls each person: their name, or "Person 1", "Person 2"… for those who
/// gave none, numbered in list order.
pub fn labels(list: &[Participant]) -> Vec<String> {
    let mut unnamed = 0;
    list.iter()
        .map(|p| {
            let name = p.name.trim();
            if name.is_empty() {
                unnamed += 1;
                format!("Person {unnamed}")
            } else {
                name.to_string()
            }
        })
        .collect()
}

/// One person's answers as an assessment of the workshop's question set, so the team view
/// reads them exactly as it reads assessments people made on their own.
pub fn as_assessment(workshop: &Assessment, p: &Participant, label: &str) -> Assessment {
    let mut a = Assessment {
        id: format!("{}~{}", workshop.id, p.id),
        title: label.to_string(),
        author: Some(Author {
            name: label.to_string(),
            ..Author::default()
        }),
        ..Assessment::blank_like(workshop)
    };
    for (code, answer) in &p.answers {
        a.responses.entry(code.clone()).or_default().answer = Some(answer.clone());
    }
    a
}

/// Each person's answers in `workshop` as assessments, with what the page calls them, in
/// list order: the team view's columns.
pub fn people(workshop: &Assessment) -> Vec<(Assessment, String)> {
    let names = labels(&workshop.participants);
    workshop
        .participants
        .iter()
        .zip(names)
        .map(|(p, label)| (as_assessment(workshop, p, &label), label))
        .collect()
}

/// Where the people's own answers differ most, first, by the team view's rule
/// (`team::most_disputed`: "I don't know" beside a level counts); empty when nobody has
/// sent answers or they all agree.
pub fn most_disputed(
    bank: &super::bank::Bank,
    workshop: &Assessment,
    n: usize,
) -> Vec<super::team::QuestionSpread> {
    let people = people(workshop);
    let refs: Vec<&Assessment> = people.iter().map(|(a, _)| a).collect();
    match super::team::team_view(bank, &refs) {
        Ok(view) => super::team::most_disputed(&view, n)
            .into_iter()
            .cloned()
            .collect(),
        Err(_) => Vec::new(),
    }
}

/// How the people's own answers to one question fell, in the scale's order, leaving out
/// options nobody chose: "Own answers (3 people): Simple 1, Complex 1, I don't know 1".
/// `None` when nobody has sent answers.
pub fn own_answers_summary(
    bank: &super::bank::Bank,
    workshop: &Assessment,
    code: &str,
) -> Option<String> {
    let list = &workshop.participants;
    if list.is_empty() {
        return None;
    }
    // Counted as votes are, so the breakdown reads in the reveal's order, zeros left out.
    let mut tally = super::vote_log::Tally::new();
    for answer in list.iter().filter_map(|p| p.answers.get(code)) {
        *tally.entry(answer.as_str().to_string()).or_default() += 1;
    }
    let counts: Vec<String> = super::workshop::votes_cast(bank, &tally)
        .iter()
        .map(|(o, n)| format!("{} {n}", bank.answer_label(o)))
        .collect();
    let people = match list.len() {
        1 => "1 person".to_string(),
        n => format!("{n} people"),
    };
    Some(if counts.is_empty() {
        format!("Own answers ({people}): nobody answered this question.")
    } else {
        format!("Own answers ({people}): {}", counts.join(", "))
    })
}
