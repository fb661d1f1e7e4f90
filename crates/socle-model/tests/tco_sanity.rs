//! Sanity checks against published figures, on the same basis, with the reasoning.
//!
//! Published anchors: SemiAnalysis puts the full cost of owning an H100/H200-class GPU, capital charged at
//! a cost of capital, at about 1.4 USD per GPU-hour of fleet time (the basis of a rental price: every hour
//! the GPU is available, busy or not); analyses of owning against renting put the break-even at a
//! sustained utilisation of roughly 40–70 % (≈ 70 % in the sourced-figures §2.5 row, against neocloud
//! prices).
//!
//! Like with like: the model's figure compared with it is the **levelised** cost, NPV ÷ present value of
//! the fleet's GPU-hours (`tco::present_gpu_hours`), which charges the cost of capital as the published
//! figure does. The undiscounted cost per useful GPU-hour is a different quantity (no cost of capital,
//! divided by busy hours only) and is not compared.

mod tco_support;

use socle_model::tco::{self, BreakEven};
use socle_model::*;

const SEMIANALYSIS_USD_PER_GPU_HOUR: f64 = 1.4;

/// Levelised cost of the colocated fleet per GPU-hour of fleet time, in US dollars: NPV ÷ present value of
/// all GPU-hours, including the cost of capital at `finance.discount_rate`.
fn colo_levelised_usd(s: &Scenario) -> f64 {
    let npv = tco::evaluate(s).option(DeploymentOption::Colocation).npv_eur;
    npv / tco::present_gpu_hours(s) * s.finance.usd_per_eur
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
fn levelised_h200_on_hyperscaler_terms_reconciles_with_the_published_full_cost() {
    // 1,024 H200 in colocation, EU-27 average energy (€0.19/kWh), 85 % utilisation, 8 % cost of capital,
    // hyperscaler terms: ≈ $1.87 per GPU-hour, 33 % above $1.4.
    let mut s = hyperscaler_terms();
    let start = colo_levelised_usd(&s);
    assert!((1.80..1.95).contains(&start), "${start:.3}");
    // Three named European inputs, each moved to a hyperscale US value from the reference:
    // PUE 1.5 (colocation default) → 1.15 (hyperscale, Uptime 2025): ≈ −$0.07.
    s.assumptions.colo_pue = 1.15;
    let pue = colo_levelised_usd(&s);
    assert!((0.04..0.10).contains(&(start - pue)), "{:.3}", start - pue);
    // Colocation €180/kW/month (FLAP-D) → $160 (CBRE, Chicago, the low end of the global range): ≈ −$0.08.
    s.assumptions.colo_eur_per_kw_month = 160.0 / s.finance.usd_per_eur;
    let colo = colo_levelised_usd(&s);
    assert!((0.05..0.11).contains(&(pue - colo)), "{:.3}", pue - colo);
    // Electricity €0.19/kWh (EU-27 average) → €0.12/kWh (the low end of the Frankfurt wholesale
    // pass-through): ≈ −$0.08.
    s.site.energy_price_override_eur_kwh = Some(0.12);
    let energy = colo_levelised_usd(&s);
    assert!((0.05..0.11).contains(&(colo - energy)), "{:.3}", colo - energy);
    // What remains, ≈ +17 %, is not attributed to a sourced input: street prices for the GPUs ($28–35k
    // for an H200; a hyperscaler's allocation price is not published) and the published figure's own
    // cost of capital. The band is the honest tolerance: it fails if the residual grows or turns negative.
    let residual = energy / SEMIANALYSIS_USD_PER_GPU_HOUR - 1.0;
    assert!((0.10..0.25).contains(&residual), "{residual:.3}");
}

#[test]
fn levelised_h200_on_enterprise_defaults_costs_more_than_twice_the_published_figure() {
    // The catalogue defaults describe a European enterprise: servers refreshed every 4 years, so on the
    // 5-year horizon a second fleet is bought at month 48 and credited at its 20 % market value 12 months
    // later, and a maintenance contract at 10 % of hardware capex from year 2.
    let default = colo_levelised_usd(&tco_support::scenario());
    assert!((3.0..3.5).contains(&default), "${default:.3}");
    // The second fleet alone: the same defaults on a 4-year horizon cost ≈ $2.72.
    let mut four = tco_support::scenario();
    four.compute.horizon_years = 4;
    let four = colo_levelised_usd(&four);
    assert!((2.5..2.9).contains(&four), "${four:.3}");
    assert!(default - four > 0.4, "{:.3}", default - four);
    // Maintenance alone, from the hyperscaler terms: 10 % × €47.8k × 5/6 of the years ≈ $0.5–0.8 an hour.
    let hyperscale = colo_levelised_usd(&hyperscaler_terms());
    let mut maintained = hyperscaler_terms();
    maintained.assumptions.maintenance_share = 0.10;
    let maintenance = colo_levelised_usd(&maintained) - hyperscale;
    assert!((0.4..0.8).contains(&maintenance), "{maintenance:.3}");
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
fn owning_h200_beats_on_demand_eu_sovereign_cloud_inside_the_published_band() {
    // Against the EU sovereign cloud on demand (OVHcloud H200 €5.25/GPU-h), owning in colocation at the
    // enterprise defaults wins above ≈ 54 % on the 5-year horizon, ≈ 44 % on a 4-year one (no second fleet).
    let mut s = tco_support::scenario();
    let h200 = break_even(&s, DeploymentOption::EuSovereignCloud);
    assert!((0.40..=0.70).contains(&h200), "{h200:.3}");
    s.compute.horizon_years = 4;
    let four = break_even(&s, DeploymentOption::EuSovereignCloud);
    assert!((0.40..=0.70).contains(&four) && four < h200, "{four:.3}");
}

#[test]
fn owning_h100_against_scaleway_breaks_even_above_the_band_on_five_years() {
    // Scaleway's H100 at €3.17/GPU-h is cheap relative to the H100's purchase price: owning wins only above
    // ≈ 82 % on the 5-year horizon (above the published 40–70 %, which assumes no mid-horizon refresh) and
    // above ≈ 67 % on a 4-year horizon, inside it.
    let mut s = tco_support::scenario();
    s.compute.gpu = GpuModel::H100Sxm;
    let five = break_even(&s, DeploymentOption::EuSovereignCloud);
    assert!((0.70..0.90).contains(&five), "{five:.3}");
    s.compute.horizon_years = 4;
    let four = break_even(&s, DeploymentOption::EuSovereignCloud);
    assert!((0.40..=0.70).contains(&four), "{four:.3}");
}

#[test]
fn owning_beats_us_public_cloud_on_demand_earlier_because_its_list_prices_are_higher() {
    // US hyperscaler on-demand list prices (AWS H200 $8.47 ≈ €7.42 per GPU-h) are 1.4–2.2 times the EU
    // sovereign clouds', so owning wins from ≈ 37 % utilisation: at the bottom of the published 40–70 %
    // band, which compares with neocloud prices. Against reserved capacity billed 24/7, owning is cheaper
    // at every utilisation (see `tco_formulas::reserved_cloud_billed_24_7_never_breaks_even...`).
    let s = tco_support::scenario();
    let u = break_even(&s, DeploymentOption::UsPublicCloud);
    assert!((0.3..0.45).contains(&u), "{u:.3}");
}
