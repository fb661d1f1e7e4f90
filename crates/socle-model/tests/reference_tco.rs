//! The model's total cost of ownership against an independent reference calculation.
//!
//! `reference/mod.rs` rebuilds each option's yearly cash-flow table from the formulas of the README and
//! the economic treatments it states (cash flows stop at the horizon, prices converted at the
//! scenario's exchange rate, owned hardware credited at the lower of book and market value, facility
//! upkeep on premises, software licences), reading only the scenario and the catalogue's defaults.
//! Each NPV must agree with `evaluate` within 0.5 %; a failure names the categories that part, the
//! first year where they do, and prints the whole table.

mod reference;

use proptest::prelude::*;
use reference::{compare, table, CashFlowTable, Column, Comparison};
use socle_model::{
    evaluate, persona_scenario, Commitment, Country, DeploymentOption, GpuModel, Persona, Scenario,
    StartMonth, WorkloadMix,
};

/// Largest relative NPV gap accepted between the reference and the model.
const TOLERANCE: f64 = 0.005;

fn report(label: &str, t: &CashFlowTable, c: &Comparison) -> String {
    format!(
        "{label}, {}: reference NPV {:.0} vs model NPV {:.0} ({:+.3} %)\ncategories that disagree:\n  {}\n{t}",
        t.option.id(),
        c.reference,
        c.model,
        100.0 * c.gap(),
        c.disagreements.join("\n  "),
    )
}

