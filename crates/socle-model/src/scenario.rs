//! The scenario: every input of the four models, as one value.
//!
//! Units are in the field names (`_eur`, `_kwh`, `_mw`, `_months`); shares are fractions in `[0, 1]`.
//! Every numeric field has a documented valid range ([`ranges`]) checked by [`Scenario::validate`].

use crate::error::ScenarioError;
use serde::{Deserialize, Serialize};

/// The five deployment options, always all evaluated so that charts compare them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DeploymentOption {
    /// Own facility: servers and data hall bought, staffed and maintained in-house.
    OnPremises,
    /// Servers bought, hosted in a third-party data centre paid per kW per month plus power at cost × PUE.
    Colocation,
    /// GPU-hours rented from an EU-headquartered provider (e.g. OVHcloud, Scaleway).
    EuSovereignCloud,
    /// The "sovereign" offer of a US hyperscaler: an EU subsidiary of a US group.
    UsSovereignOffer,
    /// A US hyperscaler's public region located in the EU.
    UsPublicCloud,
}

impl DeploymentOption {
    /// All options, in display order.
    pub const ALL: [DeploymentOption; 5] = [
        Self::OnPremises,
        Self::Colocation,
        Self::EuSovereignCloud,
        Self::UsSovereignOffer,
        Self::UsPublicCloud,
    ];

    /// Position in [`Self::ALL`]; per-option arrays are indexed by it.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Stable machine identifier (used in share links, CSV headers and test ids).
    pub const fn id(self) -> &'static str {
        match self {
            Self::OnPremises => "on_premises",
            Self::Colocation => "colocation",
            Self::EuSovereignCloud => "eu_sovereign_cloud",
            Self::UsSovereignOffer => "us_sovereign_offer",
            Self::UsPublicCloud => "us_public_cloud",
        }
    }

    /// True when the buyer owns the servers (capex), false when GPU-hours are rented.
    pub const fn is_owned(self) -> bool {
        matches!(self, Self::OnPremises | Self::Colocation)
    }

    /// True when the provider's parent company is headquartered in the United States.
    pub const fn is_us_headquartered(self) -> bool {
        matches!(self, Self::UsSovereignOffer | Self::UsPublicCloud)
    }
}

/// Accelerator models in the catalogue ([`crate::catalogue::gpus`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GpuModel {
    /// NVIDIA H100 SXM5 80 GB (Hopper).
    H100Sxm,
    /// NVIDIA H200 SXM 141 GB (Hopper).
    H200,
    /// NVIDIA B200 (Blackwell, HGX).
    B200,
    /// NVIDIA GB200 NVL72, per Blackwell GPU (liquid-cooled racks).
    Gb200,
    /// AMD Instinct MI300X 192 GB.
    Mi300x,
    /// AMD Instinct MI355X 288 GB (liquid-cooled).
    Mi355x,
    /// NVIDIA L40S 48 GB (PCIe, inference).
    L40s,
}

impl GpuModel {
    /// All models, in display order.
    pub const ALL: [GpuModel; 7] = [
        Self::H100Sxm,
        Self::H200,
        Self::B200,
        Self::Gb200,
        Self::Mi300x,
        Self::Mi355x,
        Self::L40s,
    ];
}

/// Countries with default electricity price, carbon intensity and grid-connection lead time
/// ([`crate::catalogue::countries`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[allow(missing_docs)]
pub enum Country {
    Fr,
    De,
    Ie,
    Nl,
    Be,
    Es,
    It,
    Pl,
    Se,
    Fi,
    Dk,
    No,
    At,
    Pt,
    /// EU-27 average.
    Eu27,
}

impl Country {
    /// All countries, in display order.
    pub const ALL: [Country; 15] = [
        Self::Fr,
        Self::De,
        Self::Ie,
        Self::Nl,
        Self::Be,
        Self::Es,
        Self::It,
        Self::Pl,
        Self::Se,
        Self::Fi,
        Self::Dk,
        Self::No,
        Self::At,
        Self::Pt,
        Self::Eu27,
    ];
}

