//! Names of the model's enumerations, translated where shown.

use super::Lang;
use socle_model::t;
use socle_model::{
    Commitment, Country, DataSensitivity, DeploymentOption, GpuModel, KeyManagement, Persona, ProviderHq,
    Strategy, WeightProfile,
};

/// Name of a deployment option.
pub fn option(lang: Lang, o: DeploymentOption) -> &'static str {
    lang.tr(match o {
        DeploymentOption::OnPremises => t!("On premises"),
        DeploymentOption::Colocation => t!("Colocation"),
        DeploymentOption::EuSovereignCloud => t!("EU sovereign cloud"),
        DeploymentOption::UsSovereignOffer => t!("US hyperscaler, sovereign offer"),
        DeploymentOption::UsPublicCloud => t!("US hyperscaler, EU region"),
    })
}

/// Short name of a deployment option, for legends and axes.
pub fn option_short(lang: Lang, o: DeploymentOption) -> &'static str {
    lang.tr(match o {
        DeploymentOption::OnPremises => t!("On-prem"),
        DeploymentOption::Colocation => t!("Colocation"),
        DeploymentOption::EuSovereignCloud => t!("EU cloud"),
        DeploymentOption::UsSovereignOffer => t!("US sovereign"),
        DeploymentOption::UsPublicCloud => t!("US public"),
    })
}

/// Name of an accelerator (product names are the same in both languages).
pub fn gpu(_lang: Lang, g: GpuModel) -> &'static str {
    match g {
        GpuModel::H100Sxm => "NVIDIA H100 SXM",
        GpuModel::H200 => "NVIDIA H200",
        GpuModel::B200 => "NVIDIA B200",
        GpuModel::Gb200 => "NVIDIA GB200 NVL72",
        GpuModel::Mi300x => "AMD MI300X",
        GpuModel::Mi355x => "AMD MI355X",
        GpuModel::L40s => "NVIDIA L40S",
    }
}

/// Name of a country.
pub fn country(lang: Lang, c: Country) -> &'static str {
    lang.tr(match c {
        Country::Fr => t!("France"),
        Country::De => t!("Germany"),
        Country::Ie => t!("Ireland"),
        Country::Nl => t!("Netherlands"),
        Country::Be => t!("Belgium"),
        Country::Es => t!("Spain"),
        Country::It => t!("Italy"),
        Country::Pl => t!("Poland"),
        Country::Se => t!("Sweden"),
        Country::Fi => t!("Finland"),
        Country::Dk => t!("Denmark"),
        Country::No => t!("Norway"),
        Country::At => t!("Austria"),
        Country::Pt => t!("Portugal"),
        Country::Eu27 => t!("EU-27 average"),
    })
}

/// Name of a persona preset.
pub fn persona(lang: Lang, p: Persona) -> &'static str {
    lang.tr(match p {
        Persona::EnergyIndustrial => t!("Energy industrial"),
        Persona::AiStartup => t!("European AI start-up"),
        Persona::CriticalSoftwareVendor => t!("Critical software vendor"),
        Persona::MidSizeCompany => t!("Mid-size company (non-tech)"),
        Persona::LocalAuthority => t!("Local authority"),
        Persona::CloudProvider => t!("Cloud provider"),
        Persona::HealthDataHost => t!("Health data host"),
        Persona::UsStartupInEurope => t!("US start-up in Europe"),
        Persona::Custom => t!("Custom scenario"),
    })
}

/// Name of a data sensitivity level, with the SEAL it requires.
pub fn sensitivity(lang: Lang, d: DataSensitivity) -> &'static str {
    lang.tr(match d {
        DataSensitivity::Public => t!("Public (SEAL-0)"),
        DataSensitivity::Internal => t!("Internal (SEAL-1)"),
        DataSensitivity::Confidential => t!("Confidential, personal (SEAL-2)"),
        DataSensitivity::RegulatedHealth => t!("Regulated, health (SEAL-3)"),
        DataSensitivity::CriticalDefence => t!("Critical, defence (SEAL-4)"),
    })
}

/// Name of a provider headquarters jurisdiction.
pub fn provider_hq(lang: Lang, p: ProviderHq) -> &'static str {
    lang.tr(match p {
        ProviderHq::Eu => t!("EU-headquartered, EU-owned"),
        ProviderHq::EuJointVentureUsTech => t!("EU joint venture, US technology"),
        ProviderHq::NonEuAdequate => t!("Non-EU (UK, Switzerland)"),
    })
}

/// Name of a key-management mode.
pub fn key_management(lang: Lang, k: KeyManagement) -> &'static str {
    lang.tr(match k {
        KeyManagement::ProviderHeld => t!("Provider-held keys"),
        KeyManagement::Shared => t!("Customer-managed in provider KMS"),
        KeyManagement::CustomerHeld => t!("Customer-held keys (HYOK)"),
    })
}

/// Name of a commitment mode.
pub fn commitment(lang: Lang, c: Commitment) -> &'static str {
    lang.tr(match c {
        Commitment::OnDemand => t!("On demand"),
        Commitment::OneYear => t!("1-year reservation"),
        Commitment::ThreeYear => t!("3-year reservation"),
    })
}

/// Name of a migration strategy.
pub fn strategy(lang: Lang, s: Strategy) -> &'static str {
    lang.tr(match s {
        Strategy::Progressive => t!("Progressive"),
        Strategy::BigBang => t!("Big-bang"),
    })
}

/// Name of a sovereignty weight profile.
pub fn weight_profile(lang: Lang, w: WeightProfile) -> &'static str {
    lang.tr(match w {
        WeightProfile::Oct2025 => t!("CSF v1.2.1 (Oct 2025)"),
        WeightProfile::Jun2026 => t!("CSF calculator (Jun 2026)"),
        WeightProfile::Custom => t!("Custom weights"),
    })
}

/// The four constraints.
pub fn constraint(lang: Lang, index: usize) -> &'static str {
    lang.tr(match index {
        0 => t!("Hardware"),
        1 => t!("Economic"),
        2 => t!("Energy"),
        _ => t!("Geopolitical"),
    })
}
