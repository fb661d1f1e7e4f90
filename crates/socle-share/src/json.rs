//! JSON files: a scenario exported in full, readable and editable, and read back with the link's checks.

use crate::error::{clip, from_json_error, json_error, Limit, Malformed, ShareError};
use serde::Serialize;
use serde_json::value::RawValue;
use socle_model::Scenario;
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
pub fn scenario_to_json(scenario: &Scenario) -> String {
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
    let top = top_level(text)?;
    check_version(&top, "socle_version", JSON_VERSION)?;
    let raw = top.get("scenario").ok_or(ShareError::WrongType {
        field: String::new(),
        detail: "missing field `scenario`".to_string(),
    })?;
    let scenario = read_scenario(raw.get())?;
    Ok(scenario)
}

/// A scenario's JSON (the value of `"scenario"`) → the validated scenario.
pub(crate) fn read_scenario(json: &str) -> Result<Scenario, ShareError> {
    let scenario: Scenario =
        serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_slice(json.as_bytes()))
            .map_err(|e| from_json_error(e, |p| if p == "." { String::new() } else { p.to_string() }))?;
    scenario.validate()?;
    Ok(scenario)
}

/// The members of a top-level JSON object, their values left unread: a number such as `1e999` deep in one
/// of them does not stop the version from being read, nor (for saved scenarios) the other items.
pub(crate) fn top_level(text: &str) -> Result<BTreeMap<String, &RawValue>, ShareError> {
    serde_json::from_slice(text.as_bytes()).map_err(|e| match json_error(&e, String::new()) {
        // Valid JSON but not an object (an array, a number…): not one of Socle's documents.
        ShareError::WrongType { .. } => ShareError::Malformed(Malformed::NotSocle),
        // A number cut after its `-`, `.` or exponent is a syntax error at the very end of the text.
        ShareError::Malformed(Malformed::Json(_)) if at_end(text, &e) => ShareError::Truncated,
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
