//! What a version-2 link holds before the browser compresses it: the assessments an export
//! file would hold, in a compact binary layout that loses nothing. Each assessment is its
//! export JSON with the bulky, predictable parts taken out and written as numbers: answers
//! as positions on the question set and the scale, times as the difference from the time
//! before, notes as plain text. Whatever is left (judgements, the plan, reviews, and any
//! field a later version adds) stays JSON, in the "remainder", so a new field travels in a
//! link with no change here. Unpacking puts the parts back and hands the export file to the
//! same import as a file, so every check, and every migration of an older format, applies.
//!
//! Layout (numbers are LEB128 varints; "text" is a varint byte length, then UTF-8):
//!
//! | what | how |
//! |---|---|
//! | schema version of the JSON | varint |
//! | how many assessments | varint |
//! | for each: which parts were taken out | varint of `Taken` bits |
//! | id, title, question set id | text each, when taken |
//! | question set version | varint, when taken |
//! | started | varint (milliseconds since 1970), when taken |
//! | author's name, organisation | text each, when taken |
//! | proof of who made it | 32 bytes, when it is 64 hex digits |
//! | question set layout | 2 bytes: CRC-32 of its question codes and level ids, low half |
//! | current answers | a response table (below), when taken |
//! | earlier rounds | varint count, then for each a flag byte and, if 1, its table |
//! | last changed | zigzag varint of the difference from the last answer's time, when taken |
//! | signatures | varint count, then 32 bytes each, when taken (see `DIGEST_MARK`) |
//! | the remainder | text: the JSON left over, with every `…_at` time made relative |
//!
//! A response table, for the questions in the question set's order: a symbol per question
//! (0 = none; otherwise 1 + 2 × answer + note, where answer is 0 for none, 1 for "I don't
//! know" and 2 + i for the scale's level i), two to a byte for a scale of up to 5 levels,
//! then each response's time, the zigzag-coded difference from the one before (the first
//! from the start), in exponential-Golomb code (`put_golomb`), then the notes. Like with like, so the compression finds
//! the repeats.
//!
//! Anything that does not fit (an answer not on the scale, a question not in the set, a
//! time that is not a whole number) simply stays in the remainder.

use super::assessment::Assessment;
use super::bank::{Bank, DONT_KNOW_ID};
use super::file_format::{ImportError, FORMAT, SCHEMA_VERSION};
use super::link_bytes::{
    put_golomb, put_text, put_varint, put_zigzag, read_golomb, unzigzag, zigzag, Reader,
};
use super::link_remainder::{
    digest, has_text, hex, put_digests, relative_times_fit, shift_times, take_digests, DIGEST_MARK,
};
use super::share_link::crc32;
use serde_json::{Map, Value};

/// Which parts of an assessment's JSON the binary part holds (the rest is in the remainder).
struct Taken;

impl Taken {
    const ID: u64 = 1;
    const TITLE: u64 = 1 << 1;
    const BANK_ID: u64 = 1 << 2;
    const BANK_VERSION: u64 = 1 << 3;
    const CREATED: u64 = 1 << 4;
    const UPDATED: u64 = 1 << 5;
    /// The responses and rounds are tables against the question set's layout.
    const TABLES: u64 = 1 << 6;
    /// Every `…_at` time in the remainder is written as its difference from the start.
    const RELATIVE_TIMES: u64 = 1 << 7;
    const AUTHOR_NAME: u64 = 1 << 8;
    const AUTHOR_ORGANISATION: u64 = 1 << 9;
    /// Texts in the remainder that are 64 hexadecimal digits (a signature: the proof of who
    /// made an assessment or a review) are written as their 32 bytes.
    const DIGESTS: u64 = 1 << 10;
    /// The assessment's own proof of who made it, when it is such a signature: its 32
    /// bytes, without even the mark.
    const PROOF: u64 = 1 << 11;
    /// Every part this version knows.
    const ALL: u64 = (1 << 12) - 1;
}

