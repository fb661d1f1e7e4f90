//! Sanity checks against published figures, with the reasoning.
//!
//! Published anchors: SemiAnalysis puts the full cost of owning an H100/H200-class GPU at about
//! 1.4 USD per GPU-hour; analyses of owning against renting put the break-even at a sustained
//! utilisation of roughly 40–70 % (≈ 70 % in the sourced-figures §2.5 row, against neocloud prices).

mod tco_support;

use socle_model::tco::{self, BreakEven};
use socle_model::*;

const SEMIANALYSIS_USD_PER_GPU_HOUR: f64 = 1.4;

/// Cost per useful GPU-hour of the colocated fleet, in US dollars.
fn colo_usd_per_useful_hour(s: &Scenario) -> f64 {
    let r = tco::evaluate(s);
    r.option(DeploymentOption::Colocation)
        .cost_per_useful_gpu_hour_eur
        .unwrap()
        * s.finance.usd_per_eur
}

/// Hyperscaler-like ownership terms: servers depreciated over 6 years (Microsoft, Alphabet and CoreWeave
/// use 6 years, sourced-figures §2.5) on a 6-year horizon, and support bundled in the purchase price
/// (large buyers take 3–5-year support with the servers, so no yearly maintenance contract).
fn hyperscaler_terms() -> Scenario {
    let mut s = tco_support::scenario();
    s.compute.horizon_years = 6;
    s.finance.depreciation_years = 6;
    s.assumptions.maintenance_share = 0.0;
    s.validate().unwrap();
    s
}

#[test]
fn owned_h200_on_hyperscaler_terms_lands_near_the_published_full_cost() {
    // 1,024 H200 in colocation, EU-27 average energy (€0.19/kWh), 85 % utilisation. Per GPU-year:
    // hardware $31.5k ÷ 0.65 × 1.125 = $54.5k = €47.8k, less 20 % resale, over 6 years ≈ €6.4k;
    // colocation €180 × 1.26 kW × 12 ≈ €2.7k; energy 1.26 kW × LF 0.67 × PUE 1.5 × 8,760 h × €0.19 ≈ €2.1k;
    // software €0.5k; staff ≈ €0.26k: ≈ €12.0k ÷ (8,760 h × 0.85) ≈ €1.60 ≈ $1.83 per useful hour.
    let usd = colo_usd_per_useful_hour(&hyperscaler_terms());
    assert!(
        (usd / SEMIANALYSIS_USD_PER_GPU_HOUR - 1.0).abs() <= 0.4,
        "${usd:.2}"
    );
    // The remaining +30 % is European: colocation at €180/kW on nameplate power (≈ $0.42/h) and
    // electricity at €0.19/kWh (≈ $0.32/h) where hyperscale US sites pay about half, and street prices
    // for the GPUs rather than hyperscaler allocations.
    assert!(usd > SEMIANALYSIS_USD_PER_GPU_HOUR, "${usd:.2}");
}

#[test]
fn owned_h200_on_enterprise_defaults_costs_about_twice_the_published_figure() {
    // The catalogue defaults describe a European enterprise, not a hyperscaler: servers refreshed every
    // 4 years and a maintenance contract at 10 % of hardware capex from year 2. Each term is measured
    // by moving it alone from the hyperscaler terms to the default.
    let hyperscale = colo_usd_per_useful_hour(&hyperscaler_terms());
    let default = colo_usd_per_useful_hour(&tco_support::scenario());
    let mut maintained = hyperscaler_terms();
    maintained.assumptions.maintenance_share = 0.10;
    let maintenance = colo_usd_per_useful_hour(&maintained) - hyperscale;
    // Maintenance: 10 % × €47.8k × 5/6 of the years ≈ €4.0k per GPU-year ≈ $0.61 per useful hour.
    assert!((0.5..0.7).contains(&maintenance), "{maintenance:.2}");
    // Together with the shorter life (4 instead of 6 years), the default lands near $2.8: about twice
    // the published hyperscale figure, outside ±40 %. That is the finding, not a fault: the published
    // figure assumes hyperscaler depreciation, bundled support and US power.
    assert!((2.5..3.0).contains(&default), "${default:.2}");
    assert!(default > hyperscale + maintenance);
}

fn break_even(s: &Scenario, cloud: DeploymentOption) -> f64 {
    let r = tco::evaluate(s);
    match r.break_even_between(DeploymentOption::Colocation, cloud).unwrap() {
        BreakEven::At {
            utilisation,
            owned_cheaper_above: true,
        } => utilisation,
        other => panic!("{other:?}"),
    }
}

#[test]
fn owning_beats_on_demand_eu_sovereign_cloud_above_40_to_70_percent() {
    // Against the EU sovereign cloud on demand (the typical EU price: OVHcloud H200 €5.25/GPU-h,
    // Scaleway H100 €3.17/GPU-h), owning in colocation at the enterprise defaults wins above ≈ 43 % (H200)
    // and ≈ 66 % (H100, whose cloud price is lower relative to its purchase price).
    let mut s = tco_support::scenario();
    let h200 = break_even(&s, DeploymentOption::EuSovereignCloud);
    assert!((0.40..=0.70).contains(&h200), "{h200:.3}");
    s.compute.gpu = GpuModel::H100Sxm;
    let h100 = break_even(&s, DeploymentOption::EuSovereignCloud);
    assert!((0.40..=0.70).contains(&h100), "{h100:.3}");
}

#[test]
fn owning_beats_us_public_cloud_on_demand_earlier_because_its_list_prices_are_higher() {
    // US hyperscaler on-demand list prices (AWS H200 €7.42, Azure €11.38 per GPU-h) are 1.4–2.2 times the
    // EU sovereign clouds', so owning wins from ≈ 30 % utilisation: below the published 40–70 % band,
    // which compares with neocloud prices. Against reserved capacity billed 24/7, owning is cheaper at
    // every utilisation (see `tco_formulas::reserved_cloud_billed_24_7_never_breaks_even...`).
    let s = tco_support::scenario();
    let u = break_even(&s, DeploymentOption::UsPublicCloud);
    assert!((0.2..0.4).contains(&u), "{u:.3}");
}
