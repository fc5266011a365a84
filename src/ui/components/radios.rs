//! Every radio group in the app, drawn from data: one view shape for all of them, so the
//! markup (and its accessibility) is the same everywhere and the wasm holds it once.

use leptos::prelude::*;

/// One choice: its value, its label, and an optional hint under it.
#[derive(Clone)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub hint: Option<String>,
}

impl Choice {
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Choice {
        Choice {
            value: value.into(),
            label: label.into(),
            hint: None,
        }
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Choice {
        self.hint = Some(hint.into());
        self
    }
}

/// Each input's id is `{name}-{value}`, which error summaries link to.
#[component]
pub fn Radios(
    /// The group's `name`, and the start of each input's id.
    #[prop(into)]
    name: String,
    choices: Vec<Choice>,
    /// The chosen value, followed as it changes.
    #[prop(into)]
    chosen: Signal<Option<String>>,
    /// Called with the value chosen.
    #[prop(into)]
    on_choose: Callback<String>,
    /// Side by side, for short labels.
    #[prop(optional)]
    inline: bool,
    /// An "or" before the last choice (an "I don't know" set apart from the levels).
    #[prop(optional)]
    or_before_last: bool,
    #[prop(optional)] disabled: bool,
) -> impl IntoView {
    let last = choices.len().saturating_sub(1);
    let items = choices
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let id = format!("{name}-{}", c.value);
            let hint_id = c.hint.as_ref().map(|_| format!("{id}-hint"));
            let (value, mine) = (c.value.clone(), c.value);
            let checked = move || chosen.with(|v| v.as_deref() == Some(mine.as_str()));
            let divider = (or_before_last && i == last && i > 0)
                .then(|| view! { <div class="radios__divider">"or"</div> });
            view! {
                {divider}
                <div class="radios__item">
                    <input class="radios__input" type="radio" name=name.clone() id=id.clone() value=value.clone()
                        aria-describedby=hint_id.clone() disabled=disabled prop:checked=checked
                        on:change=move |_| on_choose.run(value.clone()) />
                    <label class="radios__label" for=id>{c.label}</label>
                    {c.hint.map(|h| view! { <div class="radios__hint" id=hint_id>{h}</div> })}
                </div>
            }
        })
        .collect_view();
    view! { <div class="radios" class:radios--inline=inline>{items}</div> }
}
