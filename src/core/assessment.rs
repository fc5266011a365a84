//! An assessment: one person's (or one group's) answers to one bank.

use super::author::Author;
use super::bank::{Bank, DONT_KNOW_ID};
use super::identity::DeviceKey;
use super::review::merge_reviews;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::{BTreeMap, BTreeSet};

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

// Ordered (by content, field by field) only so that two copies changed at the same
// millisecond merge the same way in every tab: see `merge`.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
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
    /// Always what `votes` adds up to, once there are any.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub tally: BTreeMap<String, u32>,
    /// The presses behind the tally, window by window, so two windows' votes merge
    /// (`vote_log`). Empty in files from before windows were told apart.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub votes: super::vote_log::VoteLog,
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_zero(t: &Millis) -> bool {
    *t == 0
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
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Judgement {
    /// The id of a level on the bank's scale; empty once the judgement is cleared.
    pub level: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    #[serde(default)]
    pub updated_at: Millis,
    /// Whose judgement it was when "Make my own copy" brought it over ("Priya Shah"), until
    /// the new owner changes it: a copied judgement is still the other person's view, and
    /// is named as theirs. Empty for a judgement made on the assessment it sits in.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub copied_from: String,
}

/// What the person wrote on looking back over a domain, as the NASSS-CAT long form asks.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
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

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
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
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
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
    /// Which action this is, whatever its number: two tabs that each add an action at once
    /// give both the same number, and a merge must keep both (`merge` renumbers one). Empty
    /// for an action made before this existed, whose number is then what names it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub uid: String,
    /// When it last changed, so two copies keep the later status or wording of each action.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub updated_at: Millis,
}

