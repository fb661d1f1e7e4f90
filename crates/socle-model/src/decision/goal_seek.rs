//! What it would take: for a chosen option and each input where it can be solved, the value at which
//! that option becomes the cheapest of the five by NPV, or the statement that no value in the input's
//! valid range does.
//!
//! "Cheapest" is strict: a tie is not a win. Every answer is a value **just past** the tipping point, on
//! the winning side, and is checked by re-evaluating all five NPVs with the input set to it, so that
//! applying it ([`apply`]) shows the option cheapest. The methods:
//!
//! - **Exact** (utilisation, electricity price, GPU price, cloud price): with everything else fixed, each
//!   option's NPV is affine in the input (bilinear in utilisation and energy price, proportional to the
//!   hardware capex for the GPU price, to the GPU-hour price for the cloud price). Two evaluations at the
//!   ends of the valid range give every line; the option wins on the intersection of five half-lines,
//!   an interval solved in closed form. A third evaluation at the current value checks the lines; if a
//!   model change ever made the NPV non-affine in the input, the solver falls back to the bracketed one.
//! - **Bracketed** (fallback): bisection on the NPV gap `NPV(option) − min(other NPVs)` between the
//!   current value and a winning value found at an end of the range or at the minimum of the gap
//!   (golden-section search, the gap being convex when the NPVs are piecewise affine).
//! - **Integer search**: the horizon (1–10 years) is solved exhaustively (ten evaluations); the GPU count
//!   (1–100,000) by exponential bracketing from the current count (×2 and ÷2 steps to the ends of the
//!   range) then bisection over integers, which finds the smallest change in each direction when the gap
//!   changes sign once on that side.

use crate::catalogue::options::cloud_index;
use crate::scenario::{ranges, DeploymentOption, Scenario};
use crate::sovereignty::SovereigntyResults;
use crate::t;
use crate::tco;
use serde::Serialize;

/// The inputs a goal seek can move.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum GoalSeekInput {
    /// Average utilisation (`compute.utilisation`), fraction.
    Utilisation,
    /// Electricity price (`site.energy_price_override_eur_kwh`), euros per kWh.
    EnergyPrice,
    /// Number of GPUs (`compute.gpu_count`).
    GpuCount,
    /// On-demand GPU-hour price of the chosen cloud option (`assumptions.cloud_price_eur_gpu_h`), euros;
    /// cloud options only.
    CloudPrice,
    /// GPU purchase price (`assumptions.gpu_price_usd`), US dollars.
    GpuPrice,
    /// Horizon of the analysis (`compute.horizon_years`), years.
    Horizon,
}

impl GoalSeekInput {
    /// Every input, in display order.
    pub const ALL: [GoalSeekInput; 6] = [
        Self::Utilisation,
        Self::EnergyPrice,
        Self::GpuCount,
        Self::CloudPrice,
        Self::GpuPrice,
        Self::Horizon,
    ];

    /// Stable identifier.
    pub const fn id(self) -> &'static str {
        match self {
            Self::Utilisation => "utilisation",
            Self::EnergyPrice => "energy_price",
            Self::GpuCount => "gpu_count",
            Self::CloudPrice => "cloud_price",
            Self::GpuPrice => "gpu_price",
            Self::Horizon => "horizon",
        }
    }

    /// Name.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Utilisation => t!("Utilisation"),
            Self::EnergyPrice => t!("Electricity price"),
            Self::GpuCount => t!("Number of GPUs"),
            Self::CloudPrice => t!("Cloud GPU-hour price"),
            Self::GpuPrice => t!("GPU purchase price"),
            Self::Horizon => t!("Horizon"),
        }
    }

    /// Unit of the values.
    pub const fn unit(self) -> crate::explain::Unit {
        use crate::explain::Unit;
        match self {
            Self::Utilisation => Unit::Share,
            Self::EnergyPrice => Unit::EurPerKwh,
            Self::GpuCount => Unit::Number,
            Self::CloudPrice => Unit::EurPerGpuHour,
            Self::GpuPrice => Unit::Usd,
            Self::Horizon => Unit::Years,
        }
    }

    /// Valid range of the input ([`crate::ranges`]): answers always lie inside it.
    pub const fn range(self) -> (f64, f64) {
        match self {
            Self::Utilisation => ranges::SHARE,
            Self::EnergyPrice => ranges::ENERGY_PRICE_EUR_KWH,
            Self::GpuCount => ranges::GPU_COUNT,
            Self::CloudPrice => ranges::CLOUD_PRICE_EUR_GPU_H,
            Self::GpuPrice => ranges::GPU_PRICE_USD,
            Self::Horizon => ranges::HORIZON_YEARS,
        }
    }

    /// True for inputs that take whole values (GPU count, horizon).
    pub const fn is_integer(self) -> bool {
        matches!(self, Self::GpuCount | Self::Horizon)
    }
}

