//! What a reader enforces, every writer respects: repeated or excessive answer overrides are refused on
//! the way in, and whatever Socle writes (link, JSON file, saved list) reads back.

mod support;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use socle_model::{persona_scenario, AnswerOverride, DeploymentOption, Persona};
use socle_share::*;

/// A fragment carrying `json` as its compact scenario, compressed as Socle compresses it.
fn fragment_of(json: &str) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), 10);
    format!("lang=fr&s=1.{}", URL_SAFE_NO_PAD.encode(packed))
}

fn ov(option: DeploymentOption, criterion: u8, answer: u8) -> AnswerOverride {
    AnswerOverride {
        option,
        criterion,
        answer,
    }
}

#[test]
fn a_short_link_repeating_one_override_thousands_of_times_is_refused() {
    // One override (`AB`: on-premises, SOV-1.1, answer 1) written 8,000 times compresses to a short link.
    let json = format!(r#"{{"p":"HealthDataHost","ao":"{}"}}"#, "AB".repeat(8_000));
    let fragment = fragment_of(&json);
    assert!(fragment.len() < 200, "{}", fragment.len());
    match decode_fragment(&fragment) {
        Err(ShareError::RepeatedAnswer { field, .. }) => assert_eq!(field, "assumptions.answer_overrides"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_link_giving_the_same_answer_twice_is_refused_with_the_criterion_named() {
    let json = r#"{"p":"HealthDataHost","ao":"ABAC"}"#;
    let err = decode_fragment(&fragment_of(json)).unwrap_err();
    let fr = err.message(Lang::Fr);
    assert!(fr.contains("SOV-1.1"), "{fr}");
    assert!(fr.contains("assumptions.answer_overrides"), "{fr}");
    let en = err.message(Lang::En);
    assert!(en.contains("SOV-1.1") && en.contains("more than once"), "{en}");
}

#[test]
fn a_json_file_repeating_an_override_is_refused() {
    let mut s = persona_scenario(Persona::HealthDataHost);
    s.assumptions.answer_overrides = vec![ov(DeploymentOption::Colocation, 3, 1); 2];
    let text = serde_json::json!({ "socle_version": 1, "scenario": s }).to_string();
    assert!(matches!(
        scenario_from_json(&text),
        Err(ShareError::RepeatedAnswer { .. })
    ));
}

#[test]
fn a_saved_item_repeating_an_override_is_set_aside() {
    let mut s = persona_scenario(Persona::HealthDataHost);
    s.assumptions.answer_overrides = vec![ov(DeploymentOption::Colocation, 3, 1); 3];
    let item = serde_json::json!({ "name": "x", "saved_at": "now", "scenario": s });
    let text = serde_json::json!({ "version": 1, "items": [item] }).to_string();
    let loaded = from_storage_string(&text);
    assert!(loaded.saves.items.is_empty());
    assert!(matches!(
        loaded.set_aside[0].reason,
        ShareError::RepeatedAnswer { .. }
    ));
}

#[test]
fn a_scenario_holding_repeated_overrides_is_written_readably_everywhere() {
    // The page may hold repeated overrides (e.g. from an older Socle): only the last of each pair counts,
    // and only that one is written.
    let mut s = persona_scenario(Persona::AiStartup);
    s.assumptions.answer_overrides = vec![
        ov(DeploymentOption::OnPremises, 2, 1),
        ov(DeploymentOption::OnPremises, 2, 2),
        ov(DeploymentOption::Colocation, 5, 0),
    ];
    let mut effective = s.clone();
    effective.assumptions.answer_overrides = vec![
        ov(DeploymentOption::OnPremises, 2, 2),
        ov(DeploymentOption::Colocation, 5, 0),
    ];
    assert_eq!(scenario_from_json(&scenario_to_json(&s)).unwrap(), effective);
    assert_eq!(
        decode_fragment(&encode_fragment(&s, Lang::En)).unwrap().scenario,
        effective
    );
    let list = SavedScenarios::new(vec![Saved {
        name: "n".into(),
        saved_at: "t".into(),
        scenario: s,
    }]);
    let loaded = from_storage_string(&list.to_storage_string());
    assert!(loaded.set_aside.is_empty(), "{:?}", loaded.set_aside);
    assert_eq!(loaded.saves.items[0].scenario, effective);
}

#[test]
fn every_valid_scenario_writes_a_json_file_and_a_link_within_the_readers_limits() {
    let mut rng = support::Rng::new(13);
    for _ in 0..50 {
        let s = support::scenario(&mut rng, support::Spread::WORST);
        let json = scenario_to_json(&s);
        assert!(json.len() <= MAX_JSON_BYTES);
        assert!(scenario_from_json(&json).is_ok());
        let link = encode_fragment(&s, Lang::Fr);
        assert!(link.len() <= MAX_FRAGMENT_CHARS);
        assert!(decode_fragment(&link).is_ok());
    }
}

#[test]
fn a_saved_list_larger_than_storage_reads_is_not_written() {
    let item = Saved {
        name: "x".repeat(MAX_STORAGE_BYTES),
        saved_at: "t".into(),
        scenario: persona_scenario(Persona::AiStartup),
    };
    let list = SavedScenarios::new(vec![item]);
    match list.try_to_storage_string() {
        Err(ShareError::TooLarge {
            limit: Limit::Storage,
            max,
            ..
        }) => assert_eq!(max, MAX_STORAGE_BYTES),
        other => panic!("{:?}", other.map(|s| s.len())),
    }
    // What is written is always readable back.
    let small = SavedScenarios::new(vec![]);
    let text = small.try_to_storage_string().unwrap();
    assert!(from_storage_string(&text).set_aside.is_empty());
}
