//! When a file or link holds an assessment that is already on this device (a reviewer
//! sending it back, the same person's other device): what is new in it, by person, and
//! what each choice stores. Whatever is chosen, whose the assessment is stays as this
//! device has it (everything starts from the copy here and brings content in), nobody's
//! review is dropped, and an answer is only ever replaced by a newer one. Times in the
//! incoming copy must already be bounded to now (`Assessment::bound_times`): another
//! device's clock is never trusted.

use super::assessment::{Action, Assessment, Millis, Response};
use super::author::Whose;
use super::identity::DeviceKey;
use std::collections::BTreeMap;

/// What to do with an incoming copy of an assessment already here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clash {
    /// The default: add what is new, keep the newer of each answer.
    AddWhatIsNew,
    /// Store the incoming copy beside this one, as a clearly named copy.
    KeepBoth,
    /// Take the incoming copy's title, plan and answers, except where the copy here is newer.
    Replace,
}

impl Clash {
    pub fn id(self) -> &'static str {
        match self {
            Clash::AddWhatIsNew => "add",
            Clash::KeepBoth => "keep",
            Clash::Replace => "replace",
        }
    }

    pub fn from_id(id: &str) -> Option<Clash> {
        [Clash::AddWhatIsNew, Clash::KeepBoth, Clash::Replace]
            .into_iter()
            .find(|c| c.id() == id)
    }
}

/// The choices offered, the default first. A copy here that a newer version of the app
/// wrote holds things this version cannot read: it is never written over, so the incoming
/// copy can only be kept beside it.
pub fn choices(here_from_newer_version: bool) -> Vec<Clash> {
    if here_from_newer_version {
        vec![Clash::KeepBoth]
    } else {
        vec![Clash::AddWhatIsNew, Clash::KeepBoth, Clash::Replace]
    }
}

/// What a choice stores.
#[derive(Clone, Debug, PartialEq)]
pub enum Settled {
    /// The copy here, updated.
    Update(Box<Assessment>),
    /// The incoming copy, under a new id (`kept_beside`); the copy here is left as it is.
    Beside,
}

pub fn settle(
    here: &Assessment,
    here_from_newer_version: bool,
    incoming: &Assessment,
    choice: Clash,
) -> Settled {
    if here_from_newer_version {
        return Settled::Beside;
    }
    match choice {
        Clash::AddWhatIsNew => Settled::Update(Box::new(add_what_is_new(here, incoming))),
        Clash::Replace => Settled::Update(Box::new(replace(here, incoming))),
        Clash::KeepBoth => Settled::Beside,
    }
}

/// The incoming copy as a separate assessment: a new id and a title that says where it
/// came from, "HeartWatch (the link's copy)".
pub fn kept_beside(incoming: &Assessment, id: String, noun: &str) -> Assessment {
    let mut copy = incoming.clone();
    copy.id = id;
    copy.title = format!("{} (the {noun}'s copy)", incoming.title);
    copy
}

/// The default: the copy here, plus what the incoming copy has that is newer (answer by
/// answer, judgement by judgement, review by review) or that the copy here lacks (a
/// review, an action, a round). On a tie the copy here wins.
pub fn add_what_is_new(here: &Assessment, incoming: &Assessment) -> Assessment {
    let mut out = bring_in(here, incoming, false);
    for action in &incoming.actions {
        add_action_if_missing(&mut out, action);
    }
    for round in &incoming.rounds {
        if !out.rounds.iter().any(|r| r.closed_at == round.closed_at) {
            out.rounds.push(round.clone());
        }
    }
    out.rounds.sort_by_key(|r| r.closed_at);
    out
}

