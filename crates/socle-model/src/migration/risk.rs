//! Cost and schedule overrun of one piece of migration work (a wave or a big-bang cut-over).
//!
//! # The distribution
//! A fat-tailed mixture of a lognormal **body** and a Pareto **black-swan tail**, for the cost overrun
//! `X` (cost = plan × (1 + X)):
//! - body: `ln(1 + X) ~ Normal(μ, σ)`, fitted to the McKinsey cloud-migration survey (2021): 75% of
//!   migrations over budget and 28% over by more than 20% give `μ/σ = Φ⁻¹(0.75)` and
//!   `(ln 1.2 − μ)/σ = Φ⁻¹(0.72)`, so σ ≈ 0.145, μ ≈ 0.098 and a body mean of about +11.4%;
//! - tail: Pareto of shape 5 (an estimate) whose mean is set so that a **large project** ($15 million
//!   or more) with the McKinsey & Oxford black-swan share of 17% has the McKinsey & Oxford mean
//!   overrun of +45%: `tail mean = body mean + (0.45 − body mean) / 0.17 ≈ 2.09`, i.e. black swans overrun
//!   by about 200% on average, as Flyvbjerg & Budzier report;
//! - tail probability grows with the **planned size of the piece of work in money**, because that is
//!   what the sources measured: McKinsey & Oxford's 17% black swans (and +45% mean) are IT projects with
//!   an initial budget above $15 million; the McKinsey cloud-migration survey's +14% mean is the small
//!   end. The curve: `p = p_small + (0.17 − p_small) × z`, `z = ln(size / $1M) / ln($15M / $1M)` clamped
//!   to [0, 1], where `p_small` (about 1.3%) gives the survey's +14% mean. So a €0.7M big-bang is a small
//!   project (about 1.3%, mean +14%), a $3.9M one (√15 million) sits half-way on the log scale (about
//!   9%, mean about +30%), and $15M or more is a large project (17%, +45%). The dollar size is the planned cost in euros times
//!   the scenario's dollar rate. Waves are sized by their own planned cost, so splitting a migration
//!   into waves lowers each piece's tail, as before, but only as far as the money at stake says;
//!   the black swans' size (Flyvbjerg & Budzier: about +200%) does not depend on the project's size
//!   in the sources, so the tail's shape is kept and only its weight scales;
//! - pieces of work longer than a year add 15 points of overrun per extra year (McKinsey & Oxford).
//!
//! The schedule overrun is tied to the cost overrun by Flyvbjerg & Budzier's black swans (~200% cost,
//! ~70% schedule): slip = 0.35 × max(X, 0) of the planned duration. A small wave then slips by more than
//! 5% of its duration in about 40% of cases (McKinsey cloud survey: 38% behind schedule). McKinsey &
//! Oxford's +7% average time overrun of large projects cannot be reconciled with Flyvbjerg's 1 in 6 at
//! +70% (that alone averages ≥ 11.7%); the model follows Flyvbjerg (large project: about +16%).
//!
//! # Sampling
//! Sampling is the hot loop of the Monte Carlo, so there is no `ln`/`exp` per draw: one uniform `u`
//! selects the component (`u < 1 − p`: body) and its rescaled remainder reads a precomputed 512-cell
//! inverse-CDF table with linear interpolation, all in 32-bit fixed point. Splitting one uniform this way
//! samples the mixture exactly.
//! The tables stop at the quantiles 1/1024 and 1 − 1/1024 of each component (a black swan's overrun is
//! capped near +670%, 7.7× the plan; it starts at +167%); the calibration uses the tables' own exact
//! means, so sampled means match the sourced figures.

use super::defaults::{
    BLACK_SWAN_TAIL_SHAPE, CLOUD_MIGRATION_MEAN_OVERRUN, CLOUD_MIGRATION_OVER_20_PERCENT,
    CLOUD_MIGRATION_OVER_BUDGET, LARGE_PROJECT_BLACK_SWAN_SHARE, LARGE_PROJECT_MEAN_OVERRUN,
    LARGE_PROJECT_USD, OVERRUN_PER_EXTRA_YEAR, SCHEDULE_PER_COST_OVERRUN, SMALL_PROJECT_USD,
};
use std::sync::OnceLock;

