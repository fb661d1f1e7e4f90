//! Deployment-option catalogue: cloud offers (commitment discounts, egress, PUE, staff) and the defaults
//! of the owned options (server and network uplift, PUE, idle power, staff, maintenance, software,
//! facility), plus the finance defaults.
//!
//! The defaults of `scenario.assumptions` and `scenario.finance` equal the named constants here.

use super::Sourced;
use crate::scenario::{Country, DeploymentOption};
use crate::source::{Confidence, Source};
use crate::t;

/// The three cloud options, in the order of per-cloud arrays (`cloud_eur_gpu_h`, overrides).
pub const CLOUD_OPTIONS: [DeploymentOption; 3] = [
    DeploymentOption::EuSovereignCloud,
    DeploymentOption::UsSovereignOffer,
    DeploymentOption::UsPublicCloud,
];

/// The two owned options, in display order.
pub const OWNED_OPTIONS: [DeploymentOption; 2] = [DeploymentOption::OnPremises, DeploymentOption::Colocation];

/// Position of a cloud option in [`CLOUD_OPTIONS`], `None` for owned options.
pub const fn cloud_index(option: DeploymentOption) -> Option<usize> {
    match option {
        DeploymentOption::EuSovereignCloud => Some(0),
        DeploymentOption::UsSovereignOffer => Some(1),
        DeploymentOption::UsPublicCloud => Some(2),
        DeploymentOption::OnPremises | DeploymentOption::Colocation => None,
    }
}

/// Hours in an average month (8,760 h ÷ 12); a definition, not a sourced figure.
pub const HOURS_PER_MONTH: f64 = 730.0;

const fn src(label: &'static str, url: &'static str, year: u16, confidence: Confidence) -> Source {
    Source {
        label,
        url,
        year,
        confidence,
    }
}

const fn estimate(value: f64, label: &'static str) -> Sourced {
    Sourced::new(value, src(label, "", 2026, Confidence::Estimate))
}

const SOUV_EGRESS: &str = "https://aws.amazon.com/ec2/pricing/on-demand/";

/// A cloud offer: how GPU-hours are discounted, what leaving costs and how the provider runs its halls.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CloudOffer {
    /// The option.
    pub option: DeploymentOption,
    /// Example providers.
    pub examples: &'static str,
    /// Discount of a one-year commitment on the on-demand price, fraction.
    pub one_year_discount: Sourced,
    /// Discount of a three-year commitment on the on-demand price, fraction.
    pub three_year_discount: Sourced,
    /// Data transfer out to the internet per TB, in euros at the catalogue's exchange rate (1.1403 USD per
    /// EUR) when quoted in dollars; the model converts the quote with the scenario's rate.
    pub egress_eur_per_tb: Sourced,
    /// Currency the egress price is quoted in.
    pub egress_currency: super::Currency,
    /// Provider PUE, for energy and CO2 reporting only (cloud prices already embed energy).
    pub pue: Sourced,
    /// Country whose grid intensity stands for the provider's region (where the reference price is listed).
    pub region: Country,
    /// Staff to operate the platform, as a share of the cluster staff an owned fleet needs.
    pub staff_share: Sourced,
}

