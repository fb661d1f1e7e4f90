//! The shape of the EU Cloud Sovereignty Framework: objectives, criteria, answer ladders, SEAL levels
//! and where they come from.

use crate::source::{Confidence, Source};
use crate::t;
use serde::Serialize;

/// A text in English, its own key for translation ([`crate::Lang::tr`]).
pub type Label = &'static str;

/// Number of sovereignty objectives (SOV-1..SOV-8).
pub const OBJECTIVE_COUNT: usize = 8;

/// Number of scored criteria in the June 2026 assessment calculator (owned by the scenario, which
/// validates answer overrides).
pub use crate::scenario::CRITERION_COUNT;

/// Highest SEAL level ("Full Digital Sovereignty").
pub const MAX_SEAL: u8 = 4;

/// The framework itself: objectives, their official weights and the SEAL definitions.
pub const FRAMEWORK_SOURCE: Source = Source {
    label: "European Commission (DG DIGIT), Cloud Sovereignty Framework v1.2.1, Oct. 2025",
    url: "https://commission.europa.eu/document/download/09579818-64a6-4dd5-9577-446ab6219113_en",
    year: 2025,
    confidence: Confidence::Verified,
};

/// The 48 criteria, their answer ladders, SEAL per answer and the June 2026 weights. The official XLSX was
/// not opened: figures come from a public transcription of it (github.com/flavienbwk/cloud-sovereignty-score,
/// `questions.js` v3.0), cross-checked for counts and weights against two other independent transcriptions.
pub const CALCULATOR_SOURCE: Source = Source {
    label: "European Commission, Annex – Sovereignty assessment calculator (Jun. 2026), \
            as transcribed in github.com/flavienbwk/cloud-sovereignty-score",
    url: "https://commission.europa.eu/document/download/3acb8fe8-8a4a-4339-ae74-f56138d913d1_en?filename=Annex%20-%20Sovereignty%20assessment%20calculator.xlsx",
    year: 2026,
    confidence: Confidence::Secondary,
};

/// Points of every answer. The June 2026 calculator gives a point value to each answer, intermediate ones
/// included; most ladders are evenly spaced from 0 to the criterion's maximum, and the four that are not
/// (SOV-1.1 and SOV-1.3: 0 / 41.67 / 83.34 / 125.01; SOV-1.7: 0 / 41.67 / 83 / 125.01; SOV-2.1:
/// 0 / 84 / 167) carry the calculator's own values ([`with_points`]). Contracting authorities may adapt
/// point values (June 2026 guidance); these are the reference values.
pub const POINTS_SOURCE: Source = Source {
    label: "European Commission, Annex – Sovereignty assessment calculator (Jun. 2026): reference points per \
            answer, as transcribed in github.com/flavienbwk/cloud-sovereignty-score (questions.js)",
    url: "https://commission.europa.eu/document/download/3acb8fe8-8a4a-4339-ae74-f56138d913d1_en?filename=Annex%20-%20Sovereignty%20assessment%20calculator.xlsx",
    year: 2026,
    confidence: Confidence::Secondary,
};

/// Names of SEAL-0..SEAL-4 (CSF v1.2.1 §3). The June 2026 guidance renames SEAL-3 "Technological
/// Sovereignty"; the 2025 name is kept because it is the one in force in the framework text.
pub const SEAL_NAMES: [Label; 5] = [
    t!("No Sovereignty"),
    t!("Jurisdictional Sovereignty"),
    t!("Data Sovereignty"),
    t!("Digital Resilience"),
    t!("Full Digital Sovereignty"),
];

/// One answer on a criterion's ladder.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Answer {
    /// What the answer says.
    pub label: Label,
    /// Points it earns (0 for the lowest answer, the criterion's maximum for the highest).
    pub points: f64,
    /// SEAL level (0..=4) the answer allows: the overall SEAL can be no higher.
    pub seal: u8,
}

/// One scored criterion ("specific objective") of the calculator, e.g. SOV-3.1 key control.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Criterion {
    /// Identifier, e.g. `SOV-3.1`.
    pub id: &'static str,
    /// Objective index, 0 for SOV-1 … 7 for SOV-8.
    pub objective: u8,
    /// What the criterion assesses.
    pub name: Label,
    /// Answers from the lowest (index 0) to the highest.
    pub answers: &'static [Answer],
}

impl Criterion {
    /// Number of answers on the ladder.
    pub const fn ladder_len(&self) -> u8 {
        self.answers.len() as u8
    }

    /// Points of the highest answer.
    pub fn max_points(&self) -> f64 {
        self.answers[self.answers.len() - 1].points
    }

    /// True when every answer is SEAL-4: the criterion moves the score but never caps the SEAL.
    pub fn is_score_only(&self) -> bool {
        self.answers.iter().all(|a| a.seal == MAX_SEAL)
    }
}

