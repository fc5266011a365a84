//! The assessments on this device, as the UI's one source of truth. Every change goes
//! through `update`, which saves at once (the autosave): under one lock across tabs, it reads
//! what another tab stored, merges and writes. The `storage` event brings other tabs' changes
//! in, and when what another tab stored lacks a change shown here, this tab writes it again.

use crate::core::assessment::{holds, merge, Assessment, Review};
use crate::core::author::{Whose, AUTHOR_KEY};
use crate::core::backup::{covers_everything, BACKUP_KEY};
use crate::core::bank::Bank;
use crate::core::custom_bank::BANK_PREFIX;
use crate::core::example::{is_example, shows_example, EXAMPLE_FILE};
use crate::core::identity::DEVICE_KEY_KEY;
use crate::core::return_trip::{kept_beside, settle, Clash, Settled};
use crate::core::review::claim_legacy_review;
use crate::core::route::Route;
use crate::core::scoring::{profile, Profile};
use crate::core::storage::{
    assessment_key, key_taken, load_one_with, newest_first, remove, remove_all, restore, save,
    save_merged_with, save_until_held_with, snapshot, KeyValueStore, StoreError, ASSESSMENT_PREFIX,
};
use crate::ui::platform::browser::{current_hash, fetch_text, new_id, now};
use crate::ui::platform::browser_store::BrowserStore;
use crate::ui::platform::cross_tab_lock::with_lock;
use crate::ui::platform::export;
use crate::ui::state::backup::Backup;
use crate::ui::state::banks::{add_custom_bank, bank, banks, forget_custom_bank};
use crate::ui::state::device_key::device_key;
use crate::ui::state::drafts::forget_drafts;
use crate::ui::state::me::Me;
use crate::ui::state::stored::{self, read_example_file, Stored};
use leptos::ev;
use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    Idle,
    /// A change is waiting for the lock, or another tab's write lacks it: not stored yet.
    Saving,
    Saved,
    Failed(String),
}

/// Stored data that could not be read: left where it was, offered for download.
#[derive(Clone, Debug, PartialEq)]
pub struct Unreadable {
    pub key: String,
    pub problem: String,
    pub raw: String,
}

/// The worked example, fetched the first time someone opens it (`core::example`).
#[derive(Clone, Debug, PartialEq)]
enum ExampleState {
    NotLoaded,
    Loading,
    Ready(Box<Assessment>),
    Failed(String),
}

/// What an import changed in a copy already here, for Undo: the exact text that was
/// stored (none if nothing was), and the copy as it was in memory.
#[derive(Clone, Debug, PartialEq)]
struct Undo {
    stored: Option<String>,
    before: Assessment,
}

/// The copies an import just updated, and where the update came from ("file", "link").
#[derive(Clone, Debug, PartialEq, Default)]
struct Updated {
    noun: &'static str,
    undo: Vec<Undo>,
}

/// What an example page shows until the example is here.
#[derive(Clone, Debug, PartialEq)]
pub enum ExampleWait {
    Loading,
    Failed(String),
}

#[derive(Clone, Copy)]
pub struct Library {
    assessments: RwSignal<Vec<Assessment>>,
    /// Something was saved since the page opened, so "Saved on this device" is true.
    saved_any: RwSignal<bool>,
    /// Assessments with a change the browser refused to store, and why. Each stays marked,
    /// and is tried again at every save, until it is stored: a later save of something
    /// else never hides it.
    unsaved: RwSignal<Vec<(String, String)>>,
    /// Assessments with a change shown here that the stored copy is not yet known to hold.
    pending: RwSignal<Vec<String>>,
    /// Assessments with a write waiting for the lock: a later change rides on that write.
    queued: StoredValue<Vec<String>>,
    unreadable: RwSignal<Vec<Unreadable>>,
    storage_problem: RwSignal<Option<String>>,
    /// Made by a newer version of the app: never written, by anyone.
    newer: RwSignal<Vec<String>>,
    me: Me,
    backup: Backup,
    recently_deleted: RwSignal<Option<Assessment>>,
    /// The copies here that an import just updated, for Undo.
    recently_replaced: RwSignal<Updated>,
    notice: RwSignal<Option<String>>,
    /// Kept apart from `assessments`, so it is never stored, listed or exported with them,
    /// and no change (which only looks there) can reach it.
    example: RwSignal<ExampleState>,
    /// A shared link's assessment, being read before anyone chooses to keep it: held as
    /// the example is, so nothing of it is stored until "Keep a copy on this device".
    visiting: RwSignal<Option<Assessment>>,
}

