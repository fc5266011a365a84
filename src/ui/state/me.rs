//! The person using this device: their name and organisation, asked once and editable,
//! put on every assessment they start and every file they export; and the device's key,
//! whose proof is what makes an assessment theirs (`core::proof`).

use crate::core::assessment::Assessment;
use crate::core::author::{save_author, Author, Whose};
use crate::core::identity::DeviceKey;
use crate::core::storage::{KeyValueStore, StoreError, KEY_ROOT};
use crate::ui::platform::browser_store::BrowserStore;
use crate::ui::state::device_key::{
    device_key, forget_device_key, keep_device_key, reload_device_key,
};
use crate::ui::state::stored;
use leptos::prelude::*;

/// Where the review page kept the reviewer's name before the device had one author.
const OLD_REVIEWER_KEY: &str = "settings/reviewer";

#[derive(Clone, Copy)]
pub struct Me {
    author: RwSignal<Option<Author>>,
    /// Counts changes of the device key (`state::device_key`: "Delete all", or another
    /// tab's key adopted), so whose each assessment is follows them.
    key_changes: RwSignal<u32>,
    /// A name given in this tab that is not stored yet: kept, and stored with the next save.
    author_pending: StoredValue<bool>,
    /// Why the key or the name could not be stored, until they are.
    problem: RwSignal<Option<String>>,
}

impl Me {
    pub fn load() -> Me {
        Me {
            author: RwSignal::new(stored::author().or_else(old_reviewer_name)),
            key_changes: RwSignal::new(0),
            author_pending: StoredValue::new(false),
            problem: RwSignal::new(None),
        }
    }

    /// Read again after another tab changed it. A name given here and not yet stored stays.
    pub fn reload(&self) {
        if !self.author_pending.get_value() {
            self.author.set(stored::author());
        }
    }

    /// After "Delete all": no name, and a new key (kept in memory until something is made),
    /// so nothing signed before counts as this device's any more.
    pub fn forget(&self) {
        self.author.set(None);
        forget_device_key();
        self.key_changes.update(|n| *n += 1);
        self.author_pending.set_value(false);
        self.problem.set(None);
    }

    /// Tracked: None until the person has been asked.
    pub fn get(&self) -> Option<Author> {
        self.author.get()
    }

    pub fn get_untracked(&self) -> Option<Author> {
        self.author.get_untracked()
    }

    /// This device's key (untracked): to sign what is made here, or check a proof. Every
    /// browser the app runs in (it needs WebAssembly) has `crypto.getRandomValues`; without
    /// it there is no key worth trusting, so the app stops rather than sign with a weak one.
    pub fn key(&self) -> DeviceKey {
        device_key().expect("crypto.getRandomValues")
    }

    /// The key, tracked: a page naming whose something is follows a change of key.
    pub fn key_tracked(&self) -> DeviceKey {
        self.key_changes.track();
        self.key()
    }

    /// Another tab stored or removed the key. A key stored there wins (two tabs opened on
    /// a new device each made one; the first stored is the device's): returns the key this
    /// tab had, so what it signed can be signed again with the device's.
    pub fn reload_key(&self) -> Option<DeviceKey> {
        let replaced = reload_device_key();
        if replaced.is_some() {
            self.key_changes.update(|n| *n += 1);
        }
        replaced
    }

    /// Takes a name typed elsewhere (as a reviewer) when the person has not given one yet.
    pub fn fill_in_name(&self, name: &str) {
        let known = self.get_untracked();
        if known.as_ref().is_none_or(|m| m.name.is_empty()) {
            let organisation = known.map(|m| m.organisation).unwrap_or_default();
            let _ = self.set(name, &organisation);
        }
    }

