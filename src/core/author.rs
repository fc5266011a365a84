//! Whose assessment this is. Each device keeps one author (a name and organisation, asked
//! once); every assessment started here carries it, and so does every export. A name is
//! only what its sender typed, so it never decides whose an assessment is: the device's
//! proof does (`core::proof`). An assessment by someone else opens read-only, so an
//! implementer reading an innovator's file never changes the innovator's answers by mistake.

use super::assessment::{Assessment, Millis};
use super::identity::DeviceKey;
use super::storage::{KeyValueStore, StoreError};
use serde::{Deserialize, Serialize};

/// Where this device's author is kept: under the app's root, so "delete all" removes it too.
pub const AUTHOR_KEY: &str = "nasss-navigator/author";

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Author {
    /// The random device id an earlier release put on its author and in every export. Read,
    /// so this device's own work from before proofs is recognised once (`proof::sign_earlier_own_work`),
    /// and never written: anyone holding a file could copy it, so it proves nothing. Never
    /// set on a reviewer (`Review`).
    #[serde(default, skip_serializing)]
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub organisation: String,
}

impl Author {
    pub fn new(id: String, name: &str, organisation: &str) -> Author {
        Author {
            id,
            name: name.trim().to_string(),
            organisation: organisation.trim().to_string(),
        }
    }

    /// "Sam (Acme Health)", "Sam", "someone at Acme Health", or "someone who gave no name".
    pub fn display(&self) -> String {
        match (self.name.is_empty(), self.organisation.is_empty()) {
            (false, false) => format!("{} ({})", self.name, self.organisation),
            (false, true) => self.name.clone(),
            (true, false) => format!("someone at {}", self.organisation),
            (true, true) => "someone who gave no name".to_string(),
        }
    }

    /// "Sam's", or "The author's" when no name was given.
    pub fn possessive(&self) -> String {
        if self.name.is_empty() {
            "The author's".to_string()
        } else {
            format!("{}'s", self.name)
        }
    }

    /// The same name and organisation, whatever the letter case: what an earlier release
    /// took for the same person. Never proof now (anyone can type a name); it only says
    /// why a file seems to be the person's own (`proof::unproven_claim`).
    pub fn same_name_as(&self, other: &Author) -> bool {
        let same = |a: &str, b: &str| a.trim().to_lowercase() == b.trim().to_lowercase();
        !self.name.trim().is_empty()
            && same(&self.name, &other.name)
            && same(&self.organisation, &other.organisation)
    }

    /// Both carry the same earlier device id (never true of two empty ids).
    pub fn same_old_device_as(&self, other: &Author) -> bool {
        !self.id.is_empty() && self.id == other.id
    }
}

/// Whose an assessment is, as this device sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Whose {
    Yours,
    Theirs(Author),
    /// The worked example (`core::example`): nobody's, and read-only for everyone.
    Example,
}

impl Whose {
    /// Whose judgement a level line names: "Your", "Sam's", "The author's".
    pub fn possessive(&self) -> String {
        match self {
            Whose::Yours => "Your".to_string(),
            Whose::Theirs(a) => a.possessive(),
            Whose::Example => "The example's".to_string(),
        }
    }

    /// Who made it, as a column is headed and as a sentence begins: "You", "Priya Shah",
    /// "Someone at Acme Health", "The author" (no name and no organisation), "The team in
    /// the example".
    pub fn person(&self) -> String {
        match self {
            Whose::Yours => "You".to_string(),
            Whose::Example => "The team in the example".to_string(),
            Whose::Theirs(a) => match (a.name.is_empty(), a.organisation.is_empty()) {
                (false, _) => a.name.clone(),
                (true, false) => format!("Someone at {}", a.organisation),
                (true, true) => "The author".to_string(),
            },
        }
    }

    /// The opening of the "Things to find out" list: who answered "I don't know".
    pub fn answered_dont_know(&self) -> String {
        format!(
            "{} answered \"I don't know\" to these questions.",
            self.person()
        )
    }

    /// "your answers", "Sam's answers": for links and headings about the answers.
    pub fn answers(&self) -> String {
        match self {
            Whose::Yours => "your answers".to_string(),
            Whose::Example => "the example's answers".to_string(),
            Whose::Theirs(a) if a.name.is_empty() => "the author's answers".to_string(),
            Whose::Theirs(a) => format!("{} answers", a.possessive()),
        }
    }
}