impl Library {
    pub fn load() -> Library {
        let library = Library {
            assessments: RwSignal::new(Vec::new()),
            saved_any: RwSignal::new(false),
            unsaved: RwSignal::new(Vec::new()),
            pending: RwSignal::new(Vec::new()),
            queued: StoredValue::new(Vec::new()),
            unreadable: RwSignal::new(Vec::new()),
            storage_problem: RwSignal::new(None),
            newer: RwSignal::new(Vec::new()),
            me: Me::load(),
            backup: Backup::load(),
            recently_deleted: RwSignal::new(None),
            recently_replaced: RwSignal::new(Updated::default()),
            notice: RwSignal::new(None),
            example: RwSignal::new(ExampleState::NotLoaded),
            visiting: RwSignal::new(None),
        };
        library.reload();
        library
            .backup
            .opened(!library.assessments.with_untracked(Vec::is_empty));
        library.listen_to_other_tabs();
        library.listen_to_navigation();
        library.flush_on_leaving();
        library
    }

    fn reload(&self) {
        // Work this device counted as the person's own before proofs stays theirs.
        match stored::library(self.me.key()) {
            Ok((loaded, not_saved)) => {
                if not_saved.key.is_some() {
                    self.me.keep();
                } else {
                    self.me.reload_key();
                }
                for (id, e) in not_saved.assessments {
                    self.not_stored(&id, &e);
                }
                let unreadable = loaded
                    .unreadable
                    .into_iter()
                    .map(|(key, e)| Unreadable {
                        raw: BrowserStore.get(&key).ok().flatten().unwrap_or_default(),
                        problem: e.about_stored_data(),
                        key,
                    })
                    .collect();
                let mut assessments = loaded.assessments;
                self.claim_legacy_reviews(&mut assessments, &loaded.from_older);
                self.assessments.set(assessments);
                self.newer.set(loaded.read_only);
                self.unreadable.set(unreadable);
            }
            Err(e) => self.storage_problem.set(Some(format!(
                "{e} Anything you do now is kept only while this tab stays open, so export your work before you close it."
            ))),
        }
    }

    /// Data stored by the release before reviews were signed: the single review this device
    /// wrote on someone else's assessment stays this device's (`claim_legacy_review`), and
    /// is stored in today's format so it is claimed once.
    fn claim_legacy_reviews(&self, assessments: &mut [Assessment], from_older: &[String]) {
        if from_older.is_empty() {
            return;
        }
        let Some(key) = device_key() else {
            return;
        };
        for a in assessments
            .iter_mut()
            .filter(|a| from_older.contains(&a.id))
        {
            let yours = untrack(|| self.me.whose(a)) == Whose::Yours;
            if claim_legacy_review(a, &key, yours) {
                // Not stored means it is claimed again, the same way, next time. The key
                // goes first: a review signed with a key that is not kept is nobody's.
                if self.me.keep() {
                    let _ = save(&mut BrowserStore, a);
                }
            }
        }
    }

    /// Another tab saved or deleted: bring that change in without losing ours.
    fn listen_to_other_tabs(self) {
        let handle = window_event_listener(ev::storage, move |event| {
            // Read with the stored-data readers: on a first visit, fetched first.
            let (key, new_value) = (event.key(), event.new_value());
            // If that code cannot be fetched, this change is not brought in; the next one
            // tries again (each reads what is stored now, so nothing of this one is lost).
            stored::when_ready(move || self.bring_in_other_tab(key, new_value), || {});
        });
        on_cleanup(move || handle.remove());
    }

