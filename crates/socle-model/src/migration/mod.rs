//! Migration model: moving today's AI workloads off a US hyperscaler, progressively or in one big-bang.
//!
//! Both strategies are always evaluated, month by month over the horizon:
//! - **Progressive**: new use cases start natively on the target, so the legacy share also shrinks by
//!   dilution; existing hyperscaler workloads move in waves of at least 3 workloads (at most 12 waves),
//!   launched at `waves_per_year`. Each wave's work lasts its effort over the migration team's throughput
//!   (8 person-months a month per team, one team per 50 workloads: [`defaults::TEAM_PM_PER_MONTH`]);
//!   the team carries the waves one after the other, so a wave starts in its slot or when the team is
//!   free. Then it switches, runs dual for 3 months, and the legacy is switched off. See [`Wave`].
//! - **Big-bang**: one preparation from the start, the whole hyperscaler estate in dual running for the
//!   last 3 months, then one cut-over. The cut-over falls when the whole effort is done, and never
//!   before `cutover_month`, which is the earliest date the organisation accepts. Until then new use
//!   cases keep starting where today's estate runs, and the hyperscaler part of them joins the cut-over.
//!
//! **Costs** per piece of work (wave or cut-over): labour (effort in person-months × staff cost ÷ 12,
//! 2 PM per portable workload, 2.5× that for proprietary managed services, plus 1 PM of coordination per
//! piece), dual running (the legacy bill of the moved workloads, paid twice while the target already runs
//! them; the target's bill and any capital are running costs of the TCO model, not migration costs),
//! egress (switching copy at the legacy list price only before January 2027, Data Act Art. 29;
//! synchronisation during dual running at any date), retraining and recertification for regulated
//! workloads (half for confidential ones), and lock-in growth: the effort to leave grows 15% a year while
//! a workload stays (an estimate, [`defaults::LOCK_IN_GROWTH_PER_YEAR`]; exponent: the month it leaves the
//! legacy). Figures and sources: [`defaults`].
//!
//! **Risk**: a seeded Monte Carlo of `monte_carlo_paths` paths per strategy draws each piece's cost
//! overrun from a fat-tailed distribution whose black-swan probability grows with the piece's planned
//! size in dollars, from the cloud-migration survey's small migrations (+14% mean, about $1 million or
//! less) to McKinsey & Oxford's large projects above $15 million (17% black swans, +45% mean), and whose
//! mean grows with its duration ([`risk`]). Schedule slips follow cost overruns and add up along the
//! waves. Same inputs and seed give the same results. The timing of a whole evaluation (2 × 10,000
//! paths, 12 waves) is measured by `cargo run --release -p socle-model --example bench_migration`.
//!
//! **Cost of waiting** ([`WaitingCost`]): the same draws price the programme started 1, 2 or 3 years
//! later, everything discounted to today at the scenario's rate, `(1 + r)^(−t/12)`. Waiting `N` years
//! costs the present value of the later programme minus that of starting now (lock-in keeps growing, new
//! use cases keep landing on the hyperscaler, the bill is deferred, the copy may fall after the Data Act
//! ban), plus the present value of the running-cost gap: the moved workloads stay `12 N` more months on
//! the legacy at its monthly cost instead of the target's (both levelised from the TCO NPVs).
//!
//! The headline totals (`total_cost_eur`, the breakdown, the cumulative curve) are nominal: what the
//! programme spends.

pub mod defaults;
mod montecarlo;
mod plan;
pub(crate) mod quantile;
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
    /// Running cost (euros per month) of today's existing workloads (all `migration.workloads` of them)
    /// if they all ran on the legacy hyperscaler: the level monthly amount with the same present value
    /// as the TCO model's NPV of that option ([`level_monthly_cost`]). Its share per workload is the bill
    /// paid twice during dual running.
    pub legacy_eur_per_month: f64,
    /// The same on the target platform. Owned targets include their capital, levelised (the
    /// equivalent monthly cost), which is how a later purchase compares with an earlier one.
    pub target_eur_per_month: f64,
    /// Sovereignty score (0..100) and SEAL (0..=4) of today's platform (the US hyperscaler public cloud).
    pub legacy_sovereignty: (f64, u8),
    /// Score and SEAL of the rest of today's estate (taken as on premises), which stays where it is.
    pub other_sovereignty: (f64, u8),
    /// Score and SEAL of the target platform.
    pub target_sovereignty: (f64, u8),
    /// Egress list price out of the legacy platform, euros per TB (e.g. AWS ≈ €79/TB, 2026).
    pub egress_eur_per_tb: f64,
}

/// The level monthly cost, paid at the end of each of `months` months, whose present value at the
/// annual `rate` is `npv`: `npv ÷ Σ_{t=1..months} (1 + rate)^(−t/12)` (the TCO's timing convention).
pub fn level_monthly_cost(npv: f64, rate: f64, months: u32) -> f64 {
    let annuity: f64 = (1..=months)
        .map(|t| montecarlo::discount(rate, f64::from(t)))
        .sum();
    if annuity > 0.0 {
        npv / annuity
    } else {
        0.0
    }
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
            legacy_eur_per_month: amount(self.legacy_eur_per_month),
            target_eur_per_month: amount(self.target_eur_per_month),
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
        rate: scenario.finance.discount_rate,
        usd_per_eur: scenario.finance.usd_per_eur,
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
    /// Annual discount rate.
    rate: f64,
    /// US dollars per euro (sizes pieces of work for the risk model).
    usd_per_eur: f64,
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
        let setup = Setup::new(&plans, self.economics, self.rate, self.usd_per_eur);
        let summary = montecarlo::simulate(&setup, self.paths, rng, scratch);
        let gaps: [f64; DELAYS] = std::array::from_fn(|d| self.running_gap_pv(plan, d as u32));
        let totals: [f64; DELAYS] = std::array::from_fn(|d| summary.waiting_pv_p50[d] + gaps[d]);
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
                p50_total_cost_eur: totals[d],
                p50_migration_pv_eur: summary.waiting_pv_p50[d],
                running_gap_pv_eur: gaps[d],
                p50_cost_of_waiting_eur: totals[d] - totals[0],
            }),
        }
    }

    /// Present value of the running-cost gap of a start `delay_years` late: each wave's workloads stay
    /// on the legacy for `12 × delay_years` more months from the month they would have switched to the
    /// target, paying the legacy's monthly cost instead of the target's (end-of-month payments).
    fn running_gap_pv(&self, plan: &Plan, delay_years: u32) -> f64 {
        let gap =
            (self.inputs.legacy_eur_per_month - self.inputs.target_eur_per_month) / self.estate.existing;
        let extra = 12 * delay_years;
        plan.waves()
            .iter()
            .map(|w| {
                let from = w.dual_from_month;
                let factors: f64 = (from..from + extra)
                    .map(|m| montecarlo::discount(self.rate, f64::from(m + 1)))
                    .sum();
                w.workloads * gap * factors
            })
            .sum()
    }

    /// Planned one-off cost over one year's legacy run cost of the moved workloads.
    fn one_off_share(&self, plan: &Plan, planned: f64) -> f64 {
        let run_cost = 12.0 * self.inputs.legacy_eur_per_month * plan.scope() / self.estate.existing;
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