/// Why a link's contents cannot be read (after its checksums passed, so only a hand-made
/// link, or a different question set, gets here).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodecError {
    /// Not in the layout above.
    Malformed(&'static str),
    /// Made by a newer version of the app.
    Newer(u32),
    /// The question set is not on this device.
    UnknownBank { bank: String, title: String },
    /// The question set here has other questions than the one the link was made with.
    OtherLayout { title: String, bank: String },
}

impl From<CodecError> for ImportError {
    fn from(e: CodecError) -> ImportError {
        match e {
            CodecError::Malformed(detail) => ImportError::BadShape {
                detail: detail.to_string(),
            },
            CodecError::Newer(found) => ImportError::NewerVersion { found },
            CodecError::UnknownBank { bank, title } => ImportError::UnknownBank { bank, title },
            CodecError::OtherLayout { title, bank } => ImportError::BadValue {
                title,
                detail: format!(
                    "was shared from a version of NASSS Navigator whose question set \"{bank}\" has other questions than this one's, so its answers cannot be matched up. Ask the sender for the assessment as a file"
                ),
            },
        }
    }
}

/// The question set's layout, in two bytes: answers are positions on it, so a link is read
/// only against the same questions and levels in the same order.
pub fn layout(bank: &Bank) -> u16 {
    let mut text = String::new();
    for q in bank.questions() {
        text.push_str(&q.code);
        text.push('\n');
    }
    for l in bank.levels() {
        text.push_str(&l.id);
        text.push('\n');
    }
    crc32(text.as_bytes()) as u16
}

/// The binary form of `assessments`, as they would be written to an export file.
pub fn encode(assessments: &[Assessment], banks: &[Bank]) -> Vec<u8> {
    let values = assessments
        .iter()
        .map(
            |a| match serde_json::to_value(a).expect("assessments always serialise") {
                Value::Object(map) => map,
                _ => unreachable!("an assessment serialises as an object"),
            },
        )
        .collect();
    encode_json(values, banks)
}

/// The same from the assessments' JSON: whatever fields it has, known or not, come back.
pub fn encode_json(assessments: Vec<Map<String, Value>>, banks: &[Bank]) -> Vec<u8> {
    let mut out = Vec::new();
    put_varint(&mut out, u64::from(SCHEMA_VERSION));
    put_varint(&mut out, assessments.len() as u64);
    for map in assessments {
        encode_one(&mut out, map, banks);
    }
    out
}

