//! Why a pressure is what it is, and what would relax it: structured values the UI formats in each
//! language.

use crate::catalogue::Vendor;
use crate::scenario::{
    Commitment, Country, DeploymentOption, GpuModel, KeyManagement, Persona, ProviderHq, Scenario,
};
use crate::t;
use serde::Serialize;

/// The factor behind a pressure, with the numbers the sentence needs.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub enum Reason {
    /// Hardware: delivery of the chosen accelerator against the time available (owned targets).
    GpuLeadTime {
        /// Accelerator.
        gpu: GpuModel,
        /// Typical delivery, months.
        lead_time_months: f64,
        /// Months until the capacity is needed.
        months_until_needed: u32,
    },
    /// Hardware: getting cloud capacity (quota, contract) against the time available (cloud targets).
    CloudCapacityLeadTime {
        /// Typical delivery, months.
        lead_time_months: f64,
        /// Months until the capacity is needed.
        months_until_needed: u32,
    },
    /// Hardware: the order against what a buyer of this profile can obtain.
    OrderAboveAllocation {
        /// GPUs ordered.
        gpu_count: u32,
        /// GPUs such a buyer typically obtains for this generation.
        obtainable: u32,
        /// Buyer profile.
        persona: Persona,
    },
    /// Hardware: the whole fleet depends on one vendor.
    SingleVendor {
        /// The vendor.
        vendor: Vendor,
    },
    /// Economic: up-front commitment against the annual IT budget.
    CommitmentVsBudget {
        /// Capex, or the first term of a reservation, euros.
        commitment_eur: f64,
        /// Annual IT budget, euros.
        annual_it_budget_eur: f64,
    },
    /// Economic: share of the cost paid whether the GPUs work or not.
    FixedCostShare {
        /// Fraction of the NPV.
        fixed_share: f64,
    },
    /// Economic: cost of the capacity paid for but idle at the chosen utilisation.
    IdleCapacityCost {
        /// Present value of the idle capacity, euros.
        idle_cost_eur: f64,
        /// Utilisation, fraction.
        utilisation: f64,
    },
    /// Economic: NPV above the cheapest option's.
    CostPremium {
        /// NPV ÷ cheapest NPV − 1.
        premium_share: f64,
        /// The cheapest option.
        cheapest: DeploymentOption,
    },
    /// Economic: time for owning to repay its capex against the cheapest cloud option.
    Payback {
        /// Months; `None` when owning never pays back.
        payback_months: Option<f64>,
        /// Depreciation period, months.
        depreciation_months: u32,
        /// The cloud option compared.
        against: DeploymentOption,
    },
    /// Energy: facility power against the site's grid capacity.
    GridCapacity {
        /// Facility power at nameplate, MW.
        facility_mw: f64,
        /// Grid capacity available, MW.
        grid_capacity_mw: f64,
    },
    /// Energy: time to get a grid connection against the time available.
    GridConnectionLeadTime {
        /// Country of the site.
        country: Country,
        /// Connection lead time, months.
        lead_time_months: f64,
        /// Months until the capacity is needed.
        months_until_needed: u32,
    },
    /// Energy: share of the cost that is energy, times price volatility.
    EnergyPriceExposure {
        /// Energy share of the total cost (embedded share for cloud targets).
        energy_share: f64,
        /// Relative price volatility of the country.
        volatility: f64,
    },
    /// Geopolitical: the platform's jurisdiction is exposed to extraterritorial law (CLOUD Act, FISA).
    ExtraterritorialLaw {
        /// Target platform.
        option: DeploymentOption,
        /// Provider headquarters (matters for colocation and the EU sovereign cloud).
        provider_hq: ProviderHq,
        /// Key management.
        key_management: KeyManagement,
    },
    /// Geopolitical: the accelerator is subject to US export controls.
    ExportControl {
        /// Accelerator.
        gpu: GpuModel,
    },
    /// Geopolitical: share of spending that goes to non-EU suppliers.
    NonEuSuppliers {
        /// Fraction of gross spending.
        non_eu_share: f64,
    },
}

