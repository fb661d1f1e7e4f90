//! Constraint pressures on typical cases, computed by hand.

mod tco_support;

use socle_model::constraints::{self, binding_constraint, timing_pressure, ConstraintKind, Reason, Relaxer};
use socle_model::*;

fn evaluate(s: &Scenario) -> constraints::ConstraintResults {
    s.validate().unwrap();
    constraints::evaluate(s, &tco::evaluate(s))
}

#[test]
fn timing_pressure_is_half_when_just_in_time_and_full_a_year_late() {
    assert_eq!(timing_pressure(0.0, 0.0), 0.0);
    assert_eq!(timing_pressure(3.0, 12.0), 12.5); // 50 × 3/12
    assert_eq!(timing_pressure(6.0, 6.0), 50.0);
    assert_eq!(timing_pressure(12.0, 6.0), 75.0); // 50 + 50 × 6/12
    assert_eq!(timing_pressure(102.0, 12.0), 100.0);
}

#[test]
fn ties_go_to_physical_constraints_first() {
    // Values in radar order: hardware, economic, energy, geopolitical.
    assert_eq!(binding_constraint(&[50.0; 4]), ConstraintKind::Energy);
    assert_eq!(
        binding_constraint(&[60.0, 60.0, 10.0, 10.0]),
        ConstraintKind::Hardware
    );
    assert_eq!(
        binding_constraint(&[10.0, 60.0, 10.0, 60.0]),
        ConstraintKind::Geopolitical
    );
    assert_eq!(
        binding_constraint(&[10.0, 61.0, 10.0, 60.0]),
        ConstraintKind::Economic
    );
}

#[test]
fn a_start_up_ordering_blackwell_for_now_is_blocked_by_its_allocation() {
    let mut s = tco_support::scenario();
    s.persona = Persona::AiStartup;
    s.compute.gpu = GpuModel::B200;
    s.compute.gpu_count = 256;
    s.compute.months_until_needed = 0;
    s.platform.target = DeploymentOption::OnPremises;
    let hw = evaluate(&s).pressure(ConstraintKind::Hardware).clone();
    // Allocation: 64 for a start-up, halved for the newest generation = 32; 256/32 = 8× → 100.
    assert_eq!(hw.value, 100.0);
    assert_eq!(
        hw.reason,
        Reason::OrderAboveAllocation {
            gpu_count: 256,
            obtainable: 32,
            persona: Persona::AiStartup
        }
    );
    // Ordering 32 leaves the 6-month lead time against 0 months: 50 + 50 × 6/12 = 75. Other GPUs or
    // the cloud keep the order 8× above the allocation (100).
    assert_eq!(hw.relaxer, Relaxer::ReduceGpuCount { gpu_count: 32 });
    assert_eq!(hw.relaxed_value, 75.0);
}

#[test]
fn a_late_owned_order_is_relaxed_by_waiting_for_the_hardware() {
    let mut s = tco_support::scenario();
    s.compute.gpu = GpuModel::H100Sxm;
    s.compute.gpu_count = 256;
    s.compute.months_until_needed = 1;
    let hw = evaluate(&s).pressure(ConstraintKind::Hardware).clone();
    // H100: 3 months against 1 → 50 + 50 × 2/12 = 58.33.
    assert!((hw.value - (50.0 + 50.0 * 2.0 / 12.0)).abs() < 1e-9);
    // Needing it in 3 months: just in time, 50. The MI300X (2 months) would still be a month late
    // (54.17), the EU sovereign cloud half a month late (50 + 50 × 0.5/12 = 52.08).
    assert_eq!(
        hw.relaxer,
        Relaxer::NeedLater {
            months_until_needed: 3
        }
    );
    assert_eq!(hw.relaxed_value, 50.0);
}

#[test]
fn renting_relaxes_a_late_blackwell_order_most() {
    let mut s = tco_support::scenario();
    s.compute.gpu = GpuModel::B200;
    s.compute.gpu_count = 256;
    s.compute.months_until_needed = 3;
    let hw = evaluate(&s).pressure(ConstraintKind::Hardware).clone();
    // B200: 6 months against 3 → 50 + 50 × 3/12 = 62.5. The MI355X (3 months) or waiting 6 months
    // bring it to 50; cloud capacity in 1.5 months leaves 25 for timing, 256 of 512 allocated GPUs
    // (25) and NVIDIA dependence (40): 40, the lowest.
    assert_eq!(hw.value, 62.5);
    assert_eq!(
        hw.relaxer,
        Relaxer::SwitchTarget {
            option: DeploymentOption::EuSovereignCloud
        }
    );
    assert_eq!(hw.relaxed_value, 40.0);
}

