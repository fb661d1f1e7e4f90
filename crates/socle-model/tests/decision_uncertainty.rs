//! The decision Monte Carlo: sourced distributions, probabilities that add up, the deterministic
//! limit, common random numbers, and the decomposition checked against full re-evaluations of perturbed
//! scenarios (the check that catches any drift between the TCO model and the decomposition).

use socle_model::catalogue::uncertainty::{self as dist, Spreads, Z90};
use socle_model::catalogue::{all_sources, country, label_of};
use socle_model::decision::uncertainty::{
    path_factors, path_npvs, simulate, sourced_spreads, Decomposition, PathFactors, DEFAULT_PATHS,
};
use socle_model::migration::rng::Xoshiro256PlusPlus;
use socle_model::{
    evaluate, persona_scenario, sovereignty, tco, Commitment, DeploymentOption, Persona, Scenario,
};

fn close(a: f64, b: f64, scale: f64) -> bool {
    (a - b).abs() <= 1e-9 * scale.abs().max(1.0)
}

/// Scenarios that exercise every branch of the TCO model: all personas, and variations of commitment,
/// horizon, existing room, energy override and GPU price override.
fn scenarios() -> Vec<Scenario> {
    let mut out = Vec::new();
    for (k, p) in Persona::PRESETS.into_iter().enumerate() {
        let s = persona_scenario(p);
        out.push(s.clone());
        let mut v = s.clone();
        v.platform.commitment = [Commitment::OneYear, Commitment::ThreeYear, Commitment::OnDemand][k % 3];
        v.compute.horizon_years = [4, 7, 2, 10, 1, 5, 3, 8][k];
        v.site.existing_room_kw = if k % 2 == 0 { 0.0 } else { 300.0 };
        v.assumptions.gpu_price_usd = Some(25_000.0 + 4_000.0 * k as f64);
        v.site.energy_price_override_eur_kwh = Some(0.05 + 0.04 * k as f64);
        out.push(v);
    }
    out
}

#[test]
fn every_distribution_has_a_complete_source_and_a_label() {
    let sources = dist::sources();
    assert_eq!(sources.len(), 10);
    let all: Vec<_> = all_sources().into_iter().map(|(k, _)| k).collect();
    for (key, source) in &sources {
        assert!(source.is_complete(), "{key}: {source:?}");
        assert!(all.contains(key), "{key} missing from all_sources()");
        let en = label_of(key).unwrap_or_else(|| panic!("no label for {key}"));
        assert!(!en.is_empty(), "{key}");
        for lang in [socle_model::Lang::Fr, socle_model::Lang::De] {
            assert_ne!(lang.tr(en), en, "{key}: no {} label", lang.code());
        }
    }
    // The electricity spread is the site country's own volatility.
    for p in Persona::PRESETS {
        let s = persona_scenario(p);
        let c = country(s.site.country);
        let sp = sourced_spreads(&s);
        assert!(close(sp.energy_sigma, c.price_volatility.value / Z90, 1.0));
        assert!(close(
            sp.grid_slip_sd_months,
            dist::GRID_SLIP_SD_PER_LEAD.value * c.grid_lead_time_months.value,
            1.0
        ));
        for v in [
            sp.energy_sigma,
            sp.gpu_price_sigma,
            sp.utilisation_sd,
            sp.usd_per_eur_sigma,
            sp.cloud_decline_sd,
            sp.resale_sigma,
            sp.grid_slip_sd_months,
        ] {
            assert!(v > 0.0);
        }
    }
}

