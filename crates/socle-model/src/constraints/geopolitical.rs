//! Geopolitical pressure: exposure of the platform's jurisdiction to extraterritorial law, US export
//! controls on the accelerator, concentration of spending on non-EU suppliers.

use super::{clamp_score, pressure_from, ConstraintKind, Factor, Pressure, Reason, Relaxer};
use crate::catalogue::gpu;
use crate::scenario::{DeploymentOption, GpuModel, KeyManagement, ProviderHq, Scenario};
use crate::tco::{OptionTco, TcoResults};

/// Exposure of every accelerator in the catalogue to US export controls (EAR). EU buyers currently
/// import without a licence, but the January 2025 diffusion rule showed that this can change.
const EXPORT_CONTROL: f64 = 40.0;

/// Weight of the non-EU share of spending.
const NON_EU_WEIGHT: f64 = 60.0;

/// Exposure of an organisation controlled from the United States: US law (CLOUD Act, FISA 702) can
/// compel the organisation itself to hand over the data in its possession, custody or control, wherever
/// they run and whoever holds the keys, so the platform cannot lower it (the sovereignty model caps every
/// option at SEAL-1 for the same reason).
const US_PARENT_EXPOSURE: f64 = 100.0;

/// Exposure of the platform's operator to extraterritorial law (US CLOUD Act, FISA 702), 0..=100.
///
/// A US parent can be compelled whatever the subsidiary's location: the US public cloud 100, the US
/// sovereign offer 80 (EU-resident operations narrow but do not remove it). An EU cloud provider 10
/// (residual: US software and support contracts), 40 when it is a joint venture running licensed US
/// technology, 30 when headquartered in a non-EU adequate country. A colocation provider only holds
/// physical access: a quarter to a half of that. Owned on premises: 0. Keys held by the customer
/// outside the provider remove 15 points on cloud options (data at rest unreadable), shared keys 5.
pub fn jurisdiction_exposure(option: DeploymentOption, hq: ProviderHq, keys: KeyManagement) -> f64 {
    let base: f64 = match option {
        DeploymentOption::OnPremises => 0.0,
        DeploymentOption::Colocation => match hq {
            ProviderHq::Eu => 5.0,
            ProviderHq::EuJointVentureUsTech => 20.0,
            ProviderHq::NonEuAdequate => 15.0,
        },
        DeploymentOption::EuSovereignCloud => match hq {
            ProviderHq::Eu => 10.0,
            ProviderHq::EuJointVentureUsTech => 40.0,
            ProviderHq::NonEuAdequate => 30.0,
        },
        DeploymentOption::UsSovereignOffer => 80.0,
        DeploymentOption::UsPublicCloud => 100.0,
    };
    let key_relief = match (option.is_owned(), keys) {
        (true, _) | (false, KeyManagement::ProviderHeld) => 0.0,
        (false, KeyManagement::Shared) => 5.0,
        (false, KeyManagement::CustomerHeld) => 15.0,
    };
    (base - key_relief).max(0.0)
}

/// Share of a cloud option's fees that ends with non-EU suppliers: all of it for US groups; for an EU
/// provider the accelerators inside the price (about half of a GPU-hour price is hardware depreciation,
/// an estimate), more for a US-technology joint venture, all of it for a non-EU provider.
fn cloud_non_eu_share(option: DeploymentOption, hq: ProviderHq) -> f64 {
    match (option, hq) {
        (DeploymentOption::EuSovereignCloud, ProviderHq::Eu) => 0.5,
        (DeploymentOption::EuSovereignCloud, ProviderHq::EuJointVentureUsTech) => 0.75,
        _ => 1.0,
    }
}

/// Share of gross spending (residual value left out) that goes to non-EU suppliers: hardware,
/// maintenance and software are bought from US and Asian vendors; cloud fees by [`cloud_non_eu_share`];
/// colocation fees when the provider is not EU-headquartered. Energy, staff and construction are local.
pub fn non_eu_share(option: &OptionTco, hq: ProviderHq) -> f64 {
    let t = &option.total;
    let gross = t.total() - t.residual;
    let colo = if hq == ProviderHq::Eu { 0.0 } else { t.colocation };
    let non_eu =
        t.hardware + t.maintenance + t.software + colo + t.cloud_fees * cloud_non_eu_share(option.option, hq);
    if gross > 0.0 {
        (non_eu / gross).clamp(0.0, 1.0)
    } else {
        0.0
    }
}

