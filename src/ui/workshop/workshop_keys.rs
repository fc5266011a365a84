//! The workshop's keys, listened for on the whole window while a workshop screen is open,
//! so they work wherever focus is, and from a presentation clicker. What each key does is
//! decided in the core (`core::shortcuts`); this only reads the browser's key event.

use crate::core::shortcuts::{reveal_shortcut_for, shortcut_for, Focus, KeyPress, Shortcut};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Where a key was pressed: in a text field, on a control, or elsewhere.
/// A browser key press as the core's rules read it (`KeyPress`), with where focus was.
/// `KeyPress` borrows the key's names, so it is handed to `decide` rather than returned.
pub fn read_key<R>(event: &web_sys::KeyboardEvent, decide: impl FnOnce(KeyPress, Focus) -> R) -> R {
    let (key, code) = (event.key(), event.code());
    let press = KeyPress {
        key: &key,
        code: &code,
        shift: event.shift_key(),
        command: event.ctrl_key() || event.alt_key() || event.meta_key(),
    };
    decide(press, focus_of(event.target()))
}

fn focus_of(target: Option<web_sys::EventTarget>) -> Focus {
    let Some(element) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return Focus::Elsewhere;
    };
    let input_type = element
        .get_attribute("type")
        .unwrap_or_default()
        .to_ascii_lowercase();
    match element.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => Focus::Typing,
        "INPUT"
            if matches!(
                input_type.as_str(),
                "button" | "submit" | "reset" | "checkbox" | "radio" | "file"
            ) =>
        {
            Focus::Control
        }
        "INPUT" => Focus::Typing,
        "BUTTON" | "A" | "SUMMARY" => Focus::Control,
        _ if element
            .dyn_ref::<web_sys::HtmlElement>()
            .is_some_and(|e| e.is_content_editable()) =>
        {
            Focus::Typing
        }
        _ => Focus::Elsewhere,
    }
}

/// Whether a modal dialog (the shortcut overlay) is open: it has the keyboard then, and
/// Escape closes it rather than leaving the workshop.
fn dialog_open() -> bool {
    document()
        .query_selector("dialog[open]")
        .ok()
        .flatten()
        .is_some()
}

/// Calls `act` for each workshop key pressed while the calling component is on screen.
/// `levels` is how many levels the bank's scale has.
pub fn use_workshop_keys(levels: usize, act: impl Fn(Shortcut) + 'static) {
    listen(shortcut_for, levels, act);
}

/// The same for the reveal, whose keys choose a domain and record the group's judgement.
pub fn use_reveal_keys(levels: usize, act: impl Fn(Shortcut) + 'static) {
    listen(reveal_shortcut_for, levels, act);
}

fn listen(
    decide: fn(KeyPress, Focus, usize) -> Option<Shortcut>,
    levels: usize,
    act: impl Fn(Shortcut) + 'static,
) {
    let handle = window_event_listener(ev::keydown, move |event| {
        // A held key repeats: never let that add a run of votes or skip several questions.
        if event.default_prevented() || event.repeat() || dialog_open() {
            return;
        }
        if let Some(shortcut) = read_key(&event, |press, focus| decide(press, focus, levels)) {
            event.prevent_default();
            act(shortcut);
        }
    });
    on_cleanup(move || handle.remove());
}

/// Escape in the note: stop typing, so the keys work again.
pub fn stop_typing() {
    if let Some(element) = document()
        .active_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.blur();
    }
}