#[test]
fn probabilities_add_up_to_one_and_percentiles_are_ordered() {
    for p in Persona::PRESETS {
        let s = persona_scenario(p);
        let r = evaluate(&s).unwrap();
        let u = &r.decision.uncertainty;
        assert_eq!(u.paths as usize, DEFAULT_PATHS);
        assert!(u.paths >= 5_000);
        let total: f64 = u.options.iter().map(|o| o.p_cheapest).sum();
        assert!((total - 1.0).abs() < 1e-12, "{p:?}: {total}");
        let eligible: Vec<f64> = u.options.iter().filter_map(|o| o.p_cheapest_eligible).collect();
        let any = r.sovereignty.per_option.iter().any(|o| o.meets_requirement);
        if any {
            assert!((eligible.iter().sum::<f64>() - 1.0).abs() < 1e-12, "{p:?}");
        } else {
            assert!(eligible.is_empty());
            assert_eq!(u.expected_regret_eligible_eur, None);
        }
        for o in &u.options {
            assert!((0.0..=1.0).contains(&o.p_cheapest));
            assert_eq!(
                o.p_cheapest_eligible.is_some(),
                any && r.sovereignty.option(o.option).meets_requirement
            );
            assert!(
                o.npv.p10 <= o.npv.p50 && o.npv.p50 <= o.npv.p90,
                "{p:?} {:?}",
                o.option
            );
            assert_eq!(o.band_p10.len(), s.compute.horizon_years as usize);
            for (lo, hi) in o.band_p10.iter().zip(&o.band_p90) {
                assert!(lo <= hi);
            }
        }
        assert!(u.expected_regret_eur >= 0.0);
        assert!(
            u.options[u.most_often_cheapest.index()].p_cheapest
                >= u.options.iter().map(|o| o.p_cheapest).fold(0.0, f64::max)
        );
    }
}

#[test]
fn without_uncertainty_the_deterministic_cheapest_wins_every_future() {
    for s in scenarios() {
        let t = tco::evaluate(&s);
        let sov = sovereignty::evaluate(&s);
        let u = simulate(&s, &t, &sov, &Spreads::none(), 2_000, 7);
        assert_eq!(u.option(t.cheapest).p_cheapest, 1.0, "{:?}", s.persona);
        assert_eq!(u.most_often_cheapest, t.cheapest);
        for o in &u.options {
            let base = t.option(o.option);
            assert_eq!(
                (o.npv.p10, o.npv.p50, o.npv.p90),
                (base.npv_eur, base.npv_eur, base.npv_eur)
            );
            // The bands collapse onto the cumulative cost (whose last point is the NPV).
            let mut expected = base.cumulative_discounted_eur.clone();
            *expected.last_mut().unwrap() = base.npv_eur;
            assert_eq!(o.band_p10, expected);
            assert_eq!(o.band_p90, expected);
        }
        let target = s.platform.target;
        let regret = t.option(target).npv_eur - t.option(t.cheapest).npv_eur;
        assert!(close(u.expected_regret_eur, regret, t.option(target).npv_eur));
    }
}

#[test]
fn same_seed_same_result_other_seed_other_draws() {
    let s = persona_scenario(Persona::HealthDataHost);
    let t = tco::evaluate(&s);
    let sov = sovereignty::evaluate(&s);
    let sp = sourced_spreads(&s);
    let a = simulate(&s, &t, &sov, &sp, 5_000, 42);
    let b = simulate(&s, &t, &sov, &sp, 5_000, 42);
    let c = simulate(&s, &t, &sov, &sp, 5_000, 43);
    assert_eq!(a, b);
    assert_ne!(a.options[0].npv, c.options[0].npv);
    // The evaluation uses the scenario's seed.
    assert_eq!(
        evaluate(&s).unwrap().decision.uncertainty,
        simulate(&s, &t, &sov, &sp, DEFAULT_PATHS, s.assumptions.seed)
    );
}

