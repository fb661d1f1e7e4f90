//! How uncertain the uncertain inputs are: the distributions of the decision Monte Carlo
//! ([`crate::decision::uncertainty`]), each with its source, year and confidence.
//!
//! Every factor is drawn once per simulated future (path) and applied to all five options alike
//! (common random numbers). A spread of zero everywhere ([`Spreads::none`]) gives the deterministic model.
//! The electricity spread is the site country's own `price_volatility` (countries catalogue) times
//! [`ENERGY_SIGMA_PER_VOLATILITY`]; the grid slip scales with the country's `grid_lead_time_months`.

use super::Sourced;
use crate::source::{Confidence, Source};
use crate::t;
use serde::Serialize;

/// z-score of the 90th percentile of a standard normal distribution: a P10–P90 interval of ±h around the
/// median is a normal spread of h ÷ 1.2816.
pub const Z90: f64 = 1.281_551_565_545;

const fn src(label: &'static str, url: &'static str, year: u16, confidence: Confidence) -> Source {
    Source {
        label,
        url,
        year,
        confidence,
    }
}

/// Log-spread of the electricity price per unit of the country's price volatility. The volatility is the
/// half-width of the country's plausible price range over its default (sourced-figures §2.4a, Eurostat
/// bands ID–IE 2025); reading that range as the P10–P90 interval of the horizon's average price gives a
/// lognormal factor of median 1 and log-spread `volatility ÷ 1.2816`.
pub const ENERGY_SIGMA_PER_VOLATILITY: Sourced = Sourced::new(
    1.0 / Z90,
    src(
        "Country price range (Eurostat nrg_pc_205 bands ID–IE, 2025) read as the P10–P90 of the horizon's average price",
        "https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/nrg_pc_205",
        2025,
        Confidence::Estimate,
    ),
);

/// Log-spread of the GPU purchase price: street and analyst prices spread ±9–11 % around the middle of
/// their ranges (H100 $25–30k, H200 $28–35k, B200 $35–43k; sourced-figures §2.1c) and one analyst quotes
/// "±20–40 %"; a P10–P90 of ±15 % is `ln(1.15) ÷ 1.2816`.
pub const GPU_PRICE_SIGMA: Sourced = Sourced::new(
    0.109_05,
    src(
        "Street and analyst GPU prices 2025-26 (runlocalai, aiinframap \"H100 ≈ $30k ±20–40 %\"): P10–P90 ±15 %",
        "https://www.aiinframap.com/tools/chips/h100-vs-h200-vs-b200-tco",
        2026,
        Confidence::Secondary,
    ),
);

/// Mean of realised ÷ planned utilisation: capacity is bought for more use than it gets (27 % of cloud
/// spend wasted, Flexera 2025; about 30 % of cloud outlays wasted, McKinsey 2021). A tenth less than
/// planned on average, the rest of the waste being idle capacity the plan already counts.
pub const UTILISATION_REALISED_MEAN: Sourced = Sourced::new(
    0.90,
    src(
        "Cloud waste 27 % (Flexera State of the Cloud 2025) and ≈ 30 % (McKinsey 2021): realised use a tenth below plan on average",
        "https://info.flexera.com/CM-REPORT-State-of-the-Cloud",
        2025,
        Confidence::Estimate,
    ),
);

/// Standard deviation of realised ÷ planned utilisation (P10–P90 ≈ 0.77–1.03 of the plan).
pub const UTILISATION_REALISED_SD: Sourced = Sourced::new(
    0.10,
    src(
        "Spread of cloud waste between surveys and firms (Flexera 2025, McKinsey 2021): ±13 % P10–P90",
        "https://www.mckinsey.com/industries/industrials-and-electronics/our-insights/making-the-cloud-pay-how-industrial-companies-can-accelerate-impact-from-the-cloud",
        2025,
        Confidence::Estimate,
    ),
);

/// Log-spread of US dollars per euro over the horizon: the ECB reference rate ranged 1.04–1.25 over
/// 2015–2026 and its yearly volatility is about 7–9 %; a P10–P90 of ±10 % (`≈ 0.08`).
pub const USD_PER_EUR_SIGMA: Sourced = Sourced::new(
    0.08,
    src(
        "ECB euro reference rate USD, 2015–2026 range 1.04–1.25, yearly volatility 7–9 %",
        "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/eurofxref-graph-usd.en.html",
        2026,
        Confidence::Secondary,
    ),
);