/// How an answer was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Method {
    /// Closed form on affine NPVs.
    Exact,
    /// Bisection on the NPV gap inside a bracket.
    Bracketed,
    /// Search over whole values.
    IntegerSearch,
}

/// The answer for one input.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub enum Answer {
    /// The option is already the cheapest at the current value.
    AlreadyCheapest,
    /// Setting the input to `value` makes the option the cheapest.
    At {
        /// The value to apply: just past the tipping point, on the winning side, inside the valid range.
        value: f64,
        /// Where the option ties with the cheapest other option (for integers, the last value that does
        /// not win, next to `value`).
        tipping_point: f64,
        /// How it was found.
        method: Method,
    },
    /// No value in the valid range makes the option the cheapest.
    NoValueInRange,
    /// The input does not apply to this option (the cloud price of an owned option).
    NotApplicable,
}

impl Answer {
    /// The value to apply, when there is one.
    pub fn value(&self) -> Option<f64> {
        match self {
            Self::At { value, .. } => Some(*value),
            _ => None,
        }
    }
}

/// One row of the goal-seek panel.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct GoalSeekRow {
    /// The input.
    pub input: GoalSeekInput,
    /// Its current value, `None` when not applicable.
    pub current: Option<f64>,
    /// Its valid range.
    pub range: (f64, f64),
    /// The answer.
    pub answer: Answer,
}

/// The goal seeks of one option.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionGoalSeek {
    /// The option.
    pub option: DeploymentOption,
    /// True when it is already the cheapest (strictly) in the scenario.
    pub currently_cheapest: bool,
    /// True when its SEAL reaches the required SEAL (none of the inputs here changes the SEAL).
    pub meets_required_seal: bool,
    /// One row per input of [`GoalSeekInput::ALL`].
    pub rows: Vec<GoalSeekRow>,
}

impl OptionGoalSeek {
    /// The row of one input.
    pub fn row(&self, input: GoalSeekInput) -> Option<&GoalSeekRow> {
        self.rows.iter().find(|r| r.input == input)
    }
}

/// Current value of `input` for `option`, `None` when the input does not apply to it.
pub fn current_value(s: &Scenario, input: GoalSeekInput, option: DeploymentOption) -> Option<f64> {
    Some(match input {
        GoalSeekInput::Utilisation => s.compute.utilisation,
        GoalSeekInput::EnergyPrice => tco::energy_price_eur_kwh(s),
        GoalSeekInput::GpuCount => f64::from(s.compute.gpu_count),
        GoalSeekInput::CloudPrice => tco::cloud_price_eur_gpu_h(s, cloud_index(option)?),
        GoalSeekInput::GpuPrice => tco::gpu_price_usd(s),
        GoalSeekInput::Horizon => f64::from(s.compute.horizon_years),
    })
}

/// The scenario with `input` set to `value` (what the panel's apply button does). Values are clamped to
/// the input's valid range and integer inputs rounded; the cloud price is the chosen cloud option's (no
/// change for an owned option).
pub fn apply(s: &Scenario, input: GoalSeekInput, option: DeploymentOption, value: f64) -> Scenario {
    let (lo, hi) = input.range();
    let v = if value.is_finite() {
        value.clamp(lo, hi)
    } else {
        lo
    };
    let mut m = s.clone();
    match input {
        GoalSeekInput::Utilisation => m.compute.utilisation = v,
        GoalSeekInput::EnergyPrice => m.site.energy_price_override_eur_kwh = Some(v),
        GoalSeekInput::GpuCount => m.compute.gpu_count = v.round() as u32,
        GoalSeekInput::CloudPrice => {
            if let Some(i) = cloud_index(option) {
                m.assumptions.cloud_price_eur_gpu_h[i] = Some(v);
            }
        }
        GoalSeekInput::GpuPrice => m.assumptions.gpu_price_usd = Some(v),
        GoalSeekInput::Horizon => m.compute.horizon_years = v.round() as u32,
    }
    m
}

