//! Catalogues as data: every default number with its source and year.
//!
//! Figures come from the compiled reference `sourced-figures.md` (November 2026) unless stated.

pub mod countries;
pub mod gpus;
pub mod hardware_quotas;
pub mod options;
pub mod personas;
pub mod regulation;
pub mod uncertainty;

pub use countries::{country, CountrySpec, GridTension};
pub use gpus::{gpu, GpuSpec, Vendor};
pub use options::{cloud_offer, CloudOffer};

use crate::source::Source;
use crate::t;

/// A number with its provenance.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sourced {
    /// The default value, in the unit named by the field that holds it.
    pub value: f64,
    /// Where it comes from.
    pub source: Source,
}

impl Sourced {
    /// A sourced value.
    pub const fn new(value: f64, source: Source) -> Self {
        Self { value, source }
    }
}

/// Every default of the catalogues with its source, as `(key, source)`. Keys are stable dotted paths
/// (`gpu.h200.price_usd`, `country.fr.electricity_eur_kwh`, `owned.colo_pue`, …) that the UI translates;
/// the explanation panel lists them and a test checks that every source is complete.
pub fn all_sources() -> Vec<(&'static str, Source)> {
    let mut out = Vec::with_capacity(200);
    for spec in &gpus::GPUS {
        out.extend(spec.sources());
    }
    out.push(("gpu.us_sovereign_premium", gpus::US_SOVEREIGN_PREMIUM.source));
    for spec in &countries::COUNTRIES {
        out.extend(spec.sources());
    }
    out.extend(options::sources());
    out.extend(hardware_quotas::sources());
    out.extend(uncertainty::sources());
    out.extend(regulation::sources());
    out
}

/// What a key of [`all_sources`] measures (English, translated where shown), for the explanation panel. The entity in
/// the key (GPU model, country code, cloud option) is shown by the UI from its own catalogue entry.
pub fn label_of(key: &str) -> Option<&'static str> {
    let field = field_of(key);
    if let Some(label) = uncertainty::label_of(key) {
        return Some(label);
    }
    if let Some(label) = regulation::label_of(key) {
        return Some(label);
    }
    Some(match field {
        "board_power_w" => t!("Board power (W)"),
        "server_overhead" => t!("Server power ÷ GPU power"),
        "price_usd" => t!("Purchase price per GPU (USD)"),
        "system_multiplier" => t!("Server cost ÷ GPU price"),
        "lead_time_months" => t!("Delivery lead time (months)"),
        "relative_throughput" => t!("Throughput relative to H100"),
        "cloud_eur_gpu_h.eu_sovereign_cloud" => t!("EU sovereign cloud price (€/GPU-h)"),
        "cloud_eur_gpu_h.us_sovereign_offer" => t!("US sovereign offer price (€/GPU-h)"),
        "cloud_eur_gpu_h.us_public_cloud" => t!("US public cloud price (€/GPU-h)"),
        "gpu.us_sovereign_premium" => t!("US sovereign offer premium"),
        "electricity_eur_kwh" => t!("Electricity price (€/kWh)"),
        "carbon_g_per_kwh" => t!("Grid carbon intensity (gCO2e/kWh)"),
        "grid_lead_time_months" => t!("Grid connection lead time (months)"),
        "price_volatility" => t!("Electricity price volatility"),
        "one_year_discount" => t!("1-year commitment discount"),
        "three_year_discount" => t!("3-year commitment discount"),
        "egress_eur_per_tb" => t!("Egress (€/TB)"),
        "pue" => t!("Provider PUE"),
        "staff_share" => t!("Staff relative to owning"),
        "owned.network_share" => t!("Network and ancillary capex"),
        "owned.on_prem_pue" => t!("On-premises PUE"),
        "owned.colo_pue" => t!("Colocation PUE"),
        "owned.colo_eur_per_kw_month" => t!("Colocation fee (€/kW/month)"),
        "owned.facility_capex_eur_per_kw" => t!("Data-hall construction (€/kW IT)"),
        "owned.facility_life_years" => t!("Facility life (years)"),
        "owned.facility_upkeep_share" => {
            t!("Facility upkeep and insurance per year (share of construction cost)")
        }
        "owned.idle_power_share" => t!("Idle power share"),
        "owned.training_power_factor" => t!("Training power factor"),
        "owned.fine_tuning_power_factor" => t!("Fine-tuning power factor"),
        "owned.inference_power_factor" => t!("Inference power factor"),
        "owned.staff_eur_per_fte" => t!("Loaded cost per engineer (€/year)"),
        "owned.min_ops_team_fte" => t!("Minimum operations team (FTE)"),
        "owned.gpus_per_fte_small" => t!("GPUs per engineer, small clusters"),
        "owned.gpus_per_fte_large" => t!("GPUs per engineer, at scale"),
        "owned.facility_fte_1mw" => t!("Facility staff at 1 MW (FTE)"),
        "owned.facility_fte_5mw" => t!("Facility staff at 5 MW (FTE)"),
        "owned.maintenance_share" => t!("Maintenance per year (share of capex)"),
        "owned.software_eur_per_gpu_year" => t!("Software per GPU (€/year)"),
        "cloud.capacity_lead_months" => t!("Cloud capacity lead time (months)"),
        "cloud.data_act_no_switching_charges" => t!("Data Act: no switching charges from"),
        "finance.discount_rate" => t!("Discount rate"),
        "finance.depreciation_years" => t!("Depreciation period (years)"),
        "finance.residual_value_share" => {
            t!("Residual value at end of life")
        }
        "finance.usd_per_eur" => t!("US dollars per euro"),
        "constraints.quota_startup" => t!("GPU allocation, start-up"),
        "constraints.quota_small_buyer" => {
            t!("GPU allocation, small buyer")
        }
        "constraints.quota_enterprise" => t!("GPU allocation, enterprise"),
        "constraints.quota_industrial" => t!("GPU allocation, industrial"),
        "constraints.quota_cloud_provider" => t!("GPU allocation, cloud provider"),
        "constraints.newest_generation_share" => t!("Allocation share of the newest generation"),
        _ => return None,
    })
}

