//! Native, labelled inputs: every control shows its label, current value and unit, and a mark when it
//! differs from the preset.

use leptos::prelude::*;

/// How a slider's position maps to its value.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Scale {
    /// Position = value.
    Linear,
    /// Position spreads orders of magnitude evenly (GPU count, budgets, data volumes).
    Log,
}

/// Number of slider positions of a log-scale slider.
const LOG_STEPS: f64 = 1000.0;

impl Scale {
    /// Slider position for `value`.
    pub fn to_position(self, value: f64, min: f64, max: f64) -> f64 {
        match self {
            Scale::Linear => value,
            Scale::Log => {
                let (lo, hi) = (min.max(1e-9).ln(), max.ln());
                ((value.max(min).ln() - lo) / (hi - lo) * LOG_STEPS).round()
            }
        }
    }

    /// Value for slider position `position`, rounded to `step`.
    pub fn to_value(self, position: f64, min: f64, max: f64, step: f64) -> f64 {
        let raw = match self {
            Scale::Linear => position,
            Scale::Log => {
                let (lo, hi) = (min.max(1e-9).ln(), max.ln());
                (lo + position / LOG_STEPS * (hi - lo)).exp()
            }
        };
        let rounded = if step > 0.0 {
            (raw / step).round() * step
        } else {
            raw
        };
        rounded.clamp(min, max)
    }
}

/// A range slider with label, formatted value and unit.
#[component]
pub fn Slider(
    /// Test id and element id, e.g. `control-utilisation`.
    id: &'static str,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// Current value.
    #[prop(into)]
    value: Signal<f64>,
    /// Formatted current value with its unit, as shown next to the label.
    #[prop(into)]
    shown: Signal<String>,
    /// Smallest value.
    min: f64,
    /// Largest value.
    max: f64,
    /// Value step (after the scale mapping).
    step: f64,
    /// Linear or log scale.
    #[prop(default = Scale::Linear)]
    scale: Scale,
    /// True when the value differs from the preset.
    #[prop(into)]
    modified: Signal<bool>,
    /// Called with the new value.
    on_change: impl Fn(f64) + 'static,
) -> impl IntoView {
    let (pmin, pmax, pstep) = match scale {
        Scale::Linear => (min, max, step),
        Scale::Log => (0.0, LOG_STEPS, 1.0),
    };
    let position = move || scale.to_position(value.get(), min, max).to_string();
    view! {
        <div class="control" class:modified=move || modified.get()>
            <label for=id>
                <span class="control-label">{move || label.get()}</span>
                <output for=id class="control-value">{move || shown.get()}</output>
            </label>
            <input type="range" id=id data-testid=id
                min=pmin.to_string() max=pmax.to_string() step=pstep.to_string()
                prop:value=position
                aria-valuetext=move || shown.get()
                on:input=move |ev| {
                    if let Ok(p) = event_target_value(&ev).parse::<f64>() {
                        on_change(scale.to_value(p, min, max, step));
                    }
                } />
        </div>
    }
}

/// A select with label; options are `(value id, visible text)`.
#[component]
pub fn Choice(
    /// Test id and element id.
    id: &'static str,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// The options: stable value and visible text.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    /// Currently selected value.
    #[prop(into)]
    selected: Signal<String>,
    /// True when the value differs from the preset.
    #[prop(into)]
    modified: Signal<bool>,
    /// Called with the chosen value.
    on_change: impl Fn(String) + 'static,
) -> impl IntoView {
    view! {
        <div class="control" class:modified=move || modified.get()>
            <label for=id><span class="control-label">{move || label.get()}</span></label>
            <select id=id data-testid=id on:change=move |ev| on_change(event_target_value(&ev))
                prop:value=move || selected.get()>
                {move || options.get().into_iter().map(|(v, text)| {
                    let is = selected.get_untracked() == v;
                    view! { <option value=v selected=is>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// A checkbox with label.
#[component]
pub fn Toggle(
    /// Test id and element id.
    id: &'static str,
    /// Visible label.
    #[prop(into)]
    label: Signal<String>,
    /// Current state.
    #[prop(into)]
    checked: Signal<bool>,
    /// True when the value differs from the preset.
    #[prop(into)]
    modified: Signal<bool>,
    /// Called with the new state.
    on_change: impl Fn(bool) + 'static,
) -> impl IntoView {
    view! {
        <div class="control toggle" class:modified=move || modified.get()>
            <label for=id>
                <input type="checkbox" id=id data-testid=id prop:checked=move || checked.get()
                    on:change=move |ev| on_change(event_target_checked(&ev)) />
                <span class="control-label">{move || label.get()}</span>
            </label>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_scale_round_trips_across_orders_of_magnitude() {
        let (min, max) = (1.0, 100_000.0);
        assert_eq!(Scale::Log.to_position(1.0, min, max), 0.0);
        assert_eq!(Scale::Log.to_position(100_000.0, min, max), 1000.0);
        // 10^(5 × 0.4) = 100 sits at 40 % of the track.
        assert_eq!(Scale::Log.to_position(100.0, min, max), 400.0);
        assert_eq!(Scale::Log.to_value(400.0, min, max, 1.0), 100.0);
        for v in [1.0, 8.0, 512.0, 4096.0, 100_000.0] {
            let back = Scale::Log.to_value(Scale::Log.to_position(v, min, max), min, max, 1.0);
            assert!((back - v).abs() / v < 0.012, "{v} came back as {back}");
        }
    }

    #[test]
    fn linear_values_snap_to_the_step_and_stay_in_range() {
        assert_eq!(Scale::Linear.to_value(0.437, 0.0, 1.0, 0.01), 0.44);
        assert_eq!(Scale::Linear.to_value(1.7, 0.0, 1.0, 0.01), 1.0);
    }
}
