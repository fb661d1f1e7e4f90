//! Decision under uncertainty: a seeded Monte Carlo over the inputs that really are uncertain, with
//! common random numbers across the five options (every option is priced in the same simulated futures).
//!
//! **Inputs and distributions** (sources in [`crate::catalogue::uncertainty`]): electricity price
//! (lognormal, the country's volatility), GPU purchase price (lognormal), realised ÷ planned utilisation
//! (normal), US dollars per euro (lognormal), cloud price decline per year (normal), resale value
//! (lognormal on the residual share) and the delay of a new grid connection on premises (half-normal
//! slip with a probability). Realised inputs are kept inside their valid ranges.
//!
//! **Decomposition, not re-evaluation.** Each option's cumulative discounted cost at the end of every
//! year (the last one is the NPV) is split once per scenario into components read from the TCO model by
//! re-evaluating it at a few corner scenarios ([`Decomposition::new`]):
//!
//! - the part bilinear in utilisation `u` and electricity price `p` (four corners, as
//!   [`crate::tco::npv_coefficients`] does for the NPV): `a + b·u + c·p + d·u·p`;
//! - the part proportional to the hardware capex, `GPU price ÷ USD per EUR` (hardware, maintenance,
//!   resale and book value), read by doubling the GPU price, and the part of it proportional to the
//!   residual share as well, read by moving the share;
//! - any other part proportional to `1 ÷ USD per EUR` (none today; read by halving the rate at `u = 0`
//!   and `u = 1`, so that a dollar-priced cloud fee would be caught with its utilisation term).
//!
//! A path's value is then the base value plus each component times its factor's change: exact for these
//! five inputs, which the tests check against full re-evaluations of the perturbed scenarios.
//!
//! Two inputs change the **time profile** and are not scenario inputs of the TCO model:
//!
//! - *Cloud price decline* δ: cloud list prices are revised once a year (on demand and 1-year
//!   reservations) or at each renewal (3-year reservations), so year `y`'s cloud fees are multiplied by
//!   `(1 − δ)^y` (or `(1 − δ)^(3⌊y/3⌋)`). Each year's discounted cloud fees are the year's fees times the
//!   year's average discount factor (fees are flat within a year), scaled so that they add up to the
//!   model's discounted cloud fees. Exact for on-demand and 1-year reservations (tested against
//!   year-by-year re-evaluations at each year's price); for 3-year terms past the horizon the fees
//!   owed after the horizon are discounted like the last year's, and the decline applies to the fees
//!   at the scenario's dollar rate (a dollar-priced fee's cross term with the rate is left out): both
//!   stated approximations.
//! - *Grid-connection delay* of `S` months (on premises, when a new hall is built): the fleet cannot run
//!   for the first `S` months, so it draws no energy then and the compute is bridged by renting the
//!   same GPU-hours on demand from the EU sovereign cloud at today's price; capital and staff are paid as
//!   planned. The change is `(bridge − energy) per month × Σ_{t ≤ S} (1 + r)^(−t/12)`, tested against a
//!   one-year re-evaluation of both options.
//!
//! **Speed.** The decomposition costs about forty single-option evaluations per scenario; each future then
//! costs four generator calls, seven reads of 512-cell inverse-CDF tables and a few dozen multiplications
//! per option. Measured (`cargo run --release -p socle-model --example bench_decision`, December 2026):
//! 1.2 ms natively for 5,000 futures with the decomposition, the yearly bands (first 500 futures) and the
//! percentiles; the whole decision part 1.8 ms and the whole evaluation 2.4 ms as WebAssembly (medians over
//! the personas).

use crate::catalogue::country;
use crate::catalogue::options::HOURS_PER_MONTH;
use crate::catalogue::uncertainty::Spreads;
use crate::migration::rng::Xoshiro256PlusPlus;
use crate::scenario::{ranges, Commitment, DeploymentOption, Scenario};
use crate::sovereignty::SovereigntyResults;
use crate::tco::{self, OptionTco, TcoResults};
use serde::Serialize;

/// Paths of the decision Monte Carlo in [`crate::evaluate`].
pub const DEFAULT_PATHS: usize = 5_000;
/// Paths (the first ones) used for the yearly cost bands.
pub const BAND_PATHS: usize = 500;
/// Mixed into the scenario's seed so that this stream differs from the migration model's.
const SEED_SALT: u64 = 0x6465_6369_7369_6f6e;

