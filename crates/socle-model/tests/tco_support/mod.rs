//! Scenario fixtures for the TCO, constraint and catalogue tests.
#![allow(dead_code)]

use socle_model::catalogue::options as defaults;
use socle_model::{
    Assumptions, Commitment, Compute, Country, DataSensitivity, DeploymentOption, Finance, GpuModel,
    KeyManagement, Migration, Organisation, Persona, Platform, ProviderHq, Scenario, Site, StartMonth,
    WeightProfile, WorkloadMix,
};

/// A valid scenario built from the catalogue defaults: 1,024 H200 in colocation, EU-27 average energy,
/// 85 % utilisation, 5-year horizon, on-demand cloud, EU provider, customer-held keys.
pub fn scenario() -> Scenario {
    Scenario {
        persona: Persona::Custom,
        start: StartMonth { year: 2027, month: 1 },
        organisation: Organisation {
            sensitivity: DataSensitivity::Confidential,
            annual_it_budget_eur: 200_000_000.0,
            us_parent: false,
            regulation: socle_model::Regulation::None,
        },
        compute: Compute {
            gpu: GpuModel::H200,
            gpu_count: 1_024,
            utilisation: 0.85,
            mix: WorkloadMix {
                training: 0.5,
                fine_tuning: 0.2,
                inference: 0.3,
            },
            horizon_years: 5,
            months_until_needed: 12,
        },
        site: Site {
            country: Country::Eu27,
            energy_price_override_eur_kwh: None,
            pue: defaults::ON_PREM_PUE.value,
            grid_capacity_mw: 10.0,
            existing_room_kw: 0.0,
        },
        finance: Finance {
            discount_rate: defaults::DISCOUNT_RATE.value,
            depreciation_years: defaults::DEPRECIATION_YEARS.value as u32,
            residual_value_share: defaults::RESIDUAL_VALUE_SHARE.value,
            usd_per_eur: defaults::USD_PER_EUR.value,
        },
        platform: Platform {
            target: DeploymentOption::Colocation,
            provider_hq: ProviderHq::Eu,
            key_management: KeyManagement::CustomerHeld,
            commitment: Commitment::OnDemand,
        },
        migration: Migration {
            hyperscaler_share: 0.5,
            workloads: 20,
            new_workloads_per_year: 5,
            proprietary_share: 0.3,
            strategy: socle_model::Strategy::Progressive,
            waves_per_year: 4.0,
            cutover_month: 12,
            data_volume_tb: 500.0,
        },
        assumptions: Assumptions {
            gpu_price_usd: None,
            cloud_price_eur_gpu_h: [None; 3],
            colo_eur_per_kw_month: defaults::COLO_EUR_PER_KW_MONTH.value,
            colo_pue: defaults::COLO_PUE.value,
            facility_capex_eur_per_kw: defaults::FACILITY_CAPEX_EUR_PER_KW.value,
            staff_eur_per_fte: defaults::STAFF_EUR_PER_FTE.value,
            maintenance_share: defaults::MAINTENANCE_SHARE.value,
            software_eur_per_gpu_year: defaults::SOFTWARE_EUR_PER_GPU_YEAR.value,
            weight_profile: WeightProfile::Oct2025,
            sovereignty_weights: [15.0, 10.0, 10.0, 15.0, 20.0, 15.0, 10.0, 5.0],
            answer_overrides: Vec::new(),
            monte_carlo_paths: 10_000,
            seed: 7,
        },
    }
}

use proptest::prelude::*;

fn pick<T: Copy + std::fmt::Debug + 'static>(items: &'static [T]) -> impl Strategy<Value = T> {
    (0..items.len()).prop_map(move |i| items[i])
}

/// Utilisation with the edges (0 and 1) drawn often, since they are where ratios break.
pub fn utilisation() -> impl Strategy<Value = f64> {
    prop_oneof![1 => Just(0.0), 1 => Just(1.0), 6 => 0.0..=1.0f64]
}