impl Reason {
    /// Short name of the factor.
    pub const fn factor_label(&self) -> &'static str {
        match self {
            Self::GpuLeadTime { .. } => t!("GPU delivery time"),
            Self::CloudCapacityLeadTime { .. } => {
                t!("Cloud capacity lead time")
            }
            Self::OrderAboveAllocation { .. } => t!("Order vs allocation"),
            Self::SingleVendor { .. } => t!("Single vendor"),
            Self::CommitmentVsBudget { .. } => {
                t!("Commitment vs IT budget")
            }
            Self::FixedCostShare { .. } => t!("Fixed costs"),
            Self::IdleCapacityCost { .. } => t!("Idle capacity"),
            Self::CostPremium { .. } => t!("Premium over the cheapest"),
            Self::Payback { .. } => t!("Payback"),
            Self::GridCapacity { .. } => t!("Grid capacity"),
            Self::GridConnectionLeadTime { .. } => t!("Grid connection time"),
            Self::EnergyPriceExposure { .. } => t!("Energy price exposure"),
            Self::ExtraterritorialLaw { .. } => t!("Extraterritorial law"),
            Self::ExportControl { .. } => t!("Export controls"),
            Self::NonEuSuppliers { .. } => t!("Non-EU suppliers"),
        }
    }
}

/// One input change that relaxes a pressure, with the suggested value.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub enum Relaxer {
    /// Nothing among the candidates lowers this pressure.
    None,
    /// Choose another accelerator.
    PickGpu {
        /// Suggested model.
        gpu: GpuModel,
        /// Its lead time, months.
        lead_time_months: f64,
    },
    /// Need the capacity later.
    NeedLater {
        /// Suggested months until needed.
        months_until_needed: u32,
    },
    /// Order fewer GPUs.
    ReduceGpuCount {
        /// Suggested count.
        gpu_count: u32,
    },
    /// Run the same work on fewer, busier GPUs.
    RightSize {
        /// Suggested count.
        gpu_count: u32,
        /// Resulting utilisation.
        utilisation: f64,
    },
    /// Choose another target platform.
    SwitchTarget {
        /// Suggested option.
        option: DeploymentOption,
    },
    /// Buy cloud capacity differently.
    ChangeCommitment {
        /// Suggested commitment.
        commitment: Commitment,
    },
    /// Secure more grid capacity at the site.
    RaiseGridCapacity {
        /// Suggested capacity, MW.
        grid_capacity_mw: f64,
    },
    /// Site the capacity in another country.
    MoveCountry {
        /// Suggested country.
        country: Country,
        /// Its grid-connection lead time, months.
        grid_lead_time_months: f64,
    },
    /// Choose an EU-headquartered provider.
    ChooseEuProvider,
    /// Hold the encryption keys outside the provider.
    CustomerHeldKeys,
}

impl Relaxer {
    /// Dotted path of the scenario field it changes (`None` for [`Relaxer::None`]).
    pub fn field(&self) -> Option<&'static str> {
        Some(match self {
            Self::None => return None,
            Self::PickGpu { .. } => "compute.gpu",
            Self::NeedLater { .. } => "compute.months_until_needed",
            Self::ReduceGpuCount { .. } | Self::RightSize { .. } => "compute.gpu_count",
            Self::SwitchTarget { .. } => "platform.target",
            Self::ChangeCommitment { .. } => "platform.commitment",
            Self::RaiseGridCapacity { .. } => "site.grid_capacity_mw",
            Self::MoveCountry { .. } => "site.country",
            Self::ChooseEuProvider => "platform.provider_hq",
            Self::CustomerHeldKeys => "platform.key_management",
        })
    }

    /// Applies the change to a scenario (the result stays valid).
    pub fn apply(&self, scenario: &mut Scenario) {
        match *self {
            Self::None => {}
            Self::PickGpu { gpu, .. } => scenario.compute.gpu = gpu,
            Self::NeedLater { months_until_needed } => {
                scenario.compute.months_until_needed = months_until_needed
            }
            Self::ReduceGpuCount { gpu_count } => scenario.compute.gpu_count = gpu_count,
            Self::RightSize {
                gpu_count,
                utilisation,
            } => {
                scenario.compute.gpu_count = gpu_count;
                scenario.compute.utilisation = utilisation;
            }
            Self::SwitchTarget { option } => scenario.platform.target = option,
            Self::ChangeCommitment { commitment } => scenario.platform.commitment = commitment,
            Self::RaiseGridCapacity { grid_capacity_mw } => scenario.site.grid_capacity_mw = grid_capacity_mw,
            Self::MoveCountry { country, .. } => scenario.site.country = country,
            Self::ChooseEuProvider => scenario.platform.provider_hq = ProviderHq::Eu,
            Self::CustomerHeldKeys => scenario.platform.key_management = KeyManagement::CustomerHeld,
        }
    }
}
