//! Seeded Monte Carlo over the overrun of each piece of work.
//!
//! Each path draws one uniform per wave (two waves per generator call) and turns it into a cost overrun
//! through the precomputed inverse CDF ([`PieceRisk::overrun`]). Overrun applies to the effort and dual
//! running of the wave (egress is tariff × volume); schedule slips add up along the programme, since one
//! migration team carries the waves one after the other. The same draws price the delayed starts
//! (common random numbers), so the cost of waiting compares like with like and grows path by path when
//! only lock-in changes. Nothing is allocated in the path loop: results go to buffers sized once per
//! evaluation, and percentiles come from a quickselect on them (no full sort).

use super::defaults::MAX_WAVES;
use super::plan::{Economics, Plan};
use super::quantile::{median, quantiles};
use super::results::Quantiles;
use super::risk::{positive_part, schedule_overrun, PieceRisk};
use super::rng::Xoshiro256PlusPlus;

/// Delays priced for the cost of waiting: 0, 1, 2 and 3 years.
pub(crate) const DELAYS: usize = 4;

/// What one strategy's paths need, for every delay.
///
/// Within a plan every wave carries the same workloads, so a wave's cost subject to overrun is
/// `effort × lock-in weight + dual running`, where only the lock-in weight (the reversibility multiplier
/// at the month the wave leaves the legacy) differs between waves, and a delay of `d` years multiplies
/// every weight by the same `1.15^d`. A path therefore needs only two sums of its overruns,
/// `Σ weight_k × (1 + x_k)` and `Σ (1 + x_k)`, to price every delay.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Setup {
    /// Lock-in weight of wave `k` without delay.
    lock_in_weight: [f64; MAX_WAVES],
    /// Sum of the lock-in weights.
    weight_sum: f64,
    /// Effort of a wave per unit of lock-in weight, per delay.
    effort: [f64; DELAYS],
    /// Dual-running bill of a wave, per delay.
    dual_running: [f64; DELAYS],
    /// Cost not subject to overrun (egress), per delay.
    fixed: [f64; DELAYS],
    /// Waves per path.
    count: usize,
    /// Planned completion month without delay.
    planned_completion: f64,
    /// Planned work duration of one piece, months.
    work_months: f64,
    risk: PieceRisk,
}

impl Setup {
    /// Prices the plans of one strategy started 0..DELAYS years late (`plans[d]`).
    pub fn new(plans: &[Plan; DELAYS], economics: &Economics) -> Self {
        let now = &plans[0];
        let mut lock_in_weight = [0.0; MAX_WAVES];
        for (weight, wave) in lock_in_weight.iter_mut().zip(now.waves()) {
            *weight = Economics::lock_in_multiplier(wave.done_month);
        }
        let first_weight = lock_in_weight[0].max(f64::MIN_POSITIVE);
        let mut effort = [0.0; DELAYS];
        let mut dual_running = [0.0; DELAYS];
        let mut fixed = [0.0; DELAYS];
        for (d, plan) in plans.iter().enumerate() {
            if let Some(first) = plan.waves().first() {
                let cost = economics.wave_cost(first);
                effort[d] = cost.effort() / first_weight;
                dual_running[d] = cost.dual_running;
            }
            fixed[d] = plan.waves().iter().map(|w| economics.wave_cost(w).egress()).sum();
        }
        Self {
            lock_in_weight,
            weight_sum: lock_in_weight.iter().sum(),
            effort,
            dual_running,
            fixed,
            count: now.waves().len(),
            planned_completion: f64::from(now.completion_month()),
            work_months: now.work_months,
            risk: PieceRisk::new(now.estate_share, now.work_months),
        }
    }

    /// Total cost with delay `d` of a path whose overrun sums are `weighted = Σ weight_k × x_k` and
    /// `plain = Σ x_k`.
    #[inline(always)]
    fn cost(&self, d: usize, weighted: f64, plain: f64) -> f64 {
        self.fixed[d]
            + self.effort[d] * (self.weight_sum + weighted)
            + self.dual_running[d] * (self.count as f64 + plain)
    }

    /// Completion month of a path whose positive overruns add up to `positive`.
    #[inline(always)]
    fn completion(&self, positive: f64) -> f64 {
        self.planned_completion + schedule_overrun(positive) * self.work_months
    }
}

/// Summary of one strategy's paths.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Summary {
    /// Total cost without delay.
    pub total: Quantiles,
    /// Completion month without delay.
    pub completion: Quantiles,
    /// Median total cost per delay (index 0 = no delay, equal to `total.p50`).
    pub waiting_p50: [f64; DELAYS],
}

/// Buffers reused across strategies: one per delay for costs, one for completion months.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    costs: [Vec<f64>; DELAYS],
    completion: Vec<f64>,
}

impl Scratch {
    /// Buffers of `paths` values each.
    pub fn new(paths: usize) -> Self {
        Self {
            costs: std::array::from_fn(|_| vec![0.0; paths]),
            completion: vec![0.0; paths],
        }
    }
}

/// Runs `paths` seeded paths of one strategy.
pub(crate) fn simulate(
    setup: &Setup,
    paths: usize,
    rng: &mut Xoshiro256PlusPlus,
    scratch: &mut Scratch,
) -> Summary {
    match setup.count {
        0 => Summary {
            total: Quantiles::default(),
            completion: Quantiles::default(),
            waiting_p50: [0.0; DELAYS],
        },
        1 => simulate_single_piece(setup, rng, &mut scratch.completion[..paths]),
        _ => simulate_waves(setup, paths, rng, scratch),
    }
}

