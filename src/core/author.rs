//! Whose assessment this is. Each device keeps one author (a name and organisation, asked
//! once, with a random id); every assessment started here carries it, and so does every
//! export. An assessment by someone else opens read-only, so an implementer reading an
//! innovator's file never changes the innovator's answers by mistake.

use super::assessment::{Assessment, Millis};
use super::storage::{KeyValueStore, StoreError};
use serde::{Deserialize, Serialize};

/// Where this device's author is kept: under the app's root, so "delete all" removes it too.
pub const AUTHOR_KEY: &str = "nasss-navigator/author";

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Author {
    /// Random, made once per device: tells this device's own work apart even when the
    /// name is left empty or changed later. Never set on a reviewer (`Review`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
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

    /// The same person: the same device id, or the same name and organisation (the same
    /// person on their second device, who typed their name there too).
    pub fn is(&self, other: &Author) -> bool {
        let same = |a: &str, b: &str| a.trim().to_lowercase() == b.trim().to_lowercase();
        self.id == other.id
            || (!self.name.trim().is_empty()
                && same(&self.name, &other.name)
                && same(&self.organisation, &other.organisation))
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
    /// Made on this device or by this device's author: yours. An assessment with no author
    /// (from before authors were recorded) counts as yours, as it always did. The worked
    /// example is nobody's, whatever name this device's person gives.
    pub fn whose(&self, me: Option<&Author>) -> Whose {
        if super::example::is_example(&self.id) {
            return Whose::Example;
        }
        match (&self.author, me) {
            (None, _) => Whose::Yours,
            (Some(theirs), Some(me)) if theirs.is(me) => Whose::Yours,
            (Some(theirs), _) => Whose::Theirs(theirs.clone()),
        }
    }

    /// "From: Sam (Acme Health), imported 30 November 2026", for someone else's assessment.
    pub fn from_line(
        &self,
        me: Option<&Author>,
        date: impl Fn(Millis) -> String,
    ) -> Option<String> {
        let Whose::Theirs(author) = self.whose(me) else {
            return None;
        };
        Some(match self.imported_at {
            Some(at) => format!("From: {}, imported {}", author.display(), date(at)),
            None => format!("From: {}", author.display()),
        })
    }

    /// A column heading naming the person first, the title beside it: "Priya Shah
    /// (HeartWatch)", "You (HeartWatch (my copy))". Used wherever assessments sit side by side.
    pub fn column_name(&self, me: Option<&Author>) -> String {
        format!("{} ({})", self.whose(me).person(), self.title)
    }

    /// A page heading about one assessment: your own by its title, anyone else's by person
    /// first ("Priya Shah (HeartWatch)"), so a reader never takes theirs for their own.
    pub fn heading_name(&self, me: Option<&Author>) -> String {
        match self.whose(me) {
            Whose::Yours => self.title.clone(),
            _ => self.column_name(me),
        }
    }

    /// A copy of someone else's assessment that is yours to change: their answers, notes,
    /// judgements, reflections, plan and rounds, under a new id and your name. Their copy
    /// and anyone's review of it stay as they were. Their judgements come along named as
    /// theirs ("Priya Shah's judgement, copied") until you change them: you have not made
    /// them yet, and nobody reading the copy should think you did.
    pub fn own_copy(&self, id: String, me: &Author, now: Millis) -> Assessment {
        let whose = self.whose(Some(me)).possessive();
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
        copy.author = Some(me.clone());
        copy.imported_at = None;
        copy.reviews.clear();
        copy.created_at = now;
        copy.updated_at = now;
        copy
    }
}

/// What goes into an export: your own assessments carry your current name (you may have
/// changed it since starting them, or started them before names were asked); anyone
/// else's keep their author as it came.
pub fn signed(assessments: &[Assessment], me: Option<&Author>) -> Vec<Assessment> {
    assessments
        .iter()
        .map(|a| {
            let mut a = a.clone();
            let unsigned_here = a.author.is_none() && a.imported_at.is_none();
            if let Some(me) = me {
                if unsigned_here || a.author.as_ref().is_some_and(|x| x.id == me.id) {
                    a.author = Some(me.clone());
                }
            }
            a
        })
        .collect()
}

/// This device's author, if one was ever saved. Unreadable data reads as none: the person
/// is simply asked again.
pub fn load_author(store: &impl KeyValueStore) -> Option<Author> {
    let text = store.get(AUTHOR_KEY).ok()??;
    // from_slice, as every other parse: from_str would build a second copy of serde_json's
    // parser into the wasm.
    serde_json::from_slice::<Author>(text.as_bytes())
        .ok()
        .filter(|a| !a.id.is_empty())
}

pub fn save_author(store: &mut impl KeyValueStore, author: &Author) -> Result<(), StoreError> {
    let text = serde_json::to_string(author).map_err(|e| StoreError::Other(e.to_string()))?;
    store.set(AUTHOR_KEY, &text)
}
