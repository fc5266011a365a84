//! The question bank: the NASSS scale, domains and questions, loaded from the JSON
//! in `questions/` and validated before anything uses it.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

pub const NOT_ANSWERED: &str = "Not answered";

/// What every bank shares: the rating scale and the seven domains (`questions/framework.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Framework {
    pub scale: Scale,
    pub domains: Vec<Domain>,
    /// What the whole profile means, chosen by how many domains came out complex.
    pub profile_guidance: Vec<ProfileGuidance>,
    /// Shown above the list of "don't know" answers on the results page.
    pub dont_know_guidance: String,
    /// What the profile means while no domain has a level. Optional, so a custom bank file
    /// written before it existed still loads; without it the headline speaks alone.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unrated_guidance: String,
    /// What the profile means when more domains are not yet known (every answer "I don't
    /// know") than have a level. Optional for the same reason.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unknown_guidance: String,
    /// Said after the profile guidance when some domains, but no more than are rated, are
    /// not yet known. Optional for the same reason.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub some_unknown_guidance: String,
    /// `dont_know_guidance` for someone reading another person's answers (a reviewer, the
    /// worked example), after the core's "Priya Shah answered …" sentence: they cannot
    /// change the answers. Optional, as `unrated_guidance` is.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub dont_know_guidance_others: String,
    /// `unrated_guidance` for someone reading another person's answers. Optional.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unrated_guidance_others: String,
}

