//! Every control of the brief, grouped as the model groups its inputs. Each is a native input with a
//! label, its current value and unit; it is marked when it differs from the preset.

pub mod field;
pub mod widgets;

use crate::i18n::{format as f, labels, Lang};
use crate::state::AppState;
use field::{choice, num, ChoiceField, NumField};
use leptos::prelude::*;
use socle_model::catalogue::regulation;
use socle_model::{
    ranges, Commitment, Country, DataSensitivity, DeploymentOption, GpuModel, KeyManagement, Persona,
    ProviderHq, Regulation, Scenario, Strategy,
};
use widgets::Scale;

fn pct(l: Lang, v: f64) -> String {
    f::percent(l, v, 0)
}
fn years(l: Lang, v: f64) -> String {
    f::years(l, v, 0)
}
fn months(l: Lang, v: f64) -> String {
    f::months(l, v, 0)
}
fn count(l: Lang, v: f64) -> String {
    f::number(l, v, 0)
}
fn eur_big(l: Lang, v: f64) -> String {
    f::eur_compact(l, v)
}

/// A collapsible group of controls.
#[component]
fn Group(
    /// Test id of the group.
    id: &'static str,
    /// Heading in the current language.
    title: fn(Lang) -> &'static str,
    /// The controls.
    children: Children,
) -> impl IntoView {
    let state = AppState::get();
    view! {
        <details class="group" open data-testid=id>
            <summary>{move || title(state.lang.get())}</summary>
            {children()}
        </details>
    }
}

/// The persona preset selector with a reset button.
#[component]
fn PresetPicker() -> impl IntoView {
    let state = AppState::get();
    let tr = move |en: &'static str| state.lang.get().tr(en);
    let modified = move || state.scenario().with(|s| state.preset.with(|p| s != p));
    view! {
        <div class="control preset">
            <label for="control-persona"><span class="control-label">{move || tr("Persona preset")}</span></label>
            <select id="control-persona" data-testid="control-persona"
                on:change=move |ev| {
                    if let Some(&p) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| Persona::PRESETS.get(i)) {
                        state.load_preset(p);
                    }
                }>
                {move || {
                    let lang = state.lang.get();
                    let current = state.preset.with(|p| p.persona);
                    Persona::PRESETS.iter().enumerate().map(|(i, &p)| view! {
                        <option value=i.to_string() selected=p == current>{labels::persona(lang, p)}</option>
                    }).collect_view()
                }}
            </select>
            <p class="preset-status" data-testid="preset-status">
                {move || if modified() { tr("Modified from the preset.") } else { tr("As the preset.") }}
                <button type="button" data-testid="reset-preset" disabled=move || !modified()
                    on:click=move |_| { let p = state.preset.get_untracked(); state.commit(p); }>
                    {move || tr("Reset")}
                </button>
            </p>
        </div>
    }
}

/// Sets one share of the workload mix and rescales the other two so the three still sum to 1.
fn set_mix_share(s: &mut Scenario, which: usize, v: f64) {
    let m = &mut s.compute.mix;
    let mut shares = [m.training, m.fine_tuning, m.inference];
    let rest_before: f64 = shares
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != which)
        .map(|(_, x)| x)
        .sum();
    let rest_after = 1.0 - v;
    for (i, x) in shares.iter_mut().enumerate() {
        if i == which {
            *x = v;
        } else if rest_before > 1e-9 {
            *x *= rest_after / rest_before;
        } else {
            *x = rest_after / 2.0;
        }
    }
    m.training = shares[0];
    m.fine_tuning = shares[1];
    m.inference = 1.0 - shares[0] - shares[1];
    if m.inference < 0.0 {
        m.inference = 0.0;
    }
}

fn us_parent_toggle() -> impl IntoView {
    let state = AppState::get();
    view! {
        <widgets::Toggle id="control-us-parent"
            label=Signal::derive(move || state.lang.get().tr("Controlled from the United States (the CLOUD Act reaches the organisation itself)").to_owned())
            checked=Signal::derive(move || state.scenario().with(|s| s.organisation.us_parent))
            modified=Signal::derive(move || state.scenario().with(|s| s.organisation.us_parent) != state.preset.with(|s| s.organisation.us_parent))
            on_change=move |v| state.update(move |s| s.organisation.us_parent = v) />
    }
}