/// The eight personas of the product brief, plus a custom scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Persona {
    /// Energy industrial: exploration, trading, predictive maintenance; seasonal workloads.
    EnergyIndustrial,
    /// European generalist AI start-up: on-demand offers, weak negotiating power.
    AiStartup,
    /// Critical software vendor (ERP for regulated sectors).
    CriticalSoftwareVendor,
    /// Mid-size non-tech company (ETI): continuity first, little infra staff.
    MidSizeCompany,
    /// Local authority: inference cluster for schools, subsidies, grid tension.
    LocalAuthority,
    /// Cloud provider: custom clusters, negotiates with grid operators at scale.
    CloudProvider,
    /// Health data host (French citizens' health data, HDS).
    HealthDataHost,
    /// US start-up expanding into Europe, subject to the CLOUD Act.
    UsStartupInEurope,
    /// Anything the user built by hand.
    Custom,
}

impl Persona {
    /// The eight presets (without [`Persona::Custom`]).
    pub const PRESETS: [Persona; 8] = [
        Self::EnergyIndustrial,
        Self::AiStartup,
        Self::CriticalSoftwareVendor,
        Self::MidSizeCompany,
        Self::LocalAuthority,
        Self::CloudProvider,
        Self::HealthDataHost,
        Self::UsStartupInEurope,
    ];
}

/// How sensitive the data processed is; sets the minimum SEAL required ([`DataSensitivity::required_seal`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DataSensitivity {
    /// Public data: no sovereignty requirement (SEAL-0).
    Public,
    /// Internal business data: EU law must at least formally apply (SEAL-1).
    Internal,
    /// Confidential or personal data: EU law applicable and enforceable (SEAL-2, "Data Sovereignty").
    Confidential,
    /// Regulated health data (HDS, SecNumCloud-class doctrine): marginal non-EU control only (SEAL-3).
    RegulatedHealth,
    /// Critical or defence: full digital sovereignty (SEAL-4), which no GPU offer reaches today.
    CriticalDefence,
}

impl DataSensitivity {
    /// Minimum SEAL level (0..=4) of the EU Cloud Sovereignty Framework that this sensitivity requires.
    ///
    /// The mapping follows the SEAL definitions of CSF v1.2.1 §3: SEAL-2 "EU law applicable and enforceable"
    /// for personal/confidential data, SEAL-3 "marginal control of non-EU third parties" in line with the
    /// SecNumCloud-style doctrine applied to health data in France, SEAL-4 for critical and defence.
    pub const fn required_seal(self) -> u8 {
        self as u8
    }
}

/// A regulatory preset: the regime the platform must satisfy. It raises the required SEAL (never lowers
/// the one the data sensitivity sets) and may put floors on specific criteria; the catalogue holds each
/// preset's level, floors and sources ([`crate::catalogue::regulation`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Regulation {
    /// No regulatory preset: the data sensitivity alone sets the required SEAL.
    #[default]
    None,
    /// French health data hosting certification (HDS), 2024 referential.
    Hds,
    /// ANSSI SecNumCloud 3.2 qualification (2022).
    SecNumCloud,
    /// DORA, Regulation (EU) 2022/2554: ICT third-party provider of a financial entity.
    Dora,
    /// NIS2, Directive (EU) 2022/2555: essential entity.
    Nis2Essential,
    /// ENISA's EUCS candidate scheme, level "high" (not adopted).
    EucsHigh,
    /// A Commission tender under the Cloud Sovereignty Framework with a minimum of SEAL-2.
    CsfSeal2,
    /// A Commission tender under the Cloud Sovereignty Framework with a minimum of SEAL-3.
    CsfSeal3,
}