#[test]
fn every_option_is_priced_in_the_same_futures() {
    // Only the electricity price uncertain: each owned option's NPV moves by its energy cost times the
    // same factor, path by path.
    let s = persona_scenario(Persona::CloudProvider);
    let t = tco::evaluate(&s);
    let spreads = Spreads {
        energy_sigma: 0.2,
        ..Spreads::none()
    };
    let energy = |o: DeploymentOption| t.option(o).npv_by_category.energy;
    let paths = path_npvs(&s, &t, &spreads, 500, 3);
    let mut moved = 0;
    for (f, n) in &paths {
        let on_prem = (n[0] - t.options[0].npv_eur) / energy(DeploymentOption::OnPremises);
        let colo = (n[1] - t.options[1].npv_eur) / energy(DeploymentOption::Colocation);
        assert!((on_prem - colo).abs() < 1e-9, "{on_prem} vs {colo}");
        assert!((on_prem - (f.energy_price - 1.0)).abs() < 1e-9);
        moved += usize::from(f.energy_price != 1.0);
        // Cloud prices embed their energy: unchanged.
        for (npv, base) in n.iter().zip(&t.options).skip(2) {
            assert_eq!(*npv, base.npv_eur);
        }
    }
    assert_eq!(moved, 500);
    // With every input uncertain, the NPVs of path k are those of one re-evaluated scenario.
    let sp = Spreads {
        cloud_decline_mean: 0.0,
        cloud_decline_sd: 0.0,
        grid_slip_probability: 0.0,
        ..sourced_spreads(&s)
    };
    for (f, n) in path_npvs(&s, &t, &sp, 30, 11) {
        let again = tco::evaluate(&f.apply(&s));
        for (npv, o) in n.iter().zip(&again.options) {
            assert!(close(*npv, o.npv_eur, o.npv_eur));
        }
    }
    // The same index draws the same factors whatever else is asked.
    assert_eq!(
        path_factors(&s, &sp, 10, 5),
        path_factors(&s, &sp, 20, 5)[..10].to_vec()
    );
}

/// Random factors, including values that hit the range limits (clamped inputs).
fn factors(rng: &mut Xoshiro256PlusPlus) -> PathFactors {
    let mut draw = |lo: f64, hi: f64| lo + (hi - lo) * rng.next_f64();
    PathFactors {
        energy_price: draw(0.02, 4.0),
        gpu_price: draw(0.03, 3.0),
        utilisation: draw(0.0, 2.0),
        usd_per_eur: draw(0.5, 1.6),
        cloud_decline: 0.0,
        resale: draw(0.0, 4.0),
        grid_slip_months: 0,
    }
}

#[test]
fn decomposition_equals_a_full_re_evaluation_of_perturbed_scenarios() {
    let mut rng = Xoshiro256PlusPlus::seed_from(2026);
    for s in scenarios() {
        let t = tco::evaluate(&s);
        let dec = Decomposition::new(&s, &t);
        let mut cases = vec![PathFactors::NONE];
        cases.extend((0..12).map(|_| factors(&mut rng)));
        for f in cases {
            let perturbed = f.apply(&s);
            perturbed.validate().unwrap();
            for o in DeploymentOption::ALL {
                let expected = tco::evaluate_option(&perturbed, o);
                let got = dec.cumulative(o, &f);
                assert_eq!(got.len(), expected.cumulative_discounted_eur.len());
                for (y, (g, e)) in got.iter().zip(&expected.cumulative_discounted_eur).enumerate() {
                    assert!(
                        close(*g, *e, expected.npv_eur.abs().max(e.abs())),
                        "{:?} {o:?} year {y}: decomposition {g} vs re-evaluation {e} ({f:?})",
                        s.persona
                    );
                }
                assert!(close(dec.npv(o, &f), expected.npv_eur, expected.npv_eur));
            }
        }
    }
}

