//! The workshop's keys, for a keyboard or a presentation clicker (which sends PageUp and
//! PageDown, sometimes arrow keys). Which key does what is decided here, from the key's
//! name alone, so the rules are tested natively and the UI only carries them out.

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

fn digit(code: &str) -> Option<usize> {
    let d = code
        .strip_prefix("Digit")
        .or_else(|| code.strip_prefix("Numpad"))?;
    match d.as_bytes() {
        [b @ b'1'..=b'9'] => Some(usize::from(b - b'0')),
        _ => None,
    }
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

/// The keys as people are told about them (the "?" overlay, the set-up page, the README).
pub const SHORTCUT_HELP: [(&str, &str); 10] = [
    ("Right arrow, Page Down or Space", "Next question"),
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
    ("?", "Show these keys"),
    (
        "Escape",
        "Leave the workshop screen (back to your assessments)",
    ),
];