fn encode_one(out: &mut Vec<u8>, mut map: Map<String, Value>, banks: &[Bank]) {
    let mut taken = 0;
    let mut fields = Vec::new();
    let mut text_field = |map: &mut Map<String, Value>, key: &str, bit: u64, taken: &mut u64| {
        if let Some(Value::String(s)) = map.get(key) {
            put_text(&mut fields, s);
            map.remove(key);
            *taken |= bit;
        }
    };
    text_field(&mut map, "id", Taken::ID, &mut taken);
    text_field(&mut map, "title", Taken::TITLE, &mut taken);
    let mut bank_id = None;
    if let Some(Value::Object(bank)) = map.get_mut("bank") {
        if let Some(Value::String(id)) = bank.remove("id") {
            put_text(&mut fields, &id);
            bank_id = Some(id);
            taken |= Taken::BANK_ID;
        }
        if let Some(version) = bank.get("version").and_then(Value::as_u64) {
            put_varint(&mut fields, version);
            bank.remove("version");
            taken |= Taken::BANK_VERSION;
        }
        if bank.is_empty() {
            map.remove("bank");
        }
    }
    let created = map.get("created_at").and_then(Value::as_u64);
    if let Some(created) = created {
        put_varint(&mut fields, created);
        map.remove("created_at");
        taken |= Taken::CREATED;
    }
    let start = created.unwrap_or(0);
    if let Some(Value::Object(author)) = map.get_mut("author") {
        for (key, bit) in [
            ("name", Taken::AUTHOR_NAME),
            ("organisation", Taken::AUTHOR_ORGANISATION),
        ] {
            if let Some(Value::String(text)) = author.get(key) {
                put_text(&mut fields, text);
                author.remove(key);
                taken |= bit;
            }
        }
        if author.is_empty() {
            map.remove("author");
        }
    }
    if let Some(bytes) = map.get("proof").and_then(Value::as_str).and_then(digest) {
        fields.extend_from_slice(&bytes);
        map.remove("proof");
        taken |= Taken::PROOF;
    }
    let mut time = start;
    let bank = bank_id
        .as_deref()
        .and_then(|id| banks.iter().find(|b| b.id() == id));
    if let (Some(bank), Some(Value::Object(_))) = (bank, map.get("responses")) {
        taken |= Taken::TABLES;
        fields.extend_from_slice(&layout(bank).to_be_bytes());
        if let Some(Value::Object(responses)) = map.get_mut("responses") {
            put_table(&mut fields, responses, bank, &mut time);
            if responses.is_empty() {
                map.remove("responses");
            }
        }
        match map.get_mut("rounds") {
            Some(Value::Array(rounds)) => {
                put_varint(&mut fields, rounds.len() as u64);
                for round in rounds {
                    match round.get_mut("responses") {
                        Some(Value::Object(responses)) => {
                            fields.push(1);
                            put_table(&mut fields, responses, bank, &mut time);
                            if responses.is_empty() {
                                round.as_object_mut().map(|r| r.remove("responses"));
                            }
                        }
                        _ => fields.push(0),
                    }
                }
            }
            _ => put_varint(&mut fields, 0),
        }
    }
    // After the answers, from the last of their times: usually the same, so one byte.
    if let Some(updated) = map.get("updated_at").and_then(Value::as_u64) {
        put_zigzag(&mut fields, updated.wrapping_sub(time));
        map.remove("updated_at");
        taken |= Taken::UPDATED;
    }
    let mut remainder = Value::Object(map);
    if relative_times_fit(&remainder) {
        taken |= Taken::RELATIVE_TIMES;
        shift_times(&mut remainder, start, false);
    }
    if !has_text(&remainder, DIGEST_MARK) {
        let mut digests = Vec::new();
        take_digests(&mut remainder, &mut digests);
        if !digests.is_empty() {
            taken |= Taken::DIGESTS;
            put_varint(&mut fields, digests.len() as u64);
            digests.iter().for_each(|d| fields.extend_from_slice(d));
        }
    }
    put_varint(out, taken);
    out.extend_from_slice(&fields);
    let empty = remainder.as_object().is_some_and(Map::is_empty);
    let json = if empty {
        String::new()
    } else {
        serde_json::to_string(&remainder).expect("JSON always serialises")
    };
    put_text(out, &json);
}

/// One response table: see the module's comment. Each response it takes in whole is
/// removed from `responses`; the parts it cannot take stay there.
fn put_table(out: &mut Vec<u8>, responses: &mut Map<String, Value>, bank: &Bank, time: &mut u64) {
    let mut symbols = Vec::with_capacity(bank.questions().len());
    let mut times = Vec::new();
    let mut notes = Vec::new();
    for q in bank.questions() {
        let Some(Value::Object(r)) = responses.get_mut(&q.code) else {
            symbols.push(0);
            continue;
        };
        let Some(at) = r.get("updated_at").and_then(Value::as_u64) else {
            symbols.push(0);
            continue;
        };
        r.remove("updated_at");
        times.push(zigzag(at.wrapping_sub(*time)));
        *time = at;
        // A scale of more than 125 levels (none is) would not fit a byte: its answers stay
        // in the remainder.
        let answer = match r.get("answer") {
            Some(Value::String(s)) if s == DONT_KNOW_ID => 1,
            Some(Value::String(s)) => bank
                .level_index(s)
                .map(|i| i + 2)
                .filter(|&a| a <= 126)
                .unwrap_or(0),
            _ => 0,
        };
        if answer > 0 {
            r.remove("answer");
        }
        let note = match r.remove("note") {
            Some(Value::String(note)) => {
                put_text(&mut notes, &note);
                1
            }
            Some(other) => {
                r.insert("note".into(), other);
                0
            }
            None => 0,
        };
        if r.is_empty() {
            responses.remove(&q.code);
        }
        symbols.push((1 + 2 * answer + note) as u8);
    }
    put_symbols(out, &symbols, bank);
    put_golomb(out, &times);
    out.extend_from_slice(&notes);
}