/// Every option of the scenario against the model, each within [`TOLERANCE`]: the NPV, the undiscounted
/// total, the cost and levelised cost per useful GPU-hour, and the cumulative discounted cost at the end
/// of each year (relative to the NPV).
fn check_npvs(label: &str, s: &Scenario) -> Result<(), String> {
    let results = evaluate(s).map_err(|e| format!("{label}: invalid scenario {e:?}"))?;
    let mut failures = Vec::new();
    for option in DeploymentOption::ALL {
        let t = table(s, option);
        let model = results.tco.option(option);
        let c = compare(&t, model, TOLERANCE / 5.0);
        if c.gap().abs() > TOLERANCE {
            failures.push(report(label, &t, &c));
            continue;
        }
        // Undiscounted total and the two costs per useful GPU-hour.
        let ours = reference::costs_per_useful_gpu_hour(s, &t);
        let theirs = model
            .cost_per_useful_gpu_hour_eur
            .zip(model.levelised_cost_per_useful_gpu_hour_eur);
        let near = |a: f64, b: f64| (a - b).abs() <= TOLERANCE * b.abs().max(1e-9);
        let per_hour_agrees = match (ours, theirs) {
            (Some((a, b)), Some((c, d))) => near(a, c) && near(b, d),
            (None, None) => true,
            _ => false,
        };
        if !near(t.total(), model.total_cost_eur) || !per_hour_agrees {
            failures.push(format!(
                "{label}, {}: undiscounted total reference {:.0} vs model {:.0}; (cost, levelised cost) \
                 per useful GPU-hour reference {ours:?} vs model {theirs:?}\n{t}",
                option.id(),
                t.total(),
                model.total_cost_eur,
            ));
            continue;
        }
        // The model's cumulative discounted cost, year by year, against the table's running sum.
        let mut cumulative = 0.0;
        for (y, row) in t.years.iter().enumerate() {
            cumulative += row.discounted.iter().sum::<f64>();
            let theirs = model.cumulative_discounted_eur[y];
            if (cumulative - theirs).abs() > TOLERANCE * c.model.abs().max(1.0) {
                failures.push(format!(
                    "{label}, {}: cumulative discounted cost at the end of year {}: reference {cumulative:.0} \
                     vs model {theirs:.0}\n{t}",
                    option.id(),
                    y + 1
                ));
                break;
            }
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n"))
    }
}

/// Categories that the corrected treatments leave as they were: hardware and its refresh, energy,
/// maintenance and colocation, each within [`TOLERANCE`] of the option's NPV.
fn check_unchanged_categories(label: &str, s: &Scenario) -> Result<(), String> {
    let results = evaluate(s).map_err(|e| format!("{label}: invalid scenario {e:?}"))?;
    let mut failures = Vec::new();
    for option in DeploymentOption::ALL {
        let t = table(s, option);
        let c = compare(&t, results.tco.option(option), TOLERANCE);
        let parted: Vec<&String> = c
            .disagreements
            .iter()
            .filter(|d| {
                [
                    Column::Hardware,
                    Column::Energy,
                    Column::Maintenance,
                    Column::Colocation,
                ]
                .iter()
                .any(|col| d.starts_with(&format!("{}:", col.label())))
            })
            .collect();
        if !parted.is_empty() {
            failures.push(format!(
                "{label}, {}:\n  {}\n{t}",
                option.id(),
                parted.iter().map(|d| d.as_str()).collect::<Vec<_>>().join("\n  ")
            ));
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n"))
    }
}

#[test]
fn every_persona_and_option_matches_the_reference_npv() {
    let failures: Vec<String> = Persona::PRESETS
        .iter()
        .filter_map(|&p| check_npvs(&format!("{p:?}"), &persona_scenario(p)).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_persona_matches_the_reference_on_hardware_energy_maintenance_and_colocation() {
    let failures: Vec<String> = Persona::PRESETS
        .iter()
        .filter_map(|&p| check_unchanged_categories(&format!("{p:?}"), &persona_scenario(p)).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The reference's own arithmetic, redone by hand: one year of on-demand cloud for 8 GPUs, where the
/// discounted fees are a flat monthly amount times the sum of twelve end-of-month factors.
#[test]
fn reference_discounts_each_month_at_its_end() {
    let mut s = persona_scenario(Persona::AiStartup);
    s.compute.gpu_count = 8;
    s.compute.horizon_years = 1;
    s.compute.utilisation = 0.5;
    s.platform.commitment = Commitment::OnDemand;
    s.assumptions.cloud_price_eur_gpu_h = [Some(3.0), None, None];
    s.finance.discount_rate = 0.10;
    let t = table(&s, DeploymentOption::EuSovereignCloud);
    // 3 €/GPU-h × 8 GPUs × 730 h × 50 % = 8,760 € a month, paid at the end of months 1 … 12.
    let monthly = 3.0 * 8.0 * 730.0 * 0.5;
    let factor: f64 = (1..=12).map(|k| 1.1_f64.powf(-f64::from(k) / 12.0)).sum();
    assert!(
        (t.npv_of(Column::CloudFees) - monthly * factor).abs() < 1e-6,
        "{t}"
    );
    assert!(
        (t.nominal(0, Column::CloudFees) - 12.0 * monthly).abs() < 1e-6,
        "{t}"
    );
    // Staff: half an engineer (the cloud minimum) at the loaded cost, same factors.
    let staff = 0.5 * s.assumptions.staff_eur_per_fte / 12.0 * factor;
    assert!((t.npv_of(Column::Staff) - staff).abs() < 1e-6, "{t}");
    assert!((t.npv() - (monthly + 0.5 * s.assumptions.staff_eur_per_fte / 12.0) * factor).abs() < 1e-6);
}

/// Owned hardware bought at month 0 (undiscounted), refreshed at the end of the depreciation period,
/// the retired fleet sold and the fleet in service credited at the horizon: never above the resale
/// share of its cost.
#[test]
fn reference_end_value_never_exceeds_the_resale_share_of_cost() {
    let mut s = persona_scenario(Persona::EnergyIndustrial);
    s.compute.horizon_years = 6;
    s.finance.depreciation_years = 4;
    let t = table(&s, DeploymentOption::Colocation);
    let capex = reference::fleet_capex(&s);
    assert!(
        (t.nominal(0, Column::Hardware) - capex).abs() < 1e-6 * capex,
        "{t}"
    );
    // Refresh at month 48 (start of year 5), undiscounted at t = 48 months.
    assert!(
        (t.nominal(4, Column::Refresh) - capex).abs() < 1e-6 * capex,
        "{t}"
    );
    let share = s.finance.residual_value_share;
    assert!(
        (t.nominal(4, Column::EndValue) + share * capex).abs() < 1e-6 * capex,
        "{t}"
    );
    // The second fleet, two years old at the horizon, is still credited at the market value only.
    assert!(
        (t.nominal(5, Column::EndValue) + share * capex).abs() < 1e-6 * capex,
        "{t}"
    );
    assert_eq!(t.nominal(5, Column::Refresh), 0.0, "{t}");
}

/// Exit egress, category by category, for a scenario that starts on `start` and runs `years`.
fn egress_gap(start: StartMonth, years: u32) -> Result<(), String> {
    let mut s = persona_scenario(Persona::Custom);
    s.start = start;
    s.compute.horizon_years = years;
    s.migration.data_volume_tb = 1_000.0;
    let results = evaluate(&s).map_err(|e| format!("{e:?}"))?;
    for option in [
        DeploymentOption::UsSovereignOffer,
        DeploymentOption::UsPublicCloud,
    ] {
        let t = table(&s, option);
        let model = results.tco.option(option).npv_by_category.egress;
        let ours = t.npv_of(Column::Egress);
        if (ours - model).abs() > 1e-6 * ours.abs().max(1.0) {
            return Err(format!(
                "start {}-{:02}, {years} years, {}: exit egress NPV reference {ours:.0} vs model {model:.0}\n{t}",
                start.year,
                start.month,
                option.id()
            ));
        }
    }
    Ok(())
}

/// An exit dated before 12 January 2027 pays its egress at the horizon; a later one pays none.
#[test]
fn exit_egress_follows_the_data_act_date() {
    let cases = [
        (StartMonth { year: 2024, month: 6 }, 2), // exit 1 June 2026: before the ban, egress paid
        (StartMonth { year: 2025, month: 3 }, 1), // exit 1 March 2026: paid
        (StartMonth { year: 2026, month: 2 }, 1), // exit 1 February 2027: after the ban, nothing
        (
            StartMonth {
                year: 2026,
                month: 12,
            },
            5,
        ), // the presets' start: nothing
    ];
    for (start, years) in cases {
        let s = {
            let mut s = persona_scenario(Persona::Custom);
            s.start = start;
            s.compute.horizon_years = years;
            s
        };
        let before_ban = (s.horizon_months() as i32) < s.start.months_until(2027, 1);
        let t = table(&s, DeploymentOption::UsPublicCloud);
        assert_eq!(t.npv_of(Column::Egress) > 0.0, before_ban, "{t}");
        if let Err(e) = egress_gap(start, years) {
            panic!("{e}");
        }
    }
}

/// The one boundary month: a horizon ending on 31 December 2026 exits on 1 January 2027, eleven days
/// before the ban on switching charges, so the egress is still due.
#[test]
fn exit_on_the_first_of_january_2027_still_pays_egress() {
    let start = StartMonth { year: 2026, month: 1 };
    let mut s = persona_scenario(Persona::Custom);
    s.start = start;
    s.compute.horizon_years = 1;
    assert!(reference::exit_pays_egress(&s));
    if let Err(e) = egress_gap(start, 1) {
        panic!("{e}");
    }
}

// ---------------------------------------------------------------------------------------------------
// Generated scenarios.

fn gpu_count() -> impl Strategy<Value = u32> {
    prop_oneof![1u32..=64, 65u32..=1_000, 1_001u32..=12_000, 12_001u32..=100_000]
}

fn opt_price(range: std::ops::RangeInclusive<f64>) -> impl Strategy<Value = Option<f64>> {
    prop_oneof![Just(None), range.prop_map(Some)]
}

prop_compose! {
    fn scenario()(
        (gpu, n, utilisation, horizon, mix) in (
            prop::sample::select(GpuModel::ALL.to_vec()),
            gpu_count(),
            0.0..=1.0f64,
            1u32..=10,
            (0.0..=1.0f64, 0.0..=1.0f64),
        ),
        (country, energy, pue, colo_pue, room) in (
            prop::sample::select(Country::ALL.to_vec()),
            opt_price(0.01..=1.0),
            1.0..=3.0f64,
            1.0..=3.0f64,
            prop_oneof![Just(0.0), 0.0..=20_000.0f64],
        ),
        (rate, depreciation, residual, usd, commitment, target) in (
            0.0..=0.30f64,
            2u32..=8,
            0.0..=0.6f64,
            0.7..=1.6f64,
            prop::sample::select(vec![Commitment::OnDemand, Commitment::OneYear, Commitment::ThreeYear]),
            prop::sample::select(DeploymentOption::ALL.to_vec()),
        ),
        (gpu_price, clouds, colo_fee, facility, staff, maintenance, software) in (
            opt_price(1_000.0..=200_000.0),
            [opt_price(0.1..=100.0), opt_price(0.1..=100.0), opt_price(0.1..=100.0)],
            20.0..=1_000.0f64,
            0.0..=40_000.0f64,
            20_000.0..=400_000.0f64,
            0.0..=0.3f64,
            0.0..=20_000.0f64,
        ),
        (start_year, start_month, data_tb) in (2024u16..=2030, 1u8..=12, 0.0..=100_000.0f64),
    ) -> Scenario {
        let mut s = persona_scenario(Persona::Custom);
        s.start = StartMonth { year: start_year, month: start_month };
        s.compute.gpu = gpu;
        s.compute.gpu_count = n;
        s.compute.utilisation = utilisation;
        s.compute.horizon_years = horizon;
        let (a, b) = mix;
        let training = a * 0.999;
        let fine_tuning = (1.0 - training) * b;
        s.compute.mix = WorkloadMix { training, fine_tuning, inference: 1.0 - training - fine_tuning };
        s.site.country = country;
        s.site.energy_price_override_eur_kwh = energy;
        s.site.pue = pue;
        s.site.existing_room_kw = room;
        s.finance.discount_rate = rate;
        s.finance.depreciation_years = depreciation;
        s.finance.residual_value_share = residual;
        s.finance.usd_per_eur = usd;
        s.platform.commitment = commitment;
        s.platform.target = target;
        s.migration.data_volume_tb = data_tb;
        s.assumptions.gpu_price_usd = gpu_price;
        s.assumptions.cloud_price_eur_gpu_h = clouds;
        s.assumptions.colo_eur_per_kw_month = colo_fee;
        s.assumptions.colo_pue = colo_pue;
        s.assumptions.facility_capex_eur_per_kw = facility;
        s.assumptions.staff_eur_per_fte = staff;
        s.assumptions.maintenance_share = maintenance;
        s.assumptions.software_eur_per_gpu_year = software;
        // The Monte Carlo plays no part in the TCO: the fewest paths keep the cases fast.
        s.assumptions.monte_carlo_paths = 1_000;
        s
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The one-month Data Act boundary (an exit on 1 January 2027) is left to its own test above.
    #[test]
    fn generated_scenarios_match_the_reference_npv(
        s in scenario().prop_filter("exit on 1 January 2027", |s| {
            s.horizon_months() as i32 != s.start.months_until(2027, 1)
        })
    ) {
        prop_assert_eq!(s.validate(), Ok(()));
        if let Err(e) = check_npvs("generated scenario", &s) {
            return Err(TestCaseError::fail(format!("{e}\nscenario: {s:?}")));
        }
    }

    #[test]
    fn generated_scenarios_match_the_reference_on_unchanged_categories(s in scenario()) {
        prop_assert_eq!(s.validate(), Ok(()));
        if let Err(e) = check_unchanged_categories("generated scenario", &s) {
            return Err(TestCaseError::fail(format!("{e}\nscenario: {s:?}")));
        }
    }
}
