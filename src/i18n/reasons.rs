//! Plain-language sentences for the constraint model's reasons and relaxers, in both languages.

use super::{format as f, labels, Lang};
use socle_model::constraints::{Reason, Relaxer};
use socle_model::Commitment;

fn months(lang: Lang, m: f64) -> String {
    f::months(lang, m, 0)
}

/// Why a pressure is what it is.
pub fn reason(lang: Lang, r: &Reason) -> String {
    let fr = lang == Lang::Fr;
    match *r {
        Reason::GpuLeadTime {
            gpu,
            lead_time_months,
            months_until_needed,
        } => {
            if fr {
                format!(
                    "{} : {} de délai de livraison, capacité requise dans {}",
                    labels::gpu(lang, gpu),
                    months(lang, lead_time_months),
                    months(lang, f64::from(months_until_needed))
                )
            } else {
                format!(
                    "{} takes {} to deliver; the capacity is needed in {}",
                    labels::gpu(lang, gpu),
                    months(lang, lead_time_months),
                    months(lang, f64::from(months_until_needed))
                )
            }
        }
        Reason::CloudCapacityLeadTime {
            lead_time_months,
            months_until_needed,
        } => {
            if fr {
                format!(
                    "Obtenir la capacité cloud prend {}, requise dans {}",
                    months(lang, lead_time_months),
                    months(lang, f64::from(months_until_needed))
                )
            } else {
                format!(
                    "Securing cloud capacity takes {}; it is needed in {}",
                    months(lang, lead_time_months),
                    months(lang, f64::from(months_until_needed))
                )
            }
        }
        Reason::OrderAboveAllocation {
            gpu_count,
            obtainable,
            persona,
        } => {
            if fr {
                format!(
                    "{} GPU commandés, quand un acheteur de ce profil ({}) en obtient environ {}",
                    f::number(lang, f64::from(gpu_count), 0),
                    labels::persona(lang, persona),
                    f::number(lang, f64::from(obtainable), 0)
                )
            } else {
                format!(
                    "{} GPUs ordered while a buyer of this profile ({}) typically obtains about {}",
                    f::number(lang, f64::from(gpu_count), 0),
                    labels::persona(lang, persona),
                    f::number(lang, f64::from(obtainable), 0)
                )
            }
        }
        Reason::SingleVendor { vendor } => {
            let v = format!("{vendor:?}").to_uppercase();
            if fr {
                format!("Tout le parc dépend d’un seul fabricant ({v})")
            } else {
                format!("The whole fleet depends on one vendor ({v})")
            }
        }
        Reason::CommitmentVsBudget {
            commitment_eur,
            annual_it_budget_eur,
        } => {
            if fr {
                format!(
                    "Engagement initial de {}, soit {} du budget informatique annuel",
                    f::eur_compact(lang, commitment_eur),
                    f::percent(lang, commitment_eur / annual_it_budget_eur, 0)
                )
            } else {
                format!(
                    "Up-front commitment of {}, {} of the annual IT budget",
                    f::eur_compact(lang, commitment_eur),
                    f::percent(lang, commitment_eur / annual_it_budget_eur, 0)
                )
            }
        }
        Reason::FixedCostShare { fixed_share } => {
            if fr {
                format!(
                    "{} du coût est dû que les GPU travaillent ou non",
                    f::percent(lang, fixed_share, 0)
                )
            } else {
                format!(
                    "{} of the cost is due whether the GPUs work or not",
                    f::percent(lang, fixed_share, 0)
                )
            }
        }
        Reason::IdleCapacityCost {
            idle_cost_eur,
            utilisation,
        } => {
            if fr {
                format!(
                    "À {} d’utilisation, la capacité inactive coûte {}",
                    f::percent(lang, utilisation, 0),
                    f::eur_compact(lang, idle_cost_eur)
                )
            } else {
                format!(
                    "At {} utilisation, idle capacity costs {}",
                    f::percent(lang, utilisation, 0),
                    f::eur_compact(lang, idle_cost_eur)
                )
            }
        }
        Reason::CostPremium {
            premium_share,
            cheapest,
        } => {
            if fr {
                format!(
                    "{} plus cher que l’option la moins chère ({})",
                    f::percent(lang, premium_share, 0),
                    labels::option_short(lang, cheapest)
                )
            } else {
                format!(
                    "{} dearer than the cheapest option ({})",
                    f::percent(lang, premium_share, 0),
                    labels::option_short(lang, cheapest)
                )
            }
        }
        Reason::Payback {
            payback_months,
            depreciation_months,
            against,
        } => match (payback_months, fr) {
            (Some(p), true) => format!(
                "Retour sur investissement en {} face à {}, pour un amortissement sur {}",
                months(lang, p),
                labels::option_short(lang, against),
                months(lang, f64::from(depreciation_months))
            ),
            (Some(p), false) => format!(
                "Pays back in {} against {}, with a depreciation period of {}",
                months(lang, p),
                labels::option_short(lang, against),
                months(lang, f64::from(depreciation_months))
            ),
            (None, true) => format!(
                "Ne se rembourse jamais face à {}",
                labels::option_short(lang, against)
            ),
            (None, false) => format!("Never pays back against {}", labels::option_short(lang, against)),
        },
        Reason::GridCapacity {
            facility_mw,
            grid_capacity_mw,
        } => {
            if fr {
                format!(
                    "Le site demande {} pour {} disponibles sur le réseau",
                    f::with_unit(lang, facility_mw, 1, "MW"),
                    f::with_unit(lang, grid_capacity_mw, 1, "MW")
                )
            } else {
                format!(
                    "The site needs {} against {} of grid capacity",
                    f::with_unit(lang, facility_mw, 1, "MW"),
                    f::with_unit(lang, grid_capacity_mw, 1, "MW")
                )
            }
        }
        Reason::GridConnectionLeadTime {
            country,
            lead_time_months,
            months_until_needed,
        } => {
            if fr {
                format!(
                    "Raccordement au réseau en {} : {}, capacité requise dans {}",
                    labels::country(lang, country),
                    months(lang, lead_time_months),
                    months(lang, f64::from(months_until_needed))
                )
            } else {
                format!(
                    "A grid connection in {} takes {}; the capacity is needed in {}",
                    labels::country(lang, country),
                    months(lang, lead_time_months),
                    months(lang, f64::from(months_until_needed))
                )
            }
        }
        Reason::EnergyPriceExposure {
            energy_share,
            volatility,
        } => {
            if fr {
                format!(
                    "L’énergie pèse {} du coût, avec une volatilité des prix de ±{}",
                    f::percent(lang, energy_share, 0),
                    f::percent(lang, volatility, 0)
                )
            } else {
                format!(
                    "Energy is {} of the cost, with price volatility of ±{}",
                    f::percent(lang, energy_share, 0),
                    f::percent(lang, volatility, 0)
                )
            }
        }
        Reason::ExtraterritorialLaw { option, .. } => {
            if fr {
                format!(
                    "{} : exposé aux lois extraterritoriales (CLOUD Act, FISA 702)",
                    labels::option(lang, option)
                )
            } else {
                format!(
                    "{} is exposed to extraterritorial law (CLOUD Act, FISA 702)",
                    labels::option(lang, option)
                )
            }
        }
        Reason::ExportControl { gpu } => {
            if fr {
                format!(
                    "{} est soumis au contrôle des exportations américain (EAR)",
                    labels::gpu(lang, gpu)
                )
            } else {
                format!(
                    "{} is subject to US export controls (EAR)",
                    labels::gpu(lang, gpu)
                )
            }
        }
        Reason::NonEuSuppliers { non_eu_share } => {
            if fr {
                format!(
                    "{} des dépenses vont à des fournisseurs non européens",
                    f::percent(lang, non_eu_share, 0)
                )
            } else {
                format!(
                    "{} of spending goes to non-EU suppliers",
                    f::percent(lang, non_eu_share, 0)
                )
            }
        }
    }
}

