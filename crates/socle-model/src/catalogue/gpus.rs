//! Accelerator catalogue: power, price, lead time, throughput and cloud prices of every [`GpuModel`].
//!
//! Figures from `sourced-figures.md` §2.1 (power, price, lead time) and §2.2 (cloud GPU-hour prices).
//! NVIDIA publishes no list prices: purchase prices are the middle of the street ranges compiled there.
//! Cloud prices are on-demand, per GPU-hour, for the three cloud options in the order EU sovereign cloud,
//! US sovereign offer, US public cloud ([`crate::catalogue::options::CLOUD_OPTIONS`]). Each is kept in the
//! currency its price list quotes ([`GpuSpec::cloud_currency`]) and converted at the scenario's exchange rate
//! by the model ([`crate::tco::cloud_price_eur_gpu_h`]).
//! Where no price is published for a model on an option, it is derived (confidence `Estimate`) by a
//! documented method named in its source label: the US sovereign offer is the public list price plus the
//! premium of [`US_SOVEREIGN_PREMIUM`]; GB200 is the B200 price of the same option scaled by relative
//! throughput; an AMD model without a quoted price on an option is the price of a comparable quoted model
//! scaled by a quoted market ratio (MI300X) or by the purchase-price ratio (MI355X).

use super::{Currency, Sourced};
use crate::scenario::GpuModel;
use crate::source::{Confidence, Source};
use serde::Serialize;

/// Accelerator vendor (both are US companies: see [`GpuSpec::us_export_controlled`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Vendor {
    /// NVIDIA (Santa Clara, US).
    Nvidia,
    /// AMD (Santa Clara, US).
    Amd,
}

/// One accelerator model with its sourced figures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GpuSpec {
    /// The model.
    pub model: GpuModel,
    /// Product name (not translated).
    pub name: &'static str,
    /// Who makes it.
    pub vendor: Vendor,
    /// Board power (TDP) per GPU, watts.
    pub board_power_w: Sourced,
    /// Server IT power at nameplate ÷ GPU board power (CPUs, switches, NICs, fans, PSU losses).
    pub server_overhead: Sourced,
    /// Purchase price per GPU, US dollars (for GB200: the per-GPU share of an NVL72 rack).
    pub price_usd: Sourced,
    /// Server cost per GPU ÷ GPU price: 1/0.65 for HGX/OAM/PCIe servers, 1.0 when the price is already a
    /// whole-system share (GB200 NVL72). Network and ancillaries come on top
    /// ([`super::options::NETWORK_SHARE`]).
    pub system_multiplier: Sourced,
    /// Typical delivery lead time for a new order, months.
    pub lead_time_months: Sourced,
    /// Throughput relative to an H100 SXM on a mixed training/inference load.
    pub relative_throughput: Sourced,
    /// Requires direct liquid cooling.
    pub liquid_cooled: bool,
    /// Subject to US export controls (Export Administration Regulations): true for every model here.
    pub us_export_controlled: bool,
    /// On-demand price per GPU-hour, in euros at the catalogue's exchange rate
    /// ([`super::options::USD_PER_EUR`], 1.1403): EU sovereign cloud, US sovereign offer, US public cloud.
    /// A dollar-quoted price is its quote ÷ 1.1403; the model converts it back with the scenario's rate.
    pub cloud_eur_gpu_h: [Sourced; 3],
    /// Currency each cloud price is quoted in.
    pub cloud_currency: [Currency; 3],
}

impl GpuSpec {
    /// Cloud price `i` as quoted, per GPU-hour: the amount in its own currency.
    pub fn cloud_quote(&self, i: usize) -> (f64, Currency) {
        let currency = self.cloud_currency[i];
        (
            currency.from_catalogue_eur(self.cloud_eur_gpu_h[i].value),
            currency,
        )
    }
}

/// A price quoted in dollars, stored in euros at the catalogue rate.
#[derive(Clone, Copy)]
struct Quote {
    eur: Sourced,
    currency: Currency,
}

const fn usd_quote(usd: f64, source: Source) -> Quote {
    Quote {
        eur: Sourced::new(usd * EUR_PER_USD_2026, source),
        currency: Currency::Usd,
    }
}

