//! The crate's messages in English.

use super::{list, sentence};
use crate::envelope::EnvelopePart;
use crate::error::{Expected, Found, Limit, Malformed, Problem, ShareError};
use crate::storyboard::{StoryError, MAX_STEPS, MAX_STORY_CHARS, MAX_TITLE_CHARS, STORY_VERSION};
use crate::Lang;
use socle_model::DeploymentOption;

pub(crate) fn message(e: &ShareError) -> String {
    match e {
        ShareError::NoScenario => "No scenario was found in it.".to_string(),
        ShareError::Truncated => {
            "The scenario is incomplete: it was cut off, probably while being copied. Copy it again in full."
                .to_string()
        }
        ShareError::TooLarge { limit, size, max } => {
            let (what, unit) = match limit {
                Limit::Fragment => ("The link", "characters"),
                Limit::Decompressed => ("The link's scenario", "bytes"),
                Limit::JsonFile => ("The file", "bytes"),
                Limit::Storage => ("The data kept in this browser", "bytes"),
            };
            format!("{what} is too large ({size} {unit} or more, at most {max}): it was not read or written.")
        }
        ShareError::UnknownVersion { found, supported } => format!(
            "Unknown format version “{found}” (this Socle reads version {supported}): it probably comes from a \
             newer Socle."
        ),
        ShareError::Malformed(m) => malformed(m),
        ShareError::WrongType { field, problem } => wrong(field, problem),
        ShareError::NotFinite { field } => {
            format!("The field {} holds a number too large to be represented.", name(field))
        }
        ShareError::RepeatedAnswer {
            field,
            option,
            criterion,
        } => format!(
            "The field {field} gives the answer to criterion {criterion} for “{}” more than once; each answer \
             may be given only once.",
            option_name(*option)
        ),
        ShareError::Iterations { found, min, max } => format!(
            "The protection of this link uses {found} key-derivation rounds, where Socle accepts from {min} to \
             {max}: it was not opened."
        ),
        ShareError::Invalid(e) => sentence(e.message(socle_model::Lang::En)),
    }
}

fn name(field: &str) -> &str {
    if field.is_empty() {
        "(the whole document)"
    } else {
        field
    }
}

fn wrong(field: &str, problem: &Problem) -> String {
    let field = name(field);
    match problem {
        Problem::UnknownField => {
            format!("The field {field} is not one Socle knows (a misspelling?): nothing was read.")
        }
        Problem::Missing => format!("The field {field} is missing."),
        Problem::Repeated => format!("The field {field} is given twice."),
        Problem::UnknownValue { found, allowed } => format!(
            "The field {field} holds “{found}”, which is not one of its values; it may be {}.",
            list(allowed, "or")
        ),
        Problem::WrongKind { found, expected } => format!(
            "The field {field} holds {} where it needs {}.",
            found_words(*found),
            expected_words(expected)
        ),
        Problem::WrongLength { found, expected } => {
            format!("The field {field} lists {found} values where it needs exactly {expected}.")
        }
        Problem::OddDigits => format!(
            "The field {field} has an odd number of characters, where each answer takes two: it was altered."
        ),
        Problem::NotDigit => {
            format!("The field {field} holds a character that Socle never writes there: it was altered.")
        }
        Problem::Unreadable => format!("The field {field} holds a value that cannot be read."),
    }
}

fn found_words(found: Found) -> &'static str {
    match found {
        Found::Number => "a number",
        Found::Text => "a text",
        Found::YesNo => "true or false",
        Found::Nothing => "nothing (null)",
        Found::List => "a list",
        Found::Group => "a group of fields",
        Found::Other => "another kind of value",
    }
}

fn expected_words(expected: &Expected) -> String {
    match expected {
        Expected::Number => "a number".to_string(),
        Expected::WholeNumber => "a whole number, zero or more".to_string(),
        Expected::YesNo => "true or false".to_string(),
        Expected::Text => "a text between quotes".to_string(),
        Expected::Group => "a group of fields between braces".to_string(),
        Expected::List(Some(n)) => format!("a list of {n} values"),
        Expected::List(None) => "a list between square brackets".to_string(),
        Expected::OneOf(names) => format!("one of the names {}", list(names, "or")),
        Expected::Unknown => "another kind of value".to_string(),
    }
}

fn malformed(m: &Malformed) -> String {
    match m {
        Malformed::Parameter(p) => format!("The link has an unknown or repeated parameter “{p}”."),
        Malformed::Language(v) => {
            format!(
                "The link asks for an unknown language “{v}” (it may be {}).",
                list(&super::codes(), "or")
            )
        }
        Malformed::Embed(v) => {
            format!("The link asks for an unknown view “{v}” (it may be chart.<name> or kpi.<name>).")
        }
        Malformed::Version(v) => format!("The version marker “{v}” is not a number."),
        Malformed::Base64 => {
            "The link contains characters that a Socle link never has: it was altered.".to_string()
        }
        Malformed::Compression => "The link's compressed data is damaged.".to_string(),
        Malformed::Checksum => "The link fails its integrity check: it was altered.".to_string(),
        Malformed::TrailingData => "The link carries extra data after its scenario.".to_string(),
        Malformed::Json { line, column } if *line > 0 => {
            format!("The text is not valid JSON: it stops making sense at line {line}, character {column}.")
        }
        Malformed::Json { .. } => "The text is not valid JSON.".to_string(),
        Malformed::NotSocle => "This is not a Socle scenario (no Socle version marker).".to_string(),
        Malformed::Envelope(part) => format!(
            "The protected link's {} is not what Socle writes: it was altered.",
            match part {
                EnvelopePart::Iterations => "round count",
                EnvelopePart::Salt => "salt",
                EnvelopePart::Iv => "nonce",
                EnvelopePart::Ciphertext => "encrypted scenario",
            }
        ),
    }
}

/// The option as the dashboard names it.
pub(crate) fn option_name(o: DeploymentOption) -> &'static str {
    match o {
        DeploymentOption::OnPremises => "On premises",
        DeploymentOption::Colocation => "Colocation",
        DeploymentOption::EuSovereignCloud => "EU sovereign cloud",
        DeploymentOption::UsSovereignOffer => "US sovereign offer",
        DeploymentOption::UsPublicCloud => "US public cloud",
    }
}

pub(crate) fn story(e: &StoryError) -> String {
    match e {
        StoryError::TooLong { size } => {
            format!("The storyboard link is too long ({size} characters; at most {MAX_STORY_CHARS}).")
        }
        StoryError::TooLarge => "The storyboard link holds more data than a storyboard can.".to_owned(),
        StoryError::Damaged => "The storyboard link is damaged or was altered.".to_owned(),
        StoryError::UnknownVersion(v) => {
            format!("The storyboard link is in format version {v}; this page reads version {STORY_VERSION}.")
        }
        StoryError::StepCount(n) => {
            format!("The storyboard has {n} steps; it must have 1 to {MAX_STEPS}.")
        }
        StoryError::BadTitle(i) => format!(
            "The title of step {i} is longer than {MAX_TITLE_CHARS} characters or holds control characters."
        ),
        StoryError::UnknownChart(i) => format!("Step {i} asks for a chart this page does not have."),
        StoryError::Scenario(i, e) => {
            format!("The scenario of step {i} cannot be used: {}", e.message(Lang::En))
        }
    }
}