/// Cells of each inverse-CDF table (the table holds one more point than cells).
const TABLE_CELLS: usize = 512;

/// Duration (months) for which the sourced overrun figures are taken as calibrated; longer pieces of work
/// add [`OVERRUN_PER_EXTRA_YEAR`] per extra year.
const CALIBRATED_DURATION_MONTHS: f64 = 12.0;

/// The two component tables and their calibration, computed once.
#[derive(Debug)]
struct OverrunTables {
    /// Body quantiles of the overrun, at `i / TABLE_CELLS` (ends clamped half a cell inwards).
    body: [f64; TABLE_CELLS + 1],
    /// Black-swan quantiles of the overrun, same grid.
    tail: [f64; TABLE_CELLS + 1],
    /// Exact mean of the sampled body.
    body_mean: f64,
    /// Exact mean of the sampled tail.
    tail_mean: f64,
    /// Tail probability of a very small piece of work (calibrated on the cloud-migration mean).
    small_tail_probability: f64,
}

fn tables() -> &'static OverrunTables {
    static TABLES: OnceLock<OverrunTables> = OnceLock::new();
    TABLES.get_or_init(OverrunTables::build)
}

/// Body parameters `(μ, σ)` of `ln(1 + X)`, fitted to the cloud-migration survey shares.
pub fn body_parameters() -> (f64, f64) {
    let z_over_budget = standard_normal_quantile(CLOUD_MIGRATION_OVER_BUDGET.value);
    let z_over_20 = standard_normal_quantile(1.0 - CLOUD_MIGRATION_OVER_20_PERCENT.value);
    let sigma = 1.2f64.ln() / (z_over_budget + z_over_20);
    (z_over_budget * sigma, sigma)
}

/// Grid point `i` of a table, half a cell inside the open interval (0, 1) at both ends.
fn grid_point(i: usize) -> f64 {
    let half_cell = 0.5 / TABLE_CELLS as f64;
    (i as f64 / TABLE_CELLS as f64).clamp(half_cell, 1.0 - half_cell)
}

/// Exact mean of linear interpolation over a table sampled with a uniform position (trapezoid rule).
fn table_mean(table: &[f64; TABLE_CELLS + 1]) -> f64 {
    let sum: f64 = table.windows(2).map(|w| 0.5 * (w[0] + w[1])).sum();
    sum / TABLE_CELLS as f64
}

impl OverrunTables {
    fn build() -> Self {
        let (mu, sigma) = body_parameters();
        let mut body = [0.0; TABLE_CELLS + 1];
        let mut tail = [0.0; TABLE_CELLS + 1];
        let inv_shape = 1.0 / BLACK_SWAN_TAIL_SHAPE.value;
        for i in 0..=TABLE_CELLS {
            let v = grid_point(i);
            body[i] = (mu + sigma * standard_normal_quantile(v)).exp() - 1.0;
            tail[i] = (1.0 - v).powf(-inv_shape); // unit Pareto, scaled below
        }
        let body_mean = table_mean(&body);
        let large = LARGE_PROJECT_MEAN_OVERRUN.value;
        let black_swans = LARGE_PROJECT_BLACK_SWAN_SHARE.value;
        let tail_mean = body_mean + (large - body_mean) / black_swans;
        let scale = tail_mean / table_mean(&tail);
        tail.iter_mut().for_each(|x| *x *= scale);
        let small_tail_probability =
            (CLOUD_MIGRATION_MEAN_OVERRUN.value - body_mean) / (tail_mean - body_mean);
        Self {
            body,
            tail,
            body_mean,
            tail_mean,
            small_tail_probability,
        }
    }
}

/// 2^32, the number of distinct 32-bit draws.
const TWO_POW_32: f64 = 4_294_967_296.0;

/// Linear interpolation in a table at a 32.32 fixed-point cell position (`pos >> 32 < TABLE_CELLS`).
///
/// Fixed point rather than a float position because the float-to-index conversion, with the saturating
/// semantics Rust gives `as`, costs more than the rest of the sample when optimising for size.
#[inline(always)]
fn lookup(table: &[f64; TABLE_CELLS + 1], pos: u64) -> f64 {
    let i = ((pos >> 32) as usize).min(TABLE_CELLS - 1);
    let frac = f64::from(pos as u32) * (1.0 / TWO_POW_32);
    table[i] + (table[i + 1] - table[i]) * frac
}

