//! Sharing assessments as a link, with no server: everything an export file would hold,
//! compressed by the browser, rides in the URL's fragment (`#/open/v2.<base64url>`), which
//! browsers never send to any server. This module frames and checks the compressed bytes
//! and reads what they unpack to through the same import as a file; the compressing itself
//! is the browser's (`ui::platform::share`), so everything here is tested natively.
//!
//! Two link formats, with the same framing and checks:
//! - `v1.` (the first release): the export file's JSON, compressed.
//! - `v2.` (what this version makes): the same assessments in `core::link_codec`'s compact
//!   binary layout, compressed: about half as long. Both still open.
//!
//! The payload after `v<n>.` is base64url (no padding) of:
//!
//! | bytes | what |
//! |---|---|
//! | 3 | length of the compressed data, big-endian |
//! | 3 | length of the data once unpacked, big-endian |
//! | 4 | CRC-32 of those six bytes |
//! | n | the data, compressed as raw deflate |
//! | 4 | CRC-32 of everything before it |
//!
//! The header has a checksum of its own, so a link that lost its end ("cut short") is told
//! apart from one whose characters were changed: only a header known to be right can say
//! how long the link should be. The last checksum catches any change before the browser is
//! asked to unpack anything, and the unpacked length bounds the unpacking, so a crafted link
//! cannot make the tab run out of memory.

use super::assessment::Assessment;
use super::bank::Bank;
use super::file_format::{import, ImportError, MAX_IMPORT_BYTES};
use super::link_codec;
use super::route::Route;
use std::fmt;

/// The link format this version writes. It reads this and every earlier one; a later
/// format gets `v3.`, and this version then says the link is from a newer version instead
/// of calling it damaged.
pub const LINK_VERSION: u32 = 2;
/// The first format: the export file's JSON, compressed. Still read, never written.
pub const LINK_VERSION_JSON: u32 = 1;
/// The whole link, address included, longer than this is refused when copying. About 2,000
/// characters is the limit most often given for links that survive email: older Internet
/// Explorer and Edge stopped at 2,083, and Outlook is known to break longer ones.
pub const MAX_LINK_CHARS: usize = 2000;
/// Above this the link is still made, with a caution: some versions of Outlook have been
/// reported to cut links at 1,024 characters.
pub const CAUTION_LINK_CHARS: usize = 1024;
/// The most a link may hold when opened: eight times what this version makes, room for a
/// later version to allow longer links, and small enough to check at once.
pub const MAX_OPEN_CHARS: usize = 8 * MAX_LINK_CHARS;

/// A `v1.` header: both lengths and a CRC-32 of them.
const V1_HEADER: usize = 10;
const TRAILER: usize = 4;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Fewer characters than the link says it has: it was cut, often by an email
    /// program breaking a long line. `need` is unknown when even the lengths are gone.
    CutShort { have: usize, need: Option<usize> },
    /// Characters changed, added or removed in the middle: the checksum, a length or a
    /// character does not fit.
    Altered,
    /// A link format this version does not know yet.
    NewerLink { found: u32 },
    /// Longer than any link an app of ours makes.
    TooLongToOpen { chars: usize },
    /// Too long to send by email (when copying): a file is the better way.
    TooLongForMail { chars: usize },
    /// The unpacked assessment is refused by the file import (a newer format, a question
    /// set this app lacks...).
    Import(ImportError),
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::CutShort { have, need } => {
                let have = thousands(*have);
                match need {
                    Some(need) => write!(f, "This link has been cut short: it has {have} of its {} characters.", thousands(*need))?,
                    None => write!(f, "This link has been cut short: only {have} characters of it are left.")?,
                }
                write!(f, " Email programs sometimes cut long links or break them over two lines. Ask the sender to send it again, or to send the assessment as a file.")
            }
            LinkError::Altered => write!(
                f,
                "This link has been changed since it was made, so the answers in it cannot be trusted. Ask the sender to copy the link again, or to send the assessment as a file."
            ),
            LinkError::NewerLink { .. } | LinkError::Import(ImportError::NewerVersion { .. }) => write!(
                f,
                "A newer version of NASSS Navigator made this link. If this app offers to update, choose Reload to update and open the link again."
            ),
            LinkError::TooLongToOpen { chars } => write!(
                f,
                "This link is {} characters long, far longer than links from NASSS Navigator. Ask the sender for the assessment as a file.",
                thousands(*chars)
            ),
            LinkError::TooLongForMail { chars } => write!(
                f,
                "This link would be {} characters long. Email programs can cut links longer than {}, so the other person might not be able to open it. Export a file instead and send that: a file has no limit.",
                thousands(*chars),
                thousands(MAX_LINK_CHARS)
            ),
            // Problems that only a hand-made link could have, worded for a link.
            LinkError::Import(
                ImportError::TooLarge { .. }
                | ImportError::Empty
                | ImportError::BrokenJson { .. }
                | ImportError::NotOurFile
                | ImportError::BadShape { .. }
                | ImportError::NoAssessments,
            ) => write!(
                f,
                "This link does not hold a NASSS Navigator assessment. Ask the sender to copy the link again, or to send the assessment as a file."
            ),
            LinkError::Import(other) => write!(f, "This link cannot be opened here: {other}"),
        }
    }
}

