//! Regulatory presets: each preset's required SEAL and floors against its source, and which options
//! qualify under them.

use socle_model::catalogue::regulation::{spec, REGULATIONS};
use socle_model::sovereignty::{Disqualifier, CRITERIA};
use socle_model::Lang;
use socle_model::{
    evaluate, persona_scenario, DataSensitivity, DeploymentOption::*, KeyManagement, Persona, ProviderHq,
    Regulation, Scenario,
};

/// Each preset as read from its source, written here from the texts (not from the catalogue):
/// (preset, required SEAL, [(criterion, lowest answer accepted, SEAL of that answer)], source year).
///
/// - HDS referential v2 (2024): health data hosted exclusively in the EEA → SOV-3.4 "exclusively in the
///   EU" (answer 4, SEAL-4); no immunity demand → SEAL-1 (interpretation).
/// - SecNumCloud 3.2 (2022) §19.6: not subject to non-EU law → SOV-2.2 "legal structures shielding"
///   (3, SEAL-2), SOV-2.1 "exclusively EU law" (2, SEAL-4), SOV-2.3 "requests always rejected" (4,
///   SEAL-4); EU seat with non-EU holders capped at 24 %/39 % → SOV-1.1 "mostly within the EU" (2,
///   SEAL-3); data in the EU → SOV-3.4 (4, SEAL-4); SEAL-2 (interpretation).
/// - DORA (2022): exit strategies and contractual continuity → SOV-1.8 "temporary continuation by
///   contract" (2, SEAL-2), SOV-4.1 "documented export methods" (2, SEAL-4); substitutability →
///   SOV-6.1 "mixed" interfaces (2, SEAL-2); SEAL-1 (interpretation).
/// - NIS2 (2022): incident reporting (Art. 23) → SOV-7.5 "aligned with GDPR and NIS2" (2, SEAL-2);
///   supply-chain security (Art. 21(2)(d)) → SOV-4.6 "critical suppliers disclosed" (1, SEAL-2); SEAL-1.
/// - EUCS high (2024 drafts): assurance level "high" read as EAL3 → SOV-7.1 (3, SEAL-3); SEAL-1.
/// - Commission tenders (CSF v1.2.1, 2025): the minimum SEAL itself, no floors.
#[allow(clippy::type_complexity)]
const EXPECTED: [(Regulation, u8, &[(&str, u8, u8)], u16); 8] = [
    (Regulation::None, 0, &[], 2025),
    (Regulation::Hds, 1, &[("SOV-3.4", 4, 4)], 2024),
    (
        Regulation::SecNumCloud,
        2,
        &[
            ("SOV-2.2", 3, 2),
            ("SOV-2.1", 2, 4),
            ("SOV-2.3", 4, 4),
            ("SOV-1.1", 2, 3),
            ("SOV-3.4", 4, 4),
        ],
        2022,
    ),
    (
        Regulation::Dora,
        1,
        &[("SOV-1.8", 2, 2), ("SOV-4.1", 2, 4), ("SOV-6.1", 2, 2)],
        2022,
    ),
    (
        Regulation::Nis2Essential,
        1,
        &[("SOV-7.5", 2, 2), ("SOV-4.6", 1, 2)],
        2022,
    ),
    (Regulation::EucsHigh, 1, &[("SOV-7.1", 3, 3)], 2024),
    (Regulation::CsfSeal2, 2, &[], 2025),
    (Regulation::CsfSeal3, 3, &[], 2025),
];

#[test]
fn each_preset_requires_the_seal_and_floors_its_source_gives() {
    assert_eq!(REGULATIONS.len(), EXPECTED.len());
    for (regulation, seal, floors, year) in EXPECTED {
        let s = spec(regulation);
        assert_eq!(s.required_seal, seal, "{regulation:?}");
        assert_eq!(s.source.year, year, "{regulation:?}");
        assert!(s.source.is_complete(), "{regulation:?}");
        let got: Vec<(&str, u8, u8)> = s
            .floors
            .iter()
            .map(|f| {
                let c = &CRITERIA[f.criterion];
                (c.id, f.min_answer, c.answers[usize::from(f.min_answer)].seal)
            })
            .collect();
        assert_eq!(got, floors.to_vec(), "{regulation:?}");
        for f in s.floors {
            assert!(f.source.is_complete(), "{regulation:?}");
            assert!(!f.demand.is_empty() && !Lang::Fr.tr(f.demand).is_empty());
        }
        // Every required SEAL except the Commission's own is an interpretation and says so.
        let is_csf = matches!(
            regulation,
            Regulation::CsfSeal2 | Regulation::CsfSeal3 | Regulation::None
        );
        assert_eq!(
            s.seal_reasoning.contains("interpretation"),
            !is_csf,
            "{regulation:?}"
        );
        assert_eq!(Lang::Fr.tr(s.seal_reasoning).contains("interprétation"), !is_csf);
        assert_eq!(Lang::De.tr(s.seal_reasoning).contains("Auslegung"), !is_csf);
    }
    // EUCS is not adopted: the preset says what is not settled.
    assert!(spec(Regulation::EucsHigh).unsettled.is_some());
}

