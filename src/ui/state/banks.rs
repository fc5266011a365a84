//! The banks this app knows: the shipped ones, parsed once, and the custom banks kept on
//! this device (read at startup, so assessments made with them load like any other).

use crate::core::bank::Bank;
use crate::core::shipped::shipped_banks;
use crate::ui::state::stored::stored_custom_banks;
use std::cell::RefCell;
use std::sync::OnceLock;

/// The banks that come with the app: their ids are taken, and custom banks default to
/// their framework.
pub fn shipped() -> &'static [Bank] {
    static SHIPPED: OnceLock<Vec<Bank>> = OnceLock::new();
    SHIPPED.get_or_init(shipped_banks)
}

thread_local! {
    // Pages hold `&'static Bank`s, so each list is leaked rather than freed: adding a custom
    // bank leaves the previous list (a few kilobytes) in memory for the life of the page.
    static ALL: RefCell<&'static [Bank]> = RefCell::new(Box::leak(
        shipped()
            .iter()
            .cloned()
            .chain(stored_custom_banks())
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    ));
}

/// Every bank: shipped first (quick, then full), then custom banks in the order kept.
pub fn banks() -> &'static [Bank] {
    ALL.with(|all| *all.borrow())
}

pub fn bank(id: &str) -> Option<&'static Bank> {
    banks().iter().find(|b| b.id() == id)
}

/// The custom banks only.
pub fn custom_banks() -> &'static [Bank] {
    &banks()[shipped().len()..]
}

/// Makes a newly loaded (or another tab's) custom bank available at once, with no reload.
pub fn add_custom_bank(new: Bank) -> &'static Bank {
    ALL.with(|all| {
        let mut list: Vec<Bank> = all.borrow().to_vec();
        list.retain(|b| b.id() != new.id());
        list.push(new);
        let leaked: &'static [Bank] = Box::leak(list.into_boxed_slice());
        *all.borrow_mut() = leaked;
        leaked.last().expect("just pushed")
    })
}

/// Stops offering a custom bank that was removed (here or in another tab). Pages that still
/// hold it keep their reference: the old list is leaked, never freed.
pub fn forget_custom_bank(id: &str) {
    if shipped().iter().any(|s| s.id() == id) {
        return;
    }
    ALL.with(|all| {
        let list: Vec<Bank> = all
            .borrow()
            .iter()
            .filter(|b| b.id() != id)
            .cloned()
            .collect();
        *all.borrow_mut() = Box::leak(list.into_boxed_slice());
    })
}
