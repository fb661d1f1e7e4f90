//! Sensitivity and search: the tornado of the target's NPV, the best-option map over utilisation ×
//! energy price, and goal seeks. All of them lean on the TCO model's exact NPV decompositions, so none
//! samples where it can solve.

use crate::scenario::{DeploymentOption, Scenario};
use crate::sovereignty::SovereigntyResults;
use crate::t;
use crate::tco::{self, NpvCoefficients, TcoResults};
use serde::Serialize;

/// Relative move of each input in the tornado: ±20 % of its value (clamped to its valid range).
pub const TORNADO_SWING: f64 = 0.20;

/// Inputs the tornado moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum TornadoInput {
    /// GPU purchase price.
    GpuPrice,
    /// Electricity price.
    EnergyPrice,
    /// Average utilisation.
    Utilisation,
    /// PUE of the owned facility (site PUE on premises, colocation PUE).
    Pue,
    /// Discount rate.
    DiscountRate,
    /// Fully loaded staff cost.
    StaffCost,
    /// Cloud GPU-hour price of the target (cloud targets only).
    CloudPrice,
    /// Colocation fee per kW.
    ColocationFee,
    /// Maintenance share of capex.
    Maintenance,
    /// US dollars per euro (hardware is priced in dollars).
    ExchangeRate,
}

impl TornadoInput {
    /// Every input, in a fixed order (the tornado sorts them by swing).
    pub const ALL: [TornadoInput; 10] = [
        Self::GpuPrice,
        Self::EnergyPrice,
        Self::Utilisation,
        Self::Pue,
        Self::DiscountRate,
        Self::StaffCost,
        Self::CloudPrice,
        Self::ColocationFee,
        Self::Maintenance,
        Self::ExchangeRate,
    ];

    /// Name (English, translated where shown).
    pub const fn label(self) -> &'static str {
        match self {
            Self::GpuPrice => t!("GPU price"),
            Self::EnergyPrice => t!("Electricity price"),
            Self::Utilisation => t!("Utilisation"),
            Self::Pue => t!("PUE"),
            Self::DiscountRate => t!("Discount rate"),
            Self::StaffCost => t!("Staff cost"),
            Self::CloudPrice => t!("Cloud GPU-hour price"),
            Self::ColocationFee => t!("Colocation fee"),
            Self::Maintenance => t!("Maintenance"),
            Self::ExchangeRate => t!("US dollars per euro"),
        }
    }
}

/// One bar of the tornado.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct TornadoBar {
    /// The input moved.
    pub input: TornadoInput,
    /// Its value moved down and up (in the input's own unit), kept inside the input's valid range.
    pub values: (f64, f64),
    /// Target NPV with the input moved down, euros.
    pub npv_low_input: f64,
    /// Target NPV with the input moved up, euros.
    pub npv_high_input: f64,
}

impl TornadoBar {
    /// Width of the bar: |NPV(up) − NPV(down)|, euros.
    pub fn swing(&self) -> f64 {
        (self.npv_high_input - self.npv_low_input).abs()
    }
}

/// The tornado of the target option's NPV.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tornado {
    /// Option whose NPV is moved.
    pub option: DeploymentOption,
    /// NPV at the scenario's values, euros.
    pub base_npv: f64,
    /// Bars with a non-zero swing, widest first.
    pub bars: Vec<TornadoBar>,
}

impl TornadoInput {
    /// Valid range of the input ([`crate::ranges`]): the tornado never moves it outside.
    pub const fn range(self) -> (f64, f64) {
        use crate::ranges as r;
        match self {
            Self::GpuPrice => r::GPU_PRICE_USD,
            Self::EnergyPrice => r::ENERGY_PRICE_EUR_KWH,
            Self::Utilisation => r::SHARE,
            Self::Pue => r::PUE,
            Self::DiscountRate => r::DISCOUNT_RATE,
            Self::StaffCost => r::STAFF_EUR_FTE,
            Self::CloudPrice => r::CLOUD_PRICE_EUR_GPU_H,
            Self::ColocationFee => r::COLO_EUR_KW_MONTH,
            Self::Maintenance => r::MAINTENANCE_SHARE,
            Self::ExchangeRate => r::USD_PER_EUR,
        }
    }
}

/// Reads an input's current value and writes a new one; `None` when it has no effect on `option`.
fn current(s: &Scenario, input: TornadoInput, option: DeploymentOption) -> Option<f64> {
    let owned = option.is_owned();
    Some(match input {
        TornadoInput::GpuPrice if owned => tco::gpu_price_usd(s),
        TornadoInput::EnergyPrice if owned => tco::energy_price_eur_kwh(s),
        TornadoInput::Utilisation => s.compute.utilisation,
        TornadoInput::Pue if option == DeploymentOption::OnPremises => s.site.pue,
        TornadoInput::Pue if option == DeploymentOption::Colocation => s.assumptions.colo_pue,
        TornadoInput::DiscountRate => s.finance.discount_rate,
        TornadoInput::StaffCost => s.assumptions.staff_eur_per_fte,
        TornadoInput::CloudPrice if !owned => {
            tco::cloud_price_eur_gpu_h(s, crate::catalogue::options::cloud_index(option)?)
        }
        TornadoInput::ColocationFee if option == DeploymentOption::Colocation => {
            s.assumptions.colo_eur_per_kw_month
        }
        TornadoInput::Maintenance if owned => s.assumptions.maintenance_share,
        TornadoInput::ExchangeRate if owned || dollar_priced(s, option) => s.finance.usd_per_eur,
        _ => return None,
    })
}

