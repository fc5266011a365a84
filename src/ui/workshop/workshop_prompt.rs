//! The workshop asks before two things that are easy to do by mistake in front of a room:
//! moving on from a question the room voted on but left undecided ("Leave this
//! undecided?"), and leaving the workshop screen ("Leave the workshop screen?"). A native
//! modal dialog, so the workshop keys rest while it is open and focus comes back after.
//! Which key answers what is decided in the core (`core::shortcuts::prompt_reply`).

use crate::core::shortcuts::{prompt_reply, Prompt, Reply};
use crate::core::workshop::describe_undecided;
use crate::ui::state::library::Library;
use crate::ui::workshop::workshop_keys::read_key;
use crate::ui::workshop::workshop_question::{leave_workshop, WorkshopQuestion};
use crate::ui::workshop::workshop_sync::WorkshopSync;
use leptos::ev;
use leptos::html::Dialog;
use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Asking {
    LeaveUndecided { assessment: String, code: String },
    LeaveWorkshop { assessment: String },
}

impl Asking {
    fn prompt(&self) -> Prompt {
        match self {
            Asking::LeaveUndecided { .. } => Prompt::LeaveUndecided,
            Asking::LeaveWorkshop { .. } => Prompt::LeaveWorkshop,
        }
    }
}

/// What this window is asking, if anything. Kept by `WorkshopSync`, cleared on every move.
#[derive(Clone, Copy)]
pub struct PromptState(RwSignal<Option<Asking>>);

impl PromptState {
    pub fn new() -> PromptState {
        PromptState(RwSignal::new(None))
    }

    pub fn ask(&self, asking: Asking) {
        self.0.set(Some(asking));
    }

    pub fn is_asking(&self, asking: &Asking) -> bool {
        self.0.with_untracked(|a| a.as_ref() == Some(asking))
    }

    pub fn clear(&self) {
        if self.0.with_untracked(Option::is_some) {
            self.0.set(None);
        }
    }
}

/// Does what was asked: leaves the question undecided, or leaves the workshop screen.
fn go_ahead(library: Library, sync: WorkshopSync, asking: Asking) {
    sync.prompt().clear();
    match asking {
        Asking::LeaveUndecided { assessment, code } => {
            if let Some(q) = WorkshopQuestion::with(library, sync, &assessment, &code) {
                q.move_on();
            }
        }
        Asking::LeaveWorkshop { assessment } => leave_workshop(sync, &assessment),
    }
}

/// The words of each question: title, what happens, the two buttons, and the keys.
fn wording(library: Library, sync: WorkshopSync, asking: &Asking) -> [String; 5] {
    match asking {
        Asking::LeaveUndecided { assessment, code } => {
            let votes = library
                .get(assessment)
                .and_then(|(a, bank)| Some(describe_undecided(bank, &a.response(code)?.tally)))
                .unwrap_or_default();
            [
                "Leave this undecided?".into(),
                format!("{votes} It will be listed as still undecided on the results, with a way back to it."),
                "Leave it undecided".into(),
                "Stay and decide".into(),
                "Enter, or Next again, leaves it. Escape stays.".into(),
            ]
        }
        Asking::LeaveWorkshop { assessment } => {
            let what = if sync.projector_stop(assessment).is_some() {
                "The projector will show only \"Workshop paused\", never your other assessments. You can carry on from there."
            } else {
                "This window goes to your assessments. The projector stays on the question and gets its own controls back."
            };
            [
                "Leave the workshop screen?".into(),
                what.into(),
                "Leave".into(),
                "Stay".into(),
                "Enter leaves. Escape stays.".into(),
            ]
        }
    }
}

#[component]
pub fn WorkshopPrompt() -> impl IntoView {
    let library = expect_context::<Library>();
    let sync = expect_context::<WorkshopSync>();
    let state = sync.prompt().0;
    let node = NodeRef::<Dialog>::new();
    Effect::new(move |_| {
        let open = state.with(Option::is_some);
        if let Some(dialog) = node.get() {
            if open && !dialog.open() {
                let _ = dialog.show_modal();
            } else if !open && dialog.open() {
                dialog.close();
            }
        }
    });
    let handle = window_event_listener(ev::keydown, move |event| {
        // A key the workshop already acted on (the Next that opened this) is not an answer.
        let Some(asking) = state.get_untracked().filter(|_| !event.default_prevented()) else {
            return;
        };
        if let Some(reply) = read_key(&event, |press, focus| {
            prompt_reply(press, focus, asking.prompt())
        }) {
            event.prevent_default();
            if !event.repeat() {
                match reply {
                    Reply::Yes => go_ahead(library, sync, asking),
                    Reply::No => sync.prompt().clear(),
                }
            }
        }
    });
    on_cleanup(move || handle.remove());

    // The last question's words stay until the dialog has closed (a moment after the answer),
    // so it never shows blank, and a key pressed in that moment finds it still asking.
    let words = Memo::new(move |last: Option<&[String; 5]>| match state.get() {
        Some(a) => wording(library, sync, &a),
        None => last.cloned().unwrap_or_default(),
    });
    let part = move |i: usize| move || words.with(|w| w[i].clone());
    let yes = move |_| {
        if let Some(asking) = state.get_untracked() {
            go_ahead(library, sync, asking);
        }
    };
    // A dialog closed by the browser (its own Escape handling) stops asking. The close event
    // comes a task after `close()`: by then a quick Escape may have asked again and reopened
    // it, and that new question must stay.
    let on_close = move |_| {
        if !node.get_untracked().is_some_and(|d| d.open()) {
            sync.prompt().clear();
        }
    };
    view! {
        <dialog
            class="workshop-prompt"
            node_ref=node
            aria-labelledby="workshop-prompt-title"
            aria-describedby="workshop-prompt-text"
            on:close=on_close
        >
            <h2 class="workshop-prompt__title" id="workshop-prompt-title">{part(0)}</h2>
            <p class="workshop-prompt__text" id="workshop-prompt-text">{part(1)}</p>
            <div class="workshop-prompt__buttons">
                <button class="workshop-button workshop-button--primary" type="button" autofocus on:click=yes>
                    {part(2)}
                </button>
                <button class="workshop-button" type="button" on:click=move |_| sync.prompt().clear()>
                    {part(3)}
                </button>
            </div>
            <p class="workshop-prompt__keys">{part(4)}</p>
        </dialog>
    }
}
