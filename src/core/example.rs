//! The worked example: a finished assessment a newcomer can open from the start page, to see
//! what results, a report, change over time and the links between domains look like before
//! answering anything. It is data (`questions/examples/`, in the export file format), fetched
//! only by people who open it, held in memory under a reserved id, and never anyone's own: it
//! is never stored, listed or exported with the person's assessments, and nothing on its pages
//! can be changed. "Start my own from this example" makes a copy that is theirs.

use super::assessment::Assessment;
use super::bank::Bank;
use super::file_format::{import, ImportError};
use super::route::Route;

/// The example's id, in its routes (`#/a/example/results`). No id the app makes can be this
/// (they are a time and a random number in base 36, at least 8 characters), and an imported
/// assessment that claims it is given a new one.
pub const EXAMPLE_ID: &str = "example";

/// Where the app fetches the example from, relative to the page (Trunk copies
/// `questions/examples/` to `examples/` in the build).
pub const EXAMPLE_FILE: &str = "examples/video-outpatient-clinics.json";

/// The case the example illustrates, and the published study it comes from. Kept here rather
/// than read from the file, as reading them would cost every visitor about 1 KB of wasm; the
/// file repeats them for people who read it, and a test keeps the two the same.
pub const EXAMPLE_CASE: &str =
    "the video outpatient consultations at a London hospital group (case A1)";
pub const EXAMPLE_SOURCE: &str = "Greenhalgh T, Wherton J, Papoutsi C, and others. Analysing the role of complexity in explaining the fortunes of technology programmes: empirical application of the NASSS framework. BMC Medicine 2018; 16: 66";

pub fn is_example(id: &str) -> bool {
    id == EXAMPLE_ID
}

/// Reads the example file through the same checks as any import, and insists it is what the
/// app expects: one assessment, under the reserved id.
pub fn read_example(bytes: &[u8], banks: &[Bank]) -> Result<Assessment, ImportError> {
    let mut assessments = import(bytes, banks)?;
    let not_the_example = |detail: &str| ImportError::BadShape {
        detail: detail.to_string(),
    };
    if assessments.len() != 1 {
        return Err(not_the_example("the example file must hold one assessment"));
    }
    let assessment = assessments.remove(0);
    if !is_example(&assessment.id) {
        return Err(not_the_example("the example's id must be \"example\""));
    }
    Ok(assessment)
}

/// The pages the example opens on: those for reading an assessment. Renaming, deleting,
/// checking in on, reviewing and presenting it as a workshop would change it, so its
/// addresses there are not found.
pub fn shows_example(route: &Route) -> bool {
    matches!(
        route,
        Route::Question { .. }
            | Route::Reflect { .. }
            | Route::Check { .. }
            | Route::Results { .. }
            | Route::Plan { .. }
            | Route::Trend { .. }
    )
}

/// Where "See an example" goes: the results, which show most in the least time.
pub fn example_route() -> Route {
    Route::Results {
        id: EXAMPLE_ID.to_string(),
    }
}