impl Regulation {
    /// Every preset, in display order.
    pub const ALL: [Regulation; 8] = [
        Self::None,
        Self::Hds,
        Self::SecNumCloud,
        Self::Dora,
        Self::Nis2Essential,
        Self::EucsHigh,
        Self::CsfSeal2,
        Self::CsfSeal3,
    ];
}

/// Headquarters jurisdiction of the European third-party provider (colocation and EU sovereign cloud options).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ProviderHq {
    /// EU-headquartered and EU-owned (e.g. OVHcloud, Scaleway, STACKIT).
    Eu,
    /// EU-majority joint venture running licensed US technology (e.g. S3NS, Bleu).
    EuJointVentureUsTech,
    /// Headquartered in a non-EU country with an adequacy decision (e.g. UK, Switzerland).
    NonEuAdequate,
}

/// Who holds the keys that encrypt the data on a cloud option (SOV-3 criterion 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum KeyManagement {
    /// The provider generates and holds the keys.
    ProviderHeld,
    /// Customer-managed keys in the provider's KMS; the provider can still override.
    Shared,
    /// Hold-your-own-key / external HSM: only the customer can decrypt.
    CustomerHeld,
}

/// How cloud GPU capacity is bought.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Commitment {
    /// Pay as you go: billed only on used hours, at list price.
    OnDemand,
    /// One-year reservation: billed 24/7 at a discount.
    OneYear,
    /// Three-year reservation: billed 24/7 at a deeper discount.
    ThreeYear,
}

/// How the estate moves to the target platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Strategy {
    /// New use cases native on the target, existing workloads in waves.
    Progressive,
    /// One preparation period in dual running, then one cut-over.
    BigBang,
}

/// Named weight profiles of the Cloud Sovereignty Framework.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum WeightProfile {
    /// CSF v1.2.1, October 2025: 15/10/10/15/20/15/10/5.
    Oct2025,
    /// Assessment calculator, June 2026: 20/10/10/15/10/15/15/5.
    Jun2026,
    /// Edited by the user (must still sum to 100).
    Custom,
}

/// Organisation inputs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organisation {
    /// Data sensitivity, which sets the required SEAL.
    pub sensitivity: DataSensitivity,
    /// Annual IT budget, euros per year. Range [`ranges::IT_BUDGET_EUR`].
    pub annual_it_budget_eur: f64,
    /// True when the organisation itself is controlled from the United States: US law (CLOUD Act,
    /// FISA 702) then reaches its data whatever platform it runs on, its own halls included.
    #[serde(default)]
    pub us_parent: bool,
    /// Regulatory preset; absent in scenarios written before presets existed, which read as none.
    #[serde(default)]
    pub regulation: Regulation,
}

impl Organisation {
    /// Required SEAL: the higher of the data sensitivity's and the regulatory preset's. A preset raises
    /// the requirement and never lowers it (health data stays at SEAL-3 under a preset that asks less).
    pub fn required_seal(&self) -> u8 {
        self.sensitivity
            .required_seal()
            .max(crate::catalogue::regulation::spec(self.regulation).required_seal)
    }
}

/// Shares of compute time by workload kind; they sum to 1.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct WorkloadMix {
    /// Pre-training and large training runs.
    pub training: f64,
    /// Fine-tuning and adaptation.
    pub fine_tuning: f64,
    /// Serving models (inference).
    pub inference: f64,
}

/// Compute need.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Compute {
    /// Accelerator model.
    pub gpu: GpuModel,
    /// Number of GPUs. Range [`ranges::GPU_COUNT`].
    pub gpu_count: u32,
    /// Average utilisation of the GPUs over the year, fraction. Range [`ranges::SHARE`].
    pub utilisation: f64,
    /// Workload mix.
    pub mix: WorkloadMix,
    /// Horizon of the analysis, years. Range [`ranges::HORIZON_YEARS`].
    pub horizon_years: u32,
    /// Months until the capacity must be running. Range [`ranges::MONTHS_UNTIL_NEEDED`].
    pub months_until_needed: u32,
}

