//! A JSON file is read back with the same checks and error kinds as a link.

mod support;

use socle_model::{persona_scenario, Persona, ScenarioError};
use socle_share::*;
use support::{Rng, Spread};

fn exported() -> String {
    scenario_to_json(&support::scenario(&mut Rng::new(11), Spread::WORST))
}

/// The exported file with the first `from` replaced by `to`.
fn edited(from: &str, to: &str) -> String {
    let json = scenario_to_json(&persona_scenario(Persona::CloudProvider));
    assert!(json.contains(from), "{from}");
    json.replacen(from, to, 1)
}

#[test]
fn the_file_is_readable_and_versioned() {
    let json = scenario_to_json(&persona_scenario(Persona::LocalAuthority));
    assert!(
        json.starts_with("{\n  \"socle_version\": 1,\n  \"scenario\": {"),
        "{json}"
    );
    assert!(json.contains("\"gpu_count\": 96"));
    // A byte-order mark, as some editors write, is accepted.
    let with_bom = format!("\u{feff}{json}");
    assert_eq!(
        scenario_from_json(&with_bom).unwrap(),
        persona_scenario(Persona::LocalAuthority)
    );
}

#[test]
fn every_cut_of_a_file_is_refused() {
    // Every input moved, a few answer overrides: every kind of value, in a file short enough to cut
    // at each of its characters.
    let spread = Spread {
        overrides: 0.02,
        ..Spread::WORST
    };
    let json = scenario_to_json(&support::scenario(&mut Rng::new(5), spread));
    for end in 0..json.len() {
        if !json.is_char_boundary(end) {
            continue;
        }
        let cut = &json[..end];
        match scenario_from_json(cut) {
            Err(ShareError::Truncated) => {}
            Err(ShareError::NoScenario) if cut.trim().is_empty() => {}
            other => panic!("cut at {end}: {other:?}"),
        }
    }
}

#[test]
fn unknown_versions_and_foreign_files_are_named() {
    let unknown = |found: &str| ShareError::UnknownVersion {
        found: found.to_string(),
        supported: JSON_VERSION,
    };
    assert_eq!(
        scenario_from_json(&edited("\"socle_version\": 1", "\"socle_version\": 2")),
        Err(unknown("2"))
    );
    assert_eq!(
        scenario_from_json(&edited("\"socle_version\": 1", "\"socle_version\": \"1\"")),
        Err(unknown("\"1\""))
    );
    assert_eq!(
        scenario_from_json(&edited("\"socle_version\": 1", "\"version\": 1")),
        Err(ShareError::Malformed(Malformed::NotSocle))
    );
    assert_eq!(
        scenario_from_json("[1, 2]"),
        Err(ShareError::Malformed(Malformed::NotSocle))
    );
    assert_eq!(scenario_from_json("  \n"), Err(ShareError::NoScenario));
    assert!(matches!(
        scenario_from_json("name,value\nx,1\n"),
        Err(ShareError::Malformed(Malformed::Json { .. }))
    ));
    assert!(matches!(
        scenario_from_json(&format!("{} trailing", exported())),
        Err(ShareError::Malformed(Malformed::Json { .. }))
    ));
}

#[test]
fn an_oversized_file_is_refused_before_parsing() {
    let big = format!("{}{}", exported(), " ".repeat(MAX_JSON_BYTES));
    assert_eq!(
        scenario_from_json(&big),
        Err(ShareError::TooLarge {
            limit: Limit::JsonFile,
            size: big.len(),
            max: MAX_JSON_BYTES
        })
    );
}

#[test]
fn values_are_checked_like_a_link() {
    assert_eq!(
        scenario_from_json(&edited("\"gpu_count\": 4096", "\"gpu_count\": 0")),
        Err(ShareError::Invalid(ScenarioError::OutOfRange {
            field: "compute.gpu_count",
            value: 0.0,
            min: 1.0,
            max: 100_000.0
        }))
    );
    assert_eq!(
        scenario_from_json(&edited("\"utilisation\": 0.8", "\"utilisation\": 1e999")),
        Err(ShareError::NotFinite {
            field: "compute.utilisation".to_string()
        })
    );
    let wrong = |json: String| match scenario_from_json(&json) {
        Err(ShareError::WrongType { field, problem }) => (field, problem),
        other => panic!("{other:?}"),
    };
    assert_eq!(
        wrong(edited("\"gpu_count\": 4096", "\"gpu_count\": \"4096\"")).0,
        "compute.gpu_count"
    );
    assert_eq!(
        wrong(edited("\"gpu_count\": 4096", "\"gpu_count\": -1")).0,
        "compute.gpu_count"
    );
    assert_eq!(wrong(edited("\"pue\": 1.2", "\"pue\": null")).0, "site.pue");
    let (field, problem) = wrong(edited("\"gpu\": \"B200\"", "\"gpu\": \"TPU\""));
    assert_eq!(field, "compute.gpu");
    assert!(
        matches!(&problem, Problem::UnknownValue { found, allowed } if found == "TPU" && allowed.contains(&"B200".to_string())),
        "{problem:?}"
    );
    assert_eq!(
        wrong(edited("\"pue\": 1.2,", "")),
        ("site.pue".to_string(), Problem::Missing)
    );
    assert_eq!(
        wrong(edited("\"scenario\"", "\"scenarios\"")),
        ("scenarios".to_string(), Problem::UnknownField)
    );
}
