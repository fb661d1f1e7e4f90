//! The honest consequences the default profiles must reproduce, overrides, and override validation.

mod sovereignty_fixture;

use socle_model::sovereignty::{self, criterion_index as sov, CRITERIA};
use socle_model::*;
use DeploymentOption::*;

const KEYS: [KeyManagement; 3] = [
    KeyManagement::ProviderHeld,
    KeyManagement::Shared,
    KeyManagement::CustomerHeld,
];
const HQS: [ProviderHq; 3] = [
    ProviderHq::Eu,
    ProviderHq::EuJointVentureUsTech,
    ProviderHq::NonEuAdequate,
];

fn with_platform(hq: ProviderHq, keys: KeyManagement) -> Scenario {
    let mut s = sovereignty_fixture::scenario();
    s.platform.provider_hq = hq;
    s.platform.key_management = keys;
    s
}

fn caps(result: &sovereignty::OptionSovereignty, objective: usize, number: usize) -> bool {
    result.capping_criteria.contains(&(sov(objective, number) as u8))
}

#[test]
fn fixture_is_valid() {
    assert_eq!(sovereignty_fixture::scenario().validate(), Ok(()));
}

#[test]
fn us_offers_are_held_at_seal_1_by_jurisdiction_and_compelled_access() {
    for hq in HQS {
        for keys in KEYS {
            let r = sovereignty::evaluate(&with_platform(hq, keys));
            for option in [UsSovereignOffer, UsPublicCloud] {
                let o = r.option(option);
                assert_eq!(o.seal, 1, "{option:?} {hq:?} {keys:?}");
                assert!(
                    caps(o, 2, 1) && caps(o, 2, 3),
                    "{option:?}: {:?}",
                    o.capping_criteria
                );
                assert_eq!(o.objective_seals[1], 1);
            }
        }
    }
}

#[test]
fn us_sovereign_offer_scores_above_the_public_region_at_the_same_seal() {
    let r = sovereignty::evaluate(&sovereignty_fixture::scenario());
    let (offer, public) = (r.option(UsSovereignOffer), r.option(UsPublicCloud));
    // EU staff, EU-only data location and a separate partition show on data (SOV-3) and operations (SOV-4).
    assert!(offer.objective_scores[2] > public.objective_scores[2]);
    assert!(offer.objective_scores[3] > public.objective_scores[3]);
    assert!(offer.score > public.score);
    assert_eq!((offer.seal, public.seal), (1, 1));
    // Data location: exclusively EU (SEAL-4) for the partition, EU by default with exceptions for the region.
    assert!(offer.answers[sov(3, 4)] > public.answers[sov(3, 4)]);
}

#[test]
fn eu_sovereign_cloud_seal_follows_key_management() {
    let expected = [1, 2, 3];
    for (keys, seal) in KEYS.into_iter().zip(expected) {
        let o = sovereignty::evaluate(&with_platform(ProviderHq::Eu, keys))
            .option(EuSovereignCloud)
            .clone();
        assert_eq!(o.seal, seal, "{keys:?}");
        if seal < 3 {
            assert_eq!(
                o.capping_criteria,
                [sov(3, 1) as u8],
                "the key criterion alone caps it"
            );
        }
    }
}

#[test]
fn customer_held_keys_lift_the_key_criterion_by_a_hand_computed_amount() {
    // SOV-3.1 moves from "primarily provider" (answer 1 of 5: 200 × 1/4 = 50 points) to "customer exclusive"
    // (200 points): SOV-3 gains 150 of 1000 points, × 10 % weight (Oct 2025) = +1.5 points of score.
    let provider = sovereignty::evaluate(&with_platform(ProviderHq::Eu, KeyManagement::ProviderHeld));
    let customer = sovereignty::evaluate(&with_platform(ProviderHq::Eu, KeyManagement::CustomerHeld));
    for option in [EuSovereignCloud, UsSovereignOffer, UsPublicCloud] {
        let gain = customer.option(option).score - provider.option(option).score;
        assert!((gain - 1.5).abs() < 1e-9, "{option:?}: {gain}");
    }
    // …but a US provider stays at SEAL-1.
    assert_eq!(customer.option(UsSovereignOffer).seal, 1);
    // Owners always hold their keys: nothing changes for them.
    for option in [OnPremises, Colocation] {
        assert_eq!(customer.option(option), provider.option(option));
    }
}