/// Energy and site.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Site {
    /// Country of the site (default electricity price, carbon intensity, grid lead time).
    pub country: Country,
    /// Electricity price override, euros per kWh excl. VAT; `None` uses the country default.
    /// Range [`ranges::ENERGY_PRICE_EUR_KWH`].
    pub energy_price_override_eur_kwh: Option<f64>,
    /// Power usage effectiveness of the on-premises facility. Range [`ranges::PUE`].
    pub pue: f64,
    /// Grid capacity available at the site, MW. Range [`ranges::GRID_CAPACITY_MW`].
    pub grid_capacity_mw: f64,
    /// IT capacity already available in an existing room, kW (0 = build a new hall).
    /// Range [`ranges::EXISTING_ROOM_KW`].
    pub existing_room_kw: f64,
}

/// Finance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finance {
    /// Annual discount rate (cost of capital), fraction. Range [`ranges::DISCOUNT_RATE`].
    pub discount_rate: f64,
    /// Depreciation (and refresh) period of GPU servers, years. Range [`ranges::DEPRECIATION_YEARS`].
    pub depreciation_years: u32,
    /// Resale value of a server at the end of its depreciation period, share of purchase price.
    /// Range [`ranges::RESIDUAL_SHARE`].
    pub residual_value_share: f64,
    /// US dollars per euro. Range [`ranges::USD_PER_EUR`].
    pub usd_per_eur: f64,
}

/// Target platform and how it is bought.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Platform {
    /// The option the organisation is considering; headline figures and migration refer to it.
    pub target: DeploymentOption,
    /// Headquarters of the European third-party provider (colocation and EU sovereign cloud).
    pub provider_hq: ProviderHq,
    /// Key management on cloud options.
    pub key_management: KeyManagement,
    /// Commitment for cloud GPU capacity.
    pub commitment: Commitment,
}

/// Migration of today's estate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Migration {
    /// Share of today's AI workloads that run on a US hyperscaler, fraction. Range [`ranges::SHARE`].
    pub hyperscaler_share: f64,
    /// Number of existing workloads (use cases). Range [`ranges::WORKLOADS`].
    pub workloads: u32,
    /// New use cases started per year. Range [`ranges::NEW_WORKLOADS_PER_YEAR`].
    pub new_workloads_per_year: u32,
    /// Share of workloads using proprietary managed services, fraction. Range [`ranges::SHARE`].
    pub proprietary_share: f64,
    /// Strategy shown as the chosen one (both are always evaluated).
    pub strategy: Strategy,
    /// Progressive pace: migration waves per year. Range [`ranges::WAVES_PER_YEAR`].
    pub waves_per_year: f64,
    /// Big-bang: month of the cut-over after the start. Range [`ranges::CUTOVER_MONTH`].
    pub cutover_month: u32,
    /// Data to move, terabytes. Range [`ranges::DATA_VOLUME_TB`].
    pub data_volume_tb: f64,
}

/// Number of scored sovereignty criteria (the June 2026 assessment calculator's 48), the length of an
/// answer profile. The scenario owns it so that validating overrides needs no model.
pub const CRITERION_COUNT: usize = 48;