impl CloudOffer {
    /// Every sourced figure of the entry, as `(key, source)` with a stable key.
    pub fn sources(&self) -> [(&'static str, Source); 5] {
        macro_rules! keys {
            ($p:literal) => {
                [
                    concat!("cloud.", $p, ".one_year_discount"),
                    concat!("cloud.", $p, ".three_year_discount"),
                    concat!("cloud.", $p, ".egress_eur_per_tb"),
                    concat!("cloud.", $p, ".pue"),
                    concat!("cloud.", $p, ".staff_share"),
                ]
            };
        }
        let keys = match self.option {
            DeploymentOption::EuSovereignCloud => keys!("eu_sovereign_cloud"),
            DeploymentOption::UsSovereignOffer => keys!("us_sovereign_offer"),
            _ => keys!("us_public_cloud"),
        };
        let sources = [
            self.one_year_discount.source,
            self.three_year_discount.source,
            self.egress_eur_per_tb.source,
            self.pue.source,
            self.staff_share.source,
        ];
        std::array::from_fn(|i| (keys[i], sources[i]))
    }
}

const GCP_CUD_1Y: Sourced = Sourced::new(
    0.31,
    src(
        "GCP H100 europe-west4: 1-year CUD $8.84 vs $12.74 on demand (−31 %)",
        "https://cloud.google.com/skus",
        2026,
        Confidence::Verified,
    ),
);
const GCP_CUD_3Y: Sourced = Sourced::new(
    0.56,
    src(
        "GCP H100 europe-west4: 3-year CUD $5.59 vs $12.74 on demand (−56 %)",
        "https://cloud.google.com/skus",
        2026,
        Confidence::Verified,
    ),
);
const HYPERSCALER_PUE: Sourced = Sourced::new(
    1.15,
    src(
        "Hyperscale PUE 1.10–1.15, Google fleet ≈ 1.10 (Uptime 2025 via mgrid.org)",
        "https://intelligence.uptimeinstitute.com/resource/uptime-institute-global-data-center-survey-2025",
        2025,
        Confidence::Secondary,
    ),
);
const CLOUD_STAFF_SHARE: Sourced = estimate(
    0.25,
    "Cloud removes hardware, facility and on-call work: a quarter of the owned cluster team",
);

/// AWS egress $0.09/GB for the first 10 TB = $90/TB (sourced-figures §2.2, 2026-09-26), stored in euros at
/// the catalogue rate (≈ €78.9/TB).
const AWS_EGRESS_EUR_TB: f64 = 90.0 / USD_PER_EUR.value;

/// The cloud offers, in [`CLOUD_OPTIONS`] order.
pub static CLOUD_OFFERS: [CloudOffer; 3] = [
    CloudOffer {
        option: DeploymentOption::EuSovereignCloud,
        examples: t!("OVHcloud, Scaleway, Nebius"),
        one_year_discount: estimate(
            0.20,
            "No published 1-year GPU discount: between OVH's monthly plan (−5 %) and Nebius (up to −35 %)",
        ),
        three_year_discount: Sourced::new(
            0.35,
            src("Nebius: commitments up to −35 %", "https://nebius.com/prices", 2026, Confidence::Verified),
        ),
        egress_eur_per_tb: Sourced::new(
            0.0,
            src(
                "OVHcloud instances and Scaleway instances: egress €0",
                "https://www.ovhcloud.com/fr/public-cloud/prices/",
                2026,
                Confidence::Verified,
            ),
        ),
        egress_currency: super::Currency::Eur,
        pue: Sourced::new(
            1.3,
            src(
                "EU sovereign cloud 1.2–1.4 (Scaleway DC5 claims 1.16): suggested default",
                "https://intelligence.uptimeinstitute.com/resource/uptime-institute-global-data-center-survey-2025",
                2025,
                Confidence::Estimate,
            ),
        ),
        region: Country::Fr,
        staff_share: CLOUD_STAFF_SHARE,
    },
    CloudOffer {
        option: DeploymentOption::UsSovereignOffer,
        examples: t!("AWS European Sovereign Cloud, Microsoft/Google sovereign offers"),
        one_year_discount: GCP_CUD_1Y,
        three_year_discount: GCP_CUD_3Y,
        egress_eur_per_tb: estimate(
            AWS_EGRESS_EUR_TB * 1.125,
            "AWS egress $90/TB + 12.5 % sovereign premium (Devoteam 10–15 %)",
        ),
        egress_currency: super::Currency::Usd,
        pue: HYPERSCALER_PUE,
        region: Country::De,
        staff_share: CLOUD_STAFF_SHARE,
    },
    CloudOffer {
        option: DeploymentOption::UsPublicCloud,
        examples: t!("AWS, Azure, Google Cloud EU regions"),
        one_year_discount: GCP_CUD_1Y,
        three_year_discount: GCP_CUD_3Y,
        egress_eur_per_tb: Sourced::new(
            AWS_EGRESS_EUR_TB,
            src(
                "AWS data transfer out $0.09/GB first 10 TB = $90/TB (Azure €74.70, GCP ≈ €105)",
                SOUV_EGRESS,
                2026,
                Confidence::Verified,
            ),
        ),
        egress_currency: super::Currency::Usd,
        pue: HYPERSCALER_PUE,
        region: Country::Se,
        staff_share: CLOUD_STAFF_SHARE,
    },
];

/// The offer of a cloud option, `None` for owned options.
pub fn cloud_offer(option: DeploymentOption) -> Option<&'static CloudOffer> {
    cloud_index(option).map(|i| &CLOUD_OFFERS[i])
}