/// "Replace": the incoming copy's title, plan, rounds and answers, except that an answer,
/// judgement, reflection or review changed here after the incoming one is kept, anything
/// only here stays, and whose it is does not change.
pub fn replace(here: &Assessment, incoming: &Assessment) -> Assessment {
    let mut out = bring_in(here, incoming, true);
    out.title = incoming.title.clone();
    if incoming.next_check_in.is_some() {
        out.next_check_in = incoming.next_check_in.clone();
    }
    out.actions = incoming.actions.clone();
    for action in &here.actions {
        add_action_if_missing(&mut out, action);
    }
    let mut rounds = incoming.rounds.clone();
    for round in &here.rounds {
        if !rounds.iter().any(|r| r.closed_at == round.closed_at) {
            rounds.push(round.clone());
        }
    }
    rounds.sort_by_key(|r| r.closed_at);
    out.rounds = rounds;
    out
}

/// The copy here with every timed part of the incoming copy that is newer (or, with
/// `ties_to_incoming`, as new). Starting from the copy here is what keeps its id, author
/// and proof: nothing that says whose it is can come from a file.
fn bring_in(here: &Assessment, incoming: &Assessment, ties_to_incoming: bool) -> Assessment {
    let wins = |theirs: Millis, ours: Millis| theirs > ours || (ties_to_incoming && theirs == ours);
    let mut out = here.clone();
    for (code, theirs) in &incoming.responses {
        if out
            .responses
            .get(code)
            .is_none_or(|ours| wins(theirs.updated_at, ours.updated_at))
        {
            out.responses.insert(code.clone(), theirs.clone());
        }
    }
    for (domain, theirs) in &incoming.judgements {
        if out
            .judgements
            .get(domain)
            .is_none_or(|ours| wins(theirs.updated_at, ours.updated_at))
        {
            out.judgements.insert(*domain, theirs.clone());
        }
    }
    for (domain, theirs) in &incoming.reflections {
        if out
            .reflections
            .get(domain)
            .is_none_or(|ours| wins(theirs.updated_at, ours.updated_at))
        {
            out.reflections.insert(*domain, theirs.clone());
        }
    }
    for theirs in &incoming.reviews {
        match out.reviews.iter_mut().find(|r| r.id == theirs.id) {
            Some(ours) if wins(theirs.updated_at, ours.updated_at) => *ours = theirs.clone(),
            Some(_) => {}
            None => out.reviews.push(theirs.clone()),
        }
    }
    if out.next_check_in.is_none() {
        out.next_check_in = incoming.next_check_in.clone();
    }
    out.updated_at = here.updated_at.max(incoming.updated_at);
    out
}

fn add_action_if_missing(out: &mut Assessment, action: &Action) {
    let same = |a: &Action| a.code == action.code && a.what == action.what;
    if out.actions.iter().any(same) {
        return;
    }
    let mut kept = action.clone();
    if out.actions.iter().any(|a| a.id == kept.id) {
        kept.id = out.free_action_id();
    }
    out.actions.push(kept);
}

/// What the incoming copy would bring, by person, for the preview: one line per review
/// it holds, then one for the author's answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WhatIsNew {
    pub lines: Vec<String>,
    /// Nothing in it is newer than the copy here: adding it changes nothing.
    pub nothing_new: bool,
}