/// The five NPVs of a scenario.
fn npvs(s: &Scenario) -> [f64; 5] {
    DeploymentOption::ALL.map(|o| tco::option_npv(s, o))
}

/// True when option `i` is strictly the cheapest.
fn wins(n: &[f64; 5], i: usize) -> bool {
    (0..5).all(|j| j == i || n[i] < n[j])
}

/// `NPV(i) − min(other NPVs)`: negative exactly when `i` wins.
fn gap(n: &[f64; 5], i: usize) -> f64 {
    let other = (0..5)
        .filter(|&j| j != i)
        .map(|j| n[j])
        .fold(f64::INFINITY, f64::min);
    n[i] - other
}

/// Evaluations of one continuous input, shared by the options.
struct Line {
    lo: f64,
    hi: f64,
    at_lo: [f64; 5],
    at_hi: [f64; 5],
    /// True when every NPV is affine in the input (checked at the current value).
    affine: bool,
}

impl Line {
    fn new(s: &Scenario, input: GoalSeekInput, option: DeploymentOption, x0: f64, n0: &[f64; 5]) -> Self {
        let (lo, hi) = input.range();
        let at_lo = npvs(&apply(s, input, option, lo));
        let at_hi = npvs(&apply(s, input, option, hi));
        let t0 = (x0 - lo) / (hi - lo);
        let affine = (0..5).all(|j| {
            let predicted = at_lo[j] + (at_hi[j] - at_lo[j]) * t0;
            let scale = at_lo[j].abs().max(at_hi[j].abs()).max(n0[j].abs()).max(1.0);
            (predicted - n0[j]).abs() <= 1e-9 * scale
        });
        Self {
            lo,
            hi,
            at_lo,
            at_hi,
            affine,
        }
    }

    /// Open interval of `t ∈ [0, 1]` (position in the range) where option `i` wins on the lines.
    fn winning_interval(&self, i: usize) -> Option<(f64, f64)> {
        let (mut tl, mut th) = (0.0_f64, 1.0_f64);
        for j in (0..5).filter(|&j| j != i) {
            // d(t) = NPV_i − NPV_j = α + β·t must be negative.
            let alpha = self.at_lo[i] - self.at_lo[j];
            let beta = (self.at_hi[i] - self.at_hi[j]) - alpha;
            let scale = self.at_lo[i].abs().max(self.at_hi[i].abs()).max(1.0);
            if beta.abs() <= 1e-12 * scale {
                if alpha >= 0.0 {
                    return None;
                }
            } else if beta > 0.0 {
                th = th.min(-alpha / beta);
            } else {
                tl = tl.max(-alpha / beta);
            }
        }
        (tl < th).then_some((tl, th))
    }
}

/// Bisection between `a` (not winning) and `b` (winning): returns `(tipping point, winning value)`.
fn bisect(
    s: &Scenario,
    input: GoalSeekInput,
    option: DeploymentOption,
    i: usize,
    mut a: f64,
    mut b: f64,
) -> (f64, f64) {
    let tol = 1e-12 * (input.range().1 - input.range().0);
    for _ in 0..80 {
        if (b - a).abs() <= tol {
            break;
        }
        let m = 0.5 * (a + b);
        if wins(&npvs(&apply(s, input, option, m)), i) {
            b = m;
        } else {
            a = m;
        }
    }
    (0.5 * (a + b), b)
}

fn solve_continuous(
    s: &Scenario,
    input: GoalSeekInput,
    option: DeploymentOption,
    x0: f64,
    line: &Line,
) -> Answer {
    let i = option.index();
    let to_x = |t: f64| line.lo + t * (line.hi - line.lo);
    if line.affine {
        let Some((tl, th)) = line.winning_interval(i) else {
            return Answer::NoValueInRange;
        };
        let t0 = (x0 - line.lo) / (line.hi - line.lo);
        let (tip, inward) = if t0 <= tl { (tl, 1.0) } else { (th, -1.0) };
        let mid = 0.5 * (tl + th);
        let mut step = (1e-6_f64).min(0.5 * (th - tl));
        for _ in 0..40 {
            let t = if tip == 0.0 || tip == 1.0 {
                tip
            } else {
                tip + inward * step
            };
            let x = to_x(t).clamp(line.lo, line.hi);
            if wins(&npvs(&apply(s, input, option, x)), i) {
                return Answer::At {
                    value: x,
                    tipping_point: to_x(tip),
                    method: Method::Exact,
                };
            }
            step = (2.0 * step).min((mid - tip).abs());
        }
        // The lines said it wins at mid; if rounding disagrees, bracket from there.
        return bracketed(s, input, option, x0, line, Some(to_x(mid)));
    }
    bracketed(s, input, option, x0, line, None)
}

