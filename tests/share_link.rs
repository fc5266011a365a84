//! Share by link: the framing, its checks and every reason a link is refused, worked by hand,
//! then a seeded fuzz of well over 100,000 hostile links and unpacked payloads. The browser
//! compresses, so here the "compressed" bytes are whatever the test chooses: the framing
//! never looks inside them. Both formats are checked: `v2.` (what the app makes) and `v1.`
//! (the first release's, which still opens).

use nasss_navigator::core::assessment::{Answer, Assessment};
use nasss_navigator::core::file_format::{export_compact, ImportError, SCHEMA_VERSION};
use nasss_navigator::core::share_link::{
    base64url, crc16, crc32, decode_exact, encoded_len, length_note, link, link_data, pack,
    pack_v1, read, unpack, LinkError, Packed, MAX_LINK_CHARS, MAX_OPEN_CHARS,
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

/// The data itself stands in for its compressed form: the framing is the same for any bytes.
fn sample_payload() -> String {
    pack(&link_data(&[sample()], &shipped_banks()))
}

fn sample_payload_v1() -> String {
    let json = sample_json();
    pack_v1(&json, json.len())
}

/// A packed link's data read as if the browser had unpacked it (it stands in for itself).
fn read_back(payload: &str) -> Result<Vec<Assessment>, LinkError> {
    let packed = unpack(payload)?;
    read(&packed, &packed.compressed.clone(), &shipped_banks())
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
    // And CRC-16/CCITT-FALSE's (Python's binascii.crc_hqx(data, 0xFFFF) gives the same).
    assert_eq!(crc16(b"123456789"), 0x29B1);
}

#[test]
fn a_payload_is_framed_as_documented() {
    // Worked by hand, and checked with Python's binascii.crc_hqx, zlib.crc32 and
    // base64.urlsafe_b64encode: 03 (the length, a one-byte varint) | crc16 of it = d1 93 |
    // "abc" = 61 62 63 | crc32 of the 6 bytes before = e6 53 53 7e. Ten bytes, 14 characters.
    let payload = pack(b"abc");
    assert_eq!(payload, "v2.A9GTYWJj5lNTfg");
    assert_eq!(
        unpack(&payload).unwrap(),
        Packed {
            version: 2,
            compressed: b"abc".to_vec(),
            unpacked_len: None,
        }
    );
    // The first format, as the first release framed it: 00 00 03 | 00 00 03 | crc32 of
    // those six = 3a 7e 5f f7 | "abc" | crc32 of the 13 bytes before = 4e b5 5f 19.
    let payload = pack_v1(b"abc", 3);
    assert_eq!(payload, "v1.AAADAAADOn5f92FiY061Xxk");
    assert_eq!(
        unpack(&payload).unwrap(),
        Packed {
            version: 1,
            compressed: b"abc".to_vec(),
            unpacked_len: Some(3),
        }
    );
}

#[test]
fn an_assessment_goes_through_a_link_and_back_whole() {
    for payload in [sample_payload(), sample_payload_v1()] {
        let back = read_back(&payload).unwrap();
        assert_eq!(back, vec![sample()]);
        let a = &back[0];
        assert_eq!(a.note("1A"), "Many patients have other illnesses");
        assert_eq!(a.judgement(1).unwrap().reason, "the clinic handles it");
        assert_eq!(a.reflection(1).unwrap().uncertain, "Funding after March");
        assert_eq!(a.actions[0].what, "Map the pathway");
    }
}

#[test]
fn a_v1_link_made_by_the_first_release_still_opens_whole() {
    // tests/fixtures/link-v1: made by the code before format 2, with a real raw deflate.
    let url = include_str!("fixtures/link-v1/virtual-ward.txt").trim();
    let payload = url.split_once("#/open/").unwrap().1;
    let packed = unpack(payload).unwrap();
    assert_eq!(packed.version, 1);
    let json = miniz_oxide::inflate::decompress_to_vec(&packed.compressed).unwrap();
    let back = read(&packed, &json, &shipped_banks()).unwrap();
    assert_eq!(back.len(), 1);
    let a = &back[0];
    assert_eq!(
        (a.id.as_str(), a.title.as_str()),
        ("mk1fixture01", "Virtual ward (v1 link)")
    );
    assert_eq!(a.author.as_ref().unwrap().name, "Priya Shah");
    assert_eq!(a.answer("1A"), Some(&Answer::parse("complex")));
    assert_eq!(
        a.note("1A"),
        "Most patients have two or more long-term conditions."
    );
    assert_eq!(a.answer("2A"), Some(&Answer::DontKnow));
    assert_eq!(
        a.judgement(1).unwrap().reason,
        "The clinic already handles it."
    );
    assert_eq!(a.actions[0].what, "Map the pathway with the ward team");
    assert_eq!(a.response("1A").unwrap().updated_at, 1_764_000_095_871);
    // Unpacked to another length than it says: changed.
    assert_eq!(
        read(&packed, &json[1..], &shipped_banks()),
        Err(LinkError::Altered)
    );
}

#[test]
fn a_link_cut_short_says_how_much_of_it_is_left() {
    let payload = pack(b"abc");
    // 3 characters of "v2." and 14 of body: 17 in all.
    assert_eq!(payload.len(), 17);
    let cut = unpack(&payload[..12]).unwrap_err();
    assert_eq!(
        cut,
        LinkError::CutShort {
            have: 12,
            need: Some(17)
        }
    );
    assert!(cut
        .to_string()
        .starts_with("This link has been cut short: it has 12 of its 17 characters."));
    assert!(cut.to_string().contains("as a file"));
    // Before the header is whole (3 + 4 characters), the length is not known yet.
    assert_eq!(
        unpack(&payload[..6]).unwrap_err(),
        LinkError::CutShort {
            have: 6,
            need: None
        }
    );
    for short in ["", "v", "v2", "v2."] {
        assert!(
            matches!(unpack(short), Err(LinkError::CutShort { need: None, .. })),
            "{short}"
        );
    }
    // Every cut of a real link, in either format, is called cut short, never changed.
    for long in [sample_payload(), sample_payload_v1()] {
        for end in 0..long.len() {
            assert!(
                matches!(unpack(&long[..end]), Err(LinkError::CutShort { .. })),
                "cut at {end}"
            );
        }
    }
}

#[test]
fn a_changed_character_anywhere_is_called_changed() {
    for payload in [sample_payload(), sample_payload_v1()] {
        changed_characters_are_called_changed(payload);
    }
}

fn changed_characters_are_called_changed(payload: String) {
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
        unpack(&format!("v3.{body}")),
        Err(LinkError::NewerLink { found: 3 })
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
        "v2x.",
        "v99999999999.",
        "2.",
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
    let v1 = unpack(&pack_v1(json.as_bytes(), json.len())).unwrap();
    let refused = read(&v1, json.as_bytes(), &banks).unwrap_err();
    assert_eq!(
        refused,
        LinkError::Import(ImportError::NewerVersion {
            found: SCHEMA_VERSION + 1
        })
    );
    // In format 2 the schema version is the data's first number.
    let mut data = link_data(&[sample()], &banks);
    data[0] += 1;
    let v2 = unpack(&pack(&data)).unwrap();
    assert_eq!(
        read(&v2, &data, &banks),
        Err(LinkError::Import(ImportError::NewerVersion {
            found: data[0].into()
        }))
    );
    assert!(refused
        .to_string()
        .starts_with("A newer version of NASSS Navigator made this link."));
}

/// A `v1.` link's JSON as the browser would unpack it.
fn read_json(
    json: &[u8],
    banks: &[nasss_navigator::core::bank::Bank],
) -> Result<Vec<Assessment>, LinkError> {
    let packed = Packed {
        version: 1,
        compressed: Vec::new(),
        unpacked_len: Some(json.len()),
    };
    read(&packed, json, banks)
}

#[test]
fn unpacked_json_is_checked_like_a_file() {
    let banks = shipped_banks();
    let json = sample_json();
    // Not our JSON at all.
    let other = br#"{"hello":"world"}"#;
    let refused = read_json(other, &banks).unwrap_err();
    assert_eq!(refused, LinkError::Import(ImportError::NotOurFile));
    assert!(refused
        .to_string()
        .starts_with("This link does not hold a NASSS Navigator assessment."));
    // A question set this device lacks: the file's own reason, said of the link.
    let custom = String::from_utf8(json)
        .unwrap()
        .replace("\"id\":\"full\"", "\"id\":\"my-bank\"");
    let refused = read_json(custom.as_bytes(), &banks).unwrap_err();
    assert_eq!(
        refused.to_string(),
        "This link cannot be opened here: \"Virtual ward\" uses a question set called \"my-bank\" that this app does not have."
    );
    // The same in format 2, where the question set is needed to read the answers at all.
    let mine = nasss_navigator::core::bank::Bank::new(banks[1].framework.clone(), {
        let mut set = banks[1].set.clone();
        set.id = "my-bank".into();
        set
    })
    .unwrap();
    let mut a = sample();
    a.bank.id = "my-bank".into();
    let data = link_data(&[a], &[mine]);
    let refused = read(&unpack(&pack(&data)).unwrap(), &data, &banks).unwrap_err();
    assert_eq!(
        refused.to_string(),
        "This link cannot be opened here: \"Virtual ward\" uses a question set called \"my-bank\" that this app does not have."
    );
}

#[test]
fn a_link_over_2000_characters_is_refused_when_copying() {
    let page = "https://example.org/nasss/";
    // page (26) + "#/open/" (7) + "v2." (3) + encoded_len(2 + 2 + n + 4) characters for
    // n from 128 to 16,383 (a two-byte length).
    let fits = |n: usize| 26 + 7 + 3 + encoded_len(8 + n);
    let n = (128..3000)
        .rev()
        .find(|n| fits(*n) <= MAX_LINK_CHARS)
        .unwrap();
    // By hand: 36 + 1,964 = 2,000, and 1,964 characters are 491 groups of 3 bytes, so
    // 1,473 bytes of frame, 1,465 of them compressed data. One byte more takes 2 more
    // characters (1,474 bytes: 491 groups and 2 bytes over, in 3 characters).
    assert_eq!((n, fits(n)), (1465, 2000));
    let url = link(page, &vec![7; n]).unwrap();
    assert_eq!(url.len(), 2000);
    assert!(url.starts_with("https://example.org/nasss/#/open/v2."));
    let refused = link(page, &vec![7; n + 1]).unwrap_err();
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
    let huge = format!("v2.{}", "A".repeat(MAX_OPEN_CHARS));
    let refused = unpack(&huge).unwrap_err();
    assert_eq!(
        refused,
        LinkError::TooLongToOpen {
            chars: MAX_OPEN_CHARS + 3
        }
    );
    assert!(refused.to_string().contains("16,003 characters"));
}

#[test]
fn a_link_is_measured_in_the_characters_it_has_not_its_escapes() {
    // The browser's address writes an "é" as "%C3%A9": six characters for one. A link of
    // 5,003 characters is not "30,003 characters long".
    let escaped = format!("v2.{}", "%C3%A9".repeat(5_000));
    assert_eq!(escaped.len(), 30_003);
    assert_eq!(unpack(&escaped), Err(LinkError::Altered));
    let escaped = format!("v2.{}", "%C3%A9".repeat(20_000));
    let refused = unpack(&escaped).unwrap_err();
    assert_eq!(refused, LinkError::TooLongToOpen { chars: 20_003 });
    assert!(
        refused.to_string().contains("20,003 characters"),
        "{refused}"
    );
    // A real link has no escapes: one is a changed character, whatever it stands for.
    let payload = sample_payload();
    let with_escape = payload.replacen('A', "%41", 1);
    assert_ne!(with_escape, payload);
    assert_eq!(unpack(&with_escape), Err(LinkError::Altered));
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
            !n.starts_with('0') && n.len() <= 9 && n.parse::<u32>().is_ok_and(|v| v > 2)
        })
}