/// P10, P50, P90 and mean of a simulated quantity (the migration model's summary: P10 is a good
/// outcome for a cost, P90 a bad one).
pub type Percentiles = crate::migration::Quantiles;

/// One simulated future: the factors drawn for one path, shared by the five options.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PathFactors {
    /// Electricity price ÷ the scenario's.
    pub energy_price: f64,
    /// GPU purchase price ÷ the scenario's.
    pub gpu_price: f64,
    /// Realised ÷ planned utilisation.
    pub utilisation: f64,
    /// US dollars per euro ÷ the scenario's.
    pub usd_per_eur: f64,
    /// Cloud price decline per year, fraction (negative: prices rise).
    pub cloud_decline: f64,
    /// Residual (resale) share ÷ the scenario's.
    pub resale: f64,
    /// Delay of a new on-premises grid connection, whole months.
    pub grid_slip_months: u32,
}

impl PathFactors {
    /// No change: the scenario itself.
    pub const NONE: PathFactors = PathFactors {
        energy_price: 1.0,
        gpu_price: 1.0,
        utilisation: 1.0,
        usd_per_eur: 1.0,
        cloud_decline: 0.0,
        resale: 1.0,
        grid_slip_months: 0,
    };

    /// The scenario these factors describe, for the five inputs that are scenario inputs (each kept
    /// inside its valid range). The cloud decline and grid slip have no scenario input.
    pub fn apply(&self, s: &Scenario) -> Scenario {
        let r = Realised::new(&Base::new(s), self, 1);
        let mut m = s.clone();
        m.compute.utilisation = r.u;
        m.site.energy_price_override_eur_kwh = Some(r.p);
        m.assumptions.gpu_price_usd = Some(r.gpu_price);
        m.finance.usd_per_eur = r.usd_per_eur;
        m.finance.residual_value_share = r.share;
        m
    }
}

/// Inverse of the standard normal CDF, the migration model's (Acklam's approximation); only used to
/// build the tables.
use crate::migration::risk::standard_normal_quantile as inverse_normal;

/// A uniform in (0, 1) from 32 random bits (never 0 or 1).
#[inline(always)]
fn unit(bits: u32) -> f64 {
    (f64::from(bits) + 0.5) * (1.0 / 4_294_967_296.0)
}

/// Cells of the inverse-CDF tables of the draws.
const CELLS: usize = 512;

/// A distribution tabulated at the `CELLS` cell midpoints of the probability scale, `(k + ½) ÷ CELLS`,
/// read by linear interpolation between midpoints (beyond the outer midpoints, ±2.9 standard deviations,
/// the outer value). One table costs 512 evaluations instead of one `exp` and one inverse normal per
/// draw, and keeps each draw a few multiplications.
struct Table(Box<[f64; CELLS]>);

impl Table {
    fn new(z: &[f64; CELLS], f: impl Fn(f64) -> f64) -> Self {
        Self(Box::new(z.map(f)))
    }

    #[inline(always)]
    fn at(&self, bits: u32) -> f64 {
        let x = (unit(bits) * CELLS as f64 - 0.5).clamp(0.0, (CELLS - 1) as f64);
        let k = (x as usize).min(CELLS - 2);
        let frac = x - k as f64;
        let t = &self.0;
        t[k] + frac * (t[k + 1] - t[k])
    }
}

/// The seeded stream of path factors.
struct Draws {
    rng: Xoshiro256PlusPlus,
    slip_probability: f64,
    horizon_months: u32,
    energy: Table,
    gpu: Table,
    utilisation: Table,
    dollar: Table,
    decline: Table,
    resale: Table,
    slip: Table,
}

impl Draws {
    fn new(seed: u64, sp: Spreads, horizon_months: u32) -> Self {
        let z: [f64; CELLS] = std::array::from_fn(|k| inverse_normal((k as f64 + 0.5) / CELLS as f64));
        let lognormal = |sigma: f64| Table::new(&z, |z| if sigma == 0.0 { 1.0 } else { (sigma * z).exp() });
        let normal = |mean: f64, sd: f64| Table::new(&z, |z| if sd == 0.0 { mean } else { mean + sd * z });
        Self {
            rng: Xoshiro256PlusPlus::seed_from(seed ^ SEED_SALT),
            slip_probability: sp.grid_slip_probability,
            horizon_months,
            energy: lognormal(sp.energy_sigma),
            gpu: lognormal(sp.gpu_price_sigma),
            utilisation: normal(sp.utilisation_mean, sp.utilisation_sd),
            dollar: lognormal(sp.usd_per_eur_sigma),
            decline: normal(sp.cloud_decline_mean, sp.cloud_decline_sd),
            resale: lognormal(sp.resale_sigma),
            slip: Table::new(&z, |z| (sp.grid_slip_sd_months * z).abs()),
        }
    }

