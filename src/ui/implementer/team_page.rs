//! Several people's answers to the same questions: where they agree, where they do not
//! (disagreement is itself a sign of complexity), and the profile they make together.

use crate::core::assessment::Assessment;
use crate::core::bank::Bank;
use crate::core::csv::file_stem;
use crate::core::lower_case::lower_case;
use crate::core::participants::people;
use crate::core::route::Route;
use crate::core::team::{team_csv, team_view};
use crate::ui::implementer::assessment_picker::AssessmentPicker;
use crate::ui::implementer::team_answers::TeamAnswers;
use crate::ui::implementer::team_disagreement::TeamDisagreement;
use crate::ui::implementer::team_profile::TeamProfile;
use crate::ui::platform::browser::{download, print_page, today};
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn TeamPage(ids: Vec<String>) -> impl IntoView {
    let library = expect_context::<Library>();
    let key = library.me().key();
    // A workshop answered on phones stands for each of its people, by the name they gave
    // or "Person 1"; anything else is one person's assessment.
    let chosen: Vec<(Assessment, &'static Bank, String)> = ids
        .iter()
        .filter_map(|id| library.get_untracked(id))
        .flat_map(|(a, bank)| {
            if a.participants.is_empty() {
                let name = a.column_name(&key);
                vec![(a, bank, name)]
            } else {
                people(&a)
                    .into_iter()
                    .map(|(p, label)| (p, bank, label))
                    .collect()
            }
        })
        .collect();
    let intro = view! {
        <p>"See several people's answers to the same questions side by side. Where people disagree, the project is often more complex than any one answer shows."</p>
    };
    if chosen.len() < 2 {
        return view! {
            <a class="back-link" href=Route::Home.href()>"Back"</a>
            <h1 tabindex="-1">"Team view"</h1>
            {intro}
            <AssessmentPicker to=|ids| Route::Team { ids } action="Show the team view" chosen=ids />
        }
        .into_any();
    }
    let bank = chosen[0].1;
    let first_title = ids
        .iter()
        .find_map(|id| library.get_untracked(id))
        .map(|(a, _)| a.title)
        .unwrap_or_default();
    let refs: Vec<&Assessment> = chosen.iter().map(|(a, _, _)| a).collect();
    let view_data = match team_view(bank, &refs) {
        Ok(v) => v,
        Err(e) => return view! {
            <h1 tabindex="-1">"Team view"</h1>
            <AssessmentPicker to=|ids| Route::Team { ids } action="Show the team view" chosen=ids problem=e.to_string() />
        }
        .into_any(),
    };
    // Each person's column is named by person, the title beside it.
    let names: Vec<String> = chosen.iter().map(|(_, _, name)| name.clone()).collect();
    let csv = team_csv(bank, &view_data, &names, &refs);
    let csv_name = format!(
        "{}.csv",
        file_stem(&format!("team {}", first_title), &today())
    );

    let respondents = view_data.respondents;
    let people: Vec<Assessment> = chosen.into_iter().map(|(a, _, _)| a).collect();
    view! {
        <a class="back-link no-print" href=Route::Team { ids: vec![] }.href()>"Choose other assessments"</a>
        <h1 tabindex="-1">"Team view"</h1>
        {intro}
        <p>{format!("{respondents} people answered the {}.", lower_case(&bank.set.title))}</p>
        <div class="button-group no-print">
            <button class="button button--secondary" type="button" on:click=move |_| download(&csv_name, "text/csv", &csv)>
                "Export the team view (CSV)"
            </button>
            <button class="link-button" type="button" on:click=|_| print_page()>"Print"</button>
        </div>
        <TeamDisagreement bank team=view_data.clone() />
        <TeamProfile bank combined=view_data.combined.clone() />
        <TeamAnswers bank people names questions=view_data.questions />
    }
    .into_any()
}
