//! The person's own overall level for a domain, and why: radios for each level, or "go with
//! what the answers suggest", and a reason box once a level is chosen.

use crate::core::assessment::Assessment;
use crate::core::bank::Bank;
use crate::ui::components::radios::{Choice, Radios};
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn JudgementFields(
    id: String,
    domain: u32,
    bank: &'static Bank,
    /// The page's own copy of the assessment, not a second one to keep in step.
    watched: Memo<Option<Assessment>>,
    read_only: bool,
) -> impl IntoView {
    let library = expect_context::<Library>();
    // "Your own judgement" over the example or someone else's would credit the reader.
    let legend = format!(
        "{} own judgement of this domain",
        library.whose(&id).possessive()
    );
    let judged = Memo::new(move |_| {
        watched.with(|a| {
            a.as_ref()
                .and_then(|a| a.judgement(domain))
                .map(|j| (j.level.clone(), j.reason.clone()))
        })
    });
    let choose = {
        let id = id.clone();
        move |level: Option<String>| {
            let reason = judged.get_untracked().map(|(_, r)| r).unwrap_or_default();
            library.update(&id, |a, now| {
                a.set_judgement(domain, level.as_deref().map(|l| (l, reason.as_str())), now)
            });
        }
    };
    let on_reason = {
        let id = id.clone();
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            if let Some((level, _)) = judged.get_untracked() {
                library.update(&id, |a, now| {
                    a.set_judgement(domain, Some((&level, &text)), now)
                });
            }
        }
    };
    // "answers" stands for no judgement of one's own.
    let choices = std::iter::once(Choice::new("answers", "Go with what the answers suggest"))
        .chain(
            bank.levels()
                .iter()
                .map(|l| Choice::new(l.id.clone(), l.label.clone())),
        )
        .collect::<Vec<_>>();
    let chosen = Signal::derive(move || {
        Some(judged.with(|j| {
            j.as_ref()
                .map_or_else(|| "answers".to_string(), |(l, _)| l.clone())
        }))
    });
    let on_choose = move |value: String| choose((value != "answers").then_some(value));
    // The saved reason is trimmed; written back into the box while someone types, it would
    // eat the space they just typed. Another tab's reason still comes in when the box is idle.
    let area = NodeRef::<leptos::html::Textarea>::new();
    let reason = move || {
        let saved = judged.with(|j| j.as_ref().map(|(_, r)| r.clone()).unwrap_or_default());
        match area.get_untracked() {
            Some(el) if document().active_element().as_deref() == Some(el.as_ref()) => el.value(),
            _ => saved,
        }
    };

    view! {
        <div class="form-group">
            <fieldset class="fieldset" aria-describedby="judgement-hint">
                <legend class="fieldset__legend fieldset__legend--m">{legend}</legend>
                <div class="hint" id="judgement-hint">
                    "If you know something the answers do not show, give the level you think fits. It is shown and counted instead, beside what the answers suggest."
                </div>
                <Radios name="judgement" choices chosen on_choose disabled=read_only />
            </fieldset>
            <Show when=move || judged.with(Option::is_some)>
                <div class="radios__conditional">
                    <label class="label" for="judgement-reason">"Why? (optional)"</label>
                    <div class="hint" id="judgement-reason-hint">
                        "For example: complicated, because the one complex part, funding, is already agreed."
                    </div>
                    <textarea class="textarea" id="judgement-reason" rows="3" aria-describedby="judgement-reason-hint"
                        readonly=read_only on:input=on_reason.clone() node_ref=area prop:value=reason></textarea>
                </div>
            </Show>
        </div>
    }
}
