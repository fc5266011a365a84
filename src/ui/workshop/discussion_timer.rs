//! The optional time box for discussing a question. Quiet on purpose: plain text that
//! changes once a second, nothing that flashes or moves, and no sound.

use crate::core::discussion_timer::{lengths_with, TimerState};
use crate::core::time_plan::{against_plan, is_over_plan};
use crate::ui::platform::browser::now;
use crate::ui::workshop::workshop_question::WorkshopQuestion;
use leptos::prelude::*;
use std::time::Duration;

/// The clock the timer is read against, ticking once a second while the component shows.
fn use_clock() -> ReadSignal<u64> {
    let (time, set_time) = signal(now());
    if let Ok(handle) =
        set_interval_with_handle(move || set_time.set(now()), Duration::from_secs(1))
    {
        on_cleanup(move || handle.clear());
    }
    time
}

/// What the room sees: only once the timer has been started. With a plan for the workshop
/// it reads against the plan ("2:10 of 4 min planned"), and is inverted once past it;
/// otherwise against the time box ("4:12 left").
#[component]
pub fn TimerDisplay(q: WorkshopQuestion) -> impl IntoView {
    let time = use_clock();
    let planned = {
        let q = q.clone();
        Memo::new(move |_| q.planned())
    };
    let shown = {
        let q = q.clone();
        move || {
            let timer = q.timer();
            let at = time.get();
            (timer.state(at) != TimerState::Ready).then(|| {
                let paused = timer.state(at) == TimerState::Paused;
                let (text, over) = match planned.get() {
                    Some(each) => (
                        against_plan(timer.elapsed(at), each),
                        is_over_plan(timer.elapsed(at), each),
                    ),
                    None => (timer.display(at), timer.state(at) == TimerState::Over),
                };
                view! {
                    <p class="timer-display" class:timer-display--over=over>
                        {text}
                        {paused.then_some(" (paused)")}
                    </p>
                }
            })
        }
    };
    view! { {shown} }
}

/// Start, pause and reset, and the length of the time box; with a plan, the time against
/// it (left out where `brief`: the projector's own top line already shows it).
#[component]
pub fn TimerControls(q: WorkshopQuestion, #[prop(optional)] brief: bool) -> impl IntoView {
    let time = use_clock();
    let running = {
        let q = q.clone();
        Memo::new(move |_| q.timer().is_running())
    };
    let display = {
        let q = q.clone();
        move || q.timer().display(time.get())
    };
    let box_minutes = {
        let q = q.clone();
        move || q.timer().minutes()
    };
    let start_pause = {
        let q = q.clone();
        move |_| {
            q.change_timer(|t, at| {
                if t.is_running() {
                    t.pause(at)
                } else {
                    t.start(at)
                }
            });
        }
    };
    let reset = {
        let q = q.clone();
        move |_| q.change_timer(|t, at| t.reset(at))
    };
    let set_length = {
        let q = q.clone();
        move |ev: leptos::ev::Event| {
            if let Ok(m) = event_target_value(&ev).parse::<u64>() {
                q.change_timer(|t, at| t.set_length(m, at));
            }
        }
    };
    let planned = {
        let q = q.clone();
        Memo::new(move |_| q.planned())
    };
    let against = move || {
        planned.get().filter(|_| !brief).map(|each| {
            let elapsed = q.timer().elapsed(time.get());
            view! { <span class="timer-controls__plan">{against_plan(elapsed, each)}</span> }
        })
    };
    let options = move || {
        let plan = planned.get().map(u64::from);
        lengths_with(plan)
            .into_iter()
            .map(|m| {
                let selected = {
                    let box_minutes = box_minutes.clone();
                    move || box_minutes() == m
                };
                // Plain "4 minutes": the line beside says what was planned, and a longer
                // label would widen the box past the projector's two rows of controls.
                view! { <option value=m.to_string() prop:selected=selected>{format!("{m} minutes")}</option> }
            })
            .collect_view()
    };
    view! {
        <div class="timer-controls" role="group" aria-labelledby="timer-heading">
            <span class="timer-controls__title" id="timer-heading">"Timer"</span>
            <span class="timer-controls__display">{display}</span>
            {against}
            <button class="workshop-button" type="button" on:click=start_pause>
                {move || if running.get() { "Pause" } else { "Start" }}
                <span class="visually-hidden">" timer"</span>
            </button>
            <button class="workshop-button" type="button" on:click=reset>
                "Reset"<span class="visually-hidden">" timer"</span>
            </button>
            <label class="timer-controls__label" for="timer-length">"Time box"</label>
            <select class="select timer-controls__select" id="timer-length" on:change=set_length>
                {options}
            </select>
        </div>
    }
}
