//! A plan for the time a workshop has: minutes for opening, for each question (and so each
//! domain), and for the reveal at the end, and what to do when the questions do not fit.
//!
//! This is OUR arithmetic, a rule of thumb for facilitators. NASSS says nothing about how long
//! a question takes to discuss. The rule, in full:
//!
//! 1. Set aside 5 minutes to open (what the workshop is for, how voting works) and 10 for the
//!    reveal at the end.
//! 2. Share what is left equally between the questions, in whole minutes, rounding down, but
//!    never more than 15 minutes a question. A domain gets its questions' minutes. Any minutes
//!    left over are spare (a break, or a longer reveal).
//! 3. The plan fits when every question gets at least 4 minutes: less than that leaves time to
//!    vote but not to talk. 6 minutes a question is comfortable.
//! 4. When it does not fit, suggest (a) a smaller question set that fits, if there is one, and
//!    (b) which whole domains to take now and which in a second session: going through the
//!    domains in the framework's order, take each domain whose questions still fit at 4 minutes
//!    a question, skip one that does not, and try the next.

use super::assessment::{Assessment, Millis};
use super::bank::Bank;
use super::discussion_timer::clock;
use serde::{Deserialize, Serialize};

/// Minutes to open the workshop.
pub const OPENING: u32 = 5;
/// Minutes for the reveal at the end.
pub const REVEAL: u32 = 10;
/// Fewer minutes than this a question and the plan does not fit.
pub const MIN_PER_QUESTION: u32 = 4;
/// A comfortable discussion: the top of the range the set-up suggests.
pub const AIM_PER_QUESTION: u32 = 6;
/// No question is planned for longer than this; the rest is spare.
pub const MAX_PER_QUESTION: u32 = 15;
/// The workshop lengths the set-up accepts, in minutes.
pub const SHORTEST: u32 = 10;
pub const LONGEST: u32 = 600;

/// The length a workshop is planned for, saved with it, and when it was set: two copies
/// keep the one set last (`assessment::merge`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct WorkshopLength {
    pub minutes: u32,
    #[serde(default)]
    pub updated_at: Millis,
}

/// Plans a workshop for `minutes` (kept within `SHORTEST..=LONGEST`).
pub fn set_length(a: &mut Assessment, minutes: u32, now: Millis) {
    a.workshop_length = Some(WorkshopLength {
        minutes: minutes.clamp(SHORTEST, LONGEST),
        updated_at: now,
    });
    a.updated_at = now;
}

/// The plan saved with a workshop, if it has one.
pub fn saved_plan(a: &Assessment, bank: &Bank) -> Option<TimePlan> {
    a.workshop_length.map(|l| plan_for(bank, l.minutes))
}

/// One domain's share of the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainTime {
    /// The domain's number in the framework.
    pub number: u32,
    pub questions: u32,
    pub minutes: u32,
}

/// The minutes proposed for a workshop of `length` minutes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimePlan {
    pub length: u32,
    pub opening: u32,
    pub per_question: u32,
    /// The domains with questions, in the framework's order.
    pub domains: Vec<DomainTime>,
    pub reveal: u32,
    /// Minutes left over once each question has its whole minutes.
    pub spare: u32,
}

impl TimePlan {
    pub fn questions(&self) -> u32 {
        self.domains.iter().map(|d| d.questions).sum()
    }

    /// Whether every question gets at least `MIN_PER_QUESTION` minutes.
    pub fn fits(&self) -> bool {
        self.per_question >= MIN_PER_QUESTION
    }

    /// This domain's minutes, if it is in the plan.
    pub fn domain_minutes(&self, number: u32) -> Option<u32> {
        self.domains
            .iter()
            .find(|d| d.number == number)
            .map(|d| d.minutes)
    }
}

/// The shortest workshop in which `questions` questions fit.
pub fn minimum_length(questions: u32) -> u32 {
    OPENING + REVEAL + MIN_PER_QUESTION * questions
}

