//! How answers become a domain's level. This is the app's own rule, not part of NASSS
//! (the README and the results page say so), and it is the only one:
//! - a domain is as complex as its most complex aspect: any complex answer makes it complex,
//!   otherwise any complicated answer makes it complicated, otherwise it is simple;
//! - "I don't know" is never a level. A domain with no level whose questions were all
//!   answered "I don't know" is "not yet known"; one with questions still unanswered is
//!   "not yet rated". The two are counted apart: not knowing is itself a source of
//!   complexity in NASSS, so it must never read as an empty, harmless gap;
//! - where the person recorded their own judgement of a domain, that is its level, and what
//!   the answers suggest is shown beside it;
//! - the overall result is a profile (domains per level), never one grand total or a mean.

use super::assessment::{Answer, Assessment};
use super::author::Whose;
use super::bank::{Bank, Level};
use super::lower_case::lower_case;

/// The person's own overall level for a domain, as scored (an index into the scale).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Judged {
    pub level: usize,
    pub reason: String,
    /// Whose it was when copied from someone else's assessment ("Priya Shah's"), until
    /// changed; empty for a judgement made here (`Judgement::copied_from`).
    pub copied_from: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DomainResult {
    pub domain: u32,
    /// The level to show and count: the judgement where there is one, else `suggested`.
    /// An index into the scale's levels; `None` when not yet rated.
    pub level: Option<usize>,
    /// What the answers suggest by the rule above, whatever the judgement says.
    pub suggested: Option<usize>,
    pub judgement: Option<Judged>,
    /// Per scale level (same order as the scale), how many answers chose it.
    pub level_counts: Vec<u32>,
    pub dont_know: Vec<String>,
    pub unanswered: Vec<String>,
    /// Every level answer, in bank order, as (code, level index): the "why".
    pub answers: Vec<(String, usize)>,
}

impl DomainResult {
    /// How many answers gave a level (not "don't know", not unanswered).
    pub fn rated(&self) -> u32 {
        self.level_counts.iter().sum()
    }

    /// No level, and every question answered "I don't know": something to find out, not a
    /// gap still to fill in.
    pub fn not_known(&self) -> bool {
        self.level.is_none() && self.only_dont_know()
    }

    /// Every question answered, all of them "I don't know": what the answers suggest is
    /// "not yet known" rather than "not yet rated".
    fn only_dont_know(&self) -> bool {
        self.answers.is_empty() && self.unanswered.is_empty() && !self.dont_know.is_empty()
    }

    /// A level of this domain in running text: "complex", or for no level "not yet known"
    /// (every answer "I don't know") or "not yet rated", so every page names it alike.
    pub fn level_word(&self, levels: &[Level], level: Option<usize>) -> String {
        match level {
            None if self.only_dont_know() => NOT_KNOWN.to_string(),
            _ => level_in_text(levels, level),
        }
    }

    pub fn question_count(&self) -> usize {
        self.rated() as usize + self.dont_know.len() + self.unanswered.len()
    }

    /// The questions answered at the suggested level: the answers that decide it.
    pub fn deciding_codes(&self) -> Vec<&str> {
        self.answers
            .iter()
            .filter(|(_, level)| Some(*level) == self.suggested)
            .map(|(code, _)| code.as_str())
            .collect()
    }

