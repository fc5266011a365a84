//! Each domain's own judgement and reflection, one link a domain, in plain sight on the
//! results page: giving a judgement should never need a folded section opened first.

use crate::core::bank::Bank;
use crate::core::route::{Origin, Route};
use crate::core::scoring::Profile;
use crate::ui::state::me::judged_by;
use leptos::prelude::*;

#[component]
pub fn DomainJudgements(
    bank: &'static Bank,
    profile: Memo<Profile>,
    id: String,
    /// Whether the reader can change the judgements: the words say "your" only then.
    editable: bool,
) -> impl IntoView {
    let levels = bank.levels();
    let items = move || {
        profile.with(|profile| {
            profile
                .with_domains(bank)
                .map(|(domain, r)| {
                    let reflect = Route::Reflect { id: id.clone(), domain: r.domain, from: Origin::Results };
                    let link = match (editable, r.judgement.is_some()) {
                        (true, true) => "Change your judgement or reflections".to_string(),
                        (true, false) => "Give your own judgement, or note what is uncertain".to_string(),
                        (false, _) => format!("{} judgement and reflections", judged_by()),
                    };
                    view! {
                        <li>
                            {format!("{}: {}. ", domain.label(), r.level_text_by(levels, &judged_by()))}
                            <a href=reflect.href()>{link}<span class="visually-hidden">{format!(" ({})", domain.title)}</span></a>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="no-print">
            <h3>"Judging each domain"</h3>
            <p>{if editable {
                "The levels come from the answers. For any domain you can record a judgement of its level, with your reasons, and note what is most uncertain."
            } else {
                "The levels come from the answers. Each domain's page shows any judgement of its level, with the reasons, and what is most uncertain."
            }}</p>
            <ul>{items}</ul>
        </div>
    }
}
