//! Share by link: the framing, its checks and every reason a link is refused, worked by hand,
//! then a seeded fuzz of well over 100,000 hostile links and unpacked payloads. The browser
//! compresses, so here the "compressed" bytes are whatever the test chooses: the framing
//! never looks inside them.

use nasss_navigator::core::assessment::{Answer, Assessment};
use nasss_navigator::core::file_format::{export_compact, ImportError, SCHEMA_VERSION};
use nasss_navigator::core::share_link::{
    base64url, crc32, decode_exact, encoded_len, length_note, link, pack, read, unpack, LinkError,
    Packed, MAX_LINK_CHARS, MAX_OPEN_CHARS,
};
use nasss_navigator::core::shipped::shipped_banks;

fn sample() -> Assessment {
    let banks = shipped_banks();
    let mut a = Assessment::new(
        "share1".into(),
        "Virtual ward",
        &banks[1],
        1_700_000_000_000,
    );
    a.set_answer("1A", Some(Answer::parse("complex")), 1_700_000_000_100);
    a.set_note(
        "1A",
        "Many patients have other illnesses",
        1_700_000_000_200,
    );
    a.set_answer("2B", Some(Answer::DontKnow), 1_700_000_000_300);
    a.set_judgement(
        1,
        Some(("complicated", "the clinic handles it")),
        1_700_000_000_400,
    );
    a.reflect(1, 1_700_000_000_500, |r| {
        r.uncertain = "Funding after March".into();
        r.depends_on.insert(5, "staff time".into());
    });
    a.add_action(
        "1A",
        "Map the pathway",
        "Sam",
        "2027-01-31",
        1_700_000_000_600,
    );
    a
}

fn sample_json() -> Vec<u8> {
    export_compact(&[sample()], 1_700_000_001_000).into_bytes()
}

/// The JSON itself stands in for its compressed form: the framing is the same for any bytes.
fn sample_payload() -> String {
    let json = sample_json();
    pack(&json, json.len())
}

#[test]
fn base64url_matches_the_rfc_examples_without_padding() {
    // RFC 4648 section 10, with the padding dropped.
    let cases = [
        ("", ""),
        ("f", "Zg"),
        ("fo", "Zm8"),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg"),
        ("fooba", "Zm9vYmE"),
        ("foobar", "Zm9vYmFy"),
    ];
    for (plain, encoded) in cases {
        assert_eq!(base64url(plain.as_bytes()), encoded);
        assert_eq!(decode_exact(encoded).unwrap(), plain.as_bytes());
        assert_eq!(encoded_len(plain.len()), encoded.len());
    }
    // The two characters that differ from plain base64 ("+/8=" there): 0xFB 0xFF is
    // 111110 111111 1111(00).
    assert_eq!(base64url(&[0xFB, 0xFF]), "-_8");
    assert_eq!(decode_exact("-_8").unwrap(), vec![0xFB, 0xFF]);
}

#[test]
fn strict_decoding_refuses_spare_bits_and_impossible_lengths() {
    // "Zg" is "f"; "Zh" differs only in the 4 bits no byte uses, so it is a changed link.
    assert!(decode_exact("Zh").is_none());
    assert!(decode_exact("Zm9").is_none()); // 2 spare bits set
    assert!(decode_exact("Zm9vY").is_none()); // 5 characters never encode whole bytes
    assert!(decode_exact("Zm+v").is_none()); // plain base64's character, not base64url's
    assert!(decode_exact("Zm9v").is_some());
}

#[test]
fn crc32_gives_the_standard_check_value() {
    // The check value every CRC-32 (zip, PNG) gives for the digits 1 to 9.
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(crc32(b""), 0);
}

#[test]
fn a_payload_is_framed_as_documented() {
    // Worked by hand, and checked with Python's zlib.crc32 and base64.urlsafe_b64encode:
    // 00 00 03 | 00 00 03 | crc32 of those six = 3a 7e 5f f7 | "abc" = 61 62 63 |
    // crc32 of the 13 bytes before = 4e b5 5f 19. Seventeen bytes are 23 characters.
    let payload = pack(b"abc", 3);
    assert_eq!(payload, "v1.AAADAAADOn5f92FiY061Xxk");
    assert_eq!(
        unpack(&payload).unwrap(),
        Packed {
            compressed: b"abc".to_vec(),
            json_len: 3
        }
    );
}

#[test]
fn an_assessment_goes_through_a_link_and_back_whole() {
    let banks = shipped_banks();
    let payload = sample_payload();
    let packed = unpack(&payload).unwrap();
    let back = read(&packed.compressed, packed.json_len, &banks).unwrap();
    assert_eq!(back, vec![sample()]);
    let a = &back[0];
    assert_eq!(a.note("1A"), "Many patients have other illnesses");
    assert_eq!(a.judgement(1).unwrap().reason, "the clinic handles it");
    assert_eq!(a.reflection(1).unwrap().uncertain, "Funding after March");
    assert_eq!(a.actions[0].what, "Map the pathway");
}

