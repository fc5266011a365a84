//! Keeps a workshop's two windows together on one machine: the projector and the
//! facilitator's screen talk over a BroadcastChannel (it never leaves the browser). Saved
//! answers, votes and notes already reach every window through storage events (see
//! `library.rs`); this carries what is not saved: where each window is, and the timer.

use crate::core::discussion_timer::DiscussionTimer;
use crate::core::route::Route;
use crate::core::workshop_message::{Role, Stop, WorkshopMessage, CHANNEL};
use crate::ui::lazy::lazy_fn;
use crate::ui::platform::browser::{current_hash, navigate, new_id, now};
use crate::ui::state::route_signal::CurrentRoute;
use crate::ui::workshop::workshop_prompt::PromptState;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

#[derive(Clone, Copy)]
pub struct WorkshopSync {
    route: CurrentRoute,
    /// The workshop whose facilitator window is open, as far as this window has heard.
    facilitator_here: RwSignal<Option<String>>,
    /// Where the facilitator window is: its address does not say, unlike the projector's.
    facilitator_at: RwSignal<Option<(String, Stop)>>,
    /// The workshop whose projector window is open, as far as this facilitator window has heard.
    projector_here: RwSignal<Option<String>>,
    /// What this window is asking before it moves on or leaves (never sent to the other).
    prompt: PromptState,
    timer: RwSignal<DiscussionTimer>,
    /// The stop the facilitator window last sent this projector to, until the projector has
    /// arrived there: that move is the facilitator's own and is not reported back to it.
    sent_here: StoredValue<Option<Stop>>,
    /// `None` where the browser has no BroadcastChannel: each window then works on its own.
    channel: StoredValue<Option<BroadcastChannel>, LocalStorage>,
    /// This window's own name for its votes, new each time the page loads, so the projector's
    /// and the facilitator's votes merge rather than overwrite each other (`core::vote_log`).
    window: StoredValue<String>,
}

impl WorkshopSync {
    /// The app's one sync. It listens only once this window first shows a projector or
    /// facilitator page (`begin`, fetched with the workshop's pages): until then there is
    /// no one to follow or tell, and a first visit downloads none of it.
    pub fn start(route: CurrentRoute) -> WorkshopSync {
        let sync = WorkshopSync {
            route,
            facilitator_here: RwSignal::new(None),
            facilitator_at: RwSignal::new(None),
            projector_here: RwSignal::new(None),
            prompt: PromptState::new(),
            timer: RwSignal::new(DiscussionTimer::default()),
            sent_here: StoredValue::new(None),
            channel: StoredValue::new_local(BroadcastChannel::new(CHANNEL).ok()),
            window: StoredValue::new(new_id()),
        };
        // A question asked on one screen is never left open over the next one.
        Effect::new(move |_| {
            route.0.track();
            sync.prompt.clear();
        });
        let in_workshop = Memo::new(move |_| route.0.with(|r| Role::of(r).is_some()));
        let owner = Owner::current().expect("the app's owner");
        // Begun once; if the workshop's code could not be fetched, the next move tries again.
        let started = StoredValue::new(false);
        Effect::new(move |_| {
            route.0.track();
            if in_workshop.get() && !started.get_value() {
                started.set_value(true);
                let owner = owner.clone();
                leptos::task::spawn_local(async move {
                    if begin(sync, owner).await.is_err() {
                        started.set_value(false);
                    }
                });
            }
        });
        sync
    }

    /// Listens to the other window and tells it where this one is; effects made here live
    /// as long as the app.
    fn begin(self) {
        self.listen();
        self.announce_role();
        self.report_projector_moves();
    }

    fn post(&self, message: WorkshopMessage) {
        self.channel.with_value(|channel| {
            if let Some(channel) = channel {
                let _ = channel.post_message(&message.to_text().into());
            }
        });
    }

