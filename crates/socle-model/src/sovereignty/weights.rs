//! Weights of the eight objectives in the Sovereignty Score, in percent.
//!
//! The weights are not an importance ranking: CSF v1.2.1 §5 keeps SOV-2 and SOV-7 low because "the
//! procurement procedure already contains significant safeguards" there.

use super::framework::{CALCULATOR_SOURCE, FRAMEWORK_SOURCE, OBJECTIVE_COUNT};
use crate::scenario::WeightProfile;
use crate::source::Source;

/// CSF v1.2.1 (October 2025) §5: SOV-1..SOV-8 = 15/10/10/15/20/15/10/5 %. Source: [`WEIGHTS_OCT_2025_SOURCE`].
pub const WEIGHTS_OCT_2025: [f64; OBJECTIVE_COUNT] = [15.0, 10.0, 10.0, 15.0, 20.0, 15.0, 10.0, 5.0];

/// Where [`WEIGHTS_OCT_2025`] comes from (verified against the PDF text).
pub const WEIGHTS_OCT_2025_SOURCE: Source = FRAMEWORK_SOURCE;

/// June 2026 assessment calculator ("alternative weight matrix"): 20/10/10/15/10/15/15/5 %, agreed by two
/// independent transcriptions of the XLSX. Source: [`WEIGHTS_JUN_2026_SOURCE`].
pub const WEIGHTS_JUN_2026: [f64; OBJECTIVE_COUNT] = [20.0, 10.0, 10.0, 15.0, 10.0, 15.0, 15.0, 5.0];

/// Where [`WEIGHTS_JUN_2026`] comes from (secondary: the official XLSX was not opened).
pub const WEIGHTS_JUN_2026_SOURCE: Source = CALCULATOR_SOURCE;

/// The weights a profile stands for. `custom` (the scenario's `assumptions.sovereignty_weights`, already
/// validated to sum to 100) is used only for [`WeightProfile::Custom`].
pub fn weights_for(profile: WeightProfile, custom: &[f64; OBJECTIVE_COUNT]) -> [f64; OBJECTIVE_COUNT] {
    match profile {
        WeightProfile::Oct2025 => WEIGHTS_OCT_2025,
        WeightProfile::Jun2026 => WEIGHTS_JUN_2026,
        WeightProfile::Custom => *custom,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_profiles_ignore_custom_weights() {
        let custom = [12.5; OBJECTIVE_COUNT];
        assert_eq!(weights_for(WeightProfile::Oct2025, &custom), WEIGHTS_OCT_2025);
        assert_eq!(weights_for(WeightProfile::Jun2026, &custom), WEIGHTS_JUN_2026);
        assert_eq!(weights_for(WeightProfile::Custom, &custom), custom);
    }
}