    /// What another tab stored (`key` and its new value; no key: everything was cleared).
    fn bring_in_other_tab(self, key: Option<String>, new_value: Option<String>) {
        let Some(key) = key else {
            self.reload();
            self.me.reload();
            self.backup.reload();
            return;
        };
        if key == BACKUP_KEY {
            self.backup.reload();
            return;
        }
        if key == AUTHOR_KEY {
            self.me.reload();
            return;
        }
        if key == DEVICE_KEY_KEY {
            if let Some(ours) = self.me.reload_key() {
                self.sign_again(&ours);
            }
            return;
        }
        // A custom bank loaded in another tab: known here before any assessment using it arrives.
        if let Some(id) = key.strip_prefix(BANK_PREFIX) {
            match new_value {
                Some(text) => {
                    if let Some(bank) = stored::custom_bank(&text) {
                        add_custom_bank(bank);
                    }
                }
                None => forget_custom_bank(id),
            }
            return;
        }
        let Some(id) = key.strip_prefix(ASSESSMENT_PREFIX) else {
            return;
        };
        match load_one_with(&BrowserStore, id, banks(), &Stored) {
            Some(theirs) => {
                let mut lacking = false;
                self.assessments
                    .update(|list| match list.iter_mut().find(|a| a.id == theirs.id) {
                        Some(ours) => {
                            *ours = merge(ours, &theirs);
                            lacking = !holds(&theirs, ours);
                        }
                        None => list.insert(0, theirs),
                    });
                // Their write landed over one of ours: what it lacks is written again.
                if lacking && !self.is_newer(id) {
                    self.persist(id);
                }
            }
            None if new_value.is_none() => {
                self.assessments.update(|list| list.retain(|a| a.id != id));
            }
            None => {}
        }
    }

    /// Messages and undo belong to the library page they were shown on: leaving it ends them.
    fn listen_to_navigation(self) {
        let handle = window_event_listener(ev::hashchange, move |_| {
            if Route::parse(&current_hash()) != Route::Home {
                self.notice.set(None);
                self.recently_deleted.set(None);
                self.recently_replaced.set(Updated::default());
            }
        });
        on_cleanup(move || handle.remove());
    }

    pub fn all(&self) -> Vec<Assessment> {
        self.assessments.get()
    }

    /// Reads the list in place (tracked), for a page that shows every assessment but needs
    /// only a few fields of each: no copy of 500 assessments' answers.
    pub fn with_all<R>(&self, read: impl FnOnce(&[Assessment]) -> R) -> R {
        self.assessments.with(|list| read(list))
    }

    pub fn is_empty(&self) -> bool {
        self.assessments.with(Vec::is_empty)
    }

    /// The assessment with this id (tracked), with its bank: one of the person's, or the
    /// example once it is open.
    pub fn get(&self, id: &str) -> Option<(Assessment, &'static Bank)> {
        let a = self.find(id, Assessment::clone)?;
        let bank = bank(&a.bank.id)?;
        Some((a, bank))
    }

    /// Reads the assessment with this id in place (tracked), wherever it is held.
    fn find<R>(&self, id: &str, read: impl FnOnce(&Assessment) -> R) -> Option<R> {
        find_in(self.held(), id, read)
    }

    fn held(&self) -> Held {
        Held {
            assessments: self.assessments,
            example: self.example,
            visiting: self.visiting,
        }
    }

    /// One assessment, followed as it changes: what a page about it renders from.
    pub fn watch(&self, id: &str) -> Memo<Option<Assessment>> {
        let (id, held) = (id.to_string(), self.held());
        Memo::new(move |_| find_in(held, &id, Assessment::clone))
    }

    /// Holds a shared link's assessment to read, storing nothing (`core::example`'s way).
    pub fn visit(&self, a: Assessment) {
        self.visiting.set(Some(a));
    }

    /// Whether this is a link's assessment being read, not one on this device (tracked).
    pub fn is_visiting(&self, id: &str) -> bool {
        self.visiting
            .with(|v| v.as_ref().is_some_and(|a| a.id == id))
            && !self
                .assessments
                .with(|list| list.iter().any(|a| a.id == id))
    }

    /// "Keep a copy on this device": stores the link's assessment as an import would, and
    /// gives its id here (a new one if its own is taken) and whether the save landed.
    pub fn keep_visiting(&self) -> Option<(String, bool)> {
        let mut a = self.visiting.get_untracked()?;
        let taken = self
            .assessments
            .with_untracked(|list| list.iter().any(|x| x.id == a.id));
        if taken || is_example(&a.id) || key_taken(&BrowserStore, &a.id) {
            a.id = new_id();
        }
        let id = a.id.clone();
        let (stored, _) = self.import(vec![(a, Clash::KeepBoth)], false, "link");
        self.visiting.set(None);
        Some((id, stored == 1))
    }

