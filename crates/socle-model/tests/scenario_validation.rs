//! Inputs outside their valid range never reach the models: `evaluate` returns the [`ScenarioError`] that
//! names the field, the value given and the valid range, in a message the dashboard shows as it is.
//! Every numeric field of the scenario is covered: NaN and ±∞ for real-valued fields, values just below
//! and above the range for all of them; then sums (workload mix, weights) and sovereignty overrides.

use proptest::prelude::*;
use socle_model::ranges::*;
use socle_model::{
    evaluate, persona_scenario, AnswerOverride, DeploymentOption, Lang, Persona, Scenario, ScenarioError,
    WeightProfile, WorkloadMix,
};

/// A valid scenario to break one field at a time.
fn base() -> Scenario {
    persona_scenario(Persona::CriticalSoftwareVendor)
}

/// Writes a real value into one field of a scenario.
type Setter = fn(&mut Scenario, f64);

/// Every real-valued field: its error name, valid range and how to set it.
const REAL_FIELDS: [(&str, (f64, f64), Setter); 27] = [
    ("organisation.annual_it_budget_eur", IT_BUDGET_EUR, |s, v| {
        s.organisation.annual_it_budget_eur = v
    }),
    ("compute.utilisation", SHARE, |s, v| s.compute.utilisation = v),
    ("compute.mix.training", SHARE, |s, v| s.compute.mix.training = v),
    ("compute.mix.fine_tuning", SHARE, |s, v| {
        s.compute.mix.fine_tuning = v
    }),
    ("compute.mix.inference", SHARE, |s, v| s.compute.mix.inference = v),
    (
        "site.energy_price_override_eur_kwh",
        ENERGY_PRICE_EUR_KWH,
        |s, v| s.site.energy_price_override_eur_kwh = Some(v),
    ),
    ("site.pue", PUE, |s, v| s.site.pue = v),
    ("site.grid_capacity_mw", GRID_CAPACITY_MW, |s, v| {
        s.site.grid_capacity_mw = v
    }),
    ("site.existing_room_kw", EXISTING_ROOM_KW, |s, v| {
        s.site.existing_room_kw = v
    }),
    ("finance.discount_rate", DISCOUNT_RATE, |s, v| {
        s.finance.discount_rate = v
    }),
    ("finance.residual_value_share", RESIDUAL_SHARE, |s, v| {
        s.finance.residual_value_share = v
    }),
    ("finance.usd_per_eur", USD_PER_EUR, |s, v| {
        s.finance.usd_per_eur = v
    }),
    ("migration.hyperscaler_share", SHARE, |s, v| {
        s.migration.hyperscaler_share = v
    }),
    ("migration.proprietary_share", SHARE, |s, v| {
        s.migration.proprietary_share = v
    }),
    ("migration.waves_per_year", WAVES_PER_YEAR, |s, v| {
        s.migration.waves_per_year = v
    }),
    ("migration.data_volume_tb", DATA_VOLUME_TB, |s, v| {
        s.migration.data_volume_tb = v
    }),
    ("assumptions.gpu_price_usd", GPU_PRICE_USD, |s, v| {
        s.assumptions.gpu_price_usd = Some(v)
    }),
    (
        "assumptions.cloud_price_eur_gpu_h.eu_sovereign_cloud",
        CLOUD_PRICE_EUR_GPU_H,
        |s, v| s.assumptions.cloud_price_eur_gpu_h[0] = Some(v),
    ),
    (
        "assumptions.cloud_price_eur_gpu_h.us_sovereign_offer",
        CLOUD_PRICE_EUR_GPU_H,
        |s, v| s.assumptions.cloud_price_eur_gpu_h[1] = Some(v),
    ),
    (
        "assumptions.cloud_price_eur_gpu_h.us_public_cloud",
        CLOUD_PRICE_EUR_GPU_H,
        |s, v| s.assumptions.cloud_price_eur_gpu_h[2] = Some(v),
    ),
    ("assumptions.colo_eur_per_kw_month", COLO_EUR_KW_MONTH, |s, v| {
        s.assumptions.colo_eur_per_kw_month = v
    }),
    ("assumptions.colo_pue", PUE, |s, v| s.assumptions.colo_pue = v),
    (
        "assumptions.facility_capex_eur_per_kw",
        FACILITY_EUR_PER_KW,
        |s, v| s.assumptions.facility_capex_eur_per_kw = v,
    ),
    ("assumptions.staff_eur_per_fte", STAFF_EUR_FTE, |s, v| {
        s.assumptions.staff_eur_per_fte = v
    }),
    ("assumptions.maintenance_share", MAINTENANCE_SHARE, |s, v| {
        s.assumptions.maintenance_share = v
    }),
    (
        "assumptions.software_eur_per_gpu_year",
        SOFTWARE_EUR_GPU_YEAR,
        |s, v| s.assumptions.software_eur_per_gpu_year = v,
    ),
    ("assumptions.sovereignty_weights", WEIGHT_PERCENT, |s, v| {
        s.assumptions.sovereignty_weights[4] = v
    }),
];

