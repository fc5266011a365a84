//! The workshop keys: what each key does, and that keys are never taken from someone typing.

use nasss_navigator::core::shortcuts::{
    shortcut_for, Choice, Focus, KeyPress, Shortcut, SHORTCUT_HELP,
};

fn press(key: &'static str, code: &'static str) -> KeyPress<'static> {
    KeyPress {
        key,
        code,
        ..KeyPress::default()
    }
}

fn shifted(key: &'static str, code: &'static str) -> KeyPress<'static> {
    KeyPress {
        shift: true,
        ..press(key, code)
    }
}

fn on_page(p: KeyPress) -> Option<Shortcut> {
    shortcut_for(p, Focus::Elsewhere, 3)
}

#[test]
fn moving_between_questions_works_with_keys_and_clickers() {
    for (key, code) in [
        ("ArrowRight", "ArrowRight"),
        ("PageDown", "PageDown"),
        (" ", "Space"),
    ] {
        assert_eq!(on_page(press(key, code)), Some(Shortcut::Next), "{key:?}");
    }
    for (key, code) in [("ArrowLeft", "ArrowLeft"), ("PageUp", "PageUp")] {
        assert_eq!(
            on_page(press(key, code)),
            Some(Shortcut::Previous),
            "{key:?}"
        );
    }
}

#[test]
fn numbers_and_d_record_the_group_answer_and_with_shift_add_a_vote() {
    assert_eq!(
        on_page(press("1", "Digit1")),
        Some(Shortcut::Choose(Choice::Level(0)))
    );
    assert_eq!(
        on_page(press("3", "Numpad3")),
        Some(Shortcut::Choose(Choice::Level(2)))
    );
    assert_eq!(
        on_page(press("d", "KeyD")),
        Some(Shortcut::Choose(Choice::DontKnow))
    );
    // Shift+1 prints "!" on a UK or US keyboard and other things elsewhere: the key's place counts.
    assert_eq!(
        on_page(shifted("!", "Digit1")),
        Some(Shortcut::Vote(Choice::Level(0)))
    );
    assert_eq!(
        on_page(shifted("\"", "Digit2")),
        Some(Shortcut::Vote(Choice::Level(1)))
    );
    assert_eq!(
        on_page(shifted("D", "KeyD")),
        Some(Shortcut::Vote(Choice::DontKnow))
    );
    // A scale of three levels has no fourth.
    assert_eq!(on_page(press("4", "Digit4")), None);
    assert_eq!(on_page(press("0", "Digit0")), None);
    assert_eq!(
        shortcut_for(press("4", "Digit4"), Focus::Elsewhere, 4),
        Some(Shortcut::Choose(Choice::Level(3)))
    );
}

#[test]
fn letters_for_note_full_screen_help_and_escape_to_leave() {
    assert_eq!(on_page(press("n", "KeyN")), Some(Shortcut::FocusNote));
    assert_eq!(
        on_page(press("F", "KeyF")),
        Some(Shortcut::ToggleFullScreen)
    );
    assert_eq!(
        on_page(shifted("?", "Slash")),
        Some(Shortcut::ShowShortcuts)
    );
    assert_eq!(on_page(press("Escape", "Escape")), Some(Shortcut::Leave));
    assert_eq!(on_page(press("x", "KeyX")), None);
    assert_eq!(on_page(press("Enter", "Enter")), None);
    assert_eq!(on_page(press("Tab", "Tab")), None);
}

#[test]
fn nothing_fires_while_typing_except_escape_which_stops_typing() {
    for (key, code) in [
        ("1", "Digit1"),
        ("d", "KeyD"),
        ("n", "KeyN"),
        (" ", "Space"),
        ("ArrowRight", "ArrowRight"),
        ("?", "Slash"),
    ] {
        assert_eq!(
            shortcut_for(press(key, code), Focus::Typing, 3),
            None,
            "{key:?}"
        );
    }
    assert_eq!(
        shortcut_for(press("Escape", "Escape"), Focus::Typing, 3),
        Some(Shortcut::StopTyping)
    );
}

#[test]
fn space_keeps_its_meaning_on_buttons_and_browser_keys_are_left_alone() {
    assert_eq!(shortcut_for(press(" ", "Space"), Focus::Control, 3), None);
    assert_eq!(
        shortcut_for(press("PageDown", "PageDown"), Focus::Control, 3),
        Some(Shortcut::Next)
    );
    let ctrl_f = KeyPress {
        command: true,
        ..press("f", "KeyF")
    };
    assert_eq!(on_page(ctrl_f), None);
    let alt_left = KeyPress {
        command: true,
        ..press("ArrowLeft", "ArrowLeft")
    };
    assert_eq!(on_page(alt_left), None);
}

#[test]
fn every_shortcut_is_explained() {
    let keys: Vec<&str> = SHORTCUT_HELP.iter().map(|(k, _)| *k).collect();
    for needed in [
        "Page Down",
        "Page Up",
        "1, 2 or 3",
        "D",
        "Shift + 1",
        "Shift + D",
        "N",
        "F",
        "?",
        "Escape",
    ] {
        assert!(
            keys.iter().any(|k| k.contains(needed)),
            "{needed} is not explained"
        );
    }
}
