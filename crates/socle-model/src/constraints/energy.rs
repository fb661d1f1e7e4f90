//! Energy pressure: facility power against the site's grid capacity, grid-connection lead time,
//! exposure of the cost to energy-price swings.
//!
//! Who carries the grid risk depends on the target: on premises the organisation does in full; a
//! colocation provider holds the connection but its new capacity waits for the same grid (up to half
//! the lead-time pressure, for blocks that need new-build halls); a cloud provider carries it (a fifth) and passes price swings through only
//! partly, by repricing (Scaleway raised its H100 price 10 % between April and September 2026).
//!
//! Whose grid and whose prices: the site's country for owned options, the provider's region for cloud
//! options (the country whose grid powers the reference price, [`crate::catalogue::CloudOffer::region`]):
//! a French user renting in Sweden waits for the Swedish grid and is exposed to Swedish prices. Moving
//! the user's site does not move a provider's region, so a cloud target has no "move country" relaxer.

use super::{clamp_score, pressure_from, timing_pressure, ConstraintKind, Factor, Pressure, Reason, Relaxer};
use crate::catalogue::{cloud_offer, country};
use crate::scenario::{Country, DeploymentOption, Scenario};
use crate::tco::{OptionTco, TcoResults};

/// Share of TCO at risk (energy share × volatility) that saturates the price factor: 10 %.
const COST_AT_RISK_SATURATION: f64 = 0.10;

/// Colocation block that needs new-build capacity: European vacancy (~9 %, CBRE 2025) leaves blocks of
/// a few MW in existing halls, larger ones wait for new, pre-let capacity (Frankfurt vacancy 0.6 %,
/// 71 % of the pipeline pre-let). Estimate.
const COLO_NEW_BUILD_MW: f64 = 10.0;

/// Share of the grid lead-time pressure carried by the organisation, by kind of target and size.
fn lead_time_exposure(option: DeploymentOption, facility_mw: f64) -> f64 {
    match option {
        DeploymentOption::OnPremises => 1.0,
        DeploymentOption::Colocation => 0.5 * (facility_mw / COLO_NEW_BUILD_MW).min(1.0),
        _ => 0.2,
    }
}

/// Share of the energy-price pressure carried by the organisation: owned fleets pay the bill; cloud
/// prices move with energy only through repricing.
fn price_exposure(option: DeploymentOption) -> f64 {
    if option.is_owned() {
        1.0
    } else {
        0.3
    }
}

/// The inputs the energy pressure reads, for one option.
#[derive(Debug, Clone, Copy)]
struct Inputs {
    option: DeploymentOption,
    facility_mw: f64,
    grid_capacity_mw: f64,
    country: Country,
    months_until_needed: u32,
    /// Undiscounted energy cost (billed or embedded), euros, and total cost over the horizon, euros.
    energy_eur: f64,
    total_eur: f64,
}

fn inputs(scenario: &Scenario, option: &OptionTco) -> Inputs {
    let energy_eur = if option.power.energy_embedded {
        option.power.annual_energy_eur * f64::from(scenario.compute.horizon_years)
    } else {
        option.total.energy
    };
    Inputs {
        option: option.option,
        facility_mw: option.power.facility_mw_peak,
        grid_capacity_mw: scenario.site.grid_capacity_mw,
        country: cloud_offer(option.option).map_or(scenario.site.country, |o| o.region),
        months_until_needed: scenario.compute.months_until_needed,
        energy_eur,
        total_eur: option.total_cost_eur,
    }
}

/// A new or larger grid connection is needed when the facility exceeds the site's capacity (on
/// premises); colocation and cloud providers need new connections to grow, whatever the site has.
fn needs_connection(i: &Inputs) -> bool {
    i.option != DeploymentOption::OnPremises || i.facility_mw > i.grid_capacity_mw
}