// ---------------------------------------------------------------------------------------------------
// Owned options.

/// Network, transceivers, cabling, top-of-rack switches and insurance: +10–15 % of hardware capex.
pub const NETWORK_SHARE: Sourced = Sourced::new(
    0.125,
    src(
        "pseo-ai GPU TCO analysis: hidden network/ancillary capex +10–15 %",
        "https://v2-pseo-ai.pages.dev/tools/gpu-tco-analysis",
        2026,
        Confidence::Secondary,
    ),
);

/// PUE of an on-premises room (default of `site.pue`).
pub const ON_PREM_PUE: Sourced = Sourced::new(
    1.8,
    src(
        "Suggested on-prem small-room PUE 1.6–2.0 (Uptime 2025 global average 1.54)",
        "https://intelligence.uptimeinstitute.com/resource/uptime-institute-global-data-center-survey-2025",
        2025,
        Confidence::Estimate,
    ),
);

/// PUE of a colocation facility (default of `assumptions.colo_pue`).
pub const COLO_PUE: Sourced = Sourced::new(
    1.5,
    src(
        "Suggested enterprise/colocation PUE 1.4–1.6 (Uptime 2025: colo/enterprise 1.58–1.80, new builds ≤ 1.3)",
        "https://intelligence.uptimeinstitute.com/resource/uptime-institute-global-data-center-survey-2025",
        2025,
        Confidence::Estimate,
    ),
);

/// Colocation fee per contracted IT kW per month, excluding energy (default of
/// `assumptions.colo_eur_per_kw_month`).
pub const COLO_EUR_PER_KW_MONTH: Sourced = Sourced::new(
    180.0,
    src(
        "Suggested FLAP-D default €150–250/kW/month; Frankfurt €130–180 (datacentres.com); CBRE global $217",
        "https://www.datacentres.com/guides/european-data-centre-markets",
        2026,
        Confidence::Estimate,
    ),
);

/// Construction and fit-out of an AI-ready data hall, euros per IT kW (default of
/// `assumptions.facility_capex_eur_per_kw`). No figure in the reference: documented estimate.
pub const FACILITY_CAPEX_EUR_PER_KW: Sourced = estimate(
    10_000.0,
    "No figure in the reference: ≈ €10,000 per IT kW for an AI-ready hall (power, cooling, fit-out)",
);

/// Yearly upkeep and insurance of an on-premises hall, as a share of its construction cost: maintenance
/// contracts of the power and cooling plant (UPS, generators, chillers: about 2–3 % of their replacement
/// value a year) plus property insurance (about 0.3–0.5 %). No figure in the reference: an estimate,
/// editable through the construction cost it multiplies. Colocation fees include the provider's.
pub const FACILITY_UPKEEP_SHARE: Sourced = estimate(
    0.03,
    "No figure in the reference: plant maintenance ≈ 2–3 %/yr of replacement value + insurance ≈ 0.3–0.5 %: 3 %",
);

/// Life of the facility; its straight-line book value is returned at the horizon end.
pub const FACILITY_LIFE_YEARS: Sourced = Sourced::new(
    15.0,
    src(
        "Suggested facility M&E depreciation 10–15 years (building 20–30)",
        "https://shaulkoral.com/useful-life-of-servers-and-network-assets-at-tech-companies/",
        2025,
        Confidence::Estimate,
    ),
);