    /// The profile of a watched assessment; empty (every domain not yet rated) once it is gone.
    pub fn watch_profile(
        bank: &'static Bank,
        assessment: Memo<Option<Assessment>>,
    ) -> Memo<Profile> {
        Memo::new(move |_| {
            assessment.with(|a| match a {
                Some(a) => profile(bank, a),
                None => profile(bank, &Assessment::new(String::new(), "", bank, 0)),
            })
        })
    }

    /// Whether the route's assessment is here and holds what the route names (tracked):
    /// the one "not found" guard for every page about an assessment, or a blank form's bank.
    pub fn finds(&self, route: &Route) -> bool {
        if let Some(id) = route.bank_id() {
            return bank(id).is_some();
        }
        let Some(id) = route.assessment_id() else {
            return true;
        };
        // The example and a link being read show only the pages for reading.
        if (is_example(id) || self.is_visiting(id)) && !shows_example(route) {
            return false;
        }
        self.find(id, |a| bank(&a.bank.id).is_some_and(|b| route.found_in(b)))
            .unwrap_or(false)
    }

    /// Fetches the example, unless it is here or on its way. Only people who open it
    /// download it.
    pub fn open_example(&self) {
        let example = self.example;
        let idle = example
            .with_untracked(|e| matches!(e, ExampleState::NotLoaded | ExampleState::Failed(_)));
        if !idle {
            return;
        }
        example.set(ExampleState::Loading);
        leptos::task::spawn_local(async move {
            // The file or the code that reads it could not be fetched: both are offline.
            let read = match fetch_text(EXAMPLE_FILE).await {
                Ok(text) => read_example_file(text).await.ok(),
                Err(()) => None,
            };
            let state = match read {
                Some(Ok(e)) => ExampleState::Ready(Box::new(e)),
                Some(Err(e)) => ExampleState::Failed(format!("The example could not be read. {e}")),
                None => ExampleState::Failed(
                    "The example could not be downloaded. Check that this device is online, then try again.".into(),
                ),
            };
            example.set(state);
        });
    }

    /// For a page of the example that cannot show yet (tracked): loading, or why it failed.
    pub fn waiting_for_example(&self, route: &Route) -> Option<ExampleWait> {
        if !route.assessment_id().is_some_and(is_example) || !shows_example(route) {
            return None;
        }
        self.example.with(|e| match e {
            ExampleState::Ready(_) => None,
            ExampleState::Failed(why) => Some(ExampleWait::Failed(why.clone())),
            ExampleState::NotLoaded | ExampleState::Loading => Some(ExampleWait::Loading),
        })
    }

    /// The same, without subscribing: for values read once when a page opens.
    pub fn get_untracked(&self, id: &str) -> Option<(Assessment, &'static Bank)> {
        untrack(|| self.get(id))
    }

    /// Nothing on its pages can be changed: a newer version made it, or someone else did
    /// (until the person makes their own copy), or it is the example.
    pub fn is_read_only(&self, id: &str) -> bool {
        self.is_newer(id) || self.whose(id) != Whose::Yours
    }

    /// Made by a newer version of the app, so not even a review may be added.
    pub fn is_newer(&self, id: &str) -> bool {
        self.newer.with(|ids| ids.iter().any(|r| r == id))
    }

    /// Whose the assessment is, as this device's person sees it (tracked); one that is not
    /// here is nobody else's.
    pub fn whose(&self, id: &str) -> Whose {
        let visiting = self.is_visiting(id);
        self.find(id, |a| match self.me.whose(a) {
            // A link being read is nobody's here yet, whatever it says: never "yours".
            Whose::Yours if visiting => Whose::Theirs(a.author.clone().unwrap_or_default()),
            whose => whose,
        })
        .unwrap_or(Whose::Yours)
    }

    pub fn me(&self) -> Me {
        self.me
    }

    pub fn backup(&self) -> Backup {
        self.backup
    }

    /// Downloads these assessments as one JSON file, signed with the person's current name.
    /// A file that holds every assessment here is a copy of everything: the "Last copy
    /// kept" reminder counts from it.
    pub fn export_json(&self, list: &[Assessment]) {
        export::export_json(list, self.me.get_untracked(), &self.me.key());
        let exported: Vec<&str> = list.iter().map(|a| a.id.as_str()).collect();
        let everything = self
            .assessments
            .with_untracked(|all| covers_everything(&exported, all.iter().map(|a| a.id.as_str())));
        if everything {
            self.backup.exported();
        }
    }