/// Identifier and number of answers of each sovereignty criterion, in framework order (SOV-1.1 = 0, …,
/// SOV-8.4 = 47): what an [`AnswerOverride`] may name. The sovereignty model's ladders are checked
/// against this table by its tests.
pub const CRITERION_LADDERS: [(&str, u8); CRITERION_COUNT] = [
    ("SOV-1.1", 4),
    ("SOV-1.2", 5),
    ("SOV-1.3", 4),
    ("SOV-1.4", 5),
    ("SOV-1.5", 5),
    ("SOV-1.6", 5),
    ("SOV-1.7", 4),
    ("SOV-1.8", 5),
    ("SOV-2.1", 3),
    ("SOV-2.2", 5),
    ("SOV-2.3", 5),
    ("SOV-2.4", 5),
    ("SOV-2.5", 5),
    ("SOV-2.6", 5),
    ("SOV-3.1", 5),
    ("SOV-3.2", 5),
    ("SOV-3.3", 5),
    ("SOV-3.4", 5),
    ("SOV-3.5", 5),
    ("SOV-4.1", 5),
    ("SOV-4.2", 5),
    ("SOV-4.3", 5),
    ("SOV-4.4", 5),
    ("SOV-4.5", 5),
    ("SOV-4.6", 5),
    ("SOV-5.1", 5),
    ("SOV-5.2", 5),
    ("SOV-5.3", 5),
    ("SOV-5.4", 5),
    ("SOV-5.5", 5),
    ("SOV-5.6", 5),
    ("SOV-5.7", 5),
    ("SOV-6.1", 5),
    ("SOV-6.2", 5),
    ("SOV-6.3", 5),
    ("SOV-6.4", 5),
    ("SOV-6.5", 5),
    ("SOV-7.1", 5),
    ("SOV-7.2", 5),
    ("SOV-7.3", 5),
    ("SOV-7.4", 5),
    ("SOV-7.5", 5),
    ("SOV-7.6", 5),
    ("SOV-7.7", 5),
    ("SOV-8.1", 5),
    ("SOV-8.2", 5),
    ("SOV-8.3", 5),
    ("SOV-8.4", 5),
];

/// Checks that every override names an existing criterion (index below [`CRITERION_COUNT`]) and an
/// answer on its ladder.
pub fn validate_overrides(overrides: &[AnswerOverride]) -> Result<(), ScenarioError> {
    for o in overrides {
        let Some(&(criterion, ladder_len)) = CRITERION_LADDERS.get(usize::from(o.criterion)) else {
            return Err(ScenarioError::BadAnswer {
                option: o.option.id(),
                criterion: "unknown criterion (index 48 or more)",
                answer: o.answer,
                ladder_len: 0,
            });
        };
        if o.answer >= ladder_len {
            return Err(ScenarioError::BadAnswer {
                option: o.option.id(),
                criterion,
                answer: o.answer,
                ladder_len,
            });
        }
    }
    Ok(())
}

/// One user change to an option's default answer to a sovereignty criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerOverride {
    /// Which option's profile.
    pub option: DeploymentOption,
    /// Criterion index 0..48 in framework order (SOV-1.1 = 0, …, SOV-8.4 = 47).
    pub criterion: u8,
    /// Answer index on the criterion's ladder, 0 = lowest.
    pub answer: u8,
}

/// Assumptions of the advanced panel. `None` means "use the sourced catalogue default".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assumptions {
    /// GPU purchase price override, US dollars per GPU. Range [`ranges::GPU_PRICE_USD`].
    pub gpu_price_usd: Option<f64>,
    /// Cloud on-demand price override per GPU-hour in euros, for the three cloud options
    /// (EU sovereign, US sovereign, US public). Range [`ranges::CLOUD_PRICE_EUR_GPU_H`].
    pub cloud_price_eur_gpu_h: [Option<f64>; 3],
    /// Colocation fee, euros per contracted IT kW per month. Range [`ranges::COLO_EUR_KW_MONTH`].
    pub colo_eur_per_kw_month: f64,
    /// PUE of the colocation facility. Range [`ranges::PUE`].
    pub colo_pue: f64,
    /// Data-hall construction and fit-out, euros per IT kW. Range [`ranges::FACILITY_EUR_PER_KW`].
    pub facility_capex_eur_per_kw: f64,
    /// Fully loaded cost of an infrastructure engineer, euros per FTE per year. Range [`ranges::STAFF_EUR_FTE`].
    pub staff_eur_per_fte: f64,
    /// Hardware maintenance, share of hardware capex per year. Range [`ranges::MAINTENANCE_SHARE`].
    pub maintenance_share: f64,
    /// Software licences, euros per GPU per year. Range [`ranges::SOFTWARE_EUR_GPU_YEAR`].
    pub software_eur_per_gpu_year: f64,
    /// Weight profile of the sovereignty framework.
    pub weight_profile: WeightProfile,
    /// Objective weights SOV-1..SOV-8 in percent; must sum to 100.
    pub sovereignty_weights: [f64; 8],
    /// User changes to the default answer profiles (sparse).
    pub answer_overrides: Vec<AnswerOverride>,
    /// Monte Carlo paths per migration strategy. Range [`ranges::MC_PATHS`].
    pub monte_carlo_paths: u32,
    /// Seed of the Monte Carlo (same seed, same result).
    pub seed: u64,
}

