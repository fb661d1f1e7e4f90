//! Invariants of the whole evaluation, over valid scenarios drawn by moving the eight persona presets
//! across the valid range of their inputs.
//!
//! The model's invariants (models brief, "Invariants worth property tests") are tested where they live;
//! this file adds what only the whole [`evaluate`] can show:
//!
//! | Invariant | Where |
//! |---|---|
//! | every number in the results is finite, for every valid input | here (whole `Results`); `tco_properties`, `migration_properties` per model |
//! | utilisation 0 → cost per useful GPU-hour unavailable | here (through `evaluate`); `tco_properties::idle_fleets_have_no_cost_per_useful_hour` |
//! | same inputs and seed → identical results | here (whole `Results`); `migration_properties` for the Monte Carlo alone |
//! | weights sum to 100 | here (weights used by `evaluate`); `sovereignty_score`, `sovereignty_properties` |
//! | every headline explains itself with inputs and complete sources | here |
//! | best-option map = cheapest eligible NPV from `tco::npv_coefficients`, cell by cell | here |
//! | levelised cost per useful GPU-hour = NPV ÷ (u × `tco::present_gpu_hours`) | here |
//! | tornado bars = the target's NPV re-evaluated with the input moved; goal seeks hold | here |
//! | more GPUs never cost less; a dearer kWh never lowers an owned option's cost | `tco_properties` |
//! | SEAL never above the lowest criterion SEAL | `sovereignty_properties::seal_is_the_lowest_criterion_seal…` |
//! | an option within 0.1 % of the cheapest NPV is never economically blocked by payback or premium | here |
//! | cost of waiting grows with delay (starts from 2027-01, lock-in growth positive) | `migration_properties::waiting_costs_more_every_year…` |

use proptest::prelude::*;
use socle_model::explain::{explain, Headline};
use socle_model::sensitivity::{TornadoInput, MAP_SIZE};
use socle_model::tco::{self, npv_coefficients, present_gpu_hours};
use socle_model::{
    evaluate, persona_scenario, Commitment, Country, DataSensitivity, DeploymentOption, GpuModel,
    KeyManagement, Lang, Persona, ProviderHq, Results, Scenario, StartMonth, WeightProfile, WorkloadMix,
};

/// `a` and `b` agree to `rel` of their magnitude (or to 1e-6 near zero).
fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * a.abs().max(b.abs()).max(1e-6 / rel)
}

fn pick<T: Copy + std::fmt::Debug + 'static>(items: &'static [T]) -> impl Strategy<Value = T> {
    (0..items.len()).prop_map(move |i| items[i])
}