/// The overrun distribution of one piece of migration work, ready to sample.
#[derive(Debug, Clone, Copy)]
pub struct PieceRisk {
    /// Black-swan probability.
    tail_probability: f64,
    /// Draws (32-bit) below this read the body table, the others the tail table.
    split: u64,
    /// Fixed-point table position per unit of draw in the body, and in the tail.
    body_step: u64,
    tail_step: u64,
    /// Deterministic extra overrun for pieces longer than a year.
    duration_extra: f64,
    tables: &'static OverrunTables,
}

impl PieceRisk {
    /// Risk of a piece of work of planned cost `size_usd` (US dollars, before overrun) lasting
    /// `work_months` (preparation until its switch).
    pub fn new(size_usd: f64, work_months: f64) -> Self {
        let tables = tables();
        let z = size_weight(size_usd);
        let small = tables.small_tail_probability;
        let p = small + (LARGE_PROJECT_BLACK_SWAN_SHARE.value - small) * z;
        let extra_years = (work_months - CALIBRATED_DURATION_MONTHS).max(0.0) / 12.0;
        // p lies in [0.013, 0.17], so both parts hold millions of the 2^32 draws.
        let split = ((1.0 - p) * TWO_POW_32).round() as u64;
        let cells = (TABLE_CELLS as u64) << 32;
        Self {
            tail_probability: p,
            split,
            body_step: cells / split,
            tail_step: cells / ((1u64 << 32) - split),
            duration_extra: OVERRUN_PER_EXTRA_YEAR.value * extra_years,
            tables,
        }
    }

    /// Probability of a black swan for this piece of work.
    pub fn tail_probability(&self) -> f64 {
        self.tail_probability
    }

    /// Mean cost overrun of what [`PieceRisk::overrun`] samples (exact up to the 2^-32 resolution of
    /// the draws).
    pub fn mean_overrun(&self) -> f64 {
        let p = self.tail_probability;
        p * self.tables.tail_mean + (1.0 - p) * self.tables.body_mean + self.duration_extra
    }

    /// Cost overrun (fraction of plan, above −1) at the uniform `u` in [0, 1): the inverse CDF.
    pub fn overrun(&self, u: f64) -> f64 {
        self.overrun_at((u * TWO_POW_32).min(TWO_POW_32 - 1.0) as u32)
    }

    /// Cost overrun at a uniform 32-bit draw: the inverse CDF at `draw / 2^32`. This is the hot path of
    /// the Monte Carlo: one comparison, one multiplication, one interpolation.
    #[inline(always)]
    pub fn overrun_at(&self, draw: u32) -> f64 {
        let r = u64::from(draw);
        let base = if r < self.split {
            lookup(&self.tables.body, r * self.body_step)
        } else {
            lookup(&self.tables.tail, (r - self.split) * self.tail_step)
        };
        base + self.duration_extra
    }
}

/// Where a piece of work of `size_usd` sits between a small project (0: at or below
/// [`SMALL_PROJECT_USD`]) and a large one (1: at or above [`LARGE_PROJECT_USD`]), on a log scale.
/// Zero for a non-finite or non-positive size.
pub fn size_weight(size_usd: f64) -> f64 {
    if !(size_usd.is_finite() && size_usd > 0.0) {
        return 0.0;
    }
    let span = (LARGE_PROJECT_USD.value / SMALL_PROJECT_USD.value).ln();
    ((size_usd / SMALL_PROJECT_USD.value).ln() / span).clamp(0.0, 1.0)
}

/// Schedule overrun (fraction of the planned duration) that goes with a cost overrun.
#[inline(always)]
pub fn schedule_overrun(cost_overrun: f64) -> f64 {
    SCHEDULE_PER_COST_OVERRUN.value * positive_part(cost_overrun)
}

