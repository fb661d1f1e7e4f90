//! Migration model: moving today's AI workloads off a US hyperscaler, progressively or in one big-bang.
//!
//! Both strategies are always evaluated, month by month over the horizon:
//! - **Progressive**: new use cases start natively on the target, so the legacy share also shrinks by
//!   dilution; existing hyperscaler workloads move in waves at `waves_per_year`, split evenly across
//!   waves of at least 3 workloads (at most 12 waves). Each wave works until the next one starts,
//!   switches, runs dual for 3 months, then the legacy is switched off. See [`Wave`].
//! - **Big-bang**: one preparation from the start to `cutover_month`, the whole hyperscaler estate in
//!   dual running for the last 3 months, then one cut-over. Until then new use cases keep starting where
//!   today's estate runs, and the hyperscaler part of them joins the cut-over.
//!
//! **Costs** per piece of work (wave or cut-over): labour (effort in person-months × staff cost ÷ 12,
//! 2 PM per portable workload, 2.5× that for proprietary managed services, plus 1 PM of coordination per
//! piece), dual running (the target bill paid while the legacy still runs), egress (switching copy at the
//! legacy list price only before January 2027, Data Act Art. 29; synchronisation during dual running at
//! any date), retraining and recertification for regulated workloads (half for confidential ones), and
//! lock-in growth: the effort to leave grows 15% a year while a workload stays (exponent: the month it
//! leaves the legacy). Figures and sources: [`defaults`].
//!
//! **Risk**: a seeded Monte Carlo of `monte_carlo_paths` paths per strategy draws each piece's cost
//! overrun from a fat-tailed distribution whose black-swan probability grows with the piece's share of
//! the workloads to migrate and whose mean grows with its duration ([`risk`]): a big-bang is one large
//! project (17% black swans, +45% mean), progressive waves are small ones (down to +14% mean). Schedule
//! slips follow cost overruns and add up along the waves. Same inputs and seed give the same results.
//! A whole evaluation (2 × 10,000 paths, 12 waves) takes about 0.3 ms natively in the release profile
//! (`cargo run --release -p socle-model --example bench_migration`) and about 0.4 ms as WebAssembly in
//! V8 (measured November 2026).
//!
//! **Cost of waiting**: the same draws price the programme started 1, 2 or 3 years later: lock-in keeps
//! growing, new use cases keep landing on the hyperscaler meanwhile, and the switch may fall after the
//! Data Act ban (which can make waiting cheaper on egress alone: the model shows it rather than hides it).
//!
//! Run costs themselves (cheaper or dearer target) belong to the TCO model and are not part of the
//! migration cost.

pub mod defaults;
mod montecarlo;
mod plan;
mod quantile;
mod results;
pub mod risk;
pub mod rng;
mod timeline;

pub use plan::Wave;
pub use results::{
    CostBand, CostBreakdown, CostCategory, MigrationResults, PlatformShares, Quantiles, SovereigntyPoint,
    StrategyOutcome, WaitingCost,
};

use crate::scenario::{Scenario, Strategy};
use montecarlo::{Scratch, Setup, DELAYS};
use plan::{Economics, Estate, Plan, WaveCost};
use rng::Xoshiro256PlusPlus;

/// What the migration model needs from the TCO and sovereignty models, as plain numbers.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct MigrationInputs {
    /// Annual run cost (euros/year) of today's existing workloads (all `migration.workloads` of them) if
    /// they all ran on the legacy hyperscaler; used to express the one-off cost as a share of run cost.
    pub current_annual_cost_eur: f64,
    /// Annual run cost (euros/year) of the same workloads on the target platform; its monthly share per
    /// workload is the duplicate bill of dual running.
    pub target_annual_cost_eur: f64,
    /// Sovereignty score (0..100) and SEAL (0..=4) of today's platform (the US hyperscaler public cloud).
    pub legacy_sovereignty: (f64, u8),
    /// Score and SEAL of the rest of today's estate (taken as on premises), which stays where it is.
    pub other_sovereignty: (f64, u8),
    /// Score and SEAL of the target platform.
    pub target_sovereignty: (f64, u8),
    /// Egress list price out of the legacy platform, euros per TB (e.g. AWS ≈ €79/TB, 2026).
    pub egress_eur_per_tb: f64,
}

impl MigrationInputs {
    /// The inputs with anything outside its domain brought back into it: a non-finite or negative
    /// amount counts as zero, scores are clamped to 0..=100 and SEALs to 0..=4. Upstream models should
    /// never produce such values; this keeps the migration outputs finite if one ever does.
    pub fn sanitised(&self) -> Self {
        let amount = |x: f64| if x.is_finite() { x.max(0.0) } else { 0.0 };
        let rating = |(score, seal): (f64, u8)| {
            let score = if score.is_finite() {
                score.clamp(0.0, 100.0)
            } else {
                0.0
            };
            (score, seal.min(4))
        };
        Self {
            current_annual_cost_eur: amount(self.current_annual_cost_eur),
            target_annual_cost_eur: amount(self.target_annual_cost_eur),
            legacy_sovereignty: rating(self.legacy_sovereignty),
            other_sovereignty: rating(self.other_sovereignty),
            target_sovereignty: rating(self.target_sovereignty),
            egress_eur_per_tb: amount(self.egress_eur_per_tb),
        }
    }
}

