//! Each domain's own judgement and reflection, one link a domain, in plain sight on the
//! results page: giving a judgement should never need a folded section opened first.

use crate::core::bank::Bank;
use crate::core::route::{Origin, Route};
use crate::core::scoring::Profile;
use crate::ui::state::me::judged_by;
use leptos::prelude::*;

#[component]
pub fn DomainJudgements(bank: &'static Bank, profile: Memo<Profile>, id: String) -> impl IntoView {
    let levels = bank.levels();
    let items = move || {
        profile.with(|profile| {
            profile
                .with_domains(bank)
                .map(|(domain, r)| {
                    let reflect = Route::Reflect { id: id.clone(), domain: r.domain, from: Origin::Results };
                    let link = if r.judgement.is_some() {
                        "Change your judgement or reflections"
                    } else {
                        "Give your own judgement, or note what is uncertain"
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
            <p>"The levels come from the answers. For any domain you can record a judgement of its level, with your reasons, and note what is most uncertain."</p>
            <ul>{items}</ul>
        </div>
    }
}
