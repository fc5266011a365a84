//! A workshop answered on phones: the invite and a person's answers as compact links, the
//! QR code read back by an independent reader, which addresses phones can reach, the
//! phone's revision counting, and the "Collect answers" preview.

mod common;

use common::person;
use nasss_navigator::core::assessment::{Answer, Assessment};
use nasss_navigator::core::bank::Bank;
use nasss_navigator::core::collect::{add_text, preview, received_text, Status};
use nasss_navigator::core::custom_bank::parse_custom_bank;
use nasss_navigator::core::participants::{add, remove, Participant};
use nasss_navigator::core::phone_answers::PhoneAnswers;
use nasss_navigator::core::phone_link::{
    answer_payloads, answers_data, invite_data, reachable_by_phones, read_answers, read_invite,
    Sending,
};
use nasss_navigator::core::qr::{modules_of, qr_picture, MAX_VERSION};
use nasss_navigator::core::share_link::{encoded_len, pack};
use nasss_navigator::core::shipped::shipped_banks;

fn quick(banks: &[Bank]) -> &Bank {
    banks.iter().find(|b| b.id() == "quick").unwrap()
}

fn workshop(bank: &Bank) -> Assessment {
    Assessment::new("mb3x9k2q7r".into(), "Ward 7: virtual ward", bank, 1_000)
}

fn deflate(b: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec(b, 6)
}

/// The whole link as a phone would get it, from a typical address on a room's network.
fn invite_link(data: &[u8]) -> String {
    format!("http://192.168.1.20:8080/#/join/{}", pack(&deflate(data)))
}

#[test]
fn an_invite_carries_the_workshop_and_its_question_set() {
    let banks = shipped_banks();
    let w = workshop(quick(&banks));
    let invite = read_invite(&invite_data(&w, quick(&banks), true)).unwrap();
    assert_eq!(invite.workshop_id, w.id);
    assert_eq!(invite.title, "Ward 7: virtual ward");
    assert_eq!(invite.bank_id, "quick");
    assert_eq!(invite.bank_file, None);
    // Short enough for a code the back of the room can read.
    let link = invite_link(&invite_data(&w, quick(&banks), true));
    assert!(link.len() < 150, "{} characters: {link}", link.len());
    let code = qr_picture(&link).unwrap();
    assert!(code.version <= 7, "version {}", code.version);
}

#[test]
fn an_invite_carries_a_custom_bank_whole_but_it_is_too_long_for_a_code() {
    let banks = shipped_banks();
    // A facilitator's own copy of the full set, under a name of their own.
    let full = banks.iter().find(|b| b.id() == "full").unwrap();
    let mut set = full.set.clone();
    set.id = "ward-own".into();
    set.title = "Our own questions".into();
    let custom = Bank::new(full.framework.clone(), set).unwrap();
    let w = workshop(&custom);
    let data = invite_data(&w, &custom, false);
    let invite = read_invite(&data).unwrap();
    let file = invite.bank_file.expect("the bank travels");
    assert_eq!(
        parse_custom_bank(file.as_bytes(), &banks, &[]).unwrap(),
        custom
    );
    // The bank file compresses to some kilobytes: far past any code a room can scan, so
    // the page offers the link and the file instead of a code.
    let link = invite_link(&data);
    println!(
        "custom bank invite: {} bytes of data, a link of {} characters",
        data.len(),
        link.len()
    );
    assert!(link.len() > 2_000, "{} characters", link.len());
    assert_eq!(qr_picture(&link), None);
}

#[test]
fn a_persons_answers_come_back_as_they_were_given() {
    let banks = shipped_banks();
    let bank = quick(&banks);
    let ana = person(
        "p4k2",
        "Ana",
        3,
        &[("1", "simple"), ("2", "dont_know"), ("7", "complex")],
    );
    let data = answers_data("mb3x9k2q7r", bank, &ana);
    // One byte per question, plus a few for who and which workshop.
    assert!(data.len() < 40, "{} bytes", data.len());
    let back = read_answers(&data, &banks).unwrap();
    assert_eq!(
        back,
        Sending {
            workshop_id: "mb3x9k2q7r".into(),
            participant: ana
        }
    );
    let link = format!(
        "http://192.168.1.20:8080/#/answers/{}",
        pack(&deflate(&data))
    );
    assert!(link.len() < 120, "{link}");
    // Damaged or hand-made data is refused, not half-read.
    assert!(read_answers(&data[..data.len() - 1], &banks).is_err());
    let mut extra = data.clone();
    extra.push(0);
    assert!(read_answers(&extra, &banks).is_err());
    let mut off_scale = data.clone();
    *off_scale.last_mut().unwrap() = 9;
    assert!(read_answers(&off_scale, &banks).is_err());
    // An invite is not a person's answers.
    let w = workshop(bank);
    assert!(read_answers(&invite_data(&w, bank, true), &banks).is_err());
    assert!(read_invite(&data).is_err());
}

