//! What the migration model returns: one [`StrategyOutcome`] per strategy, both always computed.

use super::plan::Wave;
use crate::scenario::Strategy;
use crate::t;
use serde::Serialize;

/// Summary of a Monte Carlo distribution. Percentiles are nearest-rank over the sampled paths.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Quantiles {
    /// 10th percentile (a good outcome).
    pub p10: f64,
    /// Median.
    pub p50: f64,
    /// 90th percentile (a bad outcome).
    pub p90: f64,
    /// Mean.
    pub mean: f64,
}

/// Where the workloads run at one point in time, as shares of all workloads (they sum to 1).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PlatformShares {
    /// Only on the legacy US hyperscaler public cloud.
    pub legacy_hyperscaler: f64,
    /// On the rest of today's estate (on premises), which the migration leaves in place.
    pub other: f64,
    /// Only on the target platform (moved workloads and new use cases started there).
    pub target: f64,
    /// On both legacy and target (dual running before the legacy is switched off).
    pub dual_running: f64,
}

/// Cumulative migration cost at one point in time, euros.
///
/// The bands are derived cheaply from the Monte Carlo summary rather than kept per path: the planned curve
/// is scaled by the ratio of the P10 (P50, P90) total cost to the planned total, and stretched in time so
/// that it ends at the P10 (P50, P90) completion month. An expensive path is also a late one, so early on
/// the stretched "P90" curve can sit below the "P10" one; each month the three values are therefore
/// reported in order (lower, middle, upper envelope).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CostBand {
    /// As planned, without overrun.
    pub planned: f64,
    /// Lower envelope (from the P10 total and completion).
    pub p10: f64,
    /// Middle (from the P50 total and completion).
    pub p50: f64,
    /// Upper envelope (from the P90 total and completion).
    pub p90: f64,
}

/// Sovereignty of the whole estate at one point in time.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SovereigntyPoint {
    /// Workload-weighted average of the platforms' sovereignty scores (0..100); dual-running workloads
    /// count at the legacy score, since their data are still there.
    pub score: f64,
    /// Weakest link: the lowest SEAL (0..=4) over the platforms still carrying any workload.
    pub seal: u8,
}

/// Cost categories of a migration, for stacked bars and labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum CostCategory {
    /// Migration and refactoring effort.
    Labour,
    /// Legacy bill paid while the target already runs the workloads.
    DualRunning,
    /// Data egress out of the legacy platform.
    Egress,
    /// Retraining and recertification of regulated workloads.
    Recertification,
    /// Extra reversibility effort accumulated while staying on the proprietary stack.
    LockIn,
    /// Expected overrun (Monte Carlo mean minus plan).
    Overrun,
}

impl CostCategory {
    /// All categories, in display order.
    pub const ALL: [CostCategory; 6] = [
        Self::Labour,
        Self::DualRunning,
        Self::Egress,
        Self::Recertification,
        Self::LockIn,
        Self::Overrun,
    ];

    /// Label (English, translated where shown).
    pub const fn label(self) -> &'static str {
        match self {
            Self::Labour => t!("Migration labour"),
            Self::DualRunning => t!("Dual running"),
            Self::Egress => t!("Data egress"),
            Self::Recertification => t!("Retraining and recertification"),
            Self::LockIn => t!("Lock-in growth"),
            Self::Overrun => t!("Expected overrun"),
        }
    }
}

/// Migration cost by category, euros. The planned categories plus the expected overrun add up to the
/// Monte Carlo mean total cost.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct CostBreakdown {
    /// Migration and refactoring effort, with each piece's coordination.
    pub labour: f64,
    /// Legacy bill of the moved workloads paid during dual running.
    pub dual_running: f64,
    /// Switching egress (before the Data Act ban) and dual-running synchronisation egress.
    pub egress: f64,
    /// Retraining, recertification and audits.
    pub recertification: f64,
    /// Growth of the reversibility effort while workloads stay on the proprietary stack.
    pub lock_in: f64,
    /// Expected overrun: Monte Carlo mean total minus the planned total.
    pub overrun: f64,
}

impl CostBreakdown {
    /// Amount of one category.
    pub fn get(&self, category: CostCategory) -> f64 {
        match category {
            CostCategory::Labour => self.labour,
            CostCategory::DualRunning => self.dual_running,
            CostCategory::Egress => self.egress,
            CostCategory::Recertification => self.recertification,
            CostCategory::LockIn => self.lock_in,
            CostCategory::Overrun => self.overrun,
        }
    }