/// How many characters, after "vN.", hold a payload's header (and its own checksum).
fn header_chars(payload: &str) -> usize {
    if payload.starts_with("v1.") {
        14
    } else {
        // The varint's bytes and two of checksum.
        let first = decode_exact(&payload[3..7]).unwrap();
        let varint = first.iter().position(|b| b & 0x80 == 0).unwrap() + 1;
        encoded_len(varint + 2)
    }
}

#[test]
fn fuzz_over_100000_hostile_links_are_each_refused_with_their_reason() {
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let bases = [
        sample_payload(),
        pack(b"abc"),
        sample_payload_v1(),
        pack_v1(b"abc", 3),
    ];
    let mut tried = 0usize;

    for round in 0..130_000 {
        let base = &bases[round / 10 % 4];
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
            // (in v1 its first 3 + 14 characters) lost it, and then it is changed.
            3 => {
                let mut s = base.clone();
                s.remove(3 + rng.below(s.len() - 3));
                let head = 3 + header_chars(base);
                let e = if s.len() >= head && s[..head] == base[..head] {
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
                let mut s = ["v1.", "v2.", ""][rng.below(3)].to_string();
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
                if round % 20 < 10 {
                    if honest {
                        continue;
                    }
                    (format!("v1.{}", base64url(&f)), "any")
                } else {
                    // The same in format 2: a varint length (sometimes written too long) and
                    // its CRC-16.
                    let mut f = Vec::new();
                    let mut n = claim_c;
                    loop {
                        let more = n > 0x7F || (rng.below(8) == 0 && f.len() < 2);
                        f.push((n & 0x7F) as u8 | if more { 0x80 } else { 0 });
                        n >>= 7;
                        if !more {
                            break;
                        }
                    }
                    let canonical = f.len() == 1 || *f.last().unwrap() != 0;
                    f.extend_from_slice(&crc16(&f).to_be_bytes());
                    f.extend_from_slice(&data);
                    f.extend_from_slice(&crc32(&f).to_be_bytes());
                    if canonical && claim_c == data.len() && claim_c > 0 {
                        continue;
                    }
                    (format!("v2.{}", base64url(&f)), "any")
                }
            }
            // Far too long.
            _ => {
                let len =
                    MAX_OPEN_CHARS + 1 + rng.below(if round % 100 == 9 { 1_000_000 } else { 100 });
                (
                    format!("v{}.{}", 1 + round % 2, "A".repeat(len)),
                    "too long",
                )
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
    assert!(bases.iter().all(|b| unpack(b).is_ok()));
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
        match read_json(&j, &banks) {
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
