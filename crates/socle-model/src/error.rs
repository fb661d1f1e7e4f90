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
    /// The message in English and French, naming the field, the value given and what is valid.
    pub fn messages(&self) -> (String, String) {
        // French writes a decimal comma.
        let fr = |x: f64| format!("{x}").replace('.', ",");
        match *self {
            Self::OutOfRange { field, value, min, max } => (
                format!("{field} = {value} is outside the valid range {min} to {max}"),
                format!(
                    "{field} = {} est hors de la plage valide {} à {}",
                    fr(value),
                    fr(min),
                    fr(max)
                ),
            ),
            Self::NotFinite { field, value, min, max } => (
                format!("{field} = {value} is not a finite number; the valid range is {min} to {max}"),
                format!(
                    "{field} = {value} n’est pas un nombre fini ; la plage valide va de {} à {}",
                    fr(min),
                    fr(max)
                ),
            ),
            Self::BadSum { field, sum, expected } => (
                format!("{field} adds up to {sum}, it must add up to {expected}"),
                format!("{field} a pour somme {}, elle doit valoir {}", fr(sum), fr(expected)),
            ),
            Self::BadAnswer { option, criterion, answer, ladder_len: 0 } => (
                format!(
                    "answer {answer} for {option} names an {criterion}: there are {count} criteria, 0 to {last}",
                    count = crate::scenario::CRITERION_COUNT,
                    last = crate::scenario::CRITERION_COUNT - 1
                ),
                format!(
                    "la réponse {answer} pour {option} désigne un critère inconnu : il y a {count} critères, de 0 à {last}",
                    count = crate::scenario::CRITERION_COUNT,
                    last = crate::scenario::CRITERION_COUNT - 1
                ),
            ),
            Self::BadAnswer { option, criterion, answer, ladder_len } => (
                format!(
                    "answer {answer} to {criterion} for {option} is past the end of its ladder of {ladder_len} answers (0 to {})",
                    ladder_len - 1
                ),
                format!(
                    "la réponse {answer} au critère {criterion} pour {option} dépasse son échelle de {ladder_len} réponses (0 à {})",
                    ladder_len - 1
                ),
            ),
        }
    }
}

/// The English message of [`ScenarioError::messages`].
impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.messages().0)
    }
}

impl std::error::Error for ScenarioError {}