/// Writes a whole number into one field of a scenario (saturating at the field's type).
type IntSetter = fn(&mut Scenario, i64);

/// Every integer field: its error name, valid range and how to set it.
const INTEGER_FIELDS: [(&str, (f64, f64), IntSetter); 10] = [
    ("start.year", START_YEAR, |s, v| s.start.year = v as u16),
    ("start.month", (1.0, 12.0), |s, v| s.start.month = v as u8),
    ("compute.gpu_count", GPU_COUNT, |s, v| {
        s.compute.gpu_count = v as u32
    }),
    ("compute.horizon_years", HORIZON_YEARS, |s, v| {
        s.compute.horizon_years = v as u32
    }),
    ("compute.months_until_needed", MONTHS_UNTIL_NEEDED, |s, v| {
        s.compute.months_until_needed = v as u32
    }),
    ("finance.depreciation_years", DEPRECIATION_YEARS, |s, v| {
        s.finance.depreciation_years = v as u32
    }),
    ("migration.workloads", WORKLOADS, |s, v| {
        s.migration.workloads = v as u32
    }),
    (
        "migration.new_workloads_per_year",
        NEW_WORKLOADS_PER_YEAR,
        |s, v| s.migration.new_workloads_per_year = v as u32,
    ),
    ("migration.cutover_month", CUTOVER_MONTH, |s, v| {
        s.migration.cutover_month = v as u32
    }),
    ("assumptions.monte_carlo_paths", MC_PATHS, |s, v| {
        s.assumptions.monte_carlo_paths = v as u32
    }),
];

fn rejected(s: &Scenario) -> ScenarioError {
    evaluate(s).expect_err("the scenario must be rejected")
}

/// The English message names the field, the value as given and both ends of the range; so do the
/// French and German ones, with decimal commas.
fn assert_message_names(e: &ScenarioError, field: &str, value: f64, (min, max): (f64, f64)) {
    let (en, fr, de) = (e.message(Lang::En), e.message(Lang::Fr), e.message(Lang::De));
    assert_eq!(e.to_string(), en);
    for text in [&en, &fr, &de] {
        assert!(text.starts_with(&format!("{field} = ")), "{text}");
    }
    for part in [format!("{value}"), format!("{min}"), format!("{max}")] {
        assert!(en.contains(&part), "{en} lacks {part}");
        assert!(fr.contains(&part.replace('.', ",")), "{fr} lacks {part}");
        assert!(de.contains(&part.replace('.', ",")), "{de} lacks {part}");
    }
}

#[test]
fn the_base_scenario_is_valid() {
    assert!(evaluate(&base()).is_ok());
}

