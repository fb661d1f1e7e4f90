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

/// What a key of [`all_sources`] measures, (English, French), for the explanation panel. The entity in
/// the key (GPU model, country code, cloud option) is shown by the UI from its own catalogue entry.
pub fn label_of(key: &str) -> Option<(&'static str, &'static str)> {
    let field = field_of(key);
    if let Some(label) = uncertainty::label_of(key) {
        return Some(label);
    }
    if let Some(label) = regulation::label_of(key) {
        return Some(label);
    }
    Some(match field {
        "board_power_w" => ("Board power (W)", "Puissance de la carte (W)"),
        "server_overhead" => ("Server power ÷ GPU power", "Puissance serveur ÷ puissance GPU"),
        "price_usd" => ("Purchase price per GPU (USD)", "Prix d'achat par GPU (USD)"),
        "system_multiplier" => ("Server cost ÷ GPU price", "Coût serveur ÷ prix du GPU"),
        "lead_time_months" => ("Delivery lead time (months)", "Délai de livraison (mois)"),
        "relative_throughput" => ("Throughput relative to H100", "Débit relatif au H100"),
        "cloud_eur_gpu_h.eu_sovereign_cloud" => (
            "EU sovereign cloud price (€/GPU-h)",
            "Prix cloud souverain UE (€/GPU-h)",
        ),
        "cloud_eur_gpu_h.us_sovereign_offer" => (
            "US sovereign offer price (€/GPU-h)",
            "Prix offre souveraine US (€/GPU-h)",
        ),
        "cloud_eur_gpu_h.us_public_cloud" => (
            "US public cloud price (€/GPU-h)",
            "Prix cloud public US (€/GPU-h)",
        ),
        "gpu.us_sovereign_premium" => ("US sovereign offer premium", "Surcoût de l'offre souveraine US"),
        "electricity_eur_kwh" => ("Electricity price (€/kWh)", "Prix de l'électricité (€/kWh)"),
        "carbon_g_per_kwh" => (
            "Grid carbon intensity (gCO2e/kWh)",
            "Intensité carbone du réseau (gCO2e/kWh)",
        ),
        "grid_lead_time_months" => (
            "Grid connection lead time (months)",
            "Délai de raccordement (mois)",
        ),
        "price_volatility" => (
            "Electricity price volatility",
            "Volatilité du prix de l'électricité",
        ),
        "one_year_discount" => ("1-year commitment discount", "Remise engagement 1 an"),
        "three_year_discount" => ("3-year commitment discount", "Remise engagement 3 ans"),
        "egress_eur_per_tb" => ("Egress (€/TB)", "Sortie de données (€/To)"),
        "pue" => ("Provider PUE", "PUE du fournisseur"),
        "staff_share" => ("Staff relative to owning", "Personnel rapporté à la possession"),
        "owned.network_share" => ("Network and ancillary capex", "Réseau et équipements annexes"),
        "owned.on_prem_pue" => ("On-premises PUE", "PUE sur site"),
        "owned.colo_pue" => ("Colocation PUE", "PUE de la colocation"),
        "owned.colo_eur_per_kw_month" => ("Colocation fee (€/kW/month)", "Tarif de colocation (€/kW/mois)"),
        "owned.facility_capex_eur_per_kw" => (
            "Data-hall construction (€/kW IT)",
            "Construction de salle (€/kW IT)",
        ),
        "owned.facility_life_years" => ("Facility life (years)", "Durée de vie de la salle (ans)"),
        "owned.facility_upkeep_share" => (
            "Facility upkeep and insurance per year (share of construction cost)",
            "Entretien et assurance de la salle par an (part du coût de construction)",
        ),
        "owned.idle_power_share" => ("Idle power share", "Part de puissance au repos"),
        "owned.training_power_factor" => ("Training power factor", "Facteur de puissance entraînement"),
        "owned.fine_tuning_power_factor" => ("Fine-tuning power factor", "Facteur de puissance affinage"),
        "owned.inference_power_factor" => ("Inference power factor", "Facteur de puissance inférence"),
        "owned.staff_eur_per_fte" => (
            "Loaded cost per engineer (€/year)",
            "Coût chargé par ingénieur (€/an)",
        ),
        "owned.min_ops_team_fte" => (
            "Minimum operations team (FTE)",
            "Équipe d'exploitation minimale (ETP)",
        ),
        "owned.gpus_per_fte_small" => (
            "GPUs per engineer, small clusters",
            "GPU par ingénieur, petits clusters",
        ),
        "owned.gpus_per_fte_large" => (
            "GPUs per engineer, at scale",
            "GPU par ingénieur, à grande échelle",
        ),
        "owned.facility_fte_1mw" => ("Facility staff at 1 MW (FTE)", "Personnel de site à 1 MW (ETP)"),
        "owned.facility_fte_5mw" => ("Facility staff at 5 MW (FTE)", "Personnel de site à 5 MW (ETP)"),
        "owned.maintenance_share" => (
            "Maintenance per year (share of capex)",
            "Maintenance annuelle (part du capex)",
        ),
        "owned.software_eur_per_gpu_year" => ("Software per GPU (€/year)", "Logiciels par GPU (€/an)"),
        "cloud.capacity_lead_months" => (
            "Cloud capacity lead time (months)",
            "Délai de capacité cloud (mois)",
        ),
        "cloud.data_act_no_switching_charges" => (
            "Data Act: no switching charges from",
            "Data Act : fin des frais de changement à partir du",
        ),
        "finance.discount_rate" => ("Discount rate", "Taux d'actualisation"),
        "finance.depreciation_years" => ("Depreciation period (years)", "Durée d'amortissement (ans)"),
        "finance.residual_value_share" => {
            ("Residual value at end of life", "Valeur résiduelle en fin de vie")
        }
        "finance.usd_per_eur" => ("US dollars per euro", "Dollars US par euro"),
        "constraints.quota_startup" => ("GPU allocation, start-up", "Allocation de GPU, start-up"),
        "constraints.quota_small_buyer" => {
            ("GPU allocation, small buyer", "Allocation de GPU, petit acheteur")
        }
        "constraints.quota_enterprise" => (
            "GPU allocation, enterprise",
            "Allocation de GPU, grande entreprise",
        ),
        "constraints.quota_industrial" => ("GPU allocation, industrial", "Allocation de GPU, industriel"),
        "constraints.quota_cloud_provider" => (
            "GPU allocation, cloud provider",
            "Allocation de GPU, fournisseur cloud",
        ),
        "constraints.newest_generation_share" => (
            "Allocation share of the newest generation",
            "Part d'allocation de la dernière génération",
        ),
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
    fn every_source_key_has_a_bilingual_label() {
        for (key, _) in all_sources() {
            let (en, fr) = label_of(key).unwrap_or_else(|| panic!("no label for {key}"));
            assert!(!en.is_empty() && !fr.is_empty());
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
