//! How a link's compact layout (`core::link_codec`) writes numbers and texts: LEB128
//! varints, zigzag-coded differences, exponential-Golomb codes packed as bits, and texts
//! with their length first; and the reader that takes them back, refusing anything cut
//! short or written in a form the writer never makes.

use super::link_codec::CodecError;

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
pub(crate) fn zigzag(difference: u64) -> u64 {
    let d = difference as i64;
    ((d << 1) ^ (d >> 63)) as u64
}

pub(crate) fn unzigzag(z: u64) -> u64 {
    ((z >> 1) as i64 ^ -((z & 1) as i64)) as u64
}

pub(crate) fn put_zigzag(out: &mut Vec<u8>, difference: u64) {
    put_varint(out, zigzag(difference));
}

/// Bits in exponential-Golomb code of order `k` for `n`: a run of zeros, then `n + 2^k`.
pub(crate) fn golomb_bits(n: u64, k: u32) -> u32 {
    let w = u128::from(n) + (1u128 << k);
    let len = 128 - w.leading_zeros();
    2 * len - k - 1
}

/// The answers' times, as exponential-Golomb codes of the order that makes them shortest
/// (a byte), packed as bits and padded to a whole byte with zeros. Times a person answers
/// in are seconds to minutes apart, a spread a varint's 7-bit steps fit badly: this takes
/// about 17 bits for what a varint writes in 24.
pub(crate) fn put_golomb(out: &mut Vec<u8>, values: &[u64]) {
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

pub(crate) struct Bits<'a> {
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

pub(crate) fn read_golomb(r: &mut Reader, count: usize) -> Result<Vec<u64>, CodecError> {
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

pub(crate) fn put_text(out: &mut Vec<u8>, text: &str) {
    put_varint(out, text.len() as u64);
    out.extend_from_slice(text.as_bytes());
}

pub(crate) struct Reader<'a> {
    pub(crate) bytes: &'a [u8],
    pub(crate) at: usize,
}

impl Reader<'_> {
    pub(crate) fn left(&self) -> usize {
        self.bytes.len() - self.at
    }

    pub(crate) fn take(&mut self, n: usize) -> Result<&[u8], CodecError> {
        if n > self.left() {
            return Err(CodecError::Malformed("it ends too soon"));
        }
        let part = &self.bytes[self.at..self.at + n];
        self.at += n;
        Ok(part)
    }

    pub(crate) fn byte(&mut self) -> Result<u8, CodecError> {
        Ok(self.take(1)?[0])
    }

    /// Refuses a number written longer than it needs, so each number has one form.
    pub(crate) fn varint(&mut self) -> Result<u64, CodecError> {
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
    pub(crate) fn zigzag(&mut self) -> Result<u64, CodecError> {
        let z = self.varint()?;
        Ok(((z >> 1) as i64 ^ -((z & 1) as i64)) as u64)
    }

    pub(crate) fn text(&mut self) -> Result<String, CodecError> {
        let len = self.varint()?;
        let len = usize::try_from(len)
            .ok()
            .filter(|&n| n <= self.left())
            .ok_or(CodecError::Malformed("it ends too soon"))?;
        let bytes = self.take(len)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| CodecError::Malformed("a text is not UTF-8"))
    }
}