#[test]
fn nan_and_infinities_are_not_finite_for_every_real_field() {
    for (field, range, set) in REAL_FIELDS {
        for value in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            let mut s = base();
            set(&mut s, value);
            let e = rejected(&s);
            match e {
                ScenarioError::NotFinite {
                    field: f,
                    value: v,
                    min,
                    max,
                } => {
                    assert_eq!(f, field);
                    assert!(v.is_nan() == value.is_nan() && (v.is_nan() || v == value));
                    assert_eq!((min, max), range, "{field}");
                }
                other => panic!("{field} = {value}: {other:?}"),
            }
            assert_eq!(e.field(), field);
            assert_message_names(&e, field, value, range);
        }
    }
}

#[test]
fn values_just_outside_the_range_are_out_of_range_for_every_real_field() {
    for (field, range @ (min, max), set) in REAL_FIELDS {
        let step = (max - min) * 1e-3;
        for value in [min - step, max + step] {
            let mut s = base();
            set(&mut s, value);
            let e = rejected(&s);
            assert_eq!(
                e,
                ScenarioError::OutOfRange {
                    field,
                    value,
                    min,
                    max
                },
                "{field} = {value}"
            );
            assert_message_names(&e, field, value, range);
        }
    }
}

#[test]
fn whole_numbers_outside_the_range_are_out_of_range_for_every_integer_field() {
    for (field, range @ (min, max), set) in INTEGER_FIELDS {
        // Below the range when the field's type can hold it (counts cannot go below 0).
        let below = (min >= 1.0).then_some(min as i64 - 1);
        for value in below.into_iter().chain([max as i64 + 1]) {
            let mut s = base();
            set(&mut s, value);
            let e = rejected(&s);
            assert_eq!(
                e,
                ScenarioError::OutOfRange {
                    field,
                    value: value as f64,
                    min,
                    max
                },
                "{field} = {value}"
            );
            assert_message_names(&e, field, value as f64, range);
        }
    }
}

/// The group a field belongs to when its value must add up with others (workload mix, weights).
fn group(field: &str) -> Option<&'static str> {
    if field.starts_with("compute.mix") {
        Some("compute.mix")
    } else if field == "assumptions.sovereignty_weights" {
        Some("assumptions.sovereignty_weights")
    } else {
        None
    }
}

#[test]
fn both_ends_of_every_range_are_valid() {
    // Moving one member of a group alone breaks its sum: tested below.
    for (field, (min, max), set) in REAL_FIELDS {
        if group(field).is_some() {
            continue;
        }
        for value in [min, max] {
            let mut s = base();
            set(&mut s, value);
            assert_eq!(s.validate(), Ok(()), "{field} = {value}");
        }
    }
    for (field, (min, max), set) in INTEGER_FIELDS {
        for value in [min as i64, max as i64] {
            let mut s = base();
            set(&mut s, value);
            assert_eq!(s.validate(), Ok(()), "{field} = {value}");
        }
    }
}

#[test]
fn a_workload_mix_that_does_not_add_up_to_one_is_rejected() {
    let mut s = base();
    s.compute.mix = WorkloadMix {
        training: 0.5,
        fine_tuning: 0.3,
        inference: 0.3,
    };
    let e = rejected(&s);
    match e {
        ScenarioError::BadSum {
            field: "compute.mix",
            sum,
            expected,
        } => {
            assert!((sum - 1.1).abs() < 1e-12);
            assert_eq!(expected, 1.0);
        }
        ref other => panic!("{other:?}"),
    }
    let (en, fr) = (e.message(Lang::En), e.message(Lang::Fr));
    assert!(en.contains("compute.mix") && en.contains("1.1") && en.ends_with("must add up to 1"));
    assert!(fr.contains("compute.mix") && fr.contains("1,1"));
    // Rounding in a mix typed as three decimals is accepted (tolerance 1e-6).
    s.compute.mix = WorkloadMix {
        training: 0.333,
        fine_tuning: 0.333,
        inference: 0.334_000_000_1,
    };
    assert!(evaluate(&s).is_ok());
}

