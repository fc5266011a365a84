//! A facilitator's own question bank, loaded from a file. The file wraps a bank in the same
//! shape as the shipped ones, is checked by the same validation, and is then kept on the
//! device so assessments made with it open again next time.
//!
//! The file (documented in `questions/README.md`):
//! `{"format": "nasss-navigator-bank", "framework": {...optional...}, "bank": {...}}`.

use super::assessment::Assessment;
use super::bank::{Bank, BankError, Framework, QuestionSet};
use super::file_format::MAX_IMPORT_BYTES;
use super::json_outline::Outline;
use super::storage::{KeyValueStore, StoreError};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Marks a file as a bank for this app, so an export of answers or any other JSON is
/// refused for what it is rather than with a puzzling list of missing fields.
pub const BANK_FORMAT: &str = "nasss-navigator-bank";
/// Where custom banks are kept: inside the app's own key space, so "delete all" removes them.
pub const BANK_PREFIX: &str = "nasss-navigator/bank/";

/// Question codes end up in addresses (`#/a/<id>/present/<code>`), and "reveal" is the
/// address of the results screen, so it cannot be a question.
const RESERVED_CODE: &str = "reveal";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct BankFile {
    format: String,
    /// Absent means the shipped framework: most custom banks only change the questions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    framework: Option<Framework>,
    bank: QuestionSet,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CustomBankError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    BrokenJson {
        line: usize,
        column: usize,
        detail: String,
    },
    /// Valid JSON, but not marked as a bank file.
    NotABankFile,
    /// An export of assessments, chosen here by mistake.
    AssessmentsFile,
    /// A bare question set without the wrapper around it.
    MissingWrapper,
    BadShape {
        line: usize,
        column: usize,
        detail: String,
    },
    BadId(String),
    BadCode(String),
    Invalid(BankError),
    ClashesWithShipped(String),
    /// A different bank with this id is already on the device.
    ClashesWithStored {
        id: String,
        title: String,
    },
}

impl fmt::Display for CustomBankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CustomBankError::Empty => write!(f, "This file is empty."),
            CustomBankError::TooLarge { bytes } => write!(
                f,
                "This file is too large ({} KB). A question bank file must be under {} KB.",
                bytes / 1024,
                MAX_IMPORT_BYTES / 1024
            ),
            CustomBankError::BrokenJson {
                line,
                column,
                detail,
            } => write!(
                f,
                "This file is not valid JSON: it stops making sense at line {line}, column {column} ({detail})."
            ),
            CustomBankError::NotABankFile => write!(
                f,
                "This is not a NASSS Navigator question bank. A bank file starts with \"format\": \"{BANK_FORMAT}\"."
            ),
            CustomBankError::AssessmentsFile => write!(
                f,
                "This file holds assessments, not questions. To bring assessments in, use \"Import from a file\" on the home page."
            ),
            CustomBankError::MissingWrapper => write!(
                f,
                "This looks like a question set on its own. Put it inside a bank file: {{\"format\": \"{BANK_FORMAT}\", \"bank\": ...your questions...}}."
            ),
            CustomBankError::BadShape {
                line,
                column,
                detail,
            } => write!(
                f,
                "This bank file has something missing or of the wrong kind at line {line}, column {column}: {detail}."
            ),
            CustomBankError::BadId(id) => write!(
                f,
                "The bank's id \"{id}\" can only use lower case letters, digits and hyphens, up to 40 characters."
            ),
            CustomBankError::BadCode(code) if code == RESERVED_CODE => write!(
                f,
                "A question cannot have the code \"{RESERVED_CODE}\": the app uses that word for the results screen."
            ),
            CustomBankError::BadCode(code) => write!(
                f,
                "Question code \"{code}\" can only use letters, digits, hyphens and underscores, up to 40 characters."
            ),
            CustomBankError::Invalid(e) => write!(f, "This bank cannot be used: {e}"),
            CustomBankError::ClashesWithShipped(id) => write!(
                f,
                "The bank's id \"{id}\" is already used by a question set that comes with the app. Give your bank a different id."
            ),
            CustomBankError::ClashesWithStored { id, title } => write!(
                f,
                "A different bank with the id \"{id}\" (\"{title}\") is already on this device. Give this one a new id, so answers made with the old one still make sense."
            ),
        }
    }
}

impl std::error::Error for CustomBankError {}

fn broken(e: &serde_json::Error) -> (usize, usize, String) {
    // serde_json ends its message with "at line L column C"; the message says that in words.
    let detail = e.to_string();
    let detail = match detail.rfind(" at line ") {
        Some(i) => detail[..i].to_string(),
        None => detail,
    };
    (e.line(), e.column(), detail)
}

fn is_id(s: &str, extra: impl Fn(u8) -> bool) -> bool {
    !s.is_empty() && s.len() <= 40 && s.bytes().all(|b| b.is_ascii_digit() || extra(b))
}