    /// Planned total (every category but the overrun).
    pub fn planned(&self) -> f64 {
        self.labour + self.dual_running + self.egress + self.recertification + self.lock_in
    }

    /// Planned total plus expected overrun: the mean total cost.
    pub fn total(&self) -> f64 {
        self.planned() + self.overrun
    }
}

/// What starting the migration later costs, in today's money.
///
/// Everything is discounted to the start of the analysis at the scenario's discount rate,
/// `(1 + r)^(−t/12)` for a cash flow `t` months in. Waiting `N` years costs
/// `PV(migration started in N years) − PV(migration started now) + PV(running-cost gap)`, where the gap
/// is the legacy platform's monthly running cost minus the target's (both levelised from the TCO
/// model's NPVs) for the moved workloads, over the `12 N` extra months each of them stays on the legacy.
/// A later start defers the migration bill (worth less today) and may fall after the Data Act ban on
/// switching charges: both can make waiting cheaper, and the model shows it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct WaitingCost {
    /// Years of delay before the migration starts (0 to 3).
    pub delay_years: u32,
    /// P50 of the present value of the migration started after the delay, plus the present value of the
    /// running-cost gap paid meanwhile, euros today. Differences between delays are the cost of waiting.
    pub p50_total_cost_eur: f64,
    /// P50 of the present value of the migration alone, started after the delay, euros today.
    pub p50_migration_pv_eur: f64,
    /// Present value of the running-cost gap over the delay (negative when the legacy is cheaper), euros.
    pub running_gap_pv_eur: f64,
    /// P50 cost of waiting: [`Self::p50_total_cost_eur`] minus its value for starting now, euros today.
    pub p50_cost_of_waiting_eur: f64,
}

/// Everything the model says about one strategy.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StrategyOutcome {
    /// Which strategy.
    pub strategy: Strategy,
    /// Planned pieces of work: the waves, or the single big-bang cut-over.
    pub waves: Vec<Wave>,
    /// Planned total cost without overrun, euros (all categories but [`CostBreakdown::overrun`]).
    pub planned_cost_eur: f64,
    /// Planned month from which nothing runs on the legacy hyperscaler (0 if nothing was there).
    pub planned_completion_month: u32,
    /// Total migration cost over the whole programme (also beyond the horizon), euros.
    pub total_cost_eur: Quantiles,
    /// Month from which nothing runs on the legacy hyperscaler any more (may exceed the horizon).
    pub completion_month: Quantiles,
    /// Cost by category.
    pub breakdown: CostBreakdown,
    /// Planned one-off cost as a share of one year's run cost of the moved workloads on the legacy
    /// platform (the sourced rule of thumb is 10–20%).
    pub one_off_share_of_annual_run_cost: f64,
    /// Share of workloads per platform at the start of each month `0..=horizon` (the last point is the
    /// end of the horizon), as planned.
    pub shares: Vec<PlatformShares>,
    /// Cumulative cost at the start of each month `0..=horizon`, with risk bands. When the programme runs
    /// past the horizon, the last point is below the total cost.
    pub cumulative_cost_eur: Vec<CostBand>,
    /// Sovereignty score and SEAL of the estate at the start of each month `0..=horizon`, as planned.
    pub sovereignty: Vec<SovereigntyPoint>,
    /// Present-value cost of starting 0, 1, 2 or 3 years later (see [`WaitingCost`]).
    pub cost_of_waiting: [WaitingCost; 4],
}

/// Results of the migration model: both strategies side by side.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MigrationResults {
    /// The strategy the user chose (both are computed).
    pub chosen: Strategy,
    /// Progressive: new use cases native on the target, existing workloads in waves.
    pub progressive: StrategyOutcome,
    /// Big-bang: one preparation period, the whole estate in dual running, one cut-over.
    pub big_bang: StrategyOutcome,
    /// Months in the horizon; monthly series hold `horizon_months + 1` points.
    pub horizon_months: u32,
    /// Months each moved workload runs on both platforms.
    pub dual_running_months: u32,
    /// Month (from the start) from which switching charges are banned by the Data Act; negative when the
    /// ban already applies at the start.
    pub switching_charges_end_month: i32,
}

impl MigrationResults {
    /// The outcome of one strategy.
    pub fn outcome(&self, strategy: Strategy) -> &StrategyOutcome {
        match strategy {
            Strategy::Progressive => &self.progressive,
            Strategy::BigBang => &self.big_bang,
        }
    }

    /// The outcome of the chosen strategy.
    pub fn chosen_outcome(&self) -> &StrategyOutcome {
        self.outcome(self.chosen)
    }
}