/// Reads what `encode` wrote and gives back the export file it stands for, as JSON, for
/// `file_format::import` to read and check.
pub fn decode(bytes: &[u8], banks: &[Bank]) -> Result<Vec<u8>, CodecError> {
    let mut r = Reader { bytes, at: 0 };
    let schema = r.varint()?;
    if schema > u64::from(SCHEMA_VERSION) {
        return Err(CodecError::Newer(schema.min(u64::from(u32::MAX)) as u32));
    }
    let count = r.varint()?;
    // Each assessment takes at least two bytes, so a count beyond that is a lie, and is
    // refused before anything is made for it.
    if count > bytes.len() as u64 {
        return Err(CodecError::Malformed(
            "it counts more assessments than it holds",
        ));
    }
    let mut assessments = Vec::new();
    for _ in 0..count {
        assessments.push(decode_one(&mut r, banks)?);
    }
    if r.at != bytes.len() {
        return Err(CodecError::Malformed(
            "it has more after its last assessment",
        ));
    }
    let mut file = Map::new();
    file.insert("format".into(), FORMAT.into());
    file.insert("schema_version".into(), schema.into());
    file.insert("exported_at".into(), 0.into());
    file.insert("assessments".into(), Value::Array(assessments));
    Ok(serde_json::to_vec(&Value::Object(file)).expect("JSON always serialises"))
}