const fn eur_quote(eur: f64, source: Source) -> Quote {
    Quote {
        eur: Sourced::new(eur, source),
        currency: Currency::Eur,
    }
}

const fn prices(q: [Quote; 3]) -> [Sourced; 3] {
    [q[0].eur, q[1].eur, q[2].eur]
}

const fn currencies(q: [Quote; 3]) -> [Currency; 3] {
    [q[0].currency, q[1].currency, q[2].currency]
}

/// Rule of thumb: server IT power at nameplate ≈ 1.8 × Σ GPU TDP (sourced-figures §2.1b). DGX H100/H200:
/// 10.2 kW for 8 × 700 W (+82 %); DGX B200: 14.3 kW for 8 × 1,000 W (+79 %).
pub const DGX_OVERHEAD: Sourced = Sourced::new(
    1.8,
    Source {
        label:
            "NVIDIA DGX H100/H200 (10.2 kW, 8×700 W) and DGX B200 (14.3 kW, 8×1,000 W) user guides: ×1.8 rule",
        url: "https://docs.nvidia.com/dgx/dgxb200-user-guide/introduction-to-dgxb200.html",
        year: 2025,
        confidence: Confidence::Estimate,
    },
);

/// GPUs are about 60–70 % of an 8-GPU server's cost (amcompute via sourced-figures §2.1c): the server costs
/// the GPU price ÷ 0.65. With [`super::options::NETWORK_SHARE`] an H100 lands at $27.5k × 1.54 × 1.125 ≈
/// $47.6k, inside the sourced all-in range of $45–52k per GPU (tech-talk-cto, Aug 2024).
pub const HGX_SYSTEM_MULTIPLIER: Sourced = Sourced::new(
    1.0 / 0.65,
    Source {
        label: "amcompute.com: GPUs ≈ 60–70 % of server cost (server = GPU price ÷ 0.65)",
        url: "https://www.amcompute.com",
        year: 2026,
        confidence: Confidence::Estimate,
    },
);

/// Premium of a US hyperscaler's sovereign offer over its public region: the AWS European Sovereign
/// Cloud carries 10–15 % over standard regions (Devoteam, Jan 2026); 12.5 % is used. It had no GPU
/// instances at launch, so every US sovereign GPU price here is this premium applied to the public price.
pub const US_SOVEREIGN_PREMIUM: Sourced = Sourced::new(
    0.125,
    Source {
        label: "Devoteam, AWS European Sovereign Cloud CIO recommendations: 10–15 % premium over standard regions",
        url: "https://www.devoteam.com/en-pt/expert-view/aws-european-sovereign-cloud-cio-recommendations/",
        year: 2026,
        confidence: Confidence::Secondary,
    },
);

/// Euros per US dollar at which dollar-quoted cloud prices are stored (ECB reference rate of 25 Sep 2026,
/// 1 EUR = 1.1403 USD, the rate used by the compilation); [`GpuSpec::cloud_quote`] gives the quote back.
const EUR_PER_USD_2026: f64 = 1.0 / super::options::USD_PER_EUR.value;

const fn src(label: &'static str, url: &'static str, year: u16, confidence: Confidence) -> Source {
    Source {
        label,
        url,
        year,
        confidence,
    }
}

const fn estimate(label: &'static str) -> Source {
    src(label, "", 2026, Confidence::Estimate)
}

const THROUGHPUT_URL: &str = "https://mlcommons.org/benchmarks/inference-datacenter/";

/// US sovereign price derived from the public price of the same model (same currency).
const fn sovereign(public: Quote) -> Quote {
    Quote {
        eur: Sourced::new(
            public.eur.value * (1.0 + US_SOVEREIGN_PREMIUM.value),
            estimate("US public-cloud price + 12.5 % sovereign premium (Devoteam 10–15 %)"),
        ),
        currency: public.currency,
    }
}

