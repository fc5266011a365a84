//! One question in a workshop and everything that can be done to it, shared by the
//! projector and the facilitator's screen so a key, a button and the other window all do
//! exactly the same thing. Every change goes through the Library, so it is saved at once.

use crate::core::assessment::{Answer, Response};
use crate::core::bank::{Bank, Question};
use crate::core::discussion_timer::DiscussionTimer;
use crate::core::route::Route;
use crate::core::shortcuts::{Choice, Shortcut};
use crate::core::time_plan::saved_plan;
use crate::core::workshop::{add_vote_from, is_undecided, remove_vote_from};
use crate::core::workshop_message::Stop;
use crate::ui::platform::browser::{exit_fullscreen, focus_selector, navigate, toggle_fullscreen};
use crate::ui::state::library::Library;
use crate::ui::workshop::shortcuts_dialog::ShortcutsDialog;
use crate::ui::workshop::workshop_keys::stop_typing;
use crate::ui::workshop::workshop_prompt::Asking;
use crate::ui::workshop::workshop_sync::WorkshopSync;
use leptos::prelude::*;

/// The id of the discussion note's text box, which N focuses.
pub const NOTE_ID: &str = "discussion-note";

#[derive(Clone)]
pub struct WorkshopQuestion {
    pub id: String,
    pub bank: &'static Bank,
    pub index: usize,
    library: Library,
    sync: WorkshopSync,
}

impl WorkshopQuestion {
    /// In a component: takes the library and the sync from context.
    pub fn new(id: &str, code: &str) -> Option<WorkshopQuestion> {
        WorkshopQuestion::with(
            expect_context::<Library>(),
            expect_context::<WorkshopSync>(),
            id,
            code,
        )
    }

    /// Anywhere, event handlers included (they have no context to read).
    pub fn with(
        library: Library,
        sync: WorkshopSync,
        id: &str,
        code: &str,
    ) -> Option<WorkshopQuestion> {
        let (_, bank) = library.get_untracked(id)?;
        Some(WorkshopQuestion {
            id: id.to_string(),
            bank,
            index: bank.question_index(code)?,
            library,
            sync,
        })
    }

    pub fn question(&self) -> &'static Question {
        &self.bank.questions()[self.index]
    }

    pub fn code(&self) -> &'static str {
        &self.question().code
    }

    pub fn is_last(&self) -> bool {
        self.index + 1 == self.bank.questions().len()
    }

    /// "Domain 2 of 7: The technology"
    pub fn domain_caption(&self) -> String {
        let q = self.question();
        let title = self
            .bank
            .domain(q.domain)
            .map(|d| d.title.as_str())
            .unwrap_or_default();
        format!(
            "Domain {} of {}: {title}",
            self.bank.domain_position(q.domain).unwrap_or(0),
            self.bank.domains().len()
        )
    }

    /// "Question 2 of 7"
    pub fn progress(&self) -> String {
        format!(
            "Question {} of {}",
            self.index + 1,
            self.bank.questions().len()
        )
    }

    /// This question's saved response (tracked): the group's answer, the votes and the note.
    pub fn response(&self) -> Response {
        self.library
            .get(&self.id)
            .and_then(|(a, _)| a.response(self.code()).cloned())
            .unwrap_or_default()
    }

    pub fn answer_for(&self, choice: Choice) -> Option<Answer> {
        match choice {
            Choice::Level(i) => self
                .bank
                .levels()
                .get(i)
                .map(|l| Answer::Level(l.id.clone())),
            Choice::DontKnow => Some(Answer::DontKnow),
        }
    }

    /// Next: on a question the room voted on but left undecided, asks first ("Leave this
    /// undecided?"); Next again, while it asks, moves on.
    pub fn next(&self) {
        let undecided = self
            .library
            .get_untracked(&self.id)
            .and_then(|(a, bank)| a.response(self.code()).map(|r| is_undecided(bank, r)))
            .unwrap_or(false);
        let asking = Asking::LeaveUndecided {
            assessment: self.id.clone(),
            code: self.code().to_string(),
        };
        if undecided && !self.sync.prompt().is_asking(&asking) {
            self.sync.prompt().ask(asking);
        } else {
            self.move_on();
        }
    }

    /// To the next question (after the last: the results), without asking.
    pub fn move_on(&self) {
        self.sync.prompt().clear();
        let stop = match self.bank.questions().get(self.index + 1) {
            Some(q) => Stop::Question {
                code: q.code.clone(),
            },
            None => Stop::Reveal,
        };
        self.sync.go(&self.id, stop);
    }

    pub fn previous(&self) {
        if let Some(q) = self.index.checked_sub(1).map(|i| &self.bank.questions()[i]) {
            self.sync.go(
                &self.id,
                Stop::Question {
                    code: q.code.clone(),
                },
            );
        }
    }

    /// Records the group's answer (keys 1, 2, 3 and D, and the Group answer buttons). Choosing
    /// the answer already chosen keeps it.
    pub fn choose(&self, answer: Answer) {
        let code = self.code();
        self.library
            .update(&self.id, |a, now| a.set_answer(code, Some(answer), now));
    }

    /// Takes the group's answer back: the question is undecided again, and later votes do not
    /// choose for the group (the votes already suggested something, and it was taken back).
    pub fn clear(&self) {
        let code = self.code();
        self.library
            .update(&self.id, |a, now| a.set_answer(code, None, now));
    }

    /// One more vote, counted as this window's, so a vote pressed in the other window at the
    /// same instant is counted too.
    pub fn vote(&self, answer: &Answer) {
        let (code, bank, window) = (self.code(), self.bank, self.sync.window_id());
        self.library.update(&self.id, |a, now| {
            add_vote_from(a, bank, code, answer, &window, now)
        });
    }

    pub fn unvote(&self, answer: &Answer) {
        let (code, bank, window) = (self.code(), self.bank, self.sync.window_id());
        self.library.update(&self.id, |a, now| {
            remove_vote_from(a, bank, code, answer, &window, now)
        });
    }

    pub fn set_note(&self, text: &str) {
        let code = self.code();
        self.library
            .update(&self.id, |a, now| a.set_note(code, text, now));
    }

    /// The minutes planned for each question, when the workshop has a planned length
    /// (tracked).
    pub fn planned(&self) -> Option<u32> {
        let (a, bank) = self.library.get(&self.id)?;
        Some(saved_plan(&a, bank)?.per_question)
    }

    /// The discussion timer for this question (tracked).
    pub fn timer(&self) -> DiscussionTimer {
        self.sync.timer(self.code())
    }

    pub fn change_timer(&self, change: impl FnOnce(&mut DiscussionTimer, u64)) {
        self.sync.change_timer(&self.id, self.code(), change);
    }

    /// Carries out a workshop key: the same for the projector and the facilitator's screen.
    pub fn run(&self, shortcut: Shortcut, dialog: ShortcutsDialog) {
        match shortcut {
            Shortcut::Next => self.next(),
            Shortcut::Previous => self.previous(),
            Shortcut::Choose(choice) => {
                if let Some(answer) = self.answer_for(choice) {
                    self.choose(answer);
                }
            }
            Shortcut::Vote(choice) => {
                if let Some(answer) = self.answer_for(choice) {
                    self.vote(&answer);
                }
            }
            Shortcut::FocusNote => focus_selector(&format!("#{NOTE_ID}")),
            Shortcut::ToggleFullScreen => toggle_fullscreen(),
            Shortcut::ShowShortcuts => dialog.open(),
            Shortcut::Leave => ask_to_leave(self.sync, &self.id),
            Shortcut::StopTyping => stop_typing(),
            // The reveal's own keys; a question screen never receives them.
            Shortcut::ChooseDomain(_) | Shortcut::Judge(_) => {}
        }
    }
}

