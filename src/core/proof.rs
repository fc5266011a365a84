//! Proof that an assessment is this device's own. The device key signs an assessment's id
//! when the person makes it here (or says a file is theirs, from another device); only a
//! proof that verifies makes it theirs to change. A name, the device id an earlier release
//! exported, or no author at all is only what a file says: it prompts a question, never an
//! answer.

use super::assessment::Assessment;
use super::author::{load_author, Author};
use super::example::is_example;
use super::identity::{load_key, save_key, DeviceKey};
use super::storage::{save, KeyValueStore, Loaded, StoreError};

/// What the device key signs for an assessment, so a review's proof never passes as one.
pub const ASSESSMENT_PURPOSE: &str = "assessment";

impl Assessment {
    /// Made on this device: its proof verifies with this device's key.
    pub fn made_here(&self, key: &DeviceKey) -> bool {
        self.proof
            .as_deref()
            .is_some_and(|proof| key.verifies(ASSESSMENT_PURPOSE, &[&self.id], proof))
    }

    /// Makes it the person's own on this device: their name on it, and this device's proof.
    /// Called on whatever keeps a new id (a new assessment, a copy) after the id is set.
    pub fn claim(&mut self, me: &Author, key: &DeviceKey) {
        self.author = Some(me.clone());
        self.proof = Some(key.sign(ASSESSMENT_PURPOSE, &[&self.id]));
    }
}

/// Why a file that is not provably the person's own still looks like theirs: it is shown
/// beside "Whose assessments are these?", so nobody takes "Mine" on the file's word alone.
/// None when the file names someone else, or its proof verifies here. (A file that claims
/// the example's id is asked about too: it is kept under an id of its own.)
pub fn unproven_claim(a: &Assessment, me: Option<&Author>, key: &DeviceKey) -> Option<String> {
    if a.made_here(key) {
        return None;
    }
    let Some(author) = &a.author else {
        return Some(format!(
            "\"{}\" does not say who made it, so it cannot be checked as yours.",
            a.title
        ));
    };
    let me = me?;
    if author.same_old_device_as(me) {
        return Some(format!(
            "\"{}\" carries this device's old id, but it was not made here, so that cannot be checked.",
            a.title
        ));
    }
    author.same_name_as(me).then(|| {
        format!(
            "\"{}\" says it is from {}, the name on this device, but it was not made here, so that cannot be checked.",
            a.title,
            author.display()
        )
    })
}

/// Moves this device's stored work from the earlier rule to proofs, once, when the device
/// first gets its key: what the earlier release showed as the person's own (no author; the
/// device's old id; or their name and organisation, in any letter case) is signed, so
/// nobody's own work turns read-only after the update. Returns the ids signed, to be saved
/// again. Anything stored after the key exists is never signed this way: an import is only
/// the person's own when they say so.
pub fn sign_earlier_own_work(
    assessments: &mut [Assessment],
    me: Option<&Author>,
    key: &DeviceKey,
) -> Vec<String> {
    let mut signed = Vec::new();
    for a in assessments.iter_mut() {
        if is_example(&a.id) || a.made_here(key) {
            continue;
        }
        let earlier_own = match (&a.author, me) {
            (None, _) => true,
            (Some(theirs), Some(me)) => theirs.same_old_device_as(me) || theirs.same_name_as(me),
            (Some(_), None) => false,
        };
        if earlier_own {
            a.proof = Some(key.sign(ASSESSMENT_PURPOSE, &[&a.id]));
            signed.push(a.id.clone());
        }
    }
    signed
}

/// What moving stored work to proofs could not save, to be named and tried again.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct NotSaved {
    /// The key itself: until it is stored, the proofs made with it last only this visit.
    pub key: Option<StoreError>,
    pub assessments: Vec<(String, StoreError)>,
}

/// At load, on a device whose key is not stored yet (the first visit since proofs, or a
/// new device): signs the stored work the earlier rule counted as the person's own
/// (`sign_earlier_own_work`) in `loaded`, then stores the key and, with it, each signed
/// assessment (not those a newer version wrote: they are never written). A device with
/// nothing to sign stores nothing: the key is kept with the first assessment made here.
pub fn move_to_proofs(
    store: &mut impl KeyValueStore,
    loaded: &mut Loaded,
    key: &DeviceKey,
) -> NotSaved {
    let mut not_saved = NotSaved::default();
    if load_key(store).is_some() {
        return not_saved;
    }
    let me = load_author(store);
    let ids = sign_earlier_own_work(&mut loaded.assessments, me.as_ref(), key);
    if ids.is_empty() {
        return not_saved;
    }
    not_saved.key = save_key(store, key).err();
    for a in &loaded.assessments {
        if ids.contains(&a.id) && !loaded.read_only.contains(&a.id) {
            if let Err(e) = save(store, a) {
                not_saved.assessments.push((a.id.clone(), e));
            }
        }
    }
    not_saved
}
