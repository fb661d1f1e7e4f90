//! Why a link, a file or a saved scenario could not be read: the facts, as data. Their wording lives in
//! one file per language ([`crate::messages`]).

use crate::Lang;
use socle_model::{DeploymentOption, ScenarioError};
use std::fmt;

/// Which size limit an input went past.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// The link fragment, in characters ([`crate::MAX_FRAGMENT_CHARS`]).
    Fragment,
    /// The link's scenario once decompressed, in bytes ([`crate::MAX_DECOMPRESSED_BYTES`]).
    Decompressed,
    /// A JSON file, in bytes ([`crate::MAX_JSON_BYTES`]).
    JsonFile,
    /// What is kept in the browser's storage, in bytes ([`crate::MAX_STORAGE_BYTES`]).
    Storage,
}

/// How an input fails to be a Socle scenario at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Malformed {
    /// A link parameter that Socle does not write, or one given twice (its name, clipped).
    Parameter(String),
    /// A `lang` that is not the code of one of [`Lang::ALL`] (the value, clipped).
    Language(String),
    /// An `embed` value that is not `chart.<id>` or `kpi.<id>` (the value, clipped).
    Embed(String),
    /// A version marker that is not a number (the marker, clipped).
    Version(String),
    /// Characters that URL-safe base64 does not use.
    Base64,
    /// Compressed data that does not decompress.
    Compression,
    /// Compressed data whose checksum does not match: the link was altered.
    Checksum,
    /// Extra data after the end of the scenario.
    TrailingData,
    /// Text that is not valid JSON, with where the reading stopped (1-based; 0 when unknown).
    Json {
        /// Line.
        line: usize,
        /// Column.
        column: usize,
    },
    /// Valid JSON that is not a Socle scenario, file or list of saved scenarios.
    NotSocle,
    /// A part of a protected link's envelope that is not what Socle writes.
    Envelope(crate::envelope::EnvelopePart),
}

/// The kind of a value as found in the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// A number.
    Number,
    /// A text.
    Text,
    /// `true` or `false`.
    YesNo,
    /// `null`.
    Nothing,
    /// A list (`[…]`).
    List,
    /// A group of fields (`{…}`).
    Group,
    /// Something else.
    Other,
}

/// What a field must hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// A number.
    Number,
    /// A whole number, zero or more.
    WholeNumber,
    /// `true` or `false`.
    YesNo,
    /// A text between quotes.
    Text,
    /// A group of fields (`{…}`).
    Group,
    /// A list (`[…]`), of this many values when known.
    List(Option<usize>),
    /// One of these names.
    OneOf(Vec<String>),
    /// Not described by the decoder.
    Unknown,
}

/// What is wrong with one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The field is not one Socle has (a misspelling?).
    UnknownField,
    /// The field is required and absent.
    Missing,
    /// The field is given twice.
    Repeated,
    /// A name that is not one of the allowed ones.
    UnknownValue {
        /// The name found (clipped).
        found: String,
        /// The allowed names.
        allowed: Vec<String>,
    },
    /// A value of the wrong kind.
    WrongKind {
        /// What was found.
        found: Found,
        /// What the field holds.
        expected: Expected,
    },
    /// A list with the wrong number of values.
    WrongLength {
        /// Values found.
        found: usize,
        /// Values expected.
        expected: usize,
    },
    /// Packed answer overrides with an odd number of digits (two per override).
    OddDigits,
    /// Packed answer overrides with a character that is not one of their digits.
    NotDigit,
    /// A value the decoder could not read, without more detail.
    Unreadable,
}

/// Why a scenario from outside (link, file, saved list) was refused.
///
/// [`fmt::Display`] gives the English message; [`ShareError::message`] gives it in any language. The
/// variants carry the facts (field, value, range, version) for a page that wants to format them itself.
#[derive(Debug, Clone, PartialEq)]
pub enum ShareError {
    /// Nothing to read: no `s=` parameter in the link, or an empty file.
    NoScenario,
    /// The text stops before its end, as when a link is cut short while being copied.
    Truncated,
    /// Larger than its documented limit; refused before being decoded (or, when writing, not written).
    TooLarge {
        /// Which limit.
        limit: Limit,
        /// The size found (characters for a fragment, bytes otherwise); for decompressed data, at least this.
        size: usize,
        /// The limit.
        max: usize,
    },
    /// Written in a format version this Socle does not know, e.g. by a newer Socle.
    UnknownVersion {
        /// The version found, as written (clipped).
        found: String,
        /// The version this Socle reads.
        supported: u32,
    },
    /// Not decodable at all.
    Malformed(Malformed),
    /// A field is unknown, missing, or holds the wrong kind of value.
    WrongType {
        /// Dotted path of the field, e.g. `compute.gpu_count` (empty for the whole document).
        field: String,
        /// What is wrong.
        problem: Problem,
    },
    /// A number too large to be represented (e.g. `1e999`), which would read as infinity.
    NotFinite {
        /// Dotted path of the field.
        field: String,
    },
    /// One option's answer to one criterion given more than once: Socle writes each at most once, so
    /// the input was altered (a list repeating one answer thousands of times would otherwise swell the
    /// scenario and everything it is saved into).
    RepeatedAnswer {
        /// Dotted path of the list, e.g. `assumptions.answer_overrides`.
        field: String,
        /// The option.
        option: DeploymentOption,
        /// The criterion's identifier, e.g. `SOV-1.1`.
        criterion: String,
    },
    /// A protected link or file whose key derivation is weaker or costlier than allowed.
    Iterations {
        /// Iterations found.
        found: u32,
        /// Fewest allowed.
        min: u32,
        /// Most allowed.
        max: u32,
    },
    /// A value outside its valid range, as the model's [`socle_model::Scenario::validate`] reports it.
    Invalid(ScenarioError),
}