    /// "1 of 5 aspects complex, 2 complicated, 1 simple, 1 don't know": how the answers
    /// spread, most complex first, leaving out what nobody chose.
    pub fn spread(&self, bank: &Bank) -> String {
        let levels = bank.levels();
        let mut parts: Vec<(u32, String)> = levels
            .iter()
            .enumerate()
            .rev()
            .map(|(i, l)| (self.level_counts[i], lower_case(&l.label)))
            .collect();
        parts.push((self.dont_know.len() as u32, DONT_KNOW_IN_TEXT.to_string()));
        parts.push((self.unanswered.len() as u32, "not answered".to_string()));
        let total = self.question_count();
        let noun = if total == 1 { "aspect" } else { "aspects" };
        parts
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .enumerate()
            .map(|(i, (n, label))| {
                if i == 0 {
                    format!("{n} of {total} {noun} {label}")
                } else {
                    format!("{n} {label}")
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The domain's level in words, naming a judgement and what the answers suggest:
    /// "Complex", "Not yet rated", "Not yet known", "Your judgement: complicated (answers suggest complex)".
    pub fn level_text(&self, levels: &[Level]) -> String {
        self.level_text_by(levels, "Your")
    }

    /// The level alone, capitalised, for where it stands by itself (a bar on the workshop's
    /// reveal): "Complicated", "Not yet rated", "Not yet known". A judgement's level where
    /// there is one, as everywhere; `judgement_note_by` says so beside it.
    pub fn level_label(&self, levels: &[Level]) -> String {
        capitalised(&self.level_word(levels, self.level))
    }

    /// Whose judgement gives the level and what the answers suggest, to go beside
    /// `level_label`: "Group's judgement (answers suggest complex)"; `None` without one.
    pub fn judgement_note_by(&self, levels: &[Level], whose: &str) -> Option<String> {
        self.judgement.as_ref().map(|j| {
            format!(
                "{} (answers suggest {})",
                judgement_name(whose, j),
                self.level_word(levels, self.suggested)
            )
        })
    }

    /// The same, naming whose judgement it is where it is not the reader's own:
    /// "The author's judgement: …" on a review, "The group's judgement: …" in a workshop.
    /// A judgement copied from someone else's assessment stays theirs until it is changed:
    /// "Priya Shah's judgement, copied: …", whoever holds the copy.
    pub fn level_text_by(&self, levels: &[Level], whose: &str) -> String {
        match &self.judgement {
            Some(j) => format!(
                "{}: {} (answers suggest {})",
                judgement_name(whose, j),
                level_in_text(levels, Some(j.level)),
                self.level_word(levels, self.suggested)
            ),
            None => capitalised(&self.level_word(levels, self.level)),
        }
    }
}

/// The rule in one statement, as the results page, the report and the README give it. It
/// is read by authors, reviewers and anyone comparing, so it says "you" to none of them.
pub const RULE: &str = "How levels are worked out: a domain is as complex as its most complex answer. Any complex answer makes it complex; otherwise any complicated answer makes it complicated; otherwise it is simple. \"I don't know\" is never a level. This is this app's own way of summing up answers, not part of NASSS. Where the person who answered gave their own judgement of a domain, that is used instead, and what the answers suggest is shown beside it.";

/// How a domain without a level answer is named everywhere.
pub const NOT_RATED: &str = "not yet rated";

/// How a domain whose every answer is "I don't know" is named in the headline.
pub const NOT_KNOWN: &str = "not yet known";

/// Written into running text ("complex → don't know", "1 don't know"), where the question
/// page's first-person "I don't know" would read oddly.
pub const DONT_KNOW_IN_TEXT: &str = "don't know";

/// A domain's level (an index into the scale) in running text: "complex", "not yet rated".
pub fn level_in_text(levels: &[Level], level: Option<usize>) -> String {
    match level {
        Some(i) => lower_case(&levels[i].label),
        None => NOT_RATED.to_string(),
    }
}

/// "Your judgement", "Sam's judgement", or for one copied from someone else's assessment,
/// "Priya Shah's judgement, copied".
pub fn judgement_name(whose: &str, judged: &Judged) -> String {
    if judged.copied_from.is_empty() {
        format!("{whose} judgement")
    } else {
        format!("{} judgement, copied", judged.copied_from)
    }
}

pub fn capitalised(text: &str) -> String {
    let mut text = text.to_string();
    if let Some(c) = text.get_mut(0..1) {
        c.make_ascii_uppercase();
    }
    text
}

#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    pub domains: Vec<DomainResult>,
    /// Domains per level, in the scale's order, judgements counted as the level they give.
    pub level_counts: Vec<u32>,
    /// Domains with no level and questions still unanswered.
    pub not_rated: u32,
    /// Domains with no level whose every answer is "I don't know" (`DomainResult::not_known`).
    pub not_known: u32,
    pub dont_know: u32,
    pub answered: u32,
    pub questions: u32,
}

impl Profile {
    pub fn domain(&self, number: u32) -> Option<&DomainResult> {
        self.domains.iter().find(|d| d.domain == number)
    }

    /// Each domain's result with the bank's domain it belongs to, in framework order.
    pub fn with_domains<'a>(
        &'a self,
        bank: &'a Bank,
    ) -> impl Iterator<Item = (&'a super::bank::Domain, &'a DomainResult)> {
        self.domains
            .iter()
            .filter_map(move |r| Some((bank.domain(r.domain)?, r)))
    }

    /// Domains with a level (from the answers or a judgement).
    pub fn rated(&self) -> u32 {
        self.level_counts.iter().sum()
    }

    /// "Complex in 3 of 7 domains, complicated in 2, simple in 1, not yet known 1, not yet
    /// rated 1"; with no level anywhere, "No domain has a level yet: not yet known 7".
    pub fn headline(&self, levels: &[Level]) -> String {
        let total = self.domains.len();
        if self.rated() == 0 {
            // Nothing answered at all says nothing more than that.
            if self.not_known == 0 {
                return "No domain has a level yet".to_string();
            }
            return format!("No domain has a level yet: {NOT_KNOWN} {}", self.not_known)
                + &if self.not_rated > 0 {
                    format!(", {NOT_RATED} {}", self.not_rated)
                } else {
                    String::new()
                };
        }
        capitalised(&count_levels(
            levels,
            &self.level_counts,
            total,
            &[(self.not_known, NOT_KNOWN), (self.not_rated, NOT_RATED)],
        ))
    }

    /// The domains at the top of the scale, in framework order: the ones that need attention.
    pub fn at_top_level(&self) -> Vec<u32> {
        let top = self.level_counts.len().saturating_sub(1);
        self.domains
            .iter()
            .filter(|d| d.level == Some(top))
            .map(|d| d.domain)
            .collect()
    }
}

/// Domains per level in words, most complex first, every level named:
/// "complex in 3 of 7 domains, complicated in 2, simple in 1", then what has no level
/// (`without`: how many, and what they are called), if any. The headline and each
/// reviewer's line say it the same way.
pub fn count_levels(
    levels: &[Level],
    counts: &[u32],
    total: usize,
    without: &[(u32, &str)],
) -> String {
    let mut parts: Vec<String> = Vec::new();
    for (i, level) in levels.iter().enumerate().rev() {
        let n = counts[i];
        let label = lower_case(&level.label);
        if parts.is_empty() {
            let noun = if total == 1 { "domain" } else { "domains" };
            parts.push(format!("{label} in {n} of {total} {noun}"));
        } else {
            parts.push(format!("{label} in {n}"));
        }
    }
    for (n, called) in without {
        if *n > 0 {
            parts.push(format!("{called} {n}"));
        }
    }
    parts.join(", ")
}

/// What the results say about the whole profile. Headline, meaning and the list of domains
/// that need attention all come from the same levels, so they cannot disagree.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub headline: String,
    /// What the profile means, in paragraphs; empty when the framework has nothing to say.
    /// When more domains are not yet known than rated, the first says so (see `meaning`).
    pub meaning: Vec<String>,
    /// Some answer is "I don't know": the things to find out belong at the top of the
    /// results, beside the headline, not after the charts.
    pub find_out_first: bool,
    /// Domains at the top of the scale (complex), in framework order.
    pub attention: Vec<u32>,
    /// Questions with no answer yet: while any are left, the headline says "So far".
    pub left: u32,
    /// The first of them in bank order, for "Answer the next question".
    pub next: Option<String>,
}

/// What the profile means, by one rule:
/// - nothing rated and nothing unknown: the "no level yet" guidance;
/// - more domains not yet known than rated: that leads (most of the picture is unknown, so
///   finding out comes first), followed only by what the complex domains mean, if any;
/// - otherwise the guidance for the number of complex domains, with a note when some
///   domains are not yet known.
///
/// A profile with any domain not yet known is never called a good sign: the guidance for
/// "no complex domain" is only used when nothing is unknown, since an unknown domain could
/// be the complex one.
fn meaning(
    framework: &super::bank::Framework,
    profile: &Profile,
    complex: u32,
    whose: &Whose,
) -> Vec<String> {
    let (rated, unknown) = (profile.rated(), profile.not_known);
    let for_complex = || {
        framework
            .profile_guidance_for(complex)
            .map(str::to_string)
            .filter(|_| complex > 0 || unknown == 0)
    };
    let paragraphs = if rated == 0 && unknown == 0 {
        vec![Some(framework.unrated_guidance_for(whose).to_string())]
    } else if unknown > rated {
        vec![Some(framework.unknown_guidance.clone()), for_complex()]
    } else if unknown > 0 {
        vec![for_complex(), Some(framework.some_unknown_guidance.clone())]
    } else {
        vec![for_complex()]
    };
    paragraphs
        .into_iter()
        .flatten()
        .filter(|p| !p.trim().is_empty())
        .collect()
}

pub fn summary(bank: &Bank, profile: &Profile) -> Summary {
    summary_for(bank, profile, &Whose::Yours)
}

/// The summary as `whose` answers are read: what the profile means speaks to the author
/// only on their own results.
pub fn summary_for(bank: &Bank, profile: &Profile, whose: &Whose) -> Summary {
    let attention = profile.at_top_level();
    let meaning = meaning(&bank.framework, profile, attention.len() as u32, whose);
    let left = profile.questions.saturating_sub(profile.answered);
    let headline = profile.headline(bank.levels());
    // Half an assessment can read quite differently once finished: say so, in the headline.
    let headline = if left > 0 && profile.answered > 0 {
        format!("So far: {headline}")
    } else {
        headline
    };
    let next = bank
        .questions()
        .iter()
        .find(|q| {
            profile
                .domain(q.domain)
                .is_some_and(|d| d.unanswered.contains(&q.code))
        })
        .map(|q| q.code.clone());
    Summary {
        headline,
        meaning,
        find_out_first: profile.dont_know > 0,
        attention,
        left,
        next,
    }
}

pub fn score_domain(bank: &Bank, assessment: &Assessment, domain: u32) -> DomainResult {
    let levels = bank.levels();
    let mut result = DomainResult {
        domain,
        level: None,
        suggested: None,
        judgement: None,
        level_counts: vec![0; levels.len()],
        dont_know: Vec::new(),
        unanswered: Vec::new(),
        answers: Vec::new(),
    };
    for q in bank.questions_in(domain) {
        match assessment.answer(&q.code) {
            None => result.unanswered.push(q.code.clone()),
            Some(Answer::DontKnow) => result.dont_know.push(q.code.clone()),
            Some(Answer::Level(id)) => match bank.level_index(id) {
                Some(i) => {
                    result.level_counts[i] += 1;
                    result.answers.push((q.code.clone(), i));
                    result.suggested = result.suggested.max(Some(i));
                }
                // Import rejects unknown levels; if one slips through it counts as unanswered
                // rather than being guessed at.
                None => result.unanswered.push(q.code.clone()),
            },
        }
    }
    result.judgement = assessment.judgement(domain).and_then(|j| {
        Some(Judged {
            level: bank.level_index(&j.level)?,
            reason: j.reason.clone(),
            copied_from: j.copied_from.clone(),
        })
    });
    result.level = match &result.judgement {
        Some(j) => Some(j.level),
        None => result.suggested,
    };
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
    let mut not_known = 0;
    let mut dont_know = 0;
    let mut answered = 0;
    for d in &domains {
        match d.level {
            Some(i) => level_counts[i] += 1,
            None if d.not_known() => not_known += 1,
            None => not_rated += 1,
        }
        dont_know += d.dont_know.len() as u32;
        answered += d.rated() + d.dont_know.len() as u32;
    }
    Profile {
        domains,
        level_counts,
        not_rated,
        not_known,
        dont_know,
        answered,
        questions: bank.questions().len() as u32,
    }
}
