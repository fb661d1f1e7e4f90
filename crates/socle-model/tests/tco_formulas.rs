//! TCO formulas against hand-computed values (the computation is written next to each check).

mod tco_support;

use socle_model::tco::{self, BreakEven};
use socle_model::*;

fn close(actual: f64, expected: f64) {
    let tolerance = 1e-9 * expected.abs().max(1.0);
    assert!((actual - expected).abs() <= tolerance, "{actual} != {expected}");
}

/// 100 H100 SXM, training only, 50 % utilisation, 1 year, no discounting, on-demand cloud.
fn small() -> Scenario {
    let mut s = tco_support::scenario();
    s.compute.gpu = GpuModel::H100Sxm;
    s.compute.gpu_count = 100;
    s.compute.utilisation = 0.5;
    s.compute.mix = WorkloadMix {
        training: 1.0,
        fine_tuning: 0.0,
        inference: 0.0,
    };
    s.compute.horizon_years = 1;
    s.finance.discount_rate = 0.0;
    s.validate().unwrap();
    s
}

#[test]
fn it_power_facility_power_energy_and_emissions() {
    let s = small();
    let colo = tco::evaluate(&s).option(DeploymentOption::Colocation).power;
    // IT nameplate: 100 × 700 W × 1.8 = 126 kW = 0.126 MW.
    close(colo.it_mw_nameplate, 0.126);
    // Load factor: 0.2 + 0.8 × 0.5 × 0.75 = 0.5 → 63 kW average IT.
    close(colo.it_mw_average, 0.063);
    // Colocation PUE 1.5: 189 kW peak, 94.5 kW average facility.
    close(colo.facility_mw_peak, 0.189);
    close(colo.facility_mw_average, 0.0945);
    // 94.5 kW × 8,760 h = 827.82 MWh; × 213 g/kWh (EU-27, Ember 2024) = 176.33 t.
    close(colo.annual_mwh, 827.82);
    close(colo.tco2_per_year, 827.82 * 213.0 / 1_000.0);
    // Energy bill: 827.82 MWh × €190/MWh (EU-27 default €0.19/kWh) = €157,285.80.
    let energy = tco::evaluate(&s)
        .option(DeploymentOption::Colocation)
        .total
        .energy;
    close(energy, 827.82 * 1_000.0 * 0.19);
}

#[test]
fn cloud_energy_is_reported_at_the_provider_pue_but_not_billed() {
    let s = small();
    let r = tco::evaluate(&s);
    let eu = r.option(DeploymentOption::EuSovereignCloud);
    // 63 kW × PUE 1.3 = 81.9 kW × 8,760 h = 717.444 MWh, at France's 44.2 g/kWh.
    assert!(eu.power.energy_embedded);
    close(eu.power.annual_mwh, 717.444);
    close(eu.power.tco2_per_year, 717.444 * 44.2 / 1_000.0);
    assert_eq!(eu.total.energy, 0.0);
}

#[test]
fn capex_includes_server_and_network_uplift() {
    let s = small();
    let colo = tco::evaluate(&s);
    let colo = colo.option(DeploymentOption::Colocation);
    // $27,500 ÷ 0.65 = $42,307.69 server share; × 1.125 network = $47,596.15 per GPU;
    // × 100 GPUs ÷ 1.1403 USD/EUR = €4,174,002.8.
    let expected = 27_500.0 / 0.65 * 1.125 * 100.0 / 1.1403;
    close(colo.yearly[0].hardware, expected);
    close(colo.upfront_commitment_eur, expected);
}

#[test]
fn refresh_inside_the_horizon_and_residual_value() {
    let mut s = small();
    s.compute.horizon_years = 5;
    s.finance.depreciation_years = 2;
    s.finance.residual_value_share = 0.2;
    let r = tco::evaluate(&s);
    let colo = r.option(DeploymentOption::Colocation);
    let capex = 27_500.0 / 0.65 * 1.125 * 100.0 / 1.1403;
    // Purchases at months 0, 24 and 48 (years 0, 2, 4).
    close(colo.yearly[0].hardware, capex);
    close(colo.yearly[2].hardware, capex);
    close(colo.yearly[4].hardware, capex);
    close(colo.total.hardware, 3.0 * capex);
    // Old fleets sold at 20 % at months 24 and 48; the last fleet is 12 of 24 months old at the end:
    // book value 1 − (1 − 0.2) × 12/24 = 0.6 of its price, market value 0.2: the lower, 0.2, is
    // credited. Residual = −(0.2 + 0.2 + 0.2) × capex.
    close(colo.yearly[2].residual, -0.2 * capex);
    close(colo.total.residual, -0.6 * capex);
    // Maintenance (10 %/yr) is paid from the 13th month of each fleet: months 12–23, 36–47 = 24 months.
    close(colo.total.maintenance, 0.10 * capex / 12.0 * 24.0);
}

