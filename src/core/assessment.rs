//! An assessment: one person's (or one group's) answers to one bank.

use super::author::Author;
use super::bank::{Bank, DONT_KNOW_ID};
use super::identity::DeviceKey;
use super::review::merge_reviews;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;

/// Milliseconds since the Unix epoch. The core never reads a clock: callers pass the time in.
pub type Millis = u64;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BankRef {
    pub id: String,
    pub version: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Answer {
    /// The id of a level on the bank's scale.
    Level(String),
    DontKnow,
}

impl Answer {
    pub fn as_str(&self) -> &str {
        match self {
            Answer::Level(id) => id,
            Answer::DontKnow => DONT_KNOW_ID,
        }
    }

    pub fn parse(s: &str) -> Answer {
        if s == DONT_KNOW_ID {
            Answer::DontKnow
        } else {
            Answer::Level(s.to_string())
        }
    }
}

// Stored as a bare string ("complex", "dont_know") so export files stay readable.
impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Answer, D::Error> {
        Ok(Answer::parse(&String::deserialize(d)?))
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Response {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<Answer>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When this response last changed; lets two copies be merged answer by answer.
    #[serde(default)]
    pub updated_at: Millis,
    /// True when the answer was copied from an earlier assessment or round and not yet revisited.
    #[serde(default, skip_serializing_if = "is_false")]
    pub carried_over: bool,
    /// Workshop votes per answer id ("simple", "dont_know", ...), when a group voted.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub tally: BTreeMap<String, u32>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Response {
    pub fn is_empty(&self) -> bool {
        self.answer.is_none() && self.note.trim().is_empty() && self.tally.is_empty()
    }
}

/// An earlier round of answers, kept when the assessment is re-rated at a check-in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round {
    /// When this round was closed (the check-in that followed it started).
    pub closed_at: Millis,
    /// What the team said about this round when closing it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
    pub responses: BTreeMap<String, Response>,
    /// The judgements in force when the round closed, keyed by domain number.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub judgements: BTreeMap<u32, Judgement>,
}

impl Round {
    /// When this round's answers were given: the last time any of them changed (not when
    /// the round was closed, which is when the next check-in began).
    pub fn rated_at(&self) -> Option<Millis> {
        self.responses
            .values()
            .filter(|r| r.answer.is_some())
            .map(|r| r.updated_at)
            .max()
    }
}

/// The person's own overall level for a domain, with their reason. It stands in for what the
/// answers suggest wherever the domain's level is shown or counted, and both are shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Judgement {
    /// The id of a level on the bank's scale; empty once the judgement is cleared.
    pub level: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    #[serde(default)]
    pub updated_at: Millis,
}

/// What the person wrote on looking back over a domain, as the NASSS-CAT long form asks.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reflection {
    /// "What is most uncertain here?"
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub uncertain: String,
    /// "Which other domains does this depend on?": domain number to a note on how.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub depends_on: BTreeMap<u32, String>,
    #[serde(default)]
    pub updated_at: Millis,
}

/// One "depends on" link between two domains, as listed under "How the domains affect each other".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainLink {
    pub from: u32,
    pub to: u32,
    pub note: String,
}

pub use super::review::{Review, Verdict};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    #[default]
    NotStarted,
    InProgress,
    Done,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 3] = [
        ActionStatus::NotStarted,
        ActionStatus::InProgress,
        ActionStatus::Done,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ActionStatus::NotStarted => "Not started",
            ActionStatus::InProgress => "In progress",
            ActionStatus::Done => "Done",
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            ActionStatus::NotStarted => "not_started",
            ActionStatus::InProgress => "in_progress",
            ActionStatus::Done => "done",
        }
    }

    pub fn from_id(id: &str) -> Option<ActionStatus> {
        ActionStatus::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// Something the team will do about a complicated or complex answer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    pub id: u32,
    /// The question it responds to.
    pub code: String,
    pub what: String,
    #[serde(default)]
    pub who: String,
    /// A date as the user typed it in a date field (YYYY-MM-DD), or empty.
    #[serde(default)]
    pub due: String,
    #[serde(default)]
    pub status: ActionStatus,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub id: String,
    pub title: String,
    pub created_at: Millis,
    pub updated_at: Millis,
    pub bank: BankRef,
    /// Keyed by question code.
    #[serde(default)]
    pub responses: BTreeMap<String, Response>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
    /// Earlier rounds, oldest first; `responses` is always the current round.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rounds: Vec<Round>,
    /// The suggested or chosen date of the next check-in (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_check_in: Option<String>,
    /// One per reviewer, in the order they arrived (`core::review`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<Review>,
    /// The person's own level per domain, keyed by domain number.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub judgements: BTreeMap<u32, Judgement>,
    /// What the person wrote looking back over each domain, keyed by domain number.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub reflections: BTreeMap<u32, Reflection>,
    /// Who started it: carried in exports, so whoever imports it sees whose it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<super::author::Author>,
    /// When it last came onto this device from a file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub imported_at: Option<Millis>,
}