/// The field part of a key: `gpu.h200.price_usd` → `price_usd`, `cloud.us_public_cloud.pue` → `pue`.
fn field_of(key: &str) -> &str {
    let mut parts = key.splitn(3, '.');
    match (parts.next(), parts.next(), parts.next()) {
        (Some("gpu" | "country"), Some(_), Some(field)) => field,
        (
            Some("cloud"),
            Some("eu_sovereign_cloud" | "us_sovereign_offer" | "us_public_cloud"),
            Some(field),
        ) => field,
        _ => key,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_source_key_has_a_label_in_every_language() {
        for (key, _) in all_sources() {
            let en = label_of(key).unwrap_or_else(|| panic!("no label for {key}"));
            for lang in crate::Lang::ALL {
                assert!(!lang.tr(en).is_empty(), "{key}: no {} label", lang.code());
            }
        }
    }
}

/// Currency a default price is quoted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Currency {
    /// Euros.
    Eur,
    /// US dollars, converted with the scenario's `finance.usd_per_eur`.
    Usd,
}

impl Currency {
    /// An amount in this currency, in euros at `usd_per_eur` US dollars per euro.
    pub fn to_eur(self, amount: f64, usd_per_eur: f64) -> f64 {
        match self {
            Self::Eur => amount,
            Self::Usd => amount / usd_per_eur,
        }
    }

    /// The quoted amount of a price stored in euros at the catalogue rate (1.1403 US dollars per euro).
    pub fn from_catalogue_eur(self, stored_eur: f64) -> f64 {
        match self {
            Self::Eur => stored_eur,
            Self::Usd => stored_eur * options::USD_PER_EUR.value,
        }
    }

    /// ISO 4217 code.
    pub const fn code(self) -> &'static str {
        match self {
            Self::Eur => "EUR",
            Self::Usd => "USD",
        }
    }
}
