//! The banks compiled into the app. The text lives in `questions/` as data; this file
//! only decides which files make up which bank.

use super::bank::Bank;

const FRAMEWORK: &str = include_str!("../../questions/framework.json");
const SETS: [&str; 2] = [
    include_str!("../../questions/quick.json"),
    include_str!("../../questions/full.json"),
];

/// Every shipped bank, quick first. The shipped files are checked by the test suite,
/// so a failure here is a build defect, not a user error.
pub fn shipped_banks() -> Vec<Bank> {
    SETS.iter()
        .map(|set| Bank::from_json(FRAMEWORK, set).expect("shipped question bank is valid"))
        .collect()
}