/// Power an idle GPU server draws, as a share of its nameplate power.
pub const IDLE_POWER_SHARE: Sourced = Sourced::new(
    0.2,
    src(
        "HotCarbon 2025 measured idle ≈ 9 % of loaded power on a 2-GPU server; dense 8-GPU nodes keep \
         NVSwitch, NICs, CPUs and fans running: 20 % of nameplate",
        "https://hotcarbon.org/assets/2025/paper-11.pdf",
        2025,
        Confidence::Estimate,
    ),
);

/// Share of the idle-to-nameplate range a fully busy GPU draws, by workload. Training keeps every GPU at
/// its power limit (sustained draw 75–85 % of nameplate: 0.2 + 0.8 × 0.75 = 0.80); fine-tuning runs shorter
/// jobs with more input pipeline stalls; inference batches vary through the day and are memory-bound,
/// so the average draw at the same utilisation is lower.
pub const TRAINING_POWER_FACTOR: Sourced = Sourced::new(
    0.75,
    src(
        "Sustained draw ≈ 75–85 % of nameplate under training (sourced-figures §2.1b): 0.2 + 0.8 × 0.75 = 0.80",
        "https://hotcarbon.org/assets/2025/paper-11.pdf",
        2025,
        Confidence::Estimate,
    ),
);

/// See [`TRAINING_POWER_FACTOR`].
pub const FINE_TUNING_POWER_FACTOR: Sourced = estimate(
    0.70,
    "Fine-tuning: shorter jobs, more data-loading stalls than pre-training",
);

/// See [`TRAINING_POWER_FACTOR`].
pub const INFERENCE_POWER_FACTOR: Sourced = estimate(
    0.60,
    "Inference: memory-bound decoding and variable batches draw less than training",
);

/// Fully loaded cost of an infrastructure/SRE engineer (default of `assumptions.staff_eur_per_fte`).
pub const STAFF_EUR_PER_FTE: Sourced = Sourced::new(
    100_000.0,
    src(
        "Suggested fully loaded infra/SRE cost: France (Paris) €90–115k, Germany €85–110k",
        "https://www.joberty.com",
        2025,
        Confidence::Estimate,
    ),
);

/// Smallest team that runs an owned GPU cluster with 24/7 on-call, for a cluster of at least
/// [`FULL_TEAM_GPUS`] GPUs.
pub const MIN_OPS_TEAM_FTE: Sourced = estimate(2.5, "Minimum 24/7 on-call team 2–3 FTE: middle");

/// Cluster size from which the whole minimum on-call team is needed: 32 eight-GPU servers. A smaller
/// fleet carries its pro-rata share of that team (its on-call is shared with the organisation's IT
/// operations and the vendor's support), at least [`MIN_OPS_FTE`]: twelve servers do not employ a
/// 24/7 team of their own. An estimate (no authoritative staffing source).
pub const FULL_TEAM_GPUS: f64 = 256.0;

/// Least staff an owned or rented GPU fleet needs, FTE.
pub const MIN_OPS_FTE: f64 = 0.5;

/// GPUs per engineer for small clusters (up to [`SMALL_CLUSTER_GPUS`]).
pub const GPUS_PER_FTE_SMALL: Sourced = estimate(
    375.0,
    "≈ 1 FTE per 250–500 GPUs below 1,000 GPUs (no authoritative source): middle",
);

/// GPUs per engineer at scale (from [`LARGE_CLUSTER_GPUS`]).
pub const GPUS_PER_FTE_LARGE: Sourced = estimate(1_000.0, "≈ 1 FTE per 1,000+ GPUs at scale");

/// Size up to which [`GPUS_PER_FTE_SMALL`] applies.
pub const SMALL_CLUSTER_GPUS: f64 = 1_000.0;

/// Size from which [`GPUS_PER_FTE_LARGE`] applies; in between the ratio grows log-linearly.
pub const LARGE_CLUSTER_GPUS: f64 = 10_000.0;

