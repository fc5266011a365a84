//! Every screen's address, kept in the URL hash (`#/a/<id>/q/2C`) so any static host
//! serves the app under any sub-path with no server set-up, and back, forward, reload
//! and bookmarks all work. Parsing and printing live here so they are tested natively.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The library once any assessment exists, otherwise the start page.
    Home,
    /// The start page with the form for a new assessment.
    New,
    Import,
    DeleteAll,
    Privacy,
    /// The name and organisation put on the assessments this device's person starts.
    YourName,
    Rename {
        id: String,
    },
    Delete {
        id: String,
    },
    /// An implementer's review of someone's assessment.
    Review {
        id: String,
    },
    /// Re-rating an assessment at a check-in, and the change over rounds.
    CheckIn {
        id: String,
    },
    Trend {
        id: String,
    },
    /// Side by side; with no ids, the page to choose them.
    Compare {
        ids: Vec<String>,
    },
    /// Several respondents' answers; with no ids, the page to choose them.
    Team {
        ids: Vec<String>,
    },
    /// Setting up a workshop (bank choice, custom bank file).
    Workshop,
    /// A question bank as a blank paper form, to print (`bank` is the bank's id).
    Blank {
        bank: String,
    },
    /// The projector view of one question, and the full-screen reveal.
    Present {
        id: String,
        code: String,
    },
    Reveal {
        id: String,
    },
    /// Typing in the workshop's returned paper forms, one person's answers a form.
    Paper {
        id: String,
    },
    /// The facilitator's controls and notes, for a second window.
    Facilitate {
        id: String,
    },
    /// What the projector shows once the facilitator leaves the workshop screen: this
    /// workshop only, never the other assessments. `code` is where it left off (a question's
    /// code, or "reveal"), so it can go back there.
    Paused {
        id: String,
        code: String,
    },
    Question {
        id: String,
        code: String,
        from_check: bool,
    },
    /// Looking back over one domain: the person's own judgement and reflections.
    Reflect {
        id: String,
        domain: u32,
        from: Origin,
    },
    Check {
        id: String,
    },
    Results {
        id: String,
    },
    Plan {
        id: String,
    },
    /// Copying a link that holds the whole assessment (`core::share_link`).
    Share {
        id: String,
    },
    /// The same link, worded for asking someone to review one's own assessment.
    AskReview {
        id: String,
    },
    /// Opening such a link: `payload` is everything after `#/open/`, unchecked, so a
    /// damaged link reaches the page that says what is wrong with it.
    Open {
        payload: String,
    },
    /// The invite a workshop's room scans: a QR code and a link for phones.
    Invite {
        id: String,
    },
    /// Taking in the answers people sent from their phones.
    Collect {
        id: String,
    },
    /// A phone opening the invite: `payload` is everything after `#/join/`, unchecked.
    Join {
        payload: String,
    },
    /// A person's own answers on their phone: `step` is `start`, a question's code, or `send`.
    Phone {
        workshop: String,
        step: String,
    },
    /// A person's answers link opened by itself (`payload` after `#/answers/`).
    Answers {
        payload: String,
    },
    NotFound(String),
}

/// Where a page was opened from, so its Back and Continue return there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Page by page through the questions.
    Walkthrough,
    Check,
    Results,
}

impl Origin {
    fn parse(query: Option<&str>) -> Origin {
        match query {
            Some("from=check") => Origin::Check,
            Some("from=results") => Origin::Results,
            _ => Origin::Walkthrough,
        }
    }

    fn suffix(self) -> &'static str {
        match self {
            Origin::Walkthrough => "",
            Origin::Check => "?from=check",
            Origin::Results => "?from=results",
        }
    }
}

