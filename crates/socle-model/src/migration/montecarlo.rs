//! Seeded Monte Carlo over the overrun of each piece of work.
//!
//! Each path draws one uniform per wave (two waves per generator call) and turns it into a cost overrun
//! through the precomputed inverse CDF ([`PieceRisk::overrun`]). Overrun applies to the effort and dual
//! running of the wave (egress is tariff × volume); schedule slips add up along the programme, since one
//! migration team carries the waves one after the other. The same draws price the delayed starts
//! (common random numbers), so the cost of waiting compares like with like and grows path by path when
//! only lock-in changes. Nothing is allocated in the path loop: results go to buffers sized once per
//! evaluation, and percentiles come from `select_nth_unstable_by` on them.

use super::defaults::MAX_WAVES;
use super::plan::{Economics, Plan};
use super::results::Quantiles;
use super::risk::{schedule_overrun, PieceRisk};
use super::rng::Xoshiro256PlusPlus;

/// Delays priced for the cost of waiting: 0, 1, 2 and 3 years.
pub(crate) const DELAYS: usize = 4;

/// What one strategy's paths need, for every delay.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Setup {
    /// Planned cost subject to overrun of wave `k` with delay `d`: `at_risk[d][k]`.
    at_risk: [[f64; MAX_WAVES]; DELAYS],
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
        let mut at_risk = [[0.0; MAX_WAVES]; DELAYS];
        let mut fixed = [0.0; DELAYS];
        for (d, plan) in plans.iter().enumerate() {
            for (k, wave) in plan.waves().iter().enumerate() {
                let cost = economics.wave_cost(wave);
                at_risk[d][k] = cost.at_risk();
                fixed[d] += cost.egress();
            }
        }
        let now = &plans[0];
        Self {
            at_risk,
            fixed,
            count: now.waves().len(),
            planned_completion: f64::from(now.completion_month()),
            work_months: now.work_months,
            risk: PieceRisk::new(now.estate_share, now.work_months),
        }
    }
}