/// Whether a cloud option's GPU-hours move with the exchange rate: its price is the catalogue's, quoted in
/// US dollars (a user override is in euros). Dollar egress, paid only on an exit before January 2027,
/// is left out of the bar's condition.
fn dollar_priced(s: &Scenario, option: DeploymentOption) -> bool {
    use crate::catalogue::{gpu, Currency};
    crate::catalogue::options::cloud_index(option).is_some_and(|i| {
        s.assumptions.cloud_price_eur_gpu_h[i].is_none()
            && gpu(s.compute.gpu).cloud_currency[i] == Currency::Usd
    })
}

/// The scenario with `input` set to `v`, a value inside the input's valid range.
fn with_input(s: &Scenario, input: TornadoInput, option: DeploymentOption, v: f64) -> Scenario {
    let mut m = s.clone();
    match input {
        TornadoInput::GpuPrice => m.assumptions.gpu_price_usd = Some(v),
        TornadoInput::EnergyPrice => m.site.energy_price_override_eur_kwh = Some(v),
        TornadoInput::Utilisation => m.compute.utilisation = v,
        TornadoInput::Pue if option == DeploymentOption::OnPremises => m.site.pue = v,
        TornadoInput::Pue => m.assumptions.colo_pue = v,
        TornadoInput::DiscountRate => m.finance.discount_rate = v,
        TornadoInput::StaffCost => m.assumptions.staff_eur_per_fte = v,
        TornadoInput::CloudPrice => {
            if let Some(i) = crate::catalogue::options::cloud_index(option) {
                m.assumptions.cloud_price_eur_gpu_h[i] = Some(v);
            }
        }
        TornadoInput::ColocationFee => m.assumptions.colo_eur_per_kw_month = v,
        TornadoInput::Maintenance => m.assumptions.maintenance_share = v,
        TornadoInput::ExchangeRate => m.finance.usd_per_eur = v,
    }
    m
}

/// Tornado of `scenario.platform.target`'s NPV: each input moved by ±[`TORNADO_SWING`].
pub fn tornado(scenario: &Scenario, tco_results: &TcoResults) -> Tornado {
    let option = scenario.platform.target;
    let base_npv = tco_results.option(option).npv_eur;
    let mut bars: Vec<TornadoBar> = TornadoInput::ALL
        .iter()
        .filter_map(|&input| {
            let v = current(scenario, input, option)?;
            // Clamped, so that the values shown are the values used.
            let (min, max) = input.range();
            let lo = (v * (1.0 - TORNADO_SWING)).clamp(min, max);
            let hi = (v * (1.0 + TORNADO_SWING)).clamp(min, max);
            let npv_low_input = tco::option_npv(&with_input(scenario, input, option, lo), option);
            let npv_high_input = tco::option_npv(&with_input(scenario, input, option, hi), option);
            Some(TornadoBar {
                input,
                values: (lo, hi),
                npv_low_input,
                npv_high_input,
            })
        })
        .filter(|b| b.swing() > 1e-6 * base_npv.abs().max(1.0))
        .collect();
    bars.sort_by(|a, b| b.swing().total_cmp(&a.swing()));
    Tornado {
        option,
        base_npv,
        bars,
    }
}

/// Size of the best-option map.
pub const MAP_SIZE: usize = 40;
/// Utilisation range of the map (fractions).
pub const MAP_UTILISATION: (f64, f64) = (0.025, 1.0);
/// Electricity price range of the map, euros per kWh (covers the Nordic floor to the Irish peak with
/// room for price shocks).
pub const MAP_ENERGY_PRICE: (f64, f64) = (0.02, 0.50);

/// The cheapest option meeting the required SEAL for each (utilisation, energy price) cell.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BestOptionMap {
    /// Utilisation of each column, fraction.
    pub utilisation: Vec<f64>,
    /// Energy price of each row, euros per kWh.
    pub energy_price: Vec<f64>,
    /// `cells[row * MAP_SIZE + column]`: index in [`DeploymentOption::ALL`] of the cheapest option that
    /// meets the required SEAL, or `None` when no option does.
    pub cells: Vec<Option<u8>>,
    /// Options allowed by the required SEAL.
    pub eligible: [bool; 5],
}

fn linspace((lo, hi): (f64, f64), n: usize) -> Vec<f64> {
    (0..n)
        .map(|i| lo + (hi - lo) * i as f64 / (n - 1) as f64)
        .collect()
}

