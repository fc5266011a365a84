//! The assessments on this device: the list and what can be done to each, import, sharing
//! by link, rename, delete, your name, and how the data is kept.

pub mod assessment_card;
pub mod backup_reminder;
pub mod clash_summary;
pub mod delete_all_page;
pub mod delete_page;
pub mod import_page;
pub mod import_preview;
pub mod keep_status;
pub mod library_page;
pub mod open_link_page;
pub mod privacy_page;
pub mod rename_page;
pub mod share_link_page;
pub mod visit_notice;
pub mod whose_choice;
pub mod your_name_page;
