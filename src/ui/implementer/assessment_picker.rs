//! Choosing two or more assessments of the same question set, for comparing or a team view.

use crate::core::assessment::Assessment;
use crate::core::compare::oldest_first;
use crate::core::route::Route;
use crate::ui::components::error_summary::{focus_error_summary, ErrorSummary};
use crate::ui::platform::browser::{format_date, navigate};
use crate::ui::state::banks::bank;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn AssessmentPicker(
    /// Builds the route for the chosen ids.
    to: fn(Vec<String>) -> Route,
    /// Text of the button, e.g. "Compare".
    action: &'static str,
    /// Ids to start with (from the URL).
    chosen: Vec<String>,
    /// A problem with the chosen ids found elsewhere (for example by the core), shown as if
    /// the form had found it.
    #[prop(optional, into)]
    problem: Option<String>,
    /// For a comparison: sets may be mixed (their domain levels are compared), and the
    /// chosen are put oldest first, so change reads from old to new.
    #[prop(optional)]
    for_comparison: bool,
) -> impl IntoView {
    let library = expect_context::<Library>();
    let selected = RwSignal::new(chosen);
    let (error, set_error) = signal(problem);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let ids = selected.get_untracked();
        let banks: Vec<String> = ids
            .iter()
            .filter_map(|id| library.get_untracked(id).map(|(a, _)| a.bank.id))
            .collect();
        let problem = if ids.len() < 2 {
            Some("Choose at least 2 assessments".to_string())
        } else if !for_comparison && banks.windows(2).any(|w| w[0] != w[1]) {
            Some("Choose assessments made with the same question set (all quick checks, or all full assessments)".to_string())
        } else {
            None
        };
        match problem {
            Some(p) => {
                set_error.set(Some(p));
                focus_error_summary();
            }
            None if for_comparison => {
                let chosen: Vec<Assessment> = ids
                    .iter()
                    .filter_map(|id| library.get_untracked(id).map(|(a, _)| a))
                    .collect();
                let mut order: Vec<&Assessment> = chosen.iter().collect();
                oldest_first(&mut order);
                navigate(&to(order.iter().map(|a| a.id.clone()).collect()));
            }
            None => navigate(&to(ids)),
        }
    };
    let items = move || {
        library
            .all()
            .into_iter()
            .map(|a| {
                let input_id = format!("pick-{}", a.id);
                let (toggle_id, checked_id) = (a.id.clone(), a.id.clone());
                let depth = bank(&a.bank.id).map(|b| b.set.title.clone()).unwrap_or_default();
                view! {
                    <div class="checkboxes__item">
                        <input class="checkboxes__input" type="checkbox" id=input_id.clone()
                            prop:checked=move || selected.get().contains(&checked_id)
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                selected.update(|s| {
                                    s.retain(|x| x != &toggle_id);
                                    if on { s.push(toggle_id.clone()); }
                                });
                            } />
                        <label class="checkboxes__label" for=input_id>
                            {a.title.clone()}
                            <span class="checkboxes__hint">{format!(" – {depth}, last changed {}", format_date(a.updated_at))}</span>
                        </label>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <form on:submit=on_submit novalidate>
            {move || error.get().map(|e| view! {
                <ErrorSummary problems=vec![(".checkboxes__input".to_string(), e)] />
            })}
            <fieldset class="fieldset" id="pick-list">
                <legend class="fieldset__legend">"Choose the assessments"</legend>
                <div class="hint">"Import other people's files first if you need them (Import from a file on your assessments page)."</div>
                <div class="checkboxes">{items}</div>
            </fieldset>
            <button class="button" type="submit">{action}</button>
        </form>
    }
}
