//! A workshop's record of the room, question by question: the votes for each answer (the
//! tally) and the group's answer (the consensus), which the facilitator decides. Also which
//! questions the room disagreed on most, for the reveal at the end.
//!
//! Both live in the assessment's ordinary responses (`answer` is the consensus, `tally` the
//! votes, `note` the discussion note), so a workshop is an ordinary assessment afterwards.

use super::assessment::{Answer, Assessment, Millis, Response};
use super::bank::Bank;
use super::disagreement::{
    most_disputed_first, standard_deviation, unknown_beside_level, Disagreement,
};
use super::vote_log::press;

pub use super::vote_log::Tally;

/// What the votes suggest as the group's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Leader {
    NoVotes,
    /// One answer has more votes than any other.
    Clear(Answer),
    /// Several answers share the most votes: the group has to decide between them.
    Tied(Vec<Answer>),
}

/// The answers a vote can be for, in the order the screen shows them: the levels, then
/// "I don't know".
pub fn vote_options(bank: &Bank) -> Vec<Answer> {
    bank.levels()
        .iter()
        .map(|l| Answer::Level(l.id.clone()))
        .chain(std::iter::once(Answer::DontKnow))
        .collect()
}

/// Votes for one answer. Keys that are not answers of this bank (a hand-edited file) are
/// never counted anywhere, just as scoring ignores unknown levels.
pub fn votes_for(tally: &Tally, answer: &Answer) -> u32 {
    tally.get(answer.as_str()).copied().unwrap_or(0)
}

