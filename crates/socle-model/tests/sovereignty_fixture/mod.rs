//! A plausible, valid scenario for the sovereignty tests: a French mid-size company running 256 H200 with
//! confidential data, every field filled by hand so the tests do not depend on the persona catalogue.

use socle_model::*;

/// The fixture scenario; `validate()` passes on it.
pub fn scenario() -> Scenario {
    Scenario {
        persona: Persona::Custom,
        start: StartMonth { year: 2026, month: 9 },
        organisation: Organisation {
            sensitivity: DataSensitivity::Confidential,
            annual_it_budget_eur: 40.0e6,
            us_parent: false,
            regulation: socle_model::Regulation::None,
        },
        compute: Compute {
            gpu: GpuModel::H200,
            gpu_count: 256,
            utilisation: 0.6,
            mix: WorkloadMix {
                training: 0.2,
                fine_tuning: 0.3,
                inference: 0.5,
            },
            horizon_years: 5,
            months_until_needed: 12,
        },
        site: Site {
            country: Country::Fr,
            energy_price_override_eur_kwh: None,
            pue: 1.4,
            grid_capacity_mw: 2.0,
            existing_room_kw: 0.0,
        },
        finance: Finance {
            discount_rate: 0.08,
            depreciation_years: 5,
            residual_value_share: 0.1,
            usd_per_eur: 1.08,
        },
        platform: Platform {
            target: DeploymentOption::EuSovereignCloud,
            provider_hq: ProviderHq::Eu,
            key_management: KeyManagement::CustomerHeld,
            commitment: Commitment::OneYear,
        },
        migration: Migration {
            hyperscaler_share: 0.7,
            workloads: 20,
            new_workloads_per_year: 5,
            proprietary_share: 0.3,
            strategy: Strategy::Progressive,
            waves_per_year: 4.0,
            cutover_month: 18,
            data_volume_tb: 200.0,
        },
        assumptions: Assumptions {
            gpu_price_usd: None,
            cloud_price_eur_gpu_h: [None, None, None],
            colo_eur_per_kw_month: 150.0,
            colo_pue: 1.4,
            facility_capex_eur_per_kw: 12_000.0,
            staff_eur_per_fte: 110_000.0,
            maintenance_share: 0.08,
            software_eur_per_gpu_year: 4_000.0,
            weight_profile: WeightProfile::Oct2025,
            sovereignty_weights: [15.0, 10.0, 10.0, 15.0, 20.0, 15.0, 10.0, 5.0],
            answer_overrides: Vec::new(),
            monte_carlo_paths: 10_000,
            seed: 42,
        },
    }
}
