//! The price of sovereignty: every option as a point (NPV, Sovereignty Score, SEAL), the cheapest option
//! reaching each SEAL level joined as a frontier, and what each SEAL step costs in euros.
//!
//! The frontier level `L` is the cheapest option whose SEAL is **at least** `L`: the options allowed at
//! `L + 1` are a subset of those allowed at `L`, so the frontier's NPV never falls as the level rises
//! (the cost of a step is never negative). A level no option reaches has no point.

use crate::scenario::DeploymentOption;
use crate::sovereignty::{SovereigntyResults, MAX_SEAL};
use crate::tco::TcoResults;
use serde::Serialize;

/// One option on the chart.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct FrontierPoint {
    /// The option.
    pub option: DeploymentOption,
    /// NPV of its costs, euros.
    pub npv_eur: f64,
    /// Sovereignty Score, 0–100.
    pub score: f64,
    /// SEAL level, 0–4.
    pub seal: u8,
    /// True when its SEAL reaches the required SEAL.
    pub meets_requirement: bool,
    /// True when it is the frontier's option at one or more SEAL levels.
    pub on_frontier: bool,
}

/// The cheapest option reaching one SEAL level.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct FrontierLevel {
    /// The level, 0–4: options with a SEAL of at least this.
    pub seal_at_least: u8,
    /// The cheapest such option, `None` when no option reaches the level.
    pub option: Option<DeploymentOption>,
    /// Its NPV, euros.
    pub npv_eur: Option<f64>,
    /// Its Sovereignty Score.
    pub score: Option<f64>,
    /// NPV at this level minus NPV at the level below, euros (`None` at level 0 or when either level is
    /// unreachable). Never negative.
    pub step_cost_eur: Option<f64>,
}

/// The sovereignty–cost frontier.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Frontier {
    /// The five options, in [`DeploymentOption::ALL`] order.
    pub points: [FrontierPoint; 5],
    /// Levels 0..=4.
    pub levels: [FrontierLevel; 5],
    /// The SEAL the data sensitivity requires (the floor drawn on the chart).
    pub required_seal: u8,
    /// What meeting the required SEAL costs over the cheapest option of all, euros: NPV of the cheapest
    /// option reaching it minus the NPV of the cheapest option; `None` when no option reaches it.
    pub cost_of_required_seal_eur: Option<f64>,
}

impl Frontier {
    /// The frontier's point at `level` (0..=4), when reachable.
    pub fn level(&self, level: u8) -> Option<&FrontierLevel> {
        self.levels.get(usize::from(level)).filter(|l| l.option.is_some())
    }
}

/// Builds the frontier from the TCO and sovereignty results of one scenario.
pub fn frontier(tco: &TcoResults, sovereignty: &SovereigntyResults) -> Frontier {
    let cheapest_at = |level: u8| {
        DeploymentOption::ALL
            .iter()
            .copied()
            .filter(|o| sovereignty.option(*o).seal >= level)
            // Ties go to the first option in display order, like the TCO's cheapest option.
            .fold(None::<DeploymentOption>, |best, o| match best {
                Some(b) if tco.option(b).npv_eur <= tco.option(o).npv_eur => Some(b),
                _ => Some(o),
            })
    };
    let mut levels = [FrontierLevel {
        seal_at_least: 0,
        option: None,
        npv_eur: None,
        score: None,
        step_cost_eur: None,
    }; 5];
    for level in 0..=MAX_SEAL {
        let option = cheapest_at(level);
        let npv_eur = option.map(|o| tco.option(o).npv_eur);
        let below = level.checked_sub(1).and_then(|l| levels[usize::from(l)].npv_eur);
        levels[usize::from(level)] = FrontierLevel {
            seal_at_least: level,
            option,
            npv_eur,
            score: option.map(|o| sovereignty.option(o).score),
            step_cost_eur: npv_eur.zip(below).map(|(n, b)| n - b),
        };
    }
    let points = DeploymentOption::ALL.map(|o| {
        let s = sovereignty.option(o);
        FrontierPoint {
            option: o,
            npv_eur: tco.option(o).npv_eur,
            score: s.score,
            seal: s.seal,
            meets_requirement: s.meets_requirement,
            on_frontier: levels.iter().any(|l| l.option == Some(o)),
        }
    });
    let required_seal = sovereignty.required_seal;
    let cost_of_required_seal_eur = levels
        .get(usize::from(required_seal))
        .and_then(|l| l.npv_eur)
        .zip(levels[0].npv_eur)
        .map(|(r, c)| r - c);
    Frontier {
        points,
        levels,
        required_seal,
        cost_of_required_seal_eur,
    }
}