pub fn leader(bank: &Bank, tally: &Tally) -> Leader {
    let counted: Vec<(Answer, u32)> = vote_options(bank)
        .into_iter()
        .map(|a| {
            let n = votes_for(tally, &a);
            (a, n)
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    let Some(most) = counted.iter().map(|(_, n)| *n).max() else {
        return Leader::NoVotes;
    };
    let mut top: Vec<Answer> = counted
        .into_iter()
        .filter(|(_, n)| *n == most)
        .map(|(a, _)| a)
        .collect();
    if top.len() == 1 {
        Leader::Clear(top.remove(0))
    } else {
        Leader::Tied(top)
    }
}

/// The answer the votes alone would give: the most common vote, or none while tied.
/// A tie is never broken by a rule: the group talks it through and the facilitator records
/// what they decide.
pub fn suggested(bank: &Bank, tally: &Tally) -> Option<Answer> {
    match leader(bank, tally) {
        Leader::Clear(a) => Some(a),
        Leader::NoVotes | Leader::Tied(_) => None,
    }
}

/// Adds one vote for `answer` to question `code`, as pressed in no window in particular
/// (`add_vote_from` names the window, so two windows' votes merge).
///
/// The group's answer follows the votes (it is whatever `suggested` gives) for as long as
/// it still equals what the votes suggested before this vote. Once the facilitator has
/// chosen something else (pressed 1, 2, 3 or D), later votes never overwrite that choice.
/// This needs no extra stored flag, so files stay as they were.
pub fn add_vote(a: &mut Assessment, bank: &Bank, code: &str, answer: &Answer, now: Millis) {
    change_votes(a, bank, code, answer, (true, ""), now);
}

/// Takes one vote for `answer` away (a miscount); nothing happens when it has none.
pub fn remove_vote(a: &mut Assessment, bank: &Bank, code: &str, answer: &Answer, now: Millis) {
    change_votes(a, bank, code, answer, (false, ""), now);
}

/// `add_vote`, pressed in the window `window` (an id each window of the app makes for itself).
pub fn add_vote_from(
    a: &mut Assessment,
    bank: &Bank,
    code: &str,
    answer: &Answer,
    window: &str,
    now: Millis,
) {
    change_votes(a, bank, code, answer, (true, window), now);
}

/// `remove_vote`, pressed in the window `window`.
pub fn remove_vote_from(
    a: &mut Assessment,
    bank: &Bank,
    code: &str,
    answer: &Answer,
    window: &str,
    now: Millis,
) {
    change_votes(a, bank, code, answer, (false, window), now);
}

fn change_votes(
    a: &mut Assessment,
    bank: &Bank,
    code: &str,
    answer: &Answer,
    (up, window): (bool, &str),
    now: Millis,
) {
    if bank.question(code).is_none() || !vote_options(bank).contains(answer) {
        return;
    }
    let current = a.response(code).map_or(0, |r| votes_for(&r.tally, answer));
    if !up && current == 0 {
        return;
    }
    a.touch(code, now, |r| {
        let before = suggested(bank, &r.tally);
        r.tally = press(&mut r.votes, &r.tally, window, answer.as_str(), up);
        if r.answer == before {
            r.answer = suggested(bank, &r.tally);
        }
    });
}

/// How the group's answer to one question came about, so the screens can say it in words
/// and never by colour alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    /// No group answer yet.
    Open,
    /// The answer is the most common vote (it followed the votes).
    MostVotes(Answer),
    /// The group settled it themselves: a tie broken, the votes overruled, or no vote taken.
    GroupDecided(Answer),
}

/// Read from what is saved, so it needs no stored flag: an answer that is what the votes
/// alone suggest is "most votes"; any other answer is the group's own decision.
pub fn decision(bank: &Bank, response: &Response) -> Decision {
    match &response.answer {
        None => Decision::Open,
        Some(a) if suggested(bank, &response.tally).as_ref() == Some(a) => {
            Decision::MostVotes(a.clone())
        }
        Some(a) => Decision::GroupDecided(a.clone()),
    }
}

/// "Group answer: Complex (the group decided)", "Group answer: Simple (most votes)" or
/// "No group answer yet."
pub fn describe_decision(bank: &Bank, response: &Response) -> String {
    let label = |a: &Answer| bank.answer_label(a);
    match decision(bank, response) {
        Decision::Open => "No group answer yet.".to_string(),
        Decision::MostVotes(a) => format!("Group answer: {} (most votes)", label(&a)),
        Decision::GroupDecided(a) => format!("Group answer: {} (the group decided)", label(&a)),
    }
}

/// Whether the room voted on a question but no group answer is recorded (a tie, or an
/// answer taken back): moving on would leave it unanswered in spite of the votes, so the
/// workshop asks first. A question nobody voted on is simply not discussed yet.
pub fn is_undecided(bank: &Bank, response: &Response) -> bool {
    response.answer.is_none() && vote_spread(bank, &response.tally).votes() > 0
}

/// The questions the room voted on and left undecided, in the order they were asked.
pub fn undecided_questions(bank: &Bank, a: &Assessment) -> Vec<String> {
    bank.questions()
        .iter()
        .filter(|q| a.response(&q.code).is_some_and(|r| is_undecided(bank, r)))
        .map(|q| q.code.clone())
        .collect()
}

/// What the workshop says before moving on from an undecided question:
/// "No group answer yet. 8 votes. Tied between Complex and I don't know: the group decides."
pub fn describe_undecided(bank: &Bank, tally: &Tally) -> String {
    format!("No group answer yet. {}", describe_votes(bank, tally))
}

/// "Question 3: Value on both sides": a question as the room's screens name it in a list, so
/// its code never reads as the list's own numbering ("1. 4 What people must change").
pub fn question_heading(bank: &Bank, code: &str) -> String {
    match bank.question(code) {
        Some(q) => format!("Question {code}: {}", q.topic),
        None => format!("Question {code}"),
    }
}

/// How the room's votes on one question spread across the scale.
#[derive(Clone, Debug, PartialEq)]
pub struct VoteSpread {
    /// Per scale level, in the scale's order.
    pub per_level: Vec<u32>,
    pub dont_know: u32,
    /// Scale positions of the lowest and the highest level anyone voted for.
    pub range: Option<(usize, usize)>,
    /// Highest level value voted for minus the lowest.
    pub spread: u32,
    /// Population standard deviation of the level values voted for, as in the team view
    /// (the room is the whole group being described, not a sample of a larger one).
    /// "I don't know" is not a level, so those votes are left out, as scoring leaves them out.
    pub disagreement: f64,
}

impl VoteSpread {
    /// The measure the ranking uses: "I don't know" votes beside a level count as
    /// disagreement, as in the team view.
    pub fn measure(&self) -> Disagreement {
        Disagreement {
            deviation: self.disagreement,
            spread: self.spread,
            unknown_beside_level: unknown_beside_level(self.per_level.iter().sum(), self.dont_know),
        }
    }

    pub fn votes(&self) -> u64 {
        self.per_level.iter().map(|&n| u64::from(n)).sum::<u64>() + u64::from(self.dont_know)
    }
}

pub fn vote_spread(bank: &Bank, tally: &Tally) -> VoteSpread {
    let levels = bank.levels();
    let per_level: Vec<u32> = levels
        .iter()
        .map(|l| votes_for(tally, &Answer::Level(l.id.clone())))
        .collect();
    let dont_know = votes_for(tally, &Answer::DontKnow);
    let voted: Vec<usize> = (0..levels.len()).filter(|&i| per_level[i] > 0).collect();
    let range = voted.first().copied().zip(voted.last().copied());
    let spread = range.map_or(0, |(lo, hi)| levels[hi].value - levels[lo].value);
    // "I don't know" is not a level value, so it is not part of the deviation (`measure` counts it).
    let disagreement =
        standard_deviation(levels.iter().zip(&per_level).map(|(l, &c)| (l.value, c)));
    VoteSpread {
        per_level,
        dont_know,
        range,
        spread,
        disagreement,
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Disputed {
    pub code: String,
    pub spread: VoteSpread,
}

/// The `n` questions the room disagreed on most, by `disagreement::most_disputed_first`:
/// "I don't know" votes beside a level count. Questions where everyone chose the same
/// level, with nobody unsure beside it, are left out, so the list can be shorter than `n`.
pub fn most_disputed(bank: &Bank, a: &Assessment, n: usize) -> Vec<Disputed> {
    let voted = bank.questions().iter().filter_map(|q| {
        let tally = &a.response(&q.code)?.tally;
        Some(Disputed {
            code: q.code.clone(),
            spread: vote_spread(bank, tally),
        })
    });
    most_disputed_first(voted, |d| d.spread.measure(), n)
}

fn join_with_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The options that got at least one vote, with their votes, in the screen's order: the
/// reveal's breakdown ("Simple 1, Complex 2"), which leaves out the zeros so each question's
/// votes fit one line in type the back of the room can read.
pub fn votes_cast(bank: &Bank, tally: &Tally) -> Vec<(Answer, u32)> {
    vote_options(bank)
        .into_iter()
        .map(|a| {
            let n = votes_for(tally, &a);
            (a, n)
        })
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// Every option with its votes ("Simple 2, Complicated 3, Complex 1, I don't know 0"),
/// or `None` when nobody voted: for the answers list, the report and the reveal.
pub fn tally_summary(bank: &Bank, tally: &Tally) -> Option<String> {
    let spread = vote_spread(bank, tally);
    if spread.votes() == 0 {
        return None;
    }
    let parts: Vec<String> = vote_options(bank)
        .iter()
        .map(|a| format!("{} {}", bank.answer_label(a), votes_for(tally, a)))
        .collect();
    Some(parts.join(", "))
}

/// One plain sentence or two about the votes, for the screen the room looks at:
/// "6 votes. Most votes: Complex. Votes range from Simple to Complex."
pub fn describe_votes(bank: &Bank, tally: &Tally) -> String {
    let spread = vote_spread(bank, tally);
    let total = spread.votes();
    if total == 0 {
        return "No votes yet.".to_string();
    }
    let count = if total == 1 {
        "1 vote.".to_string()
    } else {
        format!("{total} votes.")
    };
    let label = |a: &Answer| bank.answer_label(a);
    let lead = match leader(bank, tally) {
        Leader::Clear(a) => format!(" Most votes: {}.", label(&a)),
        Leader::Tied(tied) => format!(
            " Tied between {}: the group decides.",
            join_with_and(&tied.iter().map(label).collect::<Vec<_>>())
        ),
        Leader::NoVotes => String::new(),
    };
    let range = match spread.range {
        Some((lo, hi)) if lo != hi => format!(
            " Votes range from {} to {}.",
            bank.levels()[lo].label,
            bank.levels()[hi].label
        ),
        _ => String::new(),
    };
    format!("{count}{lead}{range}")
}
