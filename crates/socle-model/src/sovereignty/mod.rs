//! EU Cloud Sovereignty Framework: Sovereignty Score and SEAL level of every deployment option.
//!
//! - **Data** ([`CRITERIA`], [`OBJECTIVES`]): the 8 objectives of CSF v1.2.1 (October 2025) and the 48
//!   criteria of the Commission's June 2026 assessment calculator, each an ordered ladder of answers with
//!   points and a SEAL level.
//! - **Profiles** ([`default_profile`], [`answers_for`]): each option's documented default answers, changed
//!   by the platform inputs (provider headquarters, key management) and the user's overrides.
//! - **Scoring** ([`score_and_seal`]): objective score = points / maximum; Sovereignty Score = Σ weight ×
//!   objective score (0..100); SEAL = lowest SEAL over the 48 answers (weakest link), compared with the SEAL
//!   the data sensitivity requires.
//!
//! SOV-8.1 (energy efficiency) follows the option's PUE with the calculator's thresholds
//! ([`pue_answer`]). The calculator gives SEAL-1 to any PUE of 1.5 or more, so a small on-premises room
//! (PUE around 1.8) or a colocation hall at 1.5 is capped at SEAL-1 by that environmental criterion: that
//! is the calculator's rule, and the explanation names the criterion; a lower PUE input (or an override
//! of the answer) lifts it.

mod criteria;
mod framework;
mod profiles;
mod qualification;
mod score;
mod weights;

pub use criteria::CRITERIA;
pub use framework::{
    criterion_index, Answer, Criterion, Label, Objective, CALCULATOR_SOURCE, CRITERION_COUNT,
    FRAMEWORK_SOURCE, MAX_SEAL, OBJECTIVES, OBJECTIVE_COUNT, POINTS_SOURCE, SEAL_NAMES,
};
pub use profiles::{
    answer_ceiling, answers_for, ceiling, default_profile, key_control_answer, pue_answer, us_controlled,
};
pub use qualification::{qualify, Disqualifier, Qualification};
pub use score::{
    capping_criteria, chosen_answer, objective_results, score_and_seal, seal_of, sovereignty_score,
};
pub use weights::{
    weights_for, WEIGHTS_JUN_2026, WEIGHTS_JUN_2026_SOURCE, WEIGHTS_OCT_2025, WEIGHTS_OCT_2025_SOURCE,
};

use crate::{
    error::ScenarioError,
    scenario::{AnswerOverride, DeploymentOption, Regulation, Scenario},
};
use serde::{Serialize, Serializer};

/// Sovereignty of one deployment option.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionSovereignty {
    /// Answer index per criterion (defaults, overrides and legal ceilings applied), framework order.
    #[serde(serialize_with = "serialize_answers")]
    pub answers: [u8; CRITERION_COUNT],
    /// Score of each objective SOV-1..SOV-8, in `[0, 1]`.
    pub objective_scores: [f64; OBJECTIVE_COUNT],
    /// SEAL of each objective: the lowest SEAL among its criteria.
    pub objective_seals: [u8; OBJECTIVE_COUNT],
    /// Sovereignty Score, 0..=100.
    pub score: f64,
    /// SEAL level 0..=4: the lowest over all 48 criteria.
    pub seal: u8,
    /// Indices into [`CRITERIA`] of the criteria whose SEAL equals [`Self::seal`] (what caps it).
    pub capping_criteria: Vec<u8>,
    /// True when the option qualifies: [`Self::seal`] reaches the required SEAL (data sensitivity and
    /// regulatory preset) and every floor of the preset is met (see [`SovereigntyResults::qualification`]).
    pub meets_requirement: bool,
}

/// serde implements `Serialize` for arrays up to 32 only: 48 answers go out as a sequence.
fn serialize_answers<S: Serializer>(
    answers: &[u8; CRITERION_COUNT],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    answers.as_slice().serialize(serializer)
}

/// Sovereignty of the five options for one scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SovereigntyResults {
    /// One entry per option, indexed by [`DeploymentOption::index`].
    pub per_option: [OptionSovereignty; 5],
    /// Minimum SEAL required: the higher of the data sensitivity's and the regulatory preset's.
    pub required_seal: u8,
    /// Objective weights used, percent.
    pub weights: [f64; OBJECTIVE_COUNT],
    /// Regulatory preset the options are qualified under.
    pub regulation: Regulation,
    /// Whether each option qualifies under the preset, and what disqualifies it, indexed by
    /// [`DeploymentOption::index`].
    pub qualification: [Qualification; 5],
}

impl SovereigntyResults {
    /// Results of one option.
    pub fn option(&self, option: DeploymentOption) -> &OptionSovereignty {
        &self.per_option[option.index()]
    }

    /// Required SEAL minus achieved SEAL for `option`: above 0 is a shortfall (a red flag on screen).
    pub fn seal_gap(&self, option: DeploymentOption) -> i8 {
        self.required_seal as i8 - self.option(option).seal as i8
    }

    /// The options that qualify under the preset, in display order.
    pub fn qualifying(&self) -> Vec<DeploymentOption> {
        DeploymentOption::ALL
            .into_iter()
            .filter(|o| self.qualification[o.index()].qualifies)
            .collect()
    }
}

/// Scores every option of `scenario`. Assumes [`Scenario::validate`] passed.
pub fn evaluate(scenario: &Scenario) -> SovereigntyResults {
    let assumptions = &scenario.assumptions;
    let weights = weights_for(assumptions.weight_profile, &assumptions.sovereignty_weights);
    let required_seal = scenario.organisation.required_seal();
    let regulation = scenario.organisation.regulation;
    let floors = crate::catalogue::regulation::spec(regulation).floors;
    let mut per_option = DeploymentOption::ALL
        .map(|option| evaluate_answers(answers_for(scenario, option), &weights, required_seal));
    let qualification = per_option
        .each_ref()
        .map(|o| qualify(&o.answers, o.seal, &o.capping_criteria, required_seal, floors));
    for (o, q) in per_option.iter_mut().zip(&qualification) {
        o.meets_requirement = q.qualifies;
    }
    SovereigntyResults {
        per_option,
        required_seal,
        weights,
        regulation,
        qualification,
    }
}

/// Scores one answer profile against `weights` and a required SEAL.
pub fn evaluate_answers(
    answers: [u8; CRITERION_COUNT],
    weights: &[f64; OBJECTIVE_COUNT],
    required_seal: u8,
) -> OptionSovereignty {
    let (objective_scores, objective_seals) = objective_results(&answers);
    let seal = seal_of(&objective_seals);
    OptionSovereignty {
        answers,
        objective_scores,
        objective_seals,
        score: sovereignty_score(&objective_scores, weights),
        seal,
        capping_criteria: capping_criteria(&answers, seal),
        meets_requirement: seal >= required_seal,
    }
}

/// Checks that every override names an existing criterion (index below 48) and an answer on its ladder.
/// The scenario owns this invariant ([`crate::scenario::validate_overrides`]); kept here for callers of
/// the sovereignty API.
pub fn validate_overrides(overrides: &[AnswerOverride]) -> Result<(), ScenarioError> {
    crate::scenario::validate_overrides(overrides)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scenario_names_the_same_criteria_and_ladders_as_the_framework() {
        for (c, &(id, len)) in CRITERIA.iter().zip(&crate::scenario::CRITERION_LADDERS) {
            assert_eq!((c.id, c.ladder_len()), (id, len));
        }
    }
}
