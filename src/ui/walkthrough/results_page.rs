//! Results: the profile headline, chart and table, each domain's reasons, a heat map of
//! every question, what it means, the action plan and all answers. Printing it gives the report.

use crate::core::example::is_example;
use crate::core::route::Route;
use crate::core::scoring::{summary_for, RULE};
use crate::ui::components::action_plan::ActionPlan;
use crate::ui::components::answers_list::AnswersList;
use crate::ui::components::attention_list::AttentionList;
use crate::ui::components::domain_judgements::DomainJudgements;
use crate::ui::components::domain_links::DomainLinks;
use crate::ui::components::domain_results::{DomainResults, DomainTable};
use crate::ui::components::example_notice::ExampleNotice;
use crate::ui::components::headline_reviews::HeadlineReviews;
use crate::ui::components::heat_map::HeatMap;
use crate::ui::components::profile_chart::ProfileChart;
use crate::ui::components::review_summary::ReviewSummary;
use crate::ui::components::wording_notice::WordingNotice;
use crate::ui::library::visit_notice::VisitNotice;
use crate::ui::platform::browser::{format_date, format_day, print_page};
use crate::ui::state::library::Library;
use crate::ui::state::me::provide_judged_by;
use crate::ui::walkthrough::not_final_notice::NotFinalNotice;
use crate::ui::walkthrough::things_to_find_out::ThingsToFindOut;
use leptos::prelude::*;

#[component]
pub fn ResultsPage(id: String) -> impl IntoView {
    let library = expect_context::<Library>();
    let Some((_, bank)) = library.get_untracked(&id) else {
        return ().into_any();
    };
    let assessment = library.watch(&id);
    // Someone else's results name them, not "you", in every line that says whose.
    let whose = provide_judged_by(library.whose(&id));
    let answers = whose.answers();
    // Read-only here: no plan, check-in or next question to offer, only a review.
    let editable = !library.is_read_only(&id);
    let from = move || {
        assessment.with(|a| {
            a.as_ref()?
                .from_line(&library.me().key(), format_date)
                .map(|f| view! { <p class="caption">{format!("{f}.")}</p> })
        })
    };
    let profile = Library::watch_profile(bank, assessment);
    let summary = {
        let whose = whose.clone();
        Memo::new(move |_| profile.with(|p| summary_for(bank, p, &whose)))
    };
    let title =
        move || assessment.with(|a| a.as_ref().map(|a| a.title.clone()).unwrap_or_default());
    let progress = move || {
        profile.with(|p| {
            format!(
                "Based on {} of {} questions answered.",
                p.answered, p.questions
            )
        })
    };
    let dates = move || {
        assessment
            .with(|a| {
                a.as_ref().map(|a| {
                    format!(
                        "Started {}. Last changed {}. Question set: {} (version {}).",
                        format_date(a.created_at),
                        format_date(a.updated_at),
                        bank.set.title,
                        a.bank.version
                    )
                })
            })
            .unwrap_or_default()
    };

    view! {
        <a class="back-link" href=Route::Check { id: id.clone() }.href()>{format!("Back to {answers}")}</a>
        <p class="print-only">"NASSS Navigator report"</p>
        <h1 tabindex="-1">{move || format!("Results: {}", title())}</h1>
        <p class="caption">{dates}</p>
        {from}
        <ExampleNotice id=id.clone() />
        <VisitNotice id=id.clone() />
        <WordingNotice id=id.clone() bank watched=assessment />
        <p class="headline">{move || summary.with(|s| s.headline.clone())}</p>
        <HeadlineReviews bank assessment profile />
        <p>{progress}</p>
        {editable.then(|| view! { <NotFinalNotice id=id.clone() summary /> })}
        <ResultsActions id=id.clone() editable visiting=library.is_visiting(&id) answered=Signal::derive(move || profile.with(|p| p.answered > 0)) />
        {move || assessment.get().and_then(|a| a.next_check_in).map(|d| view! {
            <p>{format!("Next check-in: {}.", format_day(&d))}</p>
        })}

        <h2>"What this means"</h2>
        {move || summary.with(|s| s.meaning.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view())}
        // Not knowing is itself complexity: what to find out comes before anything else,
        // on screen and on paper (`Summary::find_out_first`).
        {
            let (id, whose) = (id.clone(), whose.clone());
            move || summary.with(|s| s.find_out_first).then(|| view! { <ThingsToFindOut bank profile id=id.clone() whose=whose.clone() /> })
        }
        <p>
            "NASSS is a guide for thinking and talking, not a test to pass or fail. "
            "Use these results to decide where to look first."
        </p>
        <AttentionList bank profile summary />

        <h2>"Action plan"</h2>
        <ActionPlan bank assessment />
        {editable.then(|| view! {
            <p class="no-print">
                <a href=Route::Plan { id: id.clone() }.href()>"Add or update actions"</a>
            </p>
        })}

        <h2>{format!("{} complexity profile", whose.possessive())}</h2>
        <ProfileChart bank profile assessment />
        <DomainTable bank profile assessment />
        <p class="hint">{RULE}</p>
        <DomainJudgements bank profile id=id.clone() editable />
        <DomainLinks bank assessment id=id.clone() editable />

        <ReviewSummary bank assessment />

        // Long, and the same answers again: folded on screen, printed whole.
        <details class="details details--section">
            <summary class="details__summary"><h2>"Each domain in detail"</h2></summary>
            <DomainResults bank profile assessment />
        </details>
        // On paper the answers list below says the same, with the notes.
        <details class="details details--section no-print">
            <summary class="details__summary"><h2>"Every question at a glance"</h2></summary>
            <HeatMap bank assessment id=id.clone() />
        </details>
        <details class="details details--section">
            <summary class="details__summary"><h2>{format!("{} answers and notes", whose.possessive())}</h2></summary>
            <AnswersList bank assessment id=id.clone() heading_level=3 />
        </details>
    }
    .into_any()
}

/// What can be done from the results: print, plan (or, for someone else's, review; the
/// example takes neither), share (your own: also ask for a review), and once anything is
/// answered, a check-in and change over time. A link being read is only read: keeping it
/// comes first (its notice).
#[component]
fn ResultsActions(
    id: String,
    editable: bool,
    visiting: bool,
    answered: Signal<bool>,
) -> impl IntoView {
    let check_in_href = Route::CheckIn { id: id.clone() }.href();
    let trend_href = Route::Trend { id: id.clone() }.href();
    let share = (!is_example(&id) && !visiting).then(|| {
        let ask = editable.then(|| Route::AskReview { id: id.clone() }.href());
        view! {
            <a class="button-group__link" href=Route::Share { id: id.clone() }.href()>"Share"</a>
            {ask.map(|href| view! { <a class="button-group__link" href=href>"Ask someone to review this"</a> })}
        }
    });
    let main = if editable {
        Some(("Plan actions", Route::Plan { id }))
    } else {
        (!is_example(&id) && !visiting).then_some(("Review this assessment", Route::Review { id }))
    };
    view! {
        <div class="button-group no-print">
            <button class="button button--secondary" type="button" on:click=|_| print_page()>
                "Print or save as PDF"
            </button>
            {main.map(|(label, route)| view! { <a class="button-group__link" href=route.href()>{label}</a> })}
            {share}
            // Re-rating or tracking change means nothing until something is answered.
            <Show when=move || answered.get()>
                {editable.then(|| view! { <a class="button-group__link" href=check_in_href.clone()>"Start a check-in"</a> })}
                <a class="button-group__link" href=trend_href.clone()>"Change over time"</a>
            </Show>
        </div>
    }
}
