//! Errors for scenarios that fall outside their documented valid ranges.

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
            Self::OutOfRange { field, .. } | Self::NotFinite { field } | Self::BadSum { field, .. } => field,
            Self::BadAnswer { criterion, .. } => criterion,
        }
    }
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::OutOfRange { field, value, min, max } => {
                write!(f, "{field} = {value} is outside the valid range {min} to {max}")
            }
            Self::NotFinite { field } => write!(f, "{field} is not a finite number"),
            Self::BadSum { field, sum, expected } => {
                write!(f, "{field} adds up to {sum}, it must add up to {expected}")
            }
            Self::BadAnswer { option, criterion, answer, ladder_len } => write!(
                f,
                "answer {answer} to {criterion} for {option} is past the end of its ladder of {ladder_len} answers"
            ),
        }
    }
}

impl std::error::Error for ScenarioError {}