    /// The state of saving across every assessment: failed while any change is unsaved.
    pub fn save_state(&self) -> SaveState {
        let saved_any = self.saved_any.get();
        let pending = self.pending.with(|p| !p.is_empty());
        self.unsaved.with(|unsaved| match unsaved.first() {
            Some((_, problem)) => SaveState::Failed(problem.clone()),
            None if pending => SaveState::Saving,
            None if saved_any => SaveState::Saved,
            None => SaveState::Idle,
        })
    }

    fn unsaved_ids(&self) -> Vec<String> {
        self.unsaved
            .with(|u| u.iter().map(|(id, _)| id.clone()).collect())
    }

    /// The titles of the assessments whose latest changes are not stored.
    pub fn unsaved_titles(&self) -> Vec<String> {
        let ids = self.unsaved_ids();
        self.assessments.with(|list| {
            ids.iter()
                .filter_map(|id| list.iter().find(|a| &a.id == id).map(|a| a.title.clone()))
                .collect()
        })
    }

    /// Tries every unsaved change again (the warning's "Try again").
    pub fn retry_unsaved(&self) {
        self.me.keep();
        let pending: Vec<Assessment> = untrack(|| {
            let ids = self.unsaved_ids();
            self.assessments.with(|list| {
                list.iter()
                    .filter(|a| ids.contains(&a.id))
                    .cloned()
                    .collect()
            })
        });
        for a in pending {
            self.store(&a, true);
        }
    }

    pub fn unreadable(&self) -> Vec<Unreadable> {
        self.unreadable.get()
    }

    pub fn storage_problem(&self) -> Option<String> {
        self.storage_problem.get()
    }

    pub fn notice(&self) -> Option<String> {
        self.notice.get()
    }

    pub fn set_notice(&self, text: Option<String>) {
        self.notice.set(text);
    }

    pub fn recently_deleted(&self) -> Option<Assessment> {
        self.recently_deleted.get()
    }

    pub fn create(&self, title: &str, bank: &Bank) -> String {
        let mut a = Assessment::new(new_id(), title, bank, now());
        a.claim(&self.me.ensure(), &self.me.key());
        self.add(a)
    }

    /// Changes one assessment and saves it straight away. Read-only data is never changed.
    pub fn update(&self, id: &str, change: impl FnOnce(&mut Assessment, u64)) {
        if untrack(|| self.is_read_only(id)) {
            return;
        }
        self.change(id, change);
    }

    /// Changes this device's review of someone else's assessment, starting it on first
    /// use; the author's answers and anyone else's review are never touched this way. Your
    /// own assessment is reviewed by others, never by you.
    pub fn update_review(&self, id: &str, change: impl FnOnce(&mut Review)) {
        let allowed = untrack(|| !self.is_newer(id) && matches!(self.whose(id), Whose::Theirs(_)));
        let Some(key) = device_key().filter(|_| allowed) else {
            return;
        };
        let me = self.me.ensure();
        self.change(id, |a, now| {
            a.change_my_review(&key, &me, new_id, now, change)
        });
    }

    fn change(&self, id: &str, change: impl FnOnce(&mut Assessment, u64)) {
        let mut changed = None;
        self.assessments.update(|list| {
            if let Some(a) = list.iter_mut().find(|a| a.id == id) {
                let t = a.clock(now());
                change(a, t);
                changed = Some(a.clone());
            }
        });
        if let Some(a) = changed {
            self.persist(&a.id);
        }
    }

    /// A re-assessment of an old one (`Assessment::reassessment`), saved at once.
    pub fn duplicate(&self, id: &str) -> Option<String> {
        let (source, _) = self.get_untracked(id)?;
        let copy = source.reassessment(new_id(), &self.me.ensure(), &self.me.key(), now());
        Some(self.add(copy))
    }

    /// "Make my own copy" of someone else's assessment (`Assessment::own_copy`), saved at once.
    pub fn own_copy(&self, id: &str) -> Option<String> {
        let (source, _) = self.get_untracked(id)?;
        let me = self.me.ensure();
        Some(self.add(source.own_copy(new_id(), &me, &self.me.key(), now())))
    }

