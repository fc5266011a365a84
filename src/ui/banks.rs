//! The shipped banks, parsed once: they never change while the app runs.

use crate::core::bank::Bank;
use crate::core::shipped::shipped_banks;
use std::sync::OnceLock;

pub fn banks() -> &'static [Bank] {
    static BANKS: OnceLock<Vec<Bank>> = OnceLock::new();
    BANKS.get_or_init(shipped_banks)
}

pub fn bank(id: &str) -> Option<&'static Bank> {
    banks().iter().find(|b| b.id() == id)
}
