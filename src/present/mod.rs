//! Present mode: the dashboard as a sequence of full-screen slides for a workshop or a board, one
//! message per screen, its headline figure and the one chart that proves it.
//!
//! The slides come from a storyboard ([`socle_share::Step`]s: a scenario, a chart and the adviser's
//! title); an empty storyboard presents the default one built from the current scenario
//! ([`slide::default_steps`]). Showing a step puts its scenario in force, so the figure, the chart and
//! the few controls of the present view are live; leaving present mode puts back the scenario that was
//! in force before. The storyboard is edited in its panel ([`board::StoryboardPanel`]), shared as one link
//! (`#story=…`, read at start and when pasted), printed as 16:9 slides and exported step by step.

pub mod board;
pub mod slide;
mod view;

pub use board::StoryboardPanel;
pub use view::{PresentButton, PresentLayer};

use crate::state::AppState;
use leptos::prelude::*;
use socle_model::Scenario;
use socle_share::{decode_story, is_story_fragment, Step, StoryError};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// Element id of the header button that opens present mode (focus returns to it).
pub const BUTTON_ID: &str = "present-mode-button";

/// Present mode's state, provided as context. `Copy`: it only holds signal handles.
#[derive(Clone, Copy)]
pub struct Present {
    /// The adviser's storyboard (empty: the default storyboard of the current scenario is presented).
    pub board: RwSignal<Vec<Step>>,
    /// The steps being presented (fixed when present mode opens).
    pub shown: RwSignal<Vec<Step>>,
    /// True while present mode is open.
    pub open: RwSignal<bool>,
    /// The step on screen (0-based).
    pub index: RwSignal<usize>,
    /// "Ask the room first": each step's figure and chart stay hidden until revealed.
    pub ask_room: RwSignal<bool>,
    /// True once the figure of the step on screen is revealed.
    pub revealed: RwSignal<bool>,
    /// The last storyboard link that could not be read.
    pub error: RwSignal<Option<StoryError>>,
    /// True while the storyboard's slides are laid out for print.
    pub printing: RwSignal<bool>,
    /// The scenario in force before present mode opened, put back when it closes.
    before: StoredValue<Option<Scenario>>,
}

impl Present {
    /// Creates the state and provides it as context.
    pub fn provide() -> Self {
        let p = Self {
            board: RwSignal::new(Vec::new()),
            shown: RwSignal::new(Vec::new()),
            open: RwSignal::new(false),
            index: RwSignal::new(0),
            ask_room: RwSignal::new(false),
            revealed: RwSignal::new(false),
            error: RwSignal::new(None),
            printing: RwSignal::new(false),
            before: StoredValue::new(None),
        };
        provide_context(p);
        p
    }

    /// The state provided by the app root.
    pub fn get() -> Self {
        expect_context::<Self>()
    }

    /// The storyboard to present: the adviser's, else the default one of the current scenario.
    pub fn steps(self, state: AppState) -> Vec<Step> {
        let board = self.board.get_untracked();
        if board.is_empty() {
            state.scenario().with_untracked(slide::default_steps)
        } else {
            board
        }
    }

    /// Opens present mode on the first step.
    pub fn enter(self, state: AppState) {
        if !self.open.get_untracked() {
            self.before.set_value(Some(state.scenario().get_untracked()));
        }
        self.shown.set(self.steps(state));
        self.open.set(true);
        self.go(state, 0);
    }

    /// Shows step `i` (clamped to the storyboard), its figure hidden again if the room is asked first.
    pub fn go(self, state: AppState, i: usize) {
        let Some((i, scenario)) = self.shown.with_untracked(|steps| {
            let i = i.min(steps.len().checked_sub(1)?);
            Some((i, steps[i].scenario.clone()))
        }) else {
            return;
        };
        self.index.set(i);
        self.revealed.set(false);
        state.commit(scenario);
    }

    /// Forward: reveals the figure first when the room is asked, else goes to the next step.
    pub fn forward(self, state: AppState) {
        if self.ask_room.get_untracked() && !self.revealed.get_untracked() {
            self.revealed.set(true);
        } else if self.index.get_untracked() + 1 < self.shown.with_untracked(Vec::len) {
            self.go(state, self.index.get_untracked() + 1);
        }
    }

    /// Back one step.
    pub fn back(self, state: AppState) {
        if let Some(i) = self.index.get_untracked().checked_sub(1) {
            self.go(state, i);
        }
    }

    /// Closes present mode: the scenario in force before comes back and focus returns to the button.
    pub fn leave(self, state: AppState) {
        if !self.open.get_untracked() {
            return;
        }
        self.open.set(false);
        if let Some(s) = self.before.get_value() {
            state.commit(s);
        }
        self.before.set_value(None);
        if fullscreen_element().is_some() {
            call_quietly(&document().into(), "exitFullscreen");
        }
        if let Some(b) = document()
            .get_element_by_id(BUTTON_ID)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = b.focus();
        }
    }

    /// Reads a storyboard link: restores its storyboard (and opens present mode if it asks), or keeps the
    /// storyboard in force and says why the link could not be read. Other fragments are left alone.
    pub fn read_link(self, state: AppState, fragment: &str) {
        if !is_story_fragment(fragment) {
            return;
        }
        match decode_story(fragment, |id| crate::charts::registry::find(id).is_some()) {
            Ok(story) => {
                self.error.set(None);
                self.board.set(story.steps);
                if story.present {
                    self.enter(state);
                }
            }
            Err(e) => self.error.set(Some(e)),
        }
    }
}

/// The element shown full screen, if any.
pub(crate) fn fullscreen_element() -> Option<JsValue> {
    js_sys::Reflect::get(&document(), &"fullscreenElement".into())
        .ok()
        .filter(|v| !v.is_null() && !v.is_undefined())
}

/// Calls `target.method()`, ignoring a refusal (a promise rejected when full screen is not allowed).
pub(crate) fn call_quietly(target: &JsValue, method: &str) {
    let Ok(f) = js_sys::Reflect::get(target, &method.into()) else {
        return;
    };
    let Some(f) = f.dyn_ref::<js_sys::Function>() else {
        return;
    };
    if let Ok(result) = f.call0(target) {
        if let Some(promise) = result.dyn_ref::<js_sys::Promise>() {
            let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
            let _ = promise.catch(&ignore);
            ignore.forget();
        }
    }
}

/// The page's address fragment, without its `#`.
pub(crate) fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
        .trim_start_matches('#')
        .to_owned()
}