#[derive(Debug, Clone, Copy)]
struct Inputs {
    option: DeploymentOption,
    us_parent: bool,
    hq: ProviderHq,
    keys: KeyManagement,
    gpu: GpuModel,
    non_eu_share: f64,
}

fn inputs(scenario: &Scenario, option: &OptionTco) -> Inputs {
    let p = &scenario.platform;
    Inputs {
        option: option.option,
        us_parent: scenario.organisation.us_parent,
        hq: p.provider_hq,
        keys: p.key_management,
        gpu: scenario.compute.gpu,
        non_eu_share: non_eu_share(option, p.provider_hq),
    }
}

fn factors(i: &Inputs) -> Vec<Factor> {
    let export = if gpu(i.gpu).us_export_controlled {
        EXPORT_CONTROL
    } else {
        0.0
    };
    vec![
        Factor {
            value: if i.us_parent {
                US_PARENT_EXPOSURE
            } else {
                jurisdiction_exposure(i.option, i.hq, i.keys)
            },
            reason: Reason::ExtraterritorialLaw {
                option: i.option,
                provider_hq: i.hq,
                key_management: i.keys,
            },
        },
        Factor {
            value: export,
            reason: Reason::ExportControl { gpu: i.gpu },
        },
        Factor {
            value: clamp_score(NON_EU_WEIGHT * i.non_eu_share),
            reason: Reason::NonEuSuppliers {
                non_eu_share: i.non_eu_share,
            },
        },
    ]
}

fn score(i: &Inputs) -> f64 {
    super::strongest(&factors(i)).value
}

/// Candidates: every other target, an EU-headquartered provider, customer-held keys.
fn candidates(scenario: &Scenario, tco: &TcoResults, i: &Inputs) -> Vec<(Relaxer, f64)> {
    let mut out = Vec::with_capacity(6);
    for option in DeploymentOption::ALL {
        if option != i.option {
            out.push((
                Relaxer::SwitchTarget { option },
                score(&inputs(scenario, tco.option(option))),
            ));
        }
    }
    let uses_hq = matches!(
        i.option,
        DeploymentOption::Colocation | DeploymentOption::EuSovereignCloud
    );
    if uses_hq && i.hq != ProviderHq::Eu {
        let own = tco.option(i.option);
        let relaxed = Inputs {
            hq: ProviderHq::Eu,
            non_eu_share: non_eu_share(own, ProviderHq::Eu),
            ..*i
        };
        out.push((Relaxer::ChooseEuProvider, score(&relaxed)));
    }
    if !i.option.is_owned() && i.keys != KeyManagement::CustomerHeld {
        out.push((
            Relaxer::CustomerHeldKeys,
            score(&Inputs {
                keys: KeyManagement::CustomerHeld,
                ..*i
            }),
        ));
    }
    out
}

/// The geopolitical pressure on the target platform.
pub(super) fn pressure(scenario: &Scenario, tco: &TcoResults) -> Pressure {
    let i = inputs(scenario, tco.option(scenario.platform.target));
    pressure_from(
        ConstraintKind::Geopolitical,
        factors(&i),
        candidates(scenario, tco, &i),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn us_groups_are_exposed_whatever_the_keys() {
        use KeyManagement::*;
        assert_eq!(
            jurisdiction_exposure(DeploymentOption::UsPublicCloud, ProviderHq::Eu, ProviderHeld),
            100.0
        );
        assert_eq!(
            jurisdiction_exposure(DeploymentOption::UsSovereignOffer, ProviderHq::Eu, CustomerHeld),
            65.0
        );
        assert_eq!(
            jurisdiction_exposure(DeploymentOption::EuSovereignCloud, ProviderHq::Eu, CustomerHeld),
            0.0
        );
        assert_eq!(
            jurisdiction_exposure(
                DeploymentOption::OnPremises,
                ProviderHq::NonEuAdequate,
                ProviderHeld
            ),
            0.0
        );
    }
}
