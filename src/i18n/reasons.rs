//! Plain-language sentences for the constraint model's reasons and relaxers, in every language.

use super::{format as f, labels, Lang};
use socle_model::constraints::{Reason, Relaxer};
use socle_model::{t, Commitment};

fn months(lang: Lang, m: f64) -> String {
    f::months(lang, m, 0)
}

fn count(lang: Lang, n: u32) -> String {
    f::number(lang, f64::from(n), 0)
}

/// Why a pressure is what it is.
pub fn reason(lang: Lang, r: &Reason) -> String {
    match *r {
        Reason::GpuLeadTime {
            gpu,
            lead_time_months,
            months_until_needed,
        } => lang.fill(
            "{gpu} takes {lead_time} to deliver; the capacity is needed in {needed}",
            &[
                ("gpu", labels::gpu(lang, gpu)),
                ("lead_time", &months(lang, lead_time_months)),
                ("needed", &months(lang, f64::from(months_until_needed))),
            ],
        ),
        Reason::CloudCapacityLeadTime {
            lead_time_months,
            months_until_needed,
        } => lang.fill(
            "Securing cloud capacity takes {lead_time}; it is needed in {needed}",
            &[
                ("lead_time", &months(lang, lead_time_months)),
                ("needed", &months(lang, f64::from(months_until_needed))),
            ],
        ),
        Reason::OrderAboveAllocation {
            gpu_count,
            obtainable,
            persona,
        } => lang.fill(
            "{count} GPUs ordered while a buyer of this profile ({profile}) typically obtains about {obtainable}",
            &[
                ("count", &count(lang, gpu_count)),
                ("profile", labels::persona(lang, persona)),
                ("obtainable", &count(lang, obtainable)),
            ],
        ),
        Reason::SingleVendor { vendor } => lang.fill(
            "The whole fleet depends on one vendor ({vendor})",
            &[("vendor", &format!("{vendor:?}").to_uppercase())],
        ),
        Reason::CommitmentVsBudget {
            commitment_eur,
            annual_it_budget_eur,
        } => lang.fill(
            "Up-front commitment of {amount}, {share} of the annual IT budget",
            &[
                ("amount", &f::eur_compact(lang, commitment_eur)),
                ("share", &f::percent(lang, commitment_eur / annual_it_budget_eur, 0)),
            ],
        ),
        Reason::FixedCostShare { fixed_share } => lang.fill(
            "{share} of the cost is due whether the GPUs work or not",
            &[("share", &f::percent(lang, fixed_share, 0))],
        ),
        Reason::IdleCapacityCost {
            idle_cost_eur,
            utilisation,
        } => lang.fill(
            "At {utilisation} utilisation, idle capacity costs {cost}",
            &[
                ("utilisation", &f::percent(lang, utilisation, 0)),
                ("cost", &f::eur_compact(lang, idle_cost_eur)),
            ],
        ),
        Reason::CostPremium {
            premium_share,
            cheapest,
        } => lang.fill(
            "{premium} dearer than the cheapest option ({cheapest})",
            &[
                ("premium", &f::percent(lang, premium_share, 0)),
                ("cheapest", labels::option_short(lang, cheapest)),
            ],
        ),
        Reason::Payback {
            payback_months,
            depreciation_months,
            against,
        } => match payback_months {
            Some(p) => lang.fill(
                "Pays back in {payback} against {against}, with a depreciation period of {depreciation}",
                &[
                    ("payback", &months(lang, p)),
                    ("against", labels::option_short(lang, against)),
                    ("depreciation", &months(lang, f64::from(depreciation_months))),
                ],
            ),
            None => lang.fill(
                "Never pays back against {against}",
                &[("against", labels::option_short(lang, against))],
            ),
        },
        Reason::GridCapacity {
            facility_mw,
            grid_capacity_mw,
        } => lang.fill(
            "The site needs {facility} against {grid} of grid capacity",
            &[
                ("facility", &f::with_unit(lang, facility_mw, 1, "MW")),
                ("grid", &f::with_unit(lang, grid_capacity_mw, 1, "MW")),
            ],
        ),
        Reason::GridConnectionLeadTime {
            country,
            lead_time_months,
            months_until_needed,
        } => lang.fill(
            "A grid connection in {country} takes {lead_time}; the capacity is needed in {needed}",
            &[
                ("country", labels::country(lang, country)),
                ("lead_time", &months(lang, lead_time_months)),
                ("needed", &months(lang, f64::from(months_until_needed))),
            ],
        ),
        Reason::EnergyPriceExposure {
            energy_share,
            volatility,
        } => lang.fill(
            "Energy is {share} of the cost, with price volatility of ±{volatility}",
            &[
                ("share", &f::percent(lang, energy_share, 0)),
                ("volatility", &f::percent(lang, volatility, 0)),
            ],
        ),
        Reason::ExtraterritorialLaw { option, .. } => lang.fill(
            "{option} is exposed to extraterritorial law (CLOUD Act, FISA 702)",
            &[("option", labels::option(lang, option))],
        ),
        Reason::ExportControl { gpu } => lang.fill(
            "{gpu} is subject to US export controls (EAR)",
            &[("gpu", labels::gpu(lang, gpu))],
        ),
        Reason::NonEuSuppliers { non_eu_share } => lang.fill(
            "{share} of spending goes to non-EU suppliers",
            &[("share", &f::percent(lang, non_eu_share, 0))],
        ),
    }
}