/// `max(x, 0)` without a comparison: `(x + |x|) / 2`, exact for finite `x`. In WebAssembly `f64::max`
/// is a call to `fmax` (its NaN rules differ from the `f64.max` instruction) and a comparison becomes
/// a branch that the 25/75 sign of overruns mispredicts; both cost about twice the sampling itself.
#[inline(always)]
pub(crate) fn positive_part(x: f64) -> f64 {
    0.5 * (x + x.abs())
}

/// Inverse of the standard normal CDF (Acklam's rational approximation, relative error below 1.2e-9).
/// Only used to build the tables, never per sample (here and in the decision Monte Carlo).
pub(crate) fn standard_normal_quantile(p: f64) -> f64 {
    const A: [f64; 6] = [
        -3.969_683_028_665_376e1,
        2.209_460_984_245_205e2,
        -2.759_285_104_469_687e2,
        1.383_577_518_672_69e2,
        -3.066_479_806_614_716e1,
        2.506_628_277_459_239,
    ];
    const B: [f64; 5] = [
        -5.447_609_879_822_406e1,
        1.615_858_368_580_409e2,
        -1.556_989_798_598_866e2,
        6.680_131_188_771_972e1,
        -1.328_068_155_288_572e1,
    ];
    const C: [f64; 6] = [
        -7.784_894_002_430_293e-3,
        -3.223_964_580_411_365e-1,
        -2.400_758_277_161_838,
        -2.549_732_539_343_734,
        4.374_664_141_464_968,
        2.938_163_982_698_783,
    ];
    const D: [f64; 4] = [
        7.784_695_709_041_462e-3,
        3.224_671_290_700_398e-1,
        2.445_134_137_142_996,
        3.754_408_661_907_416,
    ];
    const P_LOW: f64 = 0.02425;
    let tail = |q: f64| {
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    };
    if p < P_LOW {
        tail((-2.0 * p.ln()).sqrt())
    } else if p <= 1.0 - P_LOW {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    } else {
        -tail((-2.0 * (1.0 - p).ln()).sqrt())
    }
}

#[cfg(test)]
mod tests {
    use super::super::rng::Xoshiro256PlusPlus;
    use super::*;

    fn sampled_mean(risk: &PieceRisk, n: usize) -> f64 {
        let mut rng = Xoshiro256PlusPlus::seed_from(7);
        (0..n)
            .map(|_| risk.overrun_at(rng.next_u32_pair().0))
            .sum::<f64>()
            / n as f64
    }

    #[test]
    fn normal_quantile_matches_known_values() {
        assert!(standard_normal_quantile(0.5).abs() < 1e-9);
        assert!((standard_normal_quantile(0.975) - 1.959_963_985).abs() < 1e-8);
        assert!((standard_normal_quantile(0.75) - 0.674_489_750).abs() < 1e-8);
        assert!((standard_normal_quantile(0.001) + 3.090_232_306).abs() < 1e-7);
    }

    #[test]
    fn body_reproduces_the_cloud_migration_survey_shares() {
        let (mu, sigma) = body_parameters();
        // By hand: σ = ln 1.2 / (0.6745 + 0.5828) = 0.1450, μ = 0.6745 σ = 0.0978.
        assert!((sigma - 0.1450).abs() < 5e-4, "σ = {sigma}");
        assert!((mu - 0.0978).abs() < 5e-4, "μ = {mu}");
        let t = tables();
        let below = |x: f64| t.body.iter().filter(|&&b| b <= x).count() as f64 / t.body.len() as f64;
        assert!((1.0 - below(0.0) - 0.75).abs() < 0.01);
        assert!((1.0 - below(0.2) - 0.28).abs() < 0.01);
    }

    #[test]
    fn sampled_mean_of_a_big_project_is_near_45_percent() {
        let big = PieceRisk::new(15.0e6, 12.0);
        assert!((big.tail_probability() - 0.17).abs() < 1e-12);
        assert!((big.mean_overrun() - 0.45).abs() < 1e-9);
        let m = sampled_mean(&big, 400_000);
        assert!((m - 0.45).abs() < 0.02, "sampled mean {m}");
    }

    #[test]
    fn sampled_mean_of_a_small_wave_is_near_14_percent() {
        let small = PieceRisk::new(0.7e6, 3.0);
        assert!((small.mean_overrun() - 0.14).abs() < 1e-9);
        assert!(small.tail_probability() > 0.005 && small.tail_probability() < 0.03);
        let m = sampled_mean(&small, 400_000);
        assert!((m - 0.14).abs() < 0.01, "sampled mean {m}");
    }

