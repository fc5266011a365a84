//! "Each domain" on the reveal: the profile in type big enough for the back of the room
//! (each domain's level as a bar whose length is its level, with the level written in it).
//!
//! The group can record its own judgement of any domain here, where the answers alone do
//! not say it well: each domain has a button per level and "Go with the answers", and the
//! keys do the same (up and down arrows choose a domain, 1, 2 or 3 judge it, 0 clears it;
//! see `core::shortcuts`). A judgement then stands in for the domain's level everywhere,
//! with what the answers suggest shown beside it.

use crate::core::bank::{Bank, Domain};
use crate::core::scoring::Profile;
use crate::core::shortcuts::{group_judgement_note, group_level_text, step_row, Shortcut};
use crate::ui::state::library::Library;
use crate::ui::workshop::shortcuts_dialog::ShortcutsDialog;
use crate::ui::workshop::workshop_keys::use_reveal_keys;
use crate::ui::workshop::workshop_question::run_shortcut;
use crate::ui::workshop::workshop_sync::WorkshopSync;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The id of a domain's row, to bring the chosen one into view.
fn row_id(domain: u32) -> String {
    format!("reveal-domain-{domain}")
}

/// Scrolls a row into view only as far as needed (`block: "nearest"`), so choosing the
/// next domain on a short projector screen never jumps the page about.
fn bring_into_view(id: &str) {
    let Some(element) = document().get_element_by_id(id) else {
        return;
    };
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"block".into(), &"nearest".into());
    if let Some(scroll) = js_sys::Reflect::get(&element, &"scrollIntoView".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        let _ = scroll.call1(&element, &options);
    }
}

/// The profile, with the chosen row, the line that says what was last done, and the keys.
#[component]
pub fn RevealProfile(
    id: String,
    bank: &'static Bank,
    profile: Memo<Profile>,
    dialog: ShortcutsDialog,
) -> impl IntoView {
    let library = expect_context::<Library>();
    let sync = expect_context::<WorkshopSync>();
    let levels = bank.levels();
    let domains_in_order = bank.domains();
    // The domain row the keys act on (its position in the list), and what was last done,
    // for screen readers and for the room.
    let chosen = RwSignal::new(None::<usize>);
    let status = RwSignal::new(String::new());

    let judge = {
        let id = id.clone();
        Callback::new(move |(row, level): (usize, Option<usize>)| {
            let Some(domain) = domains_in_order.get(row) else {
                return;
            };
            let level_id = level.and_then(|i| levels.get(i)).map(|l| l.id.as_str());
            library.update(&id, |a, now| {
                a.set_judgement(domain.number, level_id.map(|l| (l, "")), now)
            });
            let text = profile.with_untracked(|p: &Profile| {
                p.domain(domain.number).map(|r| {
                    format!(
                        "{}: {}. {}.",
                        domain.label(),
                        group_level_text(r, levels),
                        p.headline(levels)
                    )
                })
            });
            status.set(text.unwrap_or_default());
        })
    };
    let choose = Callback::new(move |row: Option<usize>| {
        let Some(domain) = row.and_then(|r| domains_in_order.get(r)) else {
            return;
        };
        chosen.set(row);
        let text = profile
            .with_untracked(|p| p.domain(domain.number).map(|r| group_level_text(r, levels)))
            .unwrap_or_default();
        status.set(format!("Chosen: {}, {text}.", domain.label()));
        // On the next frame, once the row has drawn its judgement buttons, so they come
        // into view with it: scrolled at once, the last of them stayed below a 720p screen.
        let id = row_id(domain.number);
        request_animation_frame(move || bring_into_view(&id));
    });
    {
        let id = id.clone();
        use_reveal_keys(levels.len(), move |shortcut| match shortcut {
            Shortcut::ChooseDomain(step) => choose.run(step_row(
                chosen.get_untracked(),
                step,
                domains_in_order.len(),
            )),
            Shortcut::Judge(level) => match chosen.get_untracked() {
                Some(row) => judge.run((row, level)),
                None => status.set("Choose a domain first, with the up or down arrow.".to_string()),
            },
            other => {
                if let Some(stop) = sync.projector_stop(&id) {
                    run_shortcut(library, sync, &id, stop, other, dialog);
                }
            }
        });
    }
    // Drawn once, with only what changes reactive, so a button keeps focus when pressed.
    let rows = domains_in_order
        .iter()
        .enumerate()
        .map(|(row, domain)| view! { <DomainRow row domain bank profile chosen judge choose /> })
        .collect_view();
    view! {
        <section class="reveal__profile" aria-labelledby="reveal-profile-title">
            <h2 id="reveal-profile-title" class="reveal__title">"Each domain"</h2>
            <p class="reveal-judge__hint">
                "A domain is as complex as its most complex answer (this app's rule, not NASSS's). "
                "Arrow keys, then 1, 2, 3 or 0, record the group's own view."
            </p>
            <p class="reveal-judge__status" role="status">{move || status.get()}</p>
            <ul class="reveal-domains">{rows}</ul>
        </section>
    }
}