/// The title used when the user leaves the name empty.
pub const UNTITLED: &str = "Untitled assessment";

impl Assessment {
    pub fn new(id: String, title: &str, bank: &Bank, now: Millis) -> Assessment {
        Assessment {
            id,
            title: clean_title(title),
            created_at: now,
            updated_at: now,
            bank: BankRef {
                id: bank.set.id.clone(),
                version: bank.set.version,
            },
            responses: BTreeMap::new(),
            actions: Vec::new(),
            rounds: Vec::new(),
            next_check_in: None,
            reviews: Vec::new(),
            judgements: BTreeMap::new(),
            reflections: BTreeMap::new(),
            author: None,
            imported_at: None,
        }
    }

    pub fn response(&self, code: &str) -> Option<&Response> {
        self.responses.get(code)
    }

    pub fn answer(&self, code: &str) -> Option<&Answer> {
        self.responses.get(code).and_then(|r| r.answer.as_ref())
    }

    pub fn note(&self, code: &str) -> &str {
        self.responses
            .get(code)
            .map(|r| r.note.as_str())
            .unwrap_or("")
    }

    /// Changes one response and stamps it (and the assessment) with the time, as every
    /// change must be for two copies to merge answer by answer.
    pub fn touch(&mut self, code: &str, now: Millis, change: impl FnOnce(&mut Response)) {
        let response = self.responses.entry(code.to_string()).or_default();
        change(response);
        response.updated_at = now;
        response.carried_over = false;
        // An emptied response stays, with its time, so a merge with an older copy from
        // another tab does not bring the old answer back.
        self.updated_at = now;
    }

    pub fn set_answer(&mut self, code: &str, answer: Option<Answer>, now: Millis) {
        self.touch(code, now, |r| r.answer = answer);
    }

    pub fn set_note(&mut self, code: &str, note: &str, now: Millis) {
        self.touch(code, now, |r| r.note = note.to_string());
    }

    pub fn rename(&mut self, title: &str, now: Millis) {
        self.title = clean_title(title);
        self.updated_at = now;
    }

    /// "This is still right": a carried-over answer, confirmed as it is. Its content does not
    /// change, but the confirmation is a change of its own, so it is stamped.
    pub fn confirm(&mut self, code: &str, now: Millis) {
        if self.responses.get(code).is_some_and(|r| r.carried_over) {
            self.touch(code, now, |_| {});
        }
    }

    /// Confirms every carried-over answer in one domain.
    pub fn confirm_domain(&mut self, bank: &Bank, domain: u32, now: Millis) {
        for q in bank.questions_in(domain) {
            self.confirm(&q.code, now);
        }
    }

    /// How many answers in a domain are carried over and not yet looked at again.
    pub fn carried_over_in(&self, bank: &Bank, domain: u32) -> usize {
        bank.questions_in(domain)
            .filter(|q| self.responses.get(&q.code).is_some_and(|r| r.carried_over))
            .count()
    }

    /// A check-in has started and some carried-over answers are still to be looked at.
    pub fn check_in_in_progress(&self) -> bool {
        !self.rounds.is_empty() && self.responses.values().any(|r| r.carried_over)
    }

    /// Every review, in the order they arrived.
    pub fn review_list(&self) -> &[Review] {
        self.reviews.as_slice()
    }

    /// This device's review, if it wrote one (`Review::is_mine`).
    pub fn my_review(&self, key: Option<&DeviceKey>) -> Option<&Review> {
        self.reviews.iter().find(|r| r.is_mine(&self.id, key))
    }

    /// Changes this device's review, starting one (signed, by `me`) on first use, and
    /// stamps it. Nobody else's review can be reached this way.
    pub fn change_my_review(
        &mut self,
        key: &DeviceKey,
        me: &Author,
        new_id: impl FnOnce() -> String,
        now: Millis,
        change: impl FnOnce(&mut Review),
    ) {
        let id = self.id.clone();
        let at = match self.reviews.iter().position(|r| r.is_mine(&id, Some(key))) {
            Some(at) => at,
            None => {
                self.reviews.push(Review::new(new_id(), &id, me, key, now));
                self.reviews.len() - 1
            }
        };
        let review = &mut self.reviews[at];
        change(review);
        review.updated_at = now;
        self.updated_at = now;
    }