    /// The next path: eight uniforms from four generator calls, always drawn so that the stream does not
    /// depend on which spreads are zero.
    #[inline(always)]
    fn next(&mut self) -> PathFactors {
        let (u0, u1) = self.rng.next_u32_pair();
        let (u2, u3) = self.rng.next_u32_pair();
        let (u4, u5) = self.rng.next_u32_pair();
        let (u6, u7) = self.rng.next_u32_pair();
        let slip = if unit(u6) < self.slip_probability {
            (self.slip.at(u7).round()).clamp(0.0, f64::from(self.horizon_months)) as u32
        } else {
            0
        };
        PathFactors {
            energy_price: self.energy.at(u0),
            gpu_price: self.gpu.at(u1),
            utilisation: self.utilisation.at(u2).max(0.0),
            usd_per_eur: self.dollar.at(u3),
            cloud_decline: self.decline.at(u4).clamp(-0.5, 0.5),
            resale: self.resale.at(u5),
            grid_slip_months: slip,
        }
    }
}

/// The factors of the first `paths` paths drawn with `seed` (what [`simulate`] uses, path by path).
pub fn path_factors(s: &Scenario, spreads: &Spreads, paths: usize, seed: u64) -> Vec<PathFactors> {
    let mut draws = Draws::new(seed, *spreads, s.horizon_months() as u32);
    (0..paths).map(|_| draws.next()).collect()
}

/// The spreads of the sourced distributions for a scenario's site.
pub fn sourced_spreads(s: &Scenario) -> Spreads {
    let c = country(s.site.country);
    Spreads::sourced(c.price_volatility.value, c.grid_lead_time_months.value)
}

/// The scenario's values of the uncertain inputs.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Base {
    u: f64,
    p: f64,
    gpu_price: f64,
    usd_per_eur: f64,
    share: f64,
    horizon_months: usize,
}

impl Base {
    fn new(s: &Scenario) -> Self {
        Self {
            u: s.compute.utilisation,
            p: tco::energy_price_eur_kwh(s),
            gpu_price: tco::gpu_price_usd(s),
            usd_per_eur: s.finance.usd_per_eur,
            share: s.finance.residual_value_share,
            horizon_months: s.horizon_months(),
        }
    }
}

/// Realised inputs of one path, kept in their valid ranges.
struct Realised {
    u: f64,
    p: f64,
    gpu_price: f64,
    usd_per_eur: f64,
    share: f64,
    /// Multipliers of the components: `[1, Δu, Δp, Δ(u·p), Δcapex, capex × Δshare, Δdollar, Δdollar × u]`.
    basis: [f64; 8],
    /// Cloud price multiplier of each horizon year.
    decline: [f64; 10],
    declines: bool,
    slip_months: usize,
}

impl Realised {
    #[inline(always)]
    fn new(b: &Base, f: &PathFactors, revision_years: usize) -> Self {
        let clamp = |v: f64, (lo, hi): (f64, f64)| v.clamp(lo, hi);
        let u = clamp(b.u * f.utilisation, ranges::SHARE);
        let p = clamp(b.p * f.energy_price, ranges::ENERGY_PRICE_EUR_KWH);
        let gpu_price = clamp(b.gpu_price * f.gpu_price, ranges::GPU_PRICE_USD);
        let usd_per_eur = clamp(b.usd_per_eur * f.usd_per_eur, ranges::USD_PER_EUR);
        let share = clamp(b.share * f.resale, ranges::RESIDUAL_SHARE);
        let dollar = b.usd_per_eur / usd_per_eur;
        let capex = gpu_price / b.gpu_price * dollar;
        let mut decline = [1.0; 10];
        let declines = f.cloud_decline != 0.0;
        if declines {
            // Prices revised every `revision_years`: year y pays (1 − δ)^(revision × ⌊y / revision⌋).
            let step = 1.0 - f.cloud_decline;
            let mut m = 1.0;
            for (y, slot) in decline.iter_mut().enumerate().skip(1) {
                if y % revision_years.max(1) == 0 {
                    for _ in 0..revision_years.max(1) {
                        m *= step;
                    }
                }
                *slot = m;
            }
        }
        Self {
            u,
            p,
            gpu_price,
            usd_per_eur,
            share,
            basis: [
                1.0,
                u - b.u,
                p - b.p,
                u * p - b.u * b.p,
                capex - 1.0,
                capex * (share - b.share),
                dollar - 1.0,
                (dollar - 1.0) * u,
            ],
            decline,
            declines,
            slip_months: (f.grid_slip_months as usize).min(b.horizon_months),
        }
    }
}

