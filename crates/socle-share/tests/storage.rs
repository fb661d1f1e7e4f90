//! Saved scenarios: what cannot be read is set aside item by item, never losing the readable ones.

mod support;

use socle_model::{persona_scenario, Persona, ScenarioError};
use socle_share::*;

fn saved(name: &str, persona: Persona) -> Saved {
    Saved {
        name: name.to_string(),
        saved_at: "2026-12-01T09:30:00.000Z".to_string(),
        scenario: persona_scenario(persona),
    }
}

fn three() -> SavedScenarios {
    SavedScenarios::new(vec![
        saved("Hospital", Persona::HealthDataHost),
        saved("Schools", Persona::LocalAuthority),
        saved("Start-up", Persona::AiStartup),
    ])
}

/// The stored text with the first `from` after the start of item `name` replaced by `to`.
fn corrupt(text: &str, name: &str, from: &str, to: &str) -> String {
    let at = text.find(&format!("\"name\":\"{name}\"")).unwrap();
    let (head, tail) = text.split_at(at);
    assert!(tail.contains(from), "{from}");
    format!("{head}{}", tail.replacen(from, to, 1))
}

#[test]
fn a_corrupted_item_is_set_aside_and_the_others_kept() {
    let text = three().to_storage_string();
    let broken = corrupt(&text, "Schools", "\"gpu_count\":96", "\"gpu_count\":\"many\"");
    let loaded = from_storage_string(&broken);
    let names: Vec<&str> = loaded.saves.items.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Hospital", "Start-up"]);
    assert_eq!(loaded.set_aside.len(), 1);
    let aside = &loaded.set_aside[0];
    assert_eq!(aside.position, Some(1));
    assert_eq!(aside.name.as_deref(), Some("Schools"));
    assert!(aside.raw.contains("\"gpu_count\":\"many\""));
    assert!(
        matches!(&aside.reason, ShareError::WrongType { field, .. } if field == "scenario.compute.gpu_count"),
        "{:?}",
        aside.reason
    );
}

#[test]
fn items_out_of_range_or_not_finite_are_set_aside_one_by_one() {
    let text = three().to_storage_string();
    let broken = corrupt(&text, "Hospital", "\"utilisation\":0.5", "\"utilisation\":1e999");
    let broken = corrupt(&broken, "Start-up", "\"gpu_count\":64", "\"gpu_count\":0");
    let loaded = from_storage_string(&broken);
    assert_eq!(
        loaded.saves.items,
        vec![saved("Schools", Persona::LocalAuthority)]
    );
    let reasons: Vec<&ShareError> = loaded.set_aside.iter().map(|a| &a.reason).collect();
    assert_eq!(
        reasons,
        [
            &ShareError::NotFinite {
                field: "scenario.compute.utilisation".to_string()
            },
            &ShareError::Invalid(ScenarioError::OutOfRange {
                field: "compute.gpu_count",
                value: 0.0,
                min: 1.0,
                max: 100_000.0
            }),
        ]
    );
}

#[test]
fn an_item_that_is_not_a_saved_scenario_is_set_aside() {
    let text = three()
        .to_storage_string()
        .replacen("\"items\":[", "\"items\":[42,{\"title\":\"x\"},", 1);
    let loaded = from_storage_string(&text);
    assert_eq!(loaded.saves, three());
    assert_eq!(loaded.set_aside.len(), 2);
    assert_eq!(loaded.set_aside[0].raw, "42");
    assert_eq!(loaded.set_aside[1].name, None);
    assert!(matches!(loaded.set_aside[1].reason, ShareError::WrongType { .. }));
}

#[test]
fn an_unreadable_blob_is_set_aside_whole() {
    let whole = |text: &str| {
        let loaded = from_storage_string(text);
        assert!(loaded.saves.items.is_empty());
        assert_eq!(loaded.set_aside.len(), 1);
        assert_eq!(loaded.set_aside[0].position, None);
        assert_eq!(loaded.set_aside[0].raw, text);
        loaded.set_aside[0].reason.clone()
    };
    assert!(matches!(
        whole("not json at all"),
        ShareError::Malformed(Malformed::Json { .. })
    ));
    assert_eq!(
        whole("[\"another\", \"program\"]"),
        ShareError::Malformed(Malformed::NotSocle)
    );
    assert_eq!(
        whole("{\"theme\":\"dark\"}"),
        ShareError::Malformed(Malformed::NotSocle)
    );
    let text = three().to_storage_string();
    assert_eq!(whole(&text[..text.len() / 2]), ShareError::Truncated);
    assert!(matches!(
        whole("{\"version\":1,\"items\":{\"a\":1}}"),
        ShareError::WrongType { ref field, .. } if field == "items"
    ));
    let huge = format!("{}{}", text, " ".repeat(MAX_STORAGE_BYTES));
    assert!(matches!(
        whole(&huge),
        ShareError::TooLarge {
            limit: Limit::Storage,
            ..
        }
    ));
}

#[test]
fn a_list_from_a_newer_socle_is_kept_aside_not_misread() {
    let text = three()
        .to_storage_string()
        .replacen("\"version\":1", "\"version\":2", 1);
    let loaded = from_storage_string(&text);
    assert!(loaded.saves.items.is_empty());
    assert_eq!(
        loaded.set_aside[0].reason,
        ShareError::UnknownVersion {
            found: "2".to_string(),
            supported: STORAGE_VERSION
        }
    );
    assert_eq!(loaded.set_aside[0].raw, text);
}

#[test]
fn nothing_saved_is_an_empty_list() {
    assert_eq!(from_storage_string(""), LoadedSaves::default());
    let empty = SavedScenarios::default().to_storage_string();
    assert_eq!(empty, "{\"version\":1,\"items\":[]}");
    assert_eq!(
        SavedScenarios::from_storage_string(&empty),
        LoadedSaves::default()
    );
}
