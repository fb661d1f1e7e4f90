//! Goal seeks: for every persona and option, applying each answer makes that option strictly the
//! cheapest; "no value in range" is checked at both ends of the range; the value lies just past the
//! tipping point.

use proptest::prelude::*;
use socle_model::decision::{apply, goal_seek, Answer, GoalSeekInput, Method};
use socle_model::{evaluate, persona_scenario, tco, Commitment, DeploymentOption, Persona, Scenario};

/// True when `option` is strictly the cheapest of the five in `s` (full re-evaluation).
fn strictly_cheapest(s: &Scenario, option: DeploymentOption) -> bool {
    let t = tco::evaluate(s);
    let mine = t.option(option).npv_eur;
    DeploymentOption::ALL
        .iter()
        .all(|o| *o == option || mine < t.option(*o).npv_eur)
}

fn check(s: &Scenario) {
    let r = evaluate(s).unwrap();
    for g in &r.decision.goal_seek {
        let o = g.option;
        let now = strictly_cheapest(s, o);
        assert_eq!(g.currently_cheapest, now, "{:?} {o:?}", s.persona);
        assert_eq!(g.meets_required_seal, r.sovereignty.option(o).meets_requirement);
        assert_eq!(g.rows.len(), GoalSeekInput::ALL.len());
        for row in &g.rows {
            let input = row.input;
            let (lo, hi) = input.range();
            assert_eq!(row.range, (lo, hi));
            match row.answer {
                Answer::NotApplicable => {
                    assert!(
                        input == GoalSeekInput::CloudPrice && o.is_owned(),
                        "{input:?} {o:?}"
                    );
                    assert_eq!(row.current, None);
                }
                Answer::AlreadyCheapest => assert!(now),
                Answer::At {
                    value,
                    tipping_point,
                    method,
                } => {
                    assert!(!now);
                    assert!((lo..=hi).contains(&value), "{input:?} {value}");
                    let applied = apply(s, input, o, value);
                    applied.validate().unwrap();
                    assert!(
                        strictly_cheapest(&applied, o),
                        "{:?}: {o:?} not cheapest at {input:?} = {value}",
                        s.persona
                    );
                    if input.is_integer() {
                        assert_eq!(value.fract(), 0.0);
                        assert_eq!(method, Method::IntegerSearch);
                        // The neighbour towards the current value does not win.
                        assert!((value - tipping_point).abs() == 1.0);
                        assert!(!strictly_cheapest(&apply(s, input, o, tipping_point), o));
                    } else {
                        // Just past the tipping point: a little before it the option does not win.
                        let width = hi - lo;
                        assert!(
                            (value - tipping_point).abs() <= 1e-4 * width,
                            "{input:?} {value} {tipping_point}"
                        );
                        let back = tipping_point
                            - 10.0 * (value - tipping_point)
                            - (value - tipping_point).signum() * 1e-7 * width;
                        if (lo..=hi).contains(&back) {
                            assert!(
                                !strictly_cheapest(&apply(s, input, o, back), o),
                                "{:?} {o:?} {input:?}: wins before the tipping point {back}",
                                s.persona
                            );
                        }
                    }
                }
                Answer::NoValueInRange => {
                    assert!(!now);
                    for end in [lo, hi] {
                        assert!(
                            !strictly_cheapest(&apply(s, input, o, end), o),
                            "{:?} {o:?} wins at {input:?} = {end}",
                            s.persona
                        );
                    }
                }
            }
        }
        // The single-option entry point agrees with the evaluation.
        assert_eq!(&goal_seek(s, &r.sovereignty, o), g);
    }
}

#[test]
fn every_answer_of_every_persona_makes_its_option_cheapest() {
    for p in Persona::PRESETS {
        check(&persona_scenario(p));
    }
}

#[test]
fn exact_answers_are_where_two_npvs_cross() {
    // Inputs in which every NPV is a straight line are solved in closed form: at the tipping point the
    // option ties with the cheapest other option.
    let mut solved = 0;
    for p in Persona::PRESETS {
        let s = persona_scenario(p);
        let r = evaluate(&s).unwrap();
        for g in &r.decision.goal_seek {
            for row in &g.rows {
                let Answer::At {
                    tipping_point,
                    method,
                    ..
                } = row.answer
                else {
                    continue;
                };
                if matches!(row.input, GoalSeekInput::GpuCount | GoalSeekInput::Horizon) {
                    assert_eq!(method, Method::IntegerSearch);
                    continue;
                }
                assert_eq!(method, Method::Exact, "{p:?} {:?} {:?}", g.option, row.input);
                let t = tco::evaluate(&apply(&s, row.input, g.option, tipping_point));
                let mine = t.option(g.option).npv_eur;
                let other = DeploymentOption::ALL
                    .iter()
                    .filter(|o| **o != g.option)
                    .map(|o| t.option(*o).npv_eur)
                    .fold(f64::INFINITY, f64::min);
                assert!(
                    (mine - other).abs() <= 1e-9 * mine.abs(),
                    "{p:?} {:?} {:?}: {mine} vs {other}",
                    g.option,
                    row.input
                );
                solved += 1;
            }
        }
    }
    assert!(solved >= 20, "only {solved} exact answers");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn answers_hold_on_varied_scenarios(
        persona in 0usize..8,
        utilisation in 0.05f64..1.0,
        price in 0.03f64..0.45,
        gpu_count in 1u32..20_000,
        horizon in 1u32..=10,
        commitment in 0usize..3,
        cloud in proptest::option::of(0.5f64..12.0),
    ) {
        let mut s = persona_scenario(Persona::PRESETS[persona]);
        s.compute.utilisation = utilisation;
        s.site.energy_price_override_eur_kwh = Some(price);
        s.compute.gpu_count = gpu_count;
        s.compute.horizon_years = horizon;
        s.platform.commitment = [Commitment::OnDemand, Commitment::OneYear, Commitment::ThreeYear][commitment];
        s.assumptions.cloud_price_eur_gpu_h[0] = cloud;
        check(&s);
    }
}