    /// The reviewers' views of a domain in a phrase (`Review::verdict_text`), one after
    /// another, if there are any.
    pub fn verdict_text(&self, domain: u32, bank: &Bank, with_reason: bool) -> Option<String> {
        let texts: Vec<String> = self
            .reviews
            .iter()
            .filter_map(|r| r.verdict_text(domain, bank, with_reason))
            .collect();
        (!texts.is_empty()).then(|| texts.join("; "))
    }

    /// True when the questions were reworded since this assessment was answered (its bank
    /// version is older than the bank's). The answers stand: codes never change meaning.
    pub fn wording_changed(&self, bank: &Bank) -> bool {
        self.bank.id == bank.set.id && self.bank.version < bank.set.version
    }

    /// The person has been told about the new wording: say it once, not on every visit.
    pub fn acknowledge_wording(&mut self, bank: &Bank, now: Millis) {
        if self.wording_changed(bank) {
            self.bank.version = bank.set.version;
            self.updated_at = now;
        }
    }

    /// How many of the bank's questions have an answer (a level or "don't know").
    pub fn answered_count(&self, bank: &Bank) -> usize {
        bank.questions()
            .iter()
            .filter(|q| self.answer(&q.code).is_some())
            .count()
    }

    /// The first question in bank order that has no answer yet.
    pub fn first_unanswered<'b>(&self, bank: &'b Bank) -> Option<&'b str> {
        bank.questions()
            .iter()
            .find(|q| self.answer(&q.code).is_none())
            .map(|q| q.code.as_str())
    }

    /// Records (or, with `None`, clears) the person's own level for a domain. A cleared
    /// judgement stays as a blank with its time, as an emptied answer does, so a merge with
    /// an older copy from another tab does not bring it back.
    pub fn set_judgement(&mut self, domain: u32, judgement: Option<(&str, &str)>, now: Millis) {
        let (level, reason) = judgement.unwrap_or_default();
        self.judgements.insert(
            domain,
            Judgement {
                level: level.to_string(),
                reason: reason.trim().to_string(),
                updated_at: now,
            },
        );
        self.updated_at = now;
    }

    /// The person's judgement of a domain, if they have one (a cleared one is none).
    pub fn judgement(&self, domain: u32) -> Option<&Judgement> {
        self.judgements.get(&domain).filter(|j| !j.level.is_empty())
    }

    /// Changes one domain's reflection and stamps it, so two copies merge domain by domain.
    pub fn reflect(&mut self, domain: u32, now: Millis, change: impl FnOnce(&mut Reflection)) {
        let reflection = self.reflections.entry(domain).or_default();
        change(reflection);
        reflection.updated_at = now;
        self.updated_at = now;
    }

    pub fn reflection(&self, domain: u32) -> Option<&Reflection> {
        self.reflections.get(&domain)
    }

    /// Every "depends on" link, by the domain that depends, then the one it depends on.
    pub fn domain_links(&self) -> Vec<DomainLink> {
        self.reflections
            .iter()
            .flat_map(|(&from, r)| {
                r.depends_on.iter().map(move |(&to, note)| DomainLink {
                    from,
                    to,
                    note: note.clone(),
                })
            })
            .collect()
    }

    pub fn add_action(&mut self, code: &str, what: &str, who: &str, due: &str, now: Millis) -> u32 {
        let id = self.free_action_id();
        self.actions.push(Action {
            id,
            code: code.to_string(),
            what: what.trim().to_string(),
            who: who.trim().to_string(),
            due: due.trim().to_string(),
            status: ActionStatus::NotStarted,
        });
        self.updated_at = now;
        id
    }

    /// One above the highest id in use; if that would overflow (only a crafted file gets
    /// there), the lowest id nobody uses. Never an id already taken.
    pub(crate) fn free_action_id(&self) -> u32 {
        let highest = self.actions.iter().map(|a| a.id).max().unwrap_or(0);
        highest.checked_add(1).unwrap_or_else(|| {
            let used: std::collections::BTreeSet<u32> = self.actions.iter().map(|a| a.id).collect();
            (1..=u32::MAX)
                .find(|id| !used.contains(id))
                .expect("fewer actions than ids: import caps them")
        })
    }

    /// The time to stamp the next change with: the wall clock, unless this assessment already
    /// holds a later time (from a device whose clock runs ahead), in which case just after it.
    /// So a change made after seeing a copy always counts as newer than that copy, whatever
    /// either device's clock says: merges follow what people did, not their clocks.
    pub fn clock(&self, wall: Millis) -> Millis {
        wall.max(self.latest_stamp().saturating_add(1))
    }

    /// The latest time anywhere in the assessment.
    pub fn latest_stamp(&self) -> Millis {
        let responses = self.responses.values().map(|r| r.updated_at);
        let judgements = self.judgements.values().map(|j| j.updated_at);
        let reflections = self.reflections.values().map(|r| r.updated_at);
        let reviews = self.reviews.iter().map(|r| r.updated_at);
        responses
            .chain(judgements)
            .chain(reflections)
            .chain(reviews)
            .chain([self.updated_at, self.created_at])
            .max()
            .unwrap_or(0)
    }

    /// Brings any time later than `now` back to `now`: a file from a device whose clock runs
    /// ahead must not look newer than the changes made here after it arrived.
    pub fn bound_times(&mut self, now: Millis) {
        let bound = |t: &mut Millis| *t = (*t).min(now);
        bound(&mut self.created_at);
        bound(&mut self.updated_at);
        self.responses
            .values_mut()
            .for_each(|r| bound(&mut r.updated_at));
        self.judgements
            .values_mut()
            .for_each(|j| bound(&mut j.updated_at));
        self.reflections
            .values_mut()
            .for_each(|r| bound(&mut r.updated_at));
        self.reviews
            .iter_mut()
            .for_each(|r| bound(&mut r.updated_at));
        for round in &mut self.rounds {
            bound(&mut round.closed_at);
            round
                .responses
                .values_mut()
                .for_each(|r| bound(&mut r.updated_at));
            round
                .judgements
                .values_mut()
                .for_each(|j| bound(&mut j.updated_at));
        }
    }

    pub fn set_action_status(&mut self, id: u32, status: ActionStatus, now: Millis) {
        if let Some(action) = self.actions.iter_mut().find(|a| a.id == id) {
            action.status = status;
            self.updated_at = now;
        }
    }

    pub fn remove_action(&mut self, id: u32, now: Millis) {
        self.actions.retain(|a| a.id != id);
        self.updated_at = now;
    }

    /// A new assessment that starts from this one's answers, notes and reflections, each
    /// answer marked as carried over until it is looked at again. What belonged to the old
    /// one's life (its plan, rounds, review, judgements, next check-in and workshop votes)
    /// does not come along: a judgement weighed the old answers, not the new ones.
    /// The re-assessment is the person's own, whoever made the one it starts from.
    pub fn reassessment(&self, id: String, me: &Author, now: Millis) -> Assessment {
        let mut copy = self.clone();
        copy.id = id;
        copy.author = Some(me.clone());
        copy.imported_at = None;
        copy.title = format!("{} (re-assessment)", self.title);
        copy.created_at = now;
        copy.updated_at = now;
        copy.actions.clear();
        copy.rounds.clear();
        copy.reviews.clear();
        copy.judgements.clear();
        copy.next_check_in = None;
        for response in copy.responses.values_mut() {
            response.carried_over = response.answer.is_some();
            response.tally.clear();
        }
        copy
    }
}