impl ShareError {
    /// The message in `lang`, for the person who opened the link or file.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::En => crate::messages::en::message(self),
            Lang::Fr => crate::messages::fr::message(self),
            Lang::De => crate::messages::de::message(self),
        }
    }

    /// The same error with `prefix.` before the field it names (for a scenario read inside a larger
    /// document, e.g. a saved item's `scenario`).
    pub(crate) fn within(self, prefix: &str) -> Self {
        let join = |field: String| {
            if field.is_empty() {
                prefix.to_string()
            } else {
                format!("{prefix}.{field}")
            }
        };
        match self {
            Self::WrongType { field, problem } => Self::WrongType {
                field: join(field),
                problem,
            },
            Self::NotFinite { field } => Self::NotFinite { field: join(field) },
            Self::RepeatedAnswer {
                field,
                option,
                criterion,
            } => Self::RepeatedAnswer {
                field: join(field),
                option,
                criterion,
            },
            other => other,
        }
    }
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ShareError {}

impl From<ScenarioError> for ShareError {
    fn from(e: ScenarioError) -> Self {
        Self::Invalid(e)
    }
}

impl From<Malformed> for ShareError {
    fn from(m: Malformed) -> Self {
        Self::Malformed(m)
    }
}

/// At most this many characters of a value from outside are repeated in a message.
const CLIP_CHARS: usize = 40;

/// `text` made safe to repeat in a message: at most [`CLIP_CHARS`] characters, control characters dropped.
pub(crate) fn clip(text: &str) -> String {
    let mut out: String = text
        .chars()
        .filter(|c| !c.is_control())
        .take(CLIP_CHARS)
        .collect();
    if text.chars().filter(|c| !c.is_control()).nth(CLIP_CHARS).is_some() {
        out.push('…');
    }
    out
}

/// Turns a JSON decoding error into the matching kind, naming the field through `field_name`
/// (which turns the decoder's path into the model's dotted path).
pub(crate) fn from_json_error(
    err: serde_path_to_error::Error<serde_json::Error>,
    field_name: impl Fn(&str) -> String,
) -> ShareError {
    let path = err.path().to_string();
    let inner = err.into_inner();
    json_error(&inner, field_name(&path))
}

/// Classifies a serde_json error found at `field` (empty when unknown).
pub(crate) fn json_error(inner: &serde_json::Error, field: String) -> ShareError {
    use serde_json::error::Category;
    let detail = detail_of(inner);
    match inner.classify() {
        Category::Eof => ShareError::Truncated,
        // serde_json reads 1e999 as an error rather than as infinity; its message is the only sign of it.
        _ if detail.starts_with("number out of range") => ShareError::NotFinite { field },
        // A field that holds a name (e.g. `compute.gpu`) given a number or `[`: a syntax error to the
        // decoder, a wrong value to the reader.
        Category::Syntax if !field.is_empty() && allowed_values(&field).is_some() => ShareError::WrongType {
            problem: Problem::WrongKind {
                found: Found::Other,
                expected: Expected::OneOf(allowed_values(&field).unwrap_or_default()),
            },
            field,
        },
        Category::Syntax | Category::Io => ShareError::Malformed(Malformed::Json {
            line: inner.line(),
            column: inner.column(),
        }),
        Category::Data => {
            let problem = problem_of(&detail, &field);
            // serde names an unknown or missing field in its message, not in the path.
            let named = |name: &str| match field.as_str() {
                "" => name.to_string(),
                f if f.ends_with(&format!(".{name}")) || f == name => f.to_string(),
                f => format!("{f}.{name}"),
            };
            let field = match (&problem, quoted(&detail).first()) {
                (Problem::Missing | Problem::Repeated, Some(name)) => named(name),
                (Problem::UnknownField, Some(name)) => named(name),
                _ => field,
            };
            ShareError::WrongType { field, problem }
        }
    }
}

