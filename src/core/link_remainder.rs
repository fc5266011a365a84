//! The JSON part of a link's compact layout (`core::link_codec`): the "remainder", what is
//! left of an assessment's JSON once the binary part has taken what it can, made shorter in
//! ways that lose nothing: times relative to the start, and signatures as their bytes.

use super::link_codec::CodecError;
use serde_json::Value;

/// Times written relative to the start are shorter, and survive compression better. Only
/// when every `…_at` field is a whole number from 0 up: one that is not (only a hand-made
/// file has one) could not be told apart on the way back, so then none is changed.
pub(crate) fn relative_times_fit(value: &Value) -> bool {
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
pub(crate) fn shift_times(value: &mut Value, start: u64, back: bool) {
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
pub(crate) const DIGEST_MARK: &str = "\u{0}";

pub(crate) fn has_text(value: &Value, text: &str) -> bool {
    match value {
        Value::String(s) => s == text,
        Value::Object(map) => map.values().any(|v| has_text(v, text)),
        Value::Array(list) => list.iter().any(|v| has_text(v, text)),
        _ => false,
    }
}

/// A signature as hex: 64 lower-case hexadecimal digits, the 32 bytes of an HMAC-SHA256.
pub(crate) fn digest(text: &str) -> Option<Vec<u8>> {
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
pub(crate) fn take_digests(value: &mut Value, out: &mut Vec<Vec<u8>>) {
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

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Puts the signatures back where their marks are, in the same order.
pub(crate) fn put_digests(
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
