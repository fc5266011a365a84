//! Test fixtures shared by more than one native test file.

use nasss_navigator::core::assessment::Answer;
use nasss_navigator::core::participants::{AnswerSource, Participant};

/// One person's own answers as sent from a phone: `answers` are (question code, answer) pairs.
pub fn person(id: &str, name: &str, revision: u32, answers: &[(&str, &str)]) -> Participant {
    Participant {
        id: id.into(),
        name: name.into(),
        source: AnswerSource::Phone,
        revision,
        answers: answers
            .iter()
            .map(|(code, a)| (code.to_string(), Answer::parse(a)))
            .collect(),
    }
}
