//! Invariants of the constraint model over valid scenarios drawn across every input range.

mod tco_support;

use proptest::prelude::*;
use socle_model::constraints::{self, ConstraintKind, Relaxer};
use socle_model::tco;
use tco_support::arb_scenario;

proptest! {
    #[test]
    fn pressures_stay_within_0_and_100(s in arb_scenario()) {
        let c = constraints::evaluate(&s, &tco::evaluate(&s));
        for (p, kind) in c.pressures.iter().zip(ConstraintKind::ALL) {
            prop_assert_eq!(p.kind, kind);
            prop_assert!((0.0..=100.0).contains(&p.value), "{:?}", p);
            prop_assert!((0.0..=p.value).contains(&p.relaxed_value), "{:?}", p);
            prop_assert!(p.factors.iter().all(|f| (0.0..=100.0).contains(&f.value)));
            prop_assert!(p.factors.iter().any(|f| f.value == p.value && f.reason == p.reason));
            prop_assert_eq!(p.relaxer == Relaxer::None, p.relaxed_value == p.value);
        }
    }

    #[test]
    fn binding_constraint_is_the_highest_pressure(s in arb_scenario()) {
        let c = constraints::evaluate(&s, &tco::evaluate(&s));
        let binding = c.binding_pressure().value;
        prop_assert!(c.pressures.iter().all(|p| p.value <= binding));
    }

    #[test]
    fn applying_the_relaxer_gives_the_relaxed_value(s in arb_scenario()) {
        let c = constraints::evaluate(&s, &tco::evaluate(&s));
        for p in &c.pressures {
            let mut relaxed = s.clone();
            p.relaxer.apply(&mut relaxed);
            prop_assert!(relaxed.validate().is_ok(), "{:?}", p.relaxer);
            let after = constraints::evaluate(&relaxed, &tco::evaluate(&relaxed));
            let value = after.pressure(p.kind).value;
            prop_assert!((value - p.relaxed_value).abs() < 1e-6, "{:?} {:?}: {} vs {}", p.kind, p.relaxer, value, p.relaxed_value);
        }
    }
}