/// "Sam Okafor's review: 7 verdicts, new." "Your answers: unchanged, yours are newer."
/// `whose` is whose the copy here is; `noun` is "file" or "link"; the incoming copy's
/// times are bounded to `now` first, as an import stores them.
pub fn what_is_new(
    here: &Assessment,
    incoming: &Assessment,
    whose: &Whose,
    key: Option<&DeviceKey>,
    noun: &str,
    now: Millis,
) -> WhatIsNew {
    let mut incoming = incoming.clone();
    incoming.bound_times(now);
    let mut lines = Vec::new();
    let mut nothing_new = true;
    for theirs in &incoming.reviews {
        let name = theirs.title_for(&here.id, key);
        let mine = theirs.is_mine(&here.id, key);
        let text = match here.reviews.iter().find(|r| r.id == theirs.id) {
            None => {
                nothing_new = false;
                format!("{name}: {}, new.", theirs.size())
            }
            Some(ours) if ours.same_content(theirs) => format!("{name}: unchanged."),
            Some(ours) if theirs.updated_at > ours.updated_at => {
                nothing_new = false;
                format!("{name}: changed in the {noun}, now {}.", theirs.size())
            }
            Some(_) if mine => format!("{name}: unchanged, yours is newer."),
            Some(_) => format!("{name}: unchanged, the copy here is newer."),
        };
        lines.push(text);
    }
    let (newer_there, newer_here) = answer_changes(here, &incoming);
    let new_actions = incoming
        .actions
        .iter()
        .filter(|a| {
            !here
                .actions
                .iter()
                .any(|x| x.code == a.code && x.what == a.what)
        })
        .count();
    if newer_there > 0 || new_actions > 0 {
        nothing_new = false;
    }
    let yours = matches!(whose, Whose::Yours);
    let answers = capitalised(&whose.answers());
    let mut parts = Vec::new();
    if newer_there == 0 {
        parts.push("unchanged".to_string());
        if newer_here > 0 {
            parts.push(
                if yours {
                    "yours are newer"
                } else {
                    "the copy here is newer"
                }
                .into(),
            );
        }
    } else {
        parts.push(format!("{newer_there} newer in the {noun}"));
        if newer_here > 0 {
            parts.push(format!("{newer_here} newer here, kept"));
        }
    }
    if new_actions > 0 {
        let s = if new_actions == 1 { "" } else { "s" };
        parts.push(format!("{new_actions} new action{s}"));
    }
    lines.push(format!("{answers}: {}.", parts.join(", ")));
    WhatIsNew { lines, nothing_new }
}

/// How many answers, notes, judgements and reflections differ, counted by which copy
/// changed them last: (newer in the incoming copy, newer here).
fn answer_changes(here: &Assessment, incoming: &Assessment) -> (usize, usize) {
    let mut counts = (0, 0);
    let mut count = |theirs: Option<Millis>, ours: Option<Millis>| match (theirs, ours) {
        (Some(t), Some(o)) if t > o => counts.0 += 1,
        (Some(_), Some(_)) => counts.1 += 1,
        (Some(_), None) => counts.0 += 1,
        (None, Some(_)) => counts.1 += 1,
        (None, None) => {}
    };
    let differ = |a: Option<&Response>, b: Option<&Response>| {
        let content = |r: Option<&Response>| {
            r.filter(|r| !r.is_empty())
                .map(|r| (r.answer.clone(), r.note.trim().to_string(), r.tally.clone()))
        };
        content(a) != content(b)
    };
    for code in keys(&incoming.responses, &here.responses) {
        let (t, o) = (incoming.responses.get(code), here.responses.get(code));
        if differ(t, o) {
            count(t.map(|r| r.updated_at), o.map(|r| r.updated_at));
        }
    }
    for domain in keys(&incoming.judgements, &here.judgements) {
        let (t, o) = (incoming.judgements.get(domain), here.judgements.get(domain));
        let level = |j: Option<&super::assessment::Judgement>| {
            j.filter(|j| !j.level.is_empty())
                .map(|j| (j.level.clone(), j.reason.clone()))
        };
        if level(t) != level(o) {
            count(t.map(|j| j.updated_at), o.map(|j| j.updated_at));
        }
    }
    for domain in keys(&incoming.reflections, &here.reflections) {
        let (t, o) = (
            incoming.reflections.get(domain),
            here.reflections.get(domain),
        );
        let words = |r: Option<&super::assessment::Reflection>| {
            r.map(|r| (r.uncertain.trim().to_string(), r.depends_on.clone()))
                .filter(|(u, d)| !u.is_empty() || !d.is_empty())
        };
        if words(t) != words(o) {
            count(t.map(|r| r.updated_at), o.map(|r| r.updated_at));
        }
    }
    counts
}

fn keys<'a, K: Ord, V>(a: &'a BTreeMap<K, V>, b: &'a BTreeMap<K, V>) -> Vec<&'a K> {
    let mut all: Vec<&K> = a.keys().chain(b.keys()).collect();
    all.sort();
    all.dedup();
    all
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
