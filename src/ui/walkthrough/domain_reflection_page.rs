//! "Looking back" at one domain, as the NASSS-CAT long form closes each domain: what the
//! answers suggest, the person's own judgement with a reason, what is most uncertain, and
//! which other domains this one depends on. Everything is optional and saved as typed.

use crate::core::route::Origin;
use crate::core::scoring::{capitalised, score_domain};
use crate::core::walkthrough::{reflect_back, reflect_next};
use crate::ui::components::domain_links_fields::DomainLinksFields;
use crate::ui::components::judgement_fields::JudgementFields;
use crate::ui::components::read_only_notice::ReadOnlyNotice;
use crate::ui::state::library::Library;
use leptos::prelude::*;

#[component]
pub fn DomainReflectionPage(id: String, domain: u32, from: Origin) -> impl IntoView {
    let library = expect_context::<Library>();
    let Some((assessment, bank)) = library.get_untracked(&id) else {
        return ().into_any();
    };
    let Some(info) = bank.domain(domain) else {
        return ().into_any();
    };
    let position = bank.domain_position(domain).unwrap_or(0);
    let watched = library.watch(&id);
    let result =
        Memo::new(move |_| watched.with(|a| a.as_ref().map(|a| score_domain(bank, a, domain))));
    let suggested = move || {
        result.with(|r| {
            r.as_ref().map_or_else(String::new, |r| {
                let level = match r.suggested {
                    Some(i) => bank.levels()[i].label.clone(),
                    None => capitalised(&r.level_word(bank.levels(), None)),
                };
                format!("{level} ({})", r.spread(bank))
            })
        })
    };
    let read_only = library.is_read_only(&id);
    // Nothing is typed or saved on a page that cannot be changed.
    let intro = if read_only {
        "What was noted when looking back over this domain."
    } else {
        "Everything on this page is optional. It is saved as you type."
    };
    let whose = library.whose(&id).possessive();
    let uncertain = assessment
        .reflection(domain)
        .map(|r| r.uncertain.clone())
        .unwrap_or_default();
    let on_uncertain = {
        let id = id.clone();
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            library.update(&id, |a, now| a.reflect(domain, now, |r| r.uncertain = text));
        }
    };
    let back = reflect_back(bank, &id, domain, from);
    let next = reflect_next(bank, &id, domain, from);
    let continue_label = if from == Origin::Walkthrough {
        "Continue"
    } else {
        "Save and go back"
    };

    view! {
        <a class="back-link" href=back.href()>"Back"</a>
        <span class="caption">{format!("Domain {position} of {}: looking back", bank.domains().len())}</span>
        <h1 tabindex="-1">{info.label()}</h1>
        <p>{intro}</p>
        <ReadOnlyNotice id=id.clone() />
        <div class="inset">
            <p>
                <strong>{format!("{whose} answers suggest: ")}</strong>
                {suggested}
            </p>
            <p class="hint">{if read_only {
                "A domain is as complex as its most complex answer. This is this app's own rule for summing up answers, not part of NASSS, so a judgement given below stands in for it."
            } else {
                "A domain is as complex as its most complex answer. This is this app's own rule for summing up your answers, not part of NASSS, so you can give your own judgement below."
            }}</p>
        </div>
        <JudgementFields id=id.clone() domain bank watched read_only />
        <div class="form-group">
            <label class="label" for="uncertain">"What is most uncertain here?"</label>
            <div class="hint" id="uncertain-hint">"For example, a decision still to be made, or something nobody has checked yet."</div>
            <textarea class="textarea" id="uncertain" rows="3" aria-describedby="uncertain-hint"
                readonly=read_only on:input=on_uncertain prop:value=uncertain></textarea>
        </div>
        <DomainLinksFields id=id.clone() domain bank watched read_only />
        <div class="button-group">
            <a class="button" href=next.href()>{continue_label}</a>
        </div>
    }
    .into_any()
}
