//! Invariants of the sovereignty model over arbitrary overrides, platform inputs and weights.

mod sovereignty_fixture;

use proptest::prelude::*;
use socle_model::sovereignty::{self, criterion_index as sov, CRITERIA, CRITERION_COUNT};
use socle_model::{
    AnswerOverride, DataSensitivity, DeploymentOption, KeyManagement, ProviderHq, Scenario, WeightProfile,
};

fn option() -> impl Strategy<Value = DeploymentOption> {
    prop::sample::select(DeploymentOption::ALL.to_vec())
}

fn key_management() -> impl Strategy<Value = KeyManagement> {
    prop::sample::select(vec![
        KeyManagement::ProviderHeld,
        KeyManagement::Shared,
        KeyManagement::CustomerHeld,
    ])
}

fn provider_hq() -> impl Strategy<Value = ProviderHq> {
    prop::sample::select(vec![
        ProviderHq::Eu,
        ProviderHq::EuJointVentureUsTech,
        ProviderHq::NonEuAdequate,
    ])
}

fn sensitivity() -> impl Strategy<Value = DataSensitivity> {
    prop::sample::select(vec![
        DataSensitivity::Public,
        DataSensitivity::Internal,
        DataSensitivity::Confidential,
        DataSensitivity::RegulatedHealth,
        DataSensitivity::CriticalDefence,
    ])
}

/// A valid override: any option, any criterion, any answer on that criterion's ladder.
fn answer_override() -> impl Strategy<Value = AnswerOverride> {
    (option(), 0..CRITERION_COUNT).prop_flat_map(|(option, criterion)| {
        (0..CRITERIA[criterion].ladder_len()).prop_map(move |answer| AnswerOverride {
            option,
            criterion: criterion as u8,
            answer,
        })
    })
}

/// Weights in percent that sum to 100 (within rounding), each in [0, 100].
fn weights() -> impl Strategy<Value = [f64; 8]> {
    prop::array::uniform8(0.0..1.0f64)
        .prop_filter("not all zero", |raw| raw.iter().sum::<f64>() > 1e-3)
        .prop_map(|raw| {
            let total: f64 = raw.iter().sum();
            raw.map(|r| 100.0 * r / total)
        })
}

fn any_answers() -> impl Strategy<Value = [u8; CRITERION_COUNT]> {
    prop::collection::vec(0.0..1.0f64, CRITERION_COUNT)
        .prop_map(|u| std::array::from_fn(|c| (u[c] * f64::from(CRITERIA[c].ladder_len())) as u8))
}

fn scenario(
    overrides: Vec<AnswerOverride>,
    keys: KeyManagement,
    hq: ProviderHq,
    sensitivity: DataSensitivity,
) -> Scenario {
    let mut s = sovereignty_fixture::scenario();
    s.assumptions.answer_overrides = overrides;
    s.platform.key_management = keys;
    s.platform.provider_hq = hq;
    s.organisation.sensitivity = sensitivity;
    s
}

fn criterion_seal(criterion: usize, answer: u8) -> u8 {
    CRITERIA[criterion].answers[usize::from(answer)].seal
}