/// First month of the analysis (calendar), used for dated rules such as the Data Act switching-charge ban.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StartMonth {
    /// Year. Range [`ranges::START_YEAR`].
    pub year: u16,
    /// Month 1..=12.
    pub month: u8,
}

impl StartMonth {
    /// Months from this start to `year`-`month` (negative if before the start).
    pub fn months_until(self, year: u16, month: u8) -> i32 {
        (i32::from(year) - i32::from(self.year)) * 12 + i32::from(month) - i32::from(self.month)
    }
}

/// Every input of Socle's models.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    /// Preset the scenario came from (labels only; the values below are what count).
    pub persona: Persona,
    /// Calendar start of the analysis.
    pub start: StartMonth,
    /// Organisation.
    pub organisation: Organisation,
    /// Compute need.
    pub compute: Compute,
    /// Energy and site.
    pub site: Site,
    /// Finance.
    pub finance: Finance,
    /// Platform.
    pub platform: Platform,
    /// Migration.
    pub migration: Migration,
    /// Advanced assumptions.
    pub assumptions: Assumptions,
}

/// Valid ranges `(min, max)`, inclusive, of every numeric input.
pub mod ranges {
    /// Any share or fraction.
    pub const SHARE: (f64, f64) = (0.0, 1.0);
    /// Annual IT budget, euros.
    pub const IT_BUDGET_EUR: (f64, f64) = (1.0e5, 1.0e11);
    /// GPU count.
    pub const GPU_COUNT: (f64, f64) = (1.0, 100_000.0);
    /// Horizon, years.
    pub const HORIZON_YEARS: (f64, f64) = (1.0, 10.0);
    /// Months until the capacity is needed.
    pub const MONTHS_UNTIL_NEEDED: (f64, f64) = (0.0, 60.0);
    /// Electricity price, euros per kWh.
    pub const ENERGY_PRICE_EUR_KWH: (f64, f64) = (0.01, 1.0);
    /// Power usage effectiveness.
    pub const PUE: (f64, f64) = (1.0, 3.0);
    /// Grid capacity at the site, MW.
    pub const GRID_CAPACITY_MW: (f64, f64) = (0.0, 2_000.0);
    /// Existing room IT capacity, kW.
    pub const EXISTING_ROOM_KW: (f64, f64) = (0.0, 500_000.0);
    /// Discount rate.
    pub const DISCOUNT_RATE: (f64, f64) = (0.0, 0.30);
    /// Depreciation years.
    pub const DEPRECIATION_YEARS: (f64, f64) = (2.0, 8.0);
    /// Residual value share.
    pub const RESIDUAL_SHARE: (f64, f64) = (0.0, 0.6);
    /// US dollars per euro.
    pub const USD_PER_EUR: (f64, f64) = (0.7, 1.6);
    /// Existing workloads.
    pub const WORKLOADS: (f64, f64) = (1.0, 500.0);
    /// New workloads per year.
    pub const NEW_WORKLOADS_PER_YEAR: (f64, f64) = (0.0, 100.0);
    /// Migration waves per year.
    pub const WAVES_PER_YEAR: (f64, f64) = (1.0, 12.0);
    /// Big-bang cut-over month.
    pub const CUTOVER_MONTH: (f64, f64) = (3.0, 60.0);
    /// Data volume to move, TB.
    pub const DATA_VOLUME_TB: (f64, f64) = (0.0, 100_000.0);
    /// GPU purchase price, US dollars.
    pub const GPU_PRICE_USD: (f64, f64) = (1_000.0, 200_000.0);
    /// Cloud price per GPU-hour, euros.
    pub const CLOUD_PRICE_EUR_GPU_H: (f64, f64) = (0.1, 100.0);
    /// Colocation fee, euros per kW per month.
    pub const COLO_EUR_KW_MONTH: (f64, f64) = (20.0, 1_000.0);
    /// Facility capex, euros per IT kW.
    pub const FACILITY_EUR_PER_KW: (f64, f64) = (0.0, 40_000.0);
    /// Staff cost, euros per FTE per year.
    pub const STAFF_EUR_FTE: (f64, f64) = (20_000.0, 400_000.0);
    /// Maintenance share of capex per year.
    pub const MAINTENANCE_SHARE: (f64, f64) = (0.0, 0.3);
    /// Software licences, euros per GPU per year.
    pub const SOFTWARE_EUR_GPU_YEAR: (f64, f64) = (0.0, 20_000.0);
    /// Sovereignty objective weight, percent.
    pub const WEIGHT_PERCENT: (f64, f64) = (0.0, 100.0);
    /// Monte Carlo paths per strategy.
    pub const MC_PATHS: (f64, f64) = (1_000.0, 100_000.0);
    /// Calendar start year.
    pub const START_YEAR: (f64, f64) = (2024.0, 2040.0);
}

