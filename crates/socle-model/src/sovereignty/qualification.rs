//! Whether an option qualifies under a regulatory preset, and if not, which criterion disqualifies it.
//!
//! An option qualifies when it answers at or above every floor of the preset and its SEAL reaches the
//! required SEAL. The reason given for a refusal is the first floor it fails, in the order the regime
//! states its demands ([`crate::catalogue::regulation`]), or else the first criterion that caps its SEAL
//! below the requirement (the weakest link).

use super::framework::CRITERION_COUNT;
use crate::catalogue::regulation::CriterionFloor;
use serde::Serialize;

/// Why an option does not qualify.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Disqualifier {
    /// The option answers below a floor of the preset.
    Floor {
        /// Criterion index in [`super::CRITERIA`].
        criterion: u8,
        /// The option's answer.
        answer: u8,
        /// The lowest answer the preset accepts.
        min_answer: u8,
        /// Position of the floor in the preset's list.
        floor: u8,
    },
    /// The option's SEAL is below the required SEAL.
    Seal {
        /// First criterion (framework order) that caps the option's SEAL.
        criterion: u8,
        /// The option's SEAL.
        seal: u8,
        /// The SEAL required.
        required_seal: u8,
    },
}

impl Disqualifier {
    /// Index in [`super::CRITERIA`] of the criterion that disqualifies the option.
    pub const fn criterion(&self) -> u8 {
        match *self {
            Self::Floor { criterion, .. } | Self::Seal { criterion, .. } => criterion,
        }
    }
}

/// Qualification of one option under the scenario's preset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Qualification {
    /// True when the option meets every floor and the required SEAL.
    pub qualifies: bool,
    /// Why it does not, when it does not.
    pub disqualifier: Option<Disqualifier>,
}

/// Qualification of an option with `answers`, SEAL `seal` and capping criteria `capping` (framework
/// order) against `required_seal` and `floors`.
pub fn qualify(
    answers: &[u8; CRITERION_COUNT],
    seal: u8,
    capping: &[u8],
    required_seal: u8,
    floors: &[CriterionFloor],
) -> Qualification {
    let failed_floor = floors.iter().enumerate().find_map(|(i, f)| {
        let answer = answers.get(f.criterion).copied()?;
        (answer < f.min_answer).then_some(Disqualifier::Floor {
            criterion: f.criterion as u8,
            answer,
            min_answer: f.min_answer,
            floor: i as u8,
        })
    });
    let short_seal = || {
        (seal < required_seal).then(|| Disqualifier::Seal {
            criterion: capping.first().copied().unwrap_or(0),
            seal,
            required_seal,
        })
    };
    let disqualifier = failed_floor.or_else(short_seal);
    Qualification {
        qualifies: disqualifier.is_none(),
        disqualifier,
    }
}