fn join_sentences(first: &str, rest: &str) -> String {
    if rest.trim().is_empty() {
        first.to_string()
    } else {
        format!("{first} {}", rest.trim())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProfileGuidance {
    pub min_complex: u32,
    pub text: String,
}

impl Framework {
    /// What to say above the "I don't know" answers, to whoever reads them: the author is
    /// asked to find out and come back; anyone else is told whose answers they were.
    pub fn dont_know_guidance_for(&self, whose: &super::author::Whose) -> String {
        match whose {
            super::author::Whose::Yours => self.dont_know_guidance.clone(),
            others => join_sentences(
                &others.answered_dont_know(),
                &self.dont_know_guidance_others,
            ),
        }
    }

    /// What a profile with no level means, to whoever reads it.
    pub fn unrated_guidance_for(&self, whose: &super::author::Whose) -> &str {
        match whose {
            super::author::Whose::Yours => &self.unrated_guidance,
            _ => &self.unrated_guidance_others,
        }
    }

    /// The guidance whose threshold is the highest one not above `complex_domains`.
    pub fn profile_guidance_for(&self, complex_domains: u32) -> Option<&str> {
        self.profile_guidance
            .iter()
            .filter(|g| g.min_complex <= complex_domains)
            .max_by_key(|g| g.min_complex)
            .map(|g| g.text.as_str())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scale {
    /// Ordered from least to most complex.
    pub levels: Vec<Level>,
    pub dont_know: DontKnow,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Level {
    pub id: String,
    pub value: u32,
    pub label: String,
    pub meaning: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DontKnow {
    pub label: String,
    pub meaning: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Domain {
    pub number: u32,
    pub title: String,
    pub why: String,
    pub if_complex: Vec<String>,
}

impl Domain {
    /// "2. The technology": how a domain is named in headings, tables and exports. The number
    /// keeps the order when a list is sorted or a sheet is filtered.
    pub fn label(&self) -> String {
        format!("{}. {}", self.number, self.title)
    }
}

/// One bank's own part (`questions/full.json`, `questions/quick.json`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionSet {
    pub id: String,
    pub version: u32,
    pub title: String,
    pub summary: String,
    pub minutes: u32,
    pub questions: Vec<Question>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub code: String,
    pub domain: u32,
    pub topic: String,
    pub text: String,
    pub hint: String,
    /// Keyed by level id: what that level looks like for this question.
    pub descriptors: BTreeMap<String, String>,
    /// Keyed by level id: ideas for what to do when this question is answered at that
    /// level (the shipped banks give them for complicated and complex). Optional, so a
    /// custom bank written before ideas existed still loads; its domains' ideas stand alone.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ideas: BTreeMap<String, Vec<String>>,
}

impl Question {
    /// The ideas for an answer at this level (an id from the scale); none when the bank
    /// gives none.
    pub fn ideas_for(&self, level: &str) -> &[String] {
        self.ideas.get(level).map_or(&[], Vec::as_slice)
    }
}

/// A validated bank: a question set together with the framework it is rated against.
#[derive(Clone, Debug, PartialEq)]
pub struct Bank {
    pub framework: Framework,
    pub set: QuestionSet,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BankError {
    Json {
        file: String,
        message: String,
    },
    NoLevels,
    DuplicateLevel(String),
    ReservedLevelId(String),
    LevelValuesNotRising(String),
    DuplicateDomain(u32),
    DuplicateCode(String),
    UnknownDomain {
        code: String,
        domain: u32,
    },
    EmptyText {
        place: String,
    },
    MissingDescriptor {
        code: String,
        level: String,
    },
    UnknownLevel {
        code: String,
        level: String,
    },
    DomainWithoutQuestions(u32),
    NoQuestions,
    TooManyQuestions(usize),
    TooManyLevels(usize),
    /// Questions times levels: each is a description the paper form and workshop draw.
    TooManyDescriptions {
        questions: usize,
        levels: usize,
    },
    ZeroVersion,
    IdeasForUnknownLevel {
        code: String,
        level: String,
    },
    TooManyIdeas {
        code: String,
        level: String,
    },
    IdeaTooLong {
        code: String,
        level: String,
    },
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BankError::Json { file, message } => {
                write!(f, "{file} is not valid question bank JSON: {message}")
            }
            BankError::NoLevels => write!(f, "The scale has no levels."),
            BankError::DuplicateLevel(id) => write!(f, "The scale lists the level \"{id}\" twice."),
            BankError::ReservedLevelId(id) => {
                write!(
                    f,
                    "\"{id}\" cannot be a level: it is reserved for \"I don't know\"."
                )
            }
            BankError::LevelValuesNotRising(id) => write!(
                f,
                "Level \"{id}\" must have a higher value than the level before it."
            ),
            BankError::DuplicateDomain(n) => write!(f, "Domain {n} is listed twice."),
            BankError::DuplicateCode(code) => write!(f, "Question code {code} is used twice."),
            BankError::UnknownDomain { code, domain } => {
                write!(
                    f,
                    "Question {code} belongs to domain {domain}, which does not exist."
                )
            }
            BankError::EmptyText { place } => write!(f, "{place} is empty."),
            BankError::MissingDescriptor { code, level } => {
                write!(
                    f,
                    "Question {code} has no description for the level \"{level}\"."
                )
            }
            BankError::UnknownLevel { code, level } => write!(
                f,
                "Question {code} describes the level \"{level}\", which the scale does not have."
            ),
            BankError::DomainWithoutQuestions(n) => write!(f, "Domain {n} has no questions."),
            BankError::NoQuestions => write!(f, "The bank has no questions."),
            BankError::TooManyQuestions(n) => write!(
                f,
                "The bank has {n} questions; a bank can have up to {MAX_QUESTIONS}, so that every page stays quick to draw."
            ),
            BankError::TooManyLevels(n) => write!(
                f,
                "The scale has {n} levels; a scale can have up to {MAX_LEVELS}, one for each number key a workshop chooses with."
            ),
            BankError::TooManyDescriptions { questions, levels } => write!(
                f,
                "The bank has {questions} questions with {levels} levels each, {} descriptions to draw; a bank can have up to {MAX_DESCRIPTIONS}, so that the paper form and the workshop screens draw at once.",
                questions * levels
            ),
            BankError::ZeroVersion => write!(f, "The bank's version must be 1 or more."),
            BankError::IdeasForUnknownLevel { code, level } => write!(
                f,
                "Question {code} has ideas for the level \"{level}\", which the scale does not have."
            ),
            BankError::TooManyIdeas { code, level } => write!(
                f,
                "Question {code} has more than {MAX_IDEAS} ideas for the level \"{level}\"; keep the best few, so each one is read."
            ),
            BankError::IdeaTooLong { code, level } => write!(
                f,
                "An idea of question {code} for the level \"{level}\" is longer than {MAX_IDEA_CHARS} characters; an idea is one or two sentences."
            ),
        }
    }
}

impl std::error::Error for BankError {}

/// Ten times the full assessment: enough for any real questionnaire, and the most the
/// results, check and plan pages can draw without the tab stalling.
pub const MAX_QUESTIONS: usize = 500;

/// At most this many ideas per question and level: the results show them all, so a few
/// good ones beat a long list nobody reads.
pub const MAX_IDEAS: usize = 5;

/// One or two sentences; longer text belongs in the question's hint or a document.
pub const MAX_IDEA_CHARS: usize = 400;

/// A workshop chooses a level with the number keys 1 to 9, so a tenth could not be chosen.
pub const MAX_LEVELS: usize = 9;

/// Questions times levels. The paper form draws every level's description of every
/// question, and at 500 questions of 30 levels it froze the tab for a second; 1,500 (the
/// most questions on a three-level scale) draws well inside 200 ms.
pub const MAX_DESCRIPTIONS: usize = 1500;

/// The answer id that means "I don't know"; no level may use it.
pub const DONT_KNOW_ID: &str = "dont_know";

impl Bank {
    /// Parses and validates a framework file and a question-set file.
    // Every typed parse in the core reads bytes (`from_slice`), never `from_str` or a
    // `Value`: serde builds its whole parser once per kind of input, and each extra kind
    // costs kilobytes of wasm.
    pub fn from_json(framework_json: &str, set_json: &str) -> Result<Bank, BankError> {
        let framework: Framework =
            serde_json::from_slice(framework_json.as_bytes()).map_err(|e| BankError::Json {
                file: "The framework file".into(),
                message: e.to_string(),
            })?;
        let set: QuestionSet =
            serde_json::from_slice(set_json.as_bytes()).map_err(|e| BankError::Json {
                file: "The question file".into(),
                message: e.to_string(),
            })?;
        Bank::new(framework, set)
    }

    pub fn new(framework: Framework, set: QuestionSet) -> Result<Bank, BankError> {
        validate(&framework, &set)?;
        Ok(Bank { framework, set })
    }

    pub fn id(&self) -> &str {
        &self.set.id
    }

    pub fn questions(&self) -> &[Question] {
        &self.set.questions
    }

    pub fn levels(&self) -> &[Level] {
        &self.framework.scale.levels
    }

    pub fn question(&self, code: &str) -> Option<&Question> {
        self.set.questions.iter().find(|q| q.code == code)
    }

    /// "2C Skills needed to use it": how a question is named in lists and tables.
    pub fn question_label(&self, code: &str) -> String {
        match self.question(code) {
            Some(q) => format!("{code} {}", q.topic),
            None => code.to_string(),
        }
    }

    /// A question named under its domain, as the plan names it: "2. The technology: 2D
    /// Supply and ownership", or "4. The adopters" where the question is its domain's only
    /// one (the quick check), so the plan uses the domain names every other page uses.
    pub fn question_under_domain(&self, code: &str) -> String {
        let Some(q) = self.question(code) else {
            return code.to_string();
        };
        let Some(domain) = self.domain(q.domain) else {
            return self.question_label(code);
        };
        if self.questions_in(q.domain).count() == 1 {
            domain.label()
        } else {
            format!("{}: {}", domain.label(), self.question_label(code))
        }
    }

    /// "Question 2C" beside "Question 5 of 23", or nothing where the code is the question's
    /// own position ("Question 1 of 7" already says "1"): each number is shown once.
    pub fn code_tag(&self, code: &str) -> Option<String> {
        let position = self.question_index(code)? + 1;
        (code != position.to_string()).then(|| format!("Question {code}"))
    }

    pub fn question_index(&self, code: &str) -> Option<usize> {
        self.set.questions.iter().position(|q| q.code == code)
    }

    /// An answer as the question page shows it: its level's label ("Complex") or "I don't
    /// know". Import refuses unknown levels; should one slip through, its raw id is more
    /// honest than a blank.
    pub fn answer_label(&self, answer: &super::assessment::Answer) -> String {
        use super::assessment::Answer;
        match answer {
            Answer::DontKnow => self.framework.scale.dont_know.label.clone(),
            Answer::Level(id) => self
                .level(id)
                .map_or_else(|| id.clone(), |l| l.label.clone()),
        }
    }

    /// The same, saying "Not answered" for no answer, where a table shows every question.
    pub fn answer_or_not_answered(&self, answer: Option<&super::assessment::Answer>) -> String {
        answer.map_or_else(|| NOT_ANSWERED.to_string(), |a| self.answer_label(a))
    }

    pub fn level(&self, id: &str) -> Option<&Level> {
        self.framework.scale.levels.iter().find(|l| l.id == id)
    }

    /// Where a level sits on the scale (0 is the lowest); `None` for an id the scale lacks.
    pub fn level_index(&self, id: &str) -> Option<usize> {
        self.framework.scale.levels.iter().position(|l| l.id == id)
    }

    pub fn domain(&self, number: u32) -> Option<&Domain> {
        self.framework.domains.iter().find(|d| d.number == number)
    }

    /// Domains in the order the framework lists them.
    pub fn domains(&self) -> &[Domain] {
        &self.framework.domains
    }

    pub fn questions_in(&self, domain: u32) -> impl Iterator<Item = &Question> {
        self.set
            .questions
            .iter()
            .filter(move |q| q.domain == domain)
    }

    /// 1-based position of a domain in the framework, for "Domain 2 of 7".
    pub fn domain_position(&self, number: u32) -> Option<usize> {
        self.framework
            .domains
            .iter()
            .position(|d| d.number == number)
            .map(|i| i + 1)
    }
}

fn non_empty(text: &str, place: impl FnOnce() -> String) -> Result<(), BankError> {
    if text.trim().is_empty() {
        Err(BankError::EmptyText { place: place() })
    } else {
        Ok(())
    }
}

fn validate_ideas(q: &Question, level_ids: &BTreeSet<&str>) -> Result<(), BankError> {
    let code = &q.code;
    for (level, ideas) in &q.ideas {
        let problem = |make: fn(String, String) -> BankError| make(code.clone(), level.clone());
        if !level_ids.contains(level.as_str()) {
            return Err(problem(|code, level| BankError::IdeasForUnknownLevel {
                code,
                level,
            }));
        }
        if ideas.len() > MAX_IDEAS {
            return Err(problem(|code, level| BankError::TooManyIdeas {
                code,
                level,
            }));
        }
        for idea in ideas {
            non_empty(idea, || {
                format!("An idea of question {code} for \"{level}\"")
            })?;
            if idea.chars().count() > MAX_IDEA_CHARS {
                return Err(problem(|code, level| BankError::IdeaTooLong {
                    code,
                    level,
                }));
            }
        }
    }
    Ok(())
}

fn validate(framework: &Framework, set: &QuestionSet) -> Result<(), BankError> {
    let scale = &framework.scale;
    if scale.levels.is_empty() {
        return Err(BankError::NoLevels);
    }
    if scale.levels.len() > MAX_LEVELS {
        return Err(BankError::TooManyLevels(scale.levels.len()));
    }
    let mut level_ids = BTreeSet::new();
    let mut previous_value = None;
    for level in &scale.levels {
        non_empty(&level.id, || "A level's id".into())?;
        if level.id == DONT_KNOW_ID {
            return Err(BankError::ReservedLevelId(level.id.clone()));
        }
        if !level_ids.insert(level.id.as_str()) {
            return Err(BankError::DuplicateLevel(level.id.clone()));
        }
        if previous_value.is_some_and(|p| level.value <= p) {
            return Err(BankError::LevelValuesNotRising(level.id.clone()));
        }
        previous_value = Some(level.value);
        non_empty(&level.label, || {
            format!("The label of level \"{}\"", level.id)
        })?;
        non_empty(&level.meaning, || {
            format!("The meaning of level \"{}\"", level.id)
        })?;
    }
    non_empty(&scale.dont_know.label, || {
        "The \"I don't know\" label".into()
    })?;
    non_empty(&scale.dont_know.meaning, || {
        "The \"I don't know\" meaning".into()
    })?;

    let mut domains = BTreeSet::new();
    for domain in &framework.domains {
        if !domains.insert(domain.number) {
            return Err(BankError::DuplicateDomain(domain.number));
        }
        let n = domain.number;
        non_empty(&domain.title, || format!("The title of domain {n}"))?;
        non_empty(&domain.why, || {
            format!("The \"why this matters\" text of domain {n}")
        })?;
        if domain.if_complex.is_empty() {
            return Err(BankError::EmptyText {
                place: format!("The guidance for domain {n}"),
            });
        }
        for item in &domain.if_complex {
            non_empty(item, || format!("A guidance item of domain {n}"))?;
        }
    }

    if !framework
        .profile_guidance
        .iter()
        .any(|g| g.min_complex == 0)
    {
        return Err(BankError::EmptyText {
            place: "The guidance for a profile with no complex domains".into(),
        });
    }
    for g in &framework.profile_guidance {
        non_empty(&g.text, || {
            format!("The profile guidance for {} complex domains", g.min_complex)
        })?;
    }
    non_empty(&framework.dont_know_guidance, || {
        "The \"I don't know\" guidance".into()
    })?;

    if set.version == 0 {
        return Err(BankError::ZeroVersion);
    }
    non_empty(&set.id, || "The bank's id".into())?;
    non_empty(&set.title, || "The bank's title".into())?;
    non_empty(&set.summary, || "The bank's summary".into())?;
    if set.questions.is_empty() {
        return Err(BankError::NoQuestions);
    }
    if set.questions.len() > MAX_QUESTIONS {
        return Err(BankError::TooManyQuestions(set.questions.len()));
    }
    if set.questions.len().saturating_mul(scale.levels.len()) > MAX_DESCRIPTIONS {
        return Err(BankError::TooManyDescriptions {
            questions: set.questions.len(),
            levels: scale.levels.len(),
        });
    }
    let mut codes = BTreeSet::new();
    for q in &set.questions {
        non_empty(&q.code, || "A question's code".into())?;
        if !codes.insert(q.code.as_str()) {
            return Err(BankError::DuplicateCode(q.code.clone()));
        }
        if !domains.contains(&q.domain) {
            return Err(BankError::UnknownDomain {
                code: q.code.clone(),
                domain: q.domain,
            });
        }
        let code = &q.code;
        non_empty(&q.topic, || format!("The topic of question {code}"))?;
        non_empty(&q.text, || format!("The text of question {code}"))?;
        non_empty(&q.hint, || format!("The hint of question {code}"))?;
        if let Some(extra) = q
            .descriptors
            .keys()
            .find(|k| !level_ids.contains(k.as_str()))
        {
            return Err(BankError::UnknownLevel {
                code: code.clone(),
                level: extra.clone(),
            });
        }
        for level in &scale.levels {
            match q.descriptors.get(&level.id) {
                None => {
                    return Err(BankError::MissingDescriptor {
                        code: code.clone(),
                        level: level.id.clone(),
                    })
                }
                Some(text) => non_empty(text, || {
                    format!("The \"{}\" description of question {code}", level.id)
                })?,
            }
        }
        validate_ideas(q, &level_ids)?;
    }
    if let Some(empty) = framework
        .domains
        .iter()
        .find(|d| !set.questions.iter().any(|q| q.domain == d.number))
    {
        return Err(BankError::DomainWithoutQuestions(empty.number));
    }
    Ok(())
}
