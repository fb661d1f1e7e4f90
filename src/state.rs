//! Application state: the scenario (always a valid one), the language, and the results memo.
//!
//! Controls never write an invalid scenario: a candidate is validated first; if it fails, the
//! message is shown and the last good scenario stays. The first input of a frame is applied at once,
//! in its event handler, so its work overlaps the wait for the next frame and that frame paints it;
//! further inputs before the next frame are coalesced into one update at that frame, so however fast
//! the input, the model is evaluated at most twice per frame (once per frame for a drag, whose events
//! the browser delivers once per frame).

use crate::i18n::Lang;
use leptos::prelude::*;
use socle_model::{Persona, Results, Scenario, ScenarioError};
use std::{
    cell::{Cell, RefCell},
    sync::Arc,
};
use wasm_bindgen::{closure::Closure, JsCast};

/// Shared state, provided as context. `Copy`: it only holds signal handles.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The current, valid scenario.
    pub scenario: RwSignal<Scenario>,
    /// The preset the scenario started from (for "modified" marks and reset).
    pub preset: RwSignal<Scenario>,
    /// Interface language.
    pub lang: RwSignal<Lang>,
    /// The last rejected input, shown until the next valid change.
    pub rejected: RwSignal<Option<ScenarioError>>,
    /// Problems with outside data (links, files, storage), shown until dismissed.
    pub notices: RwSignal<Vec<crate::share::Notice>>,
    /// The share-link fragment of the screen, rewritten once the screen is still (see `share`).
    pub shared_fragment: RwSignal<String>,
    /// Scenario B of the comparison, if one is pinned.
    pub compare: RwSignal<Option<Scenario>>,
    /// The headline whose derivation is open, if any.
    pub explain: RwSignal<Option<socle_model::explain::Headline>>,
    /// Model results of the current scenario (the last good ones if evaluation ever failed).
    pub results: Memo<Arc<Results>>,
}

impl AppState {
    /// Creates the state from a starting scenario (which must be valid).
    pub fn new(start: Scenario, preset: Scenario, lang: Lang) -> Self {
        let scenario = RwSignal::new(start);
        let rejected = RwSignal::new(None);
        let results = Memo::new(move |previous: Option<&Arc<Results>>| {
            scenario.with(|s| match crate::perf::timed(|| socle_model::evaluate(s)) {
                Ok(r) => Arc::new(r),
                Err(err) => {
                    rejected.set(Some(err));
                    previous.cloned().unwrap_or_else(|| {
                        Arc::new(
                            socle_model::evaluate(&socle_model::persona_scenario(Persona::AiStartup))
                                .expect("preset scenarios are valid"),
                        )
                    })
                }
            })
        });
        Self {
            scenario,
            preset: RwSignal::new(preset),
            lang: RwSignal::new(lang),
            rejected,
            notices: RwSignal::new(Vec::new()),
            compare: RwSignal::new(None),
            shared_fragment: RwSignal::new(String::new()),
            explain: RwSignal::new(None),
            results,
        }
    }

    /// The state provided by the app root.
    pub fn get() -> Self {
        expect_context::<Self>()
    }

    /// Applies `change` to a copy of the scenario and keeps it if valid: now if it is the first input
    /// since the last animation frame, else at the next frame together with the others.
    pub fn update(self, change: impl FnOnce(&mut Scenario) + 'static) {
        let apply = move || {
            let mut candidate = self.scenario.get_untracked();
            change(&mut candidate);
            self.commit(candidate);
        };
        let idle = PENDING.with(|p| p.borrow().is_empty()) && !APPLIED.with(|a| a.replace(true));
        if idle {
            apply();
            request_tick();
        } else {
            next_frame(apply);
        }
    }

    /// Replaces the scenario now if it is valid, else records why it was refused. Inputs still waiting
    /// for the next frame are applied first, so they never land on top of this scenario afterwards.
    pub fn commit(self, candidate: Scenario) -> bool {
        run_pending();
        match candidate.validate() {
            Ok(()) => {
                self.rejected.set(None);
                if self.scenario.with_untracked(|s| *s != candidate) {
                    self.scenario.set(candidate);
                }
                true
            }
            Err(err) => {
                self.rejected.set(Some(err));
                false
            }
        }
    }

    /// Loads a preset: fills every input and makes it the reference for "modified" marks.
    pub fn load_preset(self, persona: Persona) {
        let s = socle_model::persona_scenario(persona);
        self.preset.set(s.clone());
        self.commit(s);
    }
}

thread_local! {
    /// Inputs waiting for the next animation frame.
    static PENDING: RefCell<Vec<Box<dyn FnOnce()>>> = const { RefCell::new(Vec::new()) };
    /// An input was applied since the last animation frame.
    static APPLIED: Cell<bool> = const { Cell::new(false) };
    /// An animation-frame callback is requested.
    static TICK_REQUESTED: Cell<bool> = const { Cell::new(false) };
}

/// Runs `job` at the next animation frame, together with every other job queued before it.
fn next_frame(job: impl FnOnce() + 'static) {
    PENDING.with(|p| p.borrow_mut().push(Box::new(job)));
    request_tick();
}

/// Asks for [`tick`] at the next animation frame (once, however often it is asked).
fn request_tick() {
    if TICK_REQUESTED.with(|r| r.replace(true)) {
        return;
    }
    let run = Closure::once_into_js(tick);
    let scheduled = web_sys::window().map(|w| w.request_animation_frame(run.unchecked_ref()));
    if !matches!(scheduled, Some(Ok(_))) {
        // No window (tests) or rAF refused: run now rather than lose the input.
        tick();
    }
}

/// A new frame: inputs that waited are applied now, and the next input may be applied at once again.
///
/// When inputs come faster than frames, the one applied in its handler is superseded by those applied
/// here before it is painted: one evaluation in that frame is wasted. Making the next input wait for the
/// next frame after such a frame avoids it, but measured worse (interactions above 16 ms to next paint:
/// 34–45 of 240 → 53–67, interleaved runs), so the waste is accepted.
fn tick() {
    TICK_REQUESTED.with(|r| r.set(false));
    APPLIED.with(|a| a.set(false));
    run_pending();
}

/// Applies the inputs waiting for the next frame, in the order they came.
fn run_pending() {
    let jobs = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
    for job in jobs {
        job();
    }
}