impl std::error::Error for LinkError {}

/// What a link carries once checked: its format, the compressed data for the browser to
/// unpack, and the most it may unpack to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Packed {
    pub version: u32,
    pub compressed: Vec<u8>,
    /// A `v1.` link says exactly how long its JSON is; a `v2.` link leaves that out (three
    /// bytes fewer) and is bounded by the largest file an import takes.
    pub unpacked_len: Option<usize>,
}

impl Packed {
    /// The most the browser should unpack before giving up.
    pub fn limit(&self) -> usize {
        self.unpacked_len.unwrap_or(MAX_IMPORT_BYTES)
    }
}

/// What the browser is to compress for a link of `assessments`: the compact layout of
/// `core::link_codec`.
pub fn link_data(assessments: &[Assessment], banks: &[Bank]) -> Vec<u8> {
    link_codec::encode(assessments, banks)
}

/// The payload for compressed data: `v2.` and the framed bytes, which are
///
/// | bytes | what |
/// |---|---|
/// | 1 to 3 | length of the compressed data, a LEB128 varint |
/// | 2 | CRC-16 (CCITT) of that length |
/// | n | the compressed data |
/// | 4 | CRC-32 of everything before it |
pub fn pack(compressed: &[u8]) -> String {
    format!("v{LINK_VERSION}.{}", base64url(&frame(compressed)))
}

fn frame(compressed: &[u8]) -> Vec<u8> {
    let mut frame = Vec::with_capacity(5 + compressed.len() + TRAILER);
    super::link_bytes::put_varint(&mut frame, compressed.len() as u64);
    frame.extend_from_slice(&crc16(&frame).to_be_bytes());
    frame.extend_from_slice(compressed);
    frame.extend_from_slice(&crc32(&frame).to_be_bytes());
    frame
}

/// A `v1.` payload, as the first release made them: for tests of the links it still reads.
/// Both lengths must be under 16 MB.
pub fn pack_v1(compressed: &[u8], json_len: usize) -> String {
    let mut frame = Vec::with_capacity(V1_HEADER + compressed.len() + TRAILER);
    frame.extend_from_slice(&(compressed.len() as u32).to_be_bytes()[1..]);
    frame.extend_from_slice(&(json_len as u32).to_be_bytes()[1..]);
    frame.extend_from_slice(&crc32(&frame).to_be_bytes());
    frame.extend_from_slice(compressed);
    frame.extend_from_slice(&crc32(&frame).to_be_bytes());
    format!("v{LINK_VERSION_JSON}.{}", base64url(&frame))
}

/// The whole link to copy, from the page's address without its fragment, or why it is
/// too long to send by email.
pub fn link(page: &str, compressed: &[u8]) -> Result<String, LinkError> {
    let url = format!(
        "{page}{}{}",
        Route::Open {
            payload: String::new()
        }
        .href(),
        pack(compressed)
    );
    let chars = url.chars().count();
    if chars > MAX_LINK_CHARS {
        return Err(LinkError::TooLongForMail { chars });
    }
    Ok(url)
}

/// What the share page says about a link's length: within 1,024 characters it suits any
/// email program; between that and the limit it carries a caution.
pub fn length_note(chars: usize) -> String {
    let chars_text = thousands(chars);
    if chars > CAUTION_LINK_CHARS {
        format!(
            "The link is {chars_text} characters long. Some email programs, including some versions of Outlook, cut links longer than {}: if it does not open for the other person, export a file and send that instead.",
            thousands(CAUTION_LINK_CHARS)
        )
    } else {
        format!("The link is {chars_text} characters long, short enough for any email program.")
    }
}

/// What a frame's header says, once its own checksum has passed.
struct Header {
    /// How many bytes the header takes.
    len: usize,
    compressed_len: usize,
    unpacked_len: Option<usize>,
}

