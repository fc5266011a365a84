//! For facilitators: set-up, the projector's one question per screen with group votes,
//! the facilitator's window, the reveal, keys and timers, and blank paper forms.

pub mod bank_choice;
pub mod bank_file_field;
pub mod blank_form_page;
pub mod discussion_timer;
pub mod during_the_workshop;
pub mod facilitator_page;
pub mod facilitator_question;
pub mod group_answer;
pub mod most_disputed;
pub mod option_card;
pub mod own_banks;
pub mod paper_entry_form;
pub mod paper_entry_page;
pub mod paper_entry_row;
pub mod paper_forms_entered;
pub mod paper_name_field;
pub mod paper_question;
pub mod paused_page;
pub mod presenter_page;
pub mod presenter_tools;
pub mod reveal_controls;
pub mod reveal_page;
pub mod reveal_profile;
pub mod shortcuts_dialog;
pub mod time_plan_table;
pub mod undecided_list;
pub mod workshop_keys;
pub mod workshop_length_field;
pub mod workshop_prompt;
pub mod workshop_question;
pub mod workshop_setup_page;
pub mod workshop_sync;