fn factors(i: &Inputs) -> Vec<Factor> {
    let spec = country(i.country);
    let capacity = if i.option != DeploymentOption::OnPremises {
        0.0
    } else if i.grid_capacity_mw > 0.0 {
        // Using half the capacity: 25; all of it: 50; twice it or more: 100.
        clamp_score(50.0 * i.facility_mw / i.grid_capacity_mw)
    } else {
        100.0
    };
    let lead = spec.grid_lead_time_months.value;
    let timing = if needs_connection(i) {
        lead_time_exposure(i.option, i.facility_mw) * timing_pressure(lead, f64::from(i.months_until_needed))
    } else {
        0.0
    };
    let energy_share = if i.total_eur > 0.0 {
        (i.energy_eur / i.total_eur).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let volatility = spec.price_volatility.value;
    let price =
        price_exposure(i.option) * clamp_score(100.0 * energy_share * volatility / COST_AT_RISK_SATURATION);
    vec![
        Factor {
            value: capacity,
            reason: Reason::GridCapacity {
                facility_mw: i.facility_mw,
                grid_capacity_mw: i.grid_capacity_mw,
            },
        },
        Factor {
            value: timing,
            reason: Reason::GridConnectionLeadTime {
                country: i.country,
                lead_time_months: lead,
                months_until_needed: i.months_until_needed,
            },
        },
        Factor {
            value: price,
            reason: Reason::EnergyPriceExposure {
                energy_share,
                volatility,
            },
        },
    ]
}

fn score(i: &Inputs) -> f64 {
    super::strongest(&factors(i)).value
}

/// The same inputs with the site in `to`. Billed energy is proportional to the price, so the energy
/// cost scales exactly with the price ratio; embedded cloud energy does not move with the site.
fn moved(i: &Inputs, scenario: &Scenario, to: Country) -> Inputs {
    let mut out = Inputs { country: to, ..*i };
    if i.option.is_owned() && scenario.site.energy_price_override_eur_kwh.is_none() {
        let ratio = country(to).electricity_eur_kwh.value / country(i.country).electricity_eur_kwh.value;
        out.energy_eur = i.energy_eur * ratio;
        out.total_eur = i.total_eur - i.energy_eur + out.energy_eur;
    }
    out
}

/// Candidates: every other target, enough grid capacity, needing the capacity when the grid connects,
/// the country that relaxes the pressure most.
fn candidates(scenario: &Scenario, tco: &TcoResults, i: &Inputs) -> Vec<(Relaxer, f64)> {
    let mut out = Vec::with_capacity(8);
    for option in DeploymentOption::ALL {
        if option != i.option {
            out.push((
                Relaxer::SwitchTarget { option },
                score(&inputs(scenario, tco.option(option))),
            ));
        }
    }
    if i.option == DeploymentOption::OnPremises && i.facility_mw > i.grid_capacity_mw {
        let mw = ((i.facility_mw * 10.0).ceil() / 10.0).min(2_000.0);
        let value = score(&Inputs {
            grid_capacity_mw: mw,
            ..*i
        });
        out.push((Relaxer::RaiseGridCapacity { grid_capacity_mw: mw }, value));
    }
    let lead = country(i.country).grid_lead_time_months.value.ceil() as u32;
    if needs_connection(i) && lead > i.months_until_needed {
        let months = lead.min(60);
        out.push((
            Relaxer::NeedLater {
                months_until_needed: months,
            },
            score(&Inputs {
                months_until_needed: months,
                ..*i
            }),
        ));
    }
    let best_country = Country::ALL
        .into_iter()
        .filter(|c| i.option.is_owned() && *c != i.country)
        .map(|c| (c, score(&moved(i, scenario, c))))
        .fold(None, |best: Option<(Country, f64)>, (c, v)| match best {
            Some((_, bv)) if bv <= v => best,
            _ => Some((c, v)),
        });
    if let Some((c, value)) = best_country {
        let grid_lead_time_months = country(c).grid_lead_time_months.value;
        out.push((
            Relaxer::MoveCountry {
                country: c,
                grid_lead_time_months,
            },
            value,
        ));
    }
    out
}

/// The energy pressure on the target platform.
pub(super) fn pressure(scenario: &Scenario, tco: &TcoResults) -> Pressure {
    let i = inputs(scenario, tco.option(scenario.platform.target));
    pressure_from(ConstraintKind::Energy, factors(&i), candidates(scenario, tco, &i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on_prem(facility_mw: f64, grid_capacity_mw: f64, months: u32) -> Inputs {
        Inputs {
            option: DeploymentOption::OnPremises,
            facility_mw,
            grid_capacity_mw,
            country: Country::De,
            months_until_needed: months,
            energy_eur: 10.0,
            total_eur: 100.0,
        }
    }

    #[test]
    fn a_hall_within_the_grid_capacity_needs_no_new_connection() {
        // 4 MW on a 10 MW connection: 50 × 0.4 = 20; no connection, so no lead-time pressure.
        let f = factors(&on_prem(4.0, 10.0, 0));
        assert!((f[0].value - 20.0).abs() < 1e-12);
        assert_eq!(f[1].value, 0.0);
        // Germany: volatility 0.15, energy share 10 %: 100 × 0.1 × 0.15 / 0.1 = 15.
        assert!((f[2].value - 15.0).abs() < 1e-9);
    }

    #[test]
    fn a_hall_beyond_the_grid_waits_for_the_german_grid() {
        // 20 MW on 10 MW: 100. Germany 48 months' connection against 24: 50 + 50 × min(1, 24/12) = 100.
        let f = factors(&on_prem(20.0, 10.0, 24));
        assert_eq!(f[0].value, 100.0);
        assert_eq!(f[1].value, 100.0);
    }

    #[test]
    fn a_cloud_target_reads_the_grid_of_the_provider_region() {
        use crate::catalogue::personas::baseline;
        use crate::tco;
        // A German user renting from the EU sovereign cloud (priced in France): the French grid's
        // connection time and price volatility apply, not Germany's.
        let mut s = baseline();
        s.site.country = Country::De;
        s.platform.target = DeploymentOption::EuSovereignCloud;
        let r = tco::evaluate(&s);
        let i = inputs(&s, r.option(DeploymentOption::EuSovereignCloud));
        assert_eq!(i.country, Country::Fr);
        let reason = factors(&i)[1].reason;
        assert!(matches!(
            reason,
            Reason::GridConnectionLeadTime {
                country: Country::Fr,
                ..
            }
        ));
        // The owned options keep the site's country, and only they can be relaxed by moving.
        let colo = inputs(&s, r.option(DeploymentOption::Colocation));
        assert_eq!(colo.country, Country::De);
        let moves = |i: &Inputs| {
            candidates(&s, &r, i)
                .iter()
                .any(|(relaxer, _)| matches!(relaxer, Relaxer::MoveCountry { .. }))
        };
        assert!(!moves(&i));
        assert!(moves(&colo));
    }
}