/// Cheapest eligible option at `(u, p)`.
fn cheapest_at(coeffs: &[NpvCoefficients; 5], eligible: &[bool; 5], u: f64, p: f64) -> Option<u8> {
    let mut best: Option<(u8, f64)> = None;
    for (i, c) in coeffs.iter().enumerate() {
        if !eligible[i] {
            continue;
        }
        let npv = c.npv(u, p);
        if best.is_none_or(|(_, b)| npv < b) {
            best = Some((i as u8, npv));
        }
    }
    best.map(|(i, _)| i)
}

/// The best-option map: exact, since every option's NPV is bilinear in utilisation and energy price.
pub fn best_option_map(tco_results: &TcoResults, sovereignty: &SovereigntyResults) -> BestOptionMap {
    let coeffs = tco_results.options.each_ref().map(|o| o.coefficients);
    let eligible = sovereignty.per_option.each_ref().map(|o| o.meets_requirement);
    let utilisation = linspace(MAP_UTILISATION, MAP_SIZE);
    let energy_price = linspace(MAP_ENERGY_PRICE, MAP_SIZE);
    let mut cells = Vec::with_capacity(MAP_SIZE * MAP_SIZE);
    for &p in &energy_price {
        for &u in &utilisation {
            cells.push(cheapest_at(&coeffs, &eligible, u, p));
        }
    }
    BestOptionMap {
        utilisation,
        energy_price,
        cells,
        eligible,
    }
}

/// Answers to "what would it take" questions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GoalSeek {
    /// Electricity prices (euros per kWh, within the valid range) at which on premises is the cheapest
    /// of all five options at the scenario's utilisation, as `(from, to)`; `None` if at no price.
    pub on_premises_wins_between_eur_kwh: Option<(f64, f64)>,
    /// For each SEAL level 0..=4, the cheapest option (by NPV) reaching at least that SEAL.
    pub cheapest_with_seal_at_least: [Option<DeploymentOption>; 5],
}

/// Interval of `p` where `owned` NPV ≤ every other option's NPV at utilisation `u`.
fn winning_price_interval(
    coeffs: &[NpvCoefficients; 5],
    owned: usize,
    u: f64,
    range: (f64, f64),
) -> Option<(f64, f64)> {
    let (a, c) = {
        let k = &coeffs[owned];
        (k.a + k.b * u, k.c + k.d * u)
    };
    let (mut lo, mut hi) = range;
    for (i, k) in coeffs.iter().enumerate() {
        if i == owned {
            continue;
        }
        let (ak, ck) = (k.a + k.b * u, k.c + k.d * u);
        // a + c·p ≤ ak + ck·p  ⇔  (c − ck)·p ≤ ak − a
        let (slope, room) = (c - ck, ak - a);
        if slope.abs() < 1e-12 {
            if room < 0.0 {
                return None;
            }
        } else if slope > 0.0 {
            hi = hi.min(room / slope);
        } else {
            lo = lo.max(room / slope);
        }
    }
    (lo <= hi).then_some((lo, hi))
}

/// Goal seeks on the current scenario.
pub fn goal_seek(
    scenario: &Scenario,
    tco_results: &TcoResults,
    sovereignty: &SovereigntyResults,
) -> GoalSeek {
    let coeffs = tco_results.options.each_ref().map(|o| o.coefficients);
    let on_premises_wins_between_eur_kwh = winning_price_interval(
        &coeffs,
        DeploymentOption::OnPremises.index(),
        scenario.compute.utilisation,
        crate::ranges::ENERGY_PRICE_EUR_KWH,
    );
    let cheapest_with_seal_at_least = std::array::from_fn(|level| {
        DeploymentOption::ALL
            .iter()
            .filter(|o| sovereignty.option(**o).seal as usize >= level)
            .min_by(|x, y| {
                tco_results
                    .option(**x)
                    .npv_eur
                    .total_cmp(&tco_results.option(**y).npv_eur)
            })
            .copied()
    });
    GoalSeek {
        on_premises_wins_between_eur_kwh,
        cheapest_with_seal_at_least,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::personas::persona_scenario;
    use crate::scenario::Persona;

    fn fx_bar(s: &Scenario) -> Option<TornadoBar> {
        let t = tornado(s, &tco::evaluate(s));
        t.bars.into_iter().find(|b| b.input == TornadoInput::ExchangeRate)
    }

    #[test]
    fn the_exchange_rate_moves_a_dollar_priced_cloud_target() {
        // US public cloud, AWS prices quoted in dollars: fewer dollars per euro make it dearer.
        let s = persona_scenario(Persona::UsStartupInEurope);
        let bar = fx_bar(&s).expect("an exchange-rate bar for a dollar-priced cloud");
        assert!(bar.npv_low_input > bar.npv_high_input);
        // The same target priced by a euro override does not move with the rate.
        let mut euro = s.clone();
        euro.assumptions.cloud_price_eur_gpu_h[2] = Some(7.0);
        assert!(fx_bar(&euro).is_none());
        // The EU sovereign cloud's H100 price is quoted in euros (Scaleway): no bar either.
        let eu = persona_scenario(Persona::HealthDataHost);
        assert!(fx_bar(&eu).is_none());
    }
}