#[test]
fn an_amd_accelerator_relaxes_vendor_dependence() {
    let mut s = tco_support::scenario();
    s.compute.gpu = GpuModel::H100Sxm;
    s.compute.gpu_count = 256;
    s.compute.months_until_needed = 12;
    let hw = evaluate(&s).pressure(ConstraintKind::Hardware).clone();
    // On time (50 × 3/12 = 12.5) and within allocation (50 × 256/1,024 = 12.5): NVIDIA dependence (40)
    // binds; the MI300X (≥ 80 % of the H100's throughput) brings it to AMD's 30.
    assert_eq!(hw.value, 40.0);
    assert_eq!(
        hw.reason,
        Reason::SingleVendor {
            vendor: catalogue::Vendor::Nvidia
        }
    );
    assert_eq!(
        hw.relaxer,
        Relaxer::PickGpu {
            gpu: GpuModel::Mi300x,
            lead_time_months: 2.0
        }
    );
    assert_eq!(hw.relaxed_value, 30.0);
}

#[test]
fn the_us_public_cloud_is_bound_by_extraterritorial_law() {
    let mut s = tco_support::scenario();
    s.platform.target = DeploymentOption::UsPublicCloud;
    s.platform.key_management = KeyManagement::ProviderHeld;
    let c = evaluate(&s);
    let geo = c.pressure(ConstraintKind::Geopolitical);
    assert_eq!(geo.value, 100.0);
    assert!(matches!(
        geo.reason,
        Reason::ExtraterritorialLaw {
            option: DeploymentOption::UsPublicCloud,
            ..
        }
    ));
    // The EU sovereign cloud with an EU provider and customer-held keys leaves only the export-control
    // exposure of the accelerator (40) and half of its fees with non-EU suppliers (60 × ≈ 0.5).
    assert_eq!(
        geo.relaxer,
        Relaxer::SwitchTarget {
            option: DeploymentOption::EuSovereignCloud
        }
    );
    assert_eq!(geo.relaxed_value, 40.0);
    assert_eq!(c.binding, ConstraintKind::Geopolitical);
}

#[test]
fn a_us_parent_is_exposed_to_extraterritorial_law_on_every_platform() {
    // The US start-up persona's case: US law reaches a US-controlled organisation's data wherever they
    // run, so no platform, provider or key management relaxes the exposure (as the sovereignty model
    // caps every option at SEAL-1). Without the US parent, the EU cloud would relax it to 40.
    let mut s = tco_support::scenario();
    s.platform.target = DeploymentOption::UsPublicCloud;
    s.platform.key_management = KeyManagement::ProviderHeld;
    s.organisation.us_parent = true;
    let geo = evaluate(&s).pressure(ConstraintKind::Geopolitical).clone();
    assert_eq!(geo.value, 100.0);
    assert_eq!(geo.relaxer, Relaxer::None);
    assert_eq!(geo.relaxed_value, 100.0);
    for target in DeploymentOption::ALL {
        s.platform.target = target;
        s.platform.key_management = KeyManagement::CustomerHeld;
        let geo = evaluate(&s).pressure(ConstraintKind::Geopolitical).clone();
        assert_eq!(geo.value, 100.0, "{target:?}");
        assert!(matches!(geo.reason, Reason::ExtraterritorialLaw { option, .. } if option == target));
    }
}

#[test]
fn an_irish_hall_beyond_its_grid_connection_is_energy_bound() {
    let mut s = tco_support::scenario();
    s.platform.target = DeploymentOption::OnPremises;
    s.site.country = Country::Ie;
    s.site.grid_capacity_mw = 1.0;
    let c = evaluate(&s);
    let energy = c.pressure(ConstraintKind::Energy);
    // 1,024 H200 × 1.26 kW × PUE 1.8 = 2.32 MW on a 1 MW connection: 50 × 2.32 → 100; Ireland's
    // 102-month connection against 12 months: 100.
    assert_eq!(energy.value, 100.0);
    assert_eq!(c.binding, ConstraintKind::Energy);
    assert!(energy.relaxed_value < 50.0, "{energy:?}");
}

#[test]
fn a_cloud_target_carries_little_energy_pressure_but_not_none() {
    let mut s = tco_support::scenario();
    s.platform.target = DeploymentOption::EuSovereignCloud;
    let energy = evaluate(&s).pressure(ConstraintKind::Energy).clone();
    // The provider needs connections too: 0.2 × timing(48 months for the EU-27 average, 12) = 20.
    assert!((energy.value - 20.0).abs() < 1e-9, "{energy:?}");
}

#[test]
fn owning_at_low_utilisation_pays_for_idle_capacity() {
    let mut s = tco_support::scenario();
    s.compute.utilisation = 0.2;
    let economic = evaluate(&s).pressure(ConstraintKind::Economic).clone();
    // At 20 % utilisation nearly the whole owned cost is fixed and 80 % of it idles.
    assert!(economic.value > 70.0, "{economic:?}");
    assert!(economic.relaxed_value < economic.value);
}
