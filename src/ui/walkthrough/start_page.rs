//! The start page: what the assessment is for, the seven domains, and starting or continuing.

use crate::core::example::example_route;
use crate::core::route::Route;
use crate::ui::components::author_fields::{read, AuthorFields};
use crate::ui::components::blank_form_links::BlankFormLinks;
use crate::ui::components::error_summary::{focus_error_summary, ErrorSummary};
use crate::ui::components::radios::{Choice, Radios};
use crate::ui::platform::browser::navigate;
use crate::ui::state::banks::banks;
use crate::ui::state::library::Library;
use crate::ui::state::submit_once::SubmitOnce;
use leptos::prelude::*;

#[component]
pub fn StartPage() -> impl IntoView {
    let library = expect_context::<Library>();
    let framework = &banks()[0].framework;
    view! {
        <h1 tabindex="-1">"Find where your project is complex"</h1>
        <p class="lede">
            "Health and care technology projects rarely fail because of the technology alone. "
            "They struggle when many things around it are complex at once. "
            "This tool walks you through the NASSS framework, one question at a time, "
            "and shows you where your project is simple, complicated or complex."
        </p>
        <Show when=move || !library.is_empty()>
            <p><a href=Route::Home.href()>"Go to your assessments"</a></p>
        </Show>
        // A newcomer sees what they will get, in a minute, before answering anything.
        <p>
            <a href=example_route().href()>"See an example"</a>
            " of a finished assessment, with its results, report and change over time. It is based on a published case."
        </p>
        <h2>"What you will be asked about"</h2>
        <p>"The questions cover 7 areas, called domains:"</p>
        <ol class="domain-list">
            {framework.domains.iter().map(|d| view! { <li>{d.title.clone()}</li> }).collect_view()}
        </ol>
        <div class="inset">
            <p>
                <strong>"Your answers stay on this device. "</strong>
                "Nothing you type is sent anywhere. The app saves as you go, in this browser only."
            </p>
        </div>
        <StartForm />
        <h2>"Working with a group?"</h2>
        <p>
            "Run the questions as a workshop on a projector, with votes, notes and a reveal at the end: "
            <a href=Route::Workshop.href()>"set up a workshop"</a>"."
        </p>
        <h2>"Prefer paper?"</h2>
        <BlankFormLinks />
        // Implementers often arrive on an empty device with a file someone sent them.
        <h2>"Been sent an assessment?"</h2>
        <p>
            "To read or review a file someone exported from NASSS Navigator, "
            <a href=Route::Import.href()>"import it from a file"</a>
            ". It is kept on this device only."
        </p>
    }
}

/// "Start a new assessment": the project's name, how deep to go, and (once per device) the
/// person's name and organisation.
#[component]
fn StartForm() -> impl IntoView {
    let library = expect_context::<Library>();
    let (title, set_title) = signal(String::new());
    let (depth, set_depth) = signal(None::<String>);
    let (show_error, set_show_error) = signal(false);

    let depth_choices = banks()
        .iter()
        .map(|bank| {
            let hint = format!(
                "{} pages, about {} minutes. {}",
                bank.questions().len(),
                bank.set.minutes,
                bank.set.summary
            );
            Choice::new(bank.id(), bank.set.title.clone()).hint(hint)
        })
        .collect();
    let me = library.me();
    // Asked once per device: the boxes show until a name (or none) has been given.
    let asking = me.get_untracked().is_none();
    let (name, organisation) = (NodeRef::new(), NodeRef::new());
    let once = SubmitOnce::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = depth
            .get_untracked()
            .and_then(|id| banks().iter().find(|b| b.id() == id));
        match chosen {
            None => {
                set_show_error.set(true);
                focus_error_summary();
            }
            // A double click, or Enter pressed twice, makes one assessment, not two.
            Some(_) if !once.first() => {}
            Some(bank) => {
                if asking {
                    let (n, o) = read(name, organisation);
                    // Not saving the name must not stop the assessment; it is asked again next time.
                    let _ = me.set(&n, &o);
                }
                let id = library.create(&title.get_untracked(), bank);
                navigate(&Route::question(&id, &bank.questions()[0].code));
            }
        }
    };

    view! {
        <form class="start-form" on:submit=on_submit novalidate>
            <h2>"Start a new assessment"</h2>
            <Show when=move || show_error.get()>
                <ErrorSummary problems=vec![("#depth-quick".to_string(), "Choose how deep you want to go".to_string())] />
            </Show>
            <div class="form-group">
                <label class="label" for="title">"Name of your project (optional)"</label>
                <div class="hint" id="title-hint">"For example, \"Remote heart monitoring in Northshire\". You can change it later."</div>
                <input
                    class="input"
                    id="title" maxlength="300"
                    name="title"
                    type="text"
                    autocomplete="off"
                    aria-describedby="title-hint"
                    on:input=move |ev| set_title.set(event_target_value(&ev))
                    prop:value=title.get_untracked()
                />
            </div>
            <div class="form-group" class:form-group--error=move || show_error.get()>
                <fieldset class="fieldset" aria-describedby="depth-hint">
                    <legend class="fieldset__legend">"How deep do you want to go?"</legend>
                    <div class="hint" id="depth-hint">"You can start with the quick check and do the full assessment later."</div>
                    <Show when=move || show_error.get()>
                        <p class="error-message" id="depth-error">
                            <span class="visually-hidden">"Error: "</span>
                            "Choose how deep you want to go"
                        </p>
                    </Show>
                    <Radios name="depth" choices=depth_choices chosen=depth
                        on_choose=move |id: String| {
                            set_depth.set(Some(id));
                            set_show_error.set(false);
                        } />
                </fieldset>
            </div>
            {asking.then(|| view! { <AuthorFields name organisation known=None /> })}
            <button class="button button--start" type="submit">"Start now"</button>
            {move || me.get().filter(|_| !asking).map(|m| view! {
                <p class="hint">
                    {if m.name.is_empty() && m.organisation.is_empty() {
                        "Files you export from here do not say who they are from. ".to_string()
                    } else {
                        format!("Assessments you start here are marked as from {}. ", m.display())
                    }}
                    <a href=Route::YourName.href()>"Change your name"</a>
                </p>
            })}
        </form>
    }
}
