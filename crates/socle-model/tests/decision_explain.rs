//! Every decision figure explains itself: a formula in both languages, finite input values and complete
//! sources; and the results serialise for the dashboard.

use socle_model::decision::{explain, DecisionFigure};
use socle_model::{evaluate, persona_scenario, DeploymentOption, Persona};

#[test]
fn every_decision_figure_has_its_derivation() {
    for p in Persona::PRESETS {
        let s = persona_scenario(p);
        let r = evaluate(&s).unwrap();
        let mut figures = vec![
            DecisionFigure::Odds,
            DecisionFigure::NpvBands,
            DecisionFigure::Frontier,
            DecisionFigure::Attribution,
        ];
        figures.extend(DeploymentOption::ALL.map(DecisionFigure::GoalSeek));
        for figure in figures {
            let e = explain(&s, &r.decision, figure);
            assert_eq!(e.figure, figure);
            assert!(socle_model::Lang::ALL.iter().all(|l| !l.tr(e.formula).is_empty()));
            assert!(!e.inputs.is_empty(), "{p:?} {figure:?}");
            for i in &e.inputs {
                assert!(i.value.is_finite(), "{p:?} {figure:?} {:?}", i.label);
                assert!(socle_model::Lang::ALL.iter().all(|l| !l.tr(i.label).is_empty()));
            }
            assert!(!e.sources.is_empty(), "{p:?} {figure:?}");
            for (key, source) in &e.sources {
                assert!(source.is_complete(), "{key}");
            }
        }
        // The odds name every distribution's source.
        let odds = explain(&s, &r.decision, DecisionFigure::Odds);
        for (key, _) in socle_model::catalogue::uncertainty::sources() {
            assert!(odds.sources.iter().any(|(k, _)| *k == key), "{key}");
        }
        assert!(odds.sources.iter().any(|(k, _)| k.ends_with("price_volatility")));
        // The bands name the same distributions, and give each option's P10 and P90 as the chart draws them.
        let bands = explain(&s, &r.decision, DecisionFigure::NpvBands);
        for (key, _) in &odds.sources {
            assert!(bands.sources.iter().any(|(k, _)| k == key), "{key}");
        }
        for o in &r.decision.uncertainty.options {
            let of = |label: &str| {
                bands
                    .inputs
                    .iter()
                    .find(|i| i.label == label && i.qualifier == Some(o.option.id()))
                    .map(|i| i.value)
            };
            assert_eq!(of("NPV P10"), o.band_p10.last().copied());
            assert_eq!(of("NPV P90"), o.band_p90.last().copied());
            assert_eq!(
                of("NPV at the scenario's values"),
                Some(r.tco.option(o.option).npv_eur)
            );
        }
        let json = serde_json::to_value(&r.decision).unwrap();
        for key in ["uncertainty", "frontier", "attribution", "goal_seek"] {
            assert!(json.get(key).is_some(), "{key}");
        }
    }
}