/// Several waves: every path sums the waves' overruns.
fn simulate_waves(
    setup: &Setup,
    paths: usize,
    generator: &mut Xoshiro256PlusPlus,
    scratch: &mut Scratch,
) -> Summary {
    let count = setup.count;
    let weights = &setup.lock_in_weight;
    let risk = &setup.risk;
    // Plain slices: indexing them needs no trait call when optimising for size.
    let [now, one, two, three] = &mut scratch.costs;
    let (now, one, two, three) = (
        &mut now[..paths],
        &mut one[..paths],
        &mut two[..paths],
        &mut three[..paths],
    );
    let completions = &mut scratch.completion[..paths];
    let (mut cost_sum, mut completion_sum) = (0.0, 0.0);
    // A local copy keeps the generator state in registers (in WebAssembly, state behind a reference
    // lives in linear memory and is reloaded and stored on every draw).
    let mut rng = generator.clone();
    for path in 0..paths {
        let (mut weighted, mut plain, mut positive) = (0.0, 0.0, 0.0);
        let mut k = 0;
        while k < count {
            let (first, second) = rng.next_u32_pair();
            let x = risk.overrun_at(first);
            weighted += weights[k] * x;
            plain += x;
            positive += positive_part(x);
            if k + 1 < count {
                let x = risk.overrun_at(second);
                weighted += weights[k + 1] * x;
                plain += x;
                positive += positive_part(x);
            }
            k += 2;
        }
        let cost = setup.cost(0, weighted, plain);
        let completion = setup.completion(positive);
        now[path] = cost;
        one[path] = setup.cost(1, weighted, plain);
        two[path] = setup.cost(2, weighted, plain);
        three[path] = setup.cost(3, weighted, plain);
        completions[path] = completion;
        cost_sum += cost;
        completion_sum += completion;
    }
    *generator = rng;
    let n = paths as f64;
    let total = quantiles(now, cost_sum / n);
    let completion = quantiles(completions, completion_sum / n);
    let waiting_p50 = [total.p50, median(one), median(two), median(three)];
    Summary {
        total,
        completion,
        waiting_p50,
    }
}

/// One piece of work (big-bang, or a one-wave programme): cost and completion are increasing functions
/// of the single overrun, so their percentiles are those functions of the overrun's percentiles. Only
/// the overruns are stored and ranked.
fn simulate_single_piece(setup: &Setup, rng: &mut Xoshiro256PlusPlus, overruns: &mut [f64]) -> Summary {
    let paths = overruns.len();
    let (mut sum, mut positive_sum) = (0.0, 0.0);
    for pair in overruns.chunks_mut(2) {
        let (first, second) = rng.next_u32_pair();
        for (slot, draw) in pair.iter_mut().zip([first, second]) {
            let x = setup.risk.overrun_at(draw);
            *slot = x;
            sum += x;
            positive_sum += positive_part(x);
        }
    }
    let n = paths as f64;
    let x = quantiles(overruns, sum / n);
    let weight = setup.lock_in_weight[0];
    let cost = |d: usize, x: f64| setup.cost(d, weight * x, x);
    Summary {
        total: Quantiles {
            p10: cost(0, x.p10),
            p50: cost(0, x.p50),
            p90: cost(0, x.p90),
            mean: cost(0, x.mean),
        },
        completion: Quantiles {
            p10: setup.completion(x.p10),
            p50: setup.completion(x.p50),
            p90: setup.completion(x.p90),
            mean: setup.completion(positive_sum / n),
        },
        waiting_p50: std::array::from_fn(|d| cost(d, x.p50)),
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{inputs, scenario};
    use super::super::plan::Estate;
    use super::*;
    use crate::scenario::{DataSensitivity, Strategy};

    #[test]
    fn two_overrun_sums_price_every_wave_and_delay_exactly() {
        let mut s = scenario();
        s.migration.workloads = 40;
        s.migration.hyperscaler_share = 0.7;
        s.migration.new_workloads_per_year = 9;
        s.migration.waves_per_year = 5.0;
        s.organisation.sensitivity = DataSensitivity::RegulatedHealth;
        let estate = Estate::from_scenario(&s);
        let economics = Economics::new(&s, &inputs(), &estate);
        for strategy in [Strategy::Progressive, Strategy::BigBang] {
            let plans: [Plan; DELAYS] = std::array::from_fn(|d| Plan::new(strategy, &estate, d as u32));
            let setup = Setup::new(&plans, &economics);
            // Overruns x_k = 0.1 × (k + 1) on every wave, priced wave by wave and through the sums.
            let x = |k: usize| 0.1 * (k + 1) as f64;
            let weighted: f64 = (0..setup.count).map(|k| setup.lock_in_weight[k] * x(k)).sum();
            let plain: f64 = (0..setup.count).map(x).sum();
            for (d, plan) in plans.iter().enumerate() {
                let by_wave: f64 = plan
                    .waves()
                    .iter()
                    .enumerate()
                    .map(|(k, w)| {
                        let c = economics.wave_cost(w);
                        (c.effort() + c.dual_running) * (1.0 + x(k)) + c.egress()
                    })
                    .sum();
                let sums = setup.cost(d, weighted, plain);
                assert!((sums - by_wave).abs() < 1e-9 * by_wave, "{strategy:?} d = {d}");
            }
        }
    }
}
