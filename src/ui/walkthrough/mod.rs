//! The innovator's path: start, one question per page, looking back over each domain,
//! check your answers, results and report, and the action plan.

pub mod action_row;
pub mod add_action_form;
pub mod check_answers_page;
pub mod domain_reflection_page;
pub mod edit_action_form;
pub mod level_guidance;
pub mod not_final_notice;
pub mod plan_page;
pub mod question_note;
pub mod question_page;
pub mod question_title;
pub mod results_page;
pub mod start_page;
pub mod things_to_find_out;
