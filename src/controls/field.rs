//! Binds one scenario field to one widget: read, write, "modified from preset" and display format.

use super::widgets::{Choice, Scale, Slider};
use crate::{i18n::Lang, state::AppState};
use leptos::prelude::*;
use socle_model::Scenario;

/// A numeric scenario field shown as a slider.
#[derive(Clone, Copy)]
pub struct NumField {
    /// Element and test id.
    pub id: &'static str,
    /// Label in the current language.
    pub label: fn(Lang) -> &'static str,
    /// Reads the value.
    pub get: fn(&Scenario) -> f64,
    /// Writes the value.
    pub set: fn(&mut Scenario, f64),
    /// Formats the value with its unit.
    pub show: fn(Lang, f64) -> String,
    /// Valid range and step.
    pub range: (f64, f64, f64),
    /// Slider scale.
    pub scale: Scale,
}

/// Renders a [`NumField`].
pub fn num(field: NumField) -> impl IntoView {
    let state = AppState::get();
    let NumField {
        id,
        label,
        get,
        set,
        show,
        range: (min, max, step),
        scale,
    } = field;
    let value = Signal::derive(move || state.scenario().with(get));
    let modified = Signal::derive(move || {
        let now = state.scenario().with(get);
        let preset = state.preset.with(get);
        (now - preset).abs() > 1e-9 * preset.abs().max(1.0)
    });
    view! {
        <Slider id label=Signal::derive(move || label(state.lang.get()).to_owned()) value
            shown=Signal::derive(move || show(state.lang.get(), value.get()))
            min max step scale modified
            on_change=move |v| state.update(move |s| set(s, v)) />
    }
}

/// A scenario field chosen from a list.
pub struct ChoiceField<T: 'static> {
    /// Element and test id.
    pub id: &'static str,
    /// Label in the current language.
    pub label: fn(Lang) -> &'static str,
    /// Every possible value.
    pub all: &'static [T],
    /// Visible name of a value.
    pub name: fn(Lang, T) -> &'static str,
    /// Reads the value.
    pub get: fn(&Scenario) -> T,
    /// Writes the value.
    pub set: fn(&mut Scenario, T),
}

/// Renders a [`ChoiceField`].
pub fn choice<T: Copy + PartialEq + Send + Sync + 'static>(field: ChoiceField<T>) -> impl IntoView {
    let state = AppState::get();
    let ChoiceField {
        id,
        label,
        all,
        name,
        get,
        set,
    } = field;
    // Options are identified by their position in `all`.
    let key = move |v: T| all.iter().position(|&x| x == v).unwrap_or(0).to_string();
    let options = Signal::derive(move || {
        let lang = state.lang.get();
        all.iter()
            .enumerate()
            .map(|(i, &v)| (i.to_string(), name(lang, v).to_owned()))
            .collect::<Vec<_>>()
    });
    let selected = Signal::derive(move || key(state.scenario().with(get)));
    let modified = Signal::derive(move || state.scenario().with(get) != state.preset.with(get));
    view! {
        <Choice id label=Signal::derive(move || label(state.lang.get()).to_owned()) options selected modified
            on_change=move |chosen: String| {
                if let Some(&v) = chosen.parse::<usize>().ok().and_then(|i| all.get(i)) {
                    state.update(move |s| set(s, v));
                }
            } />
    }
}
