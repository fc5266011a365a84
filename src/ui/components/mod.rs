//! Shared pieces that several pages draw from data: levels and marks, result tables and
//! charts, answer lists, notices and error summaries, read-only guards.

pub mod action_plan;
pub mod answer_row;
pub mod answers_list;
pub mod attention_list;
pub mod author_fields;
pub mod blank_form_links;
pub mod domain_judgements;
pub mod domain_level;
pub mod domain_links;
pub mod domain_links_fields;
pub mod domain_results;
pub mod error_summary;
pub mod example_loading;
pub mod example_notice;
pub mod file_picker;
pub mod headline_reviews;
pub mod heat_map;
pub mod judgement_fields;
pub mod level_mark;
pub mod more_actions;
pub mod not_found_page;
pub mod notice;
pub mod offline_ready;
pub mod page_loading;
pub mod page_not_loaded;
pub mod profile_chart;
pub mod radios;
pub mod read_only_notice;
pub mod review_summary;
pub mod save_status;
pub mod storage_problems;
pub mod update_banner;
pub mod wording_notice;