/// One option's components in the form the paths use: one row per year multiplying
/// [`Realised::basis`], the discounted cloud fees of each year and the grid-delay terms.
#[derive(Debug, Clone, PartialEq)]
struct Compact {
    rows: Vec<[f64; 8]>,
    cloud_fees: Vec<[f64; 2]>,
    has_cloud_fees: bool,
    slip: [f64; 4],
}

/// The components of one option's cumulative discounted cost, one value per horizon year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionComponents {
    /// The option.
    pub option: DeploymentOption,
    /// Cumulative discounted cost at the scenario's values (the last is the NPV).
    pub base: Vec<f64>,
    /// Per unit of utilisation (on-demand cloud fees), bilinear form `a + b·u + c·p + d·u·p`.
    pub per_utilisation: Vec<f64>,
    /// Per euro per kWh (idle energy).
    pub per_energy_price: Vec<f64>,
    /// Per unit of utilisation × euro per kWh (busy energy).
    pub per_utilisation_energy: Vec<f64>,
    /// Part proportional to the hardware capex (GPU price ÷ USD per EUR), at the scenario's values.
    pub capex: Vec<f64>,
    /// Part proportional to hardware capex × residual share, per unit of share.
    pub capex_per_share: Vec<f64>,
    /// Other part proportional to 1 ÷ USD per EUR, at zero utilisation.
    pub dollar: Vec<f64>,
    /// The same, per unit of utilisation.
    pub dollar_per_utilisation: Vec<f64>,
    /// Discounted cloud fees of each year (not cumulative) at zero utilisation.
    pub cloud_fees: Vec<f64>,
    /// The same, per unit of utilisation.
    pub cloud_fees_per_utilisation: Vec<f64>,
    /// Grid delay on premises: euros per month of delay at zero utilisation and zero electricity price
    /// (undiscounted bridge minus energy), then its terms in `u`, `p` and `u·p`.
    pub slip_month: [f64; 4],
}

/// Every option's components, and what the paths need to apply them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Decomposition {
    /// One entry per option, in [`DeploymentOption::ALL`] order.
    pub options: Vec<OptionComponents>,
    /// Years in the horizon.
    pub years: usize,
    /// Years between cloud price revisions (1, or 3 for 3-year reservations).
    pub revision_years: usize,
    /// `Σ_{t ≤ k} (1 + r)^(−t/12)` for `k` = 0 ..= horizon months.
    pub annuity: Vec<f64>,
    #[serde(skip)]
    base: Base,
    #[serde(skip)]
    compact: Vec<Compact>,
}

fn cumulative(o: &OptionTco) -> Vec<f64> {
    o.cumulative_discounted_eur.clone()
}

fn sub(a: &[f64], b: &[f64]) -> Vec<f64> {
    a.iter().zip(b).map(|(x, y)| x - y).collect()
}

/// Discounted cloud fees of each year: the yearly fees times the year's average discount factor, scaled
/// to add up to the model's discounted cloud fees.
fn cloud_fees_by_year(o: &OptionTco, df: &[f64]) -> Vec<f64> {
    let mut pv: Vec<f64> = o
        .yearly
        .iter()
        .enumerate()
        .map(|(y, b)| b.cloud_fees * df[12 * y + 1..=12 * y + 12].iter().sum::<f64>() / 12.0)
        .collect();
    let total: f64 = pv.iter().sum();
    if total != 0.0 && total.is_finite() {
        let scale = o.npv_by_category.cloud_fees / total;
        pv.iter_mut().for_each(|v| *v *= scale);
    }
    pv
}

