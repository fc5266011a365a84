//! A guard for buttons that create something (Start, Start the workshop, Start the
//! check-in): a double click, or Enter pressed twice before the page changes, acts once.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct SubmitOnce(StoredValue<bool>);

impl SubmitOnce {
    pub fn new() -> SubmitOnce {
        SubmitOnce(StoredValue::new(false))
    }

    /// True the first time only. Call it once the form is known to be valid, so a form
    /// sent with a mistake can still be sent again.
    pub fn first(&self) -> bool {
        let first = !self.0.get_value();
        self.0.set_value(true);
        first
    }
}
