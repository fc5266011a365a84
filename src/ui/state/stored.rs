//! Reading what this device has stored: the parsers for stored assessments, custom banks,
//! the person's name and the backup log (serde's deserialisers, the format's migrations and
//! checks, the step to proofs) are a wasm chunk of their own.
//!
//! A true first visit has nothing stored, so it never needs them: the app starts at once and
//! fetches them in the background. When anything of the app's is stored, `mount` fetches
//! them first, so the library is read, whole, before the first page draws. Each reading
//! below is then a plain call (`now`).
//!
//! Until they are here, nothing may be read that exists: a storage event waits for them
//! (`when_ready`), and a save that would merge with a stored copy waits too (`Library::write`).

use crate::core::assessment::Assessment;
use crate::core::author::{load_author, Author};
use crate::core::backup::{load_backup_log, BackupLog};
use crate::core::bank::Bank;
use crate::core::custom_bank::{load_custom_banks, parse_custom_bank};
use crate::core::example::read_example;
use crate::core::file_format::{import_with_version, ImportError, SCHEMA_VERSION};
use crate::core::identity::DeviceKey;
use crate::core::proof::{move_to_proofs, NotSaved};
use crate::core::storage::{
    assessment_key, load_all, KeyValueStore, Loaded, Reader, StoreError, KEY_ROOT,
};
use crate::ui::lazy::{lazy_fn, ChunkMissing};
use crate::ui::platform::browser_store::BrowserStore;
use crate::ui::state::banks::{banks, custom_banks, shipped};
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

thread_local! {
    /// Whether the chunk is here. Builds that are not split have the code already.
    static READY: Cell<bool> = const { Cell::new(!cfg!(feature = "split")) };
}

/// True once the readers can be called.
pub fn ready() -> bool {
    READY.with(Cell::get)
}

/// Whether this device keeps anything of the app's: if not, there is nothing to read yet.
pub fn anything_stored() -> bool {
    BrowserStore
        .keys()
        .is_ok_and(|keys| keys.iter().any(|k| k.starts_with(KEY_ROOT)))
}

/// Fetches the readers (once; later calls return at once). A failed fetch is not kept: the
/// next call tries again.
pub async fn fetch() -> Result<(), ChunkMissing> {
    // Each split function keeps its own note of whether its chunk is here: every one that
    // `now` calls is asked, or its first call would have to wait for that note.
    #[cfg(feature = "split")]
    {
        __wasm_split_preload_read_stored().await?;
        __wasm_split_preload_read_custom_banks().await?;
        __wasm_split_preload_read_custom_bank().await?;
        __wasm_split_preload_read_author().await?;
        __wasm_split_preload_read_backup_log().await?;
        __wasm_split_preload_read_library().await?;
    }
    READY.with(|r| r.set(true));
    Ok(())
}

/// Runs `work` now if the readers are here, or once they are; `failed` instead if they
/// cannot be fetched (the network dropped on a first visit).
pub fn when_ready(work: impl FnOnce() + 'static, failed: impl FnOnce() + 'static) {
    if ready() {
        work();
    } else {
        leptos::task::spawn_local(async move {
            match fetch().await {
                Ok(()) => work(),
                Err(ChunkMissing) => failed(),
            }
        });
    }
}

/// The result of a reader whose chunk is here: its future is ready at the first poll.
fn now<T>(reading: impl Future<Output = Result<T, ChunkMissing>>) -> T {
    debug_assert!(ready(), "stored data read before its reader was fetched");
    match pin!(reading).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(Ok(value)) => value,
        _ => unreachable!("the stored-data reader is fetched before it is used"),
    }
}

thread_local! {
    /// Until the readers are here: each assessment this tab stored, with the exact text it
    /// stored, so the next save, finding that text, merges with what it knows instead of
    /// waiting to parse it (answering on a first visit never waits for the readers).
    static OWN: RefCell<Vec<(String, Assessment)>> = const { RefCell::new(Vec::new()) };
}