/// The energy-industrial persona (EU provider, customer-held keys, a 1.4-PUE room) under `regulation`.
fn industrial(regulation: Regulation) -> Scenario {
    let mut s = persona_scenario(Persona::EnergyIndustrial);
    s.organisation.regulation = regulation;
    s
}

#[test]
fn under_secnumcloud_the_us_offers_fail_on_the_cloud_act_criterion_and_the_eu_cloud_qualifies() {
    let r = evaluate(&industrial(Regulation::SecNumCloud))
        .unwrap()
        .sovereignty;
    let q = &r.qualification;
    assert_eq!(r.regulation, Regulation::SecNumCloud);
    assert!(q[EuSovereignCloud.index()].qualifies);
    let sov_2_2 = socle_model::sovereignty::criterion_index(2, 2) as u8;
    for us in [UsSovereignOffer, UsPublicCloud] {
        let d = q[us.index()].disqualifier.expect("a US offer never qualifies");
        assert_eq!(CRITERIA[usize::from(d.criterion())].id, "SOV-2.2");
        assert!(
            matches!(d, Disqualifier::Floor { criterion, min_answer: 3, floor: 0, .. } if criterion == sov_2_2)
        );
        assert!(!r.option(us).meets_requirement);
    }
    // On premises in a 1.4-PUE room: SEAL-3 (GPU supply chain), EU law only, data at home: qualifies.
    assert!(q[OnPremises.index()].qualifies, "{:?}", q[OnPremises.index()]);
    assert_eq!(r.option(OnPremises).seal, 3);
    // Colocation in a 1.5-PUE hall: SEAL-1 from energy efficiency (SOV-8.1), below SecNumCloud's SEAL-2.
    let d = q[Colocation.index()].disqualifier.unwrap();
    assert_eq!(
        d,
        Disqualifier::Seal {
            criterion: socle_model::sovereignty::criterion_index(8, 1) as u8,
            seal: 1,
            required_seal: 2
        }
    );
    assert_eq!(r.qualifying(), vec![OnPremises, EuSovereignCloud]);
}

#[test]
fn a_us_parent_disqualifies_every_option_under_secnumcloud_even_owned_ones() {
    let mut s = industrial(Regulation::SecNumCloud);
    s.organisation.us_parent = true;
    let r = evaluate(&s).unwrap().sovereignty;
    assert!(r.qualifying().is_empty());
}

#[test]
fn provider_held_keys_disqualify_the_eu_cloud_through_the_key_criterion() {
    let mut s = industrial(Regulation::SecNumCloud);
    s.platform.key_management = KeyManagement::ProviderHeld;
    let r = evaluate(&s).unwrap().sovereignty;
    let d = r.qualification[EuSovereignCloud.index()].disqualifier.unwrap();
    // No floor fails; SOV-3.1 "primarily the provider" caps the SEAL at 1, below the SEAL-2 required.
    assert_eq!(CRITERIA[usize::from(d.criterion())].id, "SOV-3.1");
    assert!(matches!(
        d,
        Disqualifier::Seal {
            seal: 1,
            required_seal: 2,
            ..
        }
    ));
}

#[test]
fn a_joint_venture_on_licensed_us_technology_qualifies_a_uk_provider_does_not() {
    let mut s = industrial(Regulation::SecNumCloud);
    s.platform.provider_hq = ProviderHq::EuJointVentureUsTech;
    let r = evaluate(&s).unwrap().sovereignty;
    assert!(r.qualification[EuSovereignCloud.index()].qualifies);
    s.platform.provider_hq = ProviderHq::NonEuAdequate;
    let r = evaluate(&s).unwrap().sovereignty;
    let d = r.qualification[EuSovereignCloud.index()].disqualifier.unwrap();
    assert_eq!(CRITERIA[usize::from(d.criterion())].id, "SOV-2.2");
}

