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

/// Times written relative to the start are shorter, and survive compression better. Only
/// when every `…_at` field is a whole number from 0 up: one that is not (only a hand-made
/// file has one) could not be told apart on the way back, so then none is changed.
fn relative_times_fit(value: &Value) -> bool {
    match value {
        Value::Object(map) => map.iter().all(|(key, v)| {
            if key.ends_with("_at") && v.is_number() {
                v.is_u64()
            } else {
                relative_times_fit(v)
            }
        }),
        Value::Array(list) => list.iter().all(relative_times_fit),
        _ => true,
    }
}

/// Every `…_at` number made relative to `start` (wrapping, so nothing is lost), or back.
fn shift_times(value: &mut Value, start: u64, back: bool) {
    match value {
        Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if key.ends_with("_at") && v.is_number() {
                    let shifted = if back {
                        v.as_i64()
                            .map(|d| Value::from(start.wrapping_add(d as u64)))
                    } else {
                        v.as_u64()
                            .map(|t| Value::from(t.wrapping_sub(start) as i64))
                    };
                    if let Some(shifted) = shifted {
                        *v = shifted;
                    }
                } else {
                    shift_times(v, start, back);
                }
            }
        }
        Value::Array(list) => list.iter_mut().for_each(|v| shift_times(v, start, back)),
        _ => {}
    }
}

/// What a signature's place in the remainder holds: a text no assessment has (if one does,
/// signatures stay as they are).
const DIGEST_MARK: &str = "\u{0}";

fn has_text(value: &Value, text: &str) -> bool {
    match value {
        Value::String(s) => s == text,
        Value::Object(map) => map.values().any(|v| has_text(v, text)),
        Value::Array(list) => list.iter().any(|v| has_text(v, text)),
        _ => false,
    }
}

/// A signature as hex: 64 lower-case hexadecimal digits, the 32 bytes of an HMAC-SHA256.
fn digest(text: &str) -> Option<Vec<u8>> {
    let hex = |b: u8| match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        _ => None,
    };
    if text.len() != 64 {
        return None;
    }
    text.as_bytes()
        .chunks(2)
        .map(|pair| Some(hex(pair[0])? << 4 | hex(pair[1])?))
        .collect()
}