proptest! {
    #[test]
    fn us_headquartered_options_never_exceed_seal_1(
        overrides in prop::collection::vec(answer_override(), 0..60),
        keys in key_management(),
        hq in provider_hq(),
        sens in sensitivity(),
    ) {
        let s = scenario(overrides, keys, hq, sens);
        prop_assert_eq!(s.validate(), Ok(()));
        let r = sovereignty::evaluate(&s);
        for option in [DeploymentOption::UsSovereignOffer, DeploymentOption::UsPublicCloud] {
            prop_assert!(r.option(option).seal <= 1, "{:?}", option);
        }
    }

    #[test]
    fn no_option_reaches_seal_4_with_the_default_gpu_answers(
        overrides in prop::collection::vec(answer_override(), 0..60),
        keys in key_management(),
        hq in provider_hq(),
    ) {
        let gpu_criteria = [sov(3, 5) as u8, sov(6, 5) as u8];
        let overrides: Vec<_> = overrides.into_iter().filter(|o| !gpu_criteria.contains(&o.criterion)).collect();
        let r = sovereignty::evaluate(&scenario(overrides, keys, hq, DataSensitivity::CriticalDefence));
        for o in &r.per_option {
            prop_assert!(o.seal <= 3);
            prop_assert!(!o.meets_requirement);
        }
    }

    #[test]
    fn seal_is_the_lowest_criterion_seal_and_capping_criteria_sit_at_it(
        overrides in prop::collection::vec(answer_override(), 0..60),
        keys in key_management(),
        hq in provider_hq(),
        sens in sensitivity(),
    ) {
        let s = scenario(overrides, keys, hq, sens);
        let r = sovereignty::evaluate(&s);
        for o in &r.per_option {
            let lowest = (0..CRITERION_COUNT).map(|c| criterion_seal(c, o.answers[c])).min().unwrap();
            prop_assert!(o.seal <= lowest);
            prop_assert_eq!(o.seal, lowest);
            prop_assert!(!o.capping_criteria.is_empty());
            for c in 0..CRITERION_COUNT {
                let capping = o.capping_criteria.contains(&(c as u8));
                prop_assert_eq!(capping, criterion_seal(c, o.answers[c]) == o.seal);
            }
            prop_assert_eq!(*o.objective_seals.iter().min().unwrap(), o.seal);
            prop_assert_eq!(o.meets_requirement, o.seal >= r.required_seal);
            prop_assert_eq!(r.required_seal, sens.required_seal());
        }
    }

    #[test]
    fn customer_held_keys_never_lower_a_score(
        overrides in prop::collection::vec(answer_override(), 0..60),
        hq in provider_hq(),
    ) {
        let evaluate = |keys| sovereignty::evaluate(&scenario(overrides.clone(), keys, hq, DataSensitivity::Public));
        let provider = evaluate(KeyManagement::ProviderHeld);
        let shared = evaluate(KeyManagement::Shared);
        let customer = evaluate(KeyManagement::CustomerHeld);
        for i in 0..5 {
            prop_assert!(shared.per_option[i].score >= provider.per_option[i].score);
            prop_assert!(customer.per_option[i].score >= shared.per_option[i].score);
            prop_assert!(customer.per_option[i].seal >= provider.per_option[i].seal);
        }
    }

    #[test]
    fn weights_summing_to_100_give_a_score_in_0_100(answers in any_answers(), weights in weights()) {
        let (score, seal) = sovereignty::score_and_seal(&answers, &weights);
        prop_assert!(score.is_finite());
        prop_assert!((0.0..=100.0).contains(&score), "{}", score);
        prop_assert!(seal <= 4);
    }

    #[test]
    fn custom_weights_flow_through_evaluate(
        weights in weights(),
        overrides in prop::collection::vec(answer_override(), 0..20),
    ) {
        let mut s = scenario(overrides, KeyManagement::Shared, ProviderHq::Eu, DataSensitivity::Internal);
        s.assumptions.weight_profile = WeightProfile::Custom;
        s.assumptions.sovereignty_weights = weights;
        prop_assert_eq!(s.validate(), Ok(()));
        let r = sovereignty::evaluate(&s);
        for o in &r.per_option {
            prop_assert!((0.0..=100.0).contains(&o.score));
            prop_assert!(o.objective_scores.iter().all(|v| (0.0..=1.0).contains(v)));
        }
    }

    #[test]
    fn a_better_answer_never_lowers_the_score_nor_the_seal(
        answers in any_answers(),
        criterion in 0..CRITERION_COUNT,
        weights in weights(),
    ) {
        let mut better = answers;
        better[criterion] = CRITERIA[criterion].ladder_len() - 1;
        let (score, seal) = sovereignty::score_and_seal(&answers, &weights);
        let (better_score, better_seal) = sovereignty::score_and_seal(&better, &weights);
        prop_assert!(better_score >= score - 1e-9);
        prop_assert!(better_seal >= seal);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// SOV-8.1 follows the PUE input with the calculator's thresholds (below 1.2, 1.3, 1.5, 3): a lower
    /// PUE never gets a worse answer, a worse SEAL on that criterion or a lower score, on premises (site
    /// PUE) and in colocation (colocation PUE).
    #[test]
    fn energy_efficiency_answer_follows_the_pue(a in 1.0..=3.0f64, b in 1.0..=3.0f64) {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        let at = |pue: f64| {
            let mut s = sovereignty_fixture::scenario();
            s.site.pue = pue;
            s.assumptions.colo_pue = pue;
            s
        };
        let (s_low, s_high) = (at(low), at(high));
        let (r_low, r_high) = (sovereignty::evaluate(&s_low), sovereignty::evaluate(&s_high));
        for option in [DeploymentOption::OnPremises, DeploymentOption::Colocation] {
            let (x, y) = (
                sovereignty::answers_for(&s_low, option)[sov(8, 1)],
                sovereignty::answers_for(&s_high, option)[sov(8, 1)],
            );
            prop_assert!(x >= y, "PUE {} → {}, PUE {} → {}", low, x, high, y);
            prop_assert!(criterion_seal(sov(8, 1), x) >= criterion_seal(sov(8, 1), y));
            prop_assert!(r_low.option(option).score >= r_high.option(option).score - 1e-12);
            // Hand thresholds of the June 2026 calculator.
            let expected = |p: f64| if p < 1.2 { 4 } else if p < 1.3 { 3 } else if p < 1.5 { 2 } else if p < 3.0 { 1 } else { 0 };
            prop_assert_eq!(x, expected(low));
            prop_assert_eq!(y, expected(high));
        }
    }
}

#[test]
fn pue_thresholds_of_the_calculator_at_their_edges() {
    // "PUE < 1.5 + roadmap" is SEAL-4; a PUE of exactly 1.5 is only "PUE < 3", SEAL-1.
    for (pue, answer, seal) in [
        (1.19, 4, 4),
        (1.2, 3, 4),
        (1.29, 3, 4),
        (1.3, 2, 4),
        (1.49, 2, 4),
        (1.5, 1, 1),
        (2.99, 1, 1),
        (3.0, 0, 1),
    ] {
        assert_eq!(sovereignty::pue_answer(pue), answer, "PUE {pue}");
        assert_eq!(criterion_seal(sov(8, 1), answer), seal, "PUE {pue}");
    }
}
