//! How assessments are kept on the device: one key per assessment, each value in the
//! same versioned format as an export file. The browser's localStorage sits behind
//! `KeyValueStore`, so this logic is tested natively with an in-memory store.

use super::assessment::{holds, merge, Assessment};
use super::bank::Bank;
use super::file_format::{
    export_compact, import_newer_read_only, import_with_version, ImportError, SIGNED_REVIEWS_SINCE,
};
use std::collections::BTreeMap;
use std::fmt;

/// Every key the app writes starts with this, so "delete all" never touches anything else.
pub const KEY_ROOT: &str = "nasss-navigator/";
pub const ASSESSMENT_PREFIX: &str = "nasss-navigator/assessment/";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// No storage at all (blocked, or some private modes).
    Unavailable,
    /// The browser refused to store more.
    Full,
    Other(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Unavailable => write!(
                f,
                "This browser is not letting the app save (storage may be blocked or in private mode)."
            ),
            StoreError::Full => write!(f, "This browser's storage for the app is full."),
            StoreError::Other(detail) => write!(f, "The browser could not save: {detail}."),
        }
    }
}

/// The one small interface the app needs from a place to keep text.
pub trait KeyValueStore {
    fn keys(&self) -> Result<Vec<String>, StoreError>;
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
}

/// For tests and for running with no browser storage: keeps everything in memory.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    pub items: BTreeMap<String, String>,
    pub full: bool,
}

impl KeyValueStore for MemoryStore {
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.items.keys().cloned().collect())
    }
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.items.get(key).cloned())
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if self.full {
            return Err(StoreError::Full);
        }
        self.items.insert(key.to_string(), value.to_string());
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.items.remove(key);
        Ok(())
    }
}

pub fn assessment_key(id: &str) -> String {
    format!("{ASSESSMENT_PREFIX}{id}")
}

/// What was found in storage: the readable assessments, newest first, the ids of those a
/// newer version of the app wrote (to be shown read-only), and what could not be read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    pub assessments: Vec<Assessment>,
    pub read_only: Vec<String>,
    pub unreadable: Vec<(String, ImportError)>,
    /// The ids of those stored before reviews were signed: migrated as they were read,
    /// and still to be claimed by this device where only it can (`review::claim_legacy_review`).
    pub from_older: Vec<String>,
}

/// How the save path reads a stored copy back. `Parse` reads it here; the browser app passes
/// a reader whose parsers are fetched only when something is stored (src/ui/state/stored.rs),
/// so the code that reads stored data is not part of a first visit. Either way the rule is
/// the same: the reader only calls `file_format::import_with_version`.
pub trait Reader {
    fn read(&self, text: &str, banks: &[Bank]) -> Result<(Vec<Assessment>, u64), ImportError>;
}

/// Reads stored text with `file_format`, in place.
pub struct Parse;

impl Reader for Parse {
    fn read(&self, text: &str, banks: &[Bank]) -> Result<(Vec<Assessment>, u64), ImportError> {
        import_with_version(text.as_bytes(), banks)
    }
}

pub fn load_all(store: &impl KeyValueStore, banks: &[Bank]) -> Result<Loaded, StoreError> {
    let mut loaded = Loaded::default();
    for key in store.keys()? {
        if !key.starts_with(ASSESSMENT_PREFIX) {
            continue;
        }
        let Some(text) = store.get(&key)? else {
            continue;
        };
        match import_with_version(text.as_bytes(), banks) {
            Ok((found, version)) => {
                if version < SIGNED_REVIEWS_SINCE {
                    loaded.from_older.extend(found.iter().map(|a| a.id.clone()));
                }
                loaded.assessments.extend(found);
            }
            Err(e @ ImportError::NewerVersion { .. }) => {
                match import_newer_read_only(text.as_bytes(), banks) {
                    Ok(found) => {
                        loaded.read_only.extend(found.iter().map(|a| a.id.clone()));
                        loaded.assessments.extend(found);
                    }
                    Err(_) => loaded.unreadable.push((key, e)),
                }
            }
            Err(e) => loaded.unreadable.push((key, e)),
        }
    }
    newest_first(&mut loaded.assessments);
    Ok(loaded)
}

/// The library's order: most recently changed first, and by id when two changed at the same
/// moment, so the order never depends on the order keys were read.
pub fn newest_first(assessments: &mut [Assessment]) {
    assessments.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id)));
}

