//! Application state: the scenario (always a valid one), the language, and the results memo.
//!
//! The scenario is written only through [`AppState::update`] and [`AppState::commit`], which validate
//! a candidate first: if it fails, the message is shown and the last good scenario stays. Everything
//! else reads it through [`AppState::scenario`]. Inputs are paced by [`crate::frame::input`]: the first
//! of a frame is applied at once, further ones together at the next frame.

use crate::i18n::Lang;
use leptos::prelude::*;
use socle_model::{Persona, Results, Scenario, ScenarioError};
use std::sync::Arc;

/// Shared state, provided as context. `Copy`: it only holds signal handles.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The current, valid scenario: read through [`AppState::scenario`], written through
    /// [`AppState::update`] and [`AppState::commit`] only.
    scenario: RwSignal<Scenario>,
    /// The preset the scenario started from (for "modified" marks and reset).
    pub preset: RwSignal<Scenario>,
    /// Interface language.
    pub lang: RwSignal<Lang>,
    /// The last rejected input, shown until the next valid change.
    pub rejected: RwSignal<Option<ScenarioError>>,
    /// Problems with outside data (links, files, storage), shown until dismissed.
    pub notices: RwSignal<Vec<crate::notice::Notice>>,
    /// The share-link fragment of the screen, rewritten once the screen is still (see `share`).
    pub shared_fragment: RwSignal<String>,
    /// Scenario B of the comparison, if one is pinned.
    pub compare: RwSignal<Option<Scenario>>,
    /// The headline whose derivation is open, if any.
    pub explain: RwSignal<Option<socle_model::explain::Headline>>,
    /// Model results of the current scenario (the last good ones if evaluation ever failed).
    pub results: Memo<Arc<Results>>,
    /// The decision figure whose derivation is open, if any (charts and the goal-seek panel).
    pub explain_figure: RwSignal<Option<socle_model::decision::DecisionFigure>>,
    /// Options A and B chosen on the attribution chart; `None`: the default (A the target, B the
    /// cheapest other option).
    pub attribution_pair: RwSignal<[Option<socle_model::DeploymentOption>; 2]>,
}

impl AppState {
    /// Creates the state from a starting scenario (which must be valid).
    pub fn new(start: Scenario, preset: Scenario, lang: Lang) -> Self {
        let scenario = RwSignal::new(start);
        let rejected = RwSignal::new(None);
        let results = Memo::new(move |previous: Option<&Arc<Results>>| {
            scenario.with(|s| match crate::frame::timed(|| socle_model::evaluate(s)) {
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
            explain_figure: RwSignal::new(None),
            attribution_pair: RwSignal::new([None, None]),
        }
    }

    /// The current scenario, always a valid one (read-only: see [`AppState::update`] to change it).
    pub fn scenario(self) -> ReadSignal<Scenario> {
        self.scenario.read_only()
    }

    /// The state provided by the app root.
    pub fn get() -> Self {
        expect_context::<Self>()
    }

    /// Applies `change` to a copy of the scenario and keeps it if valid: now if it is the first input
    /// since the last animation frame, else at the next frame together with the others.
    pub fn update(self, change: impl FnOnce(&mut Scenario) + 'static) {
        crate::frame::input(move || {
            let mut candidate = self.scenario.get_untracked();
            change(&mut candidate);
            self.commit(candidate);
        });
    }

    /// Replaces the scenario now if it is valid, else records why it was refused. Inputs still waiting
    /// for the next frame are applied first, so they never land on top of this scenario afterwards.
    pub fn commit(self, candidate: Scenario) -> bool {
        crate::frame::flush_inputs();
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
