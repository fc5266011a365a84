//! The workshop's keys, for a keyboard or a presentation clicker (which sends PageUp and
//! PageDown, sometimes arrow keys). Which key does what is decided here, from the key's
//! name alone, so the rules are tested natively and the UI only carries them out.
//!
//! The reveal (the results shown to the room) has keys of its own: the up and down arrows
//! (or K and J) choose a domain, and 1, 2 or 3 record the group's judgement of it, 0 clears
//! it. The question screens leave those keys alone, and the reveal has no answers or votes.

use super::bank::Level;
use super::scoring::DomainResult;

/// One answer on the current question: a level by its position on the scale, or "I don't know".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    Level(usize),
    DontKnow,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortcut {
    Next,
    Previous,
    /// Records the group's answer.
    Choose(Choice),
    /// Adds one vote to the tally.
    Vote(Choice),
    FocusNote,
    ToggleFullScreen,
    ShowShortcuts,
    Leave,
    /// Escape in the note: stop typing, so the keys work again.
    StopTyping,
    /// On the reveal: choose the domain above or below the chosen one.
    ChooseDomain(Step),
    /// On the reveal: the group's judgement of the chosen domain, a level by its position on
    /// the scale; `None` goes with what the answers suggest (clears the judgement).
    Judge(Option<usize>),
}

/// Up or down a list: the reveal's domains, in the order they are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Up,
    Down,
}

/// Where the key press happened: keys must never be taken from someone typing, and Space
/// keeps its usual meaning on a button or link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    Typing,
    Control,
    Elsewhere,
}

/// A key press as the browser describes it: `key` is what the key means ("d", "?",
/// "PageDown"), `code` is where it sits on the keyboard ("Digit1"), which stays the same
/// with Shift held, whatever the layout prints on it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KeyPress<'a> {
    pub key: &'a str,
    pub code: &'a str,
    pub shift: bool,
    /// Ctrl, Alt or Meta: those belong to the browser and the system, never to us.
    pub command: bool,
}

/// The digit a key sits on (0 to 9), top row or number pad.
fn digit_key(code: &str) -> Option<usize> {
    let d = code
        .strip_prefix("Digit")
        .or_else(|| code.strip_prefix("Numpad"))?;
    match d.as_bytes() {
        [b @ b'0'..=b'9'] => Some(usize::from(b - b'0')),
        _ => None,
    }
}

fn digit(code: &str) -> Option<usize> {
    digit_key(code).filter(|&n| n > 0)
}

/// What a key press does in a workshop screen, if anything. `levels` is how many levels
/// the scale has (keys 1 to `levels` choose them).
pub fn shortcut_for(press: KeyPress, focus: Focus, levels: usize) -> Option<Shortcut> {
    if press.command {
        return None;
    }
    if focus == Focus::Typing {
        return (press.key == "Escape").then_some(Shortcut::StopTyping);
    }
    let letter = |l: &str| press.key.eq_ignore_ascii_case(l);
    let choice = |c: Choice| {
        if press.shift {
            Shortcut::Vote(c)
        } else {
            Shortcut::Choose(c)
        }
    };
    match press.key {
        "ArrowRight" | "PageDown" => return Some(Shortcut::Next),
        " " | "Spacebar" if focus != Focus::Control => return Some(Shortcut::Next),
        "ArrowLeft" | "PageUp" => return Some(Shortcut::Previous),
        "Escape" => return Some(Shortcut::Leave),
        "?" => return Some(Shortcut::ShowShortcuts),
        _ => {}
    }
    if let Some(n) = digit(press.code) {
        return (n <= levels).then(|| choice(Choice::Level(n - 1)));
    }
    if letter("d") {
        Some(choice(Choice::DontKnow))
    } else if letter("n") {
        Some(Shortcut::FocusNote)
    } else if letter("f") {
        Some(Shortcut::ToggleFullScreen)
    } else {
        None
    }
}