    fn add(&self, a: Assessment) -> String {
        let id = a.id.clone();
        let first = untrack(|| self.is_empty());
        self.assessments.update(|list| list.insert(0, a.clone()));
        self.persist(&a.id);
        if first {
            self.backup.ask();
        }
        id
    }

    pub fn delete(&self, id: &str) {
        // Only the person's own list: the example is not theirs to delete (and Undo would
        // store it).
        let gone = untrack(|| {
            self.assessments
                .with(|list| list.iter().find(|a| a.id == id).cloned())
        });
        let Some(gone) = gone else {
            return;
        };
        if let Err(e) = remove(&mut BrowserStore, id) {
            self.notice
                .set(Some(format!("{e} The assessment was not deleted.")));
            return;
        }
        self.assessments.update(|list| list.retain(|a| a.id != id));
        forget_drafts(id);
        self.recently_deleted.set(Some(gone));
    }

    pub fn undo_delete(&self) {
        if let Some(a) = self.recently_deleted.get_untracked() {
            self.recently_deleted.set(None);
            self.assessments.update(|list| {
                list.insert(0, a.clone());
                newest_first(list);
            });
            self.persist(&a.id);
        }
    }

    /// Adds imported assessments; for each one already here, `Clash` says what happens
    /// (`core::return_trip`): add what is new (the default), keep both, or replace. An
    /// update keeps whose the copy here is, and Undo (`undo_replace`) puts back exactly the
    /// text that was stored. `noun` ("file", "link") names where they came from. Returns
    /// how many were stored, and the titles of those the browser refused.
    /// With `mine`, the person said the files are their own from another device: they are
    /// signed with this device's author and key, so they can be changed here. Without it,
    /// nothing in a file makes it theirs.
    pub fn import(
        &self,
        incoming: Vec<(Assessment, Clash)>,
        mine: bool,
        noun: &'static str,
    ) -> (usize, Vec<String>) {
        if mine {
            self.me
                .adopt_name(incoming.iter().filter_map(|(a, _)| a.author.as_ref()));
        }
        let first = untrack(|| self.is_empty());
        let mut stored = 0;
        let mut refused = Vec::new();
        let mut undo = Vec::new();
        for (mut a, choice) in incoming {
            // Times from a device whose clock runs ahead would otherwise outrank every change
            // made here after the import.
            a.bound_times(now());
            a.imported_at = Some(now());
            let local = untrack(|| {
                self.assessments
                    .with(|list| list.iter().find(|x| x.id == a.id).cloned())
            });
            // The example's id is reserved: a file that claims it gets an id of its own.
            let taken = local.is_some() || is_example(&a.id) || key_taken(&BrowserStore, &a.id);
            // "Mine" answers for what was not here: a copy here stays whose it is.
            let claim = mine && local.is_none();
            match local {
                Some(local) => {
                    let newer = untrack(|| self.is_newer(&local.id));
                    match settle(&local, newer, &a, choice) {
                        Settled::Update(out) => {
                            undo.push(Undo {
                                stored: snapshot(&BrowserStore, &local.id).ok().flatten(),
                                before: local,
                            });
                            a = *out;
                        }
                        Settled::Beside => a = kept_beside(&a, new_id(), noun),
                    }
                }
                // Also when the id is taken by stored data that could not be read: that is
                // left exactly as it is.
                None if taken => a.id = new_id(),
                None => {}
            }
            // After the id is final: the proof is of the id it is kept under.
            if claim {
                a.claim(&self.me.ensure(), &self.me.key());
            }
            self.assessments.update(|list| {
                list.retain(|x| x.id != a.id);
                list.insert(0, a.clone());
            });
            if self.store(&a, false) {
                stored += 1;
            } else {
                refused.push(a.title.clone());
            }
        }
        self.recently_replaced.set(Updated { noun, undo });
        if first && stored > 0 {
            self.backup.ask();
        }
        (stored, refused)
    }