/// Seed offset of the big-bang stream, so the two strategies draw independent numbers from one seed.
const BIG_BANG_STREAM: u64 = 0xB16_BA46_5EED;

/// Evaluates both migration strategies for a scenario that passed [`Scenario::validate`].
///
/// Inputs are [sanitised](MigrationInputs::sanitised) first.
pub fn evaluate(scenario: &Scenario, inputs: &MigrationInputs) -> MigrationResults {
    let inputs = &inputs.sanitised();
    let estate = Estate::from_scenario(scenario);
    let economics = Economics::new(scenario, inputs, &estate);
    let paths = scenario.assumptions.monte_carlo_paths.max(1) as usize;
    let horizon = scenario.compute.horizon_years * 12;
    let mut scratch = Scratch::new(paths);
    let context = Context {
        estate: &estate,
        economics: &economics,
        inputs,
        paths,
        horizon,
    };
    let seed = scenario.assumptions.seed;
    let progressive = context.outcome(
        Strategy::Progressive,
        &mut Xoshiro256PlusPlus::seed_from(seed),
        &mut scratch,
    );
    let big_bang = context.outcome(
        Strategy::BigBang,
        &mut Xoshiro256PlusPlus::seed_from(seed ^ BIG_BANG_STREAM),
        &mut scratch,
    );
    MigrationResults {
        chosen: scenario.migration.strategy,
        progressive,
        big_bang,
        horizon_months: horizon,
        dual_running_months: defaults::DUAL_RUNNING_MONTHS,
        switching_charges_end_month: economics.switching_charges_end_month,
    }
}

/// Everything both strategies share.
struct Context<'a> {
    estate: &'a Estate,
    economics: &'a Economics,
    inputs: &'a MigrationInputs,
    paths: usize,
    horizon: u32,
}

impl Context<'_> {
    fn outcome(
        &self,
        strategy: Strategy,
        rng: &mut Xoshiro256PlusPlus,
        scratch: &mut Scratch,
    ) -> StrategyOutcome {
        let plans: [Plan; DELAYS] = std::array::from_fn(|d| Plan::new(strategy, self.estate, d as u32));
        let plan = &plans[0];
        let costs: Vec<WaveCost> = plan.waves().iter().map(|w| self.economics.wave_cost(w)).collect();
        let summary = montecarlo::simulate(&Setup::new(&plans, self.economics), self.paths, rng, scratch);
        let breakdown = breakdown(&costs, summary.total.mean);
        let shares = timeline::shares(strategy, self.estate, plan, self.horizon);
        StrategyOutcome {
            strategy,
            waves: plan.waves().to_vec(),
            planned_cost_eur: breakdown.planned(),
            planned_completion_month: plan.completion_month(),
            total_cost_eur: summary.total,
            completion_month: summary.completion,
            breakdown,
            one_off_share_of_annual_run_cost: self.one_off_share(plan, breakdown.planned()),
            cumulative_cost_eur: timeline::cost_bands(
                plan,
                &costs,
                self.horizon,
                &summary.total,
                &summary.completion,
            ),
            sovereignty: timeline::sovereignty(&shares, self.inputs),
            shares,
            cost_of_waiting: std::array::from_fn(|d| WaitingCost {
                delay_years: d as u32,
                p50_total_cost_eur: summary.waiting_p50[d],
            }),
        }
    }

    /// Planned one-off cost over one year's legacy run cost of the moved workloads.
    fn one_off_share(&self, plan: &Plan, planned: f64) -> f64 {
        let run_cost = self.inputs.current_annual_cost_eur * plan.scope() / self.estate.existing;
        if run_cost > 0.0 {
            planned / run_cost
        } else {
            0.0
        }
    }
}

/// Planned costs by category, with the expected overrun that brings them to the Monte Carlo mean.
fn breakdown(costs: &[WaveCost], mean_total: f64) -> CostBreakdown {
    let mut b = CostBreakdown::default();
    for c in costs {
        b.labour += c.labour;
        b.dual_running += c.dual_running;
        b.egress += c.egress();
        b.recertification += c.recertification;
        b.lock_in += c.lock_in;
    }
    b.overrun = if costs.is_empty() {
        0.0
    } else {
        mean_total - b.planned()
    };
    b
}

#[cfg(test)]
pub(crate) mod fixture;

#[cfg(test)]
mod tests;

/// Every sourced default of the migration model, as `(key, source)`.
pub fn sources() -> Vec<(&'static str, crate::source::Source)> {
    defaults::ASSUMPTIONS
        .iter()
        .map(|a| (a.id, a.value.source))
        .collect()
}