impl Assessment {
    /// Yours only when its proof verifies with this device's key: made here, or taken in
    /// as "Mine, from another device". A name, an old device id or no author at all is
    /// what a file says, and proves nothing. The worked example is nobody's.
    pub fn whose(&self, key: &DeviceKey) -> Whose {
        if super::example::is_example(&self.id) {
            return Whose::Example;
        }
        if self.made_here(key) {
            return Whose::Yours;
        }
        Whose::Theirs(self.author.clone().unwrap_or_default())
    }

    /// "From: Sam (Acme Health), imported 30 November 2026", for someone else's assessment.
    pub fn from_line(&self, key: &DeviceKey, date: impl Fn(Millis) -> String) -> Option<String> {
        let Whose::Theirs(author) = self.whose(key) else {
            return None;
        };
        Some(match self.imported_at {
            Some(at) => format!("From: {}, imported {}", author.display(), date(at)),
            None => format!("From: {}", author.display()),
        })
    }

    /// A column heading naming the person first, the title beside it: "Priya Shah
    /// (HeartWatch)", "You (HeartWatch (my copy))". Used wherever assessments sit side by side.
    pub fn column_name(&self, key: &DeviceKey) -> String {
        format!("{} ({})", self.whose(key).person(), self.title)
    }

    /// A page heading about one assessment: your own by its title, anyone else's by person
    /// first ("Priya Shah (HeartWatch)"), so a reader never takes theirs for their own.
    pub fn heading_name(&self, key: &DeviceKey) -> String {
        match self.whose(key) {
            Whose::Yours => self.title.clone(),
            _ => self.column_name(key),
        }
    }

    /// A copy of someone else's assessment that is yours to change: their answers, notes,
    /// judgements, reflections, plan and rounds, under a new id and your name. Their copy
    /// and anyone's review of it stay as they were. Their judgements come along named as
    /// theirs ("Priya Shah's judgement, copied") until you change them: you have not made
    /// them yet, and nobody reading the copy should think you did.
    pub fn own_copy(&self, id: String, me: &Author, key: &DeviceKey, now: Millis) -> Assessment {
        let whose = self.whose(key).possessive();
        let mut copy = self.clone();
        let judgements = copy.judgements.values_mut().chain(
            copy.rounds
                .iter_mut()
                .flat_map(|r| r.judgements.values_mut()),
        );
        for j in judgements.filter(|j| j.copied_from.is_empty() && whose != "Your") {
            j.copied_from = whose.clone();
        }
        copy.id = id;
        copy.title = format!("{} (my copy)", self.title);
        copy.claim(me, key);
        copy.imported_at = None;
        copy.reviews.clear();
        copy.created_at = now;
        copy.updated_at = now;
        copy
    }
}

/// What goes into an export: your own assessments (their proof verifies here) carry your
/// current name (you may have changed it since starting them, or started them before names
/// were asked); anyone else's keep their author as it came, whatever name it gives. No
/// device id is written either way (`Author::id`).
pub fn signed(assessments: &[Assessment], me: Option<&Author>, key: &DeviceKey) -> Vec<Assessment> {
    assessments
        .iter()
        .map(|a| {
            let mut a = a.clone();
            if let Some(me) = me.filter(|_| a.made_here(key)) {
                a.author = Some(me.clone());
            }
            a
        })
        .collect()
}

/// This device's author, if one was ever saved (with the device id an earlier release
/// wrote there, if any). Unreadable data reads as none: the person is simply asked again.
pub fn load_author(store: &impl KeyValueStore) -> Option<Author> {
    let text = store.get(AUTHOR_KEY).ok()??;
    // from_slice, as every other parse: from_str would build a second copy of serde_json's
    // parser into the wasm.
    serde_json::from_slice::<Author>(text.as_bytes()).ok()
}

pub fn save_author(store: &mut impl KeyValueStore, author: &Author) -> Result<(), StoreError> {
    let text = serde_json::to_string(author).map_err(|e| StoreError::Other(e.to_string()))?;
    store.set(AUTHOR_KEY, &text)
}
