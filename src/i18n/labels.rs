//! Names of the model's enumerations, in both languages.

use super::Lang;
use socle_model::{
    Commitment, Country, DataSensitivity, DeploymentOption, GpuModel, KeyManagement, Persona, ProviderHq,
    Strategy, WeightProfile,
};

/// Name of a deployment option.
pub fn option(lang: Lang, o: DeploymentOption) -> &'static str {
    lang.pick(match o {
        DeploymentOption::OnPremises => ("On premises", "Sur site"),
        DeploymentOption::Colocation => ("Colocation", "Colocation"),
        DeploymentOption::EuSovereignCloud => ("EU sovereign cloud", "Cloud souverain européen"),
        DeploymentOption::UsSovereignOffer => (
            "US hyperscaler, sovereign offer",
            "Hyperscaler US, offre « souveraine »",
        ),
        DeploymentOption::UsPublicCloud => ("US hyperscaler, EU region", "Hyperscaler US, région UE"),
    })
}

/// Short name of a deployment option, for legends and axes.
pub fn option_short(lang: Lang, o: DeploymentOption) -> &'static str {
    lang.pick(match o {
        DeploymentOption::OnPremises => ("On-prem", "Sur site"),
        DeploymentOption::Colocation => ("Colocation", "Colocation"),
        DeploymentOption::EuSovereignCloud => ("EU cloud", "Cloud UE"),
        DeploymentOption::UsSovereignOffer => ("US sovereign", "US souverain"),
        DeploymentOption::UsPublicCloud => ("US public", "US public"),
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
    lang.pick(match c {
        Country::Fr => ("France", "France"),
        Country::De => ("Germany", "Allemagne"),
        Country::Ie => ("Ireland", "Irlande"),
        Country::Nl => ("Netherlands", "Pays-Bas"),
        Country::Be => ("Belgium", "Belgique"),
        Country::Es => ("Spain", "Espagne"),
        Country::It => ("Italy", "Italie"),
        Country::Pl => ("Poland", "Pologne"),
        Country::Se => ("Sweden", "Suède"),
        Country::Fi => ("Finland", "Finlande"),
        Country::Dk => ("Denmark", "Danemark"),
        Country::No => ("Norway", "Norvège"),
        Country::At => ("Austria", "Autriche"),
        Country::Pt => ("Portugal", "Portugal"),
        Country::Eu27 => ("EU-27 average", "Moyenne UE-27"),
    })
}

/// Name of a persona preset.
pub fn persona(lang: Lang, p: Persona) -> &'static str {
    lang.pick(match p {
        Persona::EnergyIndustrial => ("Energy industrial", "Industriel de l’énergie"),
        Persona::AiStartup => ("European AI start-up", "Start-up IA européenne"),
        Persona::CriticalSoftwareVendor => ("Critical software vendor", "Éditeur de logiciels critiques"),
        Persona::MidSizeCompany => ("Mid-size company (non-tech)", "ETI non tech"),
        Persona::LocalAuthority => ("Local authority", "Collectivité territoriale"),
        Persona::CloudProvider => ("Cloud provider", "Fournisseur de cloud"),
        Persona::HealthDataHost => ("Health data host", "Hébergeur de données de santé"),
        Persona::UsStartupInEurope => ("US start-up in Europe", "Start-up US en Europe"),
        Persona::Custom => ("Custom scenario", "Scénario personnalisé"),
    })
}

/// Name of a data sensitivity level, with the SEAL it requires.
pub fn sensitivity(lang: Lang, d: DataSensitivity) -> &'static str {
    lang.pick(match d {
        DataSensitivity::Public => ("Public (SEAL-0)", "Publique (SEAL-0)"),
        DataSensitivity::Internal => ("Internal (SEAL-1)", "Interne (SEAL-1)"),
        DataSensitivity::Confidential => (
            "Confidential, personal (SEAL-2)",
            "Confidentielle, personnelle (SEAL-2)",
        ),
        DataSensitivity::RegulatedHealth => ("Regulated, health (SEAL-3)", "Réglementée, santé (SEAL-3)"),
        DataSensitivity::CriticalDefence => ("Critical, defence (SEAL-4)", "Critique, défense (SEAL-4)"),
    })
}

/// Name of a provider headquarters jurisdiction.
pub fn provider_hq(lang: Lang, p: ProviderHq) -> &'static str {
    lang.pick(match p {
        ProviderHq::Eu => ("EU-headquartered, EU-owned", "Siège et capital européens"),
        ProviderHq::EuJointVentureUsTech => (
            "EU joint venture, US technology",
            "Coentreprise européenne, technologie US",
        ),
        ProviderHq::NonEuAdequate => ("Non-EU (UK, Switzerland)", "Hors UE (Royaume-Uni, Suisse)"),
    })
}

/// Name of a key-management mode.
pub fn key_management(lang: Lang, k: KeyManagement) -> &'static str {
    lang.pick(match k {
        KeyManagement::ProviderHeld => ("Provider-held keys", "Clés détenues par le fournisseur"),
        KeyManagement::Shared => (
            "Customer-managed in provider KMS",
            "Clés client dans le KMS du fournisseur",
        ),
        KeyManagement::CustomerHeld => ("Customer-held keys (HYOK)", "Clés détenues par le client (HYOK)"),
    })
}

/// Name of a commitment mode.
pub fn commitment(lang: Lang, c: Commitment) -> &'static str {
    lang.pick(match c {
        Commitment::OnDemand => ("On demand", "À la demande"),
        Commitment::OneYear => ("1-year reservation", "Réservation 1 an"),
        Commitment::ThreeYear => ("3-year reservation", "Réservation 3 ans"),
    })
}

/// Name of a migration strategy.
pub fn strategy(lang: Lang, s: Strategy) -> &'static str {
    lang.pick(match s {
        Strategy::Progressive => ("Progressive", "Progressive"),
        Strategy::BigBang => ("Big-bang", "Big-bang"),
    })
}

/// Name of a sovereignty weight profile.
pub fn weight_profile(lang: Lang, w: WeightProfile) -> &'static str {
    lang.pick(match w {
        WeightProfile::Oct2025 => ("CSF v1.2.1 (Oct 2025)", "CSF v1.2.1 (oct. 2025)"),
        WeightProfile::Jun2026 => ("CSF calculator (Jun 2026)", "Calculateur CSF (juin 2026)"),
        WeightProfile::Custom => ("Custom weights", "Pondérations personnalisées"),
    })
}

/// The four constraints.
pub fn constraint(lang: Lang, index: usize) -> &'static str {
    lang.pick(match index {
        0 => ("Hardware", "Matériel"),
        1 => ("Economic", "Économique"),
        2 => ("Energy", "Énergie"),
        _ => ("Geopolitical", "Géopolitique"),
    })
}
