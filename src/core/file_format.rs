//! The versioned file format, used both for what the app keeps in browser storage and
//! for the export files people move between devices. Import checks everything before
//! anything is stored, and says exactly what is wrong.

use super::assessment::{Answer, Assessment, UNTITLED};
use super::bank::Bank;
use super::json_outline::Outline;
use super::review::LEGACY_REVIEW_ID;
use super::route::is_safe_segment;
use super::trend::parse_date;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;

/// Marks a file as ours, so a stray JSON file is rejected for what it is.
pub const FORMAT: &str = "nasss-navigator";
/// Bumped whenever the stored shape changes; older versions are migrated on load.
/// 2 added per-domain judgements and reflections (and the judgements kept with each round):
/// a version-1 app would drop them on its next save, so it must see such data as newer.
/// 3 keeps any number of reviews, each tied to its reviewer (`core::review`), where 2 kept
/// one review that belonged to nobody.
/// 4 keeps each workshop participant's own answers (`core::participants`), which a
/// version-3 app would drop on its next save, and a workshop's planned length
/// (`core::time_plan::WorkshopLength`).
pub const SCHEMA_VERSION: u32 = 4;
/// The first version whose reviews are signed: stored data older than this still has its
/// single review to claim (`review::claim_legacy_review`).
pub const SIGNED_REVIEWS_SINCE: u64 = 3;
/// Large enough for thousands of assessments, small enough to refuse a wrong file quickly.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportFile {
    pub format: String,
    pub schema_version: u32,
    pub exported_at: u64,
    pub assessments: Vec<Assessment>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    TooLarge {
        bytes: usize,
    },
    Empty,
    BrokenJson {
        line: usize,
        column: usize,
        detail: String,
    },
    NotOurFile,
    NewerVersion {
        found: u32,
    },
    BadShape {
        detail: String,
    },
    UnknownBank {
        bank: String,
        title: String,
    },
    UnknownQuestion {
        title: String,
        code: String,
    },
    UnknownAnswer {
        title: String,
        code: String,
        answer: String,
    },
    NoAssessments,
    /// More assessments than one file or link may bring (`MAX_ASSESSMENTS`).
    TooMany {
        count: usize,
    },
    /// One assessment twice: which copy is meant cannot be known.
    SameIdTwice {
        title: String,
    },
    BadValue {
        title: String,
        detail: String,
    },
}

/// Long enough for any real project name; longer is a sign of a wrong or hostile file.
pub const MAX_TITLE_CHARS: usize = 300;
/// A check-in every month for sixteen years; more is a wrong or hostile file, and would
/// make the change-over-time page slow to draw.
pub const MAX_ROUNDS: usize = 200;
/// Far more than any real plan, few enough that the plan page draws at once.
pub const MAX_ACTIONS: usize = 1000;
/// Assessments in one file or link: more than any team's library, few enough that the
/// preview and the import each finish well inside the 200 ms a page may be busy for, and
/// that the browser's storage holds them (a crafted link held 38,000 tiny ones).
pub const MAX_ASSESSMENTS: usize = 1000;
/// Removed actions remembered per assessment, so a merge does not bring them back.
pub const MAX_REMOVED_ACTIONS: usize = 10 * MAX_ACTIONS;
/// Far more reviewers than any assessment has; more is a wrong or hostile file.
pub const MAX_REVIEWS: usize = 100;

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "This file is too large ({} KB). Files from NASSS Navigator are under {} KB.",
                bytes / 1024,
                MAX_IMPORT_BYTES / 1024
            ),
            ImportError::Empty => write!(f, "This file is empty."),
            ImportError::BrokenJson { line, column, detail } => write!(
                f,
                "This file is damaged: it stops making sense at line {line}, column {column} ({detail})."
            ),
            ImportError::NotOurFile => write!(
                f,
                "This is not a NASSS Navigator file. Choose a file that was exported from this app."
            ),
            ImportError::NewerVersion { found } => write!(
                f,
                "A newer version of NASSS Navigator made this file (format {found}; this app reads up to {SCHEMA_VERSION}). Open it in the newer version."
            ),
            ImportError::BadShape { detail } => {
                write!(f, "This file is missing information or has it in the wrong place: {detail}.")
            }
            ImportError::UnknownBank { bank, title } => write!(
                f,
                "\"{title}\" uses a question set called \"{bank}\" that this app does not have."
            ),
            ImportError::UnknownQuestion { title, code } => write!(
                f,
                "\"{title}\" has an answer to question {code}, which is not in its question set."
            ),
            ImportError::UnknownAnswer { title, code, answer } => write!(
                f,
                "\"{title}\" answers question {code} with \"{answer}\", which is not on the scale."
            ),
            ImportError::NoAssessments => write!(f, "This file holds no assessments."),
            ImportError::TooMany { count } => write!(
                f,
                "This holds {count} assessments. This app brings in up to {MAX_ASSESSMENTS} at a time, so that the page never freezes and the browser's storage does not fill. Ask for them in smaller files."
            ),
            ImportError::SameIdTwice { title } => write!(
                f,
                "This file holds \"{title}\" twice, as two different copies of the same assessment, so it cannot tell which one is meant. Nothing was imported: export it again from the app it came from."
            ),
            ImportError::BadValue { title, detail } => write!(f, "\"{title}\" {detail}."),
        }
    }
}