/// Takes every signature out of the remainder, in the order the JSON lists them (object
/// keys sorted), leaving its mark.
fn take_digests(value: &mut Value, out: &mut Vec<Vec<u8>>) {
    match value {
        Value::String(s) => {
            if let Some(bytes) = digest(s) {
                out.push(bytes);
                *s = DIGEST_MARK.to_string();
            }
        }
        Value::Object(map) => map.values_mut().for_each(|v| take_digests(v, out)),
        Value::Array(list) => list.iter_mut().for_each(|v| take_digests(v, out)),
        _ => {}
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Puts the signatures back where their marks are, in the same order.
fn put_digests(
    value: &mut Value,
    digests: &mut impl Iterator<Item = Vec<u8>>,
) -> Result<(), CodecError> {
    match value {
        Value::String(s) if s == DIGEST_MARK => {
            let bytes = digests.next().ok_or(CodecError::Malformed(
                "it has fewer signatures than places for them",
            ))?;
            *s = hex(&bytes);
        }
        Value::Object(map) => {
            for v in map.values_mut() {
                put_digests(v, digests)?;
            }
        }
        Value::Array(list) => {
            for v in list.iter_mut() {
                put_digests(v, digests)?;
            }
        }
        _ => {}
    }
    Ok(())
}

pub fn put_varint(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let byte = (n & 0x7F) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// A difference that may be negative (a time earlier than the one before), zigzag-coded so
/// small either way stays short: 0, -1, 1, -2 … become 0, 1, 2, 3 ….
fn zigzag(difference: u64) -> u64 {
    let d = difference as i64;
    ((d << 1) ^ (d >> 63)) as u64
}

fn unzigzag(z: u64) -> u64 {
    ((z >> 1) as i64 ^ -((z & 1) as i64)) as u64
}

fn put_zigzag(out: &mut Vec<u8>, difference: u64) {
    put_varint(out, zigzag(difference));
}

/// Bits in exponential-Golomb code of order `k` for `n`: a run of zeros, then `n + 2^k`.
fn golomb_bits(n: u64, k: u32) -> u32 {
    let w = u128::from(n) + (1u128 << k);
    let len = 128 - w.leading_zeros();
    2 * len - k - 1
}

/// The answers' times, as exponential-Golomb codes of the order that makes them shortest
/// (a byte), packed as bits and padded to a whole byte with zeros. Times a person answers
/// in are seconds to minutes apart, a spread a varint's 7-bit steps fit badly: this takes
/// about 17 bits for what a varint writes in 24.
fn put_golomb(out: &mut Vec<u8>, values: &[u64]) {
    if values.is_empty() {
        return;
    }
    let total = |k: u32| {
        values
            .iter()
            .map(|&v| u64::from(golomb_bits(v, k)))
            .sum::<u64>()
    };
    let k = (0..=48).min_by_key(|&k| (total(k), k)).unwrap_or(0);
    out.push(k as u8);
    let mut bits = Bits {
        out,
        byte: 0,
        used: 0,
    };
    for &v in values {
        let w = u128::from(v) + (1u128 << k);
        let len = 128 - w.leading_zeros();
        for _ in 0..len - k - 1 {
            bits.push(false);
        }
        for i in (0..len).rev() {
            bits.push(w >> i & 1 == 1);
        }
    }
    bits.finish();
}

struct Bits<'a> {
    out: &'a mut Vec<u8>,
    byte: u8,
    used: u32,
}

impl Bits<'_> {
    fn push(&mut self, bit: bool) {
        self.byte = self.byte << 1 | u8::from(bit);
        self.used += 1;
        if self.used == 8 {
            self.out.push(self.byte);
            (self.byte, self.used) = (0, 0);
        }
    }

    fn finish(self) {
        if self.used > 0 {
            self.out.push(self.byte << (8 - self.used));
        }
    }
}

fn read_golomb(r: &mut Reader, count: usize) -> Result<Vec<u64>, CodecError> {
    if count == 0 {
        return Ok(Vec::new());
    }
    let k = u32::from(r.byte()?);
    if k > 48 {
        return Err(CodecError::Malformed(
            "its times are in a code this version does not know",
        ));
    }
    let start = r.at;
    let mut bit = 0usize;
    let mut next = |r: &mut Reader| -> Result<bool, CodecError> {
        let byte = *r
            .bytes
            .get(start + bit / 8)
            .ok_or(CodecError::Malformed("it ends too soon"))?;
        let b = byte >> (7 - bit % 8) & 1 == 1;
        bit += 1;
        Ok(b)
    };
    let mut values = Vec::with_capacity(count.min(r.left() * 8));
    for _ in 0..count {
        let mut zeros = 0u32;
        while !next(r)? {
            zeros += 1;
            if zeros > 64 {
                return Err(CodecError::Malformed("a time is too large"));
            }
        }
        let mut w = 1u128;
        for _ in 0..zeros + k {
            w = w << 1 | u128::from(next(r)?);
        }
        // Each value has one code: w starts with its one bit, so it is at least 2^k.
        let v = u64::try_from(w - (1u128 << k))
            .map_err(|_| CodecError::Malformed("a time is too large"))?;
        values.push(v);
    }
    let used = bit.div_ceil(8);
    let last = r.bytes[start + used - 1];
    if !bit.is_multiple_of(8) && last & (0xFF >> (bit % 8)) != 0 {
        return Err(CodecError::Malformed(
            "its times have spare bits that are not zero",
        ));
    }
    r.at = start + used;
    Ok(values)
}

fn put_text(out: &mut Vec<u8>, text: &str) {
    put_varint(out, text.len() as u64);
    out.extend_from_slice(text.as_bytes());
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn left(&self) -> usize {
        self.bytes.len() - self.at
    }

    fn take(&mut self, n: usize) -> Result<&[u8], CodecError> {
        if n > self.left() {
            return Err(CodecError::Malformed("it ends too soon"));
        }
        let part = &self.bytes[self.at..self.at + n];
        self.at += n;
        Ok(part)
    }

    fn byte(&mut self) -> Result<u8, CodecError> {
        Ok(self.take(1)?[0])
    }

    /// Refuses a number written longer than it needs, so each number has one form.
    fn varint(&mut self) -> Result<u64, CodecError> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            let bits = u64::from(byte & 0x7F);
            if shift == 63 && bits > 1 {
                return Err(CodecError::Malformed("a number is too large"));
            }
            n |= bits << shift;
            if byte & 0x80 == 0 {
                if byte == 0 && shift > 0 {
                    return Err(CodecError::Malformed(
                        "a number is written longer than it needs",
                    ));
                }
                return Ok(n);
            }
        }
        Err(CodecError::Malformed("a number is too large"))
    }

    /// The difference `put_zigzag` wrote, as a wrapping difference.
    fn zigzag(&mut self) -> Result<u64, CodecError> {
        let z = self.varint()?;
        Ok(((z >> 1) as i64 ^ -((z & 1) as i64)) as u64)
    }

    fn text(&mut self) -> Result<String, CodecError> {
        let len = self.varint()?;
        let len = usize::try_from(len)
            .ok()
            .filter(|&n| n <= self.left())
            .ok_or(CodecError::Malformed("it ends too soon"))?;
        let bytes = self.take(len)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| CodecError::Malformed("a text is not UTF-8"))
    }
}
