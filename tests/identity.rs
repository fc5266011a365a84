//! The device key's signatures: they verify with the key that made them and nothing else.

use nasss_navigator::core::identity::DeviceKey;

fn key(seed: u8) -> DeviceKey {
    DeviceKey::from_random([seed; 32])
}

#[test]
fn a_signature_verifies_with_its_own_key_only() {
    let proof = key(1).sign("assessment", &["abc123"]);
    assert!(key(1).verifies("assessment", &["abc123"], &proof));
    assert!(!key(2).verifies("assessment", &["abc123"], &proof));
    assert!(!key(1).verifies("assessment", &["abc124"], &proof));
    assert!(!key(1).verifies("review", &["abc123"], &proof));
}

#[test]
fn parts_cannot_be_regrouped() {
    let k = key(3);
    let proof = k.sign("review", &["ab", "c"]);
    assert!(!k.verifies("review", &["a", "bc"], &proof));
    assert!(!k.verifies("review", &["abc"], &proof));
}

#[test]
fn the_framing_matches_an_independent_hmac() {
    // Worked out apart from this code, with Python's hmac module:
    // HMAC-SHA256(key = 32 bytes of 0x0b,
    //   message = be64(10) "assessment" be64(1) "x").
    // A change of framing would orphan every stored proof, so it must fail here.
    assert_eq!(
        key(0x0b).sign("assessment", &["x"]),
        "139033bdf607834fcf7af2f011d3eaf83a78ae1883eb1584f375663b549c4dcc"
    );
}

#[test]
fn damaged_or_malformed_proofs_are_refused() {
    let k = key(4);
    let proof = k.sign("assessment", &["id"]);
    for bad in [
        "",
        "zz",
        &proof[..63],
        &proof.to_uppercase().replace('A', "G"),
        "00",
    ] {
        assert!(!k.verifies("assessment", &["id"], bad), "{bad:?}");
    }
    // Upper-case hex is the same bytes: still the proof.
    assert!(k.verifies("assessment", &["id"], &proof.to_uppercase()));
}

#[test]
fn stored_keys_round_trip_and_damaged_ones_are_none() {
    let k = key(9);
    let stored = k.to_stored();
    assert_eq!(stored.len(), 64);
    assert_eq!(DeviceKey::from_stored(&stored), Some(k));
    assert_eq!(DeviceKey::from_stored(&stored[..62]), None);
    assert_eq!(
        DeviceKey::from_stored(&format!("{}zz", &stored[..62])),
        None
    );
    assert_eq!(DeviceKey::from_stored(""), None);
}

#[test]
fn debug_never_shows_the_secret() {
    assert_eq!(format!("{:?}", key(7)), "DeviceKey(…)");
}
