//! Keeping this device's assessments safe: what the browser said about keeping its storage,
//! and the log behind the "Last copy kept" reminder (`core::backup`, where the rules are).

use crate::core::backup::{save_backup_log_over, BackupLog, Durability, Reminder};
use crate::ui::platform::browser::now;
use crate::ui::platform::browser_store::BrowserStore;
use crate::ui::platform::durable_storage::{persist, persisted};
use crate::ui::state::stored;
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone, Copy)]
pub struct Backup {
    durability: RwSignal<Durability>,
    log: RwSignal<BackupLog>,
}

impl Backup {
    /// Reads the log and asks the browser, without asking it to agree, what it will do.
    pub fn load() -> Backup {
        let backup = Backup {
            durability: RwSignal::new(Durability::Checking),
            log: RwSignal::new(stored::backup_log().unwrap_or_default()),
        };
        spawn_local(async move {
            let answer = Durability::from_answer(persisted().await);
            // Asked meanwhile (a first save): that answer is the newer one.
            if backup.durability.get_untracked() == Durability::Checking {
                backup.durability.set(answer);
            }
        });
        let installed = window_event_listener_untyped("appinstalled", move |_| backup.ask());
        on_cleanup(move || installed.remove());
        backup
    }

    /// Asks the browser to keep the app's storage: after the first save, on install, and
    /// when the person asks on the privacy page.
    pub fn ask(&self) {
        if !self.durability.get_untracked().worth_asking() {
            return;
        }
        let durability = self.durability;
        spawn_local(async move { durability.set(Durability::from_answer(persist().await)) });
    }

    pub fn durability(&self) -> Durability {
        self.durability.get()
    }

    /// The reminder to show now, if any (tracked).
    pub fn reminder(&self) -> Option<Reminder> {
        self.log.with(|log| log.reminder(now()))
    }

    /// Assessments found on opening with no record of a copy count as changed now.
    pub fn opened(&self, has_assessments: bool) {
        self.edit(|log, now| log.opened(has_assessments, now));
    }

    pub fn changed(&self) {
        self.edit(|log, now| log.changed(now));
    }

    pub fn exported(&self) {
        self.edit(|log, now| {
            log.exported(now);
            true
        });
    }

    pub fn dismissed(&self) {
        self.edit(|log, now| {
            log.dismissed(now);
            true
        });
    }

    /// Read again after another tab (or "delete all") changed it.
    pub fn reload(&self) {
        self.log.set(stored::backup_log().unwrap_or_default());
    }

    /// Reads the stored log fresh, so another tab's export or change is never written over,
    /// and writes it back only when `change` says it changed. Before the stored-data reader
    /// is here (the first moments of a first visit), the log this tab holds is the stored
    /// one: another tab's change reaches it through its storage event, which waits for the
    /// reader.
    fn edit(&self, change: impl FnOnce(&mut BackupLog, u64) -> bool) {
        let stored = stored::backup_log().unwrap_or_else(|| self.log.get_untracked());
        let mut log = stored.clone();
        if change(&mut log, now()) {
            // The reminder is advice: a log the browser refuses to store only means it may
            // show again, so the failure is not the person's problem.
            let _ = save_backup_log_over(&mut BrowserStore, &log, stored.version);
        }
        if self.log.with_untracked(|old| old != &log) {
            self.log.set(log);
        }
    }
}
