//! Setting up a workshop: its name, which questions (the quick check for a short session,
//! the full set for a longer one, or the facilitator's own bank from a file), how long it
//! is (with a plan for that time), and what the keys do. Starting it opens the projector view on the first question.

use crate::core::bank::Bank;
use crate::core::custom_bank::remove_custom_bank;
use crate::core::route::Route;
use crate::core::time_plan::{parse_length, set_length};
use crate::ui::components::blank_form_links::BlankFormLinks;
use crate::ui::components::error_summary::{focus_error_summary, ErrorSummary};
use crate::ui::platform::browser::{format_date, navigate, now};
use crate::ui::platform::browser_store::BrowserStore;
use crate::ui::state::banks::{banks, forget_custom_bank};
use crate::ui::state::library::Library;
use crate::ui::state::submit_once::SubmitOnce;
use crate::ui::workshop::bank_choice::BankChoice;
use crate::ui::workshop::bank_file_field::BankFileField;
use crate::ui::workshop::during_the_workshop::DuringTheWorkshop;
use crate::ui::workshop::own_banks::OwnBanks;
use crate::ui::workshop::workshop_length_field::WorkshopLengthField;
use leptos::prelude::*;

/// A problem shown in the error summary, with the field it links to.
#[derive(Clone, Debug, PartialEq)]
struct Problem {
    field: &'static str,
    message: String,
}

/// The problems the form was refused for (one at a time here), each linked to its field.
#[derive(Clone, Copy)]
struct Problems(RwSignal<Vec<Problem>>);

impl Problems {
    fn show(self, field: &'static str, message: String) {
        self.0.set(vec![Problem { field, message }]);
        focus_error_summary();
    }

    fn clear(self) {
        self.0.set(Vec::new());
    }

    fn text(self, field: &'static str) -> Option<String> {
        self.0.with(|p| {
            p.iter()
                .find(|p| p.field == field)
                .map(|p| p.message.clone())
        })
    }

    fn summary(self) -> Option<impl IntoView> {
        let list = self.0.get();
        (!list.is_empty()).then(|| {
            let problems = list
                .into_iter()
                .map(|p| (format!("#{}", p.field), p.message))
                .collect();
            view! { <ErrorSummary problems /> }
        })
    }
}

const BANK_FIELD: &str = "bank-file";
const FIRST_CHOICE: &str = "workshop-bank-quick";
const LENGTH_FIELD: &str = "workshop-length";

#[component]
pub fn WorkshopSetupPage() -> impl IntoView {
    let library = expect_context::<Library>();
    let name = RwSignal::new(String::new());
    let chosen = RwSignal::new(None::<String>);
    let problems = Problems(RwSignal::new(Vec::new()));
    let loaded = RwSignal::new(None::<String>);
    let length = RwSignal::new(String::new());
    // The list of banks is plain data, not a signal: this counts the banks added or removed
    // here so the choices are drawn again when one is.
    let banks_changed = RwSignal::new(0u32);

    let on_loaded = move |bank: &'static Bank| {
        problems.clear();
        chosen.set(Some(bank.id().to_string()));
        banks_changed.update(|n| *n += 1);
        loaded.set(Some(format!(
            "Loaded \"{}\": {} questions. It is kept on this device and chosen below.",
            bank.set.title,
            bank.questions().len()
        )));
    };

    // Which start button was pressed: straight to the questions, or first the invite that
    // lets everyone answer on their own phone.
    let phones = RwSignal::new(false);
    let once = SubmitOnce::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let bank = chosen
            .get_untracked()
            .and_then(|id| banks().iter().find(|b| b.id() == id));
        let Some(bank) = bank else {
            problems.show(
                FIRST_CHOICE,
                "Choose the questions for the workshop".to_string(),
            );
            return;
        };
        let planned = match parse_length(&length.get_untracked()) {
            Ok(planned) => planned,
            Err(message) => return problems.show(LENGTH_FIELD, message),
        };
        // A double click starts one workshop, not two.
        if !once.first() {
            return;
        }
        let typed = name.get_untracked();
        let title = if typed.trim().is_empty() {
            format!("Workshop, {}", format_date(now()))
        } else {
            typed
        };
        let id = library.create(&title, bank);
        if let Some(minutes) = planned {
            library.update(&id, |a, now| set_length(a, minutes, now));
        }
        if phones.get_untracked() {
            navigate(&Route::Invite { id });
        } else {
            navigate(&Route::Present {
                id,
                code: bank.questions()[0].code.clone(),
            });
        }
    };

    let remove = move |(id, title): (String, String)| match library
        .with_all(|all| remove_custom_bank(&mut BrowserStore, &id, all))
    {
        Ok(()) => {
            forget_custom_bank(&id);
            if chosen.get_untracked().as_deref() == Some(id.as_str()) {
                chosen.set(None);
            }
            banks_changed.update(|n| *n += 1);
            problems.clear();
            loaded.set(Some(format!(
                    "Removed \"{title}\" from this device. To use these questions again, load the file again."
                )));
        }
        Err(e) => problems.show(BANK_FIELD, format!("\"{title}\" was not removed. {e}")),
    };

    view! {
        <a class="back-link" href=Route::Home.href()>"Back"</a>
        <h1 tabindex="-1">"Run a workshop"</h1>
        <p class="lede">
            "Take a group through the questions on a projector. For each question the room "
            "talks, votes if you like, and you record the group's answer and a note. At the end "
            "the projector reveals the results and the questions the room disagreed on most."
        </p>
        <p>
            "Everything happens on this computer: nothing is sent anywhere. The workshop becomes "
            "an ordinary assessment in your list, with the votes and notes kept."
        </p>
        {move || problems.summary()}
        <div role="status">
            {move || loaded.get().map(|text| view! {
                <div class="success-callout"><p>{text}</p></div>
            })}
        </div>
        <form class="workshop-setup" on:submit=on_submit novalidate>
            <div class="form-group">
                <label class="label" for="workshop-name">"Name of the workshop (optional)"</label>
                <div class="hint" id="workshop-name-hint">"For example, \"Virtual ward: team workshop\". You can change it later."</div>
                <input
                    class="input"
                    id="workshop-name"
                    type="text"
                    autocomplete="off"
                    aria-describedby="workshop-name-hint"
                    prop:value=name.get_untracked()
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
            </div>
            <BankChoice chosen changed=banks_changed problem=Signal::derive(move || problems.text(FIRST_CHOICE))
                on_choose=move || problems.0.update(|p| p.retain(|p| p.field != FIRST_CHOICE)) />
            <BankFileField id=BANK_FIELD problem=Signal::derive(move || problems.text(BANK_FIELD))
                on_start=move || loaded.set(None) on_loaded on_problem=move |m| problems.show(BANK_FIELD, m) />
            <WorkshopLengthField id=LENGTH_FIELD typed=length chosen problem=Signal::derive(move || problems.text(LENGTH_FIELD)) />
            <div class="button-group">
                <button class="button button--start" type="submit" on:click=move |_| phones.set(false)>"Start the workshop"</button>
                <button class="button button--secondary" type="submit" on:click=move |_| phones.set(true)>"Start with everyone answering on their phones"</button>
            </div>
        </form>
        <OwnBanks changed=banks_changed on_remove=remove />
        <h2>"No screens in the room?"</h2>
        <BlankFormLinks />
        <p>
            "When the forms come back, open the workshop and choose \"Type in paper answers\" (in the "
            "facilitator window, or under \"More actions\" in your list): a key per question, and each "
            "form becomes one person's answers."
        </p>
        <DuringTheWorkshop />
    }
}
