//! What the two windows of a workshop (the projector and the facilitator's screen) tell each
//! other over the browser's BroadcastChannel, which never leaves the machine. Answers, votes
//! and notes are not sent: they are saved, and storage events already carry saved changes
//! to every window. Only what is not saved travels here: where each window is, and the timer.
//!
//! Messages are only sent for something a person did (or to answer a window that just
//! opened), never in reaction to a message, so two windows can never echo each other.

use super::discussion_timer::DiscussionTimer;
use super::route::Route;
use serde::{Deserialize, Serialize};

/// The channel's name: any window of this app on this machine can hear it.
pub const CHANNEL: &str = "nasss-navigator-workshop";

/// Where a workshop is: on a question, or showing the results.
// Serde's default (externally tagged) form: an internally tagged one costs about 8 KB of
// compressed wasm for messages nobody reads but the app.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stop {
    Question { code: String },
    Reveal,
}

impl Stop {
    /// The projector's address for this stop.
    pub fn presenter_route(&self, assessment: &str) -> Route {
        match self {
            Stop::Question { code } => Route::Present {
                id: assessment.to_string(),
                code: code.clone(),
            },
            Stop::Reveal => Route::Reveal {
                id: assessment.to_string(),
            },
        }
    }

    /// The paused screen's address, which remembers this stop.
    pub fn paused_route(&self, assessment: &str) -> Route {
        Route::Paused {
            id: assessment.to_string(),
            code: match self {
                Stop::Question { code } => code.clone(),
                Stop::Reveal => REVEAL.to_string(),
            },
        }
    }

    /// The stop a paused screen's address remembers (question codes are never "reveal":
    /// custom banks may not use it).
    pub fn from_paused(code: &str) -> Stop {
        if code == REVEAL {
            Stop::Reveal
        } else {
            Stop::Question {
                code: code.to_string(),
            }
        }
    }
}

const REVEAL: &str = "reveal";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkshopMessage {
    /// A window moved: the other follows.
    Goto {
        assessment: String,
        stop: Stop,
    },
    /// A projector window opened: a facilitator window answers with `FacilitatorHere`.
    ProjectorOpened {
        assessment: String,
    },
    /// A facilitator window is open: the projector hides its controls and says where it is.
    FacilitatorHere {
        assessment: String,
    },
    FacilitatorLeft {
        assessment: String,
    },
    /// A projector window closed or left the workshop: the facilitator window offers to
    /// open one again.
    ProjectorLeft {
        assessment: String,
    },
    Timer {
        assessment: String,
        timer: DiscussionTimer,
    },
}

impl WorkshopMessage {
    pub fn assessment(&self) -> &str {
        match self {
            WorkshopMessage::Goto { assessment, .. }
            | WorkshopMessage::ProjectorOpened { assessment }
            | WorkshopMessage::FacilitatorHere { assessment }
            | WorkshopMessage::FacilitatorLeft { assessment }
            | WorkshopMessage::ProjectorLeft { assessment }
            | WorkshopMessage::Timer { assessment, .. } => assessment,
        }
    }

    pub fn to_text(&self) -> String {
        serde_json::to_string(self).expect("a workshop message always serialises")
    }

    /// Anything that is not one of our messages (another version of the app, say) is ignored.
    pub fn from_text(text: &str) -> Option<WorkshopMessage> {
        serde_json::from_slice(text.as_bytes()).ok()
    }
}

/// What a window is doing in a workshop, read from its address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Role {
    Projector { assessment: String, stop: Stop },
    Facilitator { assessment: String },
}

impl Role {
    pub fn of(route: &Route) -> Option<Role> {
        match route {
            Route::Present { id, code } => Some(Role::Projector {
                assessment: id.clone(),
                stop: Stop::Question { code: code.clone() },
            }),
            Route::Reveal { id } => Some(Role::Projector {
                assessment: id.clone(),
                stop: Stop::Reveal,
            }),
            Route::Facilitate { id } => Some(Role::Facilitator {
                assessment: id.clone(),
            }),
            _ => None,
        }
    }

    pub fn assessment(&self) -> &str {
        match self {
            Role::Projector { assessment, .. } | Role::Facilitator { assessment } => assessment,
        }
    }
}