#[test]
fn a_link_cut_short_says_how_much_of_it_is_left() {
    let payload = pack(b"abc", 3);
    // 3 characters of "v1." and 23 of body: 26 in all.
    assert_eq!(payload.len(), 26);
    let cut = unpack(&payload[..20]).unwrap_err();
    assert_eq!(
        cut,
        LinkError::CutShort {
            have: 20,
            need: Some(26)
        }
    );
    assert!(cut
        .to_string()
        .starts_with("This link has been cut short: it has 20 of its 26 characters."));
    assert!(cut.to_string().contains("as a file"));
    // Before the header is whole (3 + 14 characters), the length is not known yet.
    assert_eq!(
        unpack(&payload[..16]).unwrap_err(),
        LinkError::CutShort {
            have: 16,
            need: None
        }
    );
    for short in ["", "v", "v1", "v1."] {
        assert!(
            matches!(unpack(short), Err(LinkError::CutShort { need: None, .. })),
            "{short}"
        );
    }
    // Every cut of a real link is called cut short, never changed.
    let long = sample_payload();
    for end in 0..long.len() {
        assert!(
            matches!(unpack(&long[..end]), Err(LinkError::CutShort { .. })),
            "cut at {end}"
        );
    }
}

#[test]
fn a_changed_character_anywhere_is_called_changed() {
    let payload = sample_payload();
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut bytes = payload.clone().into_bytes();
    for i in 3..bytes.len() {
        let original = bytes[i];
        for &c in alphabet.iter().filter(|&&c| c != original) {
            bytes[i] = c;
            let changed = std::str::from_utf8(&bytes).unwrap();
            assert_eq!(unpack(changed), Err(LinkError::Altered), "position {i}");
        }
        bytes[i] = original;
    }
    let mut longer = payload.clone();
    longer.push('A');
    assert_eq!(unpack(&longer), Err(LinkError::Altered));
    let spaced = payload.replacen('A', " ", 1);
    assert_eq!(unpack(&spaced), Err(LinkError::Altered));
    assert!(LinkError::Altered
        .to_string()
        .starts_with("This link has been changed since it was made"));
}

#[test]
fn a_link_from_a_newer_version_is_refused_as_newer() {
    let body = &sample_payload()[3..];
    assert_eq!(
        unpack(&format!("v2.{body}")),
        Err(LinkError::NewerLink { found: 2 })
    );
    assert_eq!(
        unpack(&format!("v17.{body}")),
        Err(LinkError::NewerLink { found: 17 })
    );
    for wrong in [
        "v0.",
        "v01.",
        "V1.",
        "x1.",
        "v.",
        "v1x.",
        "v99999999999.",
        "1.",
    ] {
        assert_eq!(
            unpack(&format!("{wrong}{body}")),
            Err(LinkError::Altered),
            "{wrong}"
        );
    }
    assert!(LinkError::NewerLink { found: 2 }
        .to_string()
        .starts_with("A newer version of NASSS Navigator made this link."));
    // The assessment inside can be newer too: the same rule as a file refuses it.
    let banks = shipped_banks();
    let json = String::from_utf8(sample_json()).unwrap().replace(
        &format!("\"schema_version\":{SCHEMA_VERSION}"),
        &format!("\"schema_version\":{}", SCHEMA_VERSION + 1),
    );
    let refused = read(json.as_bytes(), json.len(), &banks).unwrap_err();
    assert_eq!(
        refused,
        LinkError::Import(ImportError::NewerVersion {
            found: SCHEMA_VERSION + 1
        })
    );
    assert!(refused
        .to_string()
        .starts_with("A newer version of NASSS Navigator made this link."));
}

#[test]
fn unpacked_json_is_checked_like_a_file() {
    let banks = shipped_banks();
    let json = sample_json();
    // Unpacked to another length than the link says: changed.
    assert_eq!(read(&json, json.len() + 1, &banks), Err(LinkError::Altered));
    // Not our JSON at all.
    let other = br#"{"hello":"world"}"#;
    let refused = read(other, other.len(), &banks).unwrap_err();
    assert_eq!(refused, LinkError::Import(ImportError::NotOurFile));
    assert!(refused
        .to_string()
        .starts_with("This link does not hold a NASSS Navigator assessment."));
    // A question set this device lacks: the file's own reason, said of the link.
    let custom = String::from_utf8(json)
        .unwrap()
        .replace("\"id\":\"full\"", "\"id\":\"my-bank\"");
    let refused = read(custom.as_bytes(), custom.len(), &banks).unwrap_err();
    assert_eq!(
        refused.to_string(),
        "This link cannot be opened here: \"Virtual ward\" uses a question set called \"my-bank\" that this app does not have."
    );
}