    /// Puts back the copies an import just updated, exactly as they were stored.
    pub fn undo_replace(&self) {
        for undo in self.recently_replaced.get_untracked().undo {
            let a = undo.before;
            self.assessments.update(|list| {
                if let Some(slot) = list.iter_mut().find(|x| x.id == a.id) {
                    *slot = a.clone();
                }
            });
            let put_back = match &undo.stored {
                Some(text) => restore(&mut BrowserStore, &a.id, Some(text)).is_ok(),
                // It had never been stored: it goes back to being kept in this tab only.
                None => self.store(&a, false),
            };
            if put_back {
                self.unsaved.update(|u| u.retain(|(id, _)| id != &a.id));
            } else {
                self.notice.set(Some(format!(
                    "\"{}\" could not be put back as it was: this browser refused to save it.",
                    a.title
                )));
            }
        }
        self.recently_replaced.set(Updated::default());
    }

    /// The titles an import just updated, and where the update came from.
    pub fn recently_replaced(&self) -> (Vec<String>, &'static str) {
        self.recently_replaced.with(|u| {
            let titles = u.undo.iter().map(|x| x.before.title.clone()).collect();
            (titles, u.noun)
        })
    }

    pub fn delete_all(&self) -> Result<(), String> {
        remove_all(&mut BrowserStore).map_err(|e| e.to_string())?;
        self.assessments.set(Vec::new());
        self.unreadable.set(Vec::new());
        self.newer.set(Vec::new());
        self.me.forget();
        self.backup.reload();
        self.recently_deleted.set(None);
        self.recently_replaced.set(Updated::default());
        self.unsaved.set(Vec::new());
        Ok(())
    }

    /// Saves one assessment (merged with what another tab stored, or as it is), records
    /// whether it landed, and says so.
    fn store(&self, a: &Assessment, merged: bool) -> bool {
        // The key and the name land with the first assessment, or are tried again with each.
        self.me.keep();
        if merged && self.waits_for_reader(&a.id) {
            return false;
        }
        let result = if merged {
            save_merged_with(&mut BrowserStore, a, banks(), &Stored).map(Some)
        } else {
            save(&mut BrowserStore, a).map(|()| None)
        };
        match result {
            Ok(stored) => {
                stored::wrote(stored.as_ref().unwrap_or(a));
                if let Some(stored) = stored.filter(|s| s != a) {
                    self.assessments.update(|list| {
                        if let Some(slot) = list.iter_mut().find(|x| x.id == stored.id) {
                            *slot = stored;
                        }
                    });
                }
                self.unsaved.update(|u| u.retain(|(id, _)| id != &a.id));
                self.saved_any.set(true);
                self.backup.changed();
                true
            }
            Err(e) => {
                self.not_stored(&a.id, &e);
                false
            }
        }
    }

    /// Marks one assessment's latest changes as not stored, and why, until they are.
    fn not_stored(&self, id: &str, e: &StoreError) {
        let problem = format!("{e} Your latest changes are kept while this tab stays open.");
        self.unsaved.update(|u| {
            u.retain(|(x, _)| x != id);
            u.push((id.to_string(), problem));
        });
    }

    /// Another tab stored the device's key first: what this tab signed with its own key is
    /// signed again with the device's, so it stays the person's after a reload.
    fn sign_again(&self, ours: &crate::core::identity::DeviceKey) {
        let (me, key) = (self.me.ensure(), self.me.key());
        let mut changed = Vec::new();
        self.assessments.update(|list| {
            for a in list.iter_mut().filter(|a| a.made_here(ours)) {
                let author = a.author.clone().unwrap_or_else(|| me.clone());
                a.claim(&author, &key);
                changed.push(a.clone());
            }
        });
        for a in changed {
            self.persist(&a.id);
        }
    }

    /// Saves what this tab shows of one assessment, under the lock across tabs: "Saving"
    /// until the stored copy holds it. A write already waiting for the lock takes this change
    /// with it, since it reads the list when the lock comes.
    fn persist(&self, id: &str) {
        self.pending.update(|p| {
            if !p.iter().any(|x| x == id) {
                p.push(id.to_string());
            }
        });
        if self.queued.with_value(|q| q.iter().any(|x| x == id)) {
            return;
        }
        self.queued.update_value(|q| q.push(id.to_string()));
        let (library, id) = (*self, id.to_string());
        with_lock(&assessment_key(&id), move |locked| {
            library.queued.update_value(|q| q.retain(|x| x != &id));
            library.write(&id, locked);
        });
    }