/// Facility staff of a 1 MW and of a 5 MW site (8 and 15 FTE for 24/7 coverage).
pub const FACILITY_FTE_1MW_5MW: (Sourced, Sourced) = (
    Sourced::new(
        8.0,
        src(
            "Small facilities 1–5 MW: 8–15 FTE for 24/7 coverage (staffing-firm blog)",
            "https://broadstaffglobal.com/?p=227122",
            2025,
            Confidence::Secondary,
        ),
    ),
    Sourced::new(
        15.0,
        src(
            "Small facilities 1–5 MW: 8–15 FTE for 24/7 coverage (staffing-firm blog)",
            "https://broadstaffglobal.com/?p=227122",
            2025,
            Confidence::Secondary,
        ),
    ),
);

/// Hardware maintenance per year as a share of hardware capex, from the second year of each server
/// generation (default of `assumptions.maintenance_share`).
pub const MAINTENANCE_SHARE: Sourced = Sourced::new(
    0.10,
    src(
        "Suggested 8–12 %/yr from year 2 (year 1 under warranty); traditional contracts 10–12 %",
        "https://librarytechnology.org",
        2026,
        Confidence::Estimate,
    ),
);

/// Months of warranty before maintenance is paid (maintenance starts in year 2).
pub const WARRANTY_MONTHS: usize = 12;

/// Software licences per owned GPU per year (default of `assumptions.software_eur_per_gpu_year`): the
/// operating system, cluster management and monitoring an owned cluster subscribes to. A cloud GPU
/// instance is billed with its OS image, managed cluster service and monitoring, so cloud options pay no
/// such line. Application licences (NVIDIA AI Enterprise, model licences) cost the same per GPU on every
/// option and are left out on every option.
pub const SOFTWARE_EUR_PER_GPU_YEAR: Sourced = estimate(
    500.0,
    "No figure in the reference: OS, cluster-management and monitoring subscriptions per owned GPU \
     (bundled in cloud instance prices)",
);

/// Delivery of cloud GPU capacity (quota, contract), months.
pub const CLOUD_CAPACITY_LEAD_MONTHS: Sourced = Sourced::new(
    1.5,
    src(
        "Cloud procurement of H100 capacity: 4–8 weeks",
        "https://theneuralbase.com",
        2025,
        Confidence::Secondary,
    ),
);

// ---------------------------------------------------------------------------------------------------
// Finance defaults.

/// Cost of capital (default of `finance.discount_rate`).
pub const DISCOUNT_RATE: Sourced = Sourced::new(
    0.08,
    src(
        "European corporate WACC 7–10 % nominal EUR (not verified; Damodaran industry data): 8 %",
        "https://pages.stern.nyu.edu/~adamodar/New_Home_Page/datacurrent.html",
        2026,
        Confidence::Estimate,
    ),
);

/// Depreciation and refresh period of GPU servers (default of `finance.depreciation_years`).
pub const DEPRECIATION_YEARS: Sourced = Sourced::new(
    4.0,
    src(
        "Suggested 4 years (3–6; hyperscalers 5–6 in their accounts: Microsoft, Alphabet, Meta, Amazon)",
        "https://shaulkoral.com/useful-life-of-servers-and-network-assets-at-tech-companies/",
        2025,
        Confidence::Estimate,
    ),
);

/// Resale value at the end of the depreciation period (default of `finance.residual_value_share`).
pub const RESIDUAL_VALUE_SHARE: Sourced = Sourced::new(
    0.20,
    src(
        "25–35 % after 36 months (pseo-ai): ≈ 20 % after the 4-year default",
        "https://v2-pseo-ai.pages.dev/tools/gpu-tco-analysis",
        2026,
        Confidence::Estimate,
    ),
);

/// US dollars per euro (default of `finance.usd_per_eur`).
pub const USD_PER_EUR: Sourced = Sourced::new(
    1.1403,
    src(
        "ECB euro reference rate, 25 Sep 2026",
        "https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/",
        2026,
        Confidence::Verified,
    ),
);

