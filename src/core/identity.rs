//! Proof that something was made on this device. Names and ids in a file are only what its
//! sender typed or copied, so they prove nothing; a secret that never leaves the device does.
//! Each device keeps one random key and signs what it makes (an assessment, a review) with
//! HMAC-SHA256 over what the thing is. Another device cannot make a signature that verifies
//! here without the key, and exports never carry the key.

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// Where the key is kept: under the app's root, so "Delete all" removes it with the rest.
pub const DEVICE_KEY_KEY: &str = "nasss-navigator/device-key";

/// Bytes of randomness in a key; the HMAC-SHA256 block holds up to 64, 32 is its output size.
pub const KEY_BYTES: usize = 32;

#[derive(Clone, PartialEq, Eq)]
pub struct DeviceKey([u8; KEY_BYTES]);

// Never print the secret, not even in a test failure or a panic message.
impl std::fmt::Debug for DeviceKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DeviceKey(…)")
    }
}

impl DeviceKey {
    /// A key from fresh random bytes (the browser's `crypto.getRandomValues`).
    pub fn from_random(bytes: [u8; KEY_BYTES]) -> DeviceKey {
        DeviceKey(bytes)
    }

    /// The key as stored: lower-case hex.
    pub fn to_stored(&self) -> String {
        hex(&self.0)
    }

    /// A stored key, or None when the text is not exactly one key's worth of hex (a damaged
    /// key is no key: the device then makes a new one, and its old signatures stop counting).
    pub fn from_stored(text: &str) -> Option<DeviceKey> {
        let text = text.trim();
        if text.len() != KEY_BYTES * 2 || !text.is_ascii() {
            return None;
        }
        let mut out = [0u8; KEY_BYTES];
        for (i, byte) in out.iter_mut().enumerate() {
            *byte = u8::from_str_radix(&text[i * 2..i * 2 + 2], 16).ok()?;
        }
        Some(DeviceKey(out))
    }

    /// The signature of `parts` for one `purpose` ("assessment", "review"), as hex. The
    /// purpose and each part are length-prefixed, so ("ab", "c") and ("a", "bc") never
    /// share a signature, and an assessment's proof never passes as a review's.
    pub fn sign(&self, purpose: &str, parts: &[&str]) -> String {
        hex(&self.mac(purpose, parts).finalize().into_bytes())
    }

    /// Whether `proof` is this key's signature of `parts`, compared in constant time.
    pub fn verifies(&self, purpose: &str, parts: &[&str], proof: &str) -> bool {
        let Some(bytes) = unhex(proof) else {
            return false;
        };
        self.mac(purpose, parts).verify_slice(&bytes).is_ok()
    }

    fn mac(&self, purpose: &str, parts: &[&str]) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        for field in std::iter::once(purpose).chain(parts.iter().copied()) {
            mac.update(&(field.len() as u64).to_be_bytes());
            mac.update(field.as_bytes());
        }
        mac
    }
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[(b >> 4) as usize] as char);
        s.push(DIGITS[(b & 15) as usize] as char);
    }
    s
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() || text.len() > 128 {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

/// This device's key, if one is stored and readable.
pub fn load_key(store: &impl super::storage::KeyValueStore) -> Option<DeviceKey> {
    DeviceKey::from_stored(&store.get(DEVICE_KEY_KEY).ok()??)
}

pub fn save_key(
    store: &mut impl super::storage::KeyValueStore,
    key: &DeviceKey,
) -> Result<(), super::storage::StoreError> {
    store.set(DEVICE_KEY_KEY, &key.to_stored())
}
