//! Side-by-side comparison of two or more assessments of the same bank: what moved,
//! question by question and domain by domain, between the first and the last.

use super::assessment::{Answer, Assessment};
use super::bank::Bank;
use super::lower_case::lower_case;
use super::scoring::{profile, DomainResult};
use std::fmt;

/// How one answer differs between two assessments (or two rounds).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    Same,
    NewAnswer { to: Answer },
    Removed { from: Answer },
    Changed { from: Answer, to: Answer },
}

impl Change {
    pub fn between(from: Option<&Answer>, to: Option<&Answer>) -> Change {
        match (from, to) {
            (None, None) => Change::Same,
            (Some(f), Some(t)) if f == t => Change::Same,
            (None, Some(t)) => Change::NewAnswer { to: t.clone() },
            (Some(f), None) => Change::Removed { from: f.clone() },
            (Some(f), Some(t)) => Change::Changed {
                from: f.clone(),
                to: t.clone(),
            },
        }
    }

    pub fn is_same(&self) -> bool {
        *self == Change::Same
    }
}

pub use super::scoring::DONT_KNOW_IN_TEXT;

pub const NO_CHANGE: &str = "no change";

fn answer_in_text(bank: &Bank, answer: &Answer) -> String {
    match answer {
        Answer::DontKnow => DONT_KNOW_IN_TEXT.to_string(),
        Answer::Level(id) => bank
            .level(id)
            .map_or_else(|| id.clone(), |l| lower_case(&l.label)),
    }
}