impl Decomposition {
    /// Reads the components of every option from the TCO model, for a valid scenario.
    pub fn new(s: &Scenario, tco_results: &TcoResults) -> Self {
        let years = s.compute.horizon_years as usize;
        let months = s.horizon_months();
        let rate = s.finance.discount_rate;
        let per_month = (1.0 + rate).powf(-1.0 / 12.0);
        let mut df = vec![1.0; months + 1];
        for t in 1..=months {
            df[t] = df[t - 1] * per_month;
        }
        let mut annuity = vec![0.0; months + 1];
        for t in 1..=months {
            annuity[t] = annuity[t - 1] + df[t];
        }
        let p0 = tco::energy_price_eur_kwh(s);
        let share0 = s.finance.residual_value_share;
        let with = |u: f64, p: f64| {
            let mut m = s.clone();
            m.compute.utilisation = u;
            m.site.energy_price_override_eur_kwh = Some(p);
            m
        };
        let corners = [with(0.0, 0.0), with(1.0, 0.0), with(0.0, 1.0), with(1.0, 1.0)];
        let mut gpu2 = s.clone();
        gpu2.assumptions.gpu_price_usd = Some(2.0 * tco::gpu_price_usd(s));
        const SHARE_STEP: f64 = 0.1;
        let mut share = s.clone();
        share.finance.residual_value_share = share0 + SHARE_STEP;
        let half_dollar = |u: f64| {
            let mut m = with(u, p0);
            m.finance.usd_per_eur = 0.5 * s.finance.usd_per_eur;
            m
        };
        let (fx0, fx1) = (half_dollar(0.0), half_dollar(1.0));
        let gpu_count = f64::from(s.compute.gpu_count);
        let bridge_per_u = tco::cloud_price_eur_gpu_h(s, 0) * gpu_count * HOURS_PER_MONTH;
        // A new hall (and so a new grid connection) only when the fleet does not fit the existing room:
        // the facility category alone cannot tell, since it also carries the upkeep of the room in use.
        let new_hall = crate::tco::plan::Plan::new(s, DeploymentOption::OnPremises).facility_capex > 0.0;

        let options: Vec<OptionComponents> = DeploymentOption::ALL
            .iter()
            .map(|&o| {
                // The last year is the NPV itself (the same sum in category order), so that a future
                // without change reproduces the reported NPV to the last bit.
                let mut base = cumulative(tco_results.option(o));
                if let Some(last) = base.last_mut() {
                    *last = tco_results.option(o).npv_eur;
                }
                let c = corners.each_ref().map(|m| tco::evaluate_option(m, o));
                let [n00, n10, n01, n11] = c.each_ref().map(cumulative);
                let b = sub(&n10, &n00);
                let cc = sub(&n01, &n00);
                let d: Vec<f64> = (0..years).map(|y| n11[y] - n10[y] - n01[y] + n00[y]).collect();
                let capex = sub(&cumulative(&tco::evaluate_option(&gpu2, o)), &base);
                let capex_per_share: Vec<f64> = sub(&cumulative(&tco::evaluate_option(&share, o)), &base)
                    .into_iter()
                    .map(|v| v / SHARE_STEP)
                    .collect();
                // At half the rate, capex doubles (adds `capex`) and any other dollar part doubles too.
                let at = |u: f64, y: usize| n00[y] + b[y] * u + cc[y] * p0 + d[y] * u * p0;
                let fx_at_0 = cumulative(&tco::evaluate_option(&fx0, o));
                let fx_at_1 = cumulative(&tco::evaluate_option(&fx1, o));
                let dollar: Vec<f64> = (0..years).map(|y| fx_at_0[y] - at(0.0, y) - capex[y]).collect();
                let dollar_per_utilisation: Vec<f64> = (0..years)
                    .map(|y| fx_at_1[y] - at(1.0, y) - capex[y] - dollar[y])
                    .collect();
                let cf0 = cloud_fees_by_year(&c[0], &df);
                let cf1 = sub(&cloud_fees_by_year(&c[1], &df), &cf0);
                let slip_month = if o == DeploymentOption::OnPremises && new_hall {
                    // Energy of the first year per month: idle part per €/kWh and busy part per u·€/kWh.
                    let e0 = c[2].yearly[0].energy / 12.0 - c[0].yearly[0].energy / 12.0;
                    let e1 = (c[3].yearly[0].energy - c[1].yearly[0].energy) / 12.0 - e0;
                    [0.0, bridge_per_u, -e0, -e1]
                } else {
                    [0.0; 4]
                };
                OptionComponents {
                    option: o,
                    base,
                    per_utilisation: b,
                    per_energy_price: cc,
                    per_utilisation_energy: d,
                    capex,
                    capex_per_share,
                    dollar,
                    dollar_per_utilisation,
                    cloud_fees: cf0,
                    cloud_fees_per_utilisation: cf1,
                    slip_month,
                }
            })
            .collect();
        let revision_years = match s.platform.commitment {
            Commitment::ThreeYear => 3,
            Commitment::OnDemand | Commitment::OneYear => 1,
        };
        let compact = options.iter().map(Compact::of).collect();
        Self {
            options,
            years,
            revision_years,
            annuity,
            base: Base::new(s),
            compact,
        }
    }