fn clean_title(title: &str) -> String {
    let t = title.trim();
    if t.is_empty() {
        UNTITLED.to_string()
    } else {
        t.to_string()
    }
}

/// Combines two copies of the same assessment (for example from two browser tabs):
/// each question, judgement and reflection keeps whichever changed last, so neither copy's
/// newer answers are lost; everything else comes from the copy changed last.
pub fn merge(ours: &Assessment, theirs: &Assessment) -> Assessment {
    let (newer, older) = if theirs.updated_at > ours.updated_at {
        (theirs, ours)
    } else {
        (ours, theirs)
    };
    let mut merged = newer.clone();
    for (code, response) in &older.responses {
        let keep_older = merged
            .responses
            .get(code)
            .is_none_or(|current| response.updated_at > current.updated_at);
        if keep_older {
            merged.responses.insert(code.clone(), response.clone());
        }
    }
    keep_later(&mut merged.judgements, &older.judgements, |j| j.updated_at);
    keep_later(&mut merged.reflections, &older.reflections, |r| {
        r.updated_at
    });
    merge_reviews(&mut merged.reviews, &older.reviews);
    merged
}

pub(crate) fn keep_later<T: Clone>(
    merged: &mut BTreeMap<u32, T>,
    older: &BTreeMap<u32, T>,
    time: impl Fn(&T) -> Millis,
) {
    for (key, item) in older {
        if merged
            .get(key)
            .is_none_or(|current| time(item) > time(current))
        {
            merged.insert(*key, item.clone());
        }
    }
}