/// Mean decline of cloud GPU-hour prices per year. Prices moved both ways: AWS cut H100 instances by up
/// to 45 % in June 2025, Scaleway raised its H100 price 10 % between April and September 2026 and Nebius
/// raised its list prices 17–20 % from October 2026 (sourced-figures §2.2): a small mean decline.
pub const CLOUD_DECLINE_MEAN: Sourced = Sourced::new(
    0.03,
    src(
        "AWS p5 cut up to 45 % (June 2025); Scaleway +10 % (Apr–Sep 2026); Nebius +17–20 % (Oct 2026): 3 %/yr mean decline",
        "https://nebius.com/prices",
        2026,
        Confidence::Estimate,
    ),
);

/// Standard deviation of the yearly cloud price decline (P10–P90 ≈ −7 % to +13 % a year).
pub const CLOUD_DECLINE_SD: Sourced = Sourced::new(
    0.08,
    src(
        "Spread of observed list-price moves 2025–2026 (−45 % to +20 % in single revisions), spread over the years",
        "https://aws.amazon.com/ec2/pricing/on-demand/",
        2026,
        Confidence::Estimate,
    ),
);

/// Log-spread of the resale value of GPU servers: one weak source gives 25–35 % after 36 months
/// (±17 % around the middle); widened to ±30 % P10–P90 for its weakness (`ln(1.3) ÷ 1.2816 ≈ 0.20`).
pub const RESALE_SIGMA: Sourced = Sourced::new(
    0.205,
    src(
        "Residual value of GPU servers after 36 months 25–35 % (pseo-ai GPU TCO page, weak), widened to ±30 % P10–P90",
        "https://v2-pseo-ai.pages.dev/tools/gpu-tco-analysis",
        2026,
        Confidence::Estimate,
    ),
);

/// Probability that a new grid connection arrives later than planned. Developers quote wide per-country
/// ranges (France 12–30 months, Germany 36–60, Frankfurt over 5 years) and Europe-wide waits "up to seven
/// years": half the connections are taken to slip.
pub const GRID_SLIP_PROBABILITY: Sourced = Sourced::new(
    0.5,
    src(
        "Grid connection timelines by country (gridreadiness 2026) and Ember (2025): even odds of a slip",
        "https://www.gridreadiness.com/blog/grid-connection-timelines-europe",
        2026,
        Confidence::Estimate,
    ),
);

/// Size of a grid slip, as a share of the country's connection lead time: the slip is
/// `|N(0, 0.35)| × lead time`, so its P90 (given a slip) is about 58 % of the lead time, the relative
/// width of the sourced ranges (France 12–30 months, Germany 36–60).
pub const GRID_SLIP_SD_PER_LEAD: Sourced = Sourced::new(
    0.35,
    src(
        "Width of the per-country connection ranges (FR 12–30, DE 36–60 months; gridreadiness 2026, Ember 2025) over their middle",
        "https://ember-energy.org/latest-insights/grids-for-data-centres-ambitious-grid-planning-can-win-europes-ai-race/rewiring-for-growth/",
        2026,
        Confidence::Estimate,
    ),
);

/// The spreads of one simulation, as plain numbers (the defaults are the sourced constants above; a
/// zero spread removes an input's uncertainty).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Spreads {
    /// Log-spread of the electricity price factor (median 1).
    pub energy_sigma: f64,
    /// Log-spread of the GPU purchase price factor (median 1).
    pub gpu_price_sigma: f64,
    /// Mean of realised ÷ planned utilisation.
    pub utilisation_mean: f64,
    /// Standard deviation of realised ÷ planned utilisation.
    pub utilisation_sd: f64,
    /// Log-spread of US dollars per euro (median the scenario's rate).
    pub usd_per_eur_sigma: f64,
    /// Mean yearly decline of cloud GPU-hour prices, fraction.
    pub cloud_decline_mean: f64,
    /// Standard deviation of the yearly decline.
    pub cloud_decline_sd: f64,
    /// Log-spread of the resale value (median the scenario's residual share).
    pub resale_sigma: f64,
    /// Probability that an on-premises grid connection slips.
    pub grid_slip_probability: f64,
    /// Size of a slip: standard deviation of the half-normal, months.
    pub grid_slip_sd_months: f64,
}