#[test]
fn under_hds_only_the_public_region_fails_and_on_data_location() {
    let r = evaluate(&industrial(Regulation::Hds)).unwrap().sovereignty;
    // Confidential data already requires SEAL-2; HDS asks SEAL-1 and does not lower it.
    assert_eq!(r.required_seal, 2);
    let d = r.qualification[UsPublicCloud.index()].disqualifier.unwrap();
    assert_eq!(CRITERIA[usize::from(d.criterion())].id, "SOV-3.4");
    assert!(matches!(
        d,
        Disqualifier::Floor {
            answer: 3,
            min_answer: 4,
            ..
        }
    ));
}

#[test]
fn dora_does_not_exclude_a_us_hyperscaler_by_itself() {
    let mut s = industrial(Regulation::Dora);
    s.organisation.sensitivity = DataSensitivity::Internal;
    let r = evaluate(&s).unwrap().sovereignty;
    assert_eq!(r.required_seal, 1);
    assert!(r.qualification[UsPublicCloud.index()].qualifies);
}

#[test]
fn a_preset_raises_the_required_seal_and_never_lowers_it() {
    for (sensitivity, regulation, required) in [
        (DataSensitivity::Public, Regulation::None, 0),
        (DataSensitivity::Internal, Regulation::SecNumCloud, 2),
        (DataSensitivity::Internal, Regulation::CsfSeal3, 3),
        (DataSensitivity::RegulatedHealth, Regulation::Hds, 3),
        (DataSensitivity::CriticalDefence, Regulation::CsfSeal2, 4),
    ] {
        let mut s = industrial(regulation);
        s.organisation.sensitivity = sensitivity;
        assert_eq!(
            s.organisation.required_seal(),
            required,
            "{sensitivity:?} {regulation:?}"
        );
        assert_eq!(evaluate(&s).unwrap().sovereignty.required_seal, required);
    }
}

#[test]
fn qualification_is_the_seal_and_every_floor_for_every_persona_and_preset() {
    for persona in Persona::PRESETS {
        for regulation in Regulation::ALL {
            let mut s = persona_scenario(persona);
            s.organisation.regulation = regulation;
            let r = evaluate(&s).unwrap().sovereignty;
            let required = s
                .organisation
                .sensitivity
                .required_seal()
                .max(spec(regulation).required_seal);
            for (o, q) in r.per_option.iter().zip(&r.qualification) {
                let floors_met = spec(regulation)
                    .floors
                    .iter()
                    .all(|f| o.answers[f.criterion] >= f.min_answer);
                assert_eq!(
                    q.qualifies,
                    floors_met && o.seal >= required,
                    "{persona:?} {regulation:?}"
                );
                assert_eq!(q.qualifies, q.disqualifier.is_none());
                assert_eq!(o.meets_requirement, q.qualifies);
            }
            if regulation == Regulation::None {
                // Without a preset, qualifying is exactly reaching the sensitivity's SEAL.
                for o in &r.per_option {
                    assert_eq!(
                        o.meets_requirement,
                        o.seal >= s.organisation.sensitivity.required_seal()
                    );
                }
            }
        }
    }
}

#[test]
fn scenarios_written_before_presets_read_as_none() {
    let mut json = serde_json::to_value(persona_scenario(Persona::AiStartup)).unwrap();
    json["organisation"].as_object_mut().unwrap().remove("regulation");
    let s: Scenario = serde_json::from_value(json).unwrap();
    assert_eq!(s.organisation.regulation, Regulation::None);
}

#[test]
fn the_sovereignty_derivation_lists_the_sources_of_the_chosen_preset() {
    use socle_model::explain::{explain, Headline};
    let keys = |regulation| {
        let s = industrial(regulation);
        let r = evaluate(&s).unwrap();
        explain(&s, &r, Headline::Sovereignty)
            .sources
            .into_iter()
            .map(|(k, _)| k)
            .filter(|k| k.starts_with("regulation."))
            .collect::<Vec<_>>()
    };
    assert!(keys(Regulation::None).is_empty());
    // The required SEAL and the five floors of SecNumCloud, nothing of the other presets.
    let secnumcloud = keys(Regulation::SecNumCloud);
    assert_eq!(secnumcloud.len(), 6, "{secnumcloud:?}");
    assert!(secnumcloud
        .iter()
        .all(|k| k.starts_with("regulation.secnumcloud.")));
    assert_eq!(
        keys(Regulation::CsfSeal2),
        vec!["regulation.csf_seal2.required_seal"]
    );
}