impl std::error::Error for ImportError {}

impl ImportError {
    /// The same problem, worded for data found in the browser's storage rather than a file.
    pub fn about_stored_data(&self) -> String {
        match self {
            ImportError::BrokenJson { line, column, detail } => format!(
                "A saved assessment could not be read: it is damaged and stops making sense at line {line}, column {column} ({detail})."
            ),
            ImportError::NotOurFile | ImportError::Empty => {
                "A saved assessment could not be read: it is not in a form this app recognises.".to_string()
            }
            other => format!("A saved assessment could not be read. {other}"),
        }
    }
}

pub fn export(assessments: &[Assessment], now: u64) -> String {
    serde_json::to_string_pretty(&file(assessments, now)).expect("assessments always serialise")
}

/// The same format without the indentation people like in a file: about a third smaller,
/// which matters with hundreds of assessments in the browser's storage.
pub fn export_compact(assessments: &[Assessment], now: u64) -> String {
    serde_json::to_string(&file(assessments, now)).expect("assessments always serialise")
}

fn file(assessments: &[Assessment], now: u64) -> ExportFile {
    ExportFile {
        format: FORMAT.to_string(),
        schema_version: SCHEMA_VERSION,
        exported_at: now,
        assessments: assessments.to_vec(),
    }
}

fn broken(e: &serde_json::Error) -> ImportError {
    // serde_json's message ends with its own "at line L column C"; we say that in words already.
    let detail = e.to_string();
    let detail = match detail.rfind(" at line ") {
        Some(i) => detail[..i].to_string(),
        None => detail,
    };
    ImportError::BrokenJson {
        line: e.line(),
        column: e.column(),
        detail,
    }
}

/// Reads an export file (or the stored copy) and checks every assessment against the banks.
pub fn import(bytes: &[u8], banks: &[Bank]) -> Result<Vec<Assessment>, ImportError> {
    read(bytes, banks, false).map(|(found, _)| found)
}

/// The same, with the format version the text was written in: stored data from an older
/// version may need a step that only this device can take (`review::claim_legacy_review`).
pub fn import_with_version(
    bytes: &[u8],
    banks: &[Bank],
) -> Result<(Vec<Assessment>, u64), ImportError> {
    read(bytes, banks, false)
}

/// Reads a file that a newer version of the app wrote, as far as this version understands
/// it. Only for showing such data read-only: it is never written back.
pub fn import_newer_read_only(
    bytes: &[u8],
    banks: &[Bank],
) -> Result<Vec<Assessment>, ImportError> {
    read(bytes, banks, true).map(|(found, _)| found)
}

/// Brings the JSON of an older format up to the current one, one version at a time. Each
/// version adds a step here (reading the old shape into a type of its own and writing the
/// new one where the shape changed) and a fixture file of the old format to the tests.
fn migrate(bytes: &[u8], version: u64) -> Result<Cow<'_, [u8]>, ImportError> {
    match version {
        // 1 → 2 only added fields, each with a default, so a version-1 file already reads
        // as version 2 (tests/fixtures/schema-1 proves it with a file the old release made);
        // 2 → 3 then turns its single review into one reviewer's.
        1 | 2 => one_review_per_reviewer(bytes).map(Cow::Owned),
        // 3 → 4 only added participants, with a default.
        3 => Ok(Cow::Borrowed(bytes)),
        other => Err(ImportError::BadShape {
            detail: format!("format version {other} does not exist"),
        }),
    }
}

