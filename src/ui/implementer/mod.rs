//! For implementers: review someone's assessment, compare assessments, the team view,
//! check-ins and change over time.

pub mod assessment_picker;
pub mod baseline_choice;
pub mod check_in_page;
pub mod compare_chart;
pub mod compare_domains;
pub mod compare_page;
pub mod compare_questions;
pub mod review_domain;
pub mod review_page;
pub mod reviewer_level;
pub mod team_answers;
pub mod team_disagreement;
pub mod team_page;
pub mod team_profile;
pub mod trend_page;