#[test]
fn weights_that_do_not_add_up_to_100_are_rejected() {
    let mut s = base();
    s.assumptions.weight_profile = WeightProfile::Custom;
    s.assumptions.sovereignty_weights = [15.0, 10.0, 10.0, 15.0, 20.0, 15.0, 10.0, 4.0];
    let e = rejected(&s);
    assert_eq!(
        e,
        ScenarioError::BadSum {
            field: "assumptions.sovereignty_weights",
            sum: 99.0,
            expected: 100.0
        }
    );
    assert_eq!(
        e.to_string(),
        "assumptions.sovereignty_weights adds up to 99, it must add up to 100"
    );
}

#[test]
fn a_bad_answer_override_is_rejected_by_evaluate() {
    let mut s = base();
    // SOV-2.1 has three answers (0, 1, 2).
    s.assumptions.answer_overrides = vec![AnswerOverride {
        option: DeploymentOption::Colocation,
        criterion: 8,
        answer: 3,
    }];
    let e = rejected(&s);
    assert_eq!(
        e,
        ScenarioError::BadAnswer {
            option: "colocation",
            criterion: "SOV-2.1",
            answer: 3,
            ladder_len: 3
        }
    );
    let (en, fr) = (e.message(Lang::En), e.message(Lang::Fr));
    assert!(
        en.contains("SOV-2.1") && en.contains("colocation") && en.contains("0 to 2"),
        "{en}"
    );
    assert!(fr.contains("SOV-2.1") && fr.contains("0 à 2"), "{fr}");

    s.assumptions.answer_overrides[0].criterion = 48;
    s.assumptions.answer_overrides[0].answer = 0;
    let e = rejected(&s);
    assert!(
        matches!(e, ScenarioError::BadAnswer { ladder_len: 0, .. }),
        "{e:?}"
    );
    assert!(e.to_string().contains("0 to 47"), "{e}");
}

proptest! {
    /// Any value in any real field either is valid and evaluates to finite figures, or is rejected
    /// with an error about that very field.
    #[test]
    fn any_value_in_any_field_is_evaluated_or_rejected_by_name(
        (which, value) in (0..REAL_FIELDS.len()).prop_flat_map(|which| {
            let (_, (min, max), _) = REAL_FIELDS[which];
            let span = max - min;
            (Just(which), prop_oneof![
                1 => Just(f64::NAN),
                1 => Just(f64::INFINITY),
                1 => Just(f64::NEG_INFINITY),
                1 => any::<f64>(),
                2 => (min - span)..=(max + span),
                4 => min..=max,
            ])
        }),
    ) {
        let (field, (min, max), set) = REAL_FIELDS[which];
        let mut s = base();
        s.assumptions.monte_carlo_paths = 1_000;
        set(&mut s, value);
        match evaluate(&s) {
            Ok(r) => {
                prop_assert!((min..=max).contains(&value));
                prop_assert!(r.tco.options.iter().all(|o| o.npv_eur.is_finite()));
            }
            Err(e) => {
                // Out of range (or not finite): named by the field itself; in range but breaking the
                // sum of its group: named by the group.
                let expected = match group(field) {
                    Some(g) if (min..=max).contains(&value) => g,
                    _ => field,
                };
                prop_assert_eq!(e.field(), expected, "{}", e);
            }
        }
    }
}

#[test]
fn a_german_message_names_the_field_and_its_range_in_german() {
    let mut s = base();
    s.site.pue = 3.5;
    let e = rejected(&s);
    let (min, max) = PUE;
    let fmt = |x: f64| format!("{x}").replace('.', ",");
    assert_eq!(
        e.message(Lang::De),
        format!(
            "site.pue = 3,5 liegt außerhalb des gültigen Bereichs von {} bis {}",
            fmt(min),
            fmt(max)
        )
    );
    let sum = ScenarioError::BadSum {
        field: "compute.mix",
        sum: 1.1,
        expected: 1.0,
    };
    assert_eq!(
        sum.message(Lang::De),
        "compute.mix ergibt in Summe 1,1, muss aber 1 ergeben"
    );
}
