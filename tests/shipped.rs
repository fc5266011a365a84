//! The shipped banks are compiled in as tables made by build.rs from questions/*.json. They
//! must be exactly what the JSON says, read the way any bank is read (and so validated).

use nasss_navigator::core::bank::Bank;
use nasss_navigator::core::shipped::{shipped_banks, FRAMEWORK_JSON, SET_JSON};

#[test]
fn the_compiled_banks_are_the_json_files_read_and_validated() {
    let compiled = shipped_banks();
    assert_eq!(compiled.len(), SET_JSON.len());
    for (bank, set) in compiled.iter().zip(SET_JSON) {
        let read = Bank::from_json(FRAMEWORK_JSON, set).expect("shipped bank is valid");
        assert_eq!(bank, &read, "bank {} differs from its JSON", read.id());
    }
}

#[test]
fn quick_comes_first_then_full() {
    let ids: Vec<String> = shipped_banks().iter().map(|b| b.id().to_string()).collect();
    assert_eq!(ids, ["quick", "full"]);
}
