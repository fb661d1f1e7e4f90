//! Application state: the scenario (always a valid one), the language, and the results memo.
//!
//! Controls never write an invalid scenario: a candidate is validated first; if it fails, the
//! message is shown and the last good scenario stays. Input events are coalesced into one update
//! per animation frame, so a fast drag costs one model evaluation per frame at most.

use crate::i18n::Lang;
use leptos::prelude::*;
use socle_model::{Persona, Results, Scenario, ScenarioError};
use std::{cell::RefCell, sync::Arc};
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

    /// Applies `change` to a copy of the scenario at the next animation frame; keeps it if valid.
    pub fn update(self, change: impl FnOnce(&mut Scenario) + 'static) {
        next_frame(move || {
            let mut candidate = self.scenario.get_untracked();
            change(&mut candidate);
            self.commit(candidate);
        });
    }

    /// Replaces the scenario now if it is valid, else records why it was refused.
    pub fn commit(self, candidate: Scenario) -> bool {
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
    static PENDING: RefCell<Vec<Box<dyn FnOnce()>>> = const { RefCell::new(Vec::new()) };
}

/// Runs `job` at the next animation frame, together with every other job queued before it.
fn next_frame(job: impl FnOnce() + 'static) {
    let first = PENDING.with(|p| {
        let mut p = p.borrow_mut();
        p.push(Box::new(job));
        p.len() == 1
    });
    if first {
        let run = Closure::once_into_js(|| {
            let jobs = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
            for job in jobs {
                job();
            }
        });
        let scheduled = web_sys::window().map(|w| w.request_animation_frame(run.unchecked_ref()));
        if !matches!(scheduled, Some(Ok(_))) {
            // No window (tests) or rAF refused: run now rather than lose the input.
            let jobs = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
            for job in jobs {
                job();
            }
        }
    }
}
