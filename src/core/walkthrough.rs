//! Where Back and Continue lead in the walkthrough. Page by page, the questions run in bank
//! order; after the last question of a domain with more than one question comes a page for
//! looking back over that domain (the person's own judgement and reflections), as the
//! NASSS-CAT long form closes each domain. A one-question domain (the quick check) skips it:
//! seven extra pages would double a ten-minute check, and check your answers still offers it.

use super::bank::Bank;
use super::route::{Origin, Route};

/// True when the walkthrough stops to look back after this domain's last question.
pub fn pauses_after(bank: &Bank, domain: u32) -> bool {
    bank.questions_in(domain).nth(1).is_some()
}

fn reflect(id: &str, domain: u32) -> Route {
    Route::Reflect {
        id: id.to_string(),
        domain,
        from: Origin::Walkthrough,
    }
}

fn check(id: &str) -> Route {
    Route::Check { id: id.to_string() }
}

/// Back from question `index` (in bank order).
pub fn question_back(bank: &Bank, id: &str, index: usize, from_check: bool) -> Route {
    let questions = bank.questions();
    if from_check {
        return check(id);
    }
    let Some(previous) = index.checked_sub(1).and_then(|i| questions.get(i)) else {
        return Route::Home;
    };
    if previous.domain != questions[index].domain && pauses_after(bank, previous.domain) {
        reflect(id, previous.domain)
    } else {
        Route::question(id, &previous.code)
    }
}

/// Continue (or skip) from question `index`.
pub fn question_next(bank: &Bank, id: &str, index: usize, from_check: bool) -> Route {
    let questions = bank.questions();
    if from_check {
        return check(id);
    }
    let this = &questions[index];
    let next = questions.get(index + 1);
    let ends_domain = next.is_none_or(|q| q.domain != this.domain);
    if ends_domain && pauses_after(bank, this.domain) {
        return reflect(id, this.domain);
    }
    match next {
        Some(q) => Route::question(id, &q.code),
        None => check(id),
    }
}

/// Back from the page looking back over `domain`.
pub fn reflect_back(bank: &Bank, id: &str, domain: u32, from: Origin) -> Route {
    match from {
        Origin::Check => check(id),
        Origin::Results => Route::Results { id: id.to_string() },
        Origin::Walkthrough => match bank.questions_in(domain).last() {
            Some(q) => Route::question(id, &q.code),
            None => check(id),
        },
    }
}

/// Continue from the page looking back over `domain`: the next domain's first question.
pub fn reflect_next(bank: &Bank, id: &str, domain: u32, from: Origin) -> Route {
    if from != Origin::Walkthrough {
        return reflect_back(bank, id, domain, from);
    }
    let last = bank.questions().iter().rposition(|q| q.domain == domain);
    match last.and_then(|i| bank.questions().get(i + 1)) {
        Some(q) => Route::question(id, &q.code),
        None => check(id),
    }
}

/// Back from check your answers: the step before it in the walkthrough.
pub fn check_back(bank: &Bank, id: &str) -> Route {
    match bank.questions().len().checked_sub(1) {
        Some(last) => match question_next(bank, id, last, false) {
            Route::Check { .. } => Route::question(id, &bank.questions()[last].code),
            step => step,
        },
        None => Route::Home,
    }
}