fn decode_one(r: &mut Reader, banks: &[Bank]) -> Result<Value, CodecError> {
    let taken = r.varint()?;
    if taken & !Taken::ALL != 0 {
        return Err(CodecError::Malformed(
            "it uses parts this version does not know",
        ));
    }
    let has = |bit: u64| taken & bit != 0;
    let id = has(Taken::ID).then(|| r.text()).transpose()?;
    let title = has(Taken::TITLE).then(|| r.text()).transpose()?;
    let bank_id = has(Taken::BANK_ID).then(|| r.text()).transpose()?;
    let bank_version = has(Taken::BANK_VERSION).then(|| r.varint()).transpose()?;
    let created = has(Taken::CREATED).then(|| r.varint()).transpose()?;
    let start = created.unwrap_or(0);
    let name = has(Taken::AUTHOR_NAME).then(|| r.text()).transpose()?;
    let organisation = has(Taken::AUTHOR_ORGANISATION)
        .then(|| r.text())
        .transpose()?;
    let proof = has(Taken::PROOF).then(|| r.take(32).map(hex)).transpose()?;
    let mut time = start;
    let mut tables = None;
    if has(Taken::TABLES) {
        let title = title.clone().unwrap_or_default();
        let bank_id = bank_id.clone().unwrap_or_default();
        let bank =
            banks
                .iter()
                .find(|b| b.id() == bank_id)
                .ok_or_else(|| CodecError::UnknownBank {
                    bank: bank_id.clone(),
                    title: title.clone(),
                })?;
        let expected = layout(bank).to_be_bytes();
        if r.take(2)? != expected {
            return Err(CodecError::OtherLayout {
                title,
                bank: bank.set.title.clone(),
            });
        }
        let current = read_table(r, bank, &mut time)?;
        let count = r.varint()?;
        if count > r.left() as u64 {
            return Err(CodecError::Malformed("it counts more rounds than it holds"));
        }
        let mut rounds = Vec::new();
        for _ in 0..count {
            rounds.push(match r.byte()? {
                0 => None,
                1 => Some(read_table(r, bank, &mut time)?),
                _ => {
                    return Err(CodecError::Malformed(
                        "a round is neither with answers nor without",
                    ))
                }
            });
        }
        tables = Some((current, rounds));
    }
    let updated = has(Taken::UPDATED)
        .then(|| r.zigzag().map(|d| time.wrapping_add(d)))
        .transpose()?;
    let mut digests = Vec::new();
    if has(Taken::DIGESTS) {
        let count = r.varint()?;
        if count == 0 || count > (r.left() / 32) as u64 {
            return Err(CodecError::Malformed(
                "it counts more signatures than it holds",
            ));
        }
        for _ in 0..count {
            digests.push(r.take(32)?.to_vec());
        }
    }
    let json = r.text()?;
    let mut remainder = if json.is_empty() {
        Value::Object(Map::new())
    } else {
        serde_json::from_str(&json)
            .map_err(|_| CodecError::Malformed("its remainder is not JSON"))?
    };
    if has(Taken::RELATIVE_TIMES) {
        shift_times(&mut remainder, start, true);
    }
    if has(Taken::DIGESTS) {
        let mut digests = digests.into_iter();
        put_digests(&mut remainder, &mut digests)?;
        if digests.next().is_some() {
            return Err(CodecError::Malformed(
                "it has signatures with no place in it",
            ));
        }
    }
    let Value::Object(map) = &mut remainder else {
        return Err(CodecError::Malformed("its remainder is not an object"));
    };
    let mut put = |key: &str, value: Option<Value>| -> Result<(), CodecError> {
        if let Some(value) = value {
            if map.insert(key.to_string(), value).is_some() {
                return Err(CodecError::Malformed(
                    "a part is both in the binary and the remainder",
                ));
            }
        }
        Ok(())
    };
    put("id", id.map(Value::String))?;
    put("title", title.map(Value::String))?;
    put("created_at", created.map(Value::from))?;
    put("updated_at", updated.map(Value::from))?;
    put("proof", proof.map(Value::String))?;
    put_into(
        map,
        "bank",
        [
            ("id", bank_id.map(Value::String)),
            ("version", bank_version.map(Value::from)),
        ],
    )?;
    put_into(
        map,
        "author",
        [
            ("name", name.map(Value::String)),
            ("organisation", organisation.map(Value::String)),
        ],
    )?;
    if let Some((current, rounds)) = tables {
        merge_table(map.entry("responses"), current)?;
        if !rounds.is_empty() {
            let Some(Value::Array(list)) = map.get_mut("rounds") else {
                return Err(CodecError::Malformed(
                    "it has answers for rounds it does not have",
                ));
            };
            if list.len() != rounds.len() {
                return Err(CodecError::Malformed(
                    "it has answers for rounds it does not have",
                ));
            }
            for (round, table) in list.iter_mut().zip(rounds) {
                if let Some(table) = table {
                    let round = round
                        .as_object_mut()
                        .ok_or(CodecError::Malformed("a round is not an object"))?;
                    merge_table(round.entry("responses"), table)?;
                }
            }
        }
    }
    Ok(remainder)
}

/// Puts parts back into an object field of the assessment, made if the remainder lacks it.
fn put_into(
    map: &mut Map<String, Value>,
    field: &str,
    parts: [(&str, Option<Value>); 2],
) -> Result<(), CodecError> {
    if parts.iter().all(|(_, v)| v.is_none()) {
        return Ok(());
    }
    let object = map
        .entry(field)
        .or_insert_with(|| Value::Object(Map::new()))
        .as_object_mut()
        .ok_or(CodecError::Malformed(
            "a part's place in the remainder is not an object",
        ))?;
    for (key, value) in parts {
        if let Some(value) = value {
            if object.insert(key.into(), value).is_some() {
                return Err(CodecError::Malformed(
                    "a part is both in the binary and the remainder",
                ));
            }
        }
    }
    Ok(())
}