    /// The read, merge and write itself, with the lock held (or, without one, checked by
    /// reading back). Only a stored copy that holds what is shown ends "Saving".
    fn write(&self, id: &str, locked: bool) {
        let shown = untrack(|| {
            self.assessments
                .with(|list| list.iter().find(|a| a.id == id).cloned())
        });
        let Some(shown) = shown else {
            self.pending.update(|p| p.retain(|x| x != id));
            return;
        };
        if self.waits_for_reader(id) {
            return;
        }
        // The key and the name land with the first assessment, or are tried again with each.
        self.me.keep();
        let result = if locked {
            save_merged_with(&mut BrowserStore, &shown, banks(), &Stored)
        } else {
            save_until_held_with(&mut BrowserStore, &shown, banks(), &Stored)
        };
        match result {
            Ok(stored) => {
                stored::wrote(&stored);
                if stored != shown {
                    self.assessments.update(|list| {
                        if let Some(slot) = list.iter_mut().find(|x| x.id == id) {
                            *slot = merge(slot, &stored);
                        }
                    });
                }
                self.unsaved.update(|u| u.retain(|(x, _)| x != id));
                if holds(&stored, &shown) {
                    self.pending.update(|p| p.retain(|x| x != id));
                }
                self.saved_any.set(true);
                self.backup.changed();
                // Space may have been freed: what failed before is tried again now.
                let others = untrack(|| self.unsaved.with(|u| !u.is_empty()));
                if others {
                    self.retry_unsaved();
                }
            }
            Err(e) => {
                self.pending.update(|p| p.retain(|x| x != id));
                let problem =
                    format!("{e} Your latest changes are kept while this tab stays open.");
                self.unsaved.update(|u| {
                    u.retain(|(x, _)| x != id);
                    u.push((id.to_string(), problem));
                });
            }
        }
    }

    /// A save merges with the stored copy, so one that finds a copy stored before the
    /// readers are here waits for them and goes through `persist` again; it stays "Saving"
    /// meanwhile. Never the case when the app opened with anything stored (`mount` fetched the
    /// readers first), nor when the stored copy is this tab's own last write (a first visit's
    /// next answer): that copy is known without reading it (`stored::wrote`).
    fn waits_for_reader(&self, id: &str) -> bool {
        if stored::ready() || !key_taken(&BrowserStore, id) || stored::holds_own_write(id) {
            return false;
        }
        let (library, id) = (*self, id.to_string());
        let failed = id.clone();
        stored::when_ready(
            move || library.persist(&id),
            move || {
                // Said as any save that did not land, and tried again with "Try again".
                library.pending.update(|p| p.retain(|x| x != &failed));
                library.not_stored(
                    &failed,
                    &StoreError::Other("the part of the app that reads saved work could not be downloaded (check that this device is online)".into()),
                );
            },
        );
        true
    }

    /// A tab closed or reloaded while a write waits for the lock would lose it: written now,
    /// checked by reading back, since there is no time left to wait.
    fn flush_on_leaving(self) {
        let handle = window_event_listener(ev::pagehide, move |_| {
            let waiting = self.queued.get_value();
            for id in waiting {
                self.write(&id, false);
            }
        });
        on_cleanup(move || handle.remove());
    }
}

/// Where assessments are held: the person's own list, the example, a link being read.
#[derive(Clone, Copy)]
struct Held {
    assessments: RwSignal<Vec<Assessment>>,
    example: RwSignal<ExampleState>,
    visiting: RwSignal<Option<Assessment>>,
}

/// The assessment with this id in the person's list, or the example once it is open, or
/// the link being read.
fn find_in<R>(held: Held, id: &str, read: impl FnOnce(&Assessment) -> R) -> Option<R> {
    if is_example(id) {
        return held.example.with(|e| match e {
            ExampleState::Ready(e) => Some(read(e)),
            _ => None,
        });
    }
    let mut read = Some(read);
    let found = held.assessments.with(|list| {
        list.iter()
            .find(|a| a.id == id)
            .map(|a| (read.take().expect("read once"))(a))
    });
    found.or_else(|| {
        held.visiting.with(|v| {
            v.as_ref()
                .filter(|a| a.id == id)
                .and_then(|a| read.take().map(|r| r(a)))
        })
    })
}
