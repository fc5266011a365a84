//! Exporting assessments as files: JSON (lossless, re-importable) and CSV (for spreadsheets).

use crate::core::assessment::Assessment;
use crate::core::author::{signed, Author, Whose};
use crate::core::csv::{assessment_csv, csv_file_name, file_stem};
use crate::core::file_format::export;
use crate::core::identity::DeviceKey;
use crate::ui::platform::browser::{download, now, today};
use crate::ui::state::banks::bank;

/// `me` signs the person's own assessments with their current name (`author::signed`).
pub fn export_json(assessments: &[Assessment], me: Option<Author>, key: &DeviceKey) {
    let name = match assessments {
        [one] => format!("{}.json", file_stem(&one.title, &today())),
        _ => format!("nasss-navigator-all-{}.json", today()),
    };
    download(
        &name,
        "application/json",
        &export(&signed(assessments, me.as_ref(), key), now()),
    );
}

/// `whose` names the judgement in the file as the pages do (`csv::assessment_csv`).
pub fn export_csv(a: &Assessment, whose: &Whose) {
    if let Some(bank) = bank(&a.bank.id) {
        download(
            &csv_file_name(&a.title, &today()),
            "text/csv",
            &assessment_csv(bank, a, whose),
        );
    }
}
