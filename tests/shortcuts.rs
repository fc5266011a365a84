//! The workshop keys: what each key does, and that keys are never taken from someone typing;
//! on the reveal, the keys that choose a domain and record the group's judgement of it.

use nasss_navigator::core::assessment::{Answer, Assessment};
use nasss_navigator::core::scoring::score_domain;
use nasss_navigator::core::shipped::shipped_banks;
use nasss_navigator::core::shortcuts::{
    group_judgement_note, group_level_text, prompt_reply, reveal_shortcut_for, shortcut_for,
    step_row, Choice, Focus, KeyPress, Prompt, Reply, Shortcut, Step, SHORTCUT_HELP,
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

/// The keys a line of the help names, each whole: "Right arrow, Page Down or Space" names
/// three, and "Shift + 1, 2 or 3" names "Shift + 1", "Shift + 2" and "Shift + 3". So "D" is
/// never found inside "Page Down", nor inside the chord "Shift + D".
fn keys_named(label: &str) -> Vec<String> {
    let mut chord = "";
    label
        .replace(['(', ')'], ", ")
        .replace(" or ", ", ")
        .split(',')
        .map(str::trim)
        .filter(|k| !k.is_empty())
        .map(|k| match k.rsplit_once(" + ") {
            Some((modifier, _)) => {
                chord = modifier;
                k.to_string()
            }
            None if chord.is_empty() => k.to_string(),
            None => format!("{chord} + {k}"),
        })
        .collect()
}

#[test]
fn help_lines_name_whole_keys() {
    assert_eq!(
        keys_named("Right arrow, Page Down or Space"),
        ["Right arrow", "Page Down", "Space"]
    );
    assert_eq!(
        keys_named("Shift + 1, 2 or 3"),
        ["Shift + 1", "Shift + 2", "Shift + 3"]
    );
    assert_eq!(keys_named("Shift + D"), ["Shift + D"]);
    assert_eq!(
        keys_named("Left arrow or Page Up"),
        ["Left arrow", "Page Up"]
    );
}

/// What the help must say a shortcut does.
fn explanation(shortcut: Shortcut) -> &'static str {
    match shortcut {
        Shortcut::Next => "Next question",
        Shortcut::Previous => "Previous question",
        Shortcut::Choose(Choice::Level(_)) => "Record the group's answer: simple",
        Shortcut::Choose(Choice::DontKnow) => "Record the group's answer: I don't know",
        Shortcut::Vote(Choice::Level(_)) => "Add a vote for simple",
        Shortcut::Vote(Choice::DontKnow) => "Add a vote for I don't know",
        Shortcut::FocusNote => "discussion note",
        Shortcut::ToggleFullScreen => "Full screen",
        Shortcut::ShowShortcuts => "Show these keys",
        Shortcut::Leave => "Leave the workshop screen",
        other => panic!("{other:?} is not a key of the question screens"),
    }
}

#[test]
fn every_shortcut_is_explained() {
    // Each key as the help names it, and a press of it; the help must name that key on
    // its own and say what the press does.
    for (named, key) in [
        ("Right arrow", press("ArrowRight", "ArrowRight")),
        ("Page Down", press("PageDown", "PageDown")),
        ("Space", press(" ", "Space")),
        ("Left arrow", press("ArrowLeft", "ArrowLeft")),
        ("Page Up", press("PageUp", "PageUp")),
        ("1", press("1", "Digit1")),
        ("2", press("2", "Digit2")),
        ("3", press("3", "Digit3")),
        ("D", press("d", "KeyD")),
        ("Shift + 1", shifted("!", "Digit1")),
        ("Shift + 3", shifted("#", "Digit3")),
        ("Shift + D", shifted("D", "KeyD")),
        ("N", press("n", "KeyN")),
        ("F", press("f", "KeyF")),
        ("?", shifted("?", "Slash")),
        ("Escape", press("Escape", "Escape")),
    ] {
        let shortcut = on_page(key).unwrap_or_else(|| panic!("{named} does nothing"));
        let says = explanation(shortcut);
        assert!(
            SHORTCUT_HELP.iter().any(|(keys, action)| {
                keys_named(keys).iter().any(|k| k == named) && action.contains(says)
            }),
            "no line of the help names {named} on its own and says \"{says}\""
        );
    }
}

// The reveal: choosing a domain and recording the group's judgement of it.

fn on_reveal(p: KeyPress) -> Option<Shortcut> {
    reveal_shortcut_for(p, Focus::Elsewhere, 3)
}

