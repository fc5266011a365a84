//! One choice for every clash at once, above the import preview's list: "36 clash with
//! assessments on this device: add what is new, keep both, replace all or skip all?". A file
//! of hundreds of copies needs one decision, not a control per row (36,000 rows froze the tab).

use crate::core::return_trip::Clash;
use crate::ui::components::radios::{Choice, Radios};
use leptos::prelude::*;

/// What to do with every incoming assessment whose id is already here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClashChoice {
    /// Each row's own choice, the same for all (`return_trip::Clash`).
    All(Clash),
    SkipAll,
}

#[component]
pub fn ClashSummary(
    /// How many incoming assessments are already on this device.
    clashes: usize,
    noun: &'static str,
    /// Every clashing row's own choice, where the rows set them: `None` while they differ.
    chosen: Signal<Option<ClashChoice>>,
    #[prop(into)] on_choose: Callback<ClashChoice>,
) -> impl IntoView {
    let choices = vec![
        Choice::new("add", "Add what is new to each"),
        Choice::new("keep", "Keep both").hint("The copies come in beside the ones here, each as a named copy."),
        Choice::new("replace", format!("Replace all with the {noun}'s copies"))
            .hint("Except where the copy here is newer; Undo on the library page puts the old copies back."),
        Choice::new("skip", "Skip all").hint("The ones here are left as they are, and only the others come in."),
    ];
    let value = Signal::derive(move || {
        chosen.get().map(|c| match c {
            ClashChoice::All(clash) => clash.id().to_string(),
            ClashChoice::SkipAll => "skip".to_string(),
        })
    });
    let pick = move |value: String| {
        on_choose.run(match Clash::from_id(&value) {
            Some(clash) => ClashChoice::All(clash),
            None => ClashChoice::SkipAll,
        })
    };
    let plural = if clashes == 1 { "clashes" } else { "clash" };
    view! {
        <fieldset class="fieldset clash">
            <legend class="fieldset__legend fieldset__legend--m">
                {format!("{clashes} {plural} with assessments on this device: add what is new, keep both, replace all or skip all?")}
            </legend>
            <Radios name="clash-all" choices chosen=value on_choose=pick />
        </fieldset>
    }
}