    #[test]
    fn black_swan_share_rises_with_the_log_of_the_size_from_small_to_large_projects() {
        let small = PieceRisk::new(1.0e6, 12.0).tail_probability();
        // By hand: z($3.873M) = ln(3.873) / ln(15) = 1.354 / 2.708 = 0.5, half-way between p_small
        // and 17%.
        let mid = PieceRisk::new(15.0f64.sqrt() * 1.0e6, 12.0).tail_probability();
        assert!((mid - (small + 0.17) / 2.0).abs() < 1e-12, "mid {mid}");
        assert_eq!(PieceRisk::new(0.1e6, 12.0).tail_probability(), small);
        assert!((PieceRisk::new(150.0e6, 12.0).tail_probability() - 0.17).abs() < 1e-12);
        // A €0.7M programme at $1.14 per euro ($0.8M) is a small project: the survey's +14% mean.
        assert!((PieceRisk::new(0.7e6 * 1.14, 12.0).mean_overrun() - 0.14).abs() < 1e-9);
        assert_eq!(size_weight(f64::NAN), 0.0);
        assert_eq!(size_weight(-1.0), 0.0);
        let mut last = 0.0;
        for k in 0..60 {
            let p = PieceRisk::new(1.0e5 * 1.1f64.powi(k), 12.0).tail_probability();
            assert!(p >= last);
            last = p;
        }
    }

    #[test]
    fn black_swans_average_about_200_percent_with_a_fat_tail() {
        let t = tables();
        assert!((t.tail_mean - 2.09).abs() < 0.02, "tail mean {}", t.tail_mean);
        // Tail minimum ≈ 1.7 (Pareto scale), about 1 black swan in 30 above 330%.
        assert!(t.tail[0] > 1.5 && t.tail[0] < 1.8);
        let above = t.tail.iter().filter(|&&x| x > 3.3).count() as f64 / t.tail.len() as f64;
        assert!((0.02..0.05).contains(&above), "share above 330%: {above}");
        // Every body value lies below every tail value, so the table inverse CDF is monotone.
        assert!(t.body[TABLE_CELLS] < t.tail[0]);
    }

    #[test]
    fn longer_work_adds_15_points_per_extra_year() {
        let one_year = PieceRisk::new(20.0e6, 12.0);
        let three_years = PieceRisk::new(20.0e6, 36.0);
        assert!((three_years.mean_overrun() - one_year.mean_overrun() - 0.30).abs() < 1e-12);
        assert!((three_years.overrun(0.5) - one_year.overrun(0.5) - 0.30).abs() < 1e-12);
    }

    #[test]
    fn overrun_is_monotone_in_the_uniform_and_schedule_follows_cost() {
        for size in [0.5e6, 4.0e6, 30.0e6] {
            let r = PieceRisk::new(size, 6.0);
            let mut last = f64::NEG_INFINITY;
            for i in 0..10_000 {
                let x = r.overrun(i as f64 / 10_000.0);
                assert!(x >= last && x > -1.0 && x.is_finite());
                last = x;
            }
        }
        // Flyvbjerg's black swan: 200% cost ↔ 70% schedule; no slip when under budget.
        assert!((schedule_overrun(2.0) - 0.70).abs() < 1e-12);
        assert_eq!(schedule_overrun(-0.1), 0.0);
        assert_eq!(
            (positive_part(-0.3), positive_part(0.0), positive_part(1.7)),
            (0.0, 0.0, 1.7)
        );
    }

    #[test]
    fn small_waves_slip_past_five_percent_about_as_often_as_the_survey_says() {
        // McKinsey cloud survey: 38% of migrations behind schedule.
        let small = PieceRisk::new(0.7e6, 3.0);
        let mut rng = Xoshiro256PlusPlus::seed_from(11);
        let n = 100_000;
        let late = (0..n)
            .filter(|_| schedule_overrun(small.overrun(rng.next_f64())) > 0.05)
            .count() as f64
            / n as f64;
        assert!((0.33..0.45).contains(&late), "late share {late}");
    }
}