#[test]
fn on_the_reveal_arrows_and_j_k_choose_a_domain() {
    for (key, code) in [("ArrowUp", "ArrowUp"), ("k", "KeyK"), ("K", "KeyK")] {
        assert_eq!(
            on_reveal(press(key, code)),
            Some(Shortcut::ChooseDomain(Step::Up)),
            "{key:?}"
        );
    }
    for (key, code) in [("ArrowDown", "ArrowDown"), ("j", "KeyJ")] {
        assert_eq!(
            on_reveal(press(key, code)),
            Some(Shortcut::ChooseDomain(Step::Down)),
            "{key:?}"
        );
    }
    // On a button too: the arrows have no meaning of their own there.
    assert_eq!(
        reveal_shortcut_for(press("ArrowDown", "ArrowDown"), Focus::Control, 3),
        Some(Shortcut::ChooseDomain(Step::Down))
    );
    // The question screens leave these keys alone.
    assert_eq!(on_page(press("ArrowUp", "ArrowUp")), None);
    assert_eq!(on_page(press("j", "KeyJ")), None);
}

#[test]
fn on_the_reveal_numbers_judge_the_chosen_domain_and_zero_goes_with_the_answers() {
    assert_eq!(
        on_reveal(press("1", "Digit1")),
        Some(Shortcut::Judge(Some(0)))
    );
    assert_eq!(
        on_reveal(press("2", "Numpad2")),
        Some(Shortcut::Judge(Some(1)))
    );
    assert_eq!(
        on_reveal(press("3", "Digit3")),
        Some(Shortcut::Judge(Some(2)))
    );
    assert_eq!(on_reveal(press("0", "Digit0")), Some(Shortcut::Judge(None)));
    assert_eq!(
        on_reveal(press("0", "Numpad0")),
        Some(Shortcut::Judge(None))
    );
    // No fourth level on a three-level scale, and no votes or answers on the results.
    assert_eq!(on_reveal(press("4", "Digit4")), None);
    assert_eq!(on_reveal(shifted("!", "Digit1")), None);
    assert_eq!(on_reveal(shifted(")", "Digit0")), None);
    assert_eq!(on_reveal(press("d", "KeyD")), None);
    assert_eq!(on_reveal(press("n", "KeyN")), None);
    // On a question, 0 still does nothing and 1 still records the answer.
    assert_eq!(on_page(press("0", "Digit0")), None);
    assert_eq!(
        on_page(press("1", "Digit1")),
        Some(Shortcut::Choose(Choice::Level(0)))
    );
}

#[test]
fn on_the_reveal_the_common_keys_still_work_and_nothing_comes_after_the_results() {
    assert_eq!(
        on_reveal(press("ArrowLeft", "ArrowLeft")),
        Some(Shortcut::Previous)
    );
    assert_eq!(
        on_reveal(press("PageUp", "PageUp")),
        Some(Shortcut::Previous)
    );
    assert_eq!(
        on_reveal(press("f", "KeyF")),
        Some(Shortcut::ToggleFullScreen)
    );
    assert_eq!(
        on_reveal(shifted("?", "Slash")),
        Some(Shortcut::ShowShortcuts)
    );
    assert_eq!(on_reveal(press("Escape", "Escape")), Some(Shortcut::Leave));
    // Page Down and Space are left to the browser, to scroll a tall results screen.
    assert_eq!(on_reveal(press("PageDown", "PageDown")), None);
    assert_eq!(on_reveal(press(" ", "Space")), None);
    assert_eq!(on_reveal(press("ArrowRight", "ArrowRight")), None);
    // Never while typing, never with Ctrl, Alt or Meta.
    assert_eq!(
        reveal_shortcut_for(press("2", "Digit2"), Focus::Typing, 3),
        None
    );
    assert_eq!(
        reveal_shortcut_for(press("ArrowDown", "ArrowDown"), Focus::Typing, 3),
        None
    );
    let ctrl_zero = KeyPress {
        command: true,
        ..press("0", "Digit0")
    };
    assert_eq!(on_reveal(ctrl_zero), None);
}

#[test]
fn choosing_a_row_starts_at_an_end_and_stops_at_the_ends() {
    assert_eq!(step_row(None, Step::Down, 7), Some(0));
    assert_eq!(step_row(None, Step::Up, 7), Some(6));
    assert_eq!(step_row(Some(0), Step::Down, 7), Some(1));
    assert_eq!(step_row(Some(3), Step::Up, 7), Some(2));
    assert_eq!(step_row(Some(0), Step::Up, 7), Some(0));
    assert_eq!(step_row(Some(6), Step::Down, 7), Some(6));
    // A chosen row past the end (the list got shorter) comes back into the list.
    assert_eq!(step_row(Some(9), Step::Down, 7), Some(6));
    assert_eq!(step_row(Some(9), Step::Up, 7), Some(5));
    assert_eq!(step_row(None, Step::Down, 0), None);
}

#[test]
fn on_the_reveal_a_judgement_is_named_as_the_groups() {
    let bank = shipped_banks().remove(0);
    let levels = bank.levels();
    let mut a = Assessment::new("g".into(), "Workshop", &bank, 0);
    a.set_answer("2", Some(Answer::parse("complex")), 1);
    let plain = score_domain(&bank, &a, 2);
    assert_eq!(group_level_text(&plain, levels), "Complex");
    assert_eq!(
        group_level_text(&score_domain(&bank, &a, 4), levels),
        "Not yet rated"
    );
    a.set_judgement(2, Some(("complicated", "")), 2);
    let judged = score_domain(&bank, &a, 2);
    assert_eq!(
        group_level_text(&judged, levels),
        "Group's judgement: complicated (answers suggest complex)"
    );
    // Elsewhere the same judgement is the person's, in the core's own words.
    assert!(judged.level_text(levels).starts_with("Your judgement: "));
    a.set_judgement(2, None, 3);
    assert_eq!(
        group_level_text(&score_domain(&bank, &a, 2), levels),
        "Complex"
    );
}

