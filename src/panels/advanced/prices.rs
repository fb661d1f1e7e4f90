//! Prices and costs: every money assumption beside the sourced default it replaces, plus the Monte Carlo
//! settings of the migration model.

use super::source_note;
use crate::controls::field::{num, NumField};
use crate::controls::widgets::Scale;
use crate::i18n::{format as f, Lang};
use crate::state::AppState;
use leptos::prelude::*;
use socle_model::catalogue::{gpu, options as o, Sourced};
use socle_model::{ranges, tco, Scenario};

/// One assumption: its slider, the sourced default for the current scenario, and how to go back to it.
struct Assumption {
    /// The slider.
    field: NumField,
    /// The catalogue default for the current scenario (it follows the GPU model for prices).
    default: fn(&Scenario) -> Sourced,
    /// True when the scenario already uses the default.
    at_default: fn(&Scenario) -> bool,
    /// Goes back to the default (clears an override).
    restore: fn(&mut Scenario),
}

/// A money amount in US dollars, as the explain dialog writes it.
fn usd(l: Lang, v: f64) -> String {
    format!("{} USD", f::number(l, v, 0))
}

fn per_gpu_hour(l: Lang, v: f64) -> String {
    format!("{} {}", f::eur(l, v, 2), l.tr("/GPU-h"))
}

/// A field whose default is a catalogue constant: "at default" compares values.
macro_rules! plain {
    ($id:literal, $label:expr, $field:ident, $default:expr, $show:expr, $range:expr, $scale:expr) => {
        Assumption {
            field: NumField {
                id: $id,
                label: $label,
                get: |s| s.assumptions.$field,
                set: |s, v| s.assumptions.$field = v,
                show: $show,
                range: $range,
                scale: $scale,
            },
            default: |_| $default,
            at_default: |s| (s.assumptions.$field - $default.value).abs() < 1e-9,
            restore: |s| s.assumptions.$field = $default.value,
        }
    };
}

/// A cloud option's GPU-hour price: an override of the GPU catalogue entry.
macro_rules! cloud {
    ($i:literal, $id:literal, $label:expr) => {
        Assumption {
            field: NumField {
                id: $id,
                label: $label,
                get: |s| tco::cloud_price_eur_gpu_h(s, $i),
                set: |s, v| s.assumptions.cloud_price_eur_gpu_h[$i] = Some(v),
                show: per_gpu_hour,
                range: (
                    ranges::CLOUD_PRICE_EUR_GPU_H.0,
                    ranges::CLOUD_PRICE_EUR_GPU_H.1,
                    0.01,
                ),
                scale: Scale::Log,
            },
            default: |s| gpu(s.compute.gpu).cloud_eur_gpu_h[$i],
            at_default: |s| s.assumptions.cloud_price_eur_gpu_h[$i].is_none(),
            restore: |s| s.assumptions.cloud_price_eur_gpu_h[$i] = None,
        }
    };
}

fn assumptions() -> [Assumption; 10] {
    [
        Assumption {
            field: NumField {
                id: "adv-gpu-price",
                label: |l| l.tr("GPU purchase price"),
                get: tco::gpu_price_usd,
                set: |s, v| s.assumptions.gpu_price_usd = Some(v),
                show: usd,
                range: (ranges::GPU_PRICE_USD.0, ranges::GPU_PRICE_USD.1, 100.0),
                scale: Scale::Log,
            },
            default: |s| gpu(s.compute.gpu).price_usd,
            at_default: |s| s.assumptions.gpu_price_usd.is_none(),
            restore: |s| s.assumptions.gpu_price_usd = None,
        },
        cloud!(0, "adv-cloud-price-eu_sovereign_cloud", |l| l
            .tr("EU sovereign cloud: on-demand GPU-hour")),
        cloud!(1, "adv-cloud-price-us_sovereign_offer", |l| l
            .tr("US sovereign offer: on-demand GPU-hour")),
        cloud!(2, "adv-cloud-price-us_public_cloud", |l| l
            .tr("US public cloud: on-demand GPU-hour")),
        plain!(
            "adv-colo-fee",
            |l| l.tr("Colocation fee"),
            colo_eur_per_kw_month,
            o::COLO_EUR_PER_KW_MONTH,
            |l, v| format!("{} {}", f::eur(l, v, 0), l.tr("/kW/month")),
            (ranges::COLO_EUR_KW_MONTH.0, ranges::COLO_EUR_KW_MONTH.1, 5.0),
            Scale::Log
        ),
        plain!(
            "adv-colo-pue",
            |l| l.tr("PUE of the colocation facility"),
            colo_pue,
            o::COLO_PUE,
            |l, v| f::number(l, v, 2),
            (ranges::PUE.0, ranges::PUE.1, 0.01),
            Scale::Linear
        ),
        plain!(
            "adv-facility-capex",
            |l| l.tr("Data hall build and fit-out"),
            facility_capex_eur_per_kw,
            o::FACILITY_CAPEX_EUR_PER_KW,
            |l, v| format!("{} {}", f::eur(l, v, 0), l.tr("/IT kW")),
            (
                ranges::FACILITY_EUR_PER_KW.0,
                ranges::FACILITY_EUR_PER_KW.1,
                250.0
            ),
            Scale::Linear
        ),
        plain!(
            "adv-staff-cost",
            |l| l.tr("Infrastructure engineer, fully loaded"),
            staff_eur_per_fte,
            o::STAFF_EUR_PER_FTE,
            |l, v| format!("{} {}", f::eur_compact(l, v), l.tr("/FTE/year")),
            (ranges::STAFF_EUR_FTE.0, ranges::STAFF_EUR_FTE.1, 1_000.0),
            Scale::Linear
        ),
        plain!(
            "adv-maintenance",
            |l| l.tr("Hardware maintenance"),
            maintenance_share,
            o::MAINTENANCE_SHARE,
            |l, v| format!("{} {}", f::percent(l, v, 1), l.tr("of capex/year")),
            (ranges::MAINTENANCE_SHARE.0, ranges::MAINTENANCE_SHARE.1, 0.005),
            Scale::Linear
        ),
        plain!(
            "adv-software",
            |l| l.tr("Software licences"),
            software_eur_per_gpu_year,
            o::SOFTWARE_EUR_PER_GPU_YEAR,
            |l, v| format!("{} {}", f::eur(l, v, 0), l.tr("/GPU/year")),
            (
                ranges::SOFTWARE_EUR_GPU_YEAR.0,
                ranges::SOFTWARE_EUR_GPU_YEAR.1,
                50.0
            ),
            Scale::Linear
        ),
    ]
}

