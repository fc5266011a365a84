//! What the workshop's two windows say to each other, and how a window knows its role.

use nasss_navigator::core::discussion_timer::DiscussionTimer;
use nasss_navigator::core::route::Route;
use nasss_navigator::core::workshop_message::{Role, Stop, WorkshopMessage};

#[test]
fn messages_survive_the_trip() {
    let messages = [
        WorkshopMessage::Goto {
            assessment: "a1".into(),
            stop: Stop::Question { code: "2C".into() },
        },
        WorkshopMessage::Goto {
            assessment: "a1".into(),
            stop: Stop::Reveal,
        },
        WorkshopMessage::ProjectorOpened {
            assessment: "a1".into(),
        },
        WorkshopMessage::FacilitatorHere {
            assessment: "a1".into(),
        },
        WorkshopMessage::FacilitatorLeft {
            assessment: "a1".into(),
        },
        WorkshopMessage::ProjectorLeft {
            assessment: "a1".into(),
        },
        WorkshopMessage::Timer {
            assessment: "a1".into(),
            timer: DiscussionTimer::default().for_question("1"),
        },
    ];
    for m in messages {
        assert_eq!(WorkshopMessage::from_text(&m.to_text()), Some(m.clone()));
        assert_eq!(m.assessment(), "a1");
    }
    assert_eq!(
        WorkshopMessage::Goto {
            assessment: "a1".into(),
            stop: Stop::Reveal
        }
        .to_text(),
        r#"{"goto":{"assessment":"a1","stop":"reveal"}}"#
    );
}

#[test]
fn anything_else_on_the_channel_is_ignored() {
    for text in [
        "",
        "hello",
        "{}",
        r#"{"kind":"launch","assessment":"a1"}"#,
        r#"{"kind":"goto"}"#,
    ] {
        assert_eq!(WorkshopMessage::from_text(text), None, "{text:?}");
    }
}

#[test]
fn a_window_knows_its_role_from_its_address() {
    assert_eq!(
        Role::of(&Route::parse("#/a/a1/present/3")),
        Some(Role::Projector {
            assessment: "a1".into(),
            stop: Stop::Question { code: "3".into() }
        })
    );
    assert_eq!(
        Role::of(&Route::parse("#/a/a1/present/reveal")),
        Some(Role::Projector {
            assessment: "a1".into(),
            stop: Stop::Reveal
        })
    );
    assert_eq!(
        Role::of(&Route::parse("#/a/a1/facilitate")),
        Some(Role::Facilitator {
            assessment: "a1".into()
        })
    );
    assert_eq!(Role::of(&Route::parse("#/a/a1/q/3")), None);
    assert_eq!(
        Stop::Reveal.presenter_route("a1").href(),
        "#/a/a1/present/reveal"
    );
    assert_eq!(
        Stop::Question { code: "7".into() }
            .presenter_route("a1")
            .href(),
        "#/a/a1/present/7"
    );
}

#[test]
fn the_paused_screen_remembers_where_the_workshop_was() {
    for stop in [Stop::Question { code: "2C".into() }, Stop::Reveal] {
        let paused = stop.paused_route("a1");
        let Route::Paused { id, code } = Route::parse(&paused.href()) else {
            panic!("{} is not the paused screen", paused.href());
        };
        assert_eq!(id, "a1");
        assert_eq!(Stop::from_paused(&code), stop);
        assert_eq!(Route::parse(&paused.href()).assessment_id(), Some("a1"));
    }
    assert_eq!(
        Stop::Question { code: "4".into() }
            .paused_route("a1")
            .href(),
        "#/a/a1/paused/4"
    );
    // The paused screen is neither projector nor facilitator: the other window's messages
    // do not move it, and it shows nothing but this workshop.
    assert_eq!(Role::of(&Route::parse("#/a/a1/paused/4")), None);
}