fn commitment(lang: Lang, c: Commitment) -> &'static str {
    labels::commitment(lang, c)
}

/// What would relax a pressure most.
pub fn relaxer(lang: Lang, r: &Relaxer) -> String {
    let fr = lang == Lang::Fr;
    match *r {
        Relaxer::None => lang.tr("No single input change lowers it").to_owned(),
        Relaxer::PickGpu {
            gpu,
            lead_time_months,
        } => {
            if fr {
                format!(
                    "Choisir {} ({} de délai)",
                    labels::gpu(lang, gpu),
                    months(lang, lead_time_months)
                )
            } else {
                format!(
                    "Pick {} ({} lead time)",
                    labels::gpu(lang, gpu),
                    months(lang, lead_time_months)
                )
            }
        }
        Relaxer::NeedLater { months_until_needed } => {
            if fr {
                format!(
                    "Viser une mise en service dans {}",
                    months(lang, f64::from(months_until_needed))
                )
            } else {
                format!(
                    "Plan the capacity for {} from now",
                    months(lang, f64::from(months_until_needed))
                )
            }
        }
        Relaxer::ReduceGpuCount { gpu_count } => {
            if fr {
                format!("Commander {} GPU", f::number(lang, f64::from(gpu_count), 0))
            } else {
                format!("Order {} GPUs", f::number(lang, f64::from(gpu_count), 0))
            }
        }
        Relaxer::RightSize {
            gpu_count,
            utilisation,
        } => {
            if fr {
                format!(
                    "Faire le même travail sur {} GPU utilisés à {}",
                    f::number(lang, f64::from(gpu_count), 0),
                    f::percent(lang, utilisation, 0)
                )
            } else {
                format!(
                    "Run the same work on {} GPUs at {} utilisation",
                    f::number(lang, f64::from(gpu_count), 0),
                    f::percent(lang, utilisation, 0)
                )
            }
        }
        Relaxer::SwitchTarget { option } => {
            if fr {
                format!("Viser {}", labels::option(lang, option))
            } else {
                format!("Target {}", labels::option(lang, option))
            }
        }
        Relaxer::ChangeCommitment { commitment: c } => {
            if fr {
                format!("Acheter en {}", commitment(lang, c).to_lowercase())
            } else {
                format!("Buy {}", commitment(lang, c).to_lowercase())
            }
        }
        Relaxer::RaiseGridCapacity { grid_capacity_mw } => {
            if fr {
                format!(
                    "Sécuriser {} de capacité réseau",
                    f::with_unit(lang, grid_capacity_mw, 1, "MW")
                )
            } else {
                format!(
                    "Secure {} of grid capacity",
                    f::with_unit(lang, grid_capacity_mw, 1, "MW")
                )
            }
        }
        Relaxer::MoveCountry {
            country,
            grid_lead_time_months,
        } => {
            if fr {
                format!(
                    "Implanter en {} (raccordement en {})",
                    labels::country(lang, country),
                    months(lang, grid_lead_time_months)
                )
            } else {
                format!(
                    "Site it in {} (grid connection in {})",
                    labels::country(lang, country),
                    months(lang, grid_lead_time_months)
                )
            }
        }
        Relaxer::ChooseEuProvider => lang.tr("Choose an EU-headquartered provider").to_owned(),
        Relaxer::CustomerHeldKeys => lang.tr("Hold the encryption keys yourself").to_owned(),
    }
}