// Listed on-demand prices, euros per GPU-hour (sourced-figures §2.2, 2026-09-26).
const SCALEWAY_H100: Quote = eur_quote(
    25.3308 / 8.0,
    src(
        "Scaleway H100-SXM-8-80G, fr-par-2: €25.33/h for 8 GPUs",
        "https://www.scaleway.com/en/pricing/gpu/",
        2026,
        Confidence::Verified,
    ),
);
const AWS_P5_STOCKHOLM: Quote = usd_quote(
    58.8928 / 8.0,
    src(
        "AWS p5.48xlarge (8× H100), eu-north-1: $58.89/h on demand",
        "https://aws.amazon.com/ec2/pricing/on-demand/",
        2026,
        Confidence::Verified,
    ),
);
const OVH_H200: Quote = eur_quote(
    42.0 / 8.0,
    src(
        "OVHcloud h200-1920 (8× H200), France: €42.00/h",
        "https://www.ovhcloud.com/fr/public-cloud/prices/",
        2026,
        Confidence::Verified,
    ),
);
const AWS_P5EN_STOCKHOLM: Quote = usd_quote(
    67.7267 / 8.0,
    src(
        "AWS p5en.48xlarge (8× H200), eu-north-1: $67.73/h on demand",
        "https://aws.amazon.com/ec2/pricing/on-demand/",
        2026,
        Confidence::Verified,
    ),
);
const NEBIUS_B200: Quote = usd_quote(
    8.50,
    src(
        "Nebius HGX B200, EU: $8.50 per GPU-hour from 1 Oct 2026",
        "https://nebius.com/prices",
        2026,
        Confidence::Verified,
    ),
);
const AWS_P6_PARIS: Quote = usd_quote(
    174.3172 / 8.0,
    src(
        "AWS p6-b200.48xlarge (8× B200), eu-west-3 Paris: $174.32/h on demand",
        "https://aws.amazon.com/ec2/pricing/on-demand/",
        2026,
        Confidence::Verified,
    ),
);
const OVH_L40S: Quote = eur_quote(
    1.40,
    src(
        "OVHcloud l40s-90 (1× L40S), France: €1.40/h",
        "https://www.ovhcloud.com/fr/public-cloud/prices/",
        2026,
        Confidence::Verified,
    ),
);

/// A price scaled from a listed model of the same option by a documented ratio (same currency).
const fn scaled(base: Quote, ratio: f64, label: &'static str) -> Quote {
    Quote {
        eur: Sourced::new(base.eur.value * ratio, estimate(label)),
        currency: base.currency,
    }
}

const CLIFF_CENTER_AMD: &str = "https://www.cliffcenter.com/research/amd-inference-economics";

/// MI300X on a US hyperscaler: Azure lists it at $6 per GPU-hour (Cliff Center research note, 18 May 2026,
/// quoting Azure and Oracle at $6/h). A US-region list price: no EU-region quote was found.
const AZURE_MI300X: Quote = usd_quote(
    6.00,
    src(
        "Azure ND MI300X v5: $6.00 per GPU-hour on demand (Cliff Center, May 2026; US list)",
        CLIFF_CENTER_AMD,
        2026,
        Confidence::Secondary,
    ),
);

/// No EU sovereign provider (OVHcloud, Scaleway, Nebius) publishes an MI300X price: estimate from the
/// quoted market, the EU sovereign H100 price × the ratio of the median on-demand MI300X and H100 rental
/// prices quoted across providers ($1.99 ÷ $3.49, Cliff Center, May 2026).
const EU_MI300X: Quote = Quote {
    eur: Sourced::new(
        25.3308 / 8.0 * (1.99 / 3.49),
        src(
            "No EU sovereign MI300X price published: Scaleway H100 €3.17 × median MI300X/H100 rental $1.99/$3.49",
            CLIFF_CENTER_AMD,
            2026,
            Confidence::Estimate,
        ),
    ),
    currency: Currency::Eur,
};

/// MI355X purchase price ÷ B200 purchase price ($23,000 ÷ $39,000): no MI355X rental price is published
/// by an EU sovereign provider or a US hyperscaler's EU region, so its price on each option is that
/// option's quoted B200 price × this ratio (rental prices follow the capital cost of the accelerator).
const MI355X_TO_B200_PRICE: f64 = 23_000.0 / 39_000.0;

const fn throughput(value: f64, label: &'static str) -> Sourced {
    Sourced::new(value, src(label, THROUGHPUT_URL, 2025, Confidence::Estimate))
}