/// A workshop long enough for `questions` comfortable discussions.
pub fn comfortable_length(questions: u32) -> u32 {
    OPENING + REVEAL + AIM_PER_QUESTION * questions
}

/// Questions per domain, `(domain number, questions)`, in the framework's order, leaving out
/// domains the bank asks nothing about.
pub fn domain_sizes(bank: &Bank) -> Vec<(u32, u32)> {
    bank.domains()
        .iter()
        .map(|d| (d.number, bank.questions_in(d.number).count() as u32))
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// The rule above, for domains of these sizes in a workshop of `length` minutes.
pub fn propose(sizes: &[(u32, u32)], length: u32) -> TimePlan {
    let questions: u32 = sizes.iter().map(|(_, n)| n).sum();
    let available = length.saturating_sub(OPENING + REVEAL);
    let per_question = available
        .checked_div(questions)
        .unwrap_or(0)
        .min(MAX_PER_QUESTION);
    TimePlan {
        length,
        opening: OPENING,
        per_question,
        domains: sizes
            .iter()
            .map(|&(number, n)| DomainTime {
                number,
                questions: n,
                minutes: n * per_question,
            })
            .collect(),
        reveal: REVEAL,
        spare: available - per_question * questions,
    }
}

pub fn plan_for(bank: &Bank, length: u32) -> TimePlan {
    propose(&domain_sizes(bank), length)
}

/// The whole domains to take now when the whole set does not fit (rule 4b), with their plan,
/// and the domains left for a second session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainChoice {
    pub now: TimePlan,
    pub later: Vec<u32>,
}

/// `None` when not even one domain fits, or when every domain does (nothing to choose).
pub fn domains_that_fit(sizes: &[(u32, u32)], length: u32) -> Option<DomainChoice> {
    let room = length.saturating_sub(OPENING + REVEAL) / MIN_PER_QUESTION;
    let mut taken = Vec::new();
    let mut later = Vec::new();
    let mut used = 0;
    for &(number, n) in sizes {
        if used + n <= room {
            used += n;
            taken.push((number, n));
        } else {
            later.push(number);
        }
    }
    (!taken.is_empty() && !later.is_empty()).then(|| DomainChoice {
        now: propose(&taken, length),
        later,
    })
}

/// A question set the facilitator could choose instead: its name and how many questions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OtherSet {
    pub title: String,
    pub questions: u32,
}

/// Whether the plan fits, in a sentence: "This fits: 4 minutes a question, with 2 minutes
/// to spare." or why it does not.
pub fn verdict(plan: &TimePlan) -> String {
    let n = plan.questions();
    if plan.fits() {
        let spare = match plan.spare {
            0 => String::new(),
            s => format!(", with {} to spare", minutes(s)),
        };
        format!(
            "This fits: {} a question{spare}.",
            minutes(plan.per_question)
        )
    } else {
        format!(
            "This does not fit: {} leaves {} a question, and a question needs at least {MIN_PER_QUESTION} minutes to be talked through. {} questions need at least {}.",
            minutes(plan.length),
            minutes(plan.per_question),
            n,
            minutes(minimum_length(n)),
        )
    }
}