/// What would relax a pressure most.
pub fn relaxer(lang: Lang, r: &Relaxer) -> String {
    match *r {
        Relaxer::None => lang.tr("No single input change lowers it").to_owned(),
        Relaxer::PickGpu {
            gpu,
            lead_time_months,
        } => lang.fill(
            "Pick {gpu} ({lead_time} lead time)",
            &[
                ("gpu", labels::gpu(lang, gpu)),
                ("lead_time", &months(lang, lead_time_months)),
            ],
        ),
        Relaxer::NeedLater { months_until_needed } => lang.fill(
            "Plan the capacity for {needed} from now",
            &[("needed", &months(lang, f64::from(months_until_needed)))],
        ),
        Relaxer::ReduceGpuCount { gpu_count } => {
            lang.fill("Order {count} GPUs", &[("count", &count(lang, gpu_count))])
        }
        Relaxer::RightSize {
            gpu_count,
            utilisation,
        } => lang.fill(
            "Run the same work on {count} GPUs at {utilisation} utilisation",
            &[
                ("count", &count(lang, gpu_count)),
                ("utilisation", &f::percent(lang, utilisation, 0)),
            ],
        ),
        Relaxer::SwitchTarget { option } => {
            lang.fill("Target {option}", &[("option", labels::option(lang, option))])
        }
        Relaxer::ChangeCommitment { commitment } => lang
            .tr(match commitment {
                Commitment::OnDemand => t!("Buy on demand"),
                Commitment::OneYear => t!("Buy 1-year reservation"),
                Commitment::ThreeYear => t!("Buy 3-year reservation"),
            })
            .to_owned(),
        Relaxer::RaiseGridCapacity { grid_capacity_mw } => lang.fill(
            "Secure {grid} of grid capacity",
            &[("grid", &f::with_unit(lang, grid_capacity_mw, 1, "MW"))],
        ),
        Relaxer::MoveCountry {
            country,
            grid_lead_time_months,
        } => lang.fill(
            "Site it in {country} (grid connection in {lead_time})",
            &[
                ("country", labels::country(lang, country)),
                ("lead_time", &months(lang, grid_lead_time_months)),
            ],
        ),
        Relaxer::ChooseEuProvider => lang.tr("Choose an EU-headquartered provider").to_owned(),
        Relaxer::CustomerHeldKeys => lang.tr("Hold the encryption keys yourself").to_owned(),
    }
}