const fn lead(months: f64, label: &'static str) -> Sourced {
    Sourced::new(months, estimate(label))
}

// Relative throughputs (H100 SXM = 1), from MLPerf Inference/Training results and vendor claims; the
// spread between benchmarks is wide, so each value is a documented middle of the range.
const H200_SPEED: f64 = 1.6;
const B200_SPEED: f64 = 2.5;
const GB200_SPEED: f64 = 3.0;
const MI300X_SPEED: f64 = 1.1;
const MI355X_SPEED: f64 = 2.2;
const L40S_SPEED: f64 = 0.35;

const H100_CLOUD: [Quote; 3] = [SCALEWAY_H100, sovereign(AWS_P5_STOCKHOLM), AWS_P5_STOCKHOLM];
const H200_CLOUD: [Quote; 3] = [OVH_H200, sovereign(AWS_P5EN_STOCKHOLM), AWS_P5EN_STOCKHOLM];
const B200_CLOUD: [Quote; 3] = [NEBIUS_B200, sovereign(AWS_P6_PARIS), AWS_P6_PARIS];
const GB200_AWS: Quote = scaled(
    AWS_P6_PARIS,
    GB200_SPEED / B200_SPEED,
    "AWS B200 price × throughput 3.0/2.5",
);
const GB200_CLOUD: [Quote; 3] = [
    scaled(
        NEBIUS_B200,
        GB200_SPEED / B200_SPEED,
        "Nebius B200 price × throughput 3.0/2.5",
    ),
    sovereign(GB200_AWS),
    GB200_AWS,
];
const MI300X_CLOUD: [Quote; 3] = [EU_MI300X, sovereign(AZURE_MI300X), AZURE_MI300X];
const MI355X_AWS: Quote = scaled(
    AWS_P6_PARIS,
    MI355X_TO_B200_PRICE,
    "No MI355X price published in EU regions: AWS B200 price × purchase price ratio $23k/$39k",
);
const MI355X_CLOUD: [Quote; 3] = [
    scaled(
        NEBIUS_B200,
        MI355X_TO_B200_PRICE,
        "No EU sovereign MI355X price published: Nebius B200 price × purchase price ratio $23k/$39k",
    ),
    sovereign(MI355X_AWS),
    MI355X_AWS,
];
const L40S_AWS: Quote = scaled(
    AWS_P5_STOCKHOLM,
    L40S_SPEED,
    "No AWS L40S price in the reference: AWS H100 price × throughput 0.35",
);
const L40S_CLOUD: [Quote; 3] = [OVH_L40S, sovereign(L40S_AWS), L40S_AWS];