/// One of the eight sovereignty objectives.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Objective {
    /// Identifier, e.g. `SOV-3`.
    pub id: &'static str,
    /// Official name (CSF v1.2.1 §2).
    pub name: Label,
    /// Index of its first criterion in [`super::CRITERIA`].
    pub first_criterion: u8,
    /// Number of criteria.
    pub criterion_count: u8,
    /// Points of the top answer of each of its criteria. The calculator normalises every objective to about
    /// 1,000 points: 1000 / number of criteria, rounded as the calculator shows it (167 for six criteria).
    /// A few ladders top out slightly above (125.01 on SOV-1.1, 1.3 and 1.7); scores divide by the sum of
    /// the criteria's actual maxima ([`super::objective_results`]).
    pub answer_max_points: f64,
}

impl Objective {
    /// Nominal most points the objective can earn: criteria × [`Self::answer_max_points`]. The exact
    /// maximum is the sum of its criteria's top answers (within 0.03 points of this).
    pub fn max_points(&self) -> f64 {
        f64::from(self.criterion_count) * self.answer_max_points
    }

    /// Indices of its criteria in [`super::CRITERIA`].
    pub fn criteria(&self) -> std::ops::Range<usize> {
        let first = self.first_criterion as usize;
        first..first + self.criterion_count as usize
    }
}

/// The eight objectives, SOV-1..SOV-8, with the calculator's criteria counts 8/6/5/6/7/5/7/4.
pub const OBJECTIVES: [Objective; OBJECTIVE_COUNT] = [
    objective("SOV-1", t!("Strategic Sovereignty"), 0, 8, 125.0),
    objective("SOV-2", t!("Legal & Jurisdictional Sovereignty"), 8, 6, 167.0),
    objective("SOV-3", t!("Data & AI Sovereignty"), 14, 5, 200.0),
    objective("SOV-4", t!("Operational Sovereignty"), 19, 6, 167.0),
    objective("SOV-5", t!("Supply Chain Sovereignty"), 25, 7, 143.0),
    objective("SOV-6", t!("Technology Sovereignty"), 32, 5, 200.0),
    objective("SOV-7", t!("Security & Compliance Sovereignty"), 37, 7, 143.0),
    objective("SOV-8", t!("Environmental Sustainability"), 44, 4, 250.0),
];

const fn objective(id: &'static str, name: Label, first: u8, count: u8, max: f64) -> Objective {
    Objective {
        id,
        name,
        first_criterion: first,
        criterion_count: count,
        answer_max_points: max,
    }
}

/// Index in [`super::CRITERIA`] of criterion SOV-`objective`.`number` (both counted from 1 as in the
/// framework), e.g. `criterion_index(3, 1)` = 14 for SOV-3.1.
pub const fn criterion_index(objective: usize, number: usize) -> usize {
    OBJECTIVES[objective - 1].first_criterion as usize + number - 1
}

/// One rung of a ladder as written in the data: label and SEAL; points are added by [`ladder`].
pub(crate) type Rung = (&'static str, u8);

/// Builds a ladder whose points are spaced evenly from 0 to `max` (see [`POINTS_SOURCE`]).
pub(crate) const fn ladder<const N: usize>(max: f64, rungs: [Rung; N]) -> [Answer; N] {
    let mut out = [Answer {
        label: "",
        points: 0.0,
        seal: 0,
    }; N];
    let mut i = 0;
    while i < N {
        let (label, seal) = rungs[i];
        out[i] = Answer {
            label,
            points: max * i as f64 / (N - 1) as f64,
            seal,
        };
        i += 1;
    }
    out
}

/// A ladder whose points are the calculator's own values where they are not evenly spaced.
pub(crate) const fn with_points<const N: usize>(mut answers: [Answer; N], points: [f64; N]) -> [Answer; N] {
    let mut i = 0;
    while i < N {
        answers[i].points = points[i];
        i += 1;
    }
    answers
}

/// A score-only ladder: every answer is SEAL-4, so it moves the score but never caps the SEAL.
pub(crate) const fn score_only<const N: usize>(max: f64, labels: [Label; N]) -> [Answer; N] {
    let mut rungs: [Rung; N] = [("", MAX_SEAL); N];
    let mut i = 0;
    while i < N {
        rungs[i] = (labels[i], MAX_SEAL);
        i += 1;
    }
    ladder(max, rungs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ladder_spaces_points_evenly_from_zero_to_max() {
        // 4 answers up to 125: 0, 125/3, 250/3, 125.
        let l = ladder(125.0, [("a", 1), ("b", 1), ("c", 3), ("d", 4)]);
        let points: Vec<f64> = l.iter().map(|a| a.points).collect();
        assert_eq!(points[0], 0.0);
        assert!((points[1] - 41.666_666).abs() < 1e-5);
        assert!((points[2] - 83.333_333).abs() < 1e-5);
        assert_eq!(points[3], 125.0);
    }

    #[test]
    fn criterion_index_follows_objective_sizes() {
        assert_eq!(criterion_index(1, 1), 0);
        assert_eq!(criterion_index(2, 1), 8);
        assert_eq!(criterion_index(3, 1), 14);
        assert_eq!(criterion_index(6, 5), 36);
        assert_eq!(criterion_index(8, 4), 47);
    }
}
