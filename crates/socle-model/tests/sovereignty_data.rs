//! The framework data: counts, ladders, points, SEAL levels and labels as the reference transcribes them.

use socle_model::sovereignty::*;
use socle_model::Lang;

#[test]
fn eight_objectives_and_48_criteria_split_8_6_5_6_7_5_7_4() {
    assert_eq!(OBJECTIVES.len(), 8);
    assert_eq!(CRITERIA.len(), 48);
    let counts: Vec<u8> = OBJECTIVES.iter().map(|o| o.criterion_count).collect();
    assert_eq!(counts, [8, 6, 5, 6, 7, 5, 7, 4]);
    for (o, objective) in OBJECTIVES.iter().enumerate() {
        assert_eq!(objective.id, format!("SOV-{}", o + 1));
        for (n, c) in objective.criteria().enumerate() {
            assert_eq!(usize::from(CRITERIA[c].objective), o, "{}", CRITERIA[c].id);
            assert_eq!(CRITERIA[c].id, format!("SOV-{}.{}", o + 1, n + 1));
            assert_eq!(criterion_index(o + 1, n + 1), c);
        }
    }
}

#[test]
fn ladders_have_3_to_5_answers_with_points_from_zero_to_the_objective_max() {
    // 1000 points per objective shared by its criteria, as the calculator rounds them.
    let expected_max = [125.0, 167.0, 200.0, 167.0, 143.0, 200.0, 143.0, 250.0];
    for (objective, max) in OBJECTIVES.iter().zip(expected_max) {
        assert_eq!(objective.answer_max_points, max);
        assert_eq!(max, (1000.0 / f64::from(objective.criterion_count)).round());
        assert!((objective.max_points() - 1000.0).abs() <= 2.0, "{}", objective.id);
    }
    // The calculator's own values where a ladder is not evenly spaced (June 2026 workbook).
    let uneven: [(&str, &[f64]); 4] = [
        ("SOV-1.1", &[0.0, 41.67, 83.34, 125.01]),
        ("SOV-1.3", &[0.0, 41.67, 83.34, 125.01]),
        ("SOV-1.7", &[0.0, 41.67, 83.0, 125.01]),
        ("SOV-2.1", &[0.0, 84.0, 167.0]),
    ];
    for c in &CRITERIA {
        let objective = &OBJECTIVES[usize::from(c.objective)];
        assert!((3..=5).contains(&c.answers.len()), "{}", c.id);
        assert_eq!(c.answers[0].points, 0.0, "{}", c.id);
        for pair in c.answers.windows(2) {
            assert!(pair[1].points > pair[0].points, "{} points must ascend", c.id);
        }
        if let Some((_, points)) = uneven.iter().find(|(id, _)| *id == c.id) {
            let got: Vec<f64> = c.answers.iter().map(|a| a.points).collect();
            assert_eq!(got, *points, "{}", c.id);
            continue;
        }
        assert_eq!(c.max_points(), objective.answer_max_points, "{}", c.id);
        for pair in c.answers.windows(2) {
            // Evenly spaced: each step is max / (answers - 1).
            let step = objective.answer_max_points / (c.answers.len() - 1) as f64;
            assert!((pair[1].points - pair[0].points - step).abs() < 1e-9, "{}", c.id);
        }
    }
}

#[test]
fn seal_levels_are_0_to_4_and_never_fall_up_the_ladder() {
    for c in &CRITERIA {
        for pair in c.answers.windows(2) {
            assert!(
                pair[1].seal >= pair[0].seal,
                "{}: a better answer never lowers the SEAL",
                c.id
            );
        }
        assert!(c.answers.iter().all(|a| a.seal <= MAX_SEAL), "{}", c.id);
    }
}

#[test]
fn seal_ladders_match_the_reference_on_the_criteria_that_drive_the_results() {
    let seals = |id: &str| -> Vec<u8> {
        let c = CRITERIA.iter().find(|c| c.id == id).unwrap();
        c.answers.iter().map(|a| a.seal).collect()
    };
    assert_eq!(seals("SOV-1.1"), [1, 1, 3, 4]);
    assert_eq!(seals("SOV-1.8"), [0, 0, 2, 2, 4]);
    assert_eq!(seals("SOV-2.1"), [1, 1, 4]);
    assert_eq!(seals("SOV-2.2"), [1, 1, 1, 2, 4]);
    assert_eq!(seals("SOV-2.3"), [1, 1, 1, 1, 4]);
    assert_eq!(seals("SOV-3.1"), [0, 1, 2, 3, 4]);
    assert_eq!(seals("SOV-3.5"), [2, 2, 2, 3, 4]);
    assert_eq!(seals("SOV-4.6"), [0, 2, 3, 3, 4]);
    assert_eq!(seals("SOV-5.1"), [1, 1, 3, 3, 4]);
    assert_eq!(seals("SOV-5.2"), [1, 1, 3, 3, 4]);
    assert_eq!(seals("SOV-6.5"), [0, 3, 3, 3, 4]);
    assert_eq!(seals("SOV-7.7"), [1, 1, 1, 1, 4]);
    assert_eq!(seals("SOV-8.1"), [1, 1, 4, 4, 4]);
}

#[test]
fn score_only_criteria_are_exactly_the_nine_of_the_reference() {
    let score_only: Vec<&str> = CRITERIA
        .iter()
        .filter(|c| c.is_score_only())
        .map(|c| c.id)
        .collect();
    assert_eq!(
        score_only,
        ["SOV-1.2", "SOV-1.4", "SOV-1.5", "SOV-1.6", "SOV-1.7", "SOV-2.5", "SOV-5.3", "SOV-7.2", "SOV-8.4"]
    );
}

#[test]
fn every_label_is_written_in_every_language() {
    // English is the key; every other language has the label in its table.
    let filled = |en: Label| {
        !en.trim().is_empty()
            && Lang::ALL
                .iter()
                .filter(|l| **l != Lang::En)
                .all(|l| l.table().iter().any(|(k, t)| *k == en && !t.trim().is_empty()))
    };
    assert!(OBJECTIVES.iter().all(|o| filled(o.name)));
    assert!(SEAL_NAMES.iter().all(|&n| filled(n)));
    for c in &CRITERIA {
        assert!(filled(c.name), "{}", c.id);
        for a in c.answers {
            assert!(filled(a.label), "{}: {}", c.id, a.label);
        }
        // Labels on one ladder are distinct in every language, so the advanced panel can tell the
        // answers apart.
        for lang in Lang::ALL {
            for (i, a) in c.answers.iter().enumerate() {
                assert!(
                    c.answers[i + 1..]
                        .iter()
                        .all(|b| lang.tr(b.label) != lang.tr(a.label)),
                    "{} in {}",
                    c.id,
                    lang.code()
                );
            }
        }
    }
}

#[test]
fn framework_and_weights_carry_complete_sources() {
    for source in [
        FRAMEWORK_SOURCE,
        CALCULATOR_SOURCE,
        POINTS_SOURCE,
        WEIGHTS_OCT_2025_SOURCE,
        WEIGHTS_JUN_2026_SOURCE,
    ] {
        assert!(source.is_complete(), "{source:?}");
    }
    assert_eq!(FRAMEWORK_SOURCE.year, 2025);
    assert_eq!(CALCULATOR_SOURCE.year, 2026);
    assert_eq!(CALCULATOR_SOURCE.confidence, socle_model::Confidence::Secondary);
}