/// 2 → 3: the one review an assessment held ("review", with the reviewer's name as text)
/// becomes the first of its reviews, by that reviewer, with the id `LEGACY_REVIEW_ID` and
/// no proof: no device can prove it wrote it, so it reads as the reviewer's everywhere
/// until the device it is stored on claims it (`storage::load_all` says which were read
/// from an older format).
fn one_review_per_reviewer(bytes: &[u8]) -> Result<Vec<u8>, ImportError> {
    use serde_json::{json, Value};
    let shape = |e: serde_json::Error| ImportError::BadShape {
        detail: e.to_string(),
    };
    let mut file: Value = serde_json::from_slice(bytes).map_err(shape)?;
    if let Some(list) = file.get_mut("assessments").and_then(Value::as_array_mut) {
        for a in list.iter_mut().filter_map(Value::as_object_mut) {
            let updated_at = a.get("updated_at").cloned().unwrap_or(json!(0));
            let Some(Value::Object(mut review)) = a.remove("review") else {
                continue;
            };
            let name = match review.remove("reviewer") {
                Some(Value::String(name)) => name,
                _ => String::new(),
            };
            review.insert("id".into(), json!(LEGACY_REVIEW_ID));
            review.insert("reviewer".into(), json!({ "name": name.trim() }));
            review.insert("updated_at".into(), updated_at);
            a.insert("reviews".into(), json!([review]));
        }
    }
    serde_json::to_vec(&file).map_err(shape)
}

fn read(
    bytes: &[u8],
    banks: &[Bank],
    allow_newer: bool,
) -> Result<(Vec<Assessment>, u64), ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    // Nearly everything read is a current file: parse it straight into its type, which is
    // about twice as fast as going through a JSON tree first (it matters for a library of
    // hundreds). Anything else takes the slower path that says exactly what is wrong.
    if let Ok(file) = serde_json::from_slice::<ExportFile>(bytes) {
        if file.format == FORMAT && file.schema_version == SCHEMA_VERSION {
            return checked(file, banks).map(|found| (found, u64::from(SCHEMA_VERSION)));
        }
    }
    let outline = Outline::read(bytes).map_err(|e| broken(&e))?;
    if !outline.is_object || outline.format.as_deref() != Some(FORMAT) {
        return Err(ImportError::NotOurFile);
    }
    let version = outline
        .schema_version
        .ok_or_else(|| ImportError::BadShape {
            detail: "it has no format version".into(),
        })?;
    if version > u64::from(SCHEMA_VERSION) && !allow_newer {
        return Err(ImportError::NewerVersion {
            found: version.min(u64::from(u32::MAX)) as u32,
        });
    }
    // Parsed again, typed, so a shape error says where in the file it is.
    let typed_input = if version >= u64::from(SCHEMA_VERSION) {
        Cow::Borrowed(bytes)
    } else {
        migrate(bytes, version)?
    };
    let mut file: ExportFile =
        serde_json::from_slice(&typed_input).map_err(|e| ImportError::BadShape {
            detail: e.to_string(),
        })?;
    file.schema_version = file.schema_version.max(SCHEMA_VERSION);
    checked(file, banks).map(|found| (found, version))
}

fn checked(mut file: ExportFile, banks: &[Bank]) -> Result<Vec<Assessment>, ImportError> {
    if file.assessments.is_empty() {
        return Err(ImportError::NoAssessments);
    }
    if file.assessments.len() > MAX_ASSESSMENTS {
        return Err(ImportError::TooMany {
            count: file.assessments.len(),
        });
    }
    one_copy_each(&file.assessments)?;
    for a in &mut file.assessments {
        check_against_bank(a, banks)?;
        // A title left empty by hand or by another app reads as the app names one left
        // empty here, so no heading or button name is ever blank.
        if a.title.trim().is_empty() {
            a.title = UNTITLED.to_string();
        }
    }
    Ok(file.assessments)
}

/// Refuses a list that holds one assessment id twice: a store keeps one copy per id, so
/// either copy would silently stand for the other (and an Undo would restore the wrong one).
pub fn one_copy_each(assessments: &[Assessment]) -> Result<(), ImportError> {
    let mut seen = std::collections::BTreeSet::new();
    match assessments.iter().find(|a| !seen.insert(a.id.as_str())) {
        Some(twice) => Err(ImportError::SameIdTwice {
            title: twice.title.chars().take(60).collect(),
        }),
        None => Ok(()),
    }
}