/// What a key press does on the reveal, if anything. Moving back, full screen, the keys
/// overlay and leaving work as on a question; recording answers and votes and moving on do
/// not (there is nothing after the results, so Page Down and Space scroll the page as usual).
pub fn reveal_shortcut_for(press: KeyPress, focus: Focus, levels: usize) -> Option<Shortcut> {
    if press.command || focus == Focus::Typing {
        return shortcut_for(press, focus, levels);
    }
    let letter = |l: &str| press.key.eq_ignore_ascii_case(l);
    if press.key == "ArrowUp" || letter("k") {
        return Some(Shortcut::ChooseDomain(Step::Up));
    }
    if press.key == "ArrowDown" || letter("j") {
        return Some(Shortcut::ChooseDomain(Step::Down));
    }
    if let Some(n) = digit_key(press.code) {
        // Shift + a number is a vote on a question; there is nothing to vote on here.
        return match n {
            _ if press.shift => None,
            0 => Some(Shortcut::Judge(None)),
            n if n <= levels => Some(Shortcut::Judge(Some(n - 1))),
            _ => None,
        };
    }
    shortcut_for(press, focus, levels).filter(|s| {
        matches!(
            s,
            Shortcut::Previous
                | Shortcut::ToggleFullScreen
                | Shortcut::ShowShortcuts
                | Shortcut::Leave
                | Shortcut::StopTyping
        )
    })
}

/// A yes-or-no question the workshop asks before something that is easy to do by mistake
/// and costly in front of a room.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prompt {
    /// Next on a question the room voted on but left without a group answer.
    LeaveUndecided,
    /// Escape (or Leave): the workshop screen would give way to another page.
    LeaveWorkshop,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reply {
    /// Go ahead: leave the question undecided, or leave the workshop screen.
    Yes,
    /// Stay where you are.
    No,
}

/// What a key press answers while the workshop asks `prompt`. Escape always stays, so
/// pressing it twice can never leave; Enter goes ahead (on a button, the button decides);
/// the keys that moved on ask once and confirm the second time; the keys that go back stay.
pub fn prompt_reply(press: KeyPress, focus: Focus, prompt: Prompt) -> Option<Reply> {
    if press.command {
        return None;
    }
    let moving_on = prompt == Prompt::LeaveUndecided;
    match press.key {
        "Escape" | "ArrowLeft" | "PageUp" => Some(Reply::No),
        "Enter" if focus != Focus::Control => Some(Reply::Yes),
        "ArrowRight" | "PageDown" if moving_on => Some(Reply::Yes),
        " " | "Spacebar" if moving_on && focus != Focus::Control => Some(Reply::Yes),
        _ => None,
    }
}

/// Which of `rows` rows is chosen after a step from `current`: the first step goes to the
/// first row (down) or the last (up), and a step stops at either end rather than wrapping
/// round, so holding a key never lands somewhere unexpected.
pub fn step_row(current: Option<usize>, step: Step, rows: usize) -> Option<usize> {
    let last = rows.checked_sub(1)?;
    Some(match (current, step) {
        (None, Step::Down) => 0,
        (None, Step::Up) => last,
        (Some(i), Step::Up) => i.min(last).saturating_sub(1),
        (Some(i), Step::Down) => (i + 1).min(last),
    })
}

/// A domain's level as the workshop reveal shows it: a judgement set there is the group's.
pub fn group_level_text(result: &DomainResult, levels: &[Level]) -> String {
    result.level_text_by(levels, "Group's")
}

/// On the reveal, beside a judged domain's level: "Group's judgement (answers suggest complex)".
pub fn group_judgement_note(result: &DomainResult, levels: &[Level]) -> Option<String> {
    result.judgement_note_by(levels, "Group's")
}

/// The keys as people are told about them (the "?" overlay, the set-up page, the README).
pub const SHORTCUT_HELP: &[(&str, &str)] = &[
    (
        "Right arrow, Page Down or Space",
        "Next question (if the room voted but the group has not decided, it asks first)",
    ),
    ("Left arrow or Page Up", "Previous question"),
    (
        "1, 2 or 3",
        "Record the group's answer: simple, complicated or complex",
    ),
    ("D", "Record the group's answer: I don't know"),
    (
        "Shift + 1, 2 or 3",
        "Add a vote for simple, complicated or complex",
    ),
    ("Shift + D", "Add a vote for I don't know"),
    ("N", "Write in the discussion note (Escape to stop typing)"),
    ("F", "Full screen on or off"),
    (
        "Up or down arrow (or K, J)",
        "On the results: choose a domain",
    ),
    (
        "1, 2 or 3 on the results",
        "Record the group's judgement of the chosen domain: simple, complicated or complex",
    ),
    (
        "0 on the results",
        "Go with the answers for the chosen domain (clears the group's judgement)",
    ),
    ("?", "Show these keys"),
    (
        "Escape",
        "Leave the workshop screen (it asks first; the projector then shows only \"Workshop paused\")",
    ),
];