    /// Cumulative discounted cost of `option` at the end of horizon year `year` (capped at the last) in
    /// the future `f`.
    pub fn value(&self, option: DeploymentOption, f: &PathFactors, year: usize) -> f64 {
        let r = Realised::new(&self.base, f, self.revision_years);
        self.value_realised(option.index(), &r, year.min(self.years - 1))
    }

    /// NPV of `option` in the future `f`.
    pub fn npv(&self, option: DeploymentOption, f: &PathFactors) -> f64 {
        self.value(option, f, self.years - 1)
    }

    /// Cumulative discounted cost at the end of every horizon year of `option` in the future `f`.
    pub fn cumulative(&self, option: DeploymentOption, f: &PathFactors) -> Vec<f64> {
        let r = Realised::new(&self.base, f, self.revision_years);
        let mut out = vec![0.0; self.years];
        self.fill_cumulative(option.index(), &r, &mut out);
        out
    }

    /// Value of option `i` at the end of year `y`.
    #[inline(always)]
    fn value_realised(&self, i: usize, r: &Realised, y: usize) -> f64 {
        let c = &self.compact[i];
        let row = &c.rows[y];
        let mut v = dot(row, &r.basis);
        if r.declines && c.has_cloud_fees {
            for (fees, m) in c.cloud_fees[1..=y].iter().zip(&r.decline[1..]) {
                v -= (fees[0] + fees[1] * r.u) * (1.0 - m);
            }
        }
        if r.slip_months > 0 {
            v += self.slip(c, r, y);
        }
        v
    }

    /// Grid-delay change of the cumulative cost at the end of year `y`.
    #[inline]
    fn slip(&self, c: &Compact, r: &Realised, y: usize) -> f64 {
        let [a, b, cc, d] = c.slip;
        let per_month = a + b * r.u + cc * r.p + d * r.u * r.p;
        per_month * self.annuity[r.slip_months.min(12 * (y + 1))]
    }

    /// Values of option `i` at the end of every year, into `out` (one per year).
    fn fill_cumulative(&self, i: usize, r: &Realised, out: &mut [f64]) {
        let c = &self.compact[i];
        let mut decline = 0.0;
        for (y, slot) in out.iter_mut().enumerate() {
            let row = &c.rows[y];
            let mut v = dot(row, &r.basis);
            if r.declines && c.has_cloud_fees && y > 0 {
                let fees = c.cloud_fees[y];
                decline += (fees[0] + fees[1] * r.u) * (1.0 - r.decline[y]);
            }
            if r.slip_months > 0 {
                v += self.slip(c, r, y);
            }
            *slot = v - decline;
        }
    }
}

/// `Σ row[k] × basis[k]`.
#[inline(always)]
fn dot(row: &[f64; 8], basis: &[f64; 8]) -> f64 {
    // Written out: an iterator sum is not inlined at `opt-level = "z"`.
    row[0] * basis[0]
        + row[1] * basis[1]
        + row[2] * basis[2]
        + row[3] * basis[3]
        + row[4] * basis[4]
        + row[5] * basis[5]
        + row[6] * basis[6]
        + row[7] * basis[7]
}

impl Compact {
    fn of(c: &OptionComponents) -> Self {
        let rows = (0..c.base.len())
            .map(|y| {
                [
                    c.base[y],
                    c.per_utilisation[y],
                    c.per_energy_price[y],
                    c.per_utilisation_energy[y],
                    c.capex[y],
                    c.capex_per_share[y],
                    c.dollar[y],
                    c.dollar_per_utilisation[y],
                ]
            })
            .collect();
        let cloud_fees: Vec<[f64; 2]> = c
            .cloud_fees
            .iter()
            .zip(&c.cloud_fees_per_utilisation)
            .map(|(a, b)| [*a, *b])
            .collect();
        Self {
            has_cloud_fees: cloud_fees.iter().any(|f| f[0] != 0.0 || f[1] != 0.0),
            rows,
            cloud_fees,
            slip: c.slip_month,
        }
    }
}

