//! Which questions the action plan offers, and in what order: the most complex first, then
//! complicated, then "don't know" (things to find out), each group in bank order. A simple
//! answer needs no action; an unanswered question is not offered until it is answered.

use super::assessment::{Answer, Assessment};
use super::bank::Bank;

/// Where a question sits in the plan: its level (higher first), or "to find out" last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PlanGroup {
    Level(usize),
    FindOut,
}

/// The question codes to plan for, in the order the plan shows them, with their group.
pub fn plan_questions(bank: &Bank, a: &Assessment) -> Vec<(String, PlanGroup)> {
    let mut found: Vec<(usize, PlanGroup, String)> = bank
        .questions()
        .iter()
        .enumerate()
        .filter_map(|(i, q)| {
            let group = match a.answer(&q.code)? {
                Answer::DontKnow => PlanGroup::FindOut,
                Answer::Level(id) => match bank.level_index(id)? {
                    0 => return None,
                    level => PlanGroup::Level(level),
                },
            };
            Some((i, group, q.code.clone()))
        })
        .collect();
    found.sort_by(|(i, ga, _), (j, gb, _)| {
        let rank = |g: &PlanGroup| match g {
            PlanGroup::Level(l) => usize::MAX - l,
            PlanGroup::FindOut => usize::MAX,
        };
        rank(ga).cmp(&rank(gb)).then(i.cmp(j))
    });
    found.into_iter().map(|(_, g, code)| (code, g)).collect()
}