fn check_values(a: &Assessment) -> Result<(), ImportError> {
    let bad = |detail: &str| {
        let title: String = a.title.chars().take(60).collect();
        Err(ImportError::BadValue {
            title,
            detail: detail.to_string(),
        })
    };
    if !is_safe_segment(&a.id) {
        return bad("has an id this app cannot use (letters, digits, - and _ only, up to 64)");
    }
    if a.title.chars().count() > MAX_TITLE_CHARS {
        return bad(&format!(
            "has a title longer than {MAX_TITLE_CHARS} characters"
        ));
    }
    let valid_date = |d: &str| parse_date(d).is_some();
    if a.actions
        .iter()
        .any(|x| !x.due.is_empty() && !valid_date(&x.due))
    {
        return bad("has an action whose date is not a real date (YYYY-MM-DD)");
    }
    if a.next_check_in.as_deref().is_some_and(|d| !valid_date(d)) {
        return bad("has a next check-in date that is not a real date (YYYY-MM-DD)");
    }
    if a.rounds.len() > MAX_ROUNDS {
        return bad(&format!(
            "has {} check-in rounds; this app keeps up to {MAX_ROUNDS}",
            a.rounds.len()
        ));
    }
    if a.removed_actions.len() > MAX_REMOVED_ACTIONS {
        return bad("remembers too many removed actions");
    }
    if a.responses
        .values()
        .any(|r| r.votes.len() > super::vote_log::MAX_WINDOWS)
    {
        return bad("has votes from more windows than a workshop has");
    }
    if a.actions.len() > MAX_ACTIONS {
        return bad(&format!(
            "has {} actions; this app keeps up to {MAX_ACTIONS}",
            a.actions.len()
        ));
    }
    if a.reviews.len() > MAX_REVIEWS {
        return bad(&format!(
            "has {} reviews; this app keeps up to {MAX_REVIEWS}",
            a.reviews.len()
        ));
    }
    let mut review_ids = std::collections::BTreeSet::new();
    if a.reviews.iter().any(|r| !is_safe_segment(&r.id)) {
        return bad(
            "has a review whose id this app cannot use (letters, digits, - and _ only, up to 64)",
        );
    }
    if a.reviews.iter().any(|r| !review_ids.insert(r.id.as_str())) {
        return bad("has two reviews with the same id, so it cannot tell which one is meant");
    }
    let mut ids = std::collections::BTreeSet::new();
    if let Some(twice) = a.actions.iter().find(|x| !ids.insert(x.id)) {
        return bad(&format!(
            "has two actions with the same number ({}), so one could not be changed or removed without the other",
            twice.id
        ));
    }
    Ok(())
}

/// Judgements and reflections name domains and levels: each must be one the bank has.
fn check_domains(a: &Assessment, bank: &Bank) -> Result<(), ImportError> {
    let bad = |detail: String| {
        Err(ImportError::BadValue {
            title: a.title.chars().take(60).collect(),
            detail,
        })
    };
    let round_judgements = a.rounds.iter().flat_map(|r| &r.judgements);
    for (domain, j) in a.judgements.iter().chain(round_judgements) {
        if bank.domain(*domain).is_none() {
            return bad(format!(
                "has a judgement for domain {domain}, which does not exist"
            ));
        }
        if !j.level.is_empty() && bank.level(&j.level).is_none() {
            return bad(format!(
                "judges domain {domain} as \"{}\", which is not on the scale",
                j.level
            ));
        }
    }
    let verdicts = a.reviews.iter().flat_map(|r| &r.verdicts);
    for (domain, v) in verdicts {
        if let Some(level) = v.level.as_deref().filter(|l| bank.level(l).is_none()) {
            return bad(format!(
                "has a reviewer's level \"{level}\" for domain {domain}, which is not on the scale"
            ));
        }
    }
    for (domain, r) in &a.reflections {
        if bank.domain(*domain).is_none() {
            return bad(format!(
                "has a reflection on domain {domain}, which does not exist"
            ));
        }
        if let Some(to) = r
            .depends_on
            .keys()
            .find(|to| *to == domain || bank.domain(**to).is_none())
        {
            return bad(format!(
                "says domain {domain} depends on domain {to}, which is not another domain of its question set"
            ));
        }
    }
    Ok(())
}

fn check_against_bank(a: &Assessment, banks: &[Bank]) -> Result<(), ImportError> {
    check_values(a)?;
    let bank =
        banks
            .iter()
            .find(|b| b.id() == a.bank.id)
            .ok_or_else(|| ImportError::UnknownBank {
                bank: a.bank.id.clone(),
                title: a.title.clone(),
            })?;
    let rounds = a.rounds.iter().map(|r| &r.responses);
    for (code, response) in std::iter::once(&a.responses).chain(rounds).flatten() {
        if bank.question(code).is_none() {
            return Err(ImportError::UnknownQuestion {
                title: a.title.clone(),
                code: code.clone(),
            });
        }
        if let Some(Answer::Level(level)) = &response.answer {
            if bank.level(level).is_none() {
                return Err(ImportError::UnknownAnswer {
                    title: a.title.clone(),
                    code: code.clone(),
                    answer: level.clone(),
                });
            }
        }
    }
    check_domains(a, bank)?;
    let review_codes = a.reviews.iter().flat_map(|r| r.question_comments.keys());
    for code in a.actions.iter().map(|x| &x.code).chain(review_codes) {
        if bank.question(code).is_none() {
            return Err(ImportError::UnknownQuestion {
                title: a.title.clone(),
                code: code.clone(),
            });
        }
    }
    Ok(())
}