#[test]
fn facility_is_built_beyond_the_existing_room_and_returns_its_book_value() {
    let mut s = small();
    s.compute.horizon_years = 5;
    s.site.existing_room_kw = 26.0;
    let on_prem = tco::evaluate(&s);
    let on_prem = on_prem.option(DeploymentOption::OnPremises);
    // 126 kW nameplate − 26 kW existing = 100 kW × €10,000 = €1,000,000; book value after 5 of 15
    // years: 2/3. Upkeep and insurance of the whole 126 kW hall: 126 × €10,000 × 3 % = €37,800 a year,
    // €189,000 over 5 years. The hardware (4-year life) is sold at 20 % at month 48 and its replacement,
    // 12 months old at the end (book 0.8 of its price), is credited at its market value, 0.2.
    close(
        on_prem.total.facility,
        1_000_000.0 + 126.0 * 10_000.0 * 0.03 * 5.0,
    );
    let capex = 27_500.0 / 0.65 * 1.125 * 100.0 / 1.1403;
    close(
        on_prem.total.residual,
        -(1_000_000.0 * 2.0 / 3.0) - 0.2 * capex - 0.2 * capex,
    );
}

#[test]
fn staff_of_each_option() {
    let s = small();
    let r = tco::evaluate(&s);
    // Colocation: 100 GPUs / 375 = 0.27 FTE, below the on-call floor, pro rata to the 256 GPUs that
    // need the whole 2.5-FTE team: 2.5 × 100/256 = 0.9766 FTE × €100k = €97,656.25.
    close(
        r.option(DeploymentOption::Colocation).total.staff,
        2.5 * 100.0 / 256.0 * 100_000.0,
    );
    // On premises adds facility staff: 126 kW × PUE 1.8 = 0.2268 MW × 8 FTE/MW = 1.8144 FTE.
    close(
        r.option(DeploymentOption::OnPremises).staff_fte,
        2.5 * 100.0 / 256.0 + 1.8144,
    );
    // Cloud: a quarter of 0.27 FTE, at least 0.5 FTE → €50,000.
    close(r.option(DeploymentOption::UsPublicCloud).total.staff, 50_000.0);
}

#[test]
fn reserved_cloud_is_billed_around_the_clock_and_on_demand_on_use() {
    let mut s = small();
    s.assumptions.cloud_price_eur_gpu_h = [Some(3.0), None, None];
    let eu = |s: &Scenario| {
        tco::evaluate(s)
            .option(DeploymentOption::EuSovereignCloud)
            .total
            .cloud_fees
    };
    // On demand: €3 × 100 GPUs × 8,760 h × 50 % = €1,314,000.
    close(eu(&s), 1_314_000.0);
    // One-year reservation, 20 % off, 24/7: €3 × 0.8 × 100 × 8,760 = €2,102,400.
    s.platform.commitment = Commitment::OneYear;
    close(eu(&s), 2_102_400.0);
    // Three-year reservation, 35 % off, on a 1-year horizon: only the 12 months of service inside the
    // horizon are counted, €3 × 0.65 × 100 × 730 h × 12 months = €1,708,200; the 24 months past it buy
    // service outside the comparison.
    s.platform.commitment = Commitment::ThreeYear;
    close(eu(&s), 1_708_200.0);
}

#[test]
fn npv_discounts_monthly_flows_at_the_end_of_each_month() {
    let mut s = small();
    s.finance.discount_rate = 0.08;
    s.platform.commitment = Commitment::OneYear;
    s.assumptions.cloud_price_eur_gpu_h = [Some(3.0), None, None];
    let r = tco::evaluate(&s);
    let eu = r.option(DeploymentOption::EuSovereignCloud);
    // Monthly flow: fees €2,102,400 / 12 = €175,200 + staff €50,000 / 12 = €4,166.67.
    // Paid at the end of months 1..12: Σ v^t with v = 1.08^(−1/12) = v (1 − v¹²) / (1 − v),
    // and v¹² = 1/1.08.
    let v = 1.08f64.powf(-1.0 / 12.0);
    let annuity = v * (1.0 - 1.0 / 1.08) / (1.0 - v);
    close(eu.npv_eur, (175_200.0 + 50_000.0 / 12.0) * annuity);
    // Undiscounted, the same flows sum to the total.
    close(eu.total_cost_eur, 2_102_400.0 + 50_000.0);
}

#[test]
fn residual_value_is_discounted_from_the_horizon_end() {
    let mut s = small();
    s.compute.horizon_years = 3;
    s.finance.discount_rate = 0.1;
    let r = tco::evaluate(&s);
    let colo = r.option(DeploymentOption::Colocation);
    // Book value after 36 of 48 months: 1 − 0.8 × 0.75 = 0.4 of the price; market value 0.2; the lower,
    // 0.2, is received at year 3: present value × 1.1^(−3).
    let capex = 27_500.0 / 0.65 * 1.125 * 100.0 / 1.1403;
    close(colo.npv_by_category.residual, -0.2 * capex / 1.1f64.powi(3));
    close(colo.npv_by_category.hardware, capex);
}