#[test]
fn pasted_text_gives_every_answers_link_in_it() {
    let text = "Here are mine: https://x.org/app/#/answers/v2.AbC-_9 thanks\n\
                https://x.org/app/#/answers/v2.ZZZ\n\
                #/answers/v2.Q1,#/open/v2.notthis";
    assert_eq!(answer_payloads(text), ["v2.AbC-_9", "v2.ZZZ", "v2.Q1"]);
    assert!(answer_payloads("no links here").is_empty());
}

#[test]
fn phones_cannot_reach_loopback_or_a_file() {
    for unreachable in [
        "http://127.0.0.1:8080/#/workshop",
        "http://localhost/",
        "http://LOCALHOST:3000/x",
        "http://[::1]:8080/",
        "http://0.0.0.0:8080/",
        "file:///home/me/nasss/index.html",
        "http://app.localhost/",
    ] {
        assert!(!reachable_by_phones(unreachable), "{unreachable}");
    }
    for reachable in [
        "http://192.168.1.20:8080/",
        "https://nasss.example.nhs.uk/navigator/#/workshop",
        "http://[fe80::1]:8080/",
        "http://laptop.local:8080/",
    ] {
        assert!(reachable_by_phones(reachable), "{reachable}");
    }
}

#[test]
fn the_qr_code_reads_back_as_the_link() {
    let link = "http://192.168.1.20:8080/#/join/v2.FwBkAXkWzMjUzMDQ3MjU4MTgyMDMwQSAB";
    let picture = qr_picture(link).unwrap();
    let grid = modules_of(&picture);
    // Drawn 4 pixels a module, as a camera would see the page, and read by rqrr.
    let scale = 4;
    let side = picture.size * scale;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
        if grid[y / scale][x / scale] {
            0
        } else {
            255
        }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1);
    let (_, text) = grids[0].decode().unwrap();
    assert_eq!(text, link);
}

#[test]
fn a_link_too_long_for_a_readable_code_gets_none() {
    // Version 20 at medium correction holds 666 bytes.
    let long = format!("https://example.org/#/join/{}", "a".repeat(700));
    assert_eq!(qr_picture(&long), None);
    let fits = format!("https://example.org/#/join/{}", "a".repeat(500));
    assert!(qr_picture(&fits).unwrap().version <= MAX_VERSION);
    let _ = encoded_len(1);
}

#[test]
fn a_change_after_sending_counts_the_revision_up_once() {
    let banks = shipped_banks();
    let w = workshop(quick(&banks));
    let invite = read_invite(&invite_data(&w, quick(&banks), true)).unwrap();
    let mut phone = PhoneAnswers::start(&invite, "p1".into());
    phone.answer("1", Some(Answer::parse("simple")));
    phone.answer("2", Some(Answer::DontKnow));
    assert_eq!(phone.me.revision, 0);
    assert!(!phone.is_sent());
    phone.mark_sent();
    assert!(phone.is_sent());
    // The same answer again is no change.
    phone.answer("1", Some(Answer::parse("simple")));
    assert_eq!(phone.me.revision, 0);
    phone.answer("1", Some(Answer::parse("complex")));
    phone.rename("  Ana ");
    assert_eq!(phone.me.revision, 1);
    assert_eq!(phone.me.name, "Ana");
    assert!(!phone.is_sent());
    phone.mark_sent();
    phone.answer("2", None);
    assert_eq!(phone.me.revision, 2);
    // Kept as JSON on the phone, so a reload loses nothing.
    let text = serde_json::to_string(&phone).unwrap();
    assert_eq!(serde_json::from_str::<PhoneAnswers>(&text).unwrap(), phone);
}