/// Reads the header at the start of `body`: `None` when the body ends before it does.
fn read_header(version: u32, body: &str) -> Result<Option<Header>, LinkError> {
    if version == LINK_VERSION_JSON {
        let head = decode_prefix(body, V1_HEADER);
        if head.len() < V1_HEADER {
            return Ok(None);
        }
        if crc32(&head[..6]) != be32(&head[6..10]) as u32 {
            return Err(LinkError::Altered);
        }
        return Ok(Some(Header {
            len: V1_HEADER,
            compressed_len: be24(&head[0..3]),
            unpacked_len: Some(be24(&head[3..6])),
        }));
    }
    let head = decode_prefix(body, 5);
    let mut compressed_len = 0usize;
    for (i, byte) in head.iter().enumerate().take(3) {
        compressed_len |= usize::from(byte & 0x7F) << (7 * i);
        if byte & 0x80 != 0 {
            continue;
        }
        // One way to write each length: no trailing zero byte.
        if *byte == 0 && i > 0 {
            return Err(LinkError::Altered);
        }
        let len = i + 3;
        if head.len() < len {
            return Ok(None);
        }
        if crc16(&head[..=i]) != u16::from_be_bytes([head[i + 1], head[i + 2]]) {
            return Err(LinkError::Altered);
        }
        return Ok(Some(Header {
            len,
            compressed_len,
            unpacked_len: None,
        }));
    }
    // Three bytes all saying "more follows": longer than any link could be.
    if head.len() >= 3 {
        return Err(LinkError::Altered);
    }
    Ok(None)
}

/// Checks a payload (what follows `#/open/`) and takes out the compressed data. Every
/// wrong input gets its own reason; none is unpacked. A link's length is counted in the
/// characters the person sees: the browser's address gives characters outside ASCII as
/// `%XX` escapes (six characters for an "é"), which are counted as the one they stand for.
pub fn unpack(payload: &str) -> Result<Packed, LinkError> {
    let chars = unescaped(payload).chars().count();
    if chars > MAX_OPEN_CHARS {
        return Err(LinkError::TooLongToOpen { chars });
    }
    let (version, body) = version_body(payload)?;
    // No link of ours has any other character, however it was cut.
    if body.bytes().any(|b| sextet(b).is_none()) {
        return Err(LinkError::Altered);
    }
    let prefix = payload.len() - body.len();
    // The header first: enough to know how long the whole link must be.
    let Some(head) = read_header(version, body)? else {
        return Err(LinkError::CutShort {
            have: payload.len(),
            need: None,
        });
    };
    let total = head
        .len
        .checked_add(head.compressed_len)
        .and_then(|n| n.checked_add(TRAILER))
        .filter(|n| encoded_len(*n) <= MAX_OPEN_CHARS)
        .ok_or(LinkError::Altered)?;
    let unpacked_fits = head
        .unpacked_len
        .is_none_or(|n| n > 0 && n <= MAX_IMPORT_BYTES);
    if !unpacked_fits || head.compressed_len == 0 {
        return Err(LinkError::Altered);
    }
    match body.len().cmp(&encoded_len(total)) {
        std::cmp::Ordering::Less => {
            return Err(LinkError::CutShort {
                have: payload.len(),
                need: Some(prefix + encoded_len(total)),
            })
        }
        std::cmp::Ordering::Greater => return Err(LinkError::Altered),
        std::cmp::Ordering::Equal => {}
    }
    let frame = decode_exact(body).ok_or(LinkError::Altered)?;
    let (data, sum) = frame.split_at(frame.len() - TRAILER);
    if crc32(data) != be32(sum) as u32 {
        return Err(LinkError::Altered);
    }
    Ok(Packed {
        version,
        compressed: data[head.len..].to_vec(),
        unpacked_len: head.unpacked_len,
    })
}

/// Reads what the browser unpacked from `packed`: for `v1.` the export file itself, for
/// `v2.` the compact layout, turned back into that file. Either way it goes through the
/// same checks as an imported file, so a newer format is refused by the same rule.
pub fn read(
    packed: &Packed,
    unpacked: &[u8],
    banks: &[Bank],
) -> Result<Vec<Assessment>, LinkError> {
    if packed.unpacked_len.is_some_and(|n| n != unpacked.len()) || unpacked.len() > packed.limit() {
        return Err(LinkError::Altered);
    }
    if packed.version == LINK_VERSION_JSON {
        return import(unpacked, banks).map_err(LinkError::Import);
    }
    let file = link_codec::decode(unpacked, banks).map_err(|e| LinkError::Import(e.into()))?;
    import(&file, banks).map_err(LinkError::Import)
}

