//! Two tabs changing one assessment at the same moment (issue 23): every change either tab
//! made survives their merge, the merge is the same whichever tab does it (so the tabs settle
//! on one stored copy instead of taking turns to overwrite it), and `holds` says whether a
//! stored copy has what a page shows.

use nasss_navigator::core::assessment::{holds, merge, ActionStatus, Answer, Assessment};
use nasss_navigator::core::bank::Bank;
use nasss_navigator::core::shipped::shipped_banks;
use nasss_navigator::core::storage::{
    load_one, save, save_merged, save_until_held, KeyValueStore, MemoryStore, StoreError,
};

fn bank() -> Bank {
    shipped_banks().remove(0)
}

/// One stored copy, then two tabs that each loaded it and change it at the same `t`.
fn two_tabs() -> (Assessment, Assessment, Assessment) {
    let bank = bank();
    let mut base = Assessment::new("a1".into(), "Ward pilot", &bank, 1_000);
    base.set_answer("1", Some(Answer::parse("simple")), 1_000);
    (base.clone(), base.clone(), base)
}

const T: u64 = 5_000;

/// Both orders, and each merge merged again with either copy: nothing changes any more.
fn settled(a: &Assessment, b: &Assessment) -> Assessment {
    let ab = merge(a, b);
    assert_eq!(ab, merge(b, a), "the merge depends on which tab does it");
    assert_eq!(merge(&ab, a), ab);
    assert_eq!(merge(&ab, b), ab);
    assert!(holds(&ab, a) && holds(&ab, b));
    ab
}

#[test]
fn answers_to_different_questions_at_the_same_moment_both_survive() {
    let (_, mut a, mut b) = two_tabs();
    a.set_answer("2", Some(Answer::parse("complex")), T);
    b.set_answer("3", Some(Answer::DontKnow), T);
    let m = settled(&a, &b);
    assert_eq!(m.answer("2"), Some(&Answer::parse("complex")));
    assert_eq!(m.answer("3"), Some(&Answer::DontKnow));
}

#[test]
fn two_answers_to_one_question_at_the_same_millisecond_settle_the_same_way_in_both_tabs() {
    let (_, mut a, mut b) = two_tabs();
    a.set_answer("2", Some(Answer::parse("complex")), T);
    b.set_answer("2", Some(Answer::parse("simple")), T);
    let m = settled(&a, &b);
    assert!(m.answer("2").is_some());
    // Notes on the same question too, and judgements of the same domain.
    a.set_note("4", "from tab A", T);
    b.set_note("4", "from tab B", T);
    a.set_judgement(2, Some(("simple", "A")), T);
    b.set_judgement(2, Some(("complex", "B")), T);
    settled(&a, &b);
}

#[test]
fn actions_added_in_both_tabs_at_once_are_both_kept_and_numbered_apart() {
    let (_, mut a, mut b) = two_tabs();
    let ia = a.add_action("1", "Ask the ward manager", "Sam", "", T);
    let ib = b.add_action("1", "Book the training room", "", "", T);
    assert_eq!(ia, ib, "both tabs gave their action the same number");
    let m = settled(&a, &b);
    let mut what: Vec<&str> = m.actions.iter().map(|x| x.what.as_str()).collect();
    what.sort();
    assert_eq!(what, ["Ask the ward manager", "Book the training room"]);
    let mut ids: Vec<u32> = m.actions.iter().map(|x| x.id).collect();
    ids.dedup();
    assert_eq!(ids.len(), 2, "two actions, two numbers: {ids:?}");
    // A status changed in one tab after that still lands, and nothing comes back removed.
    let mut a2 = m.clone();
    let mut b2 = m.clone();
    let first = m.actions[0].id;
    a2.set_action_status(first, ActionStatus::Done, T + 10);
    b2.remove_action(m.actions[1].id, T + 10);
    let m2 = settled(&a2, &b2);
    assert_eq!(m2.actions.len(), 1);
    assert_eq!(m2.actions[0].status, ActionStatus::Done);
    // An older copy that still has the removed action does not bring it back.
    assert_eq!(merge(&m2, &m).actions.len(), 1);
}

#[test]
fn a_rename_beside_an_action_added_in_the_other_tab_keeps_both() {
    let (_, mut a, mut b) = two_tabs();
    a.rename("Ward pilot, phase 2", T);
    b.add_action("1", "Ask the ward manager", "", "", T);
    let m = settled(&a, &b);
    assert_eq!(m.title, "Ward pilot, phase 2");
    assert_eq!(m.actions.len(), 1);
    // And the later rename wins whichever copy is newer overall.
    let mut c = m.clone();
    c.rename("Renamed again", T + 5);
    let mut d = m.clone();
    d.set_answer("5", Some(Answer::DontKnow), T + 9);
    assert_eq!(settled(&c, &d).title, "Renamed again");
}

#[test]
fn holds_says_whether_the_stored_copy_has_what_the_page_shows() {
    let (base, mut a, _) = two_tabs();
    assert!(holds(&base, &a));
    a.set_answer("2", Some(Answer::parse("complex")), T);
    assert!(!holds(&base, &a), "the stored copy lacks the new answer");
    assert!(holds(&merge(&base, &a), &a));
    // A stored copy with more than the page (another tab's change) still holds the page's.
    let mut more = merge(&base, &a);
    more.set_note("3", "from the other tab", T + 1);
    assert!(holds(&more, &a));
}