/// Data Act (Reg. (EU) 2023/2854) Art. 29: no switching charges, egress for the switch included, from
/// 12 January 2027 (year, month, day).
pub const DATA_ACT_NO_SWITCHING_CHARGES: ((u16, u8, u8), Source) = (
    (2027, 1, 12),
    src(
        "Data Act Art. 29: switching charges banned from 12 Jan 2027",
        "https://datenschutzgesetze.externer-datenschutzbeauftragter-dresden.de/en/data-act/p-29",
        2023,
        Confidence::Verified,
    ),
);

// ---------------------------------------------------------------------------------------------------
// Staff functions.

/// GPUs one engineer runs: [`GPUS_PER_FTE_SMALL`] up to 1,000 GPUs, [`GPUS_PER_FTE_LARGE`] from 10,000,
/// log-linear in between (so the team still grows with the fleet: n / ratio ∝ n^0.57 there).
pub fn gpus_per_fte(gpu_count: f64) -> f64 {
    let (small, large) = (GPUS_PER_FTE_SMALL.value, GPUS_PER_FTE_LARGE.value);
    if gpu_count <= SMALL_CLUSTER_GPUS {
        small
    } else if gpu_count >= LARGE_CLUSTER_GPUS {
        large
    } else {
        let t = (gpu_count / SMALL_CLUSTER_GPUS).ln() / (LARGE_CLUSTER_GPUS / SMALL_CLUSTER_GPUS).ln();
        small * (large / small).powf(t)
    }
}

/// Engineers to run an owned GPU cluster (servers, network, scheduler, on-call), FTE:
/// `max(N ÷ gpus_per_fte(N), max(0.5, 2.5 × min(1, N ÷ 256)))`.
pub fn cluster_ops_fte(gpu_count: f64) -> f64 {
    let floor = (MIN_OPS_TEAM_FTE.value * (gpu_count / FULL_TEAM_GPUS).min(1.0)).max(MIN_OPS_FTE);
    (gpu_count / gpus_per_fte(gpu_count)).max(floor)
}

/// Facility staff of an on-premises hall of `facility_mw` (peak facility power), FTE: 8 FTE per MW up
/// to 1 MW (a small room shares building staff pro rata), then the line through 8 FTE at 1 MW and
/// 15 FTE at 5 MW.
pub fn facility_fte(facility_mw: f64) -> f64 {
    let (at_1, at_5) = (FACILITY_FTE_1MW_5MW.0.value, FACILITY_FTE_1MW_5MW.1.value);
    if facility_mw <= 1.0 {
        at_1 * facility_mw
    } else {
        at_1 + (at_5 - at_1) / 4.0 * (facility_mw - 1.0)
    }
}

/// Staff of an option, FTE: on premises runs the cluster and the facility, colocation only the cluster,
/// a cloud option a quarter of the cluster team with at least half an engineer.
pub fn staff_fte(option: DeploymentOption, gpu_count: f64, facility_mw: f64) -> f64 {
    match cloud_offer(option) {
        Some(offer) => (offer.staff_share.value * gpu_count / gpus_per_fte(gpu_count)).max(MIN_OPS_FTE),
        None if option == DeploymentOption::OnPremises => {
            cluster_ops_fte(gpu_count) + facility_fte(facility_mw)
        }
        None => cluster_ops_fte(gpu_count),
    }
}

