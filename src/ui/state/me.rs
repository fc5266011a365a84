//! The person using this device: their name and organisation, asked once and editable,
//! put on every assessment they start and every file they export.

use crate::core::assessment::Assessment;
use crate::core::author::{load_author, save_author, Author, Whose};
use crate::core::storage::{KeyValueStore, KEY_ROOT};
use crate::ui::platform::browser::new_id;
use crate::ui::platform::browser_store::BrowserStore;
use leptos::prelude::*;

/// Where the review page kept the reviewer's name before the device had one author.
const OLD_REVIEWER_KEY: &str = "settings/reviewer";

#[derive(Clone, Copy)]
pub struct Me {
    author: RwSignal<Option<Author>>,
}

impl Me {
    pub fn load() -> Me {
        Me {
            author: RwSignal::new(load_author(&BrowserStore).or_else(old_reviewer_name)),
        }
    }

    /// Read again after another tab changed it.
    pub fn reload(&self) {
        self.author.set(load_author(&BrowserStore));
    }

    pub fn forget(&self) {
        self.author.set(None);
    }

    /// Tracked: None until the person has been asked.
    pub fn get(&self) -> Option<Author> {
        self.author.get()
    }

    pub fn get_untracked(&self) -> Option<Author> {
        self.author.get_untracked()
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
    /// an author with no name, so their own work still reads as theirs on this device.
    pub fn ensure(&self) -> Author {
        if let Some(me) = self.author.get_untracked() {
            return me;
        }
        let me = Author::new(new_id(), "", "");
        // Not saving only means the next visit makes another id; the person is asked then.
        let _ = save_author(&mut BrowserStore, &me);
        self.author.set(Some(me.clone()));
        me
    }

    /// Saves a new name and organisation, keeping the device's id.
    pub fn set(&self, name: &str, organisation: &str) -> Result<(), String> {
        let id = self
            .author
            .get_untracked()
            .map(|a| a.id)
            .unwrap_or_else(new_id);
        let me = Author::new(id, name, organisation);
        save_author(&mut BrowserStore, &me).map_err(|e| e.to_string())?;
        self.author.set(Some(me));
        Ok(())
    }

    /// Tracked, so a page follows a change of name in another tab.
    pub fn whose(&self, a: &Assessment) -> Whose {
        self.author.with(|me| a.whose(me.as_ref()))
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
    let me = Author::new(new_id(), &name, "");
    save_author(&mut BrowserStore, &me).ok()?;
    let _ = BrowserStore.remove(&format!("{KEY_ROOT}{OLD_REVIEWER_KEY}"));
    Some(me)
}
