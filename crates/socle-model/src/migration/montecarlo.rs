//! Seeded Monte Carlo over the overrun of each piece of work.
//!
//! Each path draws one uniform per wave (two waves per generator call) and turns it into a cost overrun
//! through the precomputed inverse CDF ([`PieceRisk::overrun`]). Overrun applies to the effort and dual
//! running of the wave (egress is tariff × volume); schedule slips add up along the programme, since one
//! migration team carries the waves one after the other. The same draws price the delayed starts
//! (common random numbers), so the cost of waiting compares like with like. Each path gives the nominal
//! total (what the programme spends) and, for every delay, the present value today of the programme
//! started that late. Nothing is allocated in the path loop: results go to buffers sized once per
//! evaluation, and percentiles come from a quickselect on them (no full sort).

use super::defaults::MAX_WAVES;
use super::plan::{Economics, Plan, Wave, WaveCost};
use super::quantile::{median, quantiles};
use super::results::Quantiles;
use super::risk::{positive_part, schedule_overrun, PieceRisk};
use super::rng::Xoshiro256PlusPlus;

/// Delays priced for the cost of waiting: 0, 1, 2 and 3 years.
pub(crate) const DELAYS: usize = 4;

/// Discount factor `(1 + rate)^(−t/12)` of a cash flow `t` months from the start of the analysis.
pub(crate) fn discount(rate: f64, t: f64) -> f64 {
    (1.0 + rate).powf(-t / 12.0)
}

/// Average discount factor of an amount spread evenly over months `from..to`, each month's share paid
/// at the month's end (the TCO's convention for running costs). An empty span is paid at the end of
/// month `from`.
pub(crate) fn spread_factor(rate: f64, from: u32, to: u32) -> f64 {
    let to = to.max(from + 1);
    let sum: f64 = (from..to).map(|m| discount(rate, f64::from(m + 1))).sum();
    sum / f64::from(to - from)
}

/// Present value today of a wave's planned cost: `(subject to overrun, not subject to overrun)`. Effort
/// is spread over the work months, dual running and synchronisation egress over the dual-running months,
/// the switching copy falls in the month dual running starts (as in the cumulative cost curve).
pub(crate) fn present_value(wave: &Wave, cost: &WaveCost, rate: f64) -> (f64, f64) {
    let (from, to) = wave.effort_months();
    let effort = cost.effort() * spread_factor(rate, from, to);
    let dual = spread_factor(rate, wave.dual_from_month, wave.done_month);
    let copy = discount(rate, f64::from(wave.dual_from_month + 1));
    (
        effort + cost.dual_running * dual,
        cost.sync_egress * dual + cost.switching_egress * copy,
    )
}

/// What one strategy's paths need, for every delay.
///
/// Wave `k`'s cost is `fixed_k + exposed_k × (1 + x_k)` for its overrun `x_k`: `exposed` holds the
/// effort (with lock-in) and the dual running, `fixed` the egress. Each delay has its own plan, so its own
/// amounts, and the same draws `x_k`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Setup {
    /// Nominal cost subject to overrun of wave `k`, started now.
    exposed: [f64; MAX_WAVES],
    /// Sum of [`Self::exposed`] plus the nominal egress: the nominal planned total.
    planned: f64,
    /// Present value of wave `k`'s cost subject to overrun, per delay.
    exposed_pv: [[f64; MAX_WAVES]; DELAYS],
    /// Present value of the planned total (no overrun), per delay.
    planned_pv: [f64; DELAYS],
    /// Waves per path.
    count: usize,
    /// Planned completion month without delay.
    planned_completion: f64,
    /// Planned work duration of one piece, months.
    work_months: f64,
    risk: PieceRisk,
}

impl Setup {
    /// Prices the plans of one strategy started 0..DELAYS years late (`plans[d]`), discounting at
    /// `rate`; `usd_per_eur` converts the size of a piece for the risk model. Every delay shares the risk
    /// of the plan started now (the same draws price them all).
    pub fn new(plans: &[Plan; DELAYS], economics: &Economics, rate: f64, usd_per_eur: f64) -> Self {
        let now = &plans[0];
        let mut exposed = [0.0; MAX_WAVES];
        let mut planned = 0.0;
        for (slot, wave) in exposed.iter_mut().zip(now.waves()) {
            let cost = economics.wave_cost(wave);
            *slot = cost.effort() + cost.dual_running;
            planned += cost.effort() + cost.dual_running + cost.egress();
        }
        let mut exposed_pv = [[0.0; MAX_WAVES]; DELAYS];
        let mut planned_pv = [0.0; DELAYS];
        for (d, plan) in plans.iter().enumerate() {
            for (slot, wave) in exposed_pv[d].iter_mut().zip(plan.waves()) {
                let (subject, other) = present_value(wave, &economics.wave_cost(wave), rate);
                *slot = subject;
                planned_pv[d] += subject + other;
            }
        }
        let piece_eur = now.waves().first().map_or(0.0, |w| {
            let c = economics.wave_cost(w);
            c.effort() + c.dual_running + c.egress()
        });
        Self {
            exposed,
            planned,
            exposed_pv,
            planned_pv,
            count: now.waves().len(),
            planned_completion: f64::from(now.completion_month()),
            work_months: now.work_months,
            risk: PieceRisk::new(piece_eur * usd_per_eur, now.work_months),
        }
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
    /// Median present value today of the programme started 0..DELAYS years late.
    pub waiting_pv_p50: [f64; DELAYS],
}

/// Buffers reused across strategies: nominal costs, present values per delay, completion months.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    costs: Vec<f64>,
    present_values: [Vec<f64>; DELAYS],
    completion: Vec<f64>,
}