/// A store where another tab's write lands straight after this tab's first one: the other
/// tab read before this one wrote, so what it writes lacks this tab's change.
struct RacingStore {
    inner: MemoryStore,
    other: Option<String>,
}

impl KeyValueStore for RacingStore {
    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.inner.keys()
    }
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.inner.get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.inner.set(key, value)?;
        match self.other.take() {
            Some(theirs) => self.inner.set(key, &theirs),
            None => Ok(()),
        }
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.inner.remove(key)
    }
}

fn racing(base: &Assessment, theirs: &Assessment) -> RacingStore {
    let banks = shipped_banks();
    let mut inner = MemoryStore::default();
    save(&mut inner, theirs).unwrap();
    let text = inner.get("nasss-navigator/assessment/a1").unwrap().unwrap();
    save(&mut inner, base).unwrap();
    assert!(load_one(&inner, "a1", &banks).is_some());
    RacingStore {
        inner,
        other: Some(text),
    }
}

#[test]
fn without_a_lock_the_save_reads_back_and_merges_again_until_the_store_holds_the_page() {
    let banks = shipped_banks();
    let (base, mut a, mut b) = two_tabs();
    a.set_answer("2", Some(Answer::parse("complex")), T);
    b.set_answer("3", Some(Answer::DontKnow), T);
    // One read, merge and write: the other tab's write lands over it, and A's answer is lost.
    let mut store = racing(&base, &b);
    save_merged(&mut store, &a, &banks).unwrap();
    let stored = load_one(&store, "a1", &banks).unwrap();
    assert!(!holds(&stored, &a), "the race this guards against");
    // Reading back and merging again: both answers are stored.
    let mut store = racing(&base, &b);
    let back = save_until_held(&mut store, &a, &banks).unwrap();
    assert!(holds(&back, &a));
    let stored = load_one(&store, "a1", &banks).unwrap();
    assert_eq!(stored, back);
    assert_eq!(stored.answer("2"), Some(&Answer::parse("complex")));
    assert_eq!(stored.answer("3"), Some(&Answer::DontKnow));
}

#[test]
fn votes_from_two_windows_at_the_same_instant_all_count_and_so_do_undos() {
    use nasss_navigator::core::workshop::{add_vote, add_vote_from, remove_vote_from, votes_for};
    let bank = bank();
    let simple = Answer::parse("simple");
    let complex = Answer::parse("complex");
    let mut base = Assessment::new("w".into(), "Workshop", &bank, 1_000);
    // Two votes counted by an older version, before windows were told apart.
    add_vote(&mut base, &bank, "1", &simple, 1_000);
    add_vote(&mut base, &bank, "1", &simple, 1_001);
    let (mut projector, mut facilitator) = (base.clone(), base.clone());
    for i in 0..8 {
        add_vote_from(&mut projector, &bank, "1", &simple, "projector", T + i);
        add_vote_from(&mut facilitator, &bank, "1", &complex, "facilitator", T + i);
    }
    // An undo in each window, at the same instant as the other window's votes.
    remove_vote_from(&mut projector, &bank, "1", &simple, "projector", T + 8);
    remove_vote_from(&mut facilitator, &bank, "1", &complex, "facilitator", T + 8);
    let m = settled(&projector, &facilitator);
    let tally = &m.response("1").unwrap().tally;
    assert_eq!(votes_for(tally, &simple), 2 + 8 - 1);
    assert_eq!(votes_for(tally, &complex), 8 - 1);
    // Both windows take back the same last vote at once: none left, and the next "+" shows one.
    let mut last = Assessment::new("v".into(), "Workshop", &bank, 1_000);
    add_vote_from(&mut last, &bank, "2", &simple, "projector", T);
    let (mut p, mut f) = (last.clone(), last.clone());
    remove_vote_from(&mut p, &bank, "2", &simple, "projector", T + 1);
    remove_vote_from(&mut f, &bank, "2", &simple, "facilitator", T + 1);
    let mut both = settled(&p, &f);
    assert_eq!(votes_for(&both.response("2").unwrap().tally, &simple), 0);
    add_vote_from(&mut both, &bank, "2", &simple, "facilitator", T + 2);
    assert_eq!(votes_for(&both.response("2").unwrap().tally, &simple), 1);
}

#[test]
fn an_action_can_be_edited_after_it_is_added_and_the_edit_merges_by_its_time() {
    let (_, mut a, _) = two_tabs();
    let id = a.add_action("1", "Ask the ward", "", "", T);
    let before = a.clone();
    assert!(
        !a.edit_action(id, "  ", "Sam", "", T + 1),
        "an action must say what"
    );
    assert_eq!(a, before);
    assert!(a.edit_action(id, " Ask the ward manager ", " Sam ", "2027-01-31", T + 2));
    let edited = &a.actions[0];
    assert_eq!(
        (
            edited.what.as_str(),
            edited.who.as_str(),
            edited.due.as_str()
        ),
        ("Ask the ward manager", "Sam", "2027-01-31")
    );
    assert_eq!(edited.status, ActionStatus::NotStarted);
    // Merged with the copy from before the edit, the edit stays; it is still one action.
    let m = settled(&a, &before);
    assert_eq!(m.actions.len(), 1);
    assert_eq!(m.actions[0].what, "Ask the ward manager");
}
