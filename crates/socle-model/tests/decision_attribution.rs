//! Why A beats B: the category bars add up to the NPV difference and the objective bars to the
//! sovereignty difference, for every persona and every pair of options; the frontier is monotone.

use socle_model::decision::{attribute, default_pair, frontier};
use socle_model::sovereignty::MAX_SEAL;
use socle_model::{
    evaluate, persona_scenario, DataSensitivity, DeploymentOption, KeyManagement, Persona, Scenario,
};

fn scenarios() -> Vec<Scenario> {
    let mut out = Vec::new();
    for p in Persona::PRESETS {
        let s = persona_scenario(p);
        out.push(s.clone());
        // Variations that move SEALs and costs: other sensitivities, keys, commitments, utilisation.
        let mut v = s.clone();
        v.organisation.sensitivity = DataSensitivity::Confidential;
        v.platform.key_management = KeyManagement::CustomerHeld;
        v.compute.utilisation = 0.3;
        out.push(v);
        let mut w = s;
        w.organisation.sensitivity = DataSensitivity::Public;
        w.platform.commitment = socle_model::Commitment::ThreeYear;
        w.compute.utilisation = 0.95;
        out.push(w);
    }
    out
}

#[test]
fn category_bars_add_up_to_the_npv_difference_for_every_pair() {
    for s in scenarios() {
        let r = evaluate(&s).unwrap();
        for a in DeploymentOption::ALL {
            for b in DeploymentOption::ALL {
                let at = attribute(&r.tco, &r.sovereignty, a, b);
                let expected = r.tco.option(a).npv_eur - r.tco.option(b).npv_eur;
                let scale = r.tco.option(a).npv_eur.abs().max(r.tco.option(b).npv_eur.abs());
                assert!(
                    (at.bars_total() - expected).abs() <= 1e-9 * scale,
                    "{:?} {a:?}−{b:?}: bars {} vs {expected}",
                    s.persona,
                    at.bars_total()
                );
                assert_eq!(at.npv_difference_eur, expected);
                // Each bar is the category difference, and the waterfall starts at B and ends at A.
                for bar in &at.bars {
                    assert_eq!(bar.delta_eur, bar.a_eur - bar.b_eur);
                }
                let a_total: f64 = at.bars.iter().map(|b| b.a_eur).sum();
                assert!((a_total - at.npv_a_eur).abs() <= 1e-9 * scale);
                if a == b {
                    assert!(at.bars.iter().all(|bar| bar.delta_eur == 0.0));
                }
            }
        }
    }
}

#[test]
fn objective_bars_add_up_to_the_score_difference() {
    for s in scenarios() {
        let r = evaluate(&s).unwrap();
        for a in DeploymentOption::ALL {
            for b in DeploymentOption::ALL {
                let at = attribute(&r.tco, &r.sovereignty, a, b);
                let total: f64 = at.objectives.iter().map(|o| o.delta_points).sum();
                let expected = r.sovereignty.option(a).score - r.sovereignty.option(b).score;
                assert!((total - expected).abs() < 1e-9, "{total} vs {expected}");
                assert_eq!(at.objectives.len(), 8);
            }
        }
    }
}

#[test]
fn default_pair_is_target_against_cheapest_or_runner_up() {
    for s in scenarios() {
        let r = evaluate(&s).unwrap();
        let target = s.platform.target;
        let (a, b) = default_pair(&r.tco, target);
        assert_eq!(a, target);
        assert_ne!(a, b);
        if r.tco.cheapest == target {
            // B is the runner-up: nothing but the target is cheaper.
            for o in DeploymentOption::ALL.iter().filter(|o| **o != target) {
                assert!(r.tco.option(b).npv_eur <= r.tco.option(*o).npv_eur);
            }
        } else {
            assert_eq!(r.tco.option(b).npv_eur, r.tco.option(r.tco.cheapest).npv_eur);
        }
        // The evaluation carries the default pair.
        assert_eq!((r.decision.attribution.a, r.decision.attribution.b), (a, b));
    }
}

#[test]
fn frontier_never_gets_cheaper_as_the_seal_rises() {
    for s in scenarios() {
        let r = evaluate(&s).unwrap();
        let f = frontier(&r.tco, &r.sovereignty);
        assert_eq!(f, r.decision.frontier);
        let mut last: Option<f64> = None;
        let mut reachable = true;
        for level in 0..=MAX_SEAL {
            let l = &f.levels[usize::from(level)];
            assert_eq!(l.seal_at_least, level);
            match (l.option, l.npv_eur) {
                (Some(o), Some(npv)) => {
                    assert!(reachable, "a level is reachable above an unreachable one");
                    assert!(r.sovereignty.option(o).seal >= level);
                    // The cheapest among the options reaching the level.
                    for other in DeploymentOption::ALL {
                        if r.sovereignty.option(other).seal >= level {
                            assert!(npv <= r.tco.option(other).npv_eur);
                        }
                    }
                    if let Some(prev) = last {
                        assert!(
                            npv >= prev,
                            "{:?}: level {level} cheaper than the one below",
                            s.persona
                        );
                        let step = l.step_cost_eur.unwrap();
                        assert!(step >= 0.0 && (step - (npv - prev)).abs() <= 1e-6);
                    } else {
                        assert_eq!(l.step_cost_eur, None);
                    }
                    last = Some(npv);
                }
                (None, None) => {
                    reachable = false;
                    assert!(DeploymentOption::ALL
                        .iter()
                        .all(|o| r.sovereignty.option(*o).seal < level));
                    assert_eq!(l.step_cost_eur, None);
                }
                other => panic!("inconsistent level {other:?}"),
            }
        }
        // Level 0 is the cheapest option of all.
        assert_eq!(f.levels[0].option, Some(r.tco.cheapest));
        // The cost of the required SEAL is the frontier's NPV there minus the cheapest's.
        let req = usize::from(f.required_seal);
        match f.levels.get(req).and_then(|l| l.npv_eur) {
            Some(n) => assert_eq!(
                f.cost_of_required_seal_eur,
                Some(n - r.tco.option(r.tco.cheapest).npv_eur)
            ),
            None => assert_eq!(f.cost_of_required_seal_eur, None),
        }
        for p in &f.points {
            assert_eq!(p.on_frontier, f.levels.iter().any(|l| l.option == Some(p.option)));
        }
    }
}