/// The main control panel.
#[component]
pub fn Controls() -> impl IntoView {
    view! {
        <form class="controls" aria-labelledby="controls-title" on:submit=|ev| ev.prevent_default()>
            <h2 id="controls-title" class="visually-hidden">{move || AppState::get().lang.get().tr("Scenario inputs")}</h2>
            <PresetPicker />
            <Group id="group-organisation" title=|l| l.tr("Organisation")>
                {choice(ChoiceField { id: "control-sensitivity", label: |l| l.tr("Data sensitivity (required SEAL)"),
                    all: &[DataSensitivity::Public, DataSensitivity::Internal, DataSensitivity::Confidential,
                        DataSensitivity::RegulatedHealth, DataSensitivity::CriticalDefence],
                    name: labels::sensitivity, get: |s| s.organisation.sensitivity,
                    set: |s, v| s.organisation.sensitivity = v })}
                {choice(ChoiceField { id: "control-regulation", label: |l| l.tr("Regulatory regime (raises the required SEAL)"),
                    all: &Regulation::ALL, name: |l, r| l.tr(regulation::spec(r).name),
                    get: |s| s.organisation.regulation, set: |s, v| s.organisation.regulation = v })}
                {us_parent_toggle()}
                {num(NumField { id: "control-it-budget", label: |l| l.tr("Annual IT budget"),
                    get: |s| s.organisation.annual_it_budget_eur, set: |s, v| s.organisation.annual_it_budget_eur = v,
                    show: eur_big, range: (ranges::IT_BUDGET_EUR.0, ranges::IT_BUDGET_EUR.1, 1e5), scale: Scale::Log })}
            </Group>
            <Group id="group-compute" title=|l| l.tr("Compute need")>
                {choice(ChoiceField { id: "control-gpu", label: |l| l.tr("GPU model"), all: &GpuModel::ALL,
                    name: labels::gpu, get: |s| s.compute.gpu, set: |s, v| s.compute.gpu = v })}
                {num(NumField { id: "control-gpu-count", label: |l| l.tr("Number of GPUs"),
                    get: |s| f64::from(s.compute.gpu_count), set: |s, v| s.compute.gpu_count = v as u32,
                    show: count, range: (1.0, ranges::GPU_COUNT.1, 1.0), scale: Scale::Log })}
                {num(NumField { id: "control-utilisation", label: |l| l.tr("Average utilisation"),
                    get: |s| s.compute.utilisation, set: |s, v| s.compute.utilisation = v,
                    show: pct, range: (0.0, 1.0, 0.01), scale: Scale::Linear })}
                <fieldset class="mix">
                    <legend>{move || AppState::get().lang.get().tr("Workload mix")}</legend>
                    {num(NumField { id: "control-mix-training", label: |l| l.tr("Training"),
                        get: |s| s.compute.mix.training, set: |s, v| set_mix_share(s, 0, v),
                        show: pct, range: (0.0, 1.0, 0.01), scale: Scale::Linear })}
                    {num(NumField { id: "control-mix-fine-tuning", label: |l| l.tr("Fine-tuning"),
                        get: |s| s.compute.mix.fine_tuning, set: |s, v| set_mix_share(s, 1, v),
                        show: pct, range: (0.0, 1.0, 0.01), scale: Scale::Linear })}
                    {num(NumField { id: "control-mix-inference", label: |l| l.tr("Inference"),
                        get: |s| s.compute.mix.inference, set: |s, v| set_mix_share(s, 2, v),
                        show: pct, range: (0.0, 1.0, 0.01), scale: Scale::Linear })}
                </fieldset>
                {num(NumField { id: "control-horizon", label: |l| l.tr("Horizon"),
                    get: |s| f64::from(s.compute.horizon_years), set: |s, v| s.compute.horizon_years = v as u32,
                    show: years, range: (1.0, 10.0, 1.0), scale: Scale::Linear })}
                {num(NumField { id: "control-months-needed", label: |l| l.tr("Capacity needed in"),
                    get: |s| f64::from(s.compute.months_until_needed), set: |s, v| s.compute.months_until_needed = v as u32,
                    show: months, range: (0.0, 60.0, 1.0), scale: Scale::Linear })}
            </Group>
            <Group id="group-site" title=|l| l.tr("Energy and site")>
                {choice(ChoiceField { id: "control-country", label: |l| l.tr("Country"), all: &Country::ALL,
                    name: labels::country, get: |s| s.site.country,
                    set: |s, v| { s.site.country = v; s.site.energy_price_override_eur_kwh = None; } })}
                {num(NumField { id: "control-energy-price", label: |l| l.tr("Electricity price"),
                    get: |s| s.site.energy_price_override_eur_kwh
                        .unwrap_or_else(|| socle_model::catalogue::country(s.site.country).electricity_eur_kwh.value),
                    set: |s, v| s.site.energy_price_override_eur_kwh = Some(v),
                    show: |l, v| format!("{} /kWh", f::eur(l, v, 3)), range: (0.02, 0.60, 0.005), scale: Scale::Linear })}
                {num(NumField { id: "control-pue", label: |l| l.tr("PUE of your own site"),
                    get: |s| s.site.pue, set: |s, v| s.site.pue = v,
                    show: |l, v| f::number(l, v, 2), range: (1.0, 3.0, 0.01), scale: Scale::Linear })}
                {num(NumField { id: "control-grid-capacity", label: |l| l.tr("Grid capacity at the site"),
                    get: |s| s.site.grid_capacity_mw, set: |s, v| s.site.grid_capacity_mw = v,
                    show: |l, v| f::with_unit(l, v, if v < 10.0 { 1 } else { 0 }, "MW"),
                    range: (0.1, ranges::GRID_CAPACITY_MW.1, 0.1), scale: Scale::Log })}
                {num(NumField { id: "control-existing-room", label: |l| l.tr("Existing room capacity (IT)"),
                    get: |s| s.site.existing_room_kw, set: |s, v| s.site.existing_room_kw = v,
                    show: |l, v| f::with_unit(l, v, 0, "kW"), range: (0.0, 20_000.0, 10.0), scale: Scale::Linear })}
            </Group>
            <Group id="group-finance" title=|l| l.tr("Finance")>
                {num(NumField { id: "control-discount-rate", label: |l| l.tr("Discount rate"),
                    get: |s| s.finance.discount_rate, set: |s, v| s.finance.discount_rate = v,
                    show: |l, v| f::percent(l, v, 1), range: (0.0, 0.30, 0.005), scale: Scale::Linear })}
                {num(NumField { id: "control-depreciation", label: |l| l.tr("Depreciation and refresh"),
                    get: |s| f64::from(s.finance.depreciation_years), set: |s, v| s.finance.depreciation_years = v as u32,
                    show: years, range: (2.0, 8.0, 1.0), scale: Scale::Linear })}
                {num(NumField { id: "control-residual", label: |l| l.tr("Resale value at end of life"),
                    get: |s| s.finance.residual_value_share, set: |s, v| s.finance.residual_value_share = v,
                    show: pct, range: (0.0, 0.6, 0.01), scale: Scale::Linear })}
                {num(NumField { id: "control-usd-eur", label: |l| l.tr("US dollars per euro"),
                    get: |s| s.finance.usd_per_eur, set: |s, v| s.finance.usd_per_eur = v,
                    show: |l, v| f::number(l, v, 3), range: (0.7, 1.6, 0.005), scale: Scale::Linear })}
            </Group>
            <Group id="group-platform" title=|l| l.tr("Platform")>
                {choice(ChoiceField { id: "control-target", label: |l| l.tr("Target platform"), all: &DeploymentOption::ALL,
                    name: labels::option, get: |s| s.platform.target, set: |s, v| s.platform.target = v })}
                {choice(ChoiceField { id: "control-provider-hq", label: |l| l.tr("European provider’s headquarters"),
                    all: &[ProviderHq::Eu, ProviderHq::EuJointVentureUsTech, ProviderHq::NonEuAdequate],
                    name: labels::provider_hq, get: |s| s.platform.provider_hq, set: |s, v| s.platform.provider_hq = v })}
                {choice(ChoiceField { id: "control-keys", label: |l| l.tr("Encryption keys"),
                    all: &[KeyManagement::ProviderHeld, KeyManagement::Shared, KeyManagement::CustomerHeld],
                    name: labels::key_management, get: |s| s.platform.key_management, set: |s, v| s.platform.key_management = v })}
                {choice(ChoiceField { id: "control-commitment", label: |l| l.tr("Cloud commitment"),
                    all: &[Commitment::OnDemand, Commitment::OneYear, Commitment::ThreeYear],
                    name: labels::commitment, get: |s| s.platform.commitment, set: |s, v| s.platform.commitment = v })}
            </Group>
            <Group id="group-migration" title=|l| l.tr("Migration")>
                {num(NumField { id: "control-hyperscaler-share", label: |l| l.tr("Workloads on a US hyperscaler today"),
                    get: |s| s.migration.hyperscaler_share, set: |s, v| s.migration.hyperscaler_share = v,
                    show: pct, range: (0.0, 1.0, 0.01), scale: Scale::Linear })}
                {num(NumField { id: "control-workloads", label: |l| l.tr("Existing use cases"),
                    get: |s| f64::from(s.migration.workloads), set: |s, v| s.migration.workloads = v as u32,
                    show: count, range: (1.0, 500.0, 1.0), scale: Scale::Log })}
                {num(NumField { id: "control-new-workloads", label: |l| l.tr("New use cases per year"),
                    get: |s| f64::from(s.migration.new_workloads_per_year), set: |s, v| s.migration.new_workloads_per_year = v as u32,
                    show: count, range: (0.0, 100.0, 1.0), scale: Scale::Linear })}
                {num(NumField { id: "control-proprietary-share", label: |l| l.tr("Using proprietary managed services"),
                    get: |s| s.migration.proprietary_share, set: |s, v| s.migration.proprietary_share = v,
                    show: pct, range: (0.0, 1.0, 0.01), scale: Scale::Linear })}
                {choice(ChoiceField { id: "control-strategy", label: |l| l.tr("Migration strategy"),
                    all: &[Strategy::Progressive, Strategy::BigBang],
                    name: labels::strategy, get: |s| s.migration.strategy, set: |s, v| s.migration.strategy = v })}
                {num(NumField { id: "control-waves", label: |l| l.tr("Progressive: waves per year"),
                    get: |s| s.migration.waves_per_year, set: |s, v| s.migration.waves_per_year = v,
                    show: |l, v| f::number(l, v, 0), range: (1.0, 12.0, 1.0), scale: Scale::Linear })}
                {num(NumField { id: "control-cutover", label: |l| l.tr("Big-bang: cut-over month"),
                    get: |s| f64::from(s.migration.cutover_month), set: |s, v| s.migration.cutover_month = v as u32,
                    show: months, range: (3.0, 60.0, 1.0), scale: Scale::Linear })}
                {num(NumField { id: "control-data-volume", label: |l| l.tr("Data to move"),
                    get: |s| s.migration.data_volume_tb, set: |s, v| s.migration.data_volume_tb = v,
                    show: |l, v| f::with_unit(l, v, 0, "TB"), range: (1.0, ranges::DATA_VOLUME_TB.1, 1.0), scale: Scale::Log })}
            </Group>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moving_one_mix_share_rescales_the_others_and_keeps_the_sum() {
        let mut s = crate::fixture::scenario(Persona::AiStartup);
        s.compute.mix = socle_model::WorkloadMix {
            training: 0.2,
            fine_tuning: 0.2,
            inference: 0.6,
        };
        set_mix_share(&mut s, 0, 0.6);
        let m = s.compute.mix;
        // The other two shared 0.8 as 1:3; they now share 0.4 the same way: 0.1 and 0.3.
        assert!((m.training - 0.6).abs() < 1e-12);
        assert!((m.fine_tuning - 0.1).abs() < 1e-12);
        assert!((m.inference - 0.3).abs() < 1e-12);
        set_mix_share(&mut s, 2, 1.0);
        assert_eq!((s.compute.mix.training, s.compute.mix.fine_tuning), (0.0, 0.0));
        set_mix_share(&mut s, 1, 0.5);
        let m = s.compute.mix;
        assert!((m.training + m.fine_tuning + m.inference - 1.0).abs() < 1e-12);
        // Training was 0 and inference 1: the remaining half goes to inference, in proportion.
        assert!(m.training.abs() < 1e-12 && (m.inference - 0.5).abs() < 1e-12);
    }
}
