//! "Which other domains does this depend on?": a checkbox per other domain, and for each one
//! ticked a box to say how. These become "How the domains affect each other" in the results.

use crate::core::assessment::Assessment;
use crate::core::bank::Bank;
use crate::core::lower_case::lower_case;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn DomainLinksFields(
    id: String,
    domain: u32,
    bank: &'static Bank,
    /// The page's own copy of the assessment, not a second one to keep in step.
    watched: Memo<Option<Assessment>>,
    read_only: bool,
) -> impl IntoView {
    let library = expect_context::<Library>();
    let links = Memo::new(move |_| {
        watched.with(|a| {
            a.as_ref()
                .and_then(|a| a.reflection(domain))
                .map(|r| r.depends_on.clone())
                .unwrap_or_default()
        })
    });
    let items = bank
        .domains()
        .iter()
        .filter(|d| d.number != domain)
        .map(|other| {
            let to = other.number;
            let box_id = format!("depends-{to}");
            let note_id = format!("depends-{to}-note");
            let ticked = move || links.with(|l| l.contains_key(&to));
            let on_tick = {
                let id = id.clone();
                move |ev: leptos::ev::Event| {
                    let on = event_target_checked(&ev);
                    library.update(&id, |a, now| {
                        a.reflect(domain, now, |r| {
                            if on {
                                r.depends_on.entry(to).or_default();
                            } else {
                                r.depends_on.remove(&to);
                            }
                        })
                    });
                }
            };
            let on_note = {
                let id = id.clone();
                move |ev: leptos::ev::Event| {
                    let text = event_target_value(&ev);
                    library.update(&id, |a, now| {
                        a.reflect(domain, now, |r| {
                            r.depends_on.insert(to, text);
                        })
                    });
                }
            };
            let note = move || links.with(|l| l.get(&to).cloned().unwrap_or_default());
            view! {
                <div class="checkboxes__item">
                    <input class="checkboxes__input" type="checkbox" id=box_id.clone()
                        disabled=read_only prop:checked=ticked on:change=on_tick />
                    <label class="checkboxes__label" for=box_id>{other.label()}</label>
                </div>
                <Show when=ticked>
                    <div class="checkboxes__conditional">
                        <label class="label" for=note_id.clone()>{format!("How does it depend on {}?", lower_case(&other.title))}</label>
                        <input class="input" type="text" id=note_id.clone() readonly=read_only
                            on:input=on_note.clone() prop:value=note />
                    </div>
                </Show>
            }
        })
        .collect_view();
    view! {
        <div class="form-group">
            <fieldset class="fieldset" aria-describedby="depends-hint">
                <legend class="fieldset__legend fieldset__legend--m">"Which other domains does this depend on?"</legend>
                <div class="hint" id="depends-hint">"Choose any that apply. For example, staff time may wait on a funding decision."</div>
                <div class="checkboxes">{items}</div>
            </fieldset>
        </div>
    }
}
