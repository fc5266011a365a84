//! The banks compiled into the app. The text lives in `questions/` as data; build.rs turns
//! those files into the tables below when the app is compiled, so the first question shows
//! without parsing JSON (serde's deserialiser for banks is left to custom banks, which the
//! app fetches only when it needs them). tests/shipped.rs checks these banks equal what
//! `Bank::from_json` reads from the same files, and that those files are valid.

use super::bank::{
    Bank, Domain, DontKnow, Framework, Level, ProfileGuidance, Question, QuestionSet, Scale,
};

/// The JSON's objects as plain tables of text: a level is (id, value, label, meaning), a
/// domain (number, title, why, if complex), a guidance (min complex, text).
struct RawFramework {
    levels: &'static [(&'static str, u32, &'static str, &'static str)],
    dont_know: (&'static str, &'static str),
    domains: &'static [(u32, &'static str, &'static str, &'static [&'static str])],
    profile_guidance: &'static [(u32, &'static str)],
    dont_know_guidance: &'static str,
    unrated_guidance: &'static str,
    unknown_guidance: &'static str,
    some_unknown_guidance: &'static str,
    dont_know_guidance_others: &'static str,
    unrated_guidance_others: &'static str,
}

struct RawSet {
    id: &'static str,
    version: u32,
    title: &'static str,
    summary: &'static str,
    minutes: u32,
    questions: &'static [RawQuestion],
}

struct RawQuestion {
    code: &'static str,
    domain: u32,
    topic: &'static str,
    text: &'static str,
    hint: &'static str,
    descriptors: &'static [(&'static str, &'static str)],
    ideas: &'static [(&'static str, &'static [&'static str])],
}

include!(concat!(env!("OUT_DIR"), "/shipped_banks.rs"));

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

fn framework() -> Framework {
    let f = &FRAMEWORK;
    Framework {
        scale: Scale {
            levels: f
                .levels
                .iter()
                .map(|&(id, value, label, meaning)| Level {
                    id: id.into(),
                    value,
                    label: label.into(),
                    meaning: meaning.into(),
                })
                .collect(),
            dont_know: DontKnow {
                label: f.dont_know.0.into(),
                meaning: f.dont_know.1.into(),
            },
        },
        domains: f
            .domains
            .iter()
            .map(|&(number, title, why, if_complex)| Domain {
                number,
                title: title.into(),
                why: why.into(),
                if_complex: strings(if_complex),
            })
            .collect(),
        profile_guidance: f
            .profile_guidance
            .iter()
            .map(|&(min_complex, text)| ProfileGuidance {
                min_complex,
                text: text.into(),
            })
            .collect(),
        dont_know_guidance: f.dont_know_guidance.into(),
        unrated_guidance: f.unrated_guidance.into(),
        unknown_guidance: f.unknown_guidance.into(),
        some_unknown_guidance: f.some_unknown_guidance.into(),
        dont_know_guidance_others: f.dont_know_guidance_others.into(),
        unrated_guidance_others: f.unrated_guidance_others.into(),
    }
}

fn question(q: &RawQuestion) -> Question {
    Question {
        code: q.code.into(),
        domain: q.domain,
        topic: q.topic.into(),
        text: q.text.into(),
        hint: q.hint.into(),
        descriptors: q
            .descriptors
            .iter()
            .map(|&(level, text)| (level.into(), text.into()))
            .collect(),
        ideas: q
            .ideas
            .iter()
            .map(|&(level, ideas)| (level.into(), strings(ideas)))
            .collect(),
    }
}

/// Every shipped bank, quick first. The files are validated by the test suite (they are
/// the app's own, fixed at compile time), so they are not checked again on every visit.
pub fn shipped_banks() -> Vec<Bank> {
    SETS.iter()
        .map(|s| Bank {
            framework: framework(),
            set: QuestionSet {
                id: s.id.into(),
                version: s.version,
                title: s.title.into(),
                summary: s.summary.into(),
                minutes: s.minutes,
                questions: s.questions.iter().map(question).collect(),
            },
        })
        .collect()
}

/// The shipped files themselves, for the tests that check the tables above against them.
pub const FRAMEWORK_JSON: &str = include_str!("../../questions/framework.json");
pub const SET_JSON: [&str; 2] = [
    include_str!("../../questions/quick.json"),
    include_str!("../../questions/full.json"),
];
