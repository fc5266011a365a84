//! A returned paper form being typed in: the name written on it and the box ticked for each
//! question. Typing one in is a key per question (1, 2, 3 for the levels in the bank's
//! order, D for "I don't know"), so the rules for those keys, for a form worth saving, and
//! for keeping a half-typed form over a reload live here.

use super::assessment::Answer;
use super::bank::Bank;
use super::participants::{AnswerSource, Participant};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// What a key does on a question's row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowKey {
    /// Tick this answer and go on to the next row.
    Pick(Answer),
    /// Take the tick off (a box ticked by mistake, or left blank on paper).
    Clear,
    /// Leave the row as it is and go on.
    Next,
}

/// The key for each answer, in the order the form prints them: "1", "2", "3"…, then "D".
pub fn key_for(bank: &Bank, answer: &Answer) -> Option<String> {
    match answer {
        Answer::DontKnow => Some("D".to_string()),
        Answer::Level(id) => bank
            .levels()
            .iter()
            .position(|l| &l.id == id)
            .map(|i| (i + 1).to_string()),
    }
}

/// What a key pressed on a row means; `None` for every other key (arrows, Tab and the rest
/// keep their usual meaning). Keys held with Ctrl, Alt or Cmd are never ours.
pub fn row_key(bank: &Bank, key: &str, command: bool) -> Option<RowKey> {
    if command {
        return None;
    }
    match key {
        "d" | "D" => Some(RowKey::Pick(Answer::DontKnow)),
        "Enter" => Some(RowKey::Next),
        "Backspace" | "Delete" | "0" => Some(RowKey::Clear),
        _ => {
            let n: usize = key.parse().ok().filter(|_| key.len() == 1)?;
            let level = bank.levels().get(n.checked_sub(1)?)?;
            Some(RowKey::Pick(Answer::Level(level.id.clone())))
        }
    }
}

/// One form as typed so far. `id` and `revision` say whose answers it becomes: a new
/// person, or (when correcting a form already saved) the same person's later sending.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaperForm {
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub revision: u32,
    /// Keyed by question code; a question left blank on paper has no entry.
    #[serde(default)]
    pub answers: BTreeMap<String, Answer>,
}

/// Why a form cannot be saved yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormProblem {
    /// Nothing written and nothing ticked: saving would add an empty person.
    Empty,
}

impl FormProblem {
    pub fn message(self) -> &'static str {
        match self {
            FormProblem::Empty => {
                "Enter the name on the form, or tick at least one answer, before saving it"
            }
        }
    }
}

impl PaperForm {
    pub fn new(id: String) -> PaperForm {
        PaperForm {
            id,
            ..PaperForm::default()
        }
    }

    /// A saved person's answers brought back to be corrected: saving again replaces them.
    pub fn correcting(p: &Participant) -> PaperForm {
        PaperForm {
            id: p.id.clone(),
            name: p.name.clone(),
            revision: p.revision + 1,
            answers: p.answers.clone(),
        }
    }

    /// Whether this form changes a person already saved, rather than adding one.
    pub fn is_correction(&self) -> bool {
        self.revision > 0
    }

    /// Ticks (or, with `None`, clears) one question's answer.
    pub fn set(&mut self, code: &str, answer: Option<Answer>) {
        match answer {
            Some(a) => self.answers.insert(code.to_string(), a),
            None => self.answers.remove(code),
        };
    }

    /// How many of the bank's questions have a tick.
    pub fn answered(&self, bank: &Bank) -> usize {
        bank.questions()
            .iter()
            .filter(|q| self.answers.contains_key(&q.code))
            .count()
    }

    /// Whether anything is on the form: a name or a tick.
    pub fn is_blank(&self) -> bool {
        self.name.trim().is_empty() && self.answers.is_empty()
    }

    /// The person this form becomes, or why it cannot be saved. Answers to codes the bank
    /// does not have (a damaged draft) are left out; a blank question stays unanswered.
    pub fn to_participant(&self, bank: &Bank) -> Result<Participant, FormProblem> {
        let answers: BTreeMap<String, Answer> = self
            .answers
            .iter()
            .filter(|(code, _)| bank.question(code).is_some())
            .map(|(c, a)| (c.clone(), a.clone()))
            .collect();
        if self.name.trim().is_empty() && answers.is_empty() {
            return Err(FormProblem::Empty);
        }
        Ok(Participant {
            id: self.id.clone(),
            name: self.name.trim().to_string(),
            source: AnswerSource::Paper,
            revision: self.revision,
            answers,
        })
    }

    /// Another person already typed in under the same name (a form typed twice, most often);
    /// told, never refused, as two people may share a name.
    pub fn same_name_as<'p>(&self, list: &'p [Participant]) -> Option<&'p Participant> {
        let name = self.name.trim();
        (!name.is_empty()).then_some(())?;
        list.iter()
            .find(|p| p.id != self.id && p.name.trim().eq_ignore_ascii_case(name))
    }

    /// The form as it is saved: a correction of someone whose answers were removed
    /// meanwhile (removed people stay removed) goes in as a new person instead of nowhere.
    pub fn saved_as(
        &self,
        removed: &BTreeSet<String>,
        fresh_id: impl FnOnce() -> String,
    ) -> PaperForm {
        if !removed.contains(&self.id) {
            return self.clone();
        }
        PaperForm {
            id: fresh_id(),
            revision: 0,
            ..self.clone()
        }
    }

    /// What the page says once this form is saved as the person called `label`.
    pub fn saved_line(&self, bank: &Bank, label: &str) -> String {
        let done = if self.is_correction() {
            "Corrected"
        } else {
            "Saved"
        };
        format!(
            "{done} the form from {label}: {} of {} questions answered. Type in the next form.",
            self.answered(bank),
            bank.questions().len()
        )
    }

    /// The text kept as a draft while the form is typed, so a reload loses nothing; none
    /// for a new form with nothing on it yet.
    pub fn to_draft(&self) -> Option<String> {
        if self.is_blank() && !self.is_correction() {
            return None;
        }
        serde_json::to_string(self).ok()
    }

    /// A draft read back; `None` if it is not one (then a new form starts).
    pub fn from_draft(text: &str) -> Option<PaperForm> {
        serde_json::from_str::<PaperForm>(text)
            .ok()
            .filter(|f| !f.id.is_empty())
    }
}

/// The draft box this page keeps its half-typed form in (`core::draft::draft_key`).
pub const DRAFT_FIELD: &str = "paper-form";
