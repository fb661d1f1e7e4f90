//! Total cost of ownership of the five deployment options.
//!
//! [`evaluate`] turns a valid [`Scenario`] into monthly cash flows over the horizon for every option,
//! reported by year and category, with NPV, cost per useful GPU-hour, power, energy and emissions, the
//! cheapest option and the break-even utilisation between each owned and each cloud option.
//!
//! Conventions (the crate README's "Total cost of ownership" is the complete specification):
//! - the horizon starts when the capacity runs (`months_until_needed` only matters to the constraints);
//!   every option's cash flows stop at the horizon: cloud fees are paid for the months of service inside
//!   it only, as the owned fleet's remaining life is outside it and credited as its end value;
//! - owned fleets are bought at month 0 and refreshed every `depreciation_years` inside the horizon; each
//!   fleet, sold at a refresh or held at the horizon end, is credited at the lower of its straight-line
//!   book value and its market value (`residual_value_share` × its cost), which is the market value;
//! - an on-premises hall is built for the nameplate IT power beyond `site.existing_room_kw`, pays upkeep
//!   and insurance on the whole hall in use, and returns its straight-line book value over a 15-year life
//!   at the horizon end (no liquid resale market for a hall);
//! - cloud energy is embedded in the GPU-hour price: reported (MWh, tCO2 at the provider's PUE) and
//!   flagged, never added;
//! - all money in euros: each default price is kept in the currency it is quoted in and dollar amounts are
//!   divided by `finance.usd_per_eur` (hardware, cloud fees, egress); [`cash_flows`] lists every flow.
//!
//! Sanity against published figures (tested in `tests/tco_sanity.rs`, on the same basis: levelised cost
//! with the cost of capital per GPU-hour of fleet time): 1,024 H200 in colocation at 85 % utilisation and
//! EU-average energy cost ≈ $1.87 per GPU-hour on hyperscaler terms (6-year life, support bundled),
//! against SemiAnalysis's ≈ $1.4 full cost; a hyperscale PUE, a Chicago colocation fee and wholesale power
//! bring it to ≈ $1.65, and the remaining ≈ 17 % is unattributed (GPU street prices, the published
//! figure's cost of capital). At the enterprise defaults (4-year refresh on a 5-year horizon, maintenance
//! 10 %/yr from year 2) ≈ $3.3. Owning beats the EU sovereign cloud on demand above ≈ 54 % (H200) and
//! ≈ 82 % (H100), the US public cloud on demand above ≈ 37 %, and reserved capacity billed 24/7 at any
//! utilisation.

mod break_even;
mod breakdown;
mod cash_flow;
mod coefficients;
mod ledger;
pub(crate) mod plan;
pub mod power;

pub use break_even::{break_even_utilisation, BreakEven};
pub use breakdown::{CostBreakdown, CostCategory};
pub use cash_flow::{cash_flows, cash_flows_csv, CashFlow};
pub use coefficients::{npv_coefficients, NpvCoefficients};
pub use plan::{
    cloud_price_eur_gpu_h, egress_eur_per_tb, energy_price_eur_kwh, gpu_price_usd, hardware_capex_eur,
    option_pue,
};

use crate::catalogue::country;
use crate::catalogue::options::{cloud_offer, CLOUD_OPTIONS, HOURS_PER_MONTH, OWNED_OPTIONS};
use crate::scenario::{DeploymentOption, Scenario};
use ledger::{emit, Discount, FlowSink};
use plan::{Billing, Plan};
use serde::Serialize;

/// Power, energy and emissions of one option.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PowerFigures {
    /// IT power at nameplate, MW (sizes the hall, the colocation contract, the grid connection).
    pub it_mw_nameplate: f64,
    /// Average IT power at the chosen utilisation and workload mix, MW.
    pub it_mw_average: f64,
    /// PUE applied.
    pub pue: f64,
    /// Facility power at nameplate, MW.
    pub facility_mw_peak: f64,
    /// Average facility power, MW.
    pub facility_mw_average: f64,
    /// Energy drawn per year, MWh.
    pub annual_mwh: f64,
    /// Location-based emissions, tonnes CO2e per year.
    pub tco2_per_year: f64,
    /// Grid intensity used, g CO2e per kWh (site country when owned, provider region for cloud).
    pub carbon_g_per_kwh: f64,
    /// True for cloud options: the energy is paid inside the GPU-hour price, not added to the cost.
    pub energy_embedded: bool,
    /// Yearly energy bill, euros; for cloud options the indicative cost embedded in the price (at the
    /// region's default electricity price).
    pub annual_energy_eur: f64,
}