/// The payload as typed: `%XX` escapes read back into the characters they stand for, when
/// they make UTF-8. No link of ours has any, so this is only for saying how long one is.
fn unescaped(payload: &str) -> String {
    if !payload.contains('%') {
        return payload.to_string();
    }
    let bytes = payload.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| payload.to_string())
}

/// `v<number>.` and what follows it, for a format this version reads.
fn version_body(payload: &str) -> Result<(u32, &str), LinkError> {
    let known = [LINK_VERSION_JSON, LINK_VERSION].map(|v| format!("v{v}."));
    if known.iter().any(|k| k.starts_with(payload)) {
        return Err(LinkError::CutShort {
            have: payload.len(),
            need: None,
        });
    }
    let rest = payload.strip_prefix('v').ok_or(LinkError::Altered)?;
    let (number, body) = rest.split_once('.').ok_or(LinkError::Altered)?;
    let canonical = !number.is_empty()
        && number.len() <= 9
        && number.bytes().all(|b| b.is_ascii_digit())
        && !number.starts_with('0');
    match number.parse::<u32>() {
        Ok(found @ (LINK_VERSION_JSON | LINK_VERSION)) if canonical => Ok((found, body)),
        Ok(found) if canonical && found > LINK_VERSION => Err(LinkError::NewerLink { found }),
        _ => Err(LinkError::Altered),
    }
}

fn be24(b: &[u8]) -> usize {
    u32::from_be_bytes([0, b[0], b[1], b[2]]) as usize
}

fn be32(b: &[u8]) -> usize {
    u32::from_be_bytes([b[0], b[1], b[2], b[3]]) as usize
}

/// Numbers as people read them: 12,345.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// base64url without padding (RFC 4648 section 5): the characters need no escaping in a
/// URL, and no `=` that a mail program might take for the end of the link.
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(encoded_len(bytes.len()));
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// How many characters `n` bytes take in base64url without padding.
pub fn encoded_len(n: usize) -> usize {
    n / 3 * 4 + [0, 2, 3][n % 3]
}

fn sextet(c: u8) -> Option<u32> {
    match c {
        b'A'..=b'Z' => Some(u32::from(c - b'A')),
        b'a'..=b'z' => Some(u32::from(c - b'a') + 26),
        b'0'..=b'9' => Some(u32::from(c - b'0') + 52),
        b'-' => Some(62),
        b'_' => Some(63),
        _ => None,
    }
}

/// The first `want` bytes of `text`, or fewer if it is shorter (for the header only).
fn decode_prefix(text: &str, want: usize) -> Vec<u8> {
    let chars = encoded_len(want).min(text.len());
    let mut out = decode_loose(&text.as_bytes()[..chars]);
    out.truncate(want);
    out
}

fn decode_loose(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for v in text.iter().filter_map(|c| sextet(*c)) {
        acc = (acc << 6 | v) & 0xFFFF;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

/// Decodes base64url strictly: a length no encoder makes, or bits left over that are not
/// zero, mean the text was changed (otherwise two links could decode the same).
pub fn decode_exact(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if bytes.len() % 4 == 1 || bytes.iter().any(|c| sextet(*c).is_none()) {
        return None;
    }
    let spare = (bytes.len() * 6) % 8;
    if let Some(last) = bytes.last() {
        let v = sextet(*last)?;
        if v & ((1 << spare) - 1) != 0 {
            return None;
        }
    }
    Some(decode_loose(bytes))
}

/// CRC-16/CCITT-FALSE (polynomial 0x1021, starting from 0xFFFF): enough to guard a
/// header of three bytes, as it catches every change to up to 16 bits in a row, so every
/// changed character.
pub fn crc16(bytes: &[u8]) -> u16 {
    bytes.iter().fold(0xFFFFu16, |crc, b| {
        (0..8).fold(crc ^ (u16::from(*b) << 8), |c, _| {
            if c & 0x8000 != 0 {
                (c << 1) ^ 0x1021
            } else {
                c << 1
            }
        })
    })
}

/// CRC-32 (the one zip and PNG use), by a table made on first use: a table written into
/// the app would be a kilobyte of download that does not compress.
pub fn crc32(bytes: &[u8]) -> u32 {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut table = [0u32; 256];
        for (i, slot) in table.iter_mut().enumerate() {
            *slot = (0..8).fold(i as u32, |c, _| {
                if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                }
            });
        }
        table
    });
    !bytes.iter().fold(!0u32, |crc, b| {
        table[((crc ^ u32::from(*b)) & 0xFF) as usize] ^ (crc >> 8)
    })
}