#[test]
fn on_premises_is_capped_at_seal_3_by_the_accelerators() {
    for hq in HQS {
        for keys in KEYS {
            let r = sovereignty::evaluate(&with_platform(hq, keys));
            let o = r.option(OnPremises);
            assert_eq!(o.seal, 3);
            // The accelerators are among the capping criteria, the jurisdiction ones are not.
            assert!(
                caps(o, 3, 5) && caps(o, 6, 5) && caps(o, 5, 1),
                "{:?}",
                o.capping_criteria
            );
            assert!(!caps(o, 2, 1) && !caps(o, 2, 3));
        }
    }
}

#[test]
fn provider_headquarters_sets_colocation_and_eu_cloud_seal() {
    // (provider HQ, colocation SEAL, EU cloud SEAL with customer-held keys)
    let expected = [
        (ProviderHq::Eu, 3, 3),
        (ProviderHq::EuJointVentureUsTech, 2, 2),
        (ProviderHq::NonEuAdequate, 1, 1),
    ];
    for (hq, colocation, cloud) in expected {
        let r = sovereignty::evaluate(&with_platform(hq, KeyManagement::CustomerHeld));
        assert_eq!(r.option(Colocation).seal, colocation, "{hq:?}");
        assert_eq!(r.option(EuSovereignCloud).seal, cloud, "{hq:?}");
    }
    let non_eu = sovereignty::evaluate(&with_platform(
        ProviderHq::NonEuAdequate,
        KeyManagement::CustomerHeld,
    ));
    assert!(caps(non_eu.option(EuSovereignCloud), 2, 1));
    assert!(caps(non_eu.option(Colocation), 2, 1));
    // The joint venture keeps EU jurisdiction; it is capped by the licensed software instead.
    let jv = sovereignty::evaluate(&with_platform(
        ProviderHq::EuJointVentureUsTech,
        KeyManagement::CustomerHeld,
    ));
    let jv_cloud = jv.option(EuSovereignCloud);
    assert_eq!(
        CRITERIA[sov(2, 1)].answers[usize::from(jv_cloud.answers[sov(2, 1)])].seal,
        4
    );
    assert!(caps(jv_cloud, 5, 4) && caps(jv_cloud, 6, 3));
}

#[test]
fn no_default_profile_reaches_seal_4() {
    for hq in HQS {
        for keys in KEYS {
            for option in DeploymentOption::ALL {
                let answers = sovereignty::default_profile(option, hq, keys);
                for (objective, number) in [(3, 5), (6, 5), (5, 1), (5, 2)] {
                    let c = sov(objective, number);
                    assert!(
                        CRITERIA[c].answers[usize::from(answers[c])].seal <= 3,
                        "{option:?} {}",
                        CRITERIA[c].id
                    );
                }
            }
        }
    }
}

#[test]
fn required_seal_comes_from_data_sensitivity_and_flags_the_gap() {
    let mut s = sovereignty_fixture::scenario();
    s.organisation.sensitivity = DataSensitivity::RegulatedHealth;
    let r = sovereignty::evaluate(&s);
    assert_eq!(r.required_seal, 3);
    assert!(r.option(OnPremises).meets_requirement);
    assert!(
        r.option(EuSovereignCloud).meets_requirement,
        "EU provider with customer-held keys: SEAL-3"
    );
    assert!(!r.option(UsPublicCloud).meets_requirement);
    assert_eq!(r.seal_gap(UsPublicCloud), 2);
    assert_eq!(r.seal_gap(OnPremises), 0);

    s.organisation.sensitivity = DataSensitivity::CriticalDefence;
    let r = sovereignty::evaluate(&s);
    assert!(
        r.per_option.iter().all(|o| !o.meets_requirement),
        "no GPU offer reaches SEAL-4"
    );
}

#[test]
fn overrides_apply_to_their_option_only() {
    let mut s = sovereignty_fixture::scenario();
    // The owner admits a small room with PUE above 1.5: SOV-8.1 "PUE below 3" is SEAL-1.
    s.assumptions.answer_overrides.push(AnswerOverride {
        option: OnPremises,
        criterion: sov(8, 1) as u8,
        answer: 1,
    });
    let before = sovereignty::evaluate(&sovereignty_fixture::scenario());
    let after = sovereignty::evaluate(&s);
    assert_eq!(after.option(OnPremises).seal, 1);
    assert_eq!(after.option(OnPremises).capping_criteria, [sov(8, 1) as u8]);
    // 250 × 2/4 = 125 points down to 250 × 1/4 = 62.5: SOV-8 loses 62.5 of 1000, × 5 % = 0.3125 points.
    let loss = before.option(OnPremises).score - after.option(OnPremises).score;
    assert!((loss - 0.3125).abs() < 1e-9, "{loss}");
    assert_eq!(after.option(Colocation), before.option(Colocation));
}

