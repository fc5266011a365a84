//! The Leptos UI: renders the core's state and turns clicks into calls on the core.

mod action_plan;
mod answers_list;
mod app;
mod assessment_picker;
mod attention_list;
mod author_fields;
mod banks;
mod browser;
mod browser_store;
mod check_answers_page;
mod check_in_page;
mod compare_page;
mod delete_all_page;
mod delete_page;
mod discussion_timer;
mod domain_level;
mod domain_links;
mod domain_links_fields;
mod domain_reflection_page;
mod domain_results;
mod error_summary;
mod export;
mod facilitator_page;
mod facilitator_question;
mod group_answer;
mod heat_map;
mod import_page;
mod judgement_fields;
mod level_mark;
mod library;
mod library_page;
mod me;
mod most_disputed;
mod not_found_page;
mod notice;
mod option_card;
mod paused_page;
mod plan_page;
mod presenter_page;
mod presenter_tools;
mod privacy_page;
mod profile_chart;
mod question_page;
mod read_only_notice;
mod rename_page;
mod results_page;
mod reveal_controls;
mod reveal_page;
mod reveal_profile;
mod review_page;
mod review_summary;
mod reviewer_level;
mod route_signal;
mod save_status;
mod shortcuts_dialog;
mod start_page;
mod storage_problems;
mod submit_once;
mod team_page;
mod trend_page;
mod undecided_list;
mod update_banner;
mod whose_choice;
mod wording_notice;
mod workshop_keys;
mod workshop_prompt;
mod workshop_question;
mod workshop_setup_page;
mod workshop_sync;
mod your_name_page;

pub fn mount() {
    // index.html's "Loading…" page gives way in the same task, so it is never painted together
    // with the app.
    if let Some(loading) = leptos::prelude::document().get_element_by_id("app-loading") {
        loading.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