/// One assumption with its source line and its "use the sourced default" button.
fn assumption(a: Assumption) -> impl IntoView {
    let state = AppState::get();
    let Assumption {
        field,
        default,
        at_default,
        restore,
    } = a;
    let default_now = Memo::new(move |_| state.scenario().with(default));
    let is_default = Memo::new(move |_| state.scenario().with(at_default));
    let id = field.id;
    view! {
        <div class="adv-field">
            {num(field)}
            {move || {
                let (lang, d) = (state.lang.get(), default_now.get());
                source_note(lang, Some((field.show)(lang, d.value)), d.source)
            }}
            <button type="button" class="adv-restore" data-testid=format!("{id}-default")
                disabled=move || is_default.get()
                on:click=move |_| state.update(restore)>
                {move || state.lang.get().tr("Use the sourced default")}
            </button>
        </div>
    }
}

/// Largest whole number JavaScript holds exactly: a seed above it would not survive the input.
const MAX_SAFE: u64 = (1 << 53) - 1;

/// Applies a typed seed; anything but a whole number in range puts the seed in force back in the input.
fn set_seed(state: AppState, ev: &leptos::ev::Event, in_force: u64) {
    match event_target_value(ev).trim().parse::<u64>() {
        Ok(v) if v <= MAX_SAFE => state.update(move |s| s.assumptions.seed = v),
        _ => event_target::<web_sys::HtmlInputElement>(ev).set_value(&in_force.to_string()),
    }
}

/// The seed of the Monte Carlo, as a number input.
fn seed_input() -> impl IntoView {
    let state = AppState::get();
    let seed = Memo::new(move |_| state.scenario().with(|s| s.assumptions.seed));
    let modified = move || seed.get() != state.preset.with(|p| p.assumptions.seed);
    view! {
        <div class="adv-field">
            <div class="control" class:modified=modified>
                <label for="adv-seed"><span class="control-label">
                    {move || state.lang.get().tr("Monte Carlo seed")}
                </span></label>
                <input type="number" id="adv-seed" data-testid="adv-seed" min="0" max=MAX_SAFE.to_string() step="1"
                    prop:value=move || seed.get().to_string()
                    on:change=move |ev| set_seed(state, &ev, seed.get_untracked()) />
            </div>
            <p class="adv-source">{move || state.lang.get().tr("Model setting: the same seed gives the same percentiles.")}</p>
        </div>
    }
}

/// The prices and costs group.
#[component]
pub fn Prices() -> impl IntoView {
    let state = AppState::get();
    view! {
        <div class="adv-grid">
            {assumptions().into_iter().map(assumption).collect_view()}
            <div class="adv-field">
                {num(NumField {
                    id: "adv-mc-paths",
                    label: |l| l.tr("Monte Carlo paths per strategy"),
                    get: |s| f64::from(s.assumptions.monte_carlo_paths),
                    set: |s, v| s.assumptions.monte_carlo_paths = v as u32,
                    show: |l, v| f::number(l, v, 0),
                    range: (ranges::MC_PATHS.0, ranges::MC_PATHS.1, 100.0),
                    scale: Scale::Log,
                })}
                <p class="adv-source">{move || state.lang.get().tr("Model setting: more paths give steadier percentiles and take longer.")}</p>
            </div>
            {seed_input()}
        </div>
    }
}
