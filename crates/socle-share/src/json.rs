//! JSON files: a scenario exported in full, readable and editable, and read back with the link's checks.

use crate::compact::{check_overrides, effective_overrides};
use crate::error::{clip, from_json_error, json_error, Limit, Malformed, Problem, ShareError};
use serde::Serialize;
use serde_json::value::RawValue;
use serde_json::Value;
use socle_model::{persona_scenario, AnswerOverride, DeploymentOption, Persona, Scenario};
use std::collections::BTreeMap;

/// Version written as `socle_version` by [`scenario_to_json`], the only one [`scenario_from_json`] reads.
pub const JSON_VERSION: u32 = 1;

/// Largest file read, in bytes, checked before parsing. A full scenario with all 240 answer overrides is
/// about 40 KB pretty-printed.
pub const MAX_JSON_BYTES: usize = 256 * 1024;

#[derive(Serialize)]
struct Envelope<'a> {
    socle_version: u32,
    scenario: &'a Scenario,
}

/// `scenario` as a pretty-printed JSON document `{ "socle_version": 1, "scenario": { … } }`.
///
/// Only the answer override that counts is written for each (option, criterion) pair, as readers refuse
/// repeated ones; a valid scenario's document is therefore at most about 40 KB, well within
/// [`MAX_JSON_BYTES`] (checked by the tests).
pub fn scenario_to_json(scenario: &Scenario) -> String {
    let scenario = &written(scenario);
    let envelope = Envelope {
        socle_version: JSON_VERSION,
        scenario,
    };
    // Serialising plain data (no maps with non-string keys) cannot fail.
    serde_json::to_string_pretty(&envelope).unwrap_or_default()
}

/// Reads a document written by [`scenario_to_json`] (possibly edited by hand), with the same checks and
/// error kinds as a share link: size, version, syntax, field types, then the model's ranges.
pub fn scenario_from_json(text: &str) -> Result<Scenario, ShareError> {
    if text.len() > MAX_JSON_BYTES {
        return Err(ShareError::TooLarge {
            limit: Limit::JsonFile,
            size: text.len(),
            max: MAX_JSON_BYTES,
        });
    }
    // Some editors start a UTF-8 file with a byte-order mark, which JSON does not allow.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ShareError::NoScenario);
    }
    read_document(text)
}

/// A document `{ "socle_version": 1, "scenario": { … } }` → the validated scenario.
pub(crate) fn read_document(text: &str) -> Result<Scenario, ShareError> {
    let top = top_level(text)?;
    check_version(&top, "socle_version", JSON_VERSION)?;
    check_members(&top, &["socle_version", "scenario"])?;
    let raw = top.get("scenario").ok_or(ShareError::WrongType {
        field: "scenario".to_string(),
        problem: Problem::Missing,
    })?;
    read_scenario(raw.get())
}

/// The scenario as written: the model applies only the last override of each (option, criterion) pair,
/// so only that one is kept.
pub(crate) fn written(scenario: &Scenario) -> Scenario {
    let mut s = scenario.clone();
    s.assumptions.answer_overrides = effective_overrides(&s.assumptions.answer_overrides);
    s
}

/// A scenario's JSON (the value of `"scenario"`) → the validated scenario. Refuses a field Socle does not
/// have (naming it), then wrongly typed values, repeated answer overrides and values out of range.
pub(crate) fn read_scenario(json: &str) -> Result<Scenario, ShareError> {
    // A number such as 1e999 stops this first pass; the typed pass below then names its field.
    if let Ok(value) = serde_json::from_str::<Value>(json) {
        if let Some(field) = unknown_field(&value, &schema(), "") {
            return Err(ShareError::WrongType {
                field,
                problem: Problem::UnknownField,
            });
        }
    }
    let scenario: Scenario =
        serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_slice(json.as_bytes()))
            .map_err(|e| from_json_error(e, |p| if p == "." { String::new() } else { p.to_string() }))?;
    check_overrides(&scenario.assumptions.answer_overrides)?;
    scenario.validate()?;
    Ok(scenario)
}

/// Every field of a scenario, as the model writes it (optional values as `null`, one answer override as
/// the pattern of every element of that list).
fn schema() -> Value {
    let mut s = persona_scenario(Persona::AiStartup);
    s.assumptions.answer_overrides = vec![AnswerOverride {
        option: DeploymentOption::OnPremises,
        criterion: 0,
        answer: 0,
    }];
    serde_json::to_value(&s).unwrap_or(Value::Null)
}

/// The dotted path of the first member of `value` that `schema` does not have, if any. Values of another
/// kind than the schema's are left to the typed reading, which names what they should be.
fn unknown_field(value: &Value, schema: &Value, path: &str) -> Option<String> {
    let join = |key: &str| {
        if path.is_empty() {
            key.to_string()
        } else {
            format!("{path}.{key}")
        }
    };
    match (value, schema) {
        (Value::Object(members), Value::Object(known)) => {
            members.iter().find_map(|(key, v)| match known.get(key) {
                None => Some(join(key)),
                Some(s) => unknown_field(v, s, &join(key)),
            })
        }
        (Value::Array(items), Value::Array(pattern)) if !pattern.is_empty() => items
            .iter()
            .enumerate()
            .find_map(|(i, v)| unknown_field(v, &pattern[i.min(pattern.len() - 1)], &format!("{path}[{i}]"))),
        _ => None,
    }
}

/// Refuses a top-level member other than `known`, naming it.
pub(crate) fn check_members(top: &BTreeMap<String, &RawValue>, known: &[&str]) -> Result<(), ShareError> {
    match top.keys().find(|k| !known.contains(&k.as_str())) {
        Some(k) => Err(ShareError::WrongType {
            field: clip(k),
            problem: Problem::UnknownField,
        }),
        None => Ok(()),
    }
}

/// The members of a top-level JSON object, their values left unread: a number such as `1e999` deep in one
/// of them does not stop the version from being read, nor (for saved scenarios) the other items.
pub(crate) fn top_level(text: &str) -> Result<BTreeMap<String, &RawValue>, ShareError> {
    serde_json::from_slice(text.as_bytes()).map_err(|e| match json_error(&e, String::new()) {
        // Valid JSON but not an object (an array, a number…): not one of Socle's documents.
        ShareError::WrongType { .. } => ShareError::Malformed(Malformed::NotSocle),
        // A number cut after its `-`, `.` or exponent is a syntax error at the very end of the text.
        ShareError::Malformed(Malformed::Json { .. }) if at_end(text, &e) => ShareError::Truncated,
        other => other,
    })
}

/// True when `e` is reported at the last character of `text`.
fn at_end(text: &str, e: &serde_json::Error) -> bool {
    let last_line = text.lines().count().max(1);
    let last_column = text.rsplit('\n').next().map_or(0, str::len);
    !text.ends_with('\n') && e.line() == last_line && e.column() >= last_column
}

/// Checks that member `key` of `top` is `expected`.
pub(crate) fn check_version(
    top: &BTreeMap<String, &RawValue>,
    key: &str,
    expected: u32,
) -> Result<(), ShareError> {
    let found = top
        .get(key)
        .ok_or(ShareError::Malformed(Malformed::NotSocle))?
        .get()
        .trim();
    if found != expected.to_string() {
        return Err(ShareError::UnknownVersion {
            found: clip(found),
            supported: expected,
        });
    }
    Ok(())
}
