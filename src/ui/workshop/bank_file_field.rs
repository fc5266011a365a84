//! "Load your own questions": a question bank file, checked before it is kept on this
//! device, and then one of the workshop's choices.

use crate::core::bank::Bank;
use crate::core::custom_bank::{parse_custom_bank, save_custom_bank, CustomBankError};
use crate::ui::components::file_picker::{read_text, FilePicker, ReadProblem};
use crate::ui::platform::browser_store::BrowserStore;
use crate::ui::state::banks::{add_custom_bank, custom_banks, shipped};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Reads, checks and keeps a bank file. On success the bank is usable at once.
async fn load_bank_file(file: web_sys::File) -> Result<&'static Bank, String> {
    let name = file.name();
    let problem = |message: String| format!("{name}: {message}");
    let text = read_text(&file).await.map_err(|e| match e {
        ReadProblem::TooLarge(bytes) => problem(CustomBankError::TooLarge { bytes }.to_string()),
        ReadProblem::Unreadable => problem("The browser could not read this file.".to_string()),
    })?;
    let bank = parse_custom_bank(text.as_bytes(), shipped(), custom_banks())
        .map_err(|e| problem(e.to_string()))?;
    save_custom_bank(&mut BrowserStore, &bank)
        .map_err(|e| problem(format!("{e} The bank was not kept.")))?;
    Ok(add_custom_bank(bank))
}

#[component]
pub fn BankFileField(
    /// The input's id, which the page's error summary links to.
    id: &'static str,
    /// The problem to show under the field, if any.
    #[prop(into)]
    problem: Signal<Option<String>>,
    /// A file was chosen and is being read.
    #[prop(into)]
    on_start: Callback<()>,
    #[prop(into)] on_loaded: Callback<&'static Bank>,
    #[prop(into)] on_problem: Callback<String>,
) -> impl IntoView {
    let on_files = move |files: Vec<web_sys::File>| {
        let Some(file) = files.into_iter().next() else {
            return;
        };
        on_start.run(());
        spawn_local(async move {
            match load_bank_file(file).await {
                Ok(bank) => on_loaded.run(bank),
                Err(message) => on_problem.run(message),
            }
        });
    };
    view! {
        <div class="form-group" class:form-group--error=move || problem.with(Option::is_some)>
            <label class="label" for=id>"Load your own questions (optional)"</label>
            <div class="hint" id="bank-file-hint">
                "A question bank file (JSON) in the NASSS Navigator bank format. It is checked "
                "before it is kept, and it stays on this device. Once loaded it is one of the choices above."
            </div>
            {move || problem.get().map(|m| view! {
                <p class="error-message" id="bank-file-error"><span class="visually-hidden">"Error: "</span>{m}</p>
            })}
            <FilePicker id=id described_by="bank-file-hint" on_files />
        </div>
    }
}
