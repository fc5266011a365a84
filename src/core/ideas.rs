//! Which ideas a domain that needs attention shows. The ideas that fit the answer come
//! first: those of the questions that made the domain complex, at the level they were
//! answered. The domain's general ideas follow under "More ideas". A bank without
//! question ideas (a custom bank may have none) shows the domain's first few instead.

use super::bank::{Bank, Question};
use super::scoring::DomainResult;

/// Enough to act on without burying the page; the rest are one click away.
pub const GENERAL_IDEAS_SHOWN: usize = 3;

#[derive(Clone, Debug, PartialEq)]
pub struct DomainIdeas<'b> {
    /// Each deciding question with its ideas, in bank order; questions with none are left out.
    pub by_question: Vec<(&'b Question, &'b [String])>,
    /// The domain's general ideas shown straight away: none when questions gave ideas.
    pub shown: &'b [String],
    /// The rest of the domain's general ideas, under "More ideas".
    pub more: &'b [String],
}

pub fn domain_ideas<'b>(bank: &'b Bank, result: &DomainResult) -> DomainIdeas<'b> {
    let general: &[String] = bank
        .domain(result.domain)
        .map_or(&[], |d| d.if_complex.as_slice());
    let by_question: Vec<(&Question, &[String])> = result
        .answers
        .iter()
        .filter(|(_, level)| Some(*level) == result.suggested)
        .filter_map(|(code, level)| {
            let q = bank.question(code)?;
            let ideas = q.ideas_for(&bank.levels()[*level].id);
            (!ideas.is_empty()).then_some((q, ideas))
        })
        .collect();
    let shown_count = if by_question.is_empty() {
        GENERAL_IDEAS_SHOWN.min(general.len())
    } else {
        0
    };
    let (shown, more) = general.split_at(shown_count);
    DomainIdeas {
        by_question,
        shown,
        more,
    }
}
