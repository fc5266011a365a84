//! Reviews: any number per assessment, one per reviewer. Each is tied to the device that
//! wrote it by a signature, so only that device changes it and everyone else reads it as
//! "Sam Okafor's review"; two copies of an assessment merge their reviews by id, and
//! nobody's review is ever dropped.

use super::assessment::Millis;
use super::author::Author;
use super::bank::Bank;
use super::identity::DeviceKey;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What a review's proof signs, so it never passes as an assessment's.
pub const REVIEW_PURPOSE: &str = "review";
/// The id given to the one review an assessment held before schema 3.
pub const LEGACY_REVIEW_ID: &str = "legacy-review";

/// One reviewer's view of someone else's assessment, kept apart from the author's notes.
/// An assessment holds any number, one per reviewer; each is changed only on the device
/// that made it (its `proof` verifies there, `Review::is_mine`), and read by everyone else.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// Random, made with the review: the key two copies' reviews are merged by.
    pub id: String,
    /// Who wrote it, as they typed it: a name is not proof, the signature is.
    pub reviewer: super::author::Author,
    /// The reviewing device's signature of [assessment id, review id]
    /// (`identity::DeviceKey::sign("review", …)`); none for a review no device can change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof: Option<String>,
    /// When the reviewer last changed it: two copies keep the later one.
    #[serde(default)]
    pub updated_at: Millis,
    /// Keyed by question code.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub question_comments: BTreeMap<String, String>,
    /// Keyed by domain number.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub domain_comments: BTreeMap<u32, String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub verdicts: BTreeMap<u32, Verdict>,
}

/// Whether the reviewer agrees with the level a domain came out at, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub agrees: bool,
    #[serde(default)]
    pub why: String,
    /// The level the reviewer would give instead (a level id), when they do not agree.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
}

impl Review {
    /// A domain's verdict, made on first use; a reason typed before any choice counts as
    /// agreeing until the reviewer says otherwise.
    fn verdict_mut(&mut self, domain: u32, agrees: bool) -> &mut Verdict {
        self.verdicts.entry(domain).or_insert(Verdict {
            agrees,
            why: String::new(),
            level: None,
        })
    }

    /// "I agree": any level of the reviewer's own is dropped.
    pub fn agree(&mut self, domain: u32) {
        let v = self.verdict_mut(domain, true);
        v.agrees = true;
        v.level = None;
    }

    /// "I do not agree", keeping a level already given.
    pub fn disagree(&mut self, domain: u32) {
        self.verdict_mut(domain, false).agrees = false;
    }

    /// The level the reviewer would give instead, which means they do not agree.
    pub fn give_level(&mut self, domain: u32, level: &str) {
        let v = self.verdict_mut(domain, false);
        v.agrees = false;
        v.level = Some(level.to_string());
    }

    pub fn give_reason(&mut self, domain: u32, why: &str) {
        self.verdict_mut(domain, true).why = why.to_string();
    }

    /// The reviewer's view of one domain in a phrase, for beside the domain's level:
    /// "Priya agrees", "Priya would say complex", "Priya does not agree", with the reason.
    pub fn verdict_text(&self, domain: u32, bank: &Bank, with_reason: bool) -> Option<String> {
        let v = self.verdicts.get(&domain)?;
        let who = self.name();
        let level = v
            .level
            .as_deref()
            .and_then(|id| bank.level(id))
            .map(|l| super::lower_case::lower_case(&l.label));
        let stance = match (v.agrees, level) {
            (true, _) => format!("{who} agrees"),
            (false, Some(level)) => format!("{who} would say {level}"),
            (false, None) => format!("{who} does not agree"),
        };
        let why = v.why.trim();
        Some(if with_reason && !why.is_empty() {
            format!("{stance}: {why}")
        } else {
            stance
        })
    }
}

impl Review {
    /// A new, empty review by `reviewer`, signed by this device's key so only it can change it.
    pub fn new(
        id: String,
        assessment_id: &str,
        reviewer: &Author,
        key: &DeviceKey,
        now: Millis,
    ) -> Review {
        let proof = key.sign(REVIEW_PURPOSE, &[assessment_id, &id]);
        Review {
            id,
            reviewer: Author::new(String::new(), &reviewer.name, &reviewer.organisation),
            proof: Some(proof),
            updated_at: now,
            ..Review::default()
        }
    }