    fn listen(self) {
        self.channel.with_value(|channel| {
            let Some(channel) = channel else { return };
            let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
                if let Some(message) = event
                    .data()
                    .as_string()
                    .and_then(|text| WorkshopMessage::from_text(&text))
                {
                    self.receive(message);
                }
            });
            channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            // The app's one channel lives as long as the page, and so does its handler.
            on_message.forget();
        });
    }

    /// Says hello when a window becomes a projector or facilitator for a workshop (not on
    /// every question), and goodbye when a facilitator window closes.
    fn announce_role(self) {
        let presence = Memo::new(move |_| {
            Role::of(&self.route.0.get()).map(|role| match role {
                Role::Facilitator { assessment } => (true, assessment),
                Role::Projector { assessment, .. } => (false, assessment),
            })
        });
        Effect::new(move |previous: Option<Option<(bool, String)>>| {
            let current = presence.get();
            if let Some(Some((facilitator, assessment))) = &previous {
                if current.as_ref() != Some(&(*facilitator, assessment.clone())) {
                    self.post(left(*facilitator, assessment.clone()));
                }
            }
            if previous.as_ref() != Some(&current) {
                match &current {
                    Some((true, assessment)) => self.post(WorkshopMessage::FacilitatorHere {
                        assessment: assessment.clone(),
                    }),
                    Some((false, assessment)) => self.post(WorkshopMessage::ProjectorOpened {
                        assessment: assessment.clone(),
                    }),
                    None => {}
                }
            }
            current
        });
        let handle = window_event_listener(ev::pagehide, move |_| {
            if let Some((facilitator, assessment)) = presence.get_untracked() {
                self.post(left(facilitator, assessment));
            }
        });
        on_cleanup(move || handle.remove());
    }

    /// Wherever the projector goes, the facilitator's window follows: after a key or click on
    /// the projector, and also after the browser's own back and forward buttons, which change
    /// the address without the app being asked. The address is the one source of truth.
    fn report_projector_moves(self) {
        let at = Memo::new(move |_| match Role::of(&self.route.0.get()) {
            Some(Role::Projector { assessment, stop }) => Some((assessment, stop)),
            _ => None,
        });
        Effect::new(move |previous: Option<Option<(String, Stop)>>| {
            let current = at.get();
            if let (Some(Some(_)), Some((assessment, stop))) = (&previous, &current) {
                let sent_by_facilitator = self.sent_here.with_value(|s| s.as_ref() == Some(stop));
                self.sent_here.set_value(None);
                if previous.as_ref() != Some(&current) && !sent_by_facilitator {
                    self.post(WorkshopMessage::Goto {
                        assessment: assessment.clone(),
                        stop: stop.clone(),
                    });
                }
            }
            current
        });
    }

    /// Only ever answers a window that just opened: a message never triggers the same
    /// message back, so the two windows cannot echo each other.
    fn receive(&self, message: WorkshopMessage) {
        let Some(role) = Role::of(&self.route.0.get_untracked()) else {
            return;
        };
        if message.assessment() != role.assessment() {
            return;
        }
        let assessment = role.assessment().to_string();
        match (message, role) {
            (WorkshopMessage::Goto { stop, .. }, Role::Projector { stop: here, .. })
                if stop != here =>
            {
                navigate(&stop.presenter_route(&assessment));
                self.sent_here.set_value(Some(stop));
            }
            (WorkshopMessage::Goto { stop, .. }, Role::Facilitator { .. }) => {
                // Only a projector sends Goto to a facilitator window: one is open. A question
                // this window was asking about the question it showed is no longer in point.
                self.projector_here.set(Some(assessment.clone()));
                let moved = self
                    .facilitator_at
                    .with_untracked(|at| at.as_ref().map(|(_, here)| here) != Some(&stop));
                if moved {
                    self.prompt.clear();
                }
                self.facilitator_at.set(Some((assessment, stop)));
            }
            (WorkshopMessage::ProjectorLeft { .. }, Role::Facilitator { .. }) => {
                self.projector_here.set(None);
            }
            (WorkshopMessage::ProjectorOpened { .. }, Role::Facilitator { .. }) => {
                self.projector_here.set(Some(assessment.clone()));
                self.post(WorkshopMessage::FacilitatorHere {
                    assessment: assessment.clone(),
                });
                self.post_timer(assessment);
            }
            (WorkshopMessage::FacilitatorHere { .. }, Role::Projector { stop, .. }) => {
                self.facilitator_here.set(Some(assessment.clone()));
                self.post(WorkshopMessage::Goto {
                    assessment: assessment.clone(),
                    stop,
                });
                self.post_timer(assessment);
            }
            (WorkshopMessage::FacilitatorLeft { .. }, Role::Projector { .. }) => {
                self.facilitator_here.set(None);
            }
            (WorkshopMessage::Timer { timer, .. }, _) => {
                let current = self.timer.get_untracked();
                let newer = current.clone().newer(timer);
                if newer != current {
                    self.timer.set(newer);
                }
            }
            _ => {}
        }
    }

    fn post_timer(&self, assessment: String) {
        self.post(WorkshopMessage::Timer {
            assessment,
            timer: self.timer.get_untracked(),
        });
    }

    /// Moves this window to a stop, and tells the other window to follow.
    pub fn go(&self, assessment: &str, stop: Stop) {
        let tell = |stop: &Stop| {
            self.post(WorkshopMessage::Goto {
                assessment: assessment.to_string(),
                stop: stop.clone(),
            })
        };
        match Role::of(&self.route.0.get_untracked()) {
            Some(Role::Facilitator { .. }) => {
                tell(&stop);
                self.facilitator_at
                    .set(Some((assessment.to_string(), stop)));
            }
            // The projector's move is told by `report_projector_moves` once it happens.
            Some(Role::Projector { .. }) => navigate(&stop.presenter_route(assessment)),
            None => {
                tell(&stop);
                navigate(&stop.presenter_route(assessment));
            }
        }
    }

    /// Where this projector window is at this moment, read from the address itself: keys can
    /// come faster than the screen is redrawn (a clicker pressed twice), and each press must
    /// act on where the previous one led, not on what is still on screen.
    pub fn projector_stop(&self, assessment: &str) -> Option<Stop> {
        match Role::of(&Route::parse(&current_hash()))? {
            Role::Projector {
                assessment: here,
                stop,
            } if here == assessment => Some(stop),
            _ => None,
        }
    }

    /// Whether a facilitator window is open for this workshop (tracked).
    pub fn facilitator_open(&self, assessment: &str) -> bool {
        self.facilitator_here
            .with(|here| here.as_deref() == Some(assessment))
    }

    /// Whether a projector window is showing this workshop, as this facilitator window has
    /// heard (tracked).
    pub fn projector_open(&self, assessment: &str) -> bool {
        self.projector_here
            .with(|here| here.as_deref() == Some(assessment))
    }

    /// This window's name for the votes pressed in it.
    pub fn window_id(&self) -> String {
        self.window.get_value()
    }

    /// What this window is asking, if anything.
    pub fn prompt(&self) -> PromptState {
        self.prompt
    }

    /// Where the facilitator window is, once it has moved or heard from the projector (tracked).
    pub fn facilitator_stop(&self, assessment: &str) -> Option<Stop> {
        self.facilitator_at.with(|at| match at {
            Some((a, stop)) if a == assessment => Some(stop.clone()),
            _ => None,
        })
    }

    /// The timer for question `code` (tracked): a fresh one unless it was used on this question.
    pub fn timer(&self, code: &str) -> DiscussionTimer {
        self.timer.with(|t| t.for_question(code))
    }

    /// Changes the timer for question `code` and tells the other window.
    pub fn change_timer(
        &self,
        assessment: &str,
        code: &str,
        change: impl FnOnce(&mut DiscussionTimer, u64),
    ) {
        let mut timer = self.timer.get_untracked().for_question(code);
        change(&mut timer, now());
        self.timer.set(timer);
        self.post_timer(assessment.to_string());
    }
}

lazy_fn!(workshop: fn begin(sync: WorkshopSync, owner: Owner) {
    owner.with(|| sync.begin());
});

/// The goodbye a window says when it stops being a workshop's facilitator or projector.
fn left(facilitator: bool, assessment: String) -> WorkshopMessage {
    if facilitator {
        WorkshopMessage::FacilitatorLeft { assessment }
    } else {
        WorkshopMessage::ProjectorLeft { assessment }
    }
}