#[test]
fn on_the_reveal_a_bar_names_the_level_alone_and_the_judgement_goes_beside_it() {
    let bank = shipped_banks().remove(0);
    let levels = bank.levels();
    let mut a = Assessment::new("g".into(), "Workshop", &bank, 0);
    a.set_answer("2", Some(Answer::parse("complex")), 1);
    let plain = score_domain(&bank, &a, 2);
    assert_eq!(plain.level_label(levels), "Complex");
    assert_eq!(group_judgement_note(&plain, levels), None);
    assert_eq!(
        score_domain(&bank, &a, 4).level_label(levels),
        "Not yet rated"
    );
    // The judged level is the bar's, in the level's word only, so a judged "simple" bar
    // is as short as any other simple one; whose it is, and what the answers say, beside it.
    a.set_judgement(2, Some(("simple", "")), 2);
    let judged = score_domain(&bank, &a, 2);
    assert_eq!(judged.level_label(levels), "Simple");
    assert_eq!(
        group_judgement_note(&judged, levels).as_deref(),
        Some("Group's judgement (answers suggest complex)")
    );
}

#[test]
fn the_reveal_keys_are_explained() {
    let keys: Vec<&str> = SHORTCUT_HELP.iter().map(|(k, _)| *k).collect();
    for needed in [
        "Up or down arrow",
        "K, J",
        "1, 2 or 3 on the results",
        "0 on the results",
    ] {
        assert!(
            keys.iter().any(|k| k.contains(needed)),
            "{needed} is not explained"
        );
    }
}

#[test]
fn a_prompt_stays_on_escape_and_goes_ahead_on_enter() {
    use Focus::{Control, Elsewhere};
    use Prompt::{LeaveUndecided, LeaveWorkshop};
    for prompt in [LeaveUndecided, LeaveWorkshop] {
        // Escape twice can never leave: it always stays.
        assert_eq!(
            prompt_reply(press("Escape", "Escape"), Elsewhere, prompt),
            Some(Reply::No)
        );
        assert_eq!(
            prompt_reply(press("Escape", "Escape"), Control, prompt),
            Some(Reply::No)
        );
        assert_eq!(
            prompt_reply(press("Enter", "Enter"), Elsewhere, prompt),
            Some(Reply::Yes)
        );
        // On a button, Enter presses that button (which may be "Stay").
        assert_eq!(prompt_reply(press("Enter", "Enter"), Control, prompt), None);
        // The clicker's back button stays.
        assert_eq!(
            prompt_reply(press("PageUp", "PageUp"), Elsewhere, prompt),
            Some(Reply::No)
        );
        assert_eq!(
            prompt_reply(press("ArrowLeft", "ArrowLeft"), Elsewhere, prompt),
            Some(Reply::No)
        );
        // Answer and vote keys do nothing while asking.
        assert_eq!(prompt_reply(press("1", "Digit1"), Elsewhere, prompt), None);
        assert_eq!(prompt_reply(shifted("D", "KeyD"), Elsewhere, prompt), None);
        // The browser's and system's own keys are left alone.
        let ctrl_enter = KeyPress {
            command: true,
            ..press("Enter", "Enter")
        };
        assert_eq!(prompt_reply(ctrl_enter, Elsewhere, prompt), None);
    }
    // Next pressed again (as a clicker would) leaves the question undecided...
    for (key, code) in [("ArrowRight", "ArrowRight"), ("PageDown", "PageDown")] {
        assert_eq!(
            prompt_reply(press(key, code), Control, LeaveUndecided),
            Some(Reply::Yes)
        );
        // ...but never leaves the workshop screen.
        assert_eq!(
            prompt_reply(press(key, code), Elsewhere, LeaveWorkshop),
            None
        );
    }
    assert_eq!(
        prompt_reply(press(" ", "Space"), Elsewhere, LeaveUndecided),
        Some(Reply::Yes)
    );
    // Space on a button presses that button.
    assert_eq!(
        prompt_reply(press(" ", "Space"), Control, LeaveUndecided),
        None
    );
    assert_eq!(
        prompt_reply(press(" ", "Space"), Elsewhere, LeaveWorkshop),
        None
    );
}

#[test]
fn the_keys_say_what_asks_first() {
    let action = |key: &str| {
        SHORTCUT_HELP
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, a)| *a)
            .unwrap()
    };
    assert!(action("Escape").contains("asks first"));
    assert!(action("Escape").contains("Workshop paused"));
    assert!(!action("Escape").contains("your assessments"));
    assert!(action("Right arrow, Page Down or Space").contains("asks first"));
}