/// Carries out a workshop key at a stop: on a question, through `WorkshopQuestion::run`;
/// on the reveal, only what makes sense there. The reveal's own keys (choosing a domain and
/// judging it) are carried out by the reveal page, which knows which domain is chosen.
pub fn run_shortcut(
    library: Library,
    sync: WorkshopSync,
    id: &str,
    stop: Stop,
    shortcut: Shortcut,
    dialog: ShortcutsDialog,
) {
    match stop {
        Stop::Question { code } => {
            if let Some(q) = WorkshopQuestion::with(library, sync, id, &code) {
                q.run(shortcut, dialog);
            }
        }
        Stop::Reveal => match shortcut {
            Shortcut::Previous => back_from_reveal(library, sync, id),
            Shortcut::ToggleFullScreen => toggle_fullscreen(),
            Shortcut::ShowShortcuts => dialog.open(),
            Shortcut::Leave => ask_to_leave(sync, id),
            Shortcut::StopTyping => stop_typing(),
            Shortcut::Next
            | Shortcut::Choose(_)
            | Shortcut::Vote(_)
            | Shortcut::FocusNote
            | Shortcut::ChooseDomain(_)
            | Shortcut::Judge(_) => {}
        },
    }
}

/// From the results back to the last question.
pub fn back_from_reveal(library: Library, sync: WorkshopSync, id: &str) {
    if let Some(last) = library
        .get_untracked(id)
        .and_then(|(_, bank)| bank.questions().last())
    {
        sync.go(
            id,
            Stop::Question {
                code: last.code.clone(),
            },
        );
    }
}

/// Escape or Leave: asks first, so pressing Escape twice never leaves by accident. A second
/// Escape that comes before the question is even drawn means "stay", as it does after.
pub fn ask_to_leave(sync: WorkshopSync, id: &str) {
    let asking = Asking::LeaveWorkshop {
        assessment: id.to_string(),
    };
    if sync.prompt().is_asking(&asking) {
        sync.prompt().clear();
    } else {
        sync.prompt().ask(asking);
    }
}

/// Leaves the workshop screen. The projector shows a paused screen of this workshop alone,
/// so the room never sees the other assessments; the facilitator's own window goes back
/// to the library, out of full screen first.
pub fn leave_workshop(sync: WorkshopSync, id: &str) {
    match sync.projector_stop(id) {
        Some(stop) => navigate(&stop.paused_route(id)),
        None => {
            exit_fullscreen();
            navigate(&Route::Home);
        }
    }
}