impl Action {
    /// What names this action in a merge: its `uid`, or its number for an older action.
    pub fn key(&self) -> String {
        if self.uid.is_empty() {
            format!("#{}", self.id)
        } else {
            self.uid.clone()
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub id: String,
    pub title: String,
    /// When the title last changed, so a rename in one tab and a change in another both
    /// survive their merge.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub title_at: Millis,
    pub created_at: Millis,
    pub updated_at: Millis,
    pub bank: BankRef,
    /// Keyed by question code.
    #[serde(default)]
    pub responses: BTreeMap<String, Response>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
    /// The keys (`Action::key`) of actions removed, so a merge with a copy that still has one
    /// does not bring it back.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub removed_actions: BTreeSet<String>,
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
    /// The device key's signature of the id (`core::proof`): the only thing that makes an
    /// assessment yours. It verifies only on the device that made it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof: Option<String>,
    /// A workshop's length, as the facilitator planned it (`core::time_plan`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workshop_length: Option<super::time_plan::WorkshopLength>,
    /// In a workshop, each person's own answers (`core::participants`), apart from the
    /// group's answer in `responses`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<super::participants::Participant>,
    /// The ids of people whose answers the facilitator took out, so a copy that still has
    /// them does not bring them back.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub removed_participants: BTreeSet<String>,
}

/// The title used when the user leaves the name empty.
pub const UNTITLED: &str = "Untitled assessment";

impl Assessment {
    pub fn new(id: String, title: &str, bank: &Bank, now: Millis) -> Assessment {
        let bank = BankRef {
            id: bank.set.id.clone(),
            version: bank.set.version,
        };
        Assessment {
            id,
            title: clean_title(title),
            ..Assessment::empty(bank, now)
        }
    }

    /// An empty assessment of the same question set, made at the same moment: the shape a
    /// workshop participant's answers take (`participants::as_assessment`).
    pub fn blank_like(other: &Assessment) -> Assessment {
        Assessment {
            updated_at: other.updated_at,
            ..Assessment::empty(other.bank.clone(), other.created_at)
        }
    }

    fn empty(bank: BankRef, now: Millis) -> Assessment {
        Assessment {
            id: String::new(),
            title: String::new(),
            title_at: 0,
            created_at: now,
            updated_at: now,
            bank,
            responses: BTreeMap::new(),
            actions: Vec::new(),
            removed_actions: BTreeSet::new(),
            rounds: Vec::new(),
            next_check_in: None,
            reviews: Vec::new(),
            judgements: BTreeMap::new(),
            reflections: BTreeMap::new(),
            author: None,
            imported_at: None,
            proof: None,
            workshop_length: None,
            participants: Vec::new(),
            removed_participants: BTreeSet::new(),
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
        self.title_at = now;
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
                copied_from: String::new(),
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
        let mut action = Action {
            id,
            code: code.to_string(),
            what: what.trim().to_string(),
            who: who.trim().to_string(),
            due: due.trim().to_string(),
            status: ActionStatus::NotStarted,
            uid: String::new(),
            updated_at: now,
        };
        action.uid = action_uid(&action, now);
        self.actions.push(action);
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
        let actions = self.actions.iter().map(|a| a.updated_at);
        let reviews = self.reviews.iter().map(|r| r.updated_at);
        responses
            .chain(judgements)
            .chain(reflections)
            .chain(actions)
            .chain(reviews)
            .chain([self.updated_at, self.created_at, self.title_at])
            .max()
            .unwrap_or(0)
    }

    /// Brings any time later than `now` back to `now`: a file from a device whose clock runs
    /// ahead must not look newer than the changes made here after it arrived.
    pub fn bound_times(&mut self, now: Millis) {
        let bound = |t: &mut Millis| *t = (*t).min(now);
        bound(&mut self.created_at);
        bound(&mut self.updated_at);
        bound(&mut self.title_at);
        self.actions
            .iter_mut()
            .for_each(|a| bound(&mut a.updated_at));
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
            action.updated_at = now;
            self.updated_at = now;
        }
    }

    /// Rewords an action, or changes who does it and by when; its status stays. An action
    /// must say what will be done, so a blank `what` changes nothing (and says so).
    pub fn edit_action(&mut self, id: u32, what: &str, who: &str, due: &str, now: Millis) -> bool {
        let what = what.trim();
        let Some(action) = self.actions.iter_mut().find(|a| a.id == id) else {
            return false;
        };
        if what.is_empty() {
            return false;
        }
        action.what = what.to_string();
        action.who = who.trim().to_string();
        action.due = due.trim().to_string();
        action.updated_at = now;
        self.updated_at = now;
        true
    }

    pub fn remove_action(&mut self, id: u32, now: Millis) {
        let removed: Vec<String> = self
            .actions
            .iter()
            .filter(|a| a.id == id)
            .map(Action::key)
            .collect();
        self.removed_actions.extend(removed);
        self.actions.retain(|a| a.id != id);
        self.updated_at = now;
    }

    /// A new assessment that starts from this one's answers, notes and reflections, each
    /// answer marked as carried over until it is looked at again. What belonged to the old
    /// one's life (its plan, rounds, review, judgements, next check-in and workshop votes)
    /// does not come along: a judgement weighed the old answers, not the new ones.
    /// The re-assessment is the person's own, whoever made the one it starts from.
    pub fn reassessment(
        &self,
        id: String,
        me: &Author,
        key: &super::identity::DeviceKey,
        now: Millis,
    ) -> Assessment {
        let mut copy = self.clone();
        copy.id = id;
        copy.claim(me, key);
        copy.imported_at = None;
        copy.title = format!("{} (re-assessment)", self.title);
        copy.created_at = now;
        copy.updated_at = now;
        copy.actions.clear();
        copy.removed_actions.clear();
        copy.title_at = 0;
        copy.rounds.clear();
        copy.reviews.clear();
        copy.judgements.clear();
        copy.next_check_in = None;
        for response in copy.responses.values_mut() {
            response.carried_over = response.answer.is_some();
            response.tally.clear();
            response.votes.clear();
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
/// each question, judgement, reflection and action keeps whichever changed last, the title
/// too, and an action added or removed in either copy is added or removed in the merge, so
/// neither copy's newer work is lost; everything else comes from the copy changed last.
///
/// The result never depends on which copy is "ours": where two changes carry the same time
/// (two tabs at the same millisecond), the larger content wins, the same in every tab. So
/// merging is a join: `merge(a, b) == merge(b, a)`, and merging a copy in twice changes
/// nothing, which is what lets two tabs settle on one stored copy rather than take turns
/// overwriting each other (see `holds`).
pub fn merge(ours: &Assessment, theirs: &Assessment) -> Assessment {
    let (newer, older) = if later_copy(theirs, ours) {
        (theirs, ours)
    } else {
        (ours, theirs)
    };
    let mut merged = newer.clone();
    for (code, response) in &older.responses {
        let keep_older = merged.responses.get(code).is_none_or(|current| {
            rank(response.updated_at, response) > rank(current.updated_at, current)
        });
        let votes = merged
            .responses
            .get(code)
            .map(|current| super::vote_log::join(&current.votes, &response.votes));
        if keep_older {
            merged.responses.insert(code.clone(), response.clone());
        }
        // Whichever copy's answer and note are kept, every window's votes are.
        if let (Some(votes), Some(kept)) = (votes, merged.responses.get_mut(code)) {
            if !votes.is_empty() {
                kept.tally = super::vote_log::total(&votes);
            }
            kept.votes = votes;
        }
    }
    keep_later(&mut merged.judgements, &older.judgements, |j| j.updated_at);
    keep_later(&mut merged.reflections, &older.reflections, |r| {
        r.updated_at
    });
    if (older.title_at, &older.title) > (merged.title_at, &merged.title) {
        merged.title = older.title.clone();
        merged.title_at = older.title_at;
    }
    merged
        .removed_actions
        .extend(older.removed_actions.iter().cloned());
    merged.actions = merge_actions(&newer.actions, &older.actions, &merged.removed_actions);
    merge_reviews(&mut merged.reviews, &older.reviews);
    // The length last set wins, whichever copy is newer overall.
    if older.workshop_length.map(|l| (l.updated_at, l))
        > merged.workshop_length.map(|l| (l.updated_at, l))
    {
        merged.workshop_length = older.workshop_length;
    }
    merged
        .removed_participants
        .extend(older.removed_participants.iter().cloned());
    merged.participants = super::participants::merge(
        &newer.participants,
        &older.participants,
        &merged.removed_participants,
    );
    merged
}

/// Whether the stored copy already holds everything the page shows: merging what is shown
/// into it would change nothing. Only then may the page say "Saved on this device".
pub fn holds(stored: &Assessment, shown: &Assessment) -> bool {
    merge(stored, shown) == *stored
}

/// Later first, then larger content: a total order, so ties break the same way everywhere.
fn rank<T: Ord>(time: Millis, item: &T) -> (Millis, &T) {
    (time, item)
}

/// Whether `a` is the later copy, for what carries no time of its own (the author, the next
/// check-in, rounds). On a tie in time, the larger of those parts, as text.
fn later_copy(a: &Assessment, b: &Assessment) -> bool {
    match a.updated_at.cmp(&b.updated_at) {
        std::cmp::Ordering::Equal => untimed_parts(a) > untimed_parts(b),
        order => order.is_gt(),
    }
}

/// The parts of an assessment that `merge` takes whole from one copy, written out.
fn untimed_parts(a: &Assessment) -> String {
    let mut rest = a.clone();
    rest.responses.clear();
    rest.judgements.clear();
    rest.reflections.clear();
    rest.actions.clear();
    rest.removed_actions.clear();
    rest.reviews.clear();
    rest.participants.clear();
    rest.removed_participants.clear();
    rest.title.clear();
    rest.title_at = 0;
    rest.workshop_length = None;
    serde_json::to_string(&rest).unwrap_or_default()
}

/// Every action in either copy, by key, at its latest change, less those removed; two that
/// ended up with the same number (added in two tabs at once) are numbered apart, the same way
/// in every tab: the one whose key sorts first keeps the number.
fn merge_actions(newer: &[Action], older: &[Action], removed: &BTreeSet<String>) -> Vec<Action> {
    let mut by_key: BTreeMap<String, Action> = BTreeMap::new();
    for action in newer.iter().chain(older) {
        let key = action.key();
        if removed.contains(&key) {
            continue;
        }
        let later = by_key.get(&key).is_none_or(|current| {
            rank(action.updated_at, action) > rank(current.updated_at, current)
        });
        if later {
            by_key.insert(key, action.clone());
        }
    }
    let mut actions: Vec<(String, Action)> = by_key.into_iter().collect();
    actions.sort_by(|(ka, a), (kb, b)| a.id.cmp(&b.id).then(ka.cmp(kb)));
    let mut next = actions.iter().map(|(_, a)| a.id).max().unwrap_or(0);
    let mut used = BTreeSet::new();
    let mut out = Vec::with_capacity(actions.len());
    for (_, mut action) in actions {
        if !used.insert(action.id) {
            next = next.saturating_add(1);
            action.id = next;
            used.insert(next);
        }
        out.push(action);
    }
    out
}

/// An action's `uid`: when it was added and a fingerprint of what it says, so two tabs that
/// add different actions at the same millisecond still give them different names (and two
/// that add the very same words at that moment made one action between them).
fn action_uid(action: &Action, now: Millis) -> String {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    (&action.code, &action.what, &action.who, &action.due).hash(&mut hasher);
    format!("{now:x}-{:x}", hasher.finish() as u32)
}

pub(crate) fn keep_later<T: Clone + Ord>(
    merged: &mut BTreeMap<u32, T>,
    older: &BTreeMap<u32, T>,
    time: impl Fn(&T) -> Millis,
) {
    for (key, item) in older {
        if merged
            .get(key)
            .is_none_or(|current| rank(time(item), item) > rank(time(current), current))
        {
            merged.insert(*key, item.clone());
        }
    }
}