/// What would fit instead (rule 4), a sentence each; nothing when the plan fits.
pub fn advice(plan: &TimePlan, others: &[OtherSet]) -> Vec<String> {
    if plan.fits() {
        return Vec::new();
    }
    let n = plan.questions();
    let mut said = Vec::new();
    let mut lead = "Take";
    if let Some(other) = others
        .iter()
        .filter(|o| o.questions < n && o.questions > 0)
        .find(|o| propose(&[(0, o.questions)], plan.length).fits())
    {
        let each = propose(&[(0, other.questions)], plan.length).per_question;
        said.push(format!(
            "Choose \"{}\" instead: {} questions, {} each.",
            other.title,
            other.questions,
            minutes(each)
        ));
        lead = "Or take";
    }
    let sizes: Vec<(u32, u32)> = plan
        .domains
        .iter()
        .map(|d| (d.number, d.questions))
        .collect();
    match domains_that_fit(&sizes, plan.length) {
        Some(choice) => said.push(format!(
            "{lead} {} now ({} questions, {} each) and {} in a second session.",
            domain_list(
                &choice
                    .now
                    .domains
                    .iter()
                    .map(|d| d.number)
                    .collect::<Vec<_>>()
            ),
            choice.now.questions(),
            minutes(choice.now.per_question),
            domain_list(&choice.later),
        )),
        None => said.push(format!(
            "{} is too short for even one domain: allow at least {}.",
            capital_first(&minutes(plan.length)),
            minutes(minimum_length(
                sizes.iter().map(|(_, n)| *n).min().unwrap_or(1)
            ))
        )),
    }
    said
}

/// How long to plan for `questions` questions, for the set-up's choice of question set: from
/// the shortest length that fits to a comfortable one, each rounded up to 5 minutes (to half
/// hours once it runs past 90 minutes), so the range errs long: "45 to 60 minutes" for the
/// 7-question quick check.
pub fn length_hint(questions: u32) -> String {
    let (low, high) = (minimum_length(questions), comfortable_length(questions));
    let up = |m: u32, step: u32| m.div_ceil(step) * step;
    if high <= 90 {
        format!("{} to {} minutes", up(low, 5), up(high, 5))
    } else {
        let hours = |m: u32| match (m / 60, m % 60) {
            (0, _) => "½".to_string(),
            (h, 0) => h.to_string(),
            (h, _) => format!("{h}½"),
        };
        format!("{} to {} hours", hours(up(low, 30)), hours(up(high, 30)))
    }
}

/// The discussion so far against the plan, in words (never colour alone), short enough to
/// share the projector's top line: "2:10 of 4 min planned", or "5:10 of 4 min planned
/// (1:10 over)".
pub fn against_plan(elapsed_ms: u64, planned_minutes: u32) -> String {
    let seconds = elapsed_ms / 1000;
    let planned = u64::from(planned_minutes) * 60;
    let over = if is_over_plan(elapsed_ms, planned_minutes) {
        format!(" ({} over)", clock(seconds - planned))
    } else {
        String::new()
    };
    format!("{} of {planned_minutes} min planned{over}", clock(seconds))
}

/// Whether the discussion has run past the minutes planned for it (by a whole second).
pub fn is_over_plan(elapsed_ms: u64, planned_minutes: u32) -> bool {
    elapsed_ms / 1000 > u64::from(planned_minutes) * 60
}

/// "1 minute", "4 minutes".
pub fn minutes(n: u32) -> String {
    if n == 1 {
        "1 minute".to_string()
    } else {
        format!("{n} minutes")
    }
}

/// "domain 6", "domains 1, 2 and 7".
pub fn domain_list(numbers: &[u32]) -> String {
    let names: Vec<String> = numbers.iter().map(u32::to_string).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => format!("domain {one}"),
        [rest @ .., last] => format!("domains {} and {last}", rest.join(", ")),
    }
}

fn capital_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The length as typed on the set-up: blank is no plan; otherwise whole minutes within
/// `SHORTEST..=LONGEST`, or the message the error summary shows.
pub fn parse_length(typed: &str) -> Result<Option<u32>, String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    let minutes = typed
        .strip_suffix("minutes")
        .or_else(|| typed.strip_suffix("mins"))
        .or_else(|| typed.strip_suffix("min"))
        .unwrap_or(typed)
        .trim();
    match minutes.parse::<u32>() {
        Ok(m) if (SHORTEST..=LONGEST).contains(&m) => Ok(Some(m)),
        Ok(_) => Err(format!(
            "Enter a length between {SHORTEST} and {LONGEST} minutes"
        )),
        Err(_) => Err("Enter the workshop's length as a whole number of minutes, like 90".into()),
    }
}
