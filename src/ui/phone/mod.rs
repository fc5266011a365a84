//! For each person in a workshop, on their own phone: opening the invite, answering one
//! question per screen in private, and sending their answers back to the facilitator.

pub mod join_page;
pub mod phone_page;
pub mod phone_question;
pub mod phone_start;
pub mod send_answers;
