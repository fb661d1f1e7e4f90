//! The edits the advanced panel makes to a scenario, as plain functions (tested natively).

use socle_model::scenario::ranges::WEIGHT_PERCENT;
use socle_model::sovereignty::{default_profile, weights_for, OBJECTIVE_COUNT};
use socle_model::{AnswerOverride, Assumptions, DeploymentOption, Scenario, WeightProfile};

/// Eight objective weights, percent, SOV-1..SOV-8.
pub type Weights = [f64; OBJECTIVE_COUNT];

/// Sets `option`'s answer to criterion `criterion` (index 0..48): any earlier override of the same option
/// and criterion is replaced, and choosing the option's documented default answer removes the override
/// rather than storing one that changes nothing (the scenario stays as sparse as the user's changes).
pub fn set_answer(scenario: &mut Scenario, option: DeploymentOption, criterion: usize, answer: u8) {
    let platform = &scenario.platform;
    let default = default_profile(option, platform.provider_hq, platform.key_management)[criterion];
    let overrides = &mut scenario.assumptions.answer_overrides;
    overrides.retain(|o| !(o.option == option && usize::from(o.criterion) == criterion));
    if answer != default {
        overrides.push(AnswerOverride {
            option,
            criterion: criterion as u8,
            answer,
        });
    }
}

/// The weights the score uses: the named profile's, or the custom ones.
pub fn weights_in_force(a: &Assumptions) -> Weights {
    weights_for(a.weight_profile, &a.sovereignty_weights)
}

/// Switches to a weight profile. A named profile also copies its weights into the custom ones, so that
/// editing one weight afterwards starts from what was in force; `Custom` keeps the weights in force.
pub fn set_profile(a: &mut Assumptions, profile: WeightProfile) {
    a.sovereignty_weights = weights_in_force(a);
    if profile != WeightProfile::Custom {
        a.sovereignty_weights = weights_for(profile, &a.sovereignty_weights);
    }
    a.weight_profile = profile;
}

/// Uses `weights` as custom weights (the caller has checked them with [`check_weights`]).
pub fn set_custom_weights(a: &mut Assumptions, weights: Weights) {
    a.weight_profile = WeightProfile::Custom;
    a.sovereignty_weights = weights;
}

/// What is wrong, if anything, with weights typed by the user.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum WeightsCheck {
    /// Every weight is a number from 0 to 100 and they add up to 100: they can apply.
    Valid,
    /// A weight is empty, not a number, or outside 0..=100.
    BadValue,
    /// The weights are valid numbers that do not add up to 100; holds their sum.
    BadSum(f64),
}

/// Checks typed weights with the rules of `Scenario::validate` (range 0..=100 each, sum 100 within the
/// model's tolerance of 1e-6 × 100), so that the panel never sends weights the model would refuse.
pub fn check_weights(weights: &Weights) -> WeightsCheck {
    let (min, max) = WEIGHT_PERCENT;
    if weights.iter().any(|w| !w.is_finite() || *w < min || *w > max) {
        return WeightsCheck::BadValue;
    }
    let sum: f64 = weights.iter().sum();
    if (sum - 100.0).abs() > 1e-4 {
        WeightsCheck::BadSum(sum)
    } else {
        WeightsCheck::Valid
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use socle_model::sovereignty::{answers_for, CRITERIA, WEIGHTS_JUN_2026, WEIGHTS_OCT_2025};
    use socle_model::Persona;

    fn scenario() -> Scenario {
        crate::fixture::scenario(Persona::CriticalSoftwareVendor)
    }

    #[test]
    fn an_answer_replaces_the_earlier_override_of_the_same_cell() {
        let mut s = scenario();
        let o = DeploymentOption::Colocation;
        let default = answers_for(&s, o)[30];
        let len = CRITERIA[30].ladder_len();
        assert!(len >= 3, "the test needs three answers");
        let (a, b) = ((default + 1) % len, (default + 2) % len);
        set_answer(&mut s, o, 30, a);
        set_answer(&mut s, DeploymentOption::OnPremises, 30, a);
        set_answer(&mut s, o, 30, b);
        let cell: Vec<_> = s
            .assumptions
            .answer_overrides
            .iter()
            .filter(|x| x.option == o && x.criterion == 30)
            .collect();
        assert_eq!(cell.len(), 1, "one override per option and criterion");
        assert_eq!(cell[0].answer, b);
        assert_eq!(answers_for(&s, o)[30], b);
        // The other option's override is untouched.
        assert_eq!(s.assumptions.answer_overrides.len(), 2);
        s.validate().expect("the edited scenario stays valid");
    }

    #[test]
    fn choosing_the_default_answer_removes_the_override() {
        let mut s = scenario();
        let o = DeploymentOption::EuSovereignCloud;
        let before = answers_for(&s, o);
        set_answer(&mut s, o, 5, (before[5] + 1) % 2);
        assert_ne!(answers_for(&s, o), before);
        set_answer(&mut s, o, 5, before[5]);
        assert!(s.assumptions.answer_overrides.is_empty());
        assert_eq!(answers_for(&s, o), before);
    }

    #[test]
    fn weights_must_be_numbers_from_0_to_100_adding_up_to_100() {
        assert_eq!(check_weights(&WEIGHTS_OCT_2025), WeightsCheck::Valid);
        let mut w = WEIGHTS_OCT_2025;
        w[0] = 25.0;
        assert_eq!(check_weights(&w), WeightsCheck::BadSum(110.0));
        w[4] = 10.0;
        assert_eq!(check_weights(&w), WeightsCheck::Valid);
        w[2] = f64::NAN;
        assert_eq!(check_weights(&w), WeightsCheck::BadValue);
        let mut w = [0.0; OBJECTIVE_COUNT];
        w[0] = 120.0;
        w[1] = -20.0;
        assert_eq!(
            check_weights(&w),
            WeightsCheck::BadValue,
            "sum 100 but out of range"
        );
    }

    #[test]
    fn the_weights_check_agrees_with_the_model() {
        let mut s = scenario();
        for w in [
            [12.5; 8],
            [12.5, 12.5, 12.5, 12.5, 12.5, 12.5, 12.5, 12.0],
            [100.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
        ] {
            set_custom_weights(&mut s.assumptions, w);
            assert_eq!(
                check_weights(&w) == WeightsCheck::Valid,
                s.validate().is_ok(),
                "{w:?}"
            );
        }
    }

    #[test]
    fn switching_profiles_keeps_weights_consistent() {
        let mut a = scenario().assumptions;
        set_profile(&mut a, WeightProfile::Jun2026);
        assert_eq!(
            (a.weight_profile, a.sovereignty_weights),
            (WeightProfile::Jun2026, WEIGHTS_JUN_2026)
        );
        // Custom starts from the weights in force, so the score does not move until a weight is edited.
        set_profile(&mut a, WeightProfile::Custom);
        assert_eq!(weights_in_force(&a), WEIGHTS_JUN_2026);
        let mut w = WEIGHTS_JUN_2026;
        w.swap(0, 4);
        set_custom_weights(&mut a, w);
        assert_eq!(weights_in_force(&a), w);
        set_profile(&mut a, WeightProfile::Oct2025);
        assert_eq!(weights_in_force(&a), WEIGHTS_OCT_2025);
    }
}