#[test]
fn a_link_over_2000_characters_is_refused_when_copying() {
    let page = "https://example.org/nasss/";
    // page (26) + "#/open/" (7) + "v1." (3) + encoded_len(10 + n + 4) characters.
    let fits = |n: usize| 26 + 7 + 3 + encoded_len(14 + n);
    let n = (0..3000)
        .rev()
        .find(|n| fits(*n) <= MAX_LINK_CHARS)
        .unwrap();
    // By hand: 36 + 1,964 = 2,000, and 1,964 characters are 491 groups of 3 bytes, so
    // 1,473 bytes of frame, 1,459 of them compressed data. One byte more takes 2 more
    // characters (1,474 bytes: 491 groups and 2 bytes over, in 3 characters).
    assert_eq!((n, fits(n)), (1459, 2000));
    let url = link(page, &vec![7; n], 5000).unwrap();
    assert_eq!(url.len(), 2000);
    assert!(url.starts_with("https://example.org/nasss/#/open/v1."));
    let refused = link(page, &vec![7; n + 1], 5000).unwrap_err();
    assert_eq!(refused, LinkError::TooLongForMail { chars: 2002 });
    assert_eq!(
        refused.to_string(),
        "This link would be 2,002 characters long. Email programs can cut links longer than 2,000, so the other person might not be able to open it. Export a file instead and send that: a file has no limit."
    );
    // What is copied opens again.
    let payload = url.split_once("#/open/").unwrap().1;
    assert_eq!(unpack(payload).unwrap().compressed, vec![7; n]);
}

#[test]
fn a_link_over_1024_characters_comes_with_a_caution() {
    assert_eq!(
        length_note(1024),
        "The link is 1,024 characters long, short enough for any email program."
    );
    assert_eq!(
        length_note(1025),
        "The link is 1,025 characters long. Some email programs, including some versions of Outlook, cut links longer than 1,024: if it does not open for the other person, export a file and send that instead."
    );
}

#[test]
fn a_link_longer_than_any_we_make_is_refused_before_reading() {
    let huge = format!("v1.{}", "A".repeat(MAX_OPEN_CHARS));
    let refused = unpack(&huge).unwrap_err();
    assert_eq!(
        refused,
        LinkError::TooLongToOpen {
            chars: MAX_OPEN_CHARS + 3
        }
    );
    assert!(refused.to_string().contains("16,003 characters"));
}

// ---------------------------------------------------------------------------------------
// The fuzz: a fixed seed, so a failure is the same on every run and every machine.

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        // xorshift64 (Marsaglia, 2003).
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Every refusal must name a reason a person can act on.
fn refused(input: &str) -> LinkError {
    match unpack(input) {
        Ok(p) => panic!(
            "hostile input accepted: {input:?} gave {} bytes",
            p.compressed.len()
        ),
        Err(e) => {
            assert!(e.to_string().len() > 40, "vague reason for {input:?}: {e}");
            e
        }
    }
}

fn is_newer_prefix(s: &str) -> bool {
    s.strip_prefix('v')
        .and_then(|r| r.split_once('.'))
        .is_some_and(|(n, _)| {
            !n.starts_with('0') && n.len() <= 9 && n.parse::<u32>().is_ok_and(|v| v > 1)
        })
}