/// Every sourced default of this module, as `(key, source)`.
pub fn sources() -> Vec<(&'static str, Source)> {
    let mut out = vec![
        ("owned.network_share", NETWORK_SHARE.source),
        ("owned.on_prem_pue", ON_PREM_PUE.source),
        ("owned.colo_pue", COLO_PUE.source),
        ("owned.colo_eur_per_kw_month", COLO_EUR_PER_KW_MONTH.source),
        (
            "owned.facility_capex_eur_per_kw",
            FACILITY_CAPEX_EUR_PER_KW.source,
        ),
        ("owned.facility_life_years", FACILITY_LIFE_YEARS.source),
        ("owned.facility_upkeep_share", FACILITY_UPKEEP_SHARE.source),
        ("owned.idle_power_share", IDLE_POWER_SHARE.source),
        ("owned.training_power_factor", TRAINING_POWER_FACTOR.source),
        ("owned.fine_tuning_power_factor", FINE_TUNING_POWER_FACTOR.source),
        ("owned.inference_power_factor", INFERENCE_POWER_FACTOR.source),
        ("owned.staff_eur_per_fte", STAFF_EUR_PER_FTE.source),
        ("owned.min_ops_team_fte", MIN_OPS_TEAM_FTE.source),
        ("owned.gpus_per_fte_small", GPUS_PER_FTE_SMALL.source),
        ("owned.gpus_per_fte_large", GPUS_PER_FTE_LARGE.source),
        ("owned.facility_fte_1mw", FACILITY_FTE_1MW_5MW.0.source),
        ("owned.facility_fte_5mw", FACILITY_FTE_1MW_5MW.1.source),
        ("owned.maintenance_share", MAINTENANCE_SHARE.source),
        (
            "owned.software_eur_per_gpu_year",
            SOFTWARE_EUR_PER_GPU_YEAR.source,
        ),
        ("cloud.capacity_lead_months", CLOUD_CAPACITY_LEAD_MONTHS.source),
        ("finance.discount_rate", DISCOUNT_RATE.source),
        ("finance.depreciation_years", DEPRECIATION_YEARS.source),
        ("finance.residual_value_share", RESIDUAL_VALUE_SHARE.source),
        ("finance.usd_per_eur", USD_PER_EUR.source),
        (
            "cloud.data_act_no_switching_charges",
            DATA_ACT_NO_SWITCHING_CHARGES.1,
        ),
    ];
    for offer in &CLOUD_OFFERS {
        out.extend(offer.sources());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cloud_offers_are_in_cloud_option_order() {
        for (i, option) in CLOUD_OPTIONS.iter().enumerate() {
            assert_eq!(CLOUD_OFFERS[i].option, *option);
            assert_eq!(cloud_index(*option), Some(i));
        }
        assert!(cloud_offer(DeploymentOption::Colocation).is_none());
    }

    #[test]
    fn cluster_staff_follows_the_rule_of_thumb() {
        // 100 GPUs: 100/375 = 0.27 FTE, below the pro-rata on-call floor 2.5 × 100/256 = 0.98 FTE.
        assert!((cluster_ops_fte(100.0) - 2.5 * 100.0 / 256.0).abs() < 1e-12);
        // 12 servers (96 GPUs): 0.94 FTE; 2 servers: the 0.5 FTE minimum; 256 GPUs and more: 2.5 FTE.
        assert!((cluster_ops_fte(96.0) - 0.9375).abs() < 1e-12);
        assert_eq!(cluster_ops_fte(16.0), 0.5);
        assert_eq!(cluster_ops_fte(300.0), 2.5);
        // 3,000 GPUs: ratio 375 × (1000/375)^(ln 3 / ln 10) = 375 × 2.667^0.4771 = 598.4; 3000/598.4 = 5.01.
        let fte = cluster_ops_fte(3_000.0);
        assert!((fte - 5.013).abs() < 0.01, "{fte}");
        // 20,000 GPUs: 1 per 1,000 = 20 FTE.
        assert_eq!(cluster_ops_fte(20_000.0), 20.0);
    }

    #[test]
    fn facility_staff_is_continuous_at_one_megawatt() {
        assert!((facility_fte(1.0) - 8.0).abs() < 1e-12);
        assert!((facility_fte(5.0) - 15.0).abs() < 1e-12);
        assert!((facility_fte(0.5) - 4.0).abs() < 1e-12);
    }

    #[test]
    fn staff_never_falls_when_the_fleet_grows() {
        let mut last = 0.0;
        for n in (1..=100_000).step_by(97) {
            let fte = cluster_ops_fte(n as f64);
            assert!(fte >= last, "{n}");
            last = fte;
        }
    }

    #[test]
    fn every_key_is_unique() {
        let keys: Vec<_> = sources().into_iter().map(|(k, _)| k).collect();
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), keys.len());
    }
}