/// A persona preset with its inputs redrawn inside their valid ranges. The Monte Carlo runs 1,000 paths
/// (the smallest valid count) to keep the suite quick: no invariant here depends on the path count.
fn arb_scenario() -> impl Strategy<Value = Scenario> {
    let compute = (
        pick(&GpuModel::ALL),
        prop_oneof![1..=256u32, 1..=100_000u32],
        prop_oneof![1 => Just(0.0), 1 => Just(1.0), 6 => 0.0..=1.0f64],
        (0.0..=1.0f64, 0.0..=1.0f64, 0.0..=1.0f64),
        (1..=10u32, 0..=60u32),
    );
    let site = (
        pick(&Country::ALL),
        proptest::option::of(0.01..=1.0f64),
        1.0..=3.0f64,
        0.0..=2_000.0f64,
        prop_oneof![Just(0.0), 0.0..=50_000.0f64],
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
    let organisation = (
        pick(&[
            DataSensitivity::Public,
            DataSensitivity::Internal,
            DataSensitivity::Confidential,
            DataSensitivity::RegulatedHealth,
            DataSensitivity::CriticalDefence,
        ]),
        1.0e5..=1.0e11f64,
        any::<bool>(),
        (2024u16..=2040, 1u8..=12),
    );
    let migration = (
        (0.0..=1.0f64, 1..=500u32, 0..=100u32, 0.0..=1.0f64),
        (any::<bool>(), 1.0..=12.0f64, 3..=60u32, 0.0..=100_000.0f64),
    );
    let assumptions = (
        pick(&[
            WeightProfile::Oct2025,
            WeightProfile::Jun2026,
            WeightProfile::Custom,
        ]),
        proptest::array::uniform8(0.0..=1.0f64),
        any::<u64>(),
        proptest::option::of(1_000.0..=200_000.0f64),
    );
    (
        pick(&Persona::PRESETS),
        compute,
        site,
        finance,
        platform,
        organisation,
        migration,
        assumptions,
    )
        .prop_map(
            |(persona, compute, site, finance, platform, org, migration, assumptions)| {
                let mut s = persona_scenario(persona);
                let (gpu, count, u, (t, f, i), (horizon, needed)) = compute;
                s.compute.gpu = gpu;
                s.compute.gpu_count = count;
                s.compute.utilisation = u;
                let sum = t + f + i;
                if sum > 0.0 {
                    s.compute.mix = WorkloadMix {
                        training: t / sum,
                        fine_tuning: f / sum,
                        inference: 1.0 - t / sum - f / sum,
                    };
                }
                s.compute.horizon_years = horizon;
                s.compute.months_until_needed = needed;
                let (country, price, pue, grid, room) = site;
                s.site.country = country;
                s.site.energy_price_override_eur_kwh = price;
                s.site.pue = pue;
                s.site.grid_capacity_mw = grid;
                s.site.existing_room_kw = room;
                let (rate, years, residual, usd) = finance;
                s.finance.discount_rate = rate;
                s.finance.depreciation_years = years;
                s.finance.residual_value_share = residual;
                s.finance.usd_per_eur = usd;
                let (target, hq, keys, commitment) = platform;
                s.platform.target = target;
                s.platform.provider_hq = hq;
                s.platform.key_management = keys;
                s.platform.commitment = commitment;
                let (sensitivity, budget, us_parent, (year, month)) = org;
                s.organisation.sensitivity = sensitivity;
                s.organisation.annual_it_budget_eur = budget;
                s.organisation.us_parent = us_parent;
                s.start = StartMonth { year, month };
                let ((share, workloads, new, proprietary), (big_bang, waves, cutover, data)) = migration;
                let m = &mut s.migration;
                m.hyperscaler_share = share;
                m.workloads = workloads;
                m.new_workloads_per_year = new;
                m.proprietary_share = proprietary;
                m.strategy = if big_bang {
                    socle_model::Strategy::BigBang
                } else {
                    socle_model::Strategy::Progressive
                };
                m.waves_per_year = waves;
                m.cutover_month = cutover;
                m.data_volume_tb = data;
                let (profile, raw_weights, seed, gpu_price) = assumptions;
                let a = &mut s.assumptions;
                a.weight_profile = profile;
                let total: f64 = raw_weights.iter().sum();
                if total > 0.0 {
                    a.sovereignty_weights = raw_weights.map(|w| 100.0 * w / total);
                }
                a.seed = seed;
                a.gpu_price_usd = gpu_price;
                a.monte_carlo_paths = 1_000;
                s
            },
        )
        .prop_filter("custom weights must add up to 100", |s| s.validate().is_ok())
}

/// Every number of the results, in their debug rendering: a non-finite `f64` reads `NaN`, `inf` or
/// `-inf` there, whereas serialisation would turn it into the same `null` as an unavailable figure.
fn non_finite_numbers(r: &Results) -> Vec<String> {
    let text = format!("{r:?}");
    let mut found = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        if !(c.is_alphanumeric() || c == '_') {
            let token = &text[start..i];
            if token == "NaN" || token == "inf" {
                let from = text[..start].rfind(['{', ',']).unwrap_or(0);
                found.push(text[from..i].to_string());
            }
            start = i + c.len_utf8();
        }
    }
    found
}

