//! Sharing one assessment as a link, with no server: the whole export file, compressed by
//! the browser, rides in the URL's fragment (`#/open/v1.<base64url>`), which browsers never
//! send to any server. This module frames and checks the compressed bytes and reads the
//! unpacked JSON through the same import as a file; the compressing itself is the
//! browser's (`ui::platform::share`), so everything here is tested natively.
//!
//! The payload after `v1.` is base64url (no padding) of:
//!
//! | bytes | what |
//! |---|---|
//! | 3 | length of the compressed data, big-endian |
//! | 3 | length of the JSON once unpacked, big-endian |
//! | 4 | CRC-32 of those six bytes |
//! | n | the JSON, compressed as raw deflate |
//! | 4 | CRC-32 of everything before it |
//!
//! The header has a checksum of its own, so a link that lost its end ("cut short") is told
//! apart from one whose characters were changed: only a header known to be right can say
//! how long the link should be. The last checksum catches any change before the browser is
//! asked to unpack anything, and the JSON's length bounds the unpacking, so a crafted link
//! cannot make the tab run out of memory.

use super::assessment::Assessment;
use super::bank::Bank;
use super::file_format::{import, ImportError, MAX_IMPORT_BYTES};
use super::route::Route;
use std::fmt;

/// The link format this version writes and reads. A later format gets `v2.`, and this
/// version then says the link is from a newer version instead of calling it damaged.
pub const LINK_VERSION: u32 = 1;
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

const HEADER: usize = 10;
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

/// What a link carries once checked: the compressed JSON, for the browser to unpack, and
/// how long the JSON must come out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Packed {
    pub compressed: Vec<u8>,
    pub json_len: usize,
}

/// The payload for compressed JSON of `json_len` bytes: `v1.` and the framed bytes. Both
/// lengths must be under 16 MB; `link` refuses anything near that long.
pub fn pack(compressed: &[u8], json_len: usize) -> String {
    let mut frame = Vec::with_capacity(HEADER + compressed.len() + TRAILER);
    frame.extend_from_slice(&(compressed.len() as u32).to_be_bytes()[1..]);
    frame.extend_from_slice(&(json_len as u32).to_be_bytes()[1..]);
    frame.extend_from_slice(&crc32(&frame).to_be_bytes());
    frame.extend_from_slice(compressed);
    frame.extend_from_slice(&crc32(&frame).to_be_bytes());
    format!("v{LINK_VERSION}.{}", base64url(&frame))
}

/// The whole link to copy, from the page's address without its fragment, or why it is
/// too long to send by email (counted before anything is packed).
pub fn link(page: &str, compressed: &[u8], json_len: usize) -> Result<String, LinkError> {
    let empty = Route::Open {
        payload: String::new(),
    }
    .href();
    let payload_chars =
        format!("v{LINK_VERSION}.").len() + encoded_len(HEADER + compressed.len() + TRAILER);
    let chars = page.chars().count() + empty.len() + payload_chars;
    if chars > MAX_LINK_CHARS {
        return Err(LinkError::TooLongForMail { chars });
    }
    Ok(format!("{page}{empty}{}", pack(compressed, json_len)))
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

/// Checks a payload (what follows `#/open/`) and takes out the compressed JSON. Every
/// wrong input gets its own reason; none is unpacked.
pub fn unpack(payload: &str) -> Result<Packed, LinkError> {
    if payload.len() > MAX_OPEN_CHARS {
        return Err(LinkError::TooLongToOpen {
            chars: payload.chars().count(),
        });
    }
    let body = version_body(payload)?;
    // No link of ours has any other character, however it was cut.
    if body.bytes().any(|b| sextet(b).is_none()) {
        return Err(LinkError::Altered);
    }
    let prefix = payload.len() - body.len();
    // The header first: enough to know how long the whole link must be.
    let head = decode_prefix(body, HEADER);
    if head.len() < HEADER {
        return Err(LinkError::CutShort {
            have: payload.len(),
            need: None,
        });
    }
    if crc32(&head[..6]) != be32(&head[6..10]) as u32 {
        return Err(LinkError::Altered);
    }
    let compressed_len = be24(&head[0..3]);
    let json_len = be24(&head[3..6]);
    let total = HEADER
        .checked_add(compressed_len)
        .and_then(|n| n.checked_add(TRAILER))
        .filter(|n| encoded_len(*n) <= MAX_OPEN_CHARS)
        .ok_or(LinkError::Altered)?;
    if json_len > MAX_IMPORT_BYTES || json_len == 0 || compressed_len == 0 {
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
        compressed: data[HEADER..].to_vec(),
        json_len,
    })
}

/// Reads the JSON the browser unpacked from `packed`, through the same checks as an
/// imported file, so a newer format is refused by the same rule.
pub fn read(
    json: &[u8],
    packed_json_len: usize,
    banks: &[Bank],
) -> Result<Vec<Assessment>, LinkError> {
    if json.len() != packed_json_len {
        return Err(LinkError::Altered);
    }
    import(json, banks).map_err(LinkError::Import)
}

/// `v<number>.` and what follows it.
fn version_body(payload: &str) -> Result<&str, LinkError> {
    let expected = format!("v{LINK_VERSION}.");
    if expected.starts_with(payload) {
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
        Ok(LINK_VERSION) if canonical => Ok(body),
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
