//! Hardware pressure: delivery lead time, order size against the buyer's allocation, vendor dependence.

use super::{clamp_score, pressure_from, timing_pressure, ConstraintKind, Factor, Pressure, Reason, Relaxer};
use crate::catalogue::hardware_quotas::{
    NEWEST_GENERATION_SHARE, QUOTA_CLOUD_PROVIDER, QUOTA_ENTERPRISE, QUOTA_INDUSTRIAL, QUOTA_SMALL_BUYER,
    QUOTA_STARTUP,
};
use crate::catalogue::options::CLOUD_CAPACITY_LEAD_MONTHS;
use crate::catalogue::{gpu, Vendor};
use crate::scenario::{DeploymentOption, GpuModel, Persona, Scenario};
use crate::source::Source;

/// The inputs the hardware pressure reads.
#[derive(Debug, Clone, Copy)]
struct Inputs {
    target: DeploymentOption,
    gpu: GpuModel,
    gpu_count: u32,
    months_until_needed: u32,
    persona: Persona,
}

/// GPUs of model `gpu` that a buyer of profile `persona` can typically obtain.
pub fn obtainable_gpus(persona: Persona, gpu: GpuModel) -> u32 {
    let base = match persona {
        Persona::AiStartup => QUOTA_STARTUP,
        Persona::MidSizeCompany | Persona::LocalAuthority | Persona::UsStartupInEurope => QUOTA_SMALL_BUYER,
        Persona::CriticalSoftwareVendor | Persona::HealthDataHost => QUOTA_ENTERPRISE,
        Persona::EnergyIndustrial | Persona::Custom => QUOTA_INDUSTRIAL,
        Persona::CloudProvider => QUOTA_CLOUD_PROVIDER,
    }
    .value;
    let newest = matches!(gpu, GpuModel::B200 | GpuModel::Gb200 | GpuModel::Mi355x);
    let share = if newest {
        NEWEST_GENERATION_SHARE.value
    } else {
        1.0
    };
    (base * share) as u32
}

/// Pressure of depending on one accelerator vendor: any single-model fleet depends on its vendor;
/// NVIDIA's dominance of AI accelerators and the CUDA software lock-in make switching away harder than
/// from AMD (whose ROCm stack runs the same open frameworks). Estimates.
pub fn vendor_dependence(vendor: Vendor) -> f64 {
    match vendor {
        Vendor::Nvidia => 40.0,
        Vendor::Amd => 30.0,
    }
}

fn factors(i: &Inputs) -> Vec<Factor> {
    let spec = gpu(i.gpu);
    let months = i.months_until_needed;
    let lead = if i.target.is_owned() {
        Factor {
            value: timing_pressure(spec.lead_time_months.value, f64::from(months)),
            reason: Reason::GpuLeadTime {
                gpu: i.gpu,
                lead_time_months: spec.lead_time_months.value,
                months_until_needed: months,
            },
        }
    } else {
        let cloud_lead = CLOUD_CAPACITY_LEAD_MONTHS.value;
        Factor {
            value: timing_pressure(cloud_lead, f64::from(months)),
            reason: Reason::CloudCapacityLeadTime {
                lead_time_months: cloud_lead,
                months_until_needed: months,
            },
        }
    };
    let obtainable = obtainable_gpus(i.persona, i.gpu);
    let scale = Factor {
        // Half the allocation: 25; the whole allocation: 50; twice the allocation or more: 100.
        value: clamp_score(50.0 * f64::from(i.gpu_count) / f64::from(obtainable.max(1))),
        reason: Reason::OrderAboveAllocation {
            gpu_count: i.gpu_count,
            obtainable,
            persona: i.persona,
        },
    };
    let vendor = Factor {
        value: vendor_dependence(spec.vendor),
        reason: Reason::SingleVendor { vendor: spec.vendor },
    };
    vec![lead, scale, vendor]
}

fn score(i: &Inputs) -> f64 {
    super::strongest(&factors(i)).value
}

/// Candidates: a comparable accelerator (at least 80 % of the current throughput), needing the capacity
/// when the hardware arrives, an order the buyer can obtain, renting from the EU sovereign cloud.
fn candidates(i: &Inputs) -> Vec<(Relaxer, f64)> {
    let current = gpu(i.gpu);
    let mut out = Vec::with_capacity(10);
    for model in GpuModel::ALL {
        let spec = gpu(model);
        if model != i.gpu && spec.relative_throughput.value >= 0.8 * current.relative_throughput.value {
            let relaxer = Relaxer::PickGpu {
                gpu: model,
                lead_time_months: spec.lead_time_months.value,
            };
            out.push((relaxer, score(&Inputs { gpu: model, ..*i })));
        }
    }
    let lead = current.lead_time_months.value.ceil() as u32;
    if i.target.is_owned() && lead > i.months_until_needed {
        let months = lead.min(60);
        out.push((
            Relaxer::NeedLater {
                months_until_needed: months,
            },
            score(&Inputs {
                months_until_needed: months,
                ..*i
            }),
        ));
    }
    let obtainable = obtainable_gpus(i.persona, i.gpu).max(1);
    if i.gpu_count > obtainable {
        out.push((
            Relaxer::ReduceGpuCount {
                gpu_count: obtainable,
            },
            score(&Inputs {
                gpu_count: obtainable,
                ..*i
            }),
        ));
    }
    if i.target.is_owned() {
        let option = DeploymentOption::EuSovereignCloud;
        out.push((
            Relaxer::SwitchTarget { option },
            score(&Inputs { target: option, ..*i }),
        ));
    }
    out
}

/// The hardware pressure on the target platform.
pub(super) fn pressure(scenario: &Scenario) -> Pressure {
    let inputs = Inputs {
        target: scenario.platform.target,
        gpu: scenario.compute.gpu,
        gpu_count: scenario.compute.gpu_count,
        months_until_needed: scenario.compute.months_until_needed,
        persona: scenario.persona,
    };
    pressure_from(ConstraintKind::Hardware, factors(&inputs), candidates(&inputs))
}

/// Estimated parameters, as `(key, source)` (they live in the catalogue).
pub(super) fn sources() -> Vec<(&'static str, Source)> {
    crate::catalogue::hardware_quotas::sources()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newest_generation_halves_the_allocation() {
        assert_eq!(obtainable_gpus(Persona::AiStartup, GpuModel::H100Sxm), 64);
        assert_eq!(obtainable_gpus(Persona::AiStartup, GpuModel::B200), 32);
        assert_eq!(obtainable_gpus(Persona::CloudProvider, GpuModel::Gb200), 8_192);
    }

    #[test]
    fn a_start_up_ordering_b200_tomorrow_is_blocked() {
        // B200: 6 months' lead, needed in 0 → 50 + 50 × min(1, 6/12) = 75.
        // 256 GPUs against an allocation of 32 → 50 × 8 = 400, capped at 100.
        let i = Inputs {
            target: DeploymentOption::OnPremises,
            gpu: GpuModel::B200,
            gpu_count: 256,
            months_until_needed: 0,
            persona: Persona::AiStartup,
        };
        let f = factors(&i);
        assert!((f[0].value - 75.0).abs() < 1e-12);
        assert_eq!(f[1].value, 100.0);
        assert_eq!(f[2].value, 40.0);
    }
}