/// The TCO of one option.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionTco {
    /// Which option.
    pub option: DeploymentOption,
    /// Undiscounted cash flows by category for each horizon year (end-of-horizon values and exit egress
    /// are reported in the last year).
    pub yearly: Vec<CostBreakdown>,
    /// Cumulative undiscounted cost at the end of each year, euros.
    pub cumulative_eur: Vec<f64>,
    /// Cumulative discounted cost at the end of each year, euros.
    pub cumulative_discounted_eur: Vec<f64>,
    /// Undiscounted total by category.
    pub total: CostBreakdown,
    /// Discounted total by category (sums to the NPV).
    pub npv_by_category: CostBreakdown,
    /// Undiscounted total cost over the horizon, euros.
    pub total_cost_eur: f64,
    /// Net present value of the costs, euros, at `finance.discount_rate`.
    pub npv_eur: f64,
    /// Total cost ÷ (count × hours × utilisation), euros; `None` when utilisation is 0.
    pub cost_per_useful_gpu_hour_eur: Option<f64>,
    /// NPV ÷ present value of the useful GPU-hours (includes the cost of capital), euros; `None` when
    /// utilisation is 0.
    pub levelised_cost_per_useful_gpu_hour_eur: Option<f64>,
    /// Money committed at the start: capex for owned options, the first term of a reservation (within the
    /// horizon).
    pub upfront_commitment_eur: f64,
    /// Staff, full-time equivalents.
    pub staff_fte: f64,
    /// Power, energy and emissions.
    pub power: PowerFigures,
    /// NPV as a bilinear function of utilisation and energy price.
    pub coefficients: NpvCoefficients,
}

/// The TCO of every option and the comparisons between them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TcoResults {
    /// One entry per option, in [`DeploymentOption::ALL`] order.
    pub options: [OptionTco; 5],
    /// Electricity price applied to owned options, euros per kWh.
    pub energy_price_eur_kwh: f64,
    /// Option with the lowest NPV (the first in display order on a tie).
    pub cheapest: DeploymentOption,
    /// NPV of the second cheapest option minus the cheapest's, euros.
    pub cheapest_margin_eur: f64,
    /// Break-even utilisation, `[owned][cloud]` in the order of `OWNED_OPTIONS` × `CLOUD_OPTIONS`.
    pub break_even: [[BreakEven; 3]; 2],
}

impl TcoResults {
    /// The TCO of one option.
    pub fn option(&self, option: DeploymentOption) -> &OptionTco {
        &self.options[option.index()]
    }

    /// Break-even between an owned and a cloud option; `None` if the pair is not owned × cloud.
    pub fn break_even_between(&self, owned: DeploymentOption, cloud: DeploymentOption) -> Option<BreakEven> {
        let i = OWNED_OPTIONS.iter().position(|o| *o == owned)?;
        let j = CLOUD_OPTIONS.iter().position(|o| *o == cloud)?;
        Some(self.break_even[i][j])
    }
}

/// Evaluates the TCO of the five options for a valid scenario (`scenario.validate()` passed).
pub fn evaluate(scenario: &Scenario) -> TcoResults {
    let discount = Discount::new(scenario.finance.discount_rate);
    let p = energy_price_eur_kwh(scenario);
    let options = DeploymentOption::ALL.map(|o| option_tco(scenario, &Plan::new(scenario, o), &discount, p));
    let (cheapest, cheapest_margin_eur) = cheapest_and_margin(&options);
    let break_even = OWNED_OPTIONS.map(|owned| {
        CLOUD_OPTIONS.map(|cloud| {
            break_even_utilisation(
                &options[owned.index()].coefficients,
                &options[cloud.index()].coefficients,
                p,
            )
        })
    });
    TcoResults {
        options,
        energy_price_eur_kwh: p,
        cheapest,
        cheapest_margin_eur,
        break_even,
    }
}

/// Evaluates the TCO of one option only (what [`evaluate`] reports for it).
pub fn evaluate_option(scenario: &Scenario, option: DeploymentOption) -> OptionTco {
    let discount = Discount::new(scenario.finance.discount_rate);
    option_tco(
        scenario,
        &Plan::new(scenario, option),
        &discount,
        energy_price_eur_kwh(scenario),
    )
}