pub fn save(store: &mut impl KeyValueStore, assessment: &Assessment) -> Result<(), StoreError> {
    let text = export_compact(std::slice::from_ref(assessment), assessment.updated_at);
    store.set(&assessment_key(&assessment.id), &text)
}

/// Reads one assessment back from the store, if it is there and readable.
pub fn load_one(store: &impl KeyValueStore, id: &str, banks: &[Bank]) -> Option<Assessment> {
    load_one_with(store, id, banks, &Parse)
}

/// `load_one`, reading with `reader`.
pub fn load_one_with(
    store: &impl KeyValueStore,
    id: &str,
    banks: &[Bank],
    reader: &impl Reader,
) -> Option<Assessment> {
    let text = store.get(&assessment_key(id)).ok()??;
    reader
        .read(&text, banks)
        .ok()?
        .0
        .into_iter()
        .find(|a| a.id == id)
}

/// Saves after merging with whatever another tab may have stored meanwhile, so neither
/// tab overwrites the other's newer answers. Returns what was stored.
pub fn save_merged(
    store: &mut impl KeyValueStore,
    assessment: &Assessment,
    banks: &[Bank],
) -> Result<Assessment, StoreError> {
    save_merged_with(store, assessment, banks, &Parse)
}

/// `save_merged`, reading with `reader`.
pub fn save_merged_with(
    store: &mut impl KeyValueStore,
    assessment: &Assessment,
    banks: &[Bank],
    reader: &impl Reader,
) -> Result<Assessment, StoreError> {
    let merged = match load_one_with(store, &assessment.id, banks, reader) {
        Some(stored) => merge(assessment, &stored),
        None => assessment.clone(),
    };
    save(store, &merged)?;
    Ok(merged)
}

/// How many times `save_until_held` writes before it gives up and says so.
pub const SAVE_ATTEMPTS: usize = 5;

/// For a browser without a lock across tabs (`navigator.locks`): writes the merge, reads it
/// back, and merges again until the stored copy holds what this tab shows, since another
/// tab's write can land between this tab's read and its write. Returns the copy last read
/// back; the caller checks it with `holds` before saying "Saved".
pub fn save_until_held(
    store: &mut impl KeyValueStore,
    shown: &Assessment,
    banks: &[Bank],
) -> Result<Assessment, StoreError> {
    save_until_held_with(store, shown, banks, &Parse)
}

/// `save_until_held`, reading with `reader`.
pub fn save_until_held_with(
    store: &mut impl KeyValueStore,
    shown: &Assessment,
    banks: &[Bank],
    reader: &impl Reader,
) -> Result<Assessment, StoreError> {
    let mut wanted = shown.clone();
    let mut back = wanted.clone();
    for _ in 0..SAVE_ATTEMPTS {
        let written = save_merged_with(store, &wanted, banks, reader)?;
        back = load_one_with(store, &shown.id, banks, reader).unwrap_or(written);
        if holds(&back, shown) {
            break;
        }
        wanted = merge(&wanted, &back);
    }
    Ok(back)
}

/// Exactly what is stored under this assessment's key (none when nothing is), kept before
/// an import changes it so Undo can put back the same bytes, not a re-serialisation that
/// might lose what a newer version wrote.
pub fn snapshot(store: &impl KeyValueStore, id: &str) -> Result<Option<String>, StoreError> {
    store.get(&assessment_key(id))
}

/// Puts a snapshot back as it was: the same text, or nothing if nothing was stored.
pub fn restore(
    store: &mut impl KeyValueStore,
    id: &str,
    snapshot: Option<&str>,
) -> Result<(), StoreError> {
    match snapshot {
        Some(text) => store.set(&assessment_key(id), text),
        None => store.remove(&assessment_key(id)),
    }
}

/// True when anything is kept under this assessment's key, readable or not: an import must
/// treat a damaged item as taken, and never write over it.
pub fn key_taken(store: &impl KeyValueStore, id: &str) -> bool {
    matches!(store.get(&assessment_key(id)), Ok(Some(_)))
}

pub fn remove(store: &mut impl KeyValueStore, id: &str) -> Result<(), StoreError> {
    store.remove(&assessment_key(id))
}

/// Removes everything this app keeps in the store, and nothing else.
pub fn remove_all(store: &mut impl KeyValueStore) -> Result<usize, StoreError> {
    let ours: Vec<String> = store
        .keys()?
        .into_iter()
        .filter(|k| k.starts_with(KEY_ROOT))
        .collect();
    for key in &ours {
        store.remove(key)?;
    }
    Ok(ours.len())
}