/// One domain's row: its name (a button that chooses it), its level as a bar, its spread,
/// and, while chosen, the buttons for the group's judgement.
#[component]
fn DomainRow(
    row: usize,
    domain: &'static Domain,
    bank: &'static Bank,
    profile: Memo<Profile>,
    chosen: RwSignal<Option<usize>>,
    judge: Callback<(usize, Option<usize>)>,
    choose: Callback<Option<usize>>,
) -> impl IntoView {
    let levels = bank.levels();
    let number = domain.number;
    let result = Memo::new(move |_| profile.with(|p| p.domain(number).cloned()));
    let level = move || result.with(|r| r.as_ref().and_then(|r| r.level));
    let judged = Memo::new(move |_| {
        result.with(|r| {
            r.as_ref()
                .and_then(|r| r.judgement.as_ref().map(|j| j.level))
        })
    });
    let bar_class = move || match level() {
        Some(i) => format!("reveal-bar reveal-bar--{i}"),
        None => "reveal-bar reveal-bar--none".to_string(),
    };
    // The bar names the level alone, so its length is the level's on every row; a judgement
    // is named under it ("Group's judgement (answers suggest complex)"). Written in the bar,
    // that took six lines and stretched a judged "simple" bar to the full width.
    let text = move || {
        result.with(|r| {
            r.as_ref()
                .map(|r| r.level_label(levels))
                .unwrap_or_default()
        })
    };
    // Under the name and bar: the judgement, if any, then how the domain's aspects were
    // answered. A one-question domain's spread only repeats its level, so it is left out
    // there: the room reads the whole profile on one screen.
    let spread = move || {
        result.with(|r| {
            let Some(r) = r.as_ref() else {
                return String::new();
            };
            let spread = (r.question_count() > 1).then(|| r.spread(bank));
            [group_judgement_note(r, levels), spread]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(". ")
        })
    };
    let is_chosen = Memo::new(move |_| chosen.get() == Some(row));
    let buttons = move || {
        levels
            .iter()
            .enumerate()
            .map(move |(i, l)| {
                view! {
                    <button
                        class="workshop-button reveal-judge__button"
                        type="button"
                        aria-pressed=move || (judged.get() == Some(i)).to_string()
                        on:click=move |_| {
                            chosen.set(Some(row));
                            judge.run((row, Some(i)));
                        }
                    >
                        {l.label.clone()}
                    </button>
                }
            })
            .collect_view()
    };
    view! {
        <li
            class="reveal-domain"
            class:reveal-domain--chosen=is_chosen
            id=row_id(number)
            aria-current=move || is_chosen.get().then_some("true")
            // Tabbing to a row's buttons chooses that row, so the keys act where focus is.
            on:focusin=move |_| chosen.set(Some(row))
        >
            // Choosing a row shows its judgement buttons; only one row's at a time, so
            // the whole profile still fits the projector.
            <button class="reveal-domain__name" type="button"
                aria-expanded=move || is_chosen.get().to_string()
                on:click=move |_| choose.run(Some(row))>
                {move || is_chosen.get().then(|| view! { <span class="reveal-domain__pointer" aria-hidden="true">"▶ "</span> })}
                {domain.label()}
            </button>
            <span class=bar_class>
                <span class="reveal-bar__label">{text}</span>
            </span>
            <span class="reveal-domain__spread">{spread}</span>
            <Show when=move || is_chosen.get()>
            <div class="reveal-judge" role="group" aria-label=format!("Group's judgement of {}", domain.label())>
                {buttons()}
                <button
                    class="workshop-button reveal-judge__button"
                    type="button"
                    aria-pressed=move || judged.get().is_none().to_string()
                    on:click=move |_| {
                        chosen.set(Some(row));
                        judge.run((row, None));
                    }
                >
                    "Go with the answers"
                </button>
            </div>
            </Show>
        </li>
    }
}