fn option_tco(scenario: &Scenario, plan: &Plan, discount: &Discount, p: f64) -> OptionTco {
    let u = scenario.compute.utilisation;
    let years = scenario.compute.horizon_years as usize;
    let mut sink = FlowSink::new(discount, years);
    emit(plan, u, p, &mut sink);

    let mut total = CostBreakdown::default();
    let (mut cumulative_eur, mut cumulative_discounted_eur) =
        (Vec::with_capacity(years), Vec::with_capacity(years));
    let (mut running, mut running_pv) = (0.0, 0.0);
    for (year, pv) in sink.yearly.iter().zip(&sink.yearly_discounted) {
        for category in CostCategory::ALL {
            total.add(category, year.get(category));
        }
        running += year.total();
        running_pv += pv;
        cumulative_eur.push(running);
        cumulative_discounted_eur.push(running_pv);
    }
    let total_cost_eur = total.total();
    let npv_eur = sink.npv_by_category.total();
    let useful_hours = plan.gpu_count * HOURS_PER_MONTH * u;
    OptionTco {
        option: plan.option,
        cost_per_useful_gpu_hour_eur: per_hour(total_cost_eur, useful_hours * plan.months as f64),
        levelised_cost_per_useful_gpu_hour_eur: per_hour(
            npv_eur,
            useful_hours * discount.annuity(plan.months),
        ),
        upfront_commitment_eur: upfront_commitment(plan),
        staff_fte: plan.staff_fte,
        power: power_figures(scenario, plan, u, p),
        coefficients: coefficients::plan_coefficients(plan, discount),
        yearly: sink.yearly,
        cumulative_eur,
        cumulative_discounted_eur,
        npv_by_category: sink.npv_by_category,
        total,
        total_cost_eur,
        npv_eur,
    }
}

/// Cost per hour, `None` when there are no useful hours or the ratio is not finite.
fn per_hour(cost: f64, hours: f64) -> Option<f64> {
    let value = cost / hours;
    (hours > 0.0 && value.is_finite()).then_some(value)
}

fn upfront_commitment(plan: &Plan) -> f64 {
    match plan.billing {
        _ if plan.option.is_owned() => plan.hardware_capex + plan.facility_capex,
        Billing::OnDemand => 0.0,
        Billing::Reserved {
            discount,
            term_months,
        } => plan.cloud_full_month * (1.0 - discount) * term_months.min(plan.months) as f64,
    }
}

fn power_figures(scenario: &Scenario, plan: &Plan, u: f64, p: f64) -> PowerFigures {
    let it_kw_average = plan.nameplate_kw * (plan.idle + plan.active * u);
    let facility_kw_average = power::facility_kw(it_kw_average, plan.pue);
    let annual_mwh = power::annual_mwh(facility_kw_average);
    let grid = match cloud_offer(plan.option) {
        Some(offer) => country(offer.region),
        None => country(scenario.site.country),
    };
    let carbon = grid.carbon_g_per_kwh.value;
    let price = if plan.energy_embedded {
        grid.electricity_eur_kwh.value
    } else {
        p
    };
    PowerFigures {
        it_mw_nameplate: plan.nameplate_kw / 1_000.0,
        it_mw_average: it_kw_average / 1_000.0,
        pue: plan.pue,
        facility_mw_peak: power::facility_kw(plan.nameplate_kw, plan.pue) / 1_000.0,
        facility_mw_average: facility_kw_average / 1_000.0,
        annual_mwh,
        tco2_per_year: power::tco2_per_year(annual_mwh, carbon),
        carbon_g_per_kwh: carbon,
        energy_embedded: plan.energy_embedded,
        annual_energy_eur: annual_mwh * 1_000.0 * price,
    }
}

fn cheapest_and_margin(options: &[OptionTco; 5]) -> (DeploymentOption, f64) {
    let mut best = 0;
    for (i, o) in options.iter().enumerate() {
        if o.npv_eur < options[best].npv_eur {
            best = i;
        }
    }
    let second = options
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != best)
        .map(|(_, o)| o.npv_eur)
        .fold(f64::INFINITY, f64::min);
    (options[best].option, second - options[best].npv_eur)
}

/// NPV of one option's costs, euros (what the tornado moves): the NPV [`evaluate_option`] reports, up to
/// the order of summation, computed from the cash flows alone (no yearly ledger, power figures or
/// coefficients), which makes the tornado's twenty re-evaluations about five times cheaper.
pub fn option_npv(scenario: &Scenario, option: DeploymentOption) -> f64 {
    let discount = Discount::new(scenario.finance.discount_rate);
    coefficients::plan_npv(
        &Plan::new(scenario, option),
        &discount,
        scenario.compute.utilisation,
        energy_price_eur_kwh(scenario),
    )
}

/// Present value of the fleet's GPU-hours at full utilisation over the horizon, in hours discounted
/// like the costs. The levelised cost per useful GPU-hour at utilisation `u` is
/// `NPV(u, p) ÷ (u × present_gpu_hours)`, which is how the cost curves are drawn.
pub fn present_gpu_hours(scenario: &Scenario) -> f64 {
    let discount = Discount::new(scenario.finance.discount_rate);
    f64::from(scenario.compute.gpu_count) * HOURS_PER_MONTH * discount.annuity(scenario.horizon_months())
}
