//! Errors for scenarios that fall outside their documented valid ranges.

use crate::Lang;
use serde::Serialize;
use std::fmt;

/// A scenario input outside its valid range, or not a finite number.
///
/// The UI shows it as a message naming the field, the value and the range, and keeps the last good scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum ScenarioError {
    /// A numeric field is outside `[min, max]` (inclusive).
    OutOfRange {
        /// Dotted path of the field, e.g. `compute.gpu_count`.
        field: &'static str,
        /// The offending value.
        value: f64,
        /// Smallest valid value.
        min: f64,
        /// Largest valid value.
        max: f64,
    },
    /// A numeric field is NaN or infinite.
    NotFinite {
        /// Dotted path of the field.
        field: &'static str,
        /// The offending value (NaN, +∞ or −∞; serialised as `null`).
        value: f64,
        /// Smallest valid value.
        min: f64,
        /// Largest valid value.
        max: f64,
    },
    /// A group of values that must add up to a total does not.
    BadSum {
        /// Dotted path of the group, e.g. `compute.workload_mix`.
        field: &'static str,
        /// What the values add up to.
        sum: f64,
        /// What they must add up to.
        expected: f64,
    },
    /// An answer index to a sovereignty criterion is past the end of its ladder.
    BadAnswer {
        /// Which option's profile.
        option: &'static str,
        /// Criterion identifier, e.g. `SOV-3.1`.
        criterion: &'static str,
        /// The index given.
        answer: u8,
        /// Number of answers on that criterion's ladder.
        ladder_len: u8,
    },
}

impl ScenarioError {
    /// The field the error is about.
    pub fn field(&self) -> &'static str {
        match self {
            Self::OutOfRange { field, .. } | Self::NotFinite { field, .. } | Self::BadSum { field, .. } => {
                field
            }
            Self::BadAnswer { criterion, .. } => criterion,
        }
    }
}

impl ScenarioError {
    /// The message in `lang`, naming the field, the value given and what is valid; numbers are written
    /// with the language's decimal separator (a comma in French and German).
    pub fn message(&self, lang: Lang) -> String {
        let num = |x: f64| match lang {
            Lang::En => format!("{x}"),
            Lang::Fr | Lang::De => format!("{x}").replace('.', ","),
        };
        match *self {
            Self::OutOfRange { field, value, min, max } => lang.fill(
                "{field} = {value} is outside the valid range {min} to {max}",
                &[("field", field), ("value", &num(value)), ("min", &num(min)), ("max", &num(max))],
            ),
            Self::NotFinite { field, value, min, max } => lang.fill(
                "{field} = {value} is not a finite number; the valid range is {min} to {max}",
                &[("field", field), ("value", &num(value)), ("min", &num(min)), ("max", &num(max))],
            ),
            Self::BadSum { field, sum, expected } => lang.fill(
                "{field} adds up to {sum}, it must add up to {expected}",
                &[("field", field), ("sum", &num(sum)), ("expected", &num(expected))],
            ),
            Self::BadAnswer { option, answer, ladder_len: 0, .. } => lang.fill(
                "answer {answer} for {option} names an unknown criterion: there are {count} criteria, 0 to {last}",
                &[
                    ("answer", &answer.to_string()),
                    ("option", option),
                    ("count", &crate::scenario::CRITERION_COUNT.to_string()),
                    ("last", &(crate::scenario::CRITERION_COUNT - 1).to_string()),
                ],
            ),
            Self::BadAnswer { option, criterion, answer, ladder_len } => lang.fill(
                "answer {answer} to {criterion} for {option} is past the end of its ladder of {count} answers (0 to {last})",
                &[
                    ("answer", &answer.to_string()),
                    ("criterion", criterion),
                    ("option", option),
                    ("count", &ladder_len.to_string()),
                    ("last", &(ladder_len - 1).to_string()),
                ],
            ),
        }
    }
}

/// The English message of [`ScenarioError::message`].
impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ScenarioError {}