#[test]
fn cloud_price_decline_equals_year_by_year_re_evaluation() {
    // Year y at price × (1 − δ)^y: the fees of year y are those of a (y + 1)-year horizon minus those of
    // a y-year horizon, re-evaluated at that year's price.
    for commitment in [Commitment::OnDemand, Commitment::OneYear] {
        for p in [
            Persona::AiStartup,
            Persona::HealthDataHost,
            Persona::MidSizeCompany,
        ] {
            let mut s = persona_scenario(p);
            s.platform.commitment = commitment;
            s.compute.horizon_years = 5;
            let t = tco::evaluate(&s);
            let dec = Decomposition::new(&s, &t);
            let delta = 0.12;
            let f = PathFactors {
                cloud_decline: delta,
                ..PathFactors::NONE
            };
            for (ci, o) in [
                DeploymentOption::EuSovereignCloud,
                DeploymentOption::UsSovereignOffer,
                DeploymentOption::UsPublicCloud,
            ]
            .into_iter()
            .enumerate()
            {
                let price = tco::cloud_price_eur_gpu_h(&s, ci);
                let fees = |years: u32, price: f64| {
                    if years == 0 {
                        return 0.0;
                    }
                    let mut m = s.clone();
                    m.compute.horizon_years = years;
                    m.assumptions.cloud_price_eur_gpu_h[ci] = Some(price);
                    tco::evaluate_option(&m, o).npv_by_category.cloud_fees
                };
                let base = t.option(o);
                let got = dec.cumulative(o, &f);
                let mut saved = 0.0;
                for y in 0..5u32 {
                    let year_price = price * (1.0 - delta).powi(y as i32);
                    let at_base = fees(y + 1, price) - fees(y, price);
                    let at_year = fees(y + 1, year_price) - fees(y, year_price);
                    saved += at_base - at_year;
                    let expected = base.cumulative_discounted_eur[y as usize] - saved;
                    assert!(
                        close(got[y as usize], expected, base.npv_eur),
                        "{p:?} {commitment:?} {o:?} year {y}: {} vs {expected}",
                        got[y as usize]
                    );
                }
                assert!(saved > 0.0);
            }
            // Owned options do not move.
            for o in [DeploymentOption::OnPremises, DeploymentOption::Colocation] {
                assert_eq!(dec.npv(o, &f), t.option(o).npv_eur);
            }
        }
    }
}

#[test]
fn grid_delay_bridges_on_the_eu_cloud_and_saves_the_energy() {
    // A 12-month delay: the first year of on-premises energy is not drawn and the EU sovereign cloud
    // bills a year on demand instead, both as re-evaluated with a one-year horizon.
    let mut checked = 0;
    for p in Persona::PRESETS {
        let mut s = persona_scenario(p);
        s.site.existing_room_kw = 0.0;
        let t = tco::evaluate(&s);
        let dec = Decomposition::new(&s, &t);
        let f = PathFactors {
            grid_slip_months: 12,
            ..PathFactors::NONE
        };
        let mut one_year = s.clone();
        one_year.compute.horizon_years = 1;
        one_year.platform.commitment = Commitment::OnDemand;
        let bridge = tco::evaluate_option(&one_year, DeploymentOption::EuSovereignCloud)
            .npv_by_category
            .cloud_fees;
        let energy = tco::evaluate_option(&one_year, DeploymentOption::OnPremises)
            .npv_by_category
            .energy;
        let base = t.option(DeploymentOption::OnPremises).npv_eur;
        let got = dec.npv(DeploymentOption::OnPremises, &f);
        assert!(
            close(got - base, bridge - energy, base),
            "{p:?}: {} vs {}",
            got - base,
            bridge - energy
        );
        for o in &DeploymentOption::ALL[1..] {
            assert_eq!(dec.npv(*o, &f), t.option(*o).npv_eur);
        }
        checked += 1;
    }
    assert_eq!(checked, 8);
    // An existing room large enough for the fleet needs no new connection: no delay effect.
    let mut s = persona_scenario(Persona::MidSizeCompany);
    s.site.existing_room_kw = 500_000.0;
    let t = tco::evaluate(&s);
    let dec = Decomposition::new(&s, &t);
    let f = PathFactors {
        grid_slip_months: 24,
        ..PathFactors::NONE
    };
    assert_eq!(dec.npv(DeploymentOption::OnPremises, &f), t.options[0].npv_eur);
}

mod varied {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