#[test]
fn fuzz_over_100000_hostile_links_are_each_refused_with_their_reason() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let valid = sample_payload();
    let small = pack(b"abc", 3);
    let mut tried = 0usize;

    for round in 0..130_000 {
        let base = if round % 2 == 0 { &valid } else { &small };
        let kind = round % 10;
        let (input, expect): (String, &str) = match kind {
            // Cut anywhere.
            0 => (base[..rng.below(base.len())].to_string(), "cut"),
            // One character swapped for another of the alphabet, or one bit flipped.
            1 | 2 => {
                let mut b = base.clone().into_bytes();
                let i = rng.below(b.len());
                let old = b[i];
                b[i] = if kind == 1 {
                    ALPHABET[rng.below(64)]
                } else {
                    old ^ (1 << rng.below(7))
                };
                if b[i] == old {
                    continue;
                }
                let s = String::from_utf8(b).unwrap();
                let e = if is_newer_prefix(&s) {
                    "newer"
                } else {
                    "changed"
                };
                (s, e)
            }
            // A character taken out of the middle: the link is short, unless the header
            // (its first 3 + 14 characters) lost it, and then it is changed.
            3 => {
                let mut s = base.clone();
                s.remove(3 + rng.below(s.len() - 3));
                let e = if s[..17] == base[..17] {
                    "cut"
                } else {
                    "changed"
                };
                (s, e)
            }
            // Characters added: inside, or at the end (a mail program's trailing ">").
            4 => {
                let mut s = base.clone();
                let extra = ["A", ">", "%20", "\n", "é", "=", "."][rng.below(7)];
                s.insert_str(3 + rng.below(s.len() - 2), extra);
                (s, "changed")
            }
            // Wrong prefixes before a real body.
            5 => {
                let n = rng.next() % 1_000_000_000_000;
                let prefix = [
                    format!("v{n}."),
                    format!("V{n}."),
                    format!("v{n}"),
                    format!("{n}."),
                    format!("v0{n}."),
                ][rng.below(5)]
                .clone();
                let s = format!("{prefix}{}", &base[3..]);
                let e = if s == *base {
                    continue;
                } else if is_newer_prefix(&s) {
                    "newer"
                } else {
                    "changed"
                };
                (s, e)
            }
            // Random text, sometimes with a real prefix.
            6 | 7 => {
                let len = rng.below(if kind == 6 { 40 } else { 3000 });
                let mut s = if rng.below(2) == 0 {
                    "v1.".to_string()
                } else {
                    String::new()
                };
                for _ in 0..len {
                    s.push(match rng.below(20) {
                        0 => char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('?'),
                        1 => (rng.below(95) as u8 + 32) as char,
                        _ => ALPHABET[rng.below(64)] as char,
                    });
                }
                (s, "any")
            }
            // Frames whose checksums are right but whose lengths lie.
            8 => {
                let data: Vec<u8> = (0..rng.below(64)).map(|_| rng.next() as u8).collect();
                let claim_c =
                    [0, 1, data.len() + 1, 0xFF_FFFF, rng.below(0x100_0000)][rng.below(5)];
                let claim_j =
                    [0, 1, 6 * 1024 * 1024, 0xFF_FFFF, rng.below(0x100_0000)][rng.below(5)];
                let mut f = Vec::new();
                f.extend_from_slice(&(claim_c as u32).to_be_bytes()[1..]);
                f.extend_from_slice(&(claim_j as u32).to_be_bytes()[1..]);
                f.extend_from_slice(&crc32(&f).to_be_bytes());
                f.extend_from_slice(&data);
                f.extend_from_slice(&crc32(&f).to_be_bytes());
                let honest = claim_c == data.len() && claim_j > 0 && claim_j <= 5 * 1024 * 1024;
                if honest {
                    continue;
                }
                (format!("v1.{}", base64url(&f)), "any")
            }
            // Far too long.
            _ => {
                let len =
                    MAX_OPEN_CHARS + 1 + rng.below(if round % 100 == 9 { 1_000_000 } else { 100 });
                (format!("v1.{}", "A".repeat(len)), "too long")
            }
        };
        let e = refused(&input);
        match expect {
            "cut" => assert!(matches!(e, LinkError::CutShort { .. }), "{input:?}: {e:?}"),
            "changed" => assert_eq!(e, LinkError::Altered, "{input:?}"),
            "newer" => assert!(matches!(e, LinkError::NewerLink { .. }), "{input:?}: {e:?}"),
            "too long" => assert!(matches!(e, LinkError::TooLongToOpen { .. })),
            _ => {}
        }
        tried += 1;
    }
    assert!(tried >= 100_000, "only {tried} inputs");
    // The real links still open.
    assert!(unpack(&valid).is_ok() && unpack(&small).is_ok());
}

#[test]
fn fuzz_hostile_unpacked_json_never_panics_and_is_refused_or_read_whole() {
    let banks = shipped_banks();
    let json = sample_json();
    let mut rng = XorShift(0xD1B5_4A32_D192_ED03);
    let (mut ok, mut refused) = (0, 0);
    for round in 0..20_000 {
        let mut j = json.clone();
        match round % 5 {
            0 => j.truncate(rng.below(j.len())),
            1 => {
                let i = rng.below(j.len());
                j[i] ^= 1 << rng.below(8);
            }
            2 => {
                let i = rng.below(j.len());
                let junk = [
                    &b"{"[..],
                    b"]",
                    b"\"",
                    b"\\u0000",
                    b"99999999999999999999",
                    b"null",
                    b"-",
                ];
                j.splice(i..i, junk[rng.below(junk.len())].iter().copied());
            }
            3 => {
                let depth = rng.below(5000);
                j = [b"[".repeat(depth), b"]".repeat(depth)].concat();
            }
            _ => j = (0..rng.below(200)).map(|_| rng.next() as u8).collect(),
        }
        match read(&j, j.len(), &banks) {
            // A change inside a note, say, still reads: it is whole and checked.
            Ok(found) => {
                assert!(!found.is_empty());
                ok += 1;
            }
            Err(e) => {
                assert!(e.to_string().len() > 30, "vague: {e}");
                refused += 1;
            }
        }
    }
    assert!(refused > 15_000 && ok > 0, "{refused} refused, {ok} read");
}
