//! Month-by-month series of a strategy: where the workloads run, the estate's sovereignty, and the
//! cumulative cost with its risk bands. Series hold one point per month boundary `0..=horizon`.

use super::plan::{Estate, Plan, WaveCost};
use super::results::{CostBand, PlatformShares, Quantiles, SovereigntyPoint};
use super::MigrationInputs;
use crate::scenario::Strategy;

/// Below this a share counts as empty (for the weakest-link SEAL).
const PRESENT: f64 = 1e-12;

/// Shares of workloads per platform at each month boundary, as planned.
pub(crate) fn shares(strategy: Strategy, estate: &Estate, plan: &Plan, horizon: u32) -> Vec<PlatformShares> {
    (0..=horizon)
        .map(|t| match strategy {
            Strategy::Progressive => progressive_at(estate, plan, t),
            Strategy::BigBang => big_bang_at(estate, plan, t),
        })
        .collect()
}

/// Counts to shares of the total (which is never zero: at least one existing workload).
fn normalise(legacy: f64, other: f64, target: f64, dual: f64) -> PlatformShares {
    let total = legacy + other + target + dual;
    PlatformShares {
        legacy_hyperscaler: legacy / total,
        other: other / total,
        target: target / total,
        dual_running: dual / total,
    }
}

/// Progressive: each wave's workloads are on the legacy until their switch, on both until the
/// decommission, then on the target; every new use case starts on the target.
fn progressive_at(estate: &Estate, plan: &Plan, t: u32) -> PlatformShares {
    let (mut legacy, mut dual, mut moved) = (0.0, 0.0, 0.0);
    for wave in plan.waves() {
        if t < wave.dual_from_month {
            legacy += wave.workloads;
        } else if t < wave.done_month {
            dual += wave.workloads;
        } else {
            moved += wave.workloads;
        }
    }
    let new = estate.new_workloads(f64::from(t));
    normalise(legacy, estate.existing - estate.legacy, moved + new, dual)
}

/// Big-bang: until the cut-over, new use cases start where today's estate runs; the hyperscaler part of
/// the estate is in dual running for the last months, then everything on it moves at the cut-over.
fn big_bang_at(estate: &Estate, plan: &Plan, t: u32) -> PlatformShares {
    let (cutover, dual_from) = plan
        .waves()
        .first()
        .map_or((0, 0), |w| (w.done_month, w.dual_from_month));
    let before = estate.new_workloads(f64::from(t.min(cutover)));
    let after = estate.new_workloads(f64::from(t)) - before;
    let on_hyperscaler = estate.legacy + estate.hyperscaler_share * before;
    let other = (estate.existing - estate.legacy) + (1.0 - estate.hyperscaler_share) * before;
    let (legacy, dual, moved) = if t < dual_from {
        (on_hyperscaler, 0.0, 0.0)
    } else if t < cutover {
        (0.0, on_hyperscaler, 0.0)
    } else {
        (0.0, 0.0, on_hyperscaler)
    };
    normalise(legacy, other, moved + after, dual)
}

/// Sovereignty score and SEAL of the estate at each point of `shares`.
pub(crate) fn sovereignty(shares: &[PlatformShares], inputs: &MigrationInputs) -> Vec<SovereigntyPoint> {
    shares.iter().map(|s| sovereignty_at(s, inputs)).collect()
}

fn sovereignty_at(s: &PlatformShares, inputs: &MigrationInputs) -> SovereigntyPoint {
    let (legacy_score, legacy_seal) = inputs.legacy_sovereignty;
    let (other_score, other_seal) = inputs.other_sovereignty;
    let (target_score, target_seal) = inputs.target_sovereignty;
    let on_legacy = s.legacy_hyperscaler + s.dual_running;
    let on_target = s.target + s.dual_running;
    let score = on_legacy * legacy_score + s.other * other_score + s.target * target_score;
    let seal = [
        (on_legacy, legacy_seal),
        (s.other, other_seal),
        (on_target, target_seal),
    ]
    .iter()
    .filter(|(share, _)| *share > PRESENT)
    .map(|&(_, seal)| seal)
    .min()
    .unwrap_or(target_seal);
    SovereigntyPoint { score, seal }
}

/// Planned spending per month `0..months`: effort spread over each wave's work months, the dual-running
/// bill and synchronisation egress over its dual-running months, the switching egress in the month the
/// data copy starts.
fn planned_flows(plan: &Plan, costs: &[WaveCost], months: usize) -> Vec<f64> {
    let mut flows = vec![0.0; months];
    let mut spread = |from: u32, to: u32, amount: f64| {
        let (from, to) = (from as usize, (to as usize).max(from as usize + 1));
        let per_month = amount / (to - from) as f64;
        for flow in flows.iter_mut().take(to).skip(from) {
            *flow += per_month;
        }
    };
    for (wave, cost) in plan.waves().iter().zip(costs) {
        let (from, to) = wave.effort_months();
        spread(from, to, cost.effort());
        spread(
            wave.dual_from_month,
            wave.done_month,
            cost.dual_running + cost.sync_egress,
        );
        spread(
            wave.dual_from_month,
            wave.dual_from_month + 1,
            cost.switching_egress,
        );
    }
    flows
}

/// Cumulative value of `cumulative` (one point per month boundary) at a fractional month.
fn at_fractional_month(cumulative: &[f64], month: f64) -> f64 {
    let last = cumulative.len() - 1;
    if month >= last as f64 {
        return cumulative[last];
    }
    let i = month.max(0.0) as usize;
    let frac = month - i as f64;
    cumulative[i] + (cumulative[i + 1] - cumulative[i]) * frac
}

/// Cumulative cost with risk bands at each month boundary `0..=horizon` (see [`CostBand`]).
pub(crate) fn cost_bands(
    plan: &Plan,
    costs: &[WaveCost],
    horizon: u32,
    total: &Quantiles,
    completion: &Quantiles,
) -> Vec<CostBand> {
    let planned_completion = f64::from(plan.completion_month());
    let months = horizon.max(plan.completion_month()) as usize + 1;
    let mut cumulative = Vec::with_capacity(months + 1);
    cumulative.push(0.0);
    let mut running = 0.0;
    for flow in planned_flows(plan, costs, months) {
        running += flow;
        cumulative.push(running);
    }
    let planned_total = running;
    let scale = |q: f64| {
        if planned_total > 0.0 {
            q / planned_total
        } else {
            0.0
        }
    };
    let stretch = |q: f64| if q > 0.0 { planned_completion / q } else { 1.0 };
    let quantile_curves = [
        (scale(total.p10), stretch(completion.p10)),
        (scale(total.p50), stretch(completion.p50)),
        (scale(total.p90), stretch(completion.p90)),
    ];
    (0..=horizon)
        .map(|t| {
            let t = f64::from(t);
            let mut band =
                quantile_curves.map(|(scale, stretch)| scale * at_fractional_month(&cumulative, t * stretch));
            band.sort_by(f64::total_cmp);
            CostBand {
                planned: at_fractional_month(&cumulative, t),
                p10: band[0],
                p50: band[1],
                p90: band[2],
            }
        })
        .collect()
}