/// What the simulation says about one option.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionOdds {
    /// The option.
    pub option: DeploymentOption,
    /// NPV over the simulated futures, euros.
    pub npv: Percentiles,
    /// Share of the futures in which it is the cheapest of the five (ties to the first in display order).
    pub p_cheapest: f64,
    /// Share of the futures in which it is the cheapest of the options meeting the required SEAL; `None`
    /// when it does not meet it or no option does.
    pub p_cheapest_eligible: Option<f64>,
    /// P10 of the cumulative discounted cost at the end of each year: over the first [`BAND_PATHS`]
    /// paths for the years before the last, and the NPV's P10 over every path for the last year (so the
    /// band ends on the figures of [`Self::npv`]).
    pub band_p10: Vec<f64>,
    /// Median of the same.
    pub band_p50: Vec<f64>,
    /// P90 of the same.
    pub band_p90: Vec<f64>,
}

/// The decision under uncertainty.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Uncertainty {
    /// Simulated futures.
    pub paths: u32,
    /// Seed of the stream (the scenario's seed; same seed, same result).
    pub seed: u64,
    /// Spreads used.
    pub spreads: Spreads,
    /// The five options, in [`DeploymentOption::ALL`] order.
    pub options: [OptionOdds; 5],
    /// The cheapest option at the scenario's values.
    pub deterministic_cheapest: DeploymentOption,
    /// The option most often cheapest.
    pub most_often_cheapest: DeploymentOption,
    /// The option most often cheapest among those meeting the required SEAL, if any meets it.
    pub most_often_cheapest_eligible: Option<DeploymentOption>,
    /// The target.
    pub target: DeploymentOption,
    /// Expected regret of choosing the target: mean over futures of NPV(target) − NPV(cheapest), euros.
    pub expected_regret_eur: f64,
    /// The same against the cheapest option meeting the required SEAL; `None` if no option meets it.
    /// Negative when the target itself misses the SEAL and costs less than every option that meets it.
    pub expected_regret_eligible_eur: Option<f64>,
}

impl Uncertainty {
    /// The odds of one option.
    pub fn option(&self, option: DeploymentOption) -> &OptionOdds {
        &self.options[option.index()]
    }
}

/// P10, P50, P90 (nearest rank) and mean of `values`, which are reordered: the migration model's
/// selection.
fn percentiles(values: &mut [f64]) -> Percentiles {
    let mean = values.iter().sum::<f64>() / values.len() as f64;
    crate::migration::quantile::quantiles(values, mean)
}

/// Runs the simulation: `paths` futures (at least one) drawn with `seed` from `spreads`.
pub fn simulate(
    s: &Scenario,
    tco_results: &TcoResults,
    sovereignty: &SovereigntyResults,
    spreads: &Spreads,
    paths: usize,
    seed: u64,
) -> Uncertainty {
    let paths = paths.max(1);
    let dec = Decomposition::new(s, tco_results);
    let years = dec.years;
    let last = years - 1;
    let eligible = sovereignty.per_option.each_ref().map(|o| o.meets_requirement);
    let any_eligible = eligible.iter().any(|e| *e);
    let target = s.platform.target.index();
    let band_paths = BAND_PATHS.min(paths);

    let mut draws = Draws::new(seed, *spreads, s.horizon_months() as u32);
    let mut cumulative = vec![0.0; years];
    let mut npvs: Vec<Vec<f64>> = (0..5).map(|_| Vec::with_capacity(paths)).collect();
    let mut bands: Vec<Vec<f64>> = (0..5 * years).map(|_| Vec::with_capacity(band_paths)).collect();
    let mut wins = [0usize; 5];
    let mut wins_eligible = [0usize; 5];
    let (mut regret, mut regret_eligible) = (0.0, 0.0);
    for k in 0..paths {
        let f = draws.next();
        let r = Realised::new(&dec.base, &f, dec.revision_years);
        let n: [f64; 5] = std::array::from_fn(|i| dec.value_realised(i, &r, last));
        let mut best = 0;
        let mut best_eligible: Option<usize> = None;
        for i in 0..5 {
            if n[i] < n[best] {
                best = i;
            }
            if eligible[i] && best_eligible.is_none_or(|b| n[i] < n[b]) {
                best_eligible = Some(i);
            }
            npvs[i].push(n[i]);
        }
        wins[best] += 1;
        regret += n[target] - n[best];
        if let Some(b) = best_eligible {
            wins_eligible[b] += 1;
            regret_eligible += n[target] - n[b];
        }
        if k < band_paths && last > 0 {
            for i in 0..5 {
                dec.fill_cumulative(i, &r, &mut cumulative[..last]);
                for (y, v) in cumulative[..last].iter().enumerate() {
                    bands[i * years + y].push(*v);
                }
            }
        }
    }
    let total = paths as f64;
    let options = std::array::from_fn(|i| {
        let mut yearly_p10 = Vec::with_capacity(years);
        let mut yearly_p50 = Vec::with_capacity(years);
        let mut yearly_p90 = Vec::with_capacity(years);
        for y in 0..last {
            let q = percentiles(&mut bands[i * years + y]);
            yearly_p10.push(q.p10);
            yearly_p50.push(q.p50);
            yearly_p90.push(q.p90);
        }
        let npv = percentiles(&mut npvs[i]);
        yearly_p10.push(npv.p10);
        yearly_p50.push(npv.p50);
        yearly_p90.push(npv.p90);
        OptionOdds {
            option: DeploymentOption::ALL[i],
            npv,
            p_cheapest: wins[i] as f64 / total,
            p_cheapest_eligible: (eligible[i] && any_eligible).then(|| wins_eligible[i] as f64 / total),
            band_p10: yearly_p10,
            band_p50: yearly_p50,
            band_p90: yearly_p90,
        }
    });
    let argmax = |counts: &[usize; 5], allowed: &[bool; 5]| {
        (0..5)
            .filter(|i| allowed[*i])
            .fold(None::<usize>, |best, i| match best {
                Some(b) if counts[b] >= counts[i] => Some(b),
                _ => Some(i),
            })
            .map(|i| DeploymentOption::ALL[i])
    };
    Uncertainty {
        paths: paths as u32,
        seed,
        spreads: *spreads,
        options,
        deterministic_cheapest: tco_results.cheapest,
        most_often_cheapest: argmax(&wins, &[true; 5]).unwrap_or(tco_results.cheapest),
        most_often_cheapest_eligible: argmax(&wins_eligible, &eligible),
        target: s.platform.target,
        expected_regret_eur: regret / total,
        expected_regret_eligible_eur: any_eligible.then(|| regret_eligible / total),
    }
}

