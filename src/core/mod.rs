//! The domain core: plain Rust, no Leptos and no web types, so every rule here is
//! tested natively with `cargo test` and the UI only renders what this decides.

pub mod assessment;
pub mod author;
pub mod backup;
pub mod bank;
pub mod compare;
pub mod csv;
pub mod custom_bank;
pub mod decimal;
pub mod disagreement;
pub mod discussion_timer;
pub mod example;
pub mod file_format;
pub mod ideas;
pub mod identity;
pub mod json_outline;
pub mod lower_case;
pub mod plan;
pub mod return_trip;
pub mod review;
pub mod route;
pub mod scoring;
pub mod share_link;
pub mod shipped;
pub mod shortcuts;
pub mod storage;
pub mod team;
pub mod trend;
pub mod walkthrough;
pub mod workshop;
pub mod workshop_message;