impl Scratch {
    /// Buffers of `paths` values each.
    pub fn new(paths: usize) -> Self {
        Self {
            costs: vec![0.0; paths],
            present_values: std::array::from_fn(|_| vec![0.0; paths]),
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
            waiting_pv_p50: [0.0; DELAYS],
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
    let risk = &setup.risk;
    let costs = &mut scratch.costs[..paths];
    let [pv0, pv1, pv2, pv3] = &mut scratch.present_values;
    let (pv0, pv1, pv2, pv3) = (
        &mut pv0[..paths],
        &mut pv1[..paths],
        &mut pv2[..paths],
        &mut pv3[..paths],
    );
    let completions = &mut scratch.completion[..paths];
    let (mut cost_sum, mut completion_sum) = (0.0, 0.0);
    let [e0, e1, e2, e3] = &setup.exposed_pv;
    // A local copy keeps the generator state in registers (in WebAssembly, state behind a reference
    // lives in linear memory and is reloaded and stored on every draw).
    let mut rng = generator.clone();
    let mut overruns = [0.0; MAX_WAVES];
    for path in 0..paths {
        let mut positive = 0.0;
        let mut k = 0;
        while k < count {
            let (first, second) = rng.next_u32_pair();
            overruns[k] = risk.overrun_at(first);
            positive += positive_part(overruns[k]);
            if k + 1 < count {
                overruns[k + 1] = risk.overrun_at(second);
                positive += positive_part(overruns[k + 1]);
            }
            k += 2;
        }
        let (mut nominal, mut a, mut b, mut c, mut d) = (0.0, 0.0, 0.0, 0.0, 0.0);
        for k in 0..count {
            let x = overruns[k];
            nominal += setup.exposed[k] * x;
            a += e0[k] * x;
            b += e1[k] * x;
            c += e2[k] * x;
            d += e3[k] * x;
        }
        let cost = setup.planned + nominal;
        let completion = setup.completion(positive);
        costs[path] = cost;
        pv0[path] = setup.planned_pv[0] + a;
        pv1[path] = setup.planned_pv[1] + b;
        pv2[path] = setup.planned_pv[2] + c;
        pv3[path] = setup.planned_pv[3] + d;
        completions[path] = completion;
        cost_sum += cost;
        completion_sum += completion;
    }
    *generator = rng;
    let n = paths as f64;
    let total = quantiles(costs, cost_sum / n);
    let completion = quantiles(completions, completion_sum / n);
    let waiting_pv_p50 = [median(pv0), median(pv1), median(pv2), median(pv3)];
    Summary {
        total,
        completion,
        waiting_pv_p50,
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
    let cost = |x: f64| setup.planned + setup.exposed[0] * x;
    let present_value = |d: usize, x: f64| setup.planned_pv[d] + setup.exposed_pv[d][0] * x;
    Summary {
        total: Quantiles {
            p10: cost(x.p10),
            p50: cost(x.p50),
            p90: cost(x.p90),
            mean: cost(x.mean),
        },
        completion: Quantiles {
            p10: setup.completion(x.p10),
            p50: setup.completion(x.p50),
            p90: setup.completion(x.p90),
            mean: setup.completion(positive_sum / n),
        },
        waiting_pv_p50: std::array::from_fn(|d| present_value(d, x.p50)),
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{inputs, scenario};
    use super::super::plan::Estate;
    use super::*;
    use crate::scenario::{DataSensitivity, Strategy};

    #[test]
    fn path_sums_price_every_wave_and_delay_exactly() {
        let mut s = scenario();
        s.migration.workloads = 40;
        s.migration.hyperscaler_share = 0.7;
        s.migration.new_workloads_per_year = 9;
        s.migration.waves_per_year = 5.0;
        s.organisation.sensitivity = DataSensitivity::RegulatedHealth;
        let estate = Estate::from_scenario(&s);
        let economics = Economics::new(&s, &inputs(), &estate);
        let rate = 0.08;
        for strategy in [Strategy::Progressive, Strategy::BigBang] {
            let plans: [Plan; DELAYS] = std::array::from_fn(|d| Plan::new(strategy, &estate, d as u32));
            let setup = Setup::new(&plans, &economics, rate, 1.14);
            // Overruns x_k = 0.1 × (k + 1) on every wave, priced wave by wave, month by month.
            let x = |k: usize| 0.1 * (k + 1) as f64;
            for (d, plan) in plans.iter().enumerate() {
                let mut by_month = 0.0;
                for (k, w) in plan.waves().iter().enumerate() {
                    let c = economics.wave_cost(w);
                    let (from, to) = w.effort_months();
                    let to = to.max(from + 1);
                    for m in from..to {
                        let f = (1.0 + rate).powf(-f64::from(m + 1) / 12.0);
                        by_month += c.effort() * (1.0 + x(k)) / f64::from(to - from) * f;
                    }
                    let dual_to = w.done_month.max(w.dual_from_month + 1);
                    for m in w.dual_from_month..dual_to {
                        let f = (1.0 + rate).powf(-f64::from(m + 1) / 12.0);
                        let monthly = (c.dual_running * (1.0 + x(k)) + c.sync_egress)
                            / f64::from(dual_to - w.dual_from_month);
                        by_month += monthly * f;
                    }
                    by_month +=
                        c.switching_egress * (1.0 + rate).powf(-f64::from(w.dual_from_month + 1) / 12.0);
                }
                let sums: f64 = setup.planned_pv[d]
                    + (0..setup.count)
                        .map(|k| setup.exposed_pv[d][k] * x(k))
                        .sum::<f64>();
                assert!((sums - by_month).abs() < 1e-9 * by_month, "{strategy:?} d = {d}");
            }
        }
    }
}
