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
use super::results::Quantiles;
use super::risk::{schedule_overrun, PieceRisk};
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
    rng: &mut Xoshiro256PlusPlus,
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
    for path in 0..paths {
        let (mut weighted, mut plain, mut positive) = (0.0, 0.0, 0.0);
        let mut k = 0;
        while k < count {
            let (first, second) = rng.next_u32_pair();
            let x = risk.overrun_at(first);
            weighted += weights[k] * x;
            plain += x;
            positive += x.max(0.0);
            if k + 1 < count {
                let x = risk.overrun_at(second);
                weighted += weights[k + 1] * x;
                plain += x;
                positive += x.max(0.0);
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
            positive_sum += x.max(0.0);
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
            p10: setup.completion(x.p10.max(0.0)),
            p50: setup.completion(x.p50.max(0.0)),
            p90: setup.completion(x.p90.max(0.0)),
            mean: setup.completion(positive_sum / n),
        },
        waiting_p50: std::array::from_fn(|d| cost(d, x.p50)),
    }
}

/// Nearest-rank index of quantile `q` among `n` sorted values.
fn rank(n: usize, q: f64) -> usize {
    ((n - 1) as f64 * q).round() as usize
}

/// P10, P50 and P90 of `values` (reordered in place) with the given mean. Three selections: the median
/// over all values, then P10 on the left part and P90 on the right part only.
fn quantiles(values: &mut [f64], mean: f64) -> Quantiles {
    let n = values.len();
    let (i10, i50, i90) = (rank(n, 0.1), rank(n, 0.5), rank(n, 0.9));
    let p50 = select(values, i50);
    let (left, right) = values.split_at_mut(i50);
    let p10 = if i10 < i50 { select(left, i10) } else { p50 };
    let p90 = if i90 > i50 {
        select(&mut right[1..], i90 - i50 - 1)
    } else {
        p50
    };
    Quantiles { p10, p50, p90, mean }
}

/// Median of `values` (reordered in place).
fn median(values: &mut [f64]) -> f64 {
    let i50 = rank(values.len(), 0.5);
    select(values, i50)
}

/// Value of rank `k` in `v`, which is reordered so that no larger value comes before position `k`
/// and no smaller one after it.
///
/// Quickselect with a branchless Lomuto partition, finished by the standard `select_nth_unstable_by`
/// on the last few dozen values. Hand-written because the release profile optimises for size
/// (`opt-level = "z"`, for the WebAssembly bundle), where the standard partition calls its comparison
/// closure once per element and costs about three times more. Paths are independent draws, so a
/// median-of-three pivot splits well; if it ever did not (many equal values), the round limit hands
/// the rest to the standard, worst-case-linear selection. Values are finite, so `<` is a total order.
fn select(v: &mut [f64], k: usize) -> f64 {
    const SMALL: usize = 32;
    const MAX_ROUNDS: usize = 64;
    let (mut lo, mut hi) = (0, v.len());
    for _ in 0..MAX_ROUNDS {
        if hi - lo <= SMALL {
            break;
        }
        let p = lo + partition(&mut v[lo..hi]);
        match k.cmp(&p) {
            std::cmp::Ordering::Equal => return v[k],
            std::cmp::Ordering::Less => hi = p,
            std::cmp::Ordering::Greater => lo = p + 1,
        }
    }
    *v[lo..hi].select_nth_unstable_by(k - lo, f64::total_cmp).1
}

/// Partitions `s` (at least 3 values) around the median of its first, middle and last values; returns
/// the pivot's final position: smaller values before it, the others after.
fn partition(s: &mut [f64]) -> usize {
    let (first, mid, last) = (0, s.len() / 2, s.len() - 1);
    let (a, b, c) = (s[first], s[mid], s[last]);
    let median = if (a < b) == (b < c) {
        mid
    } else if (b < a) == (a < c) {
        first
    } else {
        last
    };
    s.swap(0, median);
    let pivot = s[0];
    // Invariant: s[1..lt] < pivot ≤ s[lt..i]. Every step swaps, only the count depends on the test.
    let mut lt = 1;
    for i in 1..s.len() {
        // By hand rather than `swap`: the value is needed for the test anyway, and `slice::swap` is
        // not inlined at `opt-level = "z"` (measured: +50% on the whole evaluation).
        #[allow(clippy::manual_swap)]
        {
            let x = s[i];
            s[i] = s[lt];
            s[lt] = x;
            lt += usize::from(x < pivot);
        }
    }
    s.swap(0, lt - 1);
    lt - 1
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

    #[test]
    fn select_matches_a_full_sort_even_with_many_equal_values() {
        let mut rng = Xoshiro256PlusPlus::seed_from(3);
        for n in [1, 2, 3, 33, 100, 1_000, 10_001] {
            for duplicates in [false, true] {
                let values: Vec<f64> = (0..n)
                    .map(|_| {
                        let x = rng.next_f64();
                        if duplicates && x < 0.6 {
                            1.0
                        } else {
                            x * 2.0
                        }
                    })
                    .collect();
                let mut sorted = values.clone();
                sorted.sort_by(f64::total_cmp);
                for k in [0, n / 10, n / 2, n - 1] {
                    let mut v = values.clone();
                    assert_eq!(select(&mut v, k), sorted[k], "n = {n}, k = {k}");
                    assert!(v[..k].iter().all(|&x| x <= sorted[k]));
                    assert!(v[k..].iter().all(|&x| x >= sorted[k]));
                }
            }
        }
    }

    #[test]
    fn quantiles_are_nearest_rank() {
        // 0..=100 shuffled: ranks 10, 50 and 90 hold 10, 50 and 90.
        let mut v: Vec<f64> = (0..=100).map(|i| f64::from((i * 37) % 101)).collect();
        let q = quantiles(&mut v, 50.0);
        assert_eq!((q.p10, q.p50, q.p90), (10.0, 50.0, 90.0));
        assert!(v[..50].iter().all(|&x| x <= 50.0) && v[51..].iter().all(|&x| x >= 50.0));
        let mut w = vec![3.0, 1.0, 2.0];
        assert_eq!(median(&mut w), 2.0);
    }
}
