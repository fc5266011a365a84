//! The assessments on this device, as the UI's one source of truth. Every change goes
//! through `update`, which saves at once: that is the autosave.

use super::banks::{bank, banks};
use super::browser::{new_id, now};
use super::browser_store::BrowserStore;
use crate::core::assessment::Assessment;
use crate::core::bank::Bank;
use crate::core::storage::{load_all, save};
use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    Idle,
    Saved,
    Failed(String),
}

#[derive(Clone, Copy)]
pub struct Library {
    assessments: RwSignal<Vec<Assessment>>,
    save_state: RwSignal<SaveState>,
    /// Problems found when loading, shown once on the start page.
    load_problems: RwSignal<Vec<String>>,
}

impl Library {
    pub fn load() -> Library {
        let (assessments, problems) = match load_all(&BrowserStore, banks()) {
            Ok(loaded) => (
                loaded.assessments,
                loaded
                    .unreadable
                    .into_iter()
                    .map(|(key, e)| format!("Saved data under \"{key}\" could not be read: {e}"))
                    .collect(),
            ),
            Err(e) => (
                Vec::new(),
                vec![format!(
                    "{e} Your answers will only last until you close this tab."
                )],
            ),
        };
        Library {
            assessments: RwSignal::new(assessments),
            save_state: RwSignal::new(SaveState::Idle),
            load_problems: RwSignal::new(problems),
        }
    }

    pub fn all(&self) -> Vec<Assessment> {
        self.assessments.get()
    }

    /// The assessment with this id (tracked), with its bank.
    pub fn get(&self, id: &str) -> Option<(Assessment, &'static Bank)> {
        self.assessments.with(|list| {
            let a = list.iter().find(|a| a.id == id)?;
            Some((a.clone(), bank(&a.bank.id)?))
        })
    }

    /// The same, without subscribing: for values read once when a page opens.
    pub fn get_untracked(&self, id: &str) -> Option<(Assessment, &'static Bank)> {
        untrack(|| self.get(id))
    }

    pub fn save_state(&self) -> SaveState {
        self.save_state.get()
    }

    pub fn load_problems(&self) -> Vec<String> {
        self.load_problems.get()
    }

    pub fn create(&self, title: &str, bank: &Bank) -> String {
        let a = Assessment::new(new_id(), title, bank, now());
        let id = a.id.clone();
        self.persist(&a);
        self.assessments.update(|list| list.insert(0, a));
        id
    }

    /// Changes one assessment and saves it straight away.
    pub fn update(&self, id: &str, change: impl FnOnce(&mut Assessment, u64)) {
        let mut changed = None;
        self.assessments.update(|list| {
            if let Some(a) = list.iter_mut().find(|a| a.id == id) {
                change(a, now());
                changed = Some(a.clone());
            }
        });
        if let Some(a) = changed {
            self.persist(&a);
        }
    }

    fn persist(&self, a: &Assessment) {
        let state = match save(&mut BrowserStore, a) {
            Ok(()) => SaveState::Saved,
            Err(e) => SaveState::Failed(format!(
                "{e} Your latest changes are kept while this tab stays open."
            )),
        };
        self.save_state.set(state);
    }
}