/// "complex → complicated", "new: don't know", "removed: simple" or "no change".
pub fn describe_change(bank: &Bank, change: &Change) -> String {
    match change {
        Change::Same => NO_CHANGE.to_string(),
        Change::NewAnswer { to } => format!("new: {}", answer_in_text(bank, to)),
        Change::Removed { from } => format!("removed: {}", answer_in_text(bank, from)),
        Change::Changed { from, to } => format!(
            "{} → {}",
            answer_in_text(bank, from),
            answer_in_text(bank, to)
        ),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    MoreComplex,
    LessComplex,
    Same,
    /// One side is "don't know", unanswered or not on the scale, so there is no order.
    NotComparable,
}

/// Which way an answer moved on the scale. Identical answers (including two "don't know"s
/// or two blanks) are `Same`: nothing moved, even though neither side has a value.
pub fn direction(bank: &Bank, from: Option<&Answer>, to: Option<&Answer>) -> Direction {
    if from == to {
        return Direction::Same;
    }
    let value = |a: Option<&Answer>| match a {
        Some(Answer::Level(id)) => bank.level(id).map(|l| l.value),
        _ => None,
    };
    match (value(from), value(to)) {
        (Some(f), Some(t)) if t > f => Direction::MoreComplex,
        (Some(f), Some(t)) if t < f => Direction::LessComplex,
        (Some(_), Some(_)) => Direction::Same,
        _ => Direction::NotComparable,
    }
}

/// Which way a domain's level moved; a domain not yet rated on one side has no order.
pub fn level_direction(from: Option<usize>, to: Option<usize>) -> Direction {
    match (from, to) {
        _ if from == to => Direction::Same,
        (Some(f), Some(t)) if t > f => Direction::MoreComplex,
        (Some(_), Some(_)) => Direction::LessComplex,
        _ => Direction::NotComparable,
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct QuestionDiff {
    pub code: String,
    /// One per assessment, in the order they were given.
    pub answers: Vec<Option<Answer>>,
    /// First assessment against the last.
    pub change: Change,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DomainDiff {
    pub domain: u32,
    /// Index into the scale's levels per assessment; `None` when not yet rated.
    pub levels: Vec<Option<usize>>,
    /// The domain as scored in each assessment, for its level in words and its spread.
    pub results: Vec<DomainResult>,
    /// First against last, by level: "complex → complicated", "not yet rated → simple", "no change".
    pub change_text: String,
    /// Which way the level moved, first against last.
    pub direction: Direction,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// Every question of the bank, in bank order (across sets: only the codes all share).
    pub questions: Vec<QuestionDiff>,
    /// Every domain, in framework order.
    pub domains: Vec<DomainDiff>,
    /// True when every assessment uses the same question set.
    pub same_questions: bool,
}

impl Comparison {
    /// Only the questions whose answer differs between the first and the last assessment.
    pub fn changed_questions(&self) -> impl Iterator<Item = &QuestionDiff> {
        self.questions.iter().filter(|q| !q.change.is_same())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompareError {
    TooFew {
        found: usize,
    },
    /// `title` names the first assessment that does not use the bank being compared.
    DifferentBanks {
        expected: String,
        found: String,
        title: String,
    },
}

impl fmt::Display for CompareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompareError::TooFew { found: 0 } => {
                write!(f, "Choose at least two assessments to compare.")
            }
            CompareError::TooFew { .. } => write!(
                f,
                "Choose at least one more assessment: a comparison needs two or more."
            ),
            CompareError::DifferentBanks { title, .. } => write!(
                f,
                "\"{title}\" was made with a different set of questions, so it cannot be compared with these. Choose assessments made with the same set."
            ),
        }
    }
}

impl std::error::Error for CompareError {}

/// Only the bank id is checked, as import does: a bank keeps its id across versions
/// and its question codes are what the comparison lines up.
pub(crate) fn first_other_bank<'a>(
    bank: &Bank,
    assessments: &[&'a Assessment],
) -> Option<&'a Assessment> {
    assessments.iter().copied().find(|a| a.bank.id != bank.id())
}

pub fn compare(bank: &Bank, assessments: &[&Assessment]) -> Result<Comparison, CompareError> {
    if assessments.len() < 2 {
        return Err(CompareError::TooFew {
            found: assessments.len(),
        });
    }
    if let Some(other) = first_other_bank(bank, assessments) {
        return Err(CompareError::DifferentBanks {
            expected: bank.id().to_string(),
            found: other.bank.id.clone(),
            title: other.title.clone(),
        });
    }
    let pairs: Vec<(&Assessment, &Bank)> = assessments.iter().map(|a| (*a, bank)).collect();
    Ok(compare_across(&pairs))
}

/// Assessments made with different question sets (a full assessment and a quick check)
/// still each give the framework's domains a level: those are compared, domain by domain.
/// Questions are lined up only where every set has the same code; `same_questions` says
/// whether that is all of them. Each assessment is read against its own bank.
pub fn compare_across(pairs: &[(&Assessment, &Bank)]) -> Comparison {
    let (first, first_bank) = pairs[0];
    let (last, last_bank) = pairs[pairs.len() - 1];
    let same_questions = pairs.iter().all(|(_, b)| b.id() == first_bank.id());
    let questions = first_bank
        .questions()
        .iter()
        .filter(|q| pairs.iter().all(|(_, b)| b.question(&q.code).is_some()))
        .map(|q| QuestionDiff {
            code: q.code.clone(),
            answers: pairs
                .iter()
                .map(|(a, _)| a.answer(&q.code).cloned())
                .collect(),
            change: Change::between(first.answer(&q.code), last.answer(&q.code)),
        })
        .collect();

    let profiles: Vec<_> = pairs.iter().map(|(a, b)| profile(b, a)).collect();
    let domains = first_bank
        .domains()
        .iter()
        .map(|d| {
            let results: Vec<DomainResult> = profiles
                .iter()
                .filter_map(|p| p.domain(d.number).cloned())
                .collect();
            let levels: Vec<Option<usize>> = results.iter().map(|r| r.level).collect();
            let (from, to) = (levels[0], levels[levels.len() - 1]);
            let change_text = if from == to {
                NO_CHANGE.to_string()
            } else {
                format!(
                    "{} → {}",
                    results[0].level_word(first_bank.levels(), from),
                    results[results.len() - 1].level_word(last_bank.levels(), to)
                )
            };
            DomainDiff {
                domain: d.number,
                levels,
                results,
                change_text,
                direction: level_direction(from, to),
            }
        })
        .collect();

    Comparison {
        questions,
        domains,
        same_questions,
    }
}

/// The order a comparison reads in by default: the oldest assessment first, so every change
/// is described from old to new.
pub fn oldest_first(assessments: &mut [&Assessment]) {
    assessments.sort_by(|a, b| a.created_at.cmp(&b.created_at).then(a.id.cmp(&b.id)));
}