impl Setup {
    /// Adds wave `k`'s overrun cost at uniform `u` to every delay's total; returns its schedule overrun.
    #[inline(always)]
    fn add_wave(&self, acc: &mut [f64; DELAYS], k: usize, u: f64) -> f64 {
        let x = self.risk.overrun(u);
        let factor = 1.0 + x;
        acc[0] += self.at_risk[0][k] * factor;
        acc[1] += self.at_risk[1][k] * factor;
        acc[2] += self.at_risk[2][k] * factor;
        acc[3] += self.at_risk[3][k] * factor;
        schedule_overrun(x)
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
    /// Buffers able to hold `paths` values without growing.
    pub fn with_capacity(paths: usize) -> Self {
        Self {
            costs: std::array::from_fn(|_| Vec::with_capacity(paths)),
            completion: Vec::with_capacity(paths),
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
        1 => simulate_single_piece(setup, paths, rng, &mut scratch.completion),
        _ => simulate_waves(setup, paths, rng, scratch),
    }
}

/// Several waves: every path sums the waves' overrun costs and slips.
fn simulate_waves(
    setup: &Setup,
    paths: usize,
    rng: &mut Xoshiro256PlusPlus,
    scratch: &mut Scratch,
) -> Summary {
    let count = setup.count;
    let slip_months = setup.work_months;
    scratch.costs.iter_mut().for_each(|b| b.resize(paths, 0.0));
    scratch.completion.resize(paths, 0.0);
    let (mut cost_sum, mut completion_sum) = (0.0, 0.0);
    for path in 0..paths {
        let mut acc = setup.fixed;
        let mut slip = 0.0;
        let mut k = 0;
        while k < count {
            let (first, second) = rng.next_pair();
            slip += setup.add_wave(&mut acc, k, first);
            if k + 1 < count {
                slip += setup.add_wave(&mut acc, k + 1, second);
            }
            k += 2;
        }
        let completion = setup.planned_completion + slip * slip_months;
        for (buffer, a) in scratch.costs.iter_mut().zip(acc) {
            buffer[path] = a;
        }
        scratch.completion[path] = completion;
        cost_sum += acc[0];
        completion_sum += completion;
    }
    let n = paths as f64;
    let total = quantiles(&mut scratch.costs[0], cost_sum / n);
    let completion = quantiles(&mut scratch.completion, completion_sum / n);
    let mut waiting_p50 = [total.p50; DELAYS];
    for (p50, buffer) in waiting_p50.iter_mut().zip(&mut scratch.costs).skip(1) {
        *p50 = median(buffer);
    }
    Summary {
        total,
        completion,
        waiting_p50,
    }
}

/// One piece of work (big-bang, or a one-wave programme): cost and completion are increasing functions
/// of the single overrun, so their percentiles are those functions of the overrun's percentiles. Only
/// the overruns are stored and ranked.
fn simulate_single_piece(
    setup: &Setup,
    paths: usize,
    rng: &mut Xoshiro256PlusPlus,
    overruns: &mut Vec<f64>,
) -> Summary {
    overruns.resize(paths, 0.0);
    let (mut sum, mut slip_sum) = (0.0, 0.0);
    for pair in overruns.chunks_mut(2) {
        let (first, second) = rng.next_pair();
        for (slot, u) in pair.iter_mut().zip([first, second]) {
            let x = setup.risk.overrun(u);
            *slot = x;
            sum += x;
            slip_sum += schedule_overrun(x);
        }
    }
    let n = paths as f64;
    let x = quantiles(overruns, sum / n);
    let cost = |d: usize, x: f64| setup.fixed[d] + setup.at_risk[d][0] * (1.0 + x);
    let completion = |x: f64| setup.planned_completion + schedule_overrun(x) * setup.work_months;
    Summary {
        total: Quantiles {
            p10: cost(0, x.p10),
            p50: cost(0, x.p50),
            p90: cost(0, x.p90),
            mean: cost(0, x.mean),
        },
        completion: Quantiles {
            p10: completion(x.p10),
            p50: completion(x.p50),
            p90: completion(x.p90),
            mean: setup.planned_completion + slip_sum / n * setup.work_months,
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

/// Value of rank `k` in `v`, which is reordered so that smaller values come before position `k` and
/// larger ones after (Hoare quickselect with a median-of-three pivot).
///
/// Hand-written rather than `select_nth_unstable_by` because the release profile optimises for size
/// (`opt-level = "z"`, for the WebAssembly bundle), where the standard version's comparator closure is
/// not inlined and costs about three times more. The values are finite (never NaN), so `<` is a total
/// order here.
fn select(v: &mut [f64], k: usize) -> f64 {
    let (mut lo, mut hi) = (0, v.len() - 1);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if v[mid] < v[lo] {
            v.swap(mid, lo);
        }
        if v[hi] < v[lo] {
            v.swap(hi, lo);
        }
        if v[hi] < v[mid] {
            v.swap(hi, mid);
        }
        let pivot = v[mid];
        let (mut i, mut j) = (lo, hi);
        // Invariant: v[..i] ≤ pivot, v[j + 1..] ≥ pivot; v[lo] ≤ pivot ≤ v[hi] stop both scans.
        loop {
            while v[i] < pivot {
                i += 1;
            }
            while pivot < v[j] {
                j -= 1;
            }
            if i >= j {
                break;
            }
            v.swap(i, j);
            i += 1;
            j -= 1;
        }
        // Now v[lo..=j] ≤ pivot ≤ v[j + 1..=hi].
        if k <= j {
            hi = j;
        } else {
            lo = j + 1;
        }
    }
    v[k]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_are_nearest_rank() {
        // 0..=100 shuffled: ranks 10, 50 and 90 hold 10, 50 and 90.
        let mut v: Vec<f64> = (0..=100).map(|i| f64::from((i * 37) % 101)).collect();
        let q = quantiles(&mut v, 50.0);
        assert_eq!((q.p10, q.p50, q.p90), (10.0, 50.0, 90.0));
        let mut w = vec![3.0, 1.0, 2.0];
        assert_eq!(median(&mut w), 2.0);
    }
}
