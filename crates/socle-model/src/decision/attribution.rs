//! Why A beats B: the NPV difference between two options split by cost category, and their
//! sovereignty difference split by objective.
//!
//! Both splits are exact: the NPV of an option is the sum of its discounted categories
//! (`OptionTco::npv_by_category`), so the bars `NPV_A(category) − NPV_B(category)` add up to
//! `NPV(A) − NPV(B)`; the Sovereignty Score is `Σ weight × objective score`, so the bars
//! `weight × (score_A − score_B)` add up to `score(A) − score(B)`. Categories follow
//! [`CostCategory::ALL`], so a category added to the TCO model appears here without change.

use crate::scenario::DeploymentOption;
use crate::sovereignty::{SovereigntyResults, OBJECTIVES};
use crate::tco::{CostCategory, TcoResults};
use serde::Serialize;

/// A text in English, its own key for translation (shown with [`crate::Lang::tr`]).
pub type Label = &'static str;

/// One bar of the NPV waterfall: what one cost category adds to B's NPV to reach A's.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CategoryBar {
    /// Stable identifier of the category (`hardware`, `cloud_fees`, …).
    pub id: &'static str,
    /// Category name.
    pub label: Label,
    /// Discounted amount of the category for A, euros.
    pub a_eur: f64,
    /// Discounted amount of the category for B, euros.
    pub b_eur: f64,
    /// `a_eur − b_eur`: positive when A spends more on this category.
    pub delta_eur: f64,
}

/// One bar of the sovereignty difference: what one objective contributes to `score(A) − score(B)`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ObjectiveBar {
    /// Objective identifier, `SOV-1` … `SOV-8`.
    pub id: &'static str,
    /// Objective name.
    pub label: Label,
    /// Weight of the objective, percent.
    pub weight_percent: f64,
    /// Objective score of A and of B, in `[0, 1]`.
    pub a_score: f64,
    /// Objective score of B, in `[0, 1]`.
    pub b_score: f64,
    /// `weight × (a_score − b_score)`, Sovereignty Score points.
    pub delta_points: f64,
}

/// The NPV and sovereignty difference between two options, split so that the bars add up exactly.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attribution {
    /// Option A (the end of the waterfall).
    pub a: DeploymentOption,
    /// Option B (the start of the waterfall).
    pub b: DeploymentOption,
    /// NPV of A, euros.
    pub npv_a_eur: f64,
    /// NPV of B, euros.
    pub npv_b_eur: f64,
    /// `npv_a_eur − npv_b_eur`: negative when A is cheaper.
    pub npv_difference_eur: f64,
    /// One bar per cost category, in display order (zero bars included, so the table is complete).
    pub bars: Vec<CategoryBar>,
    /// Sovereignty Score of A and B (0–100).
    pub score_a: f64,
    /// Sovereignty Score of B.
    pub score_b: f64,
    /// SEAL of A and B.
    pub seal_a: u8,
    /// SEAL of B.
    pub seal_b: u8,
    /// One bar per objective SOV-1 … SOV-8; they add up to `score_a − score_b`.
    pub objectives: Vec<ObjectiveBar>,
}

impl Attribution {
    /// Sum of the category bars (equals `npv_difference_eur` up to rounding).
    pub fn bars_total(&self) -> f64 {
        self.bars.iter().map(|b| b.delta_eur).sum()
    }

    /// The bars ordered by their absolute size, largest first (for a ranked waterfall).
    pub fn bars_by_size(&self) -> Vec<CategoryBar> {
        let mut v = self.bars.clone();
        v.sort_by(|x, y| y.delta_eur.abs().total_cmp(&x.delta_eur.abs()));
        v
    }
}

/// The default pair of the chart: A = the target; B = the cheapest option, or the runner-up when the
/// target is the cheapest (ties go to the first option in display order, as everywhere in the model).
pub fn default_pair(tco: &TcoResults, target: DeploymentOption) -> (DeploymentOption, DeploymentOption) {
    let mut ranked = DeploymentOption::ALL;
    ranked.sort_by(|x, y| tco.option(*x).npv_eur.total_cmp(&tco.option(*y).npv_eur));
    let b = if ranked[0] == target { ranked[1] } else { ranked[0] };
    (target, b)
}

/// The attribution of `NPV(a) − NPV(b)` by cost category and of `score(a) − score(b)` by objective.
pub fn attribute(
    tco: &TcoResults,
    sovereignty: &SovereigntyResults,
    a: DeploymentOption,
    b: DeploymentOption,
) -> Attribution {
    let (ta, tb) = (tco.option(a), tco.option(b));
    let bars = CostCategory::ALL
        .iter()
        .map(|&c| {
            let (a_eur, b_eur) = (ta.npv_by_category.get(c), tb.npv_by_category.get(c));
            CategoryBar {
                id: c.id(),
                label: c.label(),
                a_eur,
                b_eur,
                delta_eur: a_eur - b_eur,
            }
        })
        .collect();
    let (sa, sb) = (sovereignty.option(a), sovereignty.option(b));
    let objectives = OBJECTIVES
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let w = sovereignty.weights[i];
            ObjectiveBar {
                id: o.id,
                label: o.name,
                weight_percent: w,
                a_score: sa.objective_scores[i],
                b_score: sb.objective_scores[i],
                delta_points: w * (sa.objective_scores[i] - sb.objective_scores[i]),
            }
        })
        .collect();
    Attribution {
        a,
        b,
        npv_a_eur: ta.npv_eur,
        npv_b_eur: tb.npv_eur,
        npv_difference_eur: ta.npv_eur - tb.npv_eur,
        bars,
        score_a: sa.score,
        score_b: sb.score,
        seal_a: sa.seal,
        seal_b: sb.seal,
        objectives,
    }
}
