//! Power and energy of a GPU fleet: load factor, IT and facility power, annual energy and emissions.

use crate::catalogue::options::{
    FINE_TUNING_POWER_FACTOR, IDLE_POWER_SHARE, INFERENCE_POWER_FACTOR, TRAINING_POWER_FACTOR,
};
use crate::catalogue::GpuSpec;
use crate::scenario::WorkloadMix;

/// Hours in a year.
pub const HOURS_PER_YEAR: f64 = 8_760.0;

/// Share of the idle-to-nameplate power range that fully busy GPUs draw, weighted by the workload mix
/// (training 0.75, fine-tuning 0.70, inference 0.60: training draws more than inference).
pub fn workload_power_factor(mix: &WorkloadMix) -> f64 {
    mix.training * TRAINING_POWER_FACTOR.value
        + mix.fine_tuning * FINE_TUNING_POWER_FACTOR.value
        + mix.inference * INFERENCE_POWER_FACTOR.value
}

/// Average draw as a share of nameplate: idle + (1 − idle) × utilisation × workload power factor.
///
/// Idle servers still draw [`IDLE_POWER_SHARE`] of nameplate; busy time adds the workload's share of the
/// remaining range. Linear in utilisation, which keeps NPV linear in utilisation.
pub fn load_factor(utilisation: f64, mix: &WorkloadMix) -> f64 {
    let idle = IDLE_POWER_SHARE.value;
    idle + (1.0 - idle) * utilisation * workload_power_factor(mix)
}

/// IT power at nameplate, kW: count × board power × server overhead. Sizes the hall, the colocation
/// contract and the grid connection.
pub fn it_kw_nameplate(spec: &GpuSpec, gpu_count: f64) -> f64 {
    gpu_count * spec.nameplate_kw_per_gpu()
}

/// Average IT power, kW: nameplate × load factor.
pub fn it_kw_average(spec: &GpuSpec, gpu_count: f64, utilisation: f64, mix: &WorkloadMix) -> f64 {
    it_kw_nameplate(spec, gpu_count) * load_factor(utilisation, mix)
}

/// Facility power, kW: IT power × PUE.
pub fn facility_kw(it_kw: f64, pue: f64) -> f64 {
    it_kw * pue
}

/// Energy drawn in a year at an average facility power, MWh.
pub fn annual_mwh(facility_kw_average: f64) -> f64 {
    facility_kw_average * HOURS_PER_YEAR / 1_000.0
}

/// Location-based emissions, tonnes CO2e per year: MWh × g/kWh ÷ 1,000 (1 MWh × 1 g/kWh = 1 kg).
pub fn tco2_per_year(annual_mwh: f64, carbon_g_per_kwh: f64) -> f64 {
    annual_mwh * carbon_g_per_kwh / 1_000.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::gpu;
    use crate::scenario::GpuModel;

    const TRAINING: WorkloadMix = WorkloadMix {
        training: 1.0,
        fine_tuning: 0.0,
        inference: 0.0,
    };
    const INFERENCE: WorkloadMix = WorkloadMix {
        training: 0.0,
        fine_tuning: 0.0,
        inference: 1.0,
    };

    #[test]
    fn busy_training_draws_eighty_percent_of_nameplate() {
        // 0.2 + 0.8 × 1.0 × 0.75 = 0.80, the sourced 75–85 % sustained draw under training.
        assert!((load_factor(1.0, &TRAINING) - 0.80).abs() < 1e-12);
        // Inference at the same utilisation draws less: 0.2 + 0.8 × 0.6 = 0.68.
        assert!((load_factor(1.0, &INFERENCE) - 0.68).abs() < 1e-12);
        // Idle fleet: 20 % of nameplate.
        assert!((load_factor(0.0, &TRAINING) - 0.2).abs() < 1e-12);
    }

    #[test]
    fn it_and_facility_power_of_a_thousand_h100() {
        // 1,000 × 0.7 kW × 1.8 = 1,260 kW nameplate; at 50 % training: LF = 0.2 + 0.8 × 0.5 × 0.75 = 0.5,
        // so 630 kW average IT; × PUE 1.5 = 945 kW facility.
        let h100 = gpu(GpuModel::H100Sxm);
        assert!((it_kw_nameplate(h100, 1_000.0) - 1_260.0).abs() < 1e-9);
        let it = it_kw_average(h100, 1_000.0, 0.5, &TRAINING);
        assert!((it - 630.0).abs() < 1e-9);
        assert!((facility_kw(it, 1.5) - 945.0).abs() < 1e-9);
    }

    #[test]
    fn annual_energy_and_emissions() {
        // 945 kW × 8,760 h = 8,278.2 MWh; at 44.2 g/kWh (France) = 365.9 t CO2e.
        let mwh = annual_mwh(945.0);
        assert!((mwh - 8_278.2).abs() < 1e-6);
        assert!((tco2_per_year(mwh, 44.2) - 365.896_44).abs() < 1e-6);
    }
}
