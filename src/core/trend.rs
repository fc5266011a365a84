//! Change over time. At each check-in the current answers are closed as a round and carried
//! into the next one, so an assessment holds its own history: earlier rounds, oldest
//! first, then the current answers as the latest point.
//!
//! Also the little calendar arithmetic check-ins need. The core never reads a clock and
//! has no date library, so civil dates are worked out here from Unix milliseconds.

use super::assessment::{Assessment, Judgement, Millis, Response, Round};
use super::bank::Bank;
use super::compare::Change;
use super::scoring::{profile, DomainResult};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoundPoint {
    /// 0 for the oldest round; the current answers come last.
    pub index: usize,
    /// When the round's answers were given (`Round::rated_at`, or when it closed if it
    /// holds no answer); `None` for the current answers, which are still open.
    pub date: Option<Millis>,
    /// "Round 1", "Round 2", ..., then "Now".
    pub label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DomainSeries {
    pub domain: u32,
    /// The domain as scored at each round point, oldest first.
    pub results: Vec<DomainResult>,
    /// Index into the scale's levels per round point; `None` when not yet rated.
    pub levels: Vec<Option<usize>>,
}

pub const CURRENT_LABEL: &str = "Now";

/// An assessment holding only one round's answers and judgements, so scoring needs no
/// notion of rounds.
fn as_of(
    bank: &Bank,
    a: &Assessment,
    responses: &BTreeMap<String, Response>,
    judgements: &BTreeMap<u32, Judgement>,
) -> Assessment {
    let mut snapshot = Assessment::new(a.id.clone(), &a.title, bank, a.created_at);
    snapshot.responses = responses.clone();
    snapshot.judgements = judgements.clone();
    snapshot
}

/// The round points and, for every domain in framework order, its score and level at each.
pub fn trend(bank: &Bank, a: &Assessment) -> (Vec<RoundPoint>, Vec<DomainSeries>) {
    let mut points: Vec<RoundPoint> = a
        .rounds
        .iter()
        .enumerate()
        .map(|(i, r)| RoundPoint {
            index: i,
            date: Some(r.rated_at().unwrap_or(r.closed_at)),
            label: format!("Round {}", i + 1),
        })
        .collect();
    points.push(RoundPoint {
        index: a.rounds.len(),
        date: None,
        label: CURRENT_LABEL.to_string(),
    });

    let profiles: Vec<_> = a
        .rounds
        .iter()
        .map(|r| (&r.responses, &r.judgements))
        .chain(std::iter::once((&a.responses, &a.judgements)))
        .map(|(responses, judgements)| profile(bank, &as_of(bank, a, responses, judgements)))
        .collect();
    let series = bank
        .domains()
        .iter()
        .enumerate()
        .map(|(i, d)| DomainSeries {
            domain: d.number,
            results: profiles.iter().map(|p| p.domains[i].clone()).collect(),
            levels: profiles.iter().map(|p| p.domains[i].level).collect(),
        })
        .collect();
    (points, series)
}

/// The questions, in bank order, whose answer now differs from the last closed round.
/// Empty before the first check-in: there is nothing earlier to differ from.
pub fn changes_since_last_round(bank: &Bank, a: &Assessment) -> Vec<(String, Change)> {
    let Some(last) = a.rounds.last() else {
        return Vec::new();
    };
    bank.questions()
        .iter()
        .filter_map(|q| {
            let before = last.responses.get(&q.code).and_then(|r| r.answer.as_ref());
            let change = Change::between(before, a.answer(&q.code));
            (!change.is_same()).then(|| (q.code.clone(), change))
        })
        .collect()
}

/// Closes the current answers as a round and starts the next from them.
///
/// The kept answers are marked carried over so the UI can ask the team to revisit each one;
/// answering again (even with the same level) clears the mark. A response with nothing in it
/// (kept only to record when an answer was cleared) is not marked: there is nothing to revisit.
/// Each response keeps its own `updated_at`: its content has not changed, and merging two
/// copies answer by answer relies on that time.
pub fn start_check_in(a: &mut Assessment, comment: &str, now: Millis) {
    a.rounds.push(Round {
        closed_at: now,
        comment: comment.trim().to_string(),
        responses: a.responses.clone(),
        judgements: a.judgements.clone(),
    });
    for response in a.responses.values_mut().filter(|r| !r.is_empty()) {
        response.carried_over = true;
    }
    a.updated_at = now;
}

/// What the page about change over time offers as its main step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckInOffer {
    /// A check-in has begun and some carried-over answers are still to look at.
    Continue,
    /// One was finished lately: starting another is offered, but not as the main step.
    StartAnother,
    Start,
}