/// A valid scenario with every field the TCO and constraints read drawn over its whole range.
pub fn arb_scenario() -> impl Strategy<Value = Scenario> {
    let compute = (
        pick(&GpuModel::ALL),
        prop_oneof![1..=64u32, 1..=100_000u32],
        utilisation(),
        (0.0..=1.0f64, 0.0..=1.0f64, 0.0..=1.0f64),
        1..=10u32,
        0..=60u32,
    );
    let site = (
        pick(&Country::ALL),
        proptest::option::of(0.01..=1.0f64),
        1.0..=3.0f64,
        prop_oneof![Just(0.0), 0.0..=2_000.0f64],
        prop_oneof![Just(0.0), 0.0..=500_000.0f64],
    );
    let finance = (0.0..=0.3f64, 2..=8u32, 0.0..=0.6f64, 0.7..=1.6f64);
    let platform = (
        pick(&DeploymentOption::ALL),
        pick(&[
            ProviderHq::Eu,
            ProviderHq::EuJointVentureUsTech,
            ProviderHq::NonEuAdequate,
        ]),
        pick(&[
            KeyManagement::ProviderHeld,
            KeyManagement::Shared,
            KeyManagement::CustomerHeld,
        ]),
        pick(&[Commitment::OnDemand, Commitment::OneYear, Commitment::ThreeYear]),
    );
    let assumptions = (
        proptest::option::of(1_000.0..=200_000.0f64),
        [
            proptest::option::of(0.1..=100.0f64),
            proptest::option::of(0.1..=100.0f64),
            proptest::option::of(0.1..=100.0f64),
        ],
        (20.0..=1_000.0f64, 1.0..=3.0f64, 0.0..=40_000.0f64),
        (20_000.0..=400_000.0f64, 0.0..=0.3f64, 0.0..=20_000.0f64),
    );
    let other = (
        pick(&Persona::PRESETS),
        (2024u16..=2040, 1u8..=12),
        1.0e5..=1.0e11f64,
        0.0..=100_000.0f64,
    );
    (compute, site, finance, platform, assumptions, other).prop_map(
        |(compute, site, finance, platform, assumptions, other)| {
            let mut s = scenario();
            let (gpu, count, u, (t, f, i), horizon, months) = compute;
            let sum = t + f + i;
            let mix = if sum > 0.0 {
                WorkloadMix {
                    training: t / sum,
                    fine_tuning: f / sum,
                    inference: 1.0 - t / sum - f / sum,
                }
            } else {
                WorkloadMix {
                    training: 1.0,
                    fine_tuning: 0.0,
                    inference: 0.0,
                }
            };
            s.compute = Compute {
                gpu,
                gpu_count: count,
                utilisation: u,
                mix,
                horizon_years: horizon,
                months_until_needed: months,
            };
            let (country, price, pue, grid, room) = site;
            s.site = Site {
                country,
                energy_price_override_eur_kwh: price,
                pue,
                grid_capacity_mw: grid,
                existing_room_kw: room,
            };
            let (rate, years, residual, usd) = finance;
            s.finance = Finance {
                discount_rate: rate,
                depreciation_years: years,
                residual_value_share: residual,
                usd_per_eur: usd,
            };
            let (target, hq, keys, commitment) = platform;
            s.platform = Platform {
                target,
                provider_hq: hq,
                key_management: keys,
                commitment,
            };
            let (gpu_price, cloud, (colo, colo_pue, facility), (staff, maintenance, software)) = assumptions;
            let a = &mut s.assumptions;
            a.gpu_price_usd = gpu_price;
            a.cloud_price_eur_gpu_h = cloud;
            a.colo_eur_per_kw_month = colo;
            a.colo_pue = colo_pue;
            a.facility_capex_eur_per_kw = facility;
            a.staff_eur_per_fte = staff;
            a.maintenance_share = maintenance;
            a.software_eur_per_gpu_year = software;
            let (persona, (year, month), budget, data) = other;
            s.persona = persona;
            s.start = StartMonth { year, month };
            s.organisation.annual_it_budget_eur = budget;
            s.migration.data_volume_tb = data;
            s
        },
    )
}
