//! Setting up a workshop: its name, which questions (the quick check for a 30 to 45 minute
//! session, the full set for a longer one, or the facilitator's own bank from a file), and
//! what the keys do. Starting it opens the projector view on the first question.

use crate::core::bank::Bank;
use crate::core::custom_bank::remove_custom_bank;
use crate::core::route::Route;
use crate::core::workshop::workshop_time;
use crate::ui::components::blank_form_links::BlankFormLinks;
use crate::ui::components::error_summary::{focus_error_summary, ErrorSummary};
use crate::ui::components::radios::{Choice, Radios};
use crate::ui::platform::browser::{format_date, navigate, now};
use crate::ui::platform::browser_store::BrowserStore;
use crate::ui::state::banks::{banks, forget_custom_bank, shipped};
use crate::ui::state::library::Library;
use crate::ui::state::submit_once::SubmitOnce;
use crate::ui::workshop::bank_file_field::BankFileField;
use crate::ui::workshop::own_banks::OwnBanks;
use crate::ui::workshop::shortcuts_dialog::ShortcutTable;
use leptos::prelude::*;

/// A problem shown in the error summary, with the field it links to.
#[derive(Clone, Debug, PartialEq)]
struct Problem {
    field: &'static str,
    message: String,
}

const BANK_FIELD: &str = "bank-file";
const FIRST_CHOICE: &str = "workshop-bank-quick";

fn bank_hint(bank: &Bank) -> String {
    let n = bank.questions().len();
    let kind = if shipped().iter().any(|b| b.id() == bank.id()) {
        bank.set.summary.clone()
    } else {
        format!(
            "Your own question set, kept on this device. {}",
            bank.set.summary
        )
    };
    format!(
        "{n} questions. Plan {} with a group. {kind}",
        workshop_time(n)
    )
}

#[component]
pub fn WorkshopSetupPage() -> impl IntoView {
    let library = expect_context::<Library>();
    let name = RwSignal::new(String::new());
    let chosen = RwSignal::new(None::<String>);
    let problems = RwSignal::new(Vec::<Problem>::new());
    let loaded = RwSignal::new(None::<String>);
    // The list of banks is plain data, not a signal: this counts the banks added or removed
    // here so the choices are drawn again when one is.
    let banks_changed = RwSignal::new(0u32);

    let show_problems = move |list: Vec<Problem>| {
        problems.set(list);
        focus_error_summary();
    };
    let has_problem =
        move |field: &'static str| problems.with(|p| p.iter().any(|p| p.field == field));
    let problem_text = move |field: &'static str| {
        problems.with(|p| {
            p.iter()
                .find(|p| p.field == field)
                .map(|p| p.message.clone())
        })
    };

    let on_loaded = move |bank: &'static Bank| {
        problems.set(Vec::new());
        chosen.set(Some(bank.id().to_string()));
        banks_changed.update(|n| *n += 1);
        loaded.set(Some(format!(
            "Loaded \"{}\": {} questions. It is kept on this device and chosen below.",
            bank.set.title,
            bank.questions().len()
        )));
    };
    let on_bank_problem = move |message: String| {
        show_problems(vec![Problem {
            field: BANK_FIELD,
            message,
        }])
    };

    let once = SubmitOnce::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let bank = chosen
            .get_untracked()
            .and_then(|id| banks().iter().find(|b| b.id() == id));
        let Some(bank) = bank else {
            show_problems(vec![Problem {
                field: FIRST_CHOICE,
                message: "Choose the questions for the workshop".to_string(),
            }]);
            return;
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
        navigate(&Route::Present {
            id,
            code: bank.questions()[0].code.clone(),
        });
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
            problems.set(Vec::new());
            loaded.set(Some(format!(
                    "Removed \"{title}\" from this device. To use these questions again, load the file again."
                )));
        }
        Err(e) => show_problems(vec![Problem {
            field: BANK_FIELD,
            message: format!("\"{title}\" was not removed. {e}"),
        }]),
    };

    // Redrawn when a bank is loaded or removed.
    let choices = move || {
        banks_changed.get();
        let choices = banks()
            .iter()
            .map(|bank| Choice::new(bank.id(), bank.set.title.clone()).hint(bank_hint(bank)))
            .collect::<Vec<_>>();
        view! {
            <Radios name="workshop-bank" choices chosen on_choose=move |value: String| {
                chosen.set(Some(value));
                problems.update(|p| p.retain(|p| p.field != FIRST_CHOICE));
            } />
        }
    };

    let summary = move || {
        let list = problems.get();
        (!list.is_empty()).then(|| {
            let problems = list
                .into_iter()
                .map(|p| (format!("#{}", p.field), p.message))
                .collect();
            view! { <ErrorSummary problems /> }
        })
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
        {summary}
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
            <div class="form-group" class:form-group--error=move || has_problem(FIRST_CHOICE)>
                <fieldset class="fieldset" aria-describedby="workshop-bank-hint">
                    <legend class="fieldset__legend">"Which questions?"</legend>
                    <div class="hint" id="workshop-bank-hint">
                        "The quick check suits a 30 to 45 minute session; the full set suits a longer one or two sessions."
                    </div>
                    {move || problem_text(FIRST_CHOICE).map(|m| view! {
                        <p class="error-message"><span class="visually-hidden">"Error: "</span>{m}</p>
                    })}
                    {choices}
                </fieldset>
            </div>
            <BankFileField id=BANK_FIELD problem=Signal::derive(move || problem_text(BANK_FIELD))
                on_start=move || loaded.set(None) on_loaded on_problem=on_bank_problem />
            <button class="button button--start" type="submit">"Start the workshop"</button>
        </form>
        <OwnBanks changed=banks_changed on_remove=remove />
        <h2>"No screens in the room?"</h2>
        <BlankFormLinks />
        <h2>"During the workshop"</h2>
        <p>
            "The projector view shows one question at a time in large type. With one screen, "
            "the controls are under the question. With two, choose \"Open the facilitator window\": "
            "keep that window on your own screen and the projector window shows the room only the question."
        </p>
        <ShortcutTable caption="Keys (a presentation clicker's buttons work as Page Up and Page Down)" />
    }
}
