//! The team view: several people answer the same bank on their own, then see where
//! they agree and where they do not. Disagreement is what a team should talk about
//! first, so the view ranks questions by it rather than averaging it away.

use super::assessment::{Answer, Assessment};
use super::bank::Bank;
use super::compare::first_other_bank;
use super::csv::{domain_label, row};
use super::disagreement::{
    most_disputed_first, standard_deviation, unknown_beside_level, Disagreement,
};
use super::scoring::score_domain;
use std::fmt;

#[derive(Clone, Debug, PartialEq)]
pub struct QuestionSpread {
    pub code: String,
    /// Per scale level (same order as the scale), how many respondents chose it.
    pub counts: Vec<u32>,
    pub dont_know: u32,
    /// Includes answers naming a level the scale does not have, as scoring does.
    pub unanswered: u32,
    /// Highest level value given minus the lowest; 0 with fewer than two level answers.
    pub spread: u32,
    /// Population standard deviation of the level values given; 0 with fewer than two.
    ///
    /// Population, not sample (n, not n − 1): the respondents are the whole team being
    /// described, not a sample from a larger one, and with n − 1 two people who answer
    /// 1 and 3 would score 1.41 instead of the 1.0 a reader can check in their head.
    pub disagreement: f64,
}

impl QuestionSpread {
    /// The measure the ranking uses: "I don't know" beside a level counts as disagreement.
    pub fn measure(&self) -> Disagreement {
        Disagreement {
            deviation: self.disagreement,
            spread: self.spread,
            unknown_beside_level: unknown_beside_level(self.counts.iter().sum(), self.dont_know),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DomainTally {
    pub domain: u32,
    /// Per scale level, how many respondents' own domain level came out at it.
    pub per_level: Vec<u32>,
    pub not_rated: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TeamView {
    pub respondents: usize,
    /// Every question of the bank, in bank order.
    pub questions: Vec<QuestionSpread>,
    /// Every domain, in framework order.
    pub combined: Vec<DomainTally>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TeamError {
    NoRespondents,
    /// `title` names the first assessment that does not use the team's bank.
    MixedBanks {
        expected: String,
        found: String,
        title: String,
    },
}

impl fmt::Display for TeamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TeamError::NoRespondents => {
                write!(f, "There are no answers to show yet. Add at least one person's assessment.")
            }
            TeamError::MixedBanks { title, .. } => write!(
                f,
                "\"{title}\" was made with a different set of questions, so it cannot join this team view. Everyone needs to answer the same set."
            ),
        }
    }
}

impl std::error::Error for TeamError {}

/// The spread (highest level value given minus the lowest) and the standard deviation.
fn spread_of(values: &[u32]) -> (u32, f64) {
    let (min, max) = (values.iter().min(), values.iter().max());
    let spread = max.zip(min).map_or(0, |(max, min)| max - min);
    (spread, standard_deviation(values.iter().map(|&v| (v, 1))))
}

fn question_spread(bank: &Bank, code: &str, assessments: &[&Assessment]) -> QuestionSpread {
    let levels = bank.levels();
    let mut counts = vec![0; levels.len()];
    let mut dont_know = 0;
    let mut unanswered = 0;
    let mut values = Vec::new();
    for a in assessments {
        match a.answer(code) {
            None => unanswered += 1,
            Some(Answer::DontKnow) => dont_know += 1,
            Some(Answer::Level(id)) => match bank.level_index(id) {
                Some(i) => {
                    counts[i] += 1;
                    values.push(levels[i].value);
                }
                None => unanswered += 1,
            },
        }
    }
    let (spread, disagreement) = spread_of(&values);
    QuestionSpread {
        code: code.to_string(),
        counts,
        dont_know,
        unanswered,
        spread,
        disagreement,
    }
}

pub fn team_view(bank: &Bank, assessments: &[&Assessment]) -> Result<TeamView, TeamError> {
    if assessments.is_empty() {
        return Err(TeamError::NoRespondents);
    }
    if let Some(other) = first_other_bank(bank, assessments) {
        return Err(TeamError::MixedBanks {
            expected: bank.id().to_string(),
            found: other.bank.id.clone(),
            title: other.title.clone(),
        });
    }
    let questions = bank
        .questions()
        .iter()
        .map(|q| question_spread(bank, &q.code, assessments))
        .collect();
    let combined = bank
        .domains()
        .iter()
        .map(|d| {
            let mut tally = DomainTally {
                domain: d.number,
                per_level: vec![0; bank.levels().len()],
                not_rated: 0,
            };
            for a in assessments {
                match score_domain(bank, a, d.number).level {
                    Some(i) => tally.per_level[i] += 1,
                    None => tally.not_rated += 1,
                }
            }
            tally
        })
        .collect();
    Ok(TeamView {
        respondents: assessments.len(),
        questions,
        combined,
    })
}

/// The `n` questions the team disagrees on most, by `disagreement::most_disputed_first`
/// ("I don't know" beside a level counts). Questions everyone agrees on are left out, so
/// the list can be shorter than `n`.
pub fn most_disputed(view: &TeamView, n: usize) -> Vec<&QuestionSpread> {
    most_disputed_first(&view.questions, |q| q.measure(), n)
}

/// What a respondent is called in the CSV header when no usable name was given.
fn respondent_name(names: &[String], i: usize) -> String {
    match names.get(i).map(|n| n.trim()) {
        Some(name) if !name.is_empty() => name.to_string(),
        _ => format!("Respondent {}", i + 1),
    }
}

/// One row per question in bank order: domain, code, question, each respondent's answer,
/// then the spread and the standard deviation (two decimals). `names` pairs with
/// `assessments` by position; a missing or blank name becomes "Respondent N".
pub fn team_csv(
    bank: &Bank,
    view: &TeamView,
    names: &[String],
    assessments: &[&Assessment],
) -> String {
    let mut header = vec![
        "domain".to_string(),
        "code".to_string(),
        "question".to_string(),
    ];
    header.extend((0..assessments.len()).map(|i| respondent_name(names, i)));
    header.push("spread".to_string());
    header.push("standard_deviation".to_string());
    let mut out = row(&header);
    for spread in &view.questions {
        let Some(q) = bank.question(&spread.code) else {
            continue;
        };
        let mut cells = vec![domain_label(bank, q.domain), q.code.clone(), q.text.clone()];
        cells.extend(assessments.iter().map(|a| {
            a.answer(&q.code)
                .map(|x| bank.answer_label(x))
                .unwrap_or_default()
        }));
        cells.push(spread.spread.to_string());
        cells.push(super::decimal::fixed(spread.disagreement, 2));
        out.push_str(&row(&cells));
    }
    out
}
