//! Native benchmark of the migration model: median time of `migration::evaluate` over 200 runs
//! (both strategies, 10,000 Monte Carlo paths each) on a large progressive programme (12 waves).
//!
//! Run with `cargo run --release -p socle-model --example bench_migration`.
//! Pass `--print` to also print the results as JSON.

use socle_model::migration::{evaluate, MigrationInputs};
use socle_model::*;
use std::time::Instant;

fn scenario() -> Scenario {
    Scenario {
        persona: Persona::Custom,
        start: StartMonth { year: 2026, month: 3 },
        organisation: Organisation {
            sensitivity: DataSensitivity::RegulatedHealth,
            annual_it_budget_eur: 200.0e6,
            us_parent: false,
            regulation: socle_model::Regulation::None,
        },
        compute: Compute {
            gpu: GpuModel::H200,
            gpu_count: 512,
            utilisation: 0.7,
            mix: WorkloadMix {
                training: 0.3,
                fine_tuning: 0.2,
                inference: 0.5,
            },
            horizon_years: 10,
            months_until_needed: 6,
        },
        site: Site {
            country: Country::De,
            energy_price_override_eur_kwh: None,
            pue: 1.4,
            grid_capacity_mw: 10.0,
            existing_room_kw: 0.0,
        },
        finance: Finance {
            discount_rate: 0.08,
            depreciation_years: 4,
            residual_value_share: 0.3,
            usd_per_eur: 1.14,
        },
        platform: Platform {
            target: DeploymentOption::EuSovereignCloud,
            provider_hq: ProviderHq::Eu,
            key_management: KeyManagement::CustomerHeld,
            commitment: Commitment::ThreeYear,
        },
        migration: Migration {
            hyperscaler_share: 0.7,
            workloads: 60,
            new_workloads_per_year: 10,
            proprietary_share: 0.4,
            strategy: Strategy::Progressive,
            waves_per_year: 4.0,
            cutover_month: 18,
            data_volume_tb: 800.0,
        },
        assumptions: Assumptions {
            gpu_price_usd: None,
            cloud_price_eur_gpu_h: [None; 3],
            colo_eur_per_kw_month: 180.0,
            colo_pue: 1.4,
            facility_capex_eur_per_kw: 10_000.0,
            staff_eur_per_fte: 100_000.0,
            maintenance_share: 0.1,
            software_eur_per_gpu_year: 0.0,
            weight_profile: WeightProfile::Oct2025,
            sovereignty_weights: [15.0, 10.0, 10.0, 15.0, 20.0, 15.0, 10.0, 5.0],
            answer_overrides: Vec::new(),
            monte_carlo_paths: 10_000,
            seed: 2026,
        },
    }
}

fn main() {
    let scenario = scenario();
    let inputs = MigrationInputs {
        legacy_eur_per_month: 30.0e6 / 12.0,
        target_eur_per_month: 18.0e6 / 12.0,
        legacy_sovereignty: (30.0, 1),
        other_sovereignty: (70.0, 3),
        target_sovereignty: (80.0, 3),
        egress_eur_per_tb: 79.0,
    };
    let results = evaluate(&scenario, &inputs); // warm-up (builds the overrun tables once)
    let mut times: Vec<f64> = (0..200)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(evaluate(std::hint::black_box(&scenario), &inputs));
            t.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!(
        "migration::evaluate, 2 × {} paths, {} progressive waves: median {:.0} µs (p10 {:.0}, p90 {:.0})",
        scenario.assumptions.monte_carlo_paths,
        results.progressive.waves.len(),
        times[100],
        times[20],
        times[180]
    );
    if std::env::args().any(|a| a == "--print") {
        for o in [&results.progressive, &results.big_bang] {
            println!(
                "{:?}: planned €{:.0}, total P10/P50/P90/mean €{:.0}/{:.0}/{:.0}/{:.0}; completion {:?}; waiting {:?}; breakdown {:?}; one-off share {:.2}",
                o.strategy,
                o.planned_cost_eur,
                o.total_cost_eur.p10,
                o.total_cost_eur.p50,
                o.total_cost_eur.p90,
                o.total_cost_eur.mean,
                o.completion_month,
                o.cost_of_waiting.map(|w| w.p50_total_cost_eur.round()),
                o.breakdown,
                o.one_off_share_of_annual_run_cost,
            );
        }
    }
}