/// The simulation of [`crate::evaluate`]: [`DEFAULT_PATHS`] futures from the sourced spreads, seeded by
/// the scenario's seed.
pub fn evaluate(s: &Scenario, tco_results: &TcoResults, sovereignty: &SovereigntyResults) -> Uncertainty {
    simulate(
        s,
        tco_results,
        sovereignty,
        &sourced_spreads(s),
        DEFAULT_PATHS,
        s.assumptions.seed,
    )
}

/// Every option's NPV in each of the first `paths` futures (for tables and checks), in
/// [`DeploymentOption::ALL`] order, with the factors of each future.
pub fn path_npvs(
    s: &Scenario,
    tco_results: &TcoResults,
    spreads: &Spreads,
    paths: usize,
    seed: u64,
) -> Vec<(PathFactors, [f64; 5])> {
    let dec = Decomposition::new(s, tco_results);
    path_factors(s, spreads, paths, seed)
        .into_iter()
        .map(|f| {
            let n = DeploymentOption::ALL.map(|o| dec.npv(o, &f));
            (f, n)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_are_nearest_rank() {
        let mut rng = Xoshiro256PlusPlus::seed_from(9);
        for n in [1, 2, 3, 40, 500, 5_001] {
            let values: Vec<f64> = (0..n).map(|_| rng.next_f64()).collect();
            let mut sorted = values.clone();
            sorted.sort_by(f64::total_cmp);
            let mut v = values.clone();
            let q = percentiles(&mut v);
            let rank = |p: f64| sorted[((n - 1) as f64 * p).round() as usize];
            assert_eq!((q.p10, q.p50, q.p90), (rank(0.1), rank(0.5), rank(0.9)));
            assert!((q.mean - values.iter().sum::<f64>() / n as f64).abs() < 1e-12);
        }
    }

    #[test]
    fn tables_reproduce_the_normal_distribution() {
        // The tabulated standard normal: median 0, P90 ≈ 1.2816, symmetric.
        let z: [f64; CELLS] = std::array::from_fn(|k| inverse_normal((k as f64 + 0.5) / CELLS as f64));
        let t = Table::new(&z, |z| z);
        assert!(t.at(u32::MAX / 2).abs() < 1e-2);
        let p90 = t.at((0.9 * 4_294_967_296.0) as u32);
        assert!((p90 - 1.2816).abs() < 2e-3, "{p90}");
        assert!((t.at(100) + t.at(u32::MAX - 100)).abs() < 1e-9);
        assert!((inverse_normal(0.975) - 1.959_964).abs() < 1e-6);
        assert!((inverse_normal(0.001) + 3.090_232).abs() < 1e-6);
    }
}
