//! Scoring, kept transparent on purpose (the README documents it):
//! - each level has a value (simple 1, complicated 2, complex 3);
//! - a domain's score is the mean of its level answers; "don't know" never counts as a level;
//! - the domain's level is the level nearest its score, halves rounding up
//!   (complex from 2.5, complicated from 1.5, else simple);
//! - a domain with any answer at the top level is flagged, whatever its mean;
//! - a domain with no level answers is "not yet rated";
//! - the overall result is a profile (domains per level), never one grand total.

use super::assessment::{Answer, Assessment};
use super::bank::{Bank, Level};
use super::lower_case::lower_case;

#[derive(Clone, Debug, PartialEq)]
pub struct DomainResult {
    pub domain: u32,
    /// Index into the scale's levels; `None` when not yet rated.
    pub level: Option<usize>,
    /// Sum and count of level values, kept so the score is exact and explainable.
    pub value_sum: u32,
    pub rated: u32,
    /// Per scale level (same order as the scale), how many answers chose it.
    pub level_counts: Vec<u32>,
    pub dont_know: Vec<String>,
    pub unanswered: Vec<String>,
    /// Codes answered at the top level of the scale.
    pub top_level_codes: Vec<String>,
    /// Every level answer, in bank order, as (code, level index): the "why".
    pub answers: Vec<(String, usize)>,
}

impl DomainResult {
    pub fn score(&self) -> Option<f64> {
        (self.rated > 0).then(|| f64::from(self.value_sum) / f64::from(self.rated))
    }

    /// True when at least one answer sits at the top level of the scale.
    pub fn flagged(&self) -> bool {
        !self.top_level_codes.is_empty()
    }

    /// True when the flag adds something the level does not already say.
    pub fn flag_raises(&self, level_count: usize) -> bool {
        self.flagged() && self.level != Some(level_count - 1)
    }

    pub fn question_count(&self) -> usize {
        self.rated as usize + self.dont_know.len() + self.unanswered.len()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    pub domains: Vec<DomainResult>,
    /// Domains per level, in the scale's order.
    pub level_counts: Vec<u32>,
    pub not_rated: u32,
    pub dont_know: u32,
    pub answered: u32,
    pub questions: u32,
}

impl Profile {
    pub fn domain(&self, number: u32) -> Option<&DomainResult> {
        self.domains.iter().find(|d| d.domain == number)
    }

    /// "Complex in 3 of 7 domains, complicated in 2, simple in 1, not yet rated 1".
    pub fn headline(&self, levels: &[Level]) -> String {
        let total = self.domains.len();
        let mut parts: Vec<String> = Vec::new();
        for (i, level) in levels.iter().enumerate().rev() {
            let n = self.level_counts[i];
            let label = lower_case(&level.label);
            if parts.is_empty() {
                let noun = if total == 1 { "domain" } else { "domains" };
                let mut first = label;
                if let Some(c) = first.get_mut(0..1) {
                    c.make_ascii_uppercase();
                }
                parts.push(format!("{first} in {n} of {total} {noun}"));
            } else {
                parts.push(format!("{label} in {n}"));
            }
        }
        if self.not_rated > 0 {
            parts.push(format!("not yet rated {}", self.not_rated));
        }
        parts.join(", ")
    }
}

/// Finds the level nearest to a mean of `sum / count`, halves rounding up,
/// in integer arithmetic so 2.5 is exactly 2.5.
fn nearest_level(levels: &[Level], sum: u32, count: u32) -> usize {
    let mut chosen = 0;
    for (i, level) in levels.iter().enumerate().skip(1) {
        let previous = levels[i - 1].value;
        // mean >= (previous + value) / 2  <=>  2 * sum >= (previous + value) * count
        if 2 * u64::from(sum) >= u64::from(previous + level.value) * u64::from(count) {
            chosen = i;
        }
    }
    chosen
}

pub fn score_domain(bank: &Bank, assessment: &Assessment, domain: u32) -> DomainResult {
    let levels = bank.levels();
    let top = levels.len() - 1;
    let mut result = DomainResult {
        domain,
        level: None,
        value_sum: 0,
        rated: 0,
        level_counts: vec![0; levels.len()],
        dont_know: Vec::new(),
        unanswered: Vec::new(),
        top_level_codes: Vec::new(),
        answers: Vec::new(),
    };
    for q in bank.questions_in(domain) {
        match assessment.answer(&q.code) {
            None => result.unanswered.push(q.code.clone()),
            Some(Answer::DontKnow) => result.dont_know.push(q.code.clone()),
            Some(Answer::Level(id)) => match bank.level_index(id) {
                Some(i) => {
                    result.value_sum += levels[i].value;
                    result.rated += 1;
                    result.level_counts[i] += 1;
                    result.answers.push((q.code.clone(), i));
                    if i == top {
                        result.top_level_codes.push(q.code.clone());
                    }
                }
                // Import rejects unknown levels; if one slips through it counts as unanswered
                // rather than being guessed at.
                None => result.unanswered.push(q.code.clone()),
            },
        }
    }
    if result.rated > 0 {
        result.level = Some(nearest_level(levels, result.value_sum, result.rated));
    }
    result
}

pub fn profile(bank: &Bank, assessment: &Assessment) -> Profile {
    let domains: Vec<DomainResult> = bank
        .domains()
        .iter()
        .map(|d| score_domain(bank, assessment, d.number))
        .collect();
    let mut level_counts = vec![0; bank.levels().len()];
    let mut not_rated = 0;
    let mut dont_know = 0;
    let mut answered = 0;
    for d in &domains {
        match d.level {
            Some(i) => level_counts[i] += 1,
            None => not_rated += 1,
        }
        dont_know += d.dont_know.len() as u32;
        answered += d.rated + d.dont_know.len() as u32;
    }
    Profile {
        domains,
        level_counts,
        not_rated,
        dont_know,
        answered,
        questions: bank.questions().len() as u32,
    }
}

/// A score as shown to people: up to two decimals, so a 2.45 is never shown as the
/// 2.5 that would contradict its "complicated" level.
pub fn format_score(score: Option<f64>) -> String {
    match score {
        Some(s) => {
            let text = super::decimal::trimmed(s, 2);
            if text.contains('.') {
                text
            } else {
                format!("{text}.0")
            }
        }
        None => "not rated".to_string(),
    }
}
