//! The workshop links made and read in the browser (its own compression, `core::share_link`
//! framing), and a phone's own answers kept in its storage so a reload loses nothing.

use crate::core::phone_answers::{phone_key, PhoneAnswers};
use crate::core::share_link::{pack, unpack, LinkError};
use crate::core::storage::{KeyValueStore, StoreError};
use crate::ui::platform::browser::page_without_hash;
use crate::ui::platform::browser_store::BrowserStore;
use crate::ui::platform::share::{compress, decompress};

/// A link to this app with `data` compressed into the fragment after `prefix`
/// ("#/join/", "#/answers/"); `None` when this browser cannot compress.
pub async fn make_link(prefix: &str, data: &[u8]) -> Option<String> {
    let packed = compress(data).await?;
    Some(format!("{}{prefix}{}", page_without_hash(), pack(&packed)))
}

/// The data a link's payload holds, checked and unpacked, or why not in words.
pub async fn read_link(payload: &str) -> Result<Vec<u8>, String> {
    let packed = unpack(payload).map_err(|e| e.to_string())?;
    decompress(&packed.compressed, packed.limit())
        .await
        .ok_or_else(|| LinkError::Altered.to_string())
}

pub fn load_phone(workshop_id: &str) -> Option<PhoneAnswers> {
    let text = BrowserStore.get(&phone_key(workshop_id)).ok()??;
    serde_json::from_str(&text).ok()
}

pub fn save_phone(answers: &PhoneAnswers) -> Result<(), StoreError> {
    let text = serde_json::to_string(answers).expect("answers always serialise");
    BrowserStore.set(&phone_key(&answers.workshop_id), &text)
}

/// How many people the facilitator expects, kept on their device with the workshop's id.
fn expected_key(workshop_id: &str) -> String {
    format!("{}expected/{workshop_id}", crate::core::storage::KEY_ROOT)
}

pub fn load_expected(workshop_id: &str) -> Option<u32> {
    BrowserStore
        .get(&expected_key(workshop_id))
        .ok()??
        .parse()
        .ok()
}

pub fn save_expected(workshop_id: &str, n: Option<u32>) {
    let key = expected_key(workshop_id);
    let _ = match n {
        Some(n) => BrowserStore.set(&key, &n.to_string()),
        None => BrowserStore.remove(&key),
    };
}