/// Bracketed search on the NPV gap between the current value and a winning value.
fn bracketed(
    s: &Scenario,
    input: GoalSeekInput,
    option: DeploymentOption,
    x0: f64,
    line: &Line,
    hint: Option<f64>,
) -> Answer {
    let i = option.index();
    let g = |x: f64| gap(&npvs(&apply(s, input, option, x)), i);
    let mut candidates: Vec<f64> = hint.into_iter().collect();
    if gap(&line.at_lo, i) < 0.0 {
        candidates.push(line.lo);
    }
    if gap(&line.at_hi, i) < 0.0 {
        candidates.push(line.hi);
    }
    candidates.retain(|x| g(*x) < 0.0);
    if candidates.is_empty() {
        // Golden-section minimum of the gap.
        let (mut a, mut b) = (line.lo, line.hi);
        let r = 0.5 * (5f64.sqrt() - 1.0);
        let (mut c, mut d) = (b - r * (b - a), a + r * (b - a));
        let (mut gc, mut gd) = (g(c), g(d));
        for _ in 0..60 {
            if gc < gd {
                b = d;
                d = c;
                gd = gc;
                c = b - r * (b - a);
                gc = g(c);
            } else {
                a = c;
                c = d;
                gc = gd;
                d = a + r * (b - a);
                gd = g(d);
            }
        }
        let xm = if gc < gd { c } else { d };
        if g(xm) < 0.0 {
            candidates.push(xm);
        }
    }
    let Some(target) = candidates
        .into_iter()
        .min_by(|a, b| (a - x0).abs().total_cmp(&(b - x0).abs()))
    else {
        return Answer::NoValueInRange;
    };
    let (tipping_point, value) = bisect(s, input, option, i, x0, target);
    Answer::At {
        value,
        tipping_point,
        method: Method::Bracketed,
    }
}

/// Horizon: every whole year of the range is evaluated; the winning one nearest to the current value.
fn solve_horizon(by_year: &[[f64; 5]], i: usize, current: u32, first: u32) -> Answer {
    let best = by_year
        .iter()
        .enumerate()
        .filter(|(_, n)| wins(n, i))
        .map(|(k, _)| first + k as u32)
        .min_by_key(|y| (y.abs_diff(current), *y));
    match best {
        None => Answer::NoValueInRange,
        Some(y) => Answer::At {
            value: f64::from(y),
            tipping_point: f64::from(if y > current { y - 1 } else { y + 1 }),
            method: Method::IntegerSearch,
        },
    }
}

/// GPU counts probed from the current one: ×2 steps up to the maximum, ÷2 steps down to 1.
fn count_probes(n0: u32) -> (Vec<u32>, Vec<u32>) {
    let (lo, hi) = (ranges::GPU_COUNT.0 as u32, ranges::GPU_COUNT.1 as u32);
    let mut up = Vec::new();
    let mut n = n0;
    while n < hi {
        n = n.saturating_mul(2).min(hi);
        up.push(n);
    }
    let mut down = Vec::new();
    let mut n = n0;
    while n > lo {
        n = (n / 2).max(lo);
        down.push(n);
    }
    (up, down)
}

/// GPU count: exponential bracketing then bisection over integers, in each direction.
fn solve_count(
    s: &Scenario,
    option: DeploymentOption,
    n0: u32,
    probes: &[(Vec<u32>, Vec<[f64; 5]>); 2],
) -> Answer {
    let i = option.index();
    let eval = |n: u32| npvs(&apply(s, GoalSeekInput::GpuCount, option, f64::from(n)));
    let mut best: Option<(u32, u32)> = None; // (winning value, last non-winning neighbour)
    for (values, results) in probes {
        let Some(k) = results.iter().position(|n| wins(n, i)) else {
            continue;
        };
        // Bisection over integers between the last losing probe and the first winning one.
        let (mut a, mut b) = (if k == 0 { n0 } else { values[k - 1] }, values[k]);
        while a.abs_diff(b) > 1 {
            let m = if a < b { a + (b - a) / 2 } else { b + (a - b) / 2 };
            if wins(&eval(m), i) {
                b = m;
            } else {
                a = m;
            }
        }
        let closer = best.is_none_or(|(w, _)| {
            let change = |v: u32| (f64::from(v) / f64::from(n0)).ln().abs();
            change(b) < change(w)
        });
        if closer {
            best = Some((b, a));
        }
    }
    match best {
        Some((value, tip)) => Answer::At {
            value: f64::from(value),
            tipping_point: f64::from(tip),
            method: Method::IntegerSearch,
        },
        None => Answer::NoValueInRange,
    }
}