/// serde_json's message without its " at line L column C" suffix.
fn detail_of(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// The texts between backquotes in a decoder's message.
fn quoted(detail: &str) -> Vec<String> {
    detail.split('`').skip(1).step_by(2).map(str::to_string).collect()
}

/// The decoder's message (serde's wording, stable for years) turned into facts.
fn problem_of(detail: &str, field: &str) -> Problem {
    if detail.starts_with("unknown variant ") {
        let names = quoted(detail);
        let found = names.first().map(|f| clip(f)).unwrap_or_default();
        let allowed = allowed_values(field).unwrap_or_else(|| names.into_iter().skip(1).collect());
        return Problem::UnknownValue { found, allowed };
    }
    if detail.starts_with("unknown field ") {
        return Problem::UnknownField;
    }
    if detail.starts_with("missing field ") {
        return Problem::Missing;
    }
    if detail.starts_with("duplicate field ") {
        return Problem::Repeated;
    }
    if let Some(rest) = detail.strip_prefix("invalid length ") {
        let found = rest
            .split(|c: char| !c.is_ascii_digit())
            .next()
            .and_then(|n| n.parse().ok());
        let expected = rest
            .split_once("expected ")
            .and_then(|(_, e)| e.split(|c: char| !c.is_ascii_digit()).find(|n| !n.is_empty()))
            .and_then(|n| n.parse().ok());
        return match (found, expected) {
            (Some(found), Some(expected)) => Problem::WrongLength { found, expected },
            _ => Problem::Unreadable,
        };
    }
    let rest = detail
        .strip_prefix("invalid type: ")
        .or_else(|| detail.strip_prefix("invalid value: "));
    let Some((found, expected)) = rest.and_then(|r| r.rsplit_once(", expected ")) else {
        return Problem::Unreadable;
    };
    let found = match found.split([' ', '`']).next().unwrap_or_default() {
        "integer" | "floating" => Found::Number,
        "string" | "character" => Found::Text,
        "boolean" => Found::YesNo,
        "null" | "unit" => Found::Nothing,
        "sequence" => Found::List,
        "map" => Found::Group,
        _ => Found::Other,
    };
    let expected = match allowed_values(field) {
        Some(names) => Expected::OneOf(names),
        None => expected_of(expected),
    };
    Problem::WrongKind { found, expected }
}

fn expected_of(expected: &str) -> Expected {
    match expected {
        "f64" | "f32" => Expected::Number,
        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64" | "isize" => {
            Expected::WholeNumber
        }
        "a boolean" => Expected::YesNo,
        "a string" => Expected::Text,
        "a sequence" => Expected::List(None),
        e if e.starts_with("struct ") && e.ends_with(" elements") => {
            Expected::List(e.split(' ').rev().nth(1).and_then(|n| n.parse().ok()))
        }
        e if e.starts_with("an array of length ") => {
            Expected::List(e.rsplit(' ').next().and_then(|n| n.parse().ok()))
        }
        e if e.starts_with("struct ") || e == "a map" => Expected::Group,
        _ => Expected::Unknown,
    }
}

/// The names a field holding one of the model's named values may take, in the model's order.
pub(crate) fn allowed_values(field: &str) -> Option<Vec<String>> {
    use socle_model::*;
    // `scenario.compute.gpu` (a saved item) and `assumptions.answer_overrides[3].option` name the same
    // fields as `compute.gpu` and `…answer_overrides.option`.
    let field = field.strip_prefix("scenario.").unwrap_or(field);
    let bare: String = field
        .split('[')
        .map(|part| part.split_once(']').map_or(part, |(_, rest)| rest))
        .collect();
    fn names<T: serde::Serialize>(all: impl IntoIterator<Item = T>) -> Vec<String> {
        all.into_iter()
            .filter_map(|v| serde_json::to_value(v).ok())
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect()
    }
    Some(match bare.as_str() {
        "persona" => {
            let mut all = Persona::PRESETS.to_vec();
            all.push(Persona::Custom);
            names(all)
        }
        "organisation.sensitivity" => names([
            DataSensitivity::Public,
            DataSensitivity::Internal,
            DataSensitivity::Confidential,
            DataSensitivity::RegulatedHealth,
            DataSensitivity::CriticalDefence,
        ]),
        "organisation.regulation" => names(Regulation::ALL),
        "compute.gpu" => names(GpuModel::ALL),
        "site.country" => names(Country::ALL),
        "platform.target" | "assumptions.answer_overrides.option" => names(DeploymentOption::ALL),
        "platform.provider_hq" => names([
            ProviderHq::Eu,
            ProviderHq::EuJointVentureUsTech,
            ProviderHq::NonEuAdequate,
        ]),
        "platform.key_management" => names([
            KeyManagement::ProviderHeld,
            KeyManagement::Shared,
            KeyManagement::CustomerHeld,
        ]),
        "platform.commitment" => names([Commitment::OnDemand, Commitment::OneYear, Commitment::ThreeYear]),
        "migration.strategy" => names([Strategy::Progressive, Strategy::BigBang]),
        "assumptions.weight_profile" => names([
            WeightProfile::Oct2025,
            WeightProfile::Jun2026,
            WeightProfile::Custom,
        ]),
        _ => return None,
    })
}
