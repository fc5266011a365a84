//! The paper forms typed in so far, each named as the team view names the person, with a
//! way to bring one back to correct it or to take it out of the workshop.

use crate::core::paper_form::PaperForm;
use crate::core::participants::{labels, remove, AnswerSource, Participant};
use crate::ui::platform::browser::focus_selector;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn PaperFormsEntered(
    id: String,
    form: RwSignal<PaperForm>,
    saved: RwSignal<Option<String>>,
) -> impl IntoView {
    let library = expect_context::<Library>();
    let workshop = library.watch(&id);
    let total = library
        .get_untracked(&id)
        .map_or(0, |(_, b)| b.questions().len());
    // Asking before removing: a removed person stays removed, whatever copy comes back.
    let confirming = RwSignal::new(None::<String>);
    let correct = move |p: Participant, label: String| {
        if !form.with_untracked(|f| f.is_blank() || f.id == p.id) {
            saved.set(Some(
                "Save or clear the form you are typing before correcting another.".to_string(),
            ));
            return;
        }
        form.set(PaperForm::correcting(&p));
        saved.set(Some(format!(
            "The form from {label} is below to correct. Save it again when it matches the paper."
        )));
        focus_selector("#paper-name");
    };
    let item = move |p: Participant, label: String| {
        let answered = p.answers.len();
        let pid = p.id.clone();
        let asking = {
            let pid = pid.clone();
            move || confirming.with(|c| c.as_deref() == Some(pid.as_str()))
        };
        let (wid, rid, l2) = (id.clone(), pid.clone(), label.clone());
        let really_remove = move |_| {
            library.update(&wid, |a, _| remove(a, &rid));
            confirming.set(None);
            saved.set(Some(format!("Removed the form from {l2}.")));
            focus_selector("#paper-name");
        };
        let (p2, l3) = (p.clone(), label.clone());
        view! {
            <li class="paper-forms__item">
                <span class="paper-forms__name">{label.clone()}</span>
                <span class="paper-forms__count">{format!("{answered} of {total} answered")}</span>
                <Show when=asking.clone() fallback=move || {
                    let (p, l, pid) = (p2.clone(), l3.clone(), pid.clone());
                    view! {
                        <button class="link-button" type="button" on:click=move |_| correct(p.clone(), l.clone())>
                            "Correct"<span class="visually-hidden">{format!(" the form from {}", l3)}</span>
                        </button>
                        <button class="link-button" type="button" on:click=move |_| {
                            confirming.set(Some(pid.clone()));
                            request_animation_frame(|| focus_selector("#paper-confirm-remove"));
                        }>
                            "Remove"<span class="visually-hidden">{format!(" the form from {}", l3)}</span>
                        </button>
                    }
                }>
                    <span class="paper-forms__confirm">{format!("Remove {label}'s answers from this workshop?")}</span>
                    <button class="link-button" type="button" id="paper-confirm-remove" on:click=really_remove.clone()>"Yes, remove them"</button>
                    <button class="link-button" type="button" on:click=move |_| confirming.set(None)>"Keep them"</button>
                </Show>
            </li>
        }
    };
    move || {
        let list = workshop.get().map(|a| a.participants).unwrap_or_default();
        let names = labels(&list);
        let paper: Vec<_> = list
            .into_iter()
            .zip(names)
            .filter(|(p, _)| p.source == AnswerSource::Paper)
            .collect();
        if paper.is_empty() {
            return view! { <p>"No paper forms typed in yet."</p> }.into_any();
        }
        let heading = format!("Forms typed in: {}", paper.len());
        let items = paper.into_iter().map(|(p, l)| item(p, l)).collect_view();
        view! {
            <h2>{heading}</h2>
            <ul class="paper-forms">{items}</ul>
        }
        .into_any()
    }
}