/// Evaluations shared by the options: the lines of the inputs common to all options, every horizon and
/// the GPU-count probes.
struct Shared {
    n0: [f64; 5],
    /// Utilisation, electricity price, GPU price: `(current value, line)`.
    lines: [(f64, Line); 3],
    by_year: Vec<[f64; 5]>,
    probes: [(Vec<u32>, Vec<[f64; 5]>); 2],
}

impl Shared {
    fn new(s: &Scenario) -> Self {
        let n0 = npvs(s);
        let any = DeploymentOption::OnPremises;
        let lines = [
            GoalSeekInput::Utilisation,
            GoalSeekInput::EnergyPrice,
            GoalSeekInput::GpuPrice,
        ]
        .map(|input| {
            let x0 = current_value(s, input, any).unwrap_or(input.range().0);
            (x0, Line::new(s, input, any, x0, &n0))
        });
        let (first, last) = (ranges::HORIZON_YEARS.0 as u32, ranges::HORIZON_YEARS.1 as u32);
        let by_year = (first..=last)
            .map(|y| npvs(&apply(s, GoalSeekInput::Horizon, any, f64::from(y))))
            .collect();
        let probe = |v: Vec<u32>| {
            let n = v
                .iter()
                .map(|c| npvs(&apply(s, GoalSeekInput::GpuCount, any, f64::from(*c))))
                .collect();
            (v, n)
        };
        let (up, down) = count_probes(s.compute.gpu_count);
        Self {
            n0,
            lines,
            by_year,
            probes: [probe(up), probe(down)],
        }
    }
}

fn seek_option(
    s: &Scenario,
    sovereignty: &SovereigntyResults,
    shared: &Shared,
    option: DeploymentOption,
) -> OptionGoalSeek {
    let i = option.index();
    let currently_cheapest = wins(&shared.n0, i);
    let rows = GoalSeekInput::ALL
        .iter()
        .map(|&input| {
            let current = current_value(s, input, option);
            let answer = match current {
                None => Answer::NotApplicable,
                Some(_) if currently_cheapest => Answer::AlreadyCheapest,
                Some(x0) => match input {
                    GoalSeekInput::Horizon => solve_horizon(
                        &shared.by_year,
                        i,
                        s.compute.horizon_years,
                        ranges::HORIZON_YEARS.0 as u32,
                    ),
                    GoalSeekInput::GpuCount => solve_count(s, option, s.compute.gpu_count, &shared.probes),
                    GoalSeekInput::CloudPrice => {
                        let line = Line::new(s, input, option, x0, &shared.n0);
                        solve_continuous(s, input, option, x0, &line)
                    }
                    GoalSeekInput::Utilisation => {
                        let (x0, line) = &shared.lines[0];
                        solve_continuous(s, input, option, *x0, line)
                    }
                    GoalSeekInput::EnergyPrice => {
                        let (x0, line) = &shared.lines[1];
                        solve_continuous(s, input, option, *x0, line)
                    }
                    GoalSeekInput::GpuPrice => {
                        let (x0, line) = &shared.lines[2];
                        solve_continuous(s, input, option, *x0, line)
                    }
                },
            };
            GoalSeekRow {
                input,
                current,
                range: input.range(),
                answer,
            }
        })
        .collect();
    OptionGoalSeek {
        option,
        currently_cheapest,
        meets_required_seal: sovereignty.option(option).meets_requirement,
        rows,
    }
}

/// Goal seeks of every option, in [`DeploymentOption::ALL`] order, for a valid scenario.
pub fn goal_seek_all(s: &Scenario, sovereignty: &SovereigntyResults) -> [OptionGoalSeek; 5] {
    let shared = Shared::new(s);
    DeploymentOption::ALL.map(|option| seek_option(s, sovereignty, &shared, option))
}

/// Goal seeks of one option (what [`goal_seek_all`] reports for it), for a valid scenario.
pub fn goal_seek(s: &Scenario, sovereignty: &SovereigntyResults, option: DeploymentOption) -> OptionGoalSeek {
    seek_option(s, sovereignty, &Shared::new(s), option)
}