#[test]
fn cost_per_useful_gpu_hour() {
    let mut s = small();
    s.assumptions.cloud_price_eur_gpu_h = [Some(3.0), None, None];
    let r = tco::evaluate(&s);
    // (€1,314,000 fees + €50,000 staff) / (100 GPUs × 8,760 h × 0.5) = €1,364,000 / 438,000 h.
    let eu = r.option(DeploymentOption::EuSovereignCloud);
    close(eu.cost_per_useful_gpu_hour_eur.unwrap(), 1_364_000.0 / 438_000.0);
    // Without discounting the levelised cost is the same.
    close(
        eu.levelised_cost_per_useful_gpu_hour_eur.unwrap(),
        1_364_000.0 / 438_000.0,
    );
}

#[test]
fn idle_fleet_has_no_cost_per_useful_hour() {
    let mut s = small();
    s.compute.utilisation = 0.0;
    for option in tco::evaluate(&s).options {
        assert_eq!(option.cost_per_useful_gpu_hour_eur, None);
        assert_eq!(option.levelised_cost_per_useful_gpu_hour_eur, None);
        assert!(option.npv_eur.is_finite());
    }
}

#[test]
fn break_even_utilisation_is_where_the_npvs_are_equal() {
    let s = tco_support::scenario();
    let r = tco::evaluate(&s);
    for owned in [DeploymentOption::OnPremises, DeploymentOption::Colocation] {
        for cloud in [
            DeploymentOption::EuSovereignCloud,
            DeploymentOption::UsSovereignOffer,
            DeploymentOption::UsPublicCloud,
        ] {
            let BreakEven::At {
                utilisation,
                owned_cheaper_above,
            } = r.break_even_between(owned, cloud).unwrap()
            else {
                panic!("no break-even between {owned:?} and {cloud:?}");
            };
            let mut at = s.clone();
            at.compute.utilisation = utilisation;
            let at = tco::evaluate(&at);
            close(at.option(owned).npv_eur, at.option(cloud).npv_eur);
            // Owning wins above it against on-demand cloud.
            assert!(owned_cheaper_above);
            let mut above = s.clone();
            above.compute.utilisation = (utilisation + 0.05).min(1.0);
            let above = tco::evaluate(&above);
            assert!(above.option(owned).npv_eur < above.option(cloud).npv_eur);
        }
    }
}

#[test]
fn reserved_cloud_billed_24_7_never_breaks_even_with_a_cheaper_owned_fleet() {
    // Against a 3-year reservation both costs are fixed except owned energy: H200 at €7.42 × 0.44 =
    // €3.26/GPU-h around the clock (€28.6k per GPU-year) is above the owned fleet's ≈ €18k at any use.
    let mut s = tco_support::scenario();
    s.platform.commitment = Commitment::ThreeYear;
    s.compute.horizon_years = 3;
    let r = tco::evaluate(&s);
    let be = r
        .break_even_between(DeploymentOption::Colocation, DeploymentOption::UsPublicCloud)
        .unwrap();
    assert_eq!(be, BreakEven::OwnedAlwaysCheaper);
    assert_eq!(be.utilisation(), None);
}

#[test]
fn cheapest_option_and_margin() {
    let s = tco_support::scenario();
    let r = tco::evaluate(&s);
    let mut npvs: Vec<(f64, DeploymentOption)> = r.options.iter().map(|o| (o.npv_eur, o.option)).collect();
    npvs.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert_eq!(r.cheapest, npvs[0].1);
    close(r.cheapest_margin_eur, npvs[1].0 - npvs[0].0);
}

#[test]
fn exit_egress_is_charged_only_before_the_data_act_ban() {
    let mut s = small();
    s.start = StartMonth { year: 2025, month: 1 };
    s.migration.data_volume_tb = 100.0;
    // Leaving in January 2026, before 12 January 2027: 100 TB × $90/TB ÷ 1.1403 on the US public cloud.
    let r = tco::evaluate(&s);
    close(
        r.option(DeploymentOption::UsPublicCloud).total.egress,
        9_000.0 / 1.1403,
    );
    assert_eq!(r.option(DeploymentOption::EuSovereignCloud).total.egress, 0.0);
    // Starting in February 2026, the exit in February 2027 is free.
    s.start = StartMonth { year: 2026, month: 2 };
    assert_eq!(
        tco::evaluate(&s)
            .option(DeploymentOption::UsPublicCloud)
            .total
            .egress,
        0.0
    );
}

#[test]
fn yearly_flows_add_up_to_the_curves_and_totals() {
    let s = tco_support::scenario();
    for o in tco::evaluate(&s).options {
        assert_eq!(o.yearly.len(), 5);
        close(*o.cumulative_eur.last().unwrap(), o.total_cost_eur);
        close(*o.cumulative_discounted_eur.last().unwrap(), o.npv_eur);
        close(o.npv_by_category.total(), o.npv_eur);
    }
}