fn sending(p: Participant) -> Result<Sending, String> {
    Ok(Sending {
        workshop_id: "mb3x9k2q7r".into(),
        participant: p,
    })
}

#[test]
fn the_preview_spots_the_same_person_again_and_stores_nothing() {
    let banks = shipped_banks();
    let mut w = workshop(quick(&banks));
    add(&mut w, person("ana", "Ana", 1, &[("1", "simple")]));
    add(&mut w, person("gone", "", 0, &[("1", "simple")]));
    remove(&mut w, "gone");
    let before = w.clone();
    let rows = preview(
        &w,
        vec![
            sending(person("ben", "", 0, &[("1", "complex")])),
            sending(person("ana", "Ana", 0, &[("1", "complex")])),
            sending(person("cal", "", 0, &[("1", "dont_know")])),
            sending(person("cal", "", 1, &[("1", "simple")])),
            sending(person("ben", "", 0, &[("1", "complex")])),
            sending(person("gone", "", 4, &[])),
            sending(person("ana", "Ana", 2, &[("1", "complicated")])),
            Ok(Sending {
                workshop_id: "another".into(),
                participant: person("dee", "Dee", 0, &[]),
            }),
            Err("This link has been cut short".into()),
        ],
    );
    let statuses: Vec<Status> = rows.iter().map(|r| r.status.clone()).collect();
    assert_eq!(
        statuses,
        [
            Status::New,
            Status::SentAgain,
            Status::SentAgain,
            Status::New,
            Status::SentAgain,
            Status::Removed,
            Status::Newer,
            Status::OtherWorkshop,
            Status::Unreadable("This link has been cut short".into()),
        ]
    );
    assert_eq!(w, before, "a preview stores nothing");
    // Labels are those the team view will show: names, else "Person N" in id order.
    assert_eq!(rows[0].label, "Person 1");
    assert_eq!(rows[3].label, "Person 2");
    assert_eq!(rows[6].label, "Ana");
    let adding: Vec<Participant> = rows.into_iter().filter_map(|r| r.participant).collect();
    assert_eq!(adding.len(), 3);
    assert_eq!(add_text(adding.len()), "Add 3 people's answers");
    for p in adding {
        add(&mut w, p);
    }
    assert_eq!(w.participants.len(), 3);
    assert_eq!(
        received_text(w.participants.len(), Some(8)),
        "3 of 8 received"
    );
    assert_eq!(received_text(1, None), "1 person's answers received");
    assert_eq!(add_text(1), "Add 1 person's answers");
}

#[test]
fn the_reveal_puts_where_people_differ_first() {
    use nasss_navigator::core::participants::{most_disputed, own_answers_summary, people};
    let banks = shipped_banks();
    let bank = quick(&banks);
    let mut w = workshop(bank);
    assert!(most_disputed(bank, &w, 3).is_empty());
    add(
        &mut w,
        person(
            "a",
            "Ana",
            0,
            &[("1", "simple"), ("2", "complex"), ("3", "simple")],
        ),
    );
    add(
        &mut w,
        person(
            "b",
            "",
            0,
            &[("1", "simple"), ("2", "simple"), ("3", "simple")],
        ),
    );
    add(
        &mut w,
        person(
            "c",
            "",
            0,
            &[("1", "dont_know"), ("2", "complex"), ("3", "simple")],
        ),
    );
    let labels: Vec<String> = people(&w).into_iter().map(|(_, l)| l).collect();
    assert_eq!(labels, ["Ana", "Person 1", "Person 2"]);
    let order: Vec<String> = most_disputed(bank, &w, 3)
        .into_iter()
        .map(|q| q.code)
        .collect();
    // 2 is split from simple to complex; 1 has an "I don't know" beside a level; everyone
    // agrees on 3, so it is left out.
    assert_eq!(order, ["2", "1"]);
    assert_eq!(
        own_answers_summary(bank, &w, "1").unwrap(),
        "Own answers (3 people): Simple 2, I don't know 1"
    );
    assert_eq!(
        own_answers_summary(bank, &w, "4").unwrap(),
        "Own answers (3 people): nobody answered this question."
    );
    assert_eq!(own_answers_summary(bank, &workshop(bank), "1"), None);
}