    /// Made on this device: its proof verifies with this device's key. A name is never proof.
    pub fn is_mine(&self, assessment_id: &str, key: Option<&DeviceKey>) -> bool {
        match (key, &self.proof) {
            (Some(key), Some(proof)) => {
                key.verifies(REVIEW_PURPOSE, &[assessment_id, &self.id], proof)
            }
            _ => false,
        }
    }

    /// Signs a review this device wrote before reviews were signed (the migration of data
    /// stored here), so it stays this device's to change.
    pub fn claim(&mut self, assessment_id: &str, key: &DeviceKey) {
        self.proof = Some(key.sign(REVIEW_PURPOSE, &[assessment_id, &self.id]));
    }

    /// The reviewer's name for a sentence: "Sam Okafor", or "The reviewer" with no name.
    pub fn name(&self) -> String {
        let name = self.reviewer.name.trim();
        if name.is_empty() {
            "The reviewer".to_string()
        } else {
            name.to_string()
        }
    }

    /// "Sam Okafor's review", or "A review by someone who gave no name".
    pub fn title(&self) -> String {
        let name = self.reviewer.name.trim();
        if name.is_empty() {
            "A review by someone who gave no name".to_string()
        } else {
            format!("{name}'s review")
        }
    }

    /// "Your review" on the reviewer's own device, "Sam Okafor's review" everywhere else.
    pub fn title_for(&self, assessment_id: &str, key: Option<&DeviceKey>) -> String {
        if self.is_mine(assessment_id, key) {
            "Your review".to_string()
        } else {
            self.title()
        }
    }

    /// The same words in both copies, whatever their times and signatures.
    pub fn same_content(&self, other: &Review) -> bool {
        self.verdicts == other.verdicts
            && self.domain_comments == other.domain_comments
            && self.question_comments == other.question_comments
            && self.reviewer.name == other.reviewer.name
            && self.reviewer.organisation == other.reviewer.organisation
    }

    /// "7 verdicts", "1 verdict and 2 comments", "no verdicts yet".
    pub fn size(&self) -> String {
        let comments = self
            .question_comments
            .values()
            .chain(self.domain_comments.values())
            .filter(|c| !c.trim().is_empty())
            .count();
        let count = |n: usize, one: &str| {
            let s = if n == 1 { "" } else { "s" };
            format!("{n} {one}{s}")
        };
        match (self.verdicts.len(), comments) {
            (0, 0) => "no verdicts yet".to_string(),
            (v, 0) => count(v, "verdict"),
            (0, c) => count(c, "comment"),
            (v, c) => format!("{} and {}", count(v, "verdict"), count(c, "comment")),
        }
    }
}

/// The migration step only the device that stored the data can take: the single review
/// an assessment held before schema 3 (now `LEGACY_REVIEW_ID`, unsigned) was written on
/// this device if the assessment was someone else's (the person was reviewing it), so it
/// is signed as this device's. On the person's own assessment it came with someone else's
/// file, so it stays unsigned: someone else's. Returns whether anything changed.
pub fn claim_legacy_review(
    a: &mut super::assessment::Assessment,
    key: &DeviceKey,
    assessment_is_yours: bool,
) -> bool {
    if assessment_is_yours {
        return false;
    }
    let id = a.id.clone();
    match a
        .reviews
        .iter_mut()
        .find(|r| r.id == LEGACY_REVIEW_ID && r.proof.is_none())
    {
        Some(review) => {
            review.claim(&id, key);
            true
        }
        None => false,
    }
}

/// Brings `theirs` into `ours`: a review only they hold is added, and where both hold
/// one (the same id) the later change wins, the one here on a tie. Nothing is dropped.
pub fn merge_reviews(ours: &mut Vec<Review>, theirs: &[Review]) {
    for review in theirs {
        match ours.iter_mut().find(|r| r.id == review.id) {
            Some(current) if review.updated_at > current.updated_at => *current = review.clone(),
            Some(_) => {}
            None => ours.push(review.clone()),
        }
    }
}