/// The catalogue, in [`GpuModel::ALL`] order.
pub static GPUS: [GpuSpec; 7] = [
    GpuSpec {
        model: GpuModel::H100Sxm,
        name: "NVIDIA H100 SXM5 80 GB",
        vendor: Vendor::Nvidia,
        board_power_w: Sourced::new(
            700.0,
            src(
                "NVIDIA H100 product page: up to 700 W",
                "https://www.nvidia.com/en-us/data-center/h100/",
                2022,
                Confidence::Verified,
            ),
        ),
        server_overhead: DGX_OVERHEAD,
        price_usd: Sourced::new(
            27_500.0,
            src(
                "Street price $25–30k new (awesomeagents; aiinframap mid-2026 ≈ $30k): middle",
                "https://www.aiinframap.com/tools/chips/h100-vs-h200-vs-b200-tco",
                2026,
                Confidence::Secondary,
            ),
        ),
        system_multiplier: HGX_SYSTEM_MULTIPLIER,
        lead_time_months: lead(
            3.0,
            "Suggested Hopper lead time 2–4 months (sourced-figures §2.1d): middle",
        ),
        relative_throughput: throughput(1.0, "Reference accelerator (H100 SXM = 1)"),
        liquid_cooled: false,
        us_export_controlled: true,
        cloud_eur_gpu_h: prices(H100_CLOUD),
        cloud_currency: currencies(H100_CLOUD),
    },
    GpuSpec {
        model: GpuModel::H200,
        name: "NVIDIA H200 SXM 141 GB",
        vendor: Vendor::Nvidia,
        board_power_w: Sourced::new(
            700.0,
            src(
                "MLPerf Inference v4.1 system description H200-SXM-141GBx8: TGP 700 W",
                "https://github.com/mlcommons/inference_results_v4.1",
                2024,
                Confidence::Verified,
            ),
        ),
        server_overhead: DGX_OVERHEAD,
        price_usd: Sourced::new(
            31_500.0,
            src(
                "Street price $28–35k (runlocalai $28–31k retail; aiinframap ≈ $35k): middle",
                "https://www.aiinframap.com/tools/chips/h100-vs-h200-vs-b200-tco",
                2026,
                Confidence::Secondary,
            ),
        ),
        system_multiplier: HGX_SYSTEM_MULTIPLIER,
        lead_time_months: lead(
            3.0,
            "Suggested Hopper lead time 2–4 months (sourced-figures §2.1d): middle",
        ),
        relative_throughput: throughput(
            H200_SPEED,
            "1.4–1.9× H100 on inference (MLPerf v4.1, NVIDIA claims): 1.6",
        ),
        liquid_cooled: false,
        us_export_controlled: true,
        cloud_eur_gpu_h: prices(H200_CLOUD),
        cloud_currency: currencies(H200_CLOUD),
    },
    GpuSpec {
        model: GpuModel::B200,
        name: "NVIDIA B200",
        vendor: Vendor::Nvidia,
        board_power_w: Sourced::new(
            1_000.0,
            src(
                "NVIDIA DGX B200 user guide: 8 GPUs × 1,000 W",
                "https://docs.nvidia.com/dgx/dgxb200-user-guide/introduction-to-dgxb200.html",
                2025,
                Confidence::Verified,
            ),
        ),
        server_overhead: DGX_OVERHEAD,
        price_usd: Sourced::new(
            39_000.0,
            src(
                "Street price $35–43k (Morgan Stanley, runlocalai, aiinframap): middle",
                "https://www.aiinframap.com/tools/chips/h100-vs-h200-vs-b200-tco",
                2026,
                Confidence::Secondary,
            ),
        ),
        system_multiplier: HGX_SYSTEM_MULTIPLIER,
        lead_time_months: lead(
            6.0,
            "Suggested Blackwell lead time 4–9 months (sourced-figures §2.1d)",
        ),
        relative_throughput: throughput(
            B200_SPEED,
            "≈ 2.5× H100 (MLPerf Training/Inference v5.0, vendor claims)",
        ),
        liquid_cooled: false,
        us_export_controlled: true,
        cloud_eur_gpu_h: prices(B200_CLOUD),
        cloud_currency: currencies(B200_CLOUD),
    },
    GpuSpec {
        model: GpuModel::Gb200,
        name: "NVIDIA GB200 NVL72 (per GPU)",
        vendor: Vendor::Nvidia,
        board_power_w: Sourced::new(
            1_200.0,
            src(
                "NVIDIA GB200 NVL72 page: ≈ 1,200 W per Blackwell GPU (not verified)",
                "https://www.nvidia.com/en-us/data-center/gb200-nvl72/",
                2025,
                Confidence::Estimate,
            ),
        ),
        server_overhead: Sourced::new(
            126_000.0 / 72.0 / 1_200.0,
            src(
                "NVL72 rack 120–132 kW for 72 GPUs of 1.2 kW: 126 kW ÷ 72 ÷ 1.2 kW",
                "https://awesomeagents.ai/hardware/nvidia-gb200-nvl72",
                2025,
                Confidence::Secondary,
            ),
        ),
        price_usd: Sourced::new(
            2_500_000.0 / 72.0,
            src(
                "NVL72 rack $2.0–3.0M for 72 GPUs (awesomeagents, xatakaon): $2.5M ÷ 72, rack included",
                "https://awesomeagents.ai/hardware/nvidia-gb200-nvl72",
                2025,
                Confidence::Secondary,
            ),
        ),
        system_multiplier: Sourced::new(
            1.0,
            estimate("Rack price already includes CPUs, NVLink switches and chassis"),
        ),
        lead_time_months: lead(
            9.0,
            "Suggested GB200 NVL72 rack lead time 6–12 months (sourced-figures §2.1d)",
        ),
        relative_throughput: throughput(
            GB200_SPEED,
            "≈ 3× H100 per GPU (NVL72 domain; SemiAnalysis, vendor claims)",
        ),
        liquid_cooled: true,
        us_export_controlled: true,
        cloud_eur_gpu_h: prices(GB200_CLOUD),
        cloud_currency: currencies(GB200_CLOUD),
    },
    GpuSpec {
        model: GpuModel::Mi300x,
        name: "AMD Instinct MI300X 192 GB",
        vendor: Vendor::Amd,
        board_power_w: Sourced::new(
            750.0,
            src(
                "AMD MI300X datasheet: 750 W (via aiwiki)",
                "https://aiwiki.ai/wiki/amd_instinct_mi355x",
                2023,
                Confidence::Secondary,
            ),
        ),
        server_overhead: DGX_OVERHEAD,
        price_usd: Sourced::new(
            12_500.0,
            src(
                "Street price $10–15k (awesomeagents): middle",
                "https://awesomeagents.ai",
                2025,
                Confidence::Secondary,
            ),
        ),
        system_multiplier: HGX_SYSTEM_MULTIPLIER,
        lead_time_months: lead(
            2.0,
            "Suggested AMD MI3xx lead time 1–3 months (sourced-figures §2.1d): middle",
        ),
        relative_throughput: throughput(MI300X_SPEED, "1.0–1.3× H100 on inference (MLPerf v4.1/v5.0): 1.1"),
        liquid_cooled: false,
        us_export_controlled: true,
        cloud_eur_gpu_h: prices(MI300X_CLOUD),
        cloud_currency: currencies(MI300X_CLOUD),
    },
    GpuSpec {
        model: GpuModel::Mi355x,
        name: "AMD Instinct MI355X 288 GB",
        vendor: Vendor::Amd,
        board_power_w: Sourced::new(
            1_400.0,
            src(
                "The Register, 12 Jun 2025: MI355X 1,400 W liquid-cooled",
                "https://www.theregister.com/2025/06/12/amd_mi355x/",
                2025,
                Confidence::Secondary,
            ),
        ),
        server_overhead: DGX_OVERHEAD,
        price_usd: Sourced::new(
            23_000.0,
            src(
                "HSBC analyst ASP $23,000 (cut from $25,000)",
                "https://moneycheck.com/amd-stock-why-this-analyst-still-loves-amd-despite-price-cut",
                2025,
                Confidence::Secondary,
            ),
        ),
        system_multiplier: HGX_SYSTEM_MULTIPLIER,
        lead_time_months: lead(
            3.0,
            "Suggested AMD MI3xx lead time 1–3 months; newest part: upper end",
        ),
        relative_throughput: throughput(MI355X_SPEED, "≈ 2.2× H100 (AMD claims, MLPerf Inference v5.1)"),
        liquid_cooled: true,
        us_export_controlled: true,
        cloud_eur_gpu_h: prices(MI355X_CLOUD),
        cloud_currency: currencies(MI355X_CLOUD),
    },
    GpuSpec {
        model: GpuModel::L40s,
        name: "NVIDIA L40S 48 GB",
        vendor: Vendor::Nvidia,
        board_power_w: Sourced::new(
            350.0,
            src(
                "NVIDIA L40S product page: 350 W",
                "https://www.nvidia.com/en-us/data-center/l40s/",
                2023,
                Confidence::Verified,
            ),
        ),
        server_overhead: DGX_OVERHEAD,
        price_usd: Sourced::new(
            (7_873.0 + 9_084.0) / 2.0 * 1.1403,
            src(
                "geizhals.de, 17 DE/AT offers €7,873–9,084 excl. VAT: middle × 1.1403 USD/EUR",
                "https://geizhals.de",
                2026,
                Confidence::Verified,
            ),
        ),
        system_multiplier: HGX_SYSTEM_MULTIPLIER,
        lead_time_months: lead(
            1.0,
            "PCIe card stocked by distributors (17 offers on geizhals.de): 1 month",
        ),
        relative_throughput: throughput(
            L40S_SPEED,
            "≈ 0.35× H100 (PCIe, no NVLink; MLPerf Inference v4.1)",
        ),
        liquid_cooled: false,
        us_export_controlled: true,
        cloud_eur_gpu_h: prices(L40S_CLOUD),
        cloud_currency: currencies(L40S_CLOUD),
    },
];