    /// The person's own files from another device: a device with no name yet takes the
    /// name they gave there.
    pub fn adopt_name<'a>(&self, authors: impl IntoIterator<Item = &'a Author>) {
        let unnamed = self
            .get_untracked()
            .is_none_or(|m| m.name.is_empty() && m.organisation.is_empty());
        let named = authors
            .into_iter()
            .find(|a| !a.name.is_empty() || !a.organisation.is_empty());
        if let (true, Some(a)) = (unnamed, named) {
            let _ = self.set(&a.name, &a.organisation);
        }
    }

    /// The author to put on something made now. Someone who has not been asked yet gets
    /// an author with no name; it is stored with what they make (`keep`).
    pub fn ensure(&self) -> Author {
        if let Some(me) = self.author.get_untracked() {
            return me;
        }
        let me = Author::new(String::new(), "", "");
        self.author.set(Some(me.clone()));
        self.author_pending.set_value(true);
        me
    }

    /// Saves a new name and organisation. The name is kept in this tab whether or not it
    /// could be stored; if not, it is stored with the next save, and the failure is named
    /// until then (`problem`).
    pub fn set(&self, name: &str, organisation: &str) -> Result<(), String> {
        self.author
            .set(Some(Author::new(String::new(), name, organisation)));
        self.author_pending.set_value(true);
        let result = self.keep_author();
        // The key too, and the failure named (or cleared) as for any save.
        self.keep();
        result.map_err(|e| e.to_string())
    }

    /// Stores whatever of the key and the name is not stored yet: called before each save,
    /// so they land with the first assessment. Returns whether everything is stored.
    pub fn keep(&self) -> bool {
        let key = keep_device_key();
        let author = self.keep_author();
        match key.and(author) {
            Ok(()) => {
                // Every save lands here: notify the save warning only when it changes.
                if self.problem.with_untracked(Option::is_some) {
                    self.problem.set(None);
                }
                true
            }
            Err(e) => {
                self.problem.set(Some(self.problem_text(&e)));
                false
            }
        }
    }

    fn keep_author(&self) -> Result<(), StoreError> {
        if !self.author_pending.get_value() {
            return Ok(());
        }
        let Some(me) = self.author.get_untracked() else {
            return Ok(());
        };
        save_author(&mut BrowserStore, &me).inspect_err(|e| {
            self.problem.set(Some(self.problem_text(e)));
        })?;
        self.author_pending.set_value(false);
        Ok(())
    }

    fn problem_text(&self, e: &StoreError) -> String {
        let named = self
            .author
            .get_untracked()
            .is_some_and(|a| !a.name.is_empty() || !a.organisation.is_empty());
        if named {
            format!("Your name could not be saved: {e} Your assessments still count as yours while this tab stays open.")
        } else {
            format!("This device could not save what marks your assessments as yours: {e} They still count as yours while this tab stays open.")
        }
    }

    /// Why the name or key is not stored (tracked), until it is.
    pub fn problem(&self) -> Option<String> {
        self.problem.get()
    }

    /// Tracked, so a page follows "Delete all" in this tab.
    pub fn whose(&self, a: &Assessment) -> Whose {
        self.key_changes.track();
        a.whose(&self.key())
    }
}

/// Whose judgements a page shows ("Your", "Sam's"), provided by a page about one
/// assessment so the shared level lines name the right person.
#[derive(Clone)]
pub struct JudgedBy(pub String);

/// For a page about one assessment: names its author to the shared level lines drawn
/// below, and gives back whose it is.
pub fn provide_judged_by(whose: Whose) -> Whose {
    provide_context(JudgedBy(whose.possessive()));
    whose
}

/// The possessive for a level line: the page's `JudgedBy`, or "Your".
pub fn judged_by() -> String {
    use_context::<JudgedBy>()
        .map(|j| j.0)
        .unwrap_or_else(|| Whose::Yours.possessive())
}

/// A reviewer's name remembered by an earlier release becomes the device's author.
fn old_reviewer_name() -> Option<Author> {
    let name = BrowserStore
        .get(&format!("{KEY_ROOT}{OLD_REVIEWER_KEY}"))
        .ok()??;
    let me = Author::new(String::new(), &name, "");
    save_author(&mut BrowserStore, &me).ok()?;
    let _ = BrowserStore.remove(&format!("{KEY_ROOT}{OLD_REVIEWER_KEY}"));
    Some(me)
}