/// "Lately": a check-in finished within this many days is not followed by an invitation to
/// start the next one as the main step (the toolkits suggest every 3 to 6 months).
pub const RECENT_CHECK_IN_DAYS: u64 = 14;

pub fn check_in_offer(a: &Assessment, now: Millis) -> CheckInOffer {
    if a.check_in_in_progress() {
        return CheckInOffer::Continue;
    }
    match a.rounds.last() {
        Some(r) if now.saturating_sub(r.closed_at) < RECENT_CHECK_IN_DAYS * 86_400_000 => {
            CheckInOffer::StartAnother
        }
        _ => CheckInOffer::Start,
    }
}

/// A civil (proleptic Gregorian) date as (year, month 1–12, day 1–31).
pub type CivilDate = (i32, u32, u32);

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// The date `months` months on, with the day clamped to the length of the target month:
/// a check-in due a month after 31 January is due at the end of February, not in March.
pub fn suggest_next_check_in(today: CivilDate, months: u32) -> CivilDate {
    let (year, month, day) = today;
    let total = i64::from(year) * 12 + i64::from(month) - 1 + i64::from(months);
    let year = total.div_euclid(12) as i32;
    let month = total.rem_euclid(12) as u32 + 1;
    (year, month, day.min(days_in_month(year, month)))
}

/// Reads the YYYY-MM-DD that an HTML date field gives; anything else, or a day the month
/// does not have, is `None`.
pub fn parse_date(text: &str) -> Option<CivilDate> {
    let text = text.trim();
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| {
        let part = &text[range];
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    let year = number(0..4)? as i32;
    let month = number(5..7)?;
    let day = number(8..10)?;
    ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
        .then_some((year, month, day))
}

/// A date as it is stored and as date fields take it: "2026-11-25". (`long_date` is how
/// people read it.)
pub fn iso_date((year, month, day): CivilDate) -> String {
    format!("{year:04}-{month:02}-{day:02}")
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date as people in the UK write it, "25 November 2026" (the GOV.UK and NHS style).
/// Done here rather than with the browser's `Intl`: making the first `Intl` formatter costs
/// about 17 ms on a cold load, longer than drawing the rest of the library page.
pub fn long_date((year, month, day): CivilDate) -> String {
    let name = MONTHS
        .get(month.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("?");
    format!("{day} {name} {year}")
}

const MILLIS_PER_DAY: u64 = 86_400_000;

/// Days since 1970-01-01 for a civil date (Howard Hinnant, "chrono-Compatible Low-Level
/// Date Algorithms"): years are counted from March so the leap day falls at the end.
pub fn days_from_civil((year, month, day): CivilDate) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400; // [0, 399]
    let m = i64::from(month);
    let day_of_year = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1; // [0, 365]
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year; // [0, 146096]
    era * 146_097 + day_of_era - 719_468
}

/// The inverse of [`days_from_civil`], from the same paper.
pub fn civil_from_days(days: i64) -> CivilDate {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097; // [0, 146096]
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365; // [0, 399]
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100); // [0, 365]
    let mp = (5 * day_of_year + 2) / 153; // [0, 11], March = 0
    let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year as i32, month, day)
}

/// The UTC calendar date of a moment; the UI passes `Date.now()` and shows the result.
pub fn civil_from_millis(ms: Millis) -> CivilDate {
    civil_from_days((ms / MILLIS_PER_DAY) as i64)
}
