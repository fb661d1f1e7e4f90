//! Sovereignty Score and SEAL of one answer profile.
//!
//! Score (CSF v1.2.1 §5): Σ weight(SOV-n) × points(SOV-n) / max points(SOV-n), in percent.
//! SEAL (June 2026 calculator): the lowest SEAL over all answered criteria, the weakest link; there are no
//! score thresholds.

use super::criteria::CRITERIA;
use super::framework::{Answer, Criterion, CRITERION_COUNT, MAX_SEAL, OBJECTIVE_COUNT};

/// The answer chosen on a criterion. Answers are validated before they get here
/// ([`super::validate_overrides`]); an index past the ladder is read as its top answer rather than panicking.
pub fn chosen_answer(criterion: &Criterion, answer: u8) -> &'static Answer {
    let last = criterion.answers.len() - 1;
    &criterion.answers[usize::from(answer).min(last)]
}

/// Per-objective score in `[0, 1]` (points earned / points possible) and per-objective SEAL (the lowest SEAL
/// of its criteria), in one pass over the 48 answers.
pub fn objective_results(answers: &[u8; CRITERION_COUNT]) -> ([f64; OBJECTIVE_COUNT], [u8; OBJECTIVE_COUNT]) {
    let mut points = [0.0; OBJECTIVE_COUNT];
    let mut maxima = [0.0; OBJECTIVE_COUNT];
    let mut seals = [MAX_SEAL; OBJECTIVE_COUNT];
    for (criterion, &answer) in CRITERIA.iter().zip(answers) {
        let chosen = chosen_answer(criterion, answer);
        let o = usize::from(criterion.objective);
        points[o] += chosen.points;
        maxima[o] += criterion.max_points();
        seals[o] = seals[o].min(chosen.seal);
    }
    let mut scores = [0.0; OBJECTIVE_COUNT];
    for (score, (earned, maximum)) in scores.iter_mut().zip(points.iter().zip(&maxima)) {
        *score = earned / maximum;
    }
    (scores, seals)
}

/// Overall Sovereignty Score, 0..=100, from objective scores in `[0, 1]` and weights in percent summing to
/// 100. Clamped to `[0, 100]` so that weights summing to 100 within rounding never show 100.000001.
pub fn sovereignty_score(objective_scores: &[f64; OBJECTIVE_COUNT], weights: &[f64; OBJECTIVE_COUNT]) -> f64 {
    let score: f64 = objective_scores.iter().zip(weights).map(|(s, w)| s * w).sum();
    score.clamp(0.0, 100.0)
}

/// The SEAL of a profile: the lowest per-objective SEAL (weakest link).
pub fn seal_of(objective_seals: &[u8; OBJECTIVE_COUNT]) -> u8 {
    objective_seals.iter().copied().min().unwrap_or(MAX_SEAL)
}

/// Criteria (indices into [`CRITERIA`]) whose answer sits at exactly `seal`: the ones that cap the SEAL
/// when `seal` is the profile's SEAL.
pub fn capping_criteria(answers: &[u8; CRITERION_COUNT], seal: u8) -> Vec<u8> {
    CRITERIA
        .iter()
        .zip(answers)
        .enumerate()
        .filter(|(_, (criterion, &answer))| chosen_answer(criterion, answer).seal == seal)
        .map(|(index, _)| index as u8)
        .collect()
}

/// Sovereignty Score (0..=100) and SEAL (0..=4) of one answer profile, without allocating.
/// Used wherever a profile has to be scored many times (migration trajectory, best-option map).
pub fn score_and_seal(answers: &[u8; CRITERION_COUNT], weights: &[f64; OBJECTIVE_COUNT]) -> (f64, u8) {
    let (scores, seals) = objective_results(answers);
    (sovereignty_score(&scores, weights), seal_of(&seals))
}
