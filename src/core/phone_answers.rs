//! One person's answers to a workshop, kept on their own phone until they send them (and
//! after, so a reload or a second sending loses nothing). Sending again after a change
//! counts the revision up, so the facilitator's copy takes the later sending without
//! trusting either device's clock.

use super::assessment::Answer;
use super::participants::{AnswerSource, Participant};
use super::phone_link::Invite;
use super::storage::KEY_ROOT;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhoneAnswers {
    pub workshop_id: String,
    pub title: String,
    pub bank_id: String,
    /// This person's answers, id and name, exactly as they will be sent.
    pub me: Participant,
    /// The revision last sent: a change after it counts the revision up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent: Option<u32>,
}

/// Where the phone keeps its answers to one workshop.
pub fn phone_key(workshop_id: &str) -> String {
    format!("{KEY_ROOT}phone/{workshop_id}")
}

impl PhoneAnswers {
    /// A fresh start from an invite; `person_id` is random, made on the phone.
    pub fn start(invite: &Invite, person_id: String) -> PhoneAnswers {
        PhoneAnswers {
            workshop_id: invite.workshop_id.clone(),
            title: invite.title.clone(),
            bank_id: invite.bank_id.clone(),
            me: Participant {
                id: person_id,
                name: String::new(),
                source: AnswerSource::Phone,
                revision: 0,
                answers: Default::default(),
            },
            sent: None,
        }
    }

    /// Sets (or clears, with `None`) the answer to one question.
    pub fn answer(&mut self, code: &str, answer: Option<Answer>) {
        if self.me.answers.get(code) == answer.as_ref() {
            return;
        }
        self.changing();
        match answer {
            Some(a) => self.me.answers.insert(code.to_string(), a),
            None => self.me.answers.remove(code),
        };
    }

    pub fn rename(&mut self, name: &str) {
        let name = name.trim();
        if self.me.name != name {
            self.changing();
            self.me.name = name.to_string();
        }
    }

    /// Called once the link has gone to the share sheet or the clipboard.
    pub fn mark_sent(&mut self) {
        self.sent = Some(self.me.revision);
    }

    /// Whether the facilitator has had these exact answers.
    pub fn is_sent(&self) -> bool {
        self.sent == Some(self.me.revision)
    }

    /// A change to answers already sent makes a new revision, once per sending.
    fn changing(&mut self) {
        if self.is_sent() {
            self.me.revision += 1;
        }
    }

    /// When the same invite is opened again: the person keeps their answers, and the
    /// workshop's name follows the facilitator's latest.
    pub fn rejoin(&mut self, invite: &Invite) {
        self.title = invite.title.clone();
    }
}
