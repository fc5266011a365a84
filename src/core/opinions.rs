//! Whose level a domain has. Three kinds of view can give one: the answers (by the app's
//! rule, `scoring`), the author's own judgement, and each reviewer's verdict. The results
//! name each by whose it is, give each its own level, and say where they differ, so a
//! level is never shown under a label that names another.

use super::assessment::{Assessment, Review};
use super::bank::Bank;
use super::identity::DeviceKey;
use super::scoring::{count_levels, judgement_name, level_in_text, DomainResult, Profile};

/// What the line of a reviewer who gives a domain no level calls it.
pub const NO_VERDICT: &str = "no level given for";

/// The level a reviewer gives a domain: the level they would give instead, or, where they
/// agree, the domain's own level. None where they gave no verdict, or did not agree
/// without saying what they would give.
pub fn review_level(review: &Review, bank: &Bank, result: &DomainResult) -> Option<usize> {
    let verdict = review.verdicts.get(&result.domain)?;
    if verdict.agrees {
        return result.level;
    }
    bank.level_index(verdict.level.as_deref()?)
}

/// One reviewer's view of the whole profile, said as the headline says it:
/// "Sam Okafor's review: complex in 4 of 7 domains, complicated in 2, simple in 0, no level
/// given for 1".
pub fn review_line(review: &Review, bank: &Bank, profile: &Profile) -> String {
    named_review_line(&review.title(), review, bank, profile)
}

fn named_review_line(name: &str, review: &Review, bank: &Bank, profile: &Profile) -> String {
    let levels = bank.levels();
    let mut counts = vec![0; levels.len()];
    let mut without = 0;
    for result in &profile.domains {
        match review_level(review, bank, result) {
            Some(i) => counts[i] += 1,
            None => without += 1,
        }
    }
    if without as usize == profile.domains.len() {
        return format!("{name}: no domain given a level yet");
    }
    let counted = count_levels(
        levels,
        &counts,
        profile.domains.len(),
        &[(without, NO_VERDICT)],
    );
    format!("{name}: {counted}")
}

/// One line per review, in the order they are kept, each named for the reader
/// (`Review::title_for`: "Your review" to the reviewer on their own device).
pub fn review_lines(
    bank: &Bank,
    assessment: &Assessment,
    profile: &Profile,
    key: Option<&DeviceKey>,
) -> Vec<String> {
    assessment
        .review_list()
        .iter()
        .map(|r| named_review_line(&r.title_for(&assessment.id, key), r, bank, profile))
        .collect()
}

/// Which kind of view gave a level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Answers,
    Judgement,
    Review,
}

/// One view of a domain's level, named by whose it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opinion {
    pub source: Source,
    /// "Answers suggest", "Priya Shah's judgement", "Sam Okafor's review".
    pub who: String,
    /// An index into the scale; None when not yet rated, or a reviewer gave no level.
    pub level: Option<usize>,
    /// A reviewer who did not agree and gave no level of their own.
    pub disagrees_without_level: bool,
}

impl Opinion {
    /// "Answers suggest complex", "Priya Shah's judgement: complicated",
    /// "Sam Okafor's review: does not agree".
    pub fn text(&self, bank: &Bank) -> String {
        match self.source {
            Source::Answers => format!("{} {}", self.who, self.level_words(bank)),
            _ => format!("{}: {}", self.who, self.level_words(bank)),
        }
    }

    /// The level alone: "complex", "not yet rated", "does not agree".
    pub fn level_words(&self, bank: &Bank) -> String {
        if self.disagrees_without_level {
            "does not agree".to_string()
        } else {
            level_in_text(bank.levels(), self.level)
        }
    }
}

/// The views of one domain: what the answers suggest, then the judgement where there is
/// one (named for `whose`, a possessive as `Whose::possessive` gives it: "Your", "Priya
/// Shah's"), then each reviewer with a verdict.
pub fn opinions(
    bank: &Bank,
    assessment: &Assessment,
    result: &DomainResult,
    whose: &str,
    key: Option<&DeviceKey>,
) -> Vec<Opinion> {
    let mut views = vec![Opinion {
        source: Source::Answers,
        who: "Answers suggest".to_string(),
        level: result.suggested,
        disagrees_without_level: false,
    }];
    if let Some(j) = &result.judgement {
        views.push(Opinion {
            source: Source::Judgement,
            who: judgement_name(whose, j),
            level: Some(j.level),
            disagrees_without_level: false,
        });
    }
    views.extend(assessment.review_list().iter().filter_map(|review| {
        review_view(review, review.title_for(&assessment.id, key), bank, result)
    }));
    views
}

/// One reviewer's view of a domain, if they gave a verdict on it.
pub fn review_view(
    review: &Review,
    who: String,
    bank: &Bank,
    result: &DomainResult,
) -> Option<Opinion> {
    let verdict = review.verdicts.get(&result.domain)?;
    let level = review_level(review, bank, result);
    Some(Opinion {
        source: Source::Review,
        who,
        level,
        disagrees_without_level: !verdict.agrees && level.is_none(),
    })
}

/// Where the views of a domain do not all give the same level, each in words:
/// "Views differ: answers suggest complex; your judgement: complicated; Sam Okafor's
/// review: simple." None where they agree (or there is only the answers).
pub fn difference(bank: &Bank, views: &[Opinion]) -> Option<String> {
    let first = views.first()?;
    let differs = views
        .iter()
        .any(|v| v.level != first.level || v.disagrees_without_level);
    differs.then(|| {
        let each: Vec<String> = views.iter().map(|v| lower_first(&v.text(bank))).collect();
        format!("Views differ: {}.", each.join("; "))
    })
}

/// "answers suggest", "your judgement" inside a sentence; names keep their capitals
/// ("Sam Okafor's review", "The example's judgement" stays as a name would).
fn lower_first(text: &str) -> String {
    if text.starts_with("Answers ") || text.starts_with("Your ") {
        let mut chars = text.chars();
        chars
            .next()
            .map(|c| c.to_lowercase().chain(chars).collect())
            .unwrap_or_default()
    } else {
        text.to_string()
    }
}