#[test]
fn us_option_cannot_claim_eu_jurisdiction_or_immunity() {
    let mut s = sovereignty_fixture::scenario();
    for (criterion, answer) in [(sov(2, 1), 2), (sov(2, 2), 4), (sov(2, 3), 4)] {
        s.assumptions.answer_overrides.push(AnswerOverride {
            option: UsSovereignOffer,
            criterion: criterion as u8,
            answer,
        });
    }
    assert_eq!(s.validate(), Ok(()), "the answers exist on the ladders");
    let o = sovereignty::evaluate(&s).option(UsSovereignOffer).clone();
    assert_eq!(o.answers[sov(2, 1)], 1);
    assert_eq!(o.answers[sov(2, 2)], 3);
    assert_eq!(o.answers[sov(2, 3)], 3);
    assert_eq!(o.seal, 1);
    assert_eq!(sovereignty::answer_ceiling(EuSovereignCloud, sov(2, 1)), 2);
}

#[test]
fn weight_profile_selects_the_weights() {
    let mut s = sovereignty_fixture::scenario();
    s.assumptions.weight_profile = WeightProfile::Jun2026;
    assert_eq!(sovereignty::evaluate(&s).weights, sovereignty::WEIGHTS_JUN_2026);
    s.assumptions.weight_profile = WeightProfile::Custom;
    s.assumptions.sovereignty_weights = [12.5; 8];
    assert_eq!(sovereignty::evaluate(&s).weights, [12.5; 8]);
}

#[test]
fn validate_overrides_rejects_unknown_criteria_and_answers_past_the_ladder() {
    let bad_criterion = AnswerOverride {
        option: OnPremises,
        criterion: 48,
        answer: 0,
    };
    assert!(matches!(
        sovereignty::validate_overrides(&[bad_criterion]),
        Err(ScenarioError::BadAnswer {
            option: "on_premises",
            answer: 0,
            ladder_len: 0,
            ..
        })
    ));
    // SOV-2.1 has three answers (0, 1, 2): 3 is past the end.
    let past_ladder = AnswerOverride {
        option: UsPublicCloud,
        criterion: sov(2, 1) as u8,
        answer: 3,
    };
    assert_eq!(
        sovereignty::validate_overrides(&[past_ladder]),
        Err(ScenarioError::BadAnswer {
            option: "us_public_cloud",
            criterion: "SOV-2.1",
            answer: 3,
            ladder_len: 3,
        })
    );
    let last_answer = AnswerOverride {
        answer: 2,
        ..past_ladder
    };
    assert_eq!(sovereignty::validate_overrides(&[last_answer]), Ok(()));

    // Scenario::validate reports it too.
    let mut s = sovereignty_fixture::scenario();
    s.assumptions.answer_overrides = vec![last_answer, past_ladder];
    assert_eq!(s.validate().unwrap_err().field(), "SOV-2.1");
}

#[test]
fn results_serialise_with_all_48_answers() {
    let r = sovereignty::evaluate(&sovereignty_fixture::scenario());
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["per_option"][0]["answers"].as_array().unwrap().len(), 48);
    assert_eq!(json["required_seal"], 2);
}

/// A US-controlled organisation is reached by the CLOUD Act on its own premises too (product brief,
/// persona 8): even its on-premises option stays at SEAL-1, while the same hall run by an EU
/// organisation reaches SEAL-3.
#[test]
fn a_us_parent_caps_even_owned_options_at_seal_1() {
    let mut s = socle_model::persona_scenario(socle_model::Persona::UsStartupInEurope);
    assert!(s.organisation.us_parent);
    let capped = socle_model::sovereignty::evaluate(&s);
    assert!(capped.option(socle_model::DeploymentOption::OnPremises).seal <= 1);
    s.organisation.us_parent = false;
    let free = socle_model::sovereignty::evaluate(&s);
    assert_eq!(free.option(socle_model::DeploymentOption::OnPremises).seal, 3);
    assert!(
        free.option(socle_model::DeploymentOption::OnPremises).score
            > capped.option(socle_model::DeploymentOption::OnPremises).score
    );
}