/// A response table read back: question code to the parts the table held.
type Table = Vec<(String, Map<String, Value>)>;

fn read_table(r: &mut Reader, bank: &Bank, time: &mut u64) -> Result<Table, CodecError> {
    let questions = bank.questions();
    let symbols = read_symbols(r, bank)?;
    let mut table = Vec::new();
    for (q, &symbol) in questions.iter().zip(&symbols) {
        if symbol == 0 {
            continue;
        }
        let mut response = Map::new();
        let answer = usize::from((symbol - 1) / 2);
        match answer {
            0 => {}
            1 => {
                response.insert("answer".into(), DONT_KNOW_ID.into());
            }
            n => {
                let level = bank
                    .levels()
                    .get(n - 2)
                    .ok_or(CodecError::Malformed("an answer is not on the scale"))?;
                response.insert("answer".into(), level.id.clone().into());
            }
        }
        table.push((q.code.clone(), response));
    }
    let mut times = read_golomb(r, table.len())?.into_iter();
    for (_, response) in table.iter_mut() {
        let d = times.next().expect("one time per response");
        *time = time.wrapping_add(unzigzag(d));
        response.insert("updated_at".into(), (*time).into());
    }
    for ((_, response), &symbol) in table.iter_mut().zip(symbols.iter().filter(|&&s| s != 0)) {
        if (symbol - 1) % 2 == 1 {
            response.insert("note".into(), r.text()?.into());
        }
    }
    Ok(table)
}

/// A scale of up to 5 levels (the shipped one has 3) makes symbols of up to 14: two to a
/// byte. Deflate finds no repeats in the answers of one assessment, so this halves them.
fn two_to_a_byte(bank: &Bank) -> bool {
    bank.levels().len() <= 5
}

fn put_symbols(out: &mut Vec<u8>, symbols: &[u8], bank: &Bank) {
    if two_to_a_byte(bank) {
        out.extend(
            symbols
                .chunks(2)
                .map(|pair| pair[0] << 4 | pair.get(1).copied().unwrap_or(0)),
        );
    } else {
        out.extend_from_slice(symbols);
    }
}

fn read_symbols(r: &mut Reader, bank: &Bank) -> Result<Vec<u8>, CodecError> {
    let n = bank.questions().len();
    if !two_to_a_byte(bank) {
        return Ok(r.take(n)?.to_vec());
    }
    let bytes = r.take(n.div_ceil(2))?;
    if n % 2 == 1 && bytes.last().is_some_and(|b| b & 0x0F != 0) {
        return Err(CodecError::Malformed(
            "its answers have a spare half-byte that is not zero",
        ));
    }
    Ok(bytes
        .iter()
        .flat_map(|b| [b >> 4, b & 0x0F])
        .take(n)
        .collect())
}

/// Puts a table's parts into the responses the remainder kept (a workshop's votes, say).
fn merge_table(entry: serde_json::map::Entry<'_>, table: Table) -> Result<(), CodecError> {
    let responses = entry
        .or_insert_with(|| Value::Object(Map::new()))
        .as_object_mut()
        .ok_or(CodecError::Malformed("its responses are not an object"))?;
    for (code, parts) in table {
        let response = responses
            .entry(code)
            .or_insert_with(|| Value::Object(Map::new()))
            .as_object_mut()
            .ok_or(CodecError::Malformed("a response is not an object"))?;
        for (key, value) in parts {
            if response.insert(key, value).is_some() {
                return Err(CodecError::Malformed(
                    "a part is both in the binary and the remainder",
                ));
            }
        }
    }
    Ok(())
}