        /// The decomposition against full re-evaluation on scenarios far from the presets: any fleet size,
        /// horizon, commitment, room, discount rate, refresh period, data volume and start date.
        #[test]
        fn decomposition_matches_re_evaluation_on_varied_scenarios(
            persona in 0usize..8,
            gpu_count in 1u32..30_000,
            horizon in 1u32..=10,
            commitment in 0usize..3,
            room in 0.0f64..5_000.0,
            rate in 0.0f64..0.3,
            depreciation in 2u32..=8,
            data in 0.0f64..5_000.0,
            year in 2024u16..2030,
            seed in 0u64..1_000,
        ) {
            let mut s = persona_scenario(Persona::PRESETS[persona]);
            s.compute.gpu_count = gpu_count;
            s.compute.horizon_years = horizon;
            s.platform.commitment = [Commitment::OnDemand, Commitment::OneYear, Commitment::ThreeYear][commitment];
            s.site.existing_room_kw = room;
            s.finance.discount_rate = rate;
            s.finance.depreciation_years = depreciation;
            s.migration.data_volume_tb = data;
            s.start.year = year;
            s.validate().unwrap();
            let t = tco::evaluate(&s);
            let dec = Decomposition::new(&s, &t);
            let mut rng = Xoshiro256PlusPlus::seed_from(seed);
            for _ in 0..4 {
                let f = factors(&mut rng);
                let perturbed = f.apply(&s);
                for o in DeploymentOption::ALL {
                    let expected = tco::evaluate_option(&perturbed, o);
                    for (g, e) in dec.cumulative(o, &f).iter().zip(&expected.cumulative_discounted_eur) {
                        prop_assert!(close(*g, *e, expected.npv_eur.abs().max(e.abs())), "{o:?}: {g} vs {e} ({f:?})");
                    }
                }
            }
        }
    }
}

/// Nearest-rank P10, P50 and P90 by a full sort (independent of the model's selection).
fn sorted_percentiles(mut v: Vec<f64>) -> (f64, f64, f64) {
    v.sort_by(f64::total_cmp);
    let rank = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
    (rank(0.1), rank(0.5), rank(0.9))
}

#[test]
fn npv_bands_are_ordered_contain_the_deterministic_npv_and_match_a_full_sort() {
    use socle_model::decision::uncertainty::BAND_PATHS;
    for p in Persona::PRESETS {
        let s = persona_scenario(p);
        let r = evaluate(&s).unwrap();
        let u = &r.decision.uncertainty;
        let years = s.compute.horizon_years as usize;
        let spreads = sourced_spreads(&s);
        let paths = path_npvs(&s, &r.tco, &spreads, DEFAULT_PATHS, s.assumptions.seed);
        let dec = Decomposition::new(&s, &r.tco);
        let factors = path_factors(&s, &spreads, BAND_PATHS, s.assumptions.seed);
        for o in &u.options {
            let i = o.option.index();
            assert_eq!(o.band_p10.len(), years);
            assert_eq!(o.band_p50.len(), years);
            assert_eq!(o.band_p90.len(), years);
            for y in 0..years {
                assert!(
                    o.band_p10[y] <= o.band_p50[y] && o.band_p50[y] <= o.band_p90[y],
                    "{p:?} {:?} year {}",
                    o.option,
                    y + 1
                );
            }
            // The band ends on the NPV percentiles of every future, and contains the NPV at the
            // scenario's own values.
            let npv = r.tco.option(o.option).npv_eur;
            let (p10, p50, p90) = sorted_percentiles(paths.iter().map(|(_, n)| n[i]).collect());
            assert_eq!(
                (
                    o.band_p10[years - 1],
                    o.band_p50[years - 1],
                    o.band_p90[years - 1]
                ),
                (p10, p50, p90),
                "{p:?} {:?}",
                o.option
            );
            assert_eq!((o.npv.p10, o.npv.p50, o.npv.p90), (p10, p50, p90));
            assert!(
                p10 <= npv && npv <= p90,
                "{p:?} {:?}: {p10} {npv} {p90}",
                o.option
            );
            // Earlier years: percentiles of the first futures' cumulative costs.
            let cumulative: Vec<Vec<f64>> = factors.iter().map(|f| dec.cumulative(o.option, f)).collect();
            for y in 0..years - 1 {
                let (q10, q50, q90) = sorted_percentiles(cumulative.iter().map(|c| c[y]).collect());
                assert_eq!((o.band_p10[y], o.band_p50[y], o.band_p90[y]), (q10, q50, q90));
            }
        }
    }
}