/// This tab just stored `a`: remembered, with the text now under its key, until the
/// readers are here.
pub fn wrote(a: &Assessment) {
    if ready() {
        OWN.with(|own| own.borrow_mut().clear());
        return;
    }
    let Ok(Some(text)) = BrowserStore.get(&assessment_key(&a.id)) else {
        return;
    };
    OWN.with(|own| {
        let mut own = own.borrow_mut();
        own.retain(|(_, x)| x.id != a.id);
        own.push((text, a.clone()));
    });
}

/// Whether what is stored under this assessment's key is exactly this tab's last write.
pub fn holds_own_write(id: &str) -> bool {
    let Ok(Some(text)) = BrowserStore.get(&assessment_key(id)) else {
        return false;
    };
    own_write(&text).is_some()
}

fn own_write(text: &str) -> Option<Assessment> {
    OWN.with(|own| {
        own.borrow()
            .iter()
            .find(|(t, _)| t == text)
            .map(|(_, a)| a.clone())
    })
}

/// Reads stored assessments with the fetched parsers (`core::storage::Reader`). Always
/// against every bank this app knows (`banks()`), which is what every caller passes.
pub struct Stored;

impl Reader for Stored {
    fn read(&self, text: &str, _: &[Bank]) -> Result<(Vec<Assessment>, u64), ImportError> {
        if !ready() {
            // Only this tab's own last write is read before the readers are here
            // (`Library::waits_for_reader`): the assessment it was written from, in the
            // format this version writes.
            return own_write(text)
                .map(|a| (vec![a], u64::from(SCHEMA_VERSION)))
                .ok_or_else(|| ImportError::BadShape {
                    detail: "not read yet".into(),
                });
        }
        now(read_stored(text.to_string()))
    }
}

/// This device's person as stored (`core::author::load_author`); none until the readers
/// are here, when nothing is stored.
pub fn author() -> Option<Author> {
    if ready() {
        now(read_author())
    } else {
        None
    }
}

/// The backup log as stored (`core::backup::load_backup_log`); none until the readers are
/// here, when nothing is stored.
pub fn backup_log() -> Option<BackupLog> {
    ready().then(|| now(read_backup_log()))
}

/// Every stored assessment, with the step to proofs taken (`core::proof::move_to_proofs`):
/// what `Library` reads when it opens. Until the readers are here nothing is stored, so
/// nothing is read, but storage the browser refuses is still said.
pub fn library(key: DeviceKey) -> Result<(Loaded, NotSaved), StoreError> {
    if ready() {
        now(read_library(key))
    } else {
        BrowserStore.keys().map(|_| Default::default())
    }
}

/// The custom banks kept on this device; none until the readers are here (and there are
/// none then: `mount` fetches them first when anything is stored, and a bank stored later
/// by another tab arrives through its storage event).
pub fn stored_custom_banks() -> Vec<Bank> {
    if ready() {
        now(read_custom_banks())
    } else {
        Vec::new()
    }
}

/// A custom bank another tab stored, once the readers are here: none if it is not valid.
pub fn custom_bank(text: &str) -> Option<Bank> {
    now(read_custom_bank(text.to_string()))
}

lazy_fn!(stored: fn read_author() -> Option<Author> {
    load_author(&BrowserStore)
});

lazy_fn!(stored: fn read_backup_log() -> BackupLog {
    load_backup_log(&BrowserStore)
});

lazy_fn!(stored: fn read_library(key: DeviceKey) -> Result<(Loaded, NotSaved), StoreError> {
    load_all(&BrowserStore, banks()).map(|mut loaded| {
        let not_saved = move_to_proofs(&mut BrowserStore, &mut loaded, &key);
        (loaded, not_saved)
    })
});

lazy_fn!(stored: fn read_stored(text: String) -> Result<(Vec<Assessment>, u64), ImportError> {
    import_with_version(text.as_bytes(), banks())
});

lazy_fn!(stored: fn read_custom_banks() -> Vec<Bank> {
    load_custom_banks(&BrowserStore, shipped())
});

lazy_fn!(stored: fn read_custom_bank(text: String) -> Option<Bank> {
    parse_custom_bank(text.as_bytes(), shipped(), custom_banks()).ok()
});

lazy_fn!(stored: pub fn read_example_file(text: String) -> Result<Assessment, ImportError> {
    read_example(text.as_bytes(), banks())
});