#[test]
fn the_finiteness_check_finds_nan_and_infinities() {
    let mut r = evaluate(&persona_scenario(Persona::HealthDataHost)).unwrap();
    assert!(non_finite_numbers(&r).is_empty());
    r.tco.options[1].npv_eur = f64::NAN;
    r.migration.big_bang.total_cost_eur.p90 = f64::NEG_INFINITY;
    r.best_option_map.energy_price[3] = f64::INFINITY;
    let found = non_finite_numbers(&r);
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(found[0].contains("npv_eur: NaN"), "{found:?}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn every_number_in_the_results_is_finite(s in arb_scenario()) {
        let r = evaluate(&s).unwrap();
        let bad = non_finite_numbers(&r);
        prop_assert!(bad.is_empty(), "{:?}", bad);
        // An idle fleet has no cost per useful GPU-hour: unavailable, not infinite.
        for o in &r.tco.options {
            let available = s.compute.utilisation > 0.0;
            prop_assert_eq!(o.cost_per_useful_gpu_hour_eur.is_some(), available);
            prop_assert_eq!(o.levelised_cost_per_useful_gpu_hour_eur.is_some(), available);
        }
        // The serialised form the dashboard and the CSV export read holds no null but unavailable
        // figures: the debug check above is the one that tells them apart.
        prop_assert!(serde_json::to_string(&r).is_ok());
    }

    #[test]
    fn an_option_near_the_cheapest_npv_is_not_economically_blocked(s in arb_scenario()) {
        use socle_model::constraints::{ConstraintKind, Reason};
        let r = evaluate(&s).unwrap();
        let cheapest = r.tco.option(r.tco.cheapest).npv_eur;
        for (o, c) in r.tco.options.iter().zip(&r.constraints_by_option) {
            if cheapest > 0.0 && o.npv_eur <= cheapest * 1.001 {
                for f in &c.pressure(ConstraintKind::Economic).factors {
                    // Only a year's budget committed up front or a fully idle fixed fleet can block it.
                    if matches!(f.reason, Reason::Payback { .. } | Reason::CostPremium { .. } | Reason::FixedCostShare { .. }) {
                        prop_assert!(f.value < 100.0, "{:?}: {:?} at {}", o.option, f.reason, f.value);
                    }
                    prop_assert!(f.reason.scale().is_some(), "{:?}", f.reason);
                }
            }
        }
    }

    #[test]
    fn the_same_scenario_and_seed_give_identical_results(s in arb_scenario()) {
        let first = evaluate(&s).unwrap();
        let again = evaluate(&s.clone()).unwrap();
        prop_assert!(first == again);
    }

    #[test]
    fn the_weights_used_sum_to_100(s in arb_scenario()) {
        let r = evaluate(&s).unwrap();
        let sum: f64 = r.sovereignty.weights.iter().sum();
        prop_assert!((sum - 100.0).abs() < 1e-9, "{}", sum);
        prop_assert!(r.sovereignty.per_option.iter().all(|o| (0.0..=100.0).contains(&o.score)));
    }

    #[test]
    fn every_headline_explains_itself_with_inputs_and_complete_sources(s in arb_scenario()) {
        let r = evaluate(&s).unwrap();
        for headline in Headline::ALL {
            let e = explain(&s, &r, headline);
            prop_assert_eq!(e.headline, headline);
            prop_assert!(Lang::ALL.iter().all(|l| !l.tr(e.formula).is_empty()));
            prop_assert!(!e.inputs.is_empty(), "{:?} has no inputs", headline);
            prop_assert!(!e.sources.is_empty(), "{:?} has no sources", headline);
            for (key, source) in &e.sources {
                prop_assert!(source.is_complete(), "{:?}: {} {:?}", headline, key, source);
            }
            for input in &e.inputs {
                prop_assert!(input.value.is_finite(), "{:?}: {:?}", headline, input);
                prop_assert!(Lang::ALL.iter().all(|l| !l.tr(input.label).is_empty()));
            }
        }
    }

    #[test]
    fn the_best_option_map_is_the_cheapest_eligible_npv_in_each_cell(
        s in arb_scenario(),
        spots in proptest::collection::vec((0..MAP_SIZE, 0..MAP_SIZE), 8),
    ) {
        let r = evaluate(&s).unwrap();
        let map = &r.best_option_map;
        prop_assert_eq!(map.cells.len(), MAP_SIZE * MAP_SIZE);
        let coefficients = npv_coefficients(&s);
        let eligible: Vec<bool> = r.sovereignty.per_option.iter().map(|o| o.meets_requirement).collect();
        prop_assert_eq!(&map.eligible[..], &eligible[..]);
        for (row, column) in spots {
            let (u, p) = (map.utilisation[column], map.energy_price[row]);
            let cell = map.cells[row * MAP_SIZE + column].map(usize::from);
            // Directly from the coefficients: the eligible option with the lowest NPV.
            let npv = |i: usize| coefficients[i].npv(u, p);
            let cheapest = (0..5).filter(|&i| eligible[i]).min_by(|&i, &j| npv(i).total_cmp(&npv(j)));
            prop_assert_eq!(cell, cheapest, "cell ({}, {})", u, p);
            // And from a full TCO evaluation at that utilisation and price (equal up to ties).
            if let Some(best) = cell {
                let mut at = s.clone();
                at.compute.utilisation = u;
                at.site.energy_price_override_eur_kwh = Some(p);
                let t = tco::evaluate(&at);
                for i in (0..5).filter(|&i| eligible[i]) {
                    let (b, o) = (t.options[best].npv_eur, t.options[i].npv_eur);
                    prop_assert!(b <= o || close(b, o, 1e-9), "{} > {} at ({}, {})", b, o, u, p);
                }
            }
        }
    }

    #[test]
    fn levelised_cost_is_npv_over_present_useful_hours(s in arb_scenario()) {
        let r = evaluate(&s).unwrap();
        let hours = present_gpu_hours(&s);
        let u = s.compute.utilisation;
        for o in &r.tco.options {
            match o.levelised_cost_per_useful_gpu_hour_eur {
                Some(levelised) => prop_assert!(
                    close(levelised, o.npv_eur / (u * hours), 1e-9),
                    "{:?}: {} vs {}", o.option, levelised, o.npv_eur / (u * hours)
                ),
                None => prop_assert_eq!(u, 0.0),
            }
        }
    }

    #[test]
    fn tornado_bars_are_the_target_npv_with_one_input_moved(s in arb_scenario()) {
        let r = evaluate(&s).unwrap();
        let target = s.platform.target;
        prop_assert_eq!(r.tornado.option, target);
        prop_assert_eq!(r.tornado.base_npv, r.tco.option(target).npv_eur);
        for pair in r.tornado.bars.windows(2) {
            prop_assert!(pair[0].swing() >= pair[1].swing());
        }
        for bar in &r.tornado.bars {
            // The values shown are the ones used: inside the input's valid range.
            let (min, max) = bar.input.range();
            prop_assert!(min <= bar.values.0 && bar.values.0 <= bar.values.1 && bar.values.1 <= max,
                "{:?}: {:?} outside {}–{}", bar.input, bar.values, min, max);
            for (value, npv) in [(bar.values.0, bar.npv_low_input), (bar.values.1, bar.npv_high_input)] {
                let moved = with_tornado_input(&s, bar.input, value);
                let expected = tco::evaluate(&moved).option(target).npv_eur;
                prop_assert!(close(npv, expected, 1e-9), "{:?} = {}: {} vs {}", bar.input, value, npv, expected);
            }
        }
    }

    #[test]
    fn goal_seeks_hold(s in arb_scenario()) {
        let r = evaluate(&s).unwrap();
        let npv = |o: DeploymentOption| r.tco.option(o).npv_eur;
        for (level, answer) in r.goal_seek.cheapest_with_seal_at_least.iter().enumerate() {
            let reaching: Vec<DeploymentOption> = DeploymentOption::ALL
                .into_iter()
                .filter(|o| usize::from(r.sovereignty.option(*o).seal) >= level)
                .collect();
            match answer {
                Some(best) => {
                    prop_assert!(reaching.contains(best));
                    prop_assert!(reaching.iter().all(|o| npv(*best) <= npv(*o)));
                }
                None => prop_assert!(reaching.is_empty()),
            }
        }
        if let Some((from, to)) = r.goal_seek.on_premises_wins_between_eur_kwh {
            prop_assert!(from <= to);
            let mut at = s.clone();
            at.site.energy_price_override_eur_kwh = Some((from + to) / 2.0);
            let t = tco::evaluate(&at);
            let on_premises = t.option(DeploymentOption::OnPremises).npv_eur;
            for o in &t.options {
                prop_assert!(on_premises <= o.npv_eur || close(on_premises, o.npv_eur, 1e-9));
            }
        }
    }
}