fn check(field: &'static str, value: f64, (min, max): (f64, f64)) -> Result<(), ScenarioError> {
    if !value.is_finite() {
        return Err(ScenarioError::NotFinite {
            field,
            value,
            min,
            max,
        });
    }
    if value < min || value > max {
        return Err(ScenarioError::OutOfRange {
            field,
            value,
            min,
            max,
        });
    }
    Ok(())
}

fn check_sum(field: &'static str, values: &[f64], expected: f64) -> Result<(), ScenarioError> {
    let sum: f64 = values.iter().sum();
    if (sum - expected).abs() > 1e-6 * expected.max(1.0) {
        return Err(ScenarioError::BadSum { field, sum, expected });
    }
    Ok(())
}

impl Scenario {
    /// Checks every input against its valid range; the first problem found is returned.
    pub fn validate(&self) -> Result<(), ScenarioError> {
        use ranges::*;
        check("start.year", f64::from(self.start.year), START_YEAR)?;
        check("start.month", f64::from(self.start.month), (1.0, 12.0))?;
        check(
            "organisation.annual_it_budget_eur",
            self.organisation.annual_it_budget_eur,
            IT_BUDGET_EUR,
        )?;

        let c = &self.compute;
        check("compute.gpu_count", f64::from(c.gpu_count), GPU_COUNT)?;
        check("compute.utilisation", c.utilisation, SHARE)?;
        check("compute.mix.training", c.mix.training, SHARE)?;
        check("compute.mix.fine_tuning", c.mix.fine_tuning, SHARE)?;
        check("compute.mix.inference", c.mix.inference, SHARE)?;
        check_sum(
            "compute.mix",
            &[c.mix.training, c.mix.fine_tuning, c.mix.inference],
            1.0,
        )?;
        check("compute.horizon_years", f64::from(c.horizon_years), HORIZON_YEARS)?;
        check(
            "compute.months_until_needed",
            f64::from(c.months_until_needed),
            MONTHS_UNTIL_NEEDED,
        )?;

        let s = &self.site;
        if let Some(p) = s.energy_price_override_eur_kwh {
            check("site.energy_price_override_eur_kwh", p, ENERGY_PRICE_EUR_KWH)?;
        }
        check("site.pue", s.pue, PUE)?;
        check("site.grid_capacity_mw", s.grid_capacity_mw, GRID_CAPACITY_MW)?;
        check("site.existing_room_kw", s.existing_room_kw, EXISTING_ROOM_KW)?;

        let f = &self.finance;
        check("finance.discount_rate", f.discount_rate, DISCOUNT_RATE)?;
        check(
            "finance.depreciation_years",
            f64::from(f.depreciation_years),
            DEPRECIATION_YEARS,
        )?;
        check(
            "finance.residual_value_share",
            f.residual_value_share,
            RESIDUAL_SHARE,
        )?;
        check("finance.usd_per_eur", f.usd_per_eur, USD_PER_EUR)?;

        let m = &self.migration;
        check("migration.hyperscaler_share", m.hyperscaler_share, SHARE)?;
        check("migration.workloads", f64::from(m.workloads), WORKLOADS)?;
        check(
            "migration.new_workloads_per_year",
            f64::from(m.new_workloads_per_year),
            NEW_WORKLOADS_PER_YEAR,
        )?;
        check("migration.proprietary_share", m.proprietary_share, SHARE)?;
        check("migration.waves_per_year", m.waves_per_year, WAVES_PER_YEAR)?;
        check(
            "migration.cutover_month",
            f64::from(m.cutover_month),
            CUTOVER_MONTH,
        )?;
        check("migration.data_volume_tb", m.data_volume_tb, DATA_VOLUME_TB)?;

        let a = &self.assumptions;
        if let Some(p) = a.gpu_price_usd {
            check("assumptions.gpu_price_usd", p, GPU_PRICE_USD)?;
        }
        const CLOUD_FIELDS: [&str; 3] = [
            "assumptions.cloud_price_eur_gpu_h.eu_sovereign_cloud",
            "assumptions.cloud_price_eur_gpu_h.us_sovereign_offer",
            "assumptions.cloud_price_eur_gpu_h.us_public_cloud",
        ];
        for (field, price) in CLOUD_FIELDS.iter().zip(a.cloud_price_eur_gpu_h) {
            if let Some(p) = price {
                check(field, p, CLOUD_PRICE_EUR_GPU_H)?;
            }
        }
        check(
            "assumptions.colo_eur_per_kw_month",
            a.colo_eur_per_kw_month,
            COLO_EUR_KW_MONTH,
        )?;
        check("assumptions.colo_pue", a.colo_pue, PUE)?;
        check(
            "assumptions.facility_capex_eur_per_kw",
            a.facility_capex_eur_per_kw,
            FACILITY_EUR_PER_KW,
        )?;
        check(
            "assumptions.staff_eur_per_fte",
            a.staff_eur_per_fte,
            STAFF_EUR_FTE,
        )?;
        check(
            "assumptions.maintenance_share",
            a.maintenance_share,
            MAINTENANCE_SHARE,
        )?;
        check(
            "assumptions.software_eur_per_gpu_year",
            a.software_eur_per_gpu_year,
            SOFTWARE_EUR_GPU_YEAR,
        )?;
        for w in a.sovereignty_weights {
            check("assumptions.sovereignty_weights", w, WEIGHT_PERCENT)?;
        }
        check_sum("assumptions.sovereignty_weights", &a.sovereignty_weights, 100.0)?;
        check(
            "assumptions.monte_carlo_paths",
            f64::from(a.monte_carlo_paths),
            MC_PATHS,
        )?;
        validate_overrides(&a.answer_overrides)?;
        Ok(())
    }

    /// Number of months in the horizon.
    pub fn horizon_months(&self) -> usize {
        self.compute.horizon_years as usize * 12
    }
}