impl Spreads {
    /// No uncertainty: every factor is 1, no decline, no slip.
    pub const fn none() -> Self {
        Self {
            energy_sigma: 0.0,
            gpu_price_sigma: 0.0,
            utilisation_mean: 1.0,
            utilisation_sd: 0.0,
            usd_per_eur_sigma: 0.0,
            cloud_decline_mean: 0.0,
            cloud_decline_sd: 0.0,
            resale_sigma: 0.0,
            grid_slip_probability: 0.0,
            grid_slip_sd_months: 0.0,
        }
    }

    /// The sourced defaults for a site whose electricity price volatility is `price_volatility` and whose
    /// grid connection takes `grid_lead_time_months`.
    pub fn sourced(price_volatility: f64, grid_lead_time_months: f64) -> Self {
        Self {
            energy_sigma: price_volatility * ENERGY_SIGMA_PER_VOLATILITY.value,
            gpu_price_sigma: GPU_PRICE_SIGMA.value,
            utilisation_mean: UTILISATION_REALISED_MEAN.value,
            utilisation_sd: UTILISATION_REALISED_SD.value,
            usd_per_eur_sigma: USD_PER_EUR_SIGMA.value,
            cloud_decline_mean: CLOUD_DECLINE_MEAN.value,
            cloud_decline_sd: CLOUD_DECLINE_SD.value,
            resale_sigma: RESALE_SIGMA.value,
            grid_slip_probability: GRID_SLIP_PROBABILITY.value,
            grid_slip_sd_months: GRID_SLIP_SD_PER_LEAD.value * grid_lead_time_months,
        }
    }
}

/// Every sourced default of the distributions, as `(key, source)`.
pub fn sources() -> Vec<(&'static str, Source)> {
    vec![
        (
            "uncertainty.energy_sigma_per_volatility",
            ENERGY_SIGMA_PER_VOLATILITY.source,
        ),
        ("uncertainty.gpu_price_sigma", GPU_PRICE_SIGMA.source),
        (
            "uncertainty.utilisation_realised_mean",
            UTILISATION_REALISED_MEAN.source,
        ),
        (
            "uncertainty.utilisation_realised_sd",
            UTILISATION_REALISED_SD.source,
        ),
        ("uncertainty.usd_per_eur_sigma", USD_PER_EUR_SIGMA.source),
        ("uncertainty.cloud_decline_mean", CLOUD_DECLINE_MEAN.source),
        ("uncertainty.cloud_decline_sd", CLOUD_DECLINE_SD.source),
        ("uncertainty.resale_sigma", RESALE_SIGMA.source),
        ("uncertainty.grid_slip_probability", GRID_SLIP_PROBABILITY.source),
        ("uncertainty.grid_slip_sd_per_lead", GRID_SLIP_SD_PER_LEAD.source),
    ]
}

/// What a key of [`sources`] measures.
pub fn label_of(key: &str) -> Option<&'static str> {
    Some(match key {
        "uncertainty.energy_sigma_per_volatility" => t!("Electricity price spread per unit of volatility"),
        "uncertainty.gpu_price_sigma" => t!("GPU price spread"),
        "uncertainty.utilisation_realised_mean" => t!("Realised ÷ planned utilisation, mean"),
        "uncertainty.utilisation_realised_sd" => t!("Realised ÷ planned utilisation, spread"),
        "uncertainty.usd_per_eur_sigma" => t!("Dollar rate spread"),
        "uncertainty.cloud_decline_mean" => t!("Cloud price decline per year, mean"),
        "uncertainty.cloud_decline_sd" => t!("Cloud price decline per year, spread"),
        "uncertainty.resale_sigma" => t!("Resale value spread"),
        "uncertainty.grid_slip_probability" => t!("Probability of a grid connection delay"),
        "uncertainty.grid_slip_sd_per_lead" => t!("Grid delay size ÷ connection lead time"),
        _ => return None,
    })
}
