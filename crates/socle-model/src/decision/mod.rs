//! From what-if to decision: how sure the answer is, what would change it, and what sovereignty costs.
//!
//! Four analyses built on the TCO and sovereignty results, as plain serialisable data for the charts:
//!
//! - [`uncertainty`]: a seeded Monte Carlo over the uncertain inputs with common random numbers: NPV
//!   P10/P50/P90 per option, the probability that each option is the cheapest (overall and among the
//!   options meeting the required SEAL), the expected regret of the target and yearly cost bands;
//! - [`frontier`](mod@frontier): NPV against Sovereignty Score and SEAL, the cheapest option at each SEAL level and the
//!   cost of each SEAL step;
//! - [`attribution`](mod@attribution): why A costs more or less than B, by cost category (bars adding up exactly to the
//!   NPV difference) and by sovereignty objective;
//! - [`goal_seek`](mod@goal_seek): for each option and input, the value at which the option becomes the cheapest, or
//!   that no value in range does.
//!
//! [`explain`](mod@explain) gives each figure's derivation (formula in words, inputs, sources).

pub mod attribution;
pub mod explain;
pub mod frontier;
pub mod goal_seek;
pub mod uncertainty;

pub use attribution::{attribute, default_pair, Attribution, CategoryBar, ObjectiveBar};
pub use explain::{explain, DecisionExplanation, DecisionFigure};
pub use frontier::{frontier, Frontier, FrontierLevel, FrontierPoint};
pub use goal_seek::{
    apply, goal_seek, goal_seek_all, Answer, GoalSeekInput, GoalSeekRow, Method, OptionGoalSeek,
};
pub use uncertainty::{simulate, OptionOdds, PathFactors, Percentiles, Uncertainty};

use crate::scenario::Scenario;
use crate::sovereignty::SovereigntyResults;
use crate::tco::TcoResults;
use serde::Serialize;

/// The decision analyses of one scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DecisionResults {
    /// Odds, NPV percentiles, regret and yearly bands from the Monte Carlo.
    pub uncertainty: Uncertainty,
    /// Sovereignty–cost frontier.
    pub frontier: Frontier,
    /// NPV and sovereignty difference between the default pair: A = the target, B = the cheapest
    /// option (the runner-up when the target is the cheapest). Other pairs: [`attribute`].
    pub attribution: Attribution,
    /// Goal seeks of every option, in [`crate::DeploymentOption::ALL`] order.
    pub goal_seek: [OptionGoalSeek; 5],
}

/// Runs the four analyses for a valid scenario.
pub fn evaluate(s: &Scenario, tco: &TcoResults, sovereignty: &SovereigntyResults) -> DecisionResults {
    let (a, b) = default_pair(tco, s.platform.target);
    DecisionResults {
        uncertainty: uncertainty::evaluate(s, tco, sovereignty),
        frontier: frontier(tco, sovereignty),
        attribution: attribute(tco, sovereignty, a, b),
        goal_seek: goal_seek_all(s, sovereignty),
    }
}
