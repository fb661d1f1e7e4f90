//! A complete, plausible scenario for the migration tests (the persona presets live elsewhere).

use super::MigrationInputs;
use crate::scenario::*;

/// A mid-size organisation with 12 AI workloads, all on a US hyperscaler, starting January 2026.
pub(crate) fn scenario() -> Scenario {
    Scenario {
        persona: Persona::Custom,
        start: StartMonth { year: 2026, month: 1 },
        organisation: Organisation {
            sensitivity: DataSensitivity::Internal,
            annual_it_budget_eur: 50.0e6,
            us_parent: false,
            regulation: crate::Regulation::None,
        },
        compute: Compute {
            gpu: GpuModel::H100Sxm,
            gpu_count: 64,
            utilisation: 0.7,
            mix: WorkloadMix {
                training: 0.3,
                fine_tuning: 0.2,
                inference: 0.5,
            },
            horizon_years: 5,
            months_until_needed: 6,
        },
        site: Site {
            country: Country::Fr,
            energy_price_override_eur_kwh: None,
            pue: 1.5,
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
            commitment: Commitment::OneYear,
        },
        migration: Migration {
            hyperscaler_share: 1.0,
            workloads: 12,
            new_workloads_per_year: 0,
            proprietary_share: 0.4,
            strategy: Strategy::Progressive,
            waves_per_year: 4.0,
            cutover_month: 12,
            data_volume_tb: 120.0,
        },
        assumptions: Assumptions {
            gpu_price_usd: None,
            cloud_price_eur_gpu_h: [None; 3],
            colo_eur_per_kw_month: 180.0,
            colo_pue: 1.4,
            facility_capex_eur_per_kw: 10_000.0,
            staff_eur_per_fte: 120_000.0,
            maintenance_share: 0.1,
            software_eur_per_gpu_year: 0.0,
            weight_profile: WeightProfile::Oct2025,
            sovereignty_weights: [15.0, 10.0, 10.0, 15.0, 20.0, 15.0, 10.0, 5.0],
            answer_overrides: Vec::new(),
            monte_carlo_paths: 10_000,
            seed: 42,
        },
    }
}

/// Run costs of €200 k a month (€2.4 M a year) on the hyperscaler and €100 k on the target for the 12
/// workloads.
pub(crate) fn inputs() -> MigrationInputs {
    MigrationInputs {
        legacy_eur_per_month: 2.4e6 / 12.0,
        target_eur_per_month: 1.2e6 / 12.0,
        legacy_sovereignty: (30.0, 1),
        other_sovereignty: (70.0, 3),
        target_sovereignty: (80.0, 3),
        egress_eur_per_tb: 79.0,
    }
}
