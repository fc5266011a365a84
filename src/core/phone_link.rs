//! The two links of a workshop answered on phones, in the same family as sharing by link
//! (`core::share_link` frames and checks them, the browser compresses them, and they ride
//! in the URL's fragment, which is never sent to a server):
//!
//! - the invite, `#/join/v2.…`: the workshop's id and name and its question set, with the
//!   whole bank file when it is the facilitator's own, so a phone needs nothing else;
//! - a person's answers, `#/answers/v2.…`: their random id, name (often none), revision,
//!   and one byte per question of the set, the way `core::link_codec` writes answers.
//!
//! Layout (varints and texts as in `core::link_bytes`):
//!
//! | what | how |
//! |---|---|
//! | kind | varint: 1 invite, 2 answers |
//! | workshop id, workshop name | text each (answers: the id only) |
//! | question set id | text |
//! | question set layout | 2 bytes (`link_codec::layout`) |
//! | invite: the bank file | text, empty for a set the app ships |
//! | answers: person's id, name | text each |
//! | answers: revision | varint |
//! | answers: one per question | byte: 0 none, 1 "I don't know", 2 + the level's place |

use super::assessment::{Answer, Assessment};
use super::bank::Bank;
use super::custom_bank::bank_file_text;
use super::link_bytes::{put_text, put_varint, Reader};
use super::link_codec::{layout, CodecError};
use super::participants::{AnswerSource, Participant};

const KIND_INVITE: u64 = 1;
const KIND_ANSWERS: u64 = 2;

/// What a phone needs to answer a workshop's questions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invite {
    pub workshop_id: String,
    pub title: String,
    pub bank_id: String,
    pub layout: u16,
    /// The facilitator's own question set, as a bank file; `None` for a shipped set.
    pub bank_file: Option<String>,
}

/// One person's answers on their way back to the facilitator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sending {
    pub workshop_id: String,
    pub participant: Participant,
}

/// The invite's data, before the browser compresses it. `shipped` says whether the set
/// comes with the app (then only its id travels).
pub fn invite_data(workshop: &Assessment, bank: &Bank, shipped: bool) -> Vec<u8> {
    let mut out = Vec::new();
    put_varint(&mut out, KIND_INVITE);
    put_text(&mut out, &workshop.id);
    put_text(&mut out, &workshop.title);
    put_text(&mut out, bank.id());
    out.extend_from_slice(&layout(bank).to_be_bytes());
    put_text(
        &mut out,
        &if shipped {
            String::new()
        } else {
            bank_file_text(bank)
        },
    );
    out
}

pub fn read_invite(bytes: &[u8]) -> Result<Invite, CodecError> {
    let mut r = Reader { bytes, at: 0 };
    if r.varint()? != KIND_INVITE {
        return Err(CodecError::Malformed("it is not a workshop invite"));
    }
    let workshop_id = r.text()?;
    let title = r.text()?;
    let bank_id = r.text()?;
    let layout = u16::from_be_bytes([r.byte()?, r.byte()?]);
    let bank_file = Some(r.text()?).filter(|t| !t.is_empty());
    end(&r)?;
    Ok(Invite {
        workshop_id,
        title,
        bank_id,
        layout,
        bank_file,
    })
}

/// A person's answers, before the browser compresses them.
pub fn answers_data(workshop_id: &str, bank: &Bank, p: &Participant) -> Vec<u8> {
    let mut out = Vec::new();
    put_varint(&mut out, KIND_ANSWERS);
    put_text(&mut out, workshop_id);
    put_text(&mut out, bank.id());
    out.extend_from_slice(&layout(bank).to_be_bytes());
    put_text(&mut out, &p.id);
    put_text(&mut out, &p.name);
    put_varint(&mut out, u64::from(p.revision));
    for q in bank.questions() {
        let symbol = match p.answers.get(&q.code) {
            None => 0,
            Some(Answer::DontKnow) => 1,
            Some(Answer::Level(id)) => bank.level_index(id).map_or(0, |i| i as u8 + 2),
        };
        out.push(symbol);
    }
    out
}

/// Reads a person's answers against this device's question sets: the set must be here,
/// with the same questions and levels in the same order.
pub fn read_answers(bytes: &[u8], banks: &[Bank]) -> Result<Sending, CodecError> {
    let mut r = Reader { bytes, at: 0 };
    if r.varint()? != KIND_ANSWERS {
        return Err(CodecError::Malformed(
            "it is not a person's workshop answers",
        ));
    }
    let workshop_id = r.text()?;
    let bank_id = r.text()?;
    let bank = banks
        .iter()
        .find(|b| b.id() == bank_id)
        .ok_or_else(|| CodecError::UnknownBank {
            bank: bank_id.clone(),
            title: String::new(),
        })?;
    if r.take(2)? != layout(bank).to_be_bytes() {
        return Err(CodecError::OtherLayout {
            title: String::new(),
            bank: bank.set.title.clone(),
        });
    }
    let id = r.text()?;
    if !super::route::is_safe_segment(&id) {
        return Err(CodecError::Malformed(
            "its person's id is not one the app makes",
        ));
    }
    let name = r.text()?;
    let revision =
        u32::try_from(r.varint()?).map_err(|_| CodecError::Malformed("a number is too large"))?;
    let mut answers = std::collections::BTreeMap::new();
    for q in bank.questions() {
        let answer = match r.byte()? {
            0 => continue,
            1 => Answer::DontKnow,
            n => Answer::Level(
                bank.levels()
                    .get(usize::from(n) - 2)
                    .ok_or(CodecError::Malformed("an answer is not on the scale"))?
                    .id
                    .clone(),
            ),
        };
        answers.insert(q.code.clone(), answer);
    }
    end(&r)?;
    Ok(Sending {
        workshop_id,
        participant: Participant {
            id,
            name,
            source: AnswerSource::Phone,
            revision,
            answers,
        },
    })
}

fn end(r: &Reader) -> Result<(), CodecError> {
    if r.left() == 0 {
        Ok(())
    } else {
        Err(CodecError::Malformed("it has more after its end"))
    }
}

/// The route prefix of a person's answers link.
pub const ANSWERS_PREFIX: &str = "#/answers/";

/// Every answers link in pasted text (one per line, several on a line, or inside an email
/// with other words around them): the payload after each `#/answers/`, in order.
pub fn answer_payloads(text: &str) -> Vec<String> {
    text.split(ANSWERS_PREFIX)
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
                .collect()
        })
        .collect()
}

/// Whether phones in the room can open an address the app is served from: not a
/// loopback address (it names the computer itself, so a phone would look on itself), nor
/// a file on this computer.
pub fn reachable_by_phones(href: &str) -> bool {
    let Some((scheme, rest)) = href.split_once("://") else {
        return false;
    };
    if !matches!(scheme, "http" | "https") {
        return false;
    }
    let authority = rest.split(['/', '#', '?']).next().unwrap_or("");
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if let Some(v6) = host_port.strip_prefix('[') {
        v6.split(']').next().unwrap_or("")
    } else {
        host_port.split(':').next().unwrap_or("")
    }
    .to_ascii_lowercase();
    let loopback = host == "localhost"
        || host.ends_with(".localhost")
        || host == "::1"
        || host == "0:0:0:0:0:0:0:1"
        || host.starts_with("127.")
        || host == "0.0.0.0";
    !host.is_empty() && !loopback
}