/// Ids and codes appear in URLs and element ids, so they are limited to these characters.
pub fn is_safe_segment(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn join_ids(base: &str, ids: &[String]) -> String {
    std::iter::once(base.to_string())
        .chain(ids.iter().cloned())
        .collect::<Vec<_>>()
        .join("/")
}

impl Route {
    /// Parses `location.hash` (with or without its leading `#`).
    pub fn parse(hash: &str) -> Route {
        let raw = hash.strip_prefix('#').unwrap_or(hash);
        // A shared link's payload is far longer than any segment, and may be damaged.
        if let Some(payload) = raw.strip_prefix("/open/") {
            return Route::Open {
                payload: payload.to_string(),
            };
        }
        if let Some(payload) = raw.strip_prefix("/join/") {
            return Route::Join {
                payload: payload.to_string(),
            };
        }
        if let Some(payload) = raw.strip_prefix("/answers/") {
            return Route::Answers {
                payload: payload.to_string(),
            };
        }
        let (path, query) = match raw.split_once('?') {
            Some((p, q)) => (p, Some(q)),
            None => (raw, None),
        };
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let not_found = || Route::NotFound(raw.to_string());
        if segments.iter().any(|s| !is_safe_segment(s)) {
            return not_found();
        }
        match segments.as_slice() {
            [] => Route::Home,
            ["new"] => Route::New,
            ["import"] => Route::Import,
            ["delete-all"] => Route::DeleteAll,
            ["privacy"] => Route::Privacy,
            ["you"] => Route::YourName,
            ["a", id, "name"] => Route::Rename { id: id.to_string() },
            ["a", id, "delete"] => Route::Delete { id: id.to_string() },
            ["a", id, "review"] => Route::Review { id: id.to_string() },
            ["a", id, "check-in"] => Route::CheckIn { id: id.to_string() },
            ["a", id, "trend"] => Route::Trend { id: id.to_string() },
            ["compare", ids @ ..] => Route::Compare {
                ids: ids.iter().map(|s| s.to_string()).collect(),
            },
            ["team", ids @ ..] => Route::Team {
                ids: ids.iter().map(|s| s.to_string()).collect(),
            },
            ["workshop"] => Route::Workshop,
            ["blank", bank] => Route::Blank {
                bank: bank.to_string(),
            },
            ["a", id, "present", "reveal"] => Route::Reveal { id: id.to_string() },
            ["a", id, "present", code] => Route::Present {
                id: id.to_string(),
                code: code.to_string(),
            },
            ["a", id, "facilitate"] => Route::Facilitate { id: id.to_string() },
            ["a", id, "invite"] => Route::Invite { id: id.to_string() },
            ["a", id, "collect"] => Route::Collect { id: id.to_string() },
            ["phone", workshop, step] => Route::Phone {
                workshop: workshop.to_string(),
                step: step.to_string(),
            },
            ["a", id, "paper"] => Route::Paper { id: id.to_string() },
            ["a", id, "paused", code] => Route::Paused {
                id: id.to_string(),
                code: code.to_string(),
            },
            ["a", id, "q", code] => Route::Question {
                id: id.to_string(),
                code: code.to_string(),
                from_check: query == Some("from=check"),
            },
            ["a", id, "domain", n] => match n.parse() {
                Ok(domain) if !n.starts_with('0') => Route::Reflect {
                    id: id.to_string(),
                    domain,
                    from: Origin::parse(query),
                },
                _ => not_found(),
            },
            ["a", id, "check"] => Route::Check { id: id.to_string() },
            ["a", id, "results"] => Route::Results { id: id.to_string() },
            ["a", id, "plan"] => Route::Plan { id: id.to_string() },
            ["a", id, "share"] => Route::Share { id: id.to_string() },
            ["a", id, "ask-review"] => Route::AskReview { id: id.to_string() },
            // An empty link, or one cut off straight after its address.
            ["open"] => Route::Open {
                payload: String::new(),
            },
            _ => not_found(),
        }
    }

    /// The hash for this route, starting with `#`.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::New => "#/new".to_string(),
            Route::Import => "#/import".to_string(),
            Route::DeleteAll => "#/delete-all".to_string(),
            Route::Privacy => "#/privacy".to_string(),
            Route::YourName => "#/you".to_string(),
            Route::Rename { id } => format!("#/a/{id}/name"),
            Route::Delete { id } => format!("#/a/{id}/delete"),
            Route::Review { id } => format!("#/a/{id}/review"),
            Route::CheckIn { id } => format!("#/a/{id}/check-in"),
            Route::Trend { id } => format!("#/a/{id}/trend"),
            Route::Compare { ids } => join_ids("#/compare", ids),
            Route::Team { ids } => join_ids("#/team", ids),
            Route::Workshop => "#/workshop".to_string(),
            Route::Blank { bank } => format!("#/blank/{bank}"),
            Route::Present { id, code } => format!("#/a/{id}/present/{code}"),
            Route::Reveal { id } => format!("#/a/{id}/present/reveal"),
            Route::Facilitate { id } => format!("#/a/{id}/facilitate"),
            Route::Paper { id } => format!("#/a/{id}/paper"),
            Route::Paused { id, code } => format!("#/a/{id}/paused/{code}"),
            Route::Question {
                id,
                code,
                from_check,
            } => {
                let suffix = if *from_check { "?from=check" } else { "" };
                format!("#/a/{id}/q/{code}{suffix}")
            }
            Route::Reflect { id, domain, from } => {
                format!("#/a/{id}/domain/{domain}{}", from.suffix())
            }
            Route::Check { id } => format!("#/a/{id}/check"),
            Route::Results { id } => format!("#/a/{id}/results"),
            Route::Plan { id } => format!("#/a/{id}/plan"),
            Route::Share { id } => format!("#/a/{id}/share"),
            Route::AskReview { id } => format!("#/a/{id}/ask-review"),
            Route::Open { payload } => format!("#/open/{payload}"),
            Route::Invite { id } => format!("#/a/{id}/invite"),
            Route::Collect { id } => format!("#/a/{id}/collect"),
            Route::Join { payload } => format!("#/join/{payload}"),
            Route::Phone { workshop, step } => format!("#/phone/{workshop}/{step}"),
            Route::Answers { payload } => format!("#/answers/{payload}"),
            Route::NotFound(raw) => format!("#{raw}"),
        }
    }

    /// Whether what the route names inside an assessment (a question, a domain) is in its
    /// question set: with `assessment_id`, the one guard every page about an assessment has.
    pub fn found_in(&self, bank: &super::bank::Bank) -> bool {
        match self {
            Route::Question { code, .. } | Route::Present { code, .. } => {
                bank.question(code).is_some()
            }
            Route::Reflect { domain, .. } => bank.domain(*domain).is_some(),
            Route::Paused { code, .. } => match super::workshop_message::Stop::from_paused(code) {
                super::workshop_message::Stop::Question { code } => bank.question(&code).is_some(),
                super::workshop_message::Stop::Reveal => true,
            },
            _ => true,
        }
    }

    /// The assessment this route is about, if any.
    pub fn assessment_id(&self) -> Option<&str> {
        match self {
            Route::Question { id, .. }
            | Route::Reflect { id, .. }
            | Route::Check { id }
            | Route::Results { id }
            | Route::Plan { id }
            | Route::Share { id }
            | Route::AskReview { id }
            | Route::Rename { id }
            | Route::Delete { id }
            | Route::Review { id }
            | Route::CheckIn { id }
            | Route::Trend { id }
            | Route::Present { id, .. }
            | Route::Reveal { id }
            | Route::Facilitate { id }
            | Route::Invite { id }
            | Route::Collect { id }
            | Route::Paper { id }
            | Route::Paused { id, .. } => Some(id),
            Route::Home
            | Route::New
            | Route::Import
            | Route::DeleteAll
            | Route::Privacy
            | Route::YourName
            | Route::Compare { .. }
            | Route::Team { .. }
            | Route::Workshop
            | Route::Open { .. }
            | Route::Join { .. }
            | Route::Phone { .. }
            | Route::Answers { .. }
            | Route::Blank { .. }
            | Route::NotFound(_) => None,
        }
    }

    /// The question bank this route shows by itself (a blank form), if any: the page is
    /// found only when this device knows that bank.
    pub fn bank_id(&self) -> Option<&str> {
        match self {
            Route::Blank { bank } => Some(bank),
            _ => None,
        }
    }

    pub fn question(id: &str, code: &str) -> Route {
        Route::Question {
            id: id.to_string(),
            code: code.to_string(),
            from_check: false,
        }
    }
}
