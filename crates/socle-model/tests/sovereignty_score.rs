//! Sovereignty Score and SEAL of hand-built answer profiles, with the arithmetic written out.

use socle_model::sovereignty::*;

fn all_top() -> [u8; CRITERION_COUNT] {
    std::array::from_fn(|c| CRITERIA[c].ladder_len() - 1)
}

#[test]
fn both_weight_profiles_sum_to_100() {
    assert_eq!(WEIGHTS_OCT_2025.iter().sum::<f64>(), 100.0);
    assert_eq!(WEIGHTS_JUN_2026.iter().sum::<f64>(), 100.0);
}

#[test]
fn all_top_answers_score_100_at_seal_4() {
    // Every objective earns its maximum: score 1.0 each, Σ weight × 1.0 = Σ weight = 100.
    for weights in [WEIGHTS_OCT_2025, WEIGHTS_JUN_2026] {
        assert_eq!(score_and_seal(&all_top(), &weights), (100.0, 4));
    }
}

#[test]
fn all_bottom_answers_score_0_at_seal_0() {
    // Every bottom answer earns 0 points; several bottom answers are SEAL-0 (e.g. SOV-3.1 "provider only").
    let bottom = [0u8; CRITERION_COUNT];
    for weights in [WEIGHTS_OCT_2025, WEIGHTS_JUN_2026] {
        assert_eq!(score_and_seal(&bottom, &weights), (0.0, 0));
    }
    let result = evaluate_answers(bottom, &WEIGHTS_OCT_2025, 0);
    let expected: Vec<u8> = (0..48u8)
        .filter(|&c| CRITERIA[usize::from(c)].answers[0].seal == 0)
        .collect();
    assert_eq!(result.capping_criteria, expected);
    assert!(result.capping_criteria.contains(&(criterion_index(3, 1) as u8)));
}

#[test]
fn hand_computed_profile_two_answers_below_the_top() {
    // Start from all top answers and lower two:
    // - SOV-2.1 to "mixed" (answer 1 of 3): the calculator's 84 points instead of 167, SEAL-1;
    // - SOV-5.6 to "few non-EU in critical parts" (answer 2 of 5): 143 × 2/4 = 71.5 instead of 143, SEAL-2.
    // SOV-2 earns 1002 − 83 = 919 of 1002 → 0.917166; SOV-5 earns 1001 − 71.5 = 929.5 of 1001 → 0.928571.
    // Oct 2025: 15 + 10 × 0.917166 + 10 + 15 + 20 × 0.928571 + 15 + 10 + 5 = 97.743085.
    // Jun 2026: 20 + 10 × 0.917166 + 10 + 15 + 10 × 0.928571 + 15 + 15 + 5 = 98.457371.
    // SEAL = min(1, 2, 4, …) = 1, capped by SOV-2.1 alone; SOV-2 at SEAL-1, SOV-5 at SEAL-2.
    let mut answers = all_top();
    answers[criterion_index(2, 1)] = 1;
    answers[criterion_index(5, 6)] = 2;

    let oct = evaluate_answers(answers, &WEIGHTS_OCT_2025, 2);
    assert!((oct.objective_scores[1] - 919.0 / 1002.0).abs() < 1e-12);
    assert!((oct.objective_scores[4] - 929.5 / 1001.0).abs() < 1e-12);
    assert!((oct.score - 97.743_085).abs() < 1e-6, "{}", oct.score);
    assert_eq!(oct.seal, 1);
    assert_eq!(oct.objective_seals, [4, 1, 4, 4, 2, 4, 4, 4]);
    assert_eq!(oct.capping_criteria, [8]);
    assert!(!oct.meets_requirement, "SEAL-1 is below a required SEAL-2");

    let (jun_score, jun_seal) = score_and_seal(&answers, &WEIGHTS_JUN_2026);
    assert!((jun_score - 98.457_371).abs() < 1e-6, "{jun_score}");
    assert_eq!(jun_seal, 1);
}

#[test]
fn one_criterion_moves_only_its_objective() {
    // SOV-8.1 from top to bottom loses 250 of 1000 SOV-8 points: 5 % weight × 0.25 = 1.25 points of score,
    // and caps the SEAL at 1 (its bottom answer is SEAL-1).
    let mut answers = all_top();
    answers[criterion_index(8, 1)] = 0;
    let (score, seal) = score_and_seal(&answers, &WEIGHTS_OCT_2025);
    assert!((score - 98.75).abs() < 1e-12);
    assert_eq!(seal, 1);
}

#[test]
fn score_and_seal_agrees_with_the_full_evaluation() {
    let mut answers = all_top();
    answers[criterion_index(3, 1)] = 2;
    answers[criterion_index(6, 5)] = 1;
    let full = evaluate_answers(answers, &WEIGHTS_JUN_2026, 3);
    assert_eq!(
        score_and_seal(&answers, &WEIGHTS_JUN_2026),
        (full.score, full.seal)
    );
    assert_eq!(full.seal, 2);
    assert_eq!(full.capping_criteria, [criterion_index(3, 1) as u8]);
}