/// The scenario with one tornado input set to `value`, independently of the sensitivity module: the
/// same field the dashboard control of that input writes.
fn with_tornado_input(s: &Scenario, input: TornadoInput, value: f64) -> Scenario {
    let mut m = s.clone();
    let target = s.platform.target;
    match input {
        TornadoInput::GpuPrice => m.assumptions.gpu_price_usd = Some(value),
        TornadoInput::EnergyPrice => m.site.energy_price_override_eur_kwh = Some(value),
        TornadoInput::Utilisation => m.compute.utilisation = value,
        TornadoInput::Pue if target == DeploymentOption::OnPremises => m.site.pue = value,
        TornadoInput::Pue => m.assumptions.colo_pue = value,
        TornadoInput::DiscountRate => m.finance.discount_rate = value,
        TornadoInput::StaffCost => m.assumptions.staff_eur_per_fte = value,
        TornadoInput::CloudPrice => {
            let i = socle_model::catalogue::options::cloud_index(target).unwrap();
            m.assumptions.cloud_price_eur_gpu_h[i] = Some(value);
        }
        TornadoInput::ColocationFee => m.assumptions.colo_eur_per_kw_month = value,
        TornadoInput::Maintenance => m.assumptions.maintenance_share = value,
        TornadoInput::ExchangeRate => m.finance.usd_per_eur = value,
    }
    assert_eq!(m.validate(), Ok(()), "{input:?} = {value}");
    m
}