/// The catalogue entry of a model.
pub fn gpu(model: GpuModel) -> &'static GpuSpec {
    match model {
        GpuModel::H100Sxm => &GPUS[0],
        GpuModel::H200 => &GPUS[1],
        GpuModel::B200 => &GPUS[2],
        GpuModel::Gb200 => &GPUS[3],
        GpuModel::Mi300x => &GPUS[4],
        GpuModel::Mi355x => &GPUS[5],
        GpuModel::L40s => &GPUS[6],
    }
}

impl GpuSpec {
    /// Server IT power per GPU at nameplate, kilowatts (board power × server overhead).
    pub fn nameplate_kw_per_gpu(&self) -> f64 {
        self.board_power_w.value * self.server_overhead.value / 1_000.0
    }

    /// Every sourced figure of the entry, as `(key, source)`; keys read `gpu.<model>.<field>`.
    pub fn sources(&self) -> [(&'static str, Source); 9] {
        macro_rules! keys {
            ($p:literal) => {
                [
                    concat!("gpu.", $p, ".board_power_w"),
                    concat!("gpu.", $p, ".server_overhead"),
                    concat!("gpu.", $p, ".price_usd"),
                    concat!("gpu.", $p, ".system_multiplier"),
                    concat!("gpu.", $p, ".lead_time_months"),
                    concat!("gpu.", $p, ".relative_throughput"),
                    concat!("gpu.", $p, ".cloud_eur_gpu_h.eu_sovereign_cloud"),
                    concat!("gpu.", $p, ".cloud_eur_gpu_h.us_sovereign_offer"),
                    concat!("gpu.", $p, ".cloud_eur_gpu_h.us_public_cloud"),
                ]
            };
        }
        let keys = match self.model {
            GpuModel::H100Sxm => keys!("h100_sxm"),
            GpuModel::H200 => keys!("h200"),
            GpuModel::B200 => keys!("b200"),
            GpuModel::Gb200 => keys!("gb200"),
            GpuModel::Mi300x => keys!("mi300x"),
            GpuModel::Mi355x => keys!("mi355x"),
            GpuModel::L40s => keys!("l40s"),
        };
        let [eu, us_sov, us_pub] = self.cloud_eur_gpu_h;
        let sources = [
            self.board_power_w.source,
            self.server_overhead.source,
            self.price_usd.source,
            self.system_multiplier.source,
            self.lead_time_months.source,
            self.relative_throughput.source,
            eu.source,
            us_sov.source,
            us_pub.source,
        ];
        std::array::from_fn(|i| (keys[i], sources[i]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_returns_the_entry_of_the_model() {
        for m in GpuModel::ALL {
            assert_eq!(gpu(m).model, m);
        }
    }

    #[test]
    fn us_sovereign_price_is_public_price_plus_premium() {
        for spec in &GPUS {
            let [_, sovereign, public] = spec.cloud_eur_gpu_h;
            let expected = public.value * (1.0 + US_SOVEREIGN_PREMIUM.value);
            assert!((sovereign.value - expected).abs() < 1e-9, "{}", spec.name);
        }
    }

    #[test]
    fn h100_all_in_capex_lands_in_the_sourced_45_to_52k_range() {
        // $27,500 × (1/0.65) × 1.125 = $47,596 per GPU; tech-talk-cto: $45–52k all-in per H100.
        let h100 = gpu(GpuModel::H100Sxm);
        let all_in = h100.price_usd.value * h100.system_multiplier.value * (1.0 + 0.125);
        assert!((45_000.0..=52_000.0).contains(&all_in), "{all_in}");
    }

    #[test]
    fn dgx_h100_nameplate_matches_the_user_guide() {
        // 8 GPUs × 0.7 kW × 1.8 = 10.08 kW, against 10.2 kW max in the DGX H100 user guide.
        let kw = 8.0 * gpu(GpuModel::H100Sxm).nameplate_kw_per_gpu();
        assert!((kw - 10.08).abs() < 1e-9);
    }
}