/// Reads and checks a bank file. `shipped` are the banks that come with the app (their ids
/// are taken, and the first one's framework is the default); `stored` are custom banks
/// already on the device: loading the very same bank again is fine, a different one with
/// the same id is not.
pub fn parse_custom_bank(
    bytes: &[u8],
    shipped: &[Bank],
    stored: &[Bank],
) -> Result<Bank, CustomBankError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(CustomBankError::TooLarge { bytes: bytes.len() });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(CustomBankError::Empty);
    }
    let outline = Outline::read(bytes).map_err(|e| {
        let (line, column, detail) = broken(&e);
        CustomBankError::BrokenJson {
            line,
            column,
            detail,
        }
    })?;
    if !outline.is_object {
        return Err(CustomBankError::NotABankFile);
    }
    match outline.format.as_deref() {
        Some(BANK_FORMAT) => {}
        Some(super::file_format::FORMAT) => return Err(CustomBankError::AssessmentsFile),
        _ if outline.has_questions && outline.has_id => {
            return Err(CustomBankError::MissingWrapper)
        }
        _ => return Err(CustomBankError::NotABankFile),
    }
    // Parsed a second time, typed, so a shape error can say where in the file it is.
    let file: BankFile = serde_json::from_slice(bytes).map_err(|e| {
        let (line, column, detail) = broken(&e);
        CustomBankError::BadShape {
            line,
            column,
            detail,
        }
    })?;
    let id = file.bank.id.clone();
    if !is_id(&id, |b| b.is_ascii_lowercase() || b == b'-') {
        return Err(CustomBankError::BadId(id));
    }
    if let Some(q) = file.bank.questions.iter().find(|q| {
        q.code == RESERVED_CODE
            || !is_id(&q.code, |b| {
                b.is_ascii_alphabetic() || b == b'-' || b == b'_'
            })
    }) {
        return Err(CustomBankError::BadCode(q.code.clone()));
    }
    if shipped.iter().any(|b| b.id() == id) {
        return Err(CustomBankError::ClashesWithShipped(id));
    }
    let framework = match file.framework {
        Some(framework) => framework,
        None => shipped
            .first()
            .map(|b| b.framework.clone())
            .ok_or(CustomBankError::NotABankFile)?,
    };
    let bank = Bank::new(framework, file.bank).map_err(CustomBankError::Invalid)?;
    if let Some(old) = stored.iter().find(|b| b.id() == id) {
        if old != &bank {
            return Err(CustomBankError::ClashesWithStored {
                id,
                title: old.set.title.clone(),
            });
        }
    }
    Ok(bank)
}

/// The text kept on the device for a bank: a complete bank file, framework included, so the
/// bank means the same even if a later version of the app ships different framework text.
pub fn bank_file_text(bank: &Bank) -> String {
    let file = BankFile {
        format: BANK_FORMAT.to_string(),
        framework: Some(bank.framework.clone()),
        bank: bank.set.clone(),
    };
    serde_json::to_string(&file).expect("a bank always serialises")
}

pub fn bank_key(id: &str) -> String {
    format!("{BANK_PREFIX}{id}")
}

pub fn save_custom_bank(store: &mut impl KeyValueStore, bank: &Bank) -> Result<(), StoreError> {
    store.set(&bank_key(bank.id()), &bank_file_text(bank))
}

/// How many of `assessments` were made with bank `id`. A custom bank can be removed only
/// when this is none: without its bank an assessment could not be opened.
pub fn assessments_using(id: &str, assessments: &[Assessment]) -> usize {
    assessments.iter().filter(|a| a.bank.id == id).count()
}

/// Forgets a kept custom bank, unless an assessment still uses it.
pub fn remove_custom_bank(
    store: &mut impl KeyValueStore,
    id: &str,
    assessments: &[Assessment],
) -> Result<(), RemoveBankError> {
    match assessments_using(id, assessments) {
        0 => store
            .remove(&bank_key(id))
            .map_err(RemoveBankError::Storage),
        count => Err(RemoveBankError::InUse { count }),
    }
}

#[derive(Debug, PartialEq)]
pub enum RemoveBankError {
    InUse { count: usize },
    Storage(StoreError),
}

impl fmt::Display for RemoveBankError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RemoveBankError::InUse { count: 1 } => write!(
                f,
                "1 assessment uses these questions. Delete it first, or keep the questions."
            ),
            RemoveBankError::InUse { count } => write!(
                f,
                "{count} assessments use these questions. Delete them first, or keep the questions."
            ),
            RemoveBankError::Storage(e) => write!(f, "{e}"),
        }
    }
}

/// Every readable custom bank on the device, in key order. One that cannot be read any
/// more (changed by hand, or clashing with a bank a newer app ships) is left out, so the
/// app still starts; assessments made with it then show as unreadable, with the reason.
pub fn load_custom_banks(store: &impl KeyValueStore, shipped: &[Bank]) -> Vec<Bank> {
    let Ok(keys) = store.keys() else {
        return Vec::new();
    };
    let mut banks: Vec<Bank> = Vec::new();
    for key in keys {
        if !key.starts_with(BANK_PREFIX) {
            continue;
        }
        let Ok(Some(text)) = store.get(&key) else {
            continue;
        };
        if let Ok(bank) = parse_custom_bank(text.as_bytes(), shipped, &banks) {
            if bank_key(bank.id()) == key && !banks.iter().any(|b| b.id() == bank.id()) {
                banks.push(bank);
            }
        }
    }
    banks
}
