//! "Explain this number": for every headline figure, the formula in words, the input values used and
//! the source and year of each default involved.

use crate::catalogue::{cloud_offer, country, gpu, options, regulation};
use crate::scenario::{DeploymentOption, Scenario};
use crate::source::Source;
use crate::sovereignty::{CALCULATOR_SOURCE, FRAMEWORK_SOURCE, OBJECTIVES, POINTS_SOURCE};
use crate::t;
use crate::tco::CostCategory;
use crate::Results;
use serde::Serialize;

/// A text in English, its own key for translation (shown with [`crate::Lang::tr`]).
pub type Label = &'static str;

/// The headline figures of the dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Headline {
    /// Cheapest option by NPV and its margin over the runner-up.
    Cheapest,
    /// NPV of the target platform.
    TargetNpv,
    /// Cost per useful GPU-hour of the target.
    CostPerUsefulGpuHour,
    /// Facility power of the target.
    FacilityPower,
    /// Emissions of the target.
    Emissions,
    /// Sovereignty score and SEAL of the target against the required SEAL.
    Sovereignty,
    /// The binding constraint.
    BindingConstraint,
    /// Migration P50 cost and completion for the chosen strategy.
    Migration,
}

impl Headline {
    /// Every headline, in display order.
    pub const ALL: [Headline; 8] = [
        Self::Cheapest,
        Self::TargetNpv,
        Self::CostPerUsefulGpuHour,
        Self::FacilityPower,
        Self::Emissions,
        Self::Sovereignty,
        Self::BindingConstraint,
        Self::Migration,
    ];

    /// Stable identifier (test ids, share links).
    pub const fn id(self) -> &'static str {
        match self {
            Self::Cheapest => "cheapest",
            Self::TargetNpv => "npv",
            Self::CostPerUsefulGpuHour => "gpu-hour",
            Self::FacilityPower => "power",
            Self::Emissions => "co2",
            Self::Sovereignty => "sovereignty",
            Self::BindingConstraint => "constraint",
            Self::Migration => "migration",
        }
    }
}

/// Unit of an input value, for formatting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Unit {
    /// Euros.
    Eur,
    /// Euros per kWh.
    EurPerKwh,
    /// Euros per GPU-hour.
    EurPerGpuHour,
    /// US dollars.
    Usd,
    /// A fraction shown as a percentage.
    Share,
    /// A plain number.
    Number,
    /// Watts.
    Watts,
    /// Megawatts.
    Mw,
    /// Kilowatts.
    Kw,
    /// Megawatt-hours per year.
    MwhPerYear,
    /// Grams CO2e per kWh.
    GCo2PerKwh,
    /// Tonnes CO2e per year.
    TCo2PerYear,
    /// Hours.
    Hours,
    /// Months.
    Months,
    /// Years.
    Years,
    /// A score out of 100.
    Score,
}

/// One input of a derivation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct InputValue {
    /// What it is.
    pub label: Label,
    /// What it applies to, when the label alone is ambiguous (e.g. `SOV-3` for a weight).
    pub qualifier: Option<&'static str>,
    /// Its value in this scenario.
    pub value: f64,
    /// Its unit.
    pub unit: Unit,
}

/// A derivation, ready to show.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Explanation {
    /// Which headline.
    pub headline: Headline,
    /// The formula in words.
    pub formula: Label,
    /// Input values used.
    pub inputs: Vec<InputValue>,
    /// The defaults involved: what (key) and where from.
    pub sources: Vec<(&'static str, Source)>,
}

fn input(label: Label, value: f64, unit: Unit) -> InputValue {
    InputValue {
        label,
        qualifier: None,
        value,
        unit,
    }
}

/// Sources among `pool` whose key ends with one of `fields`.
fn pick(pool: &[(&'static str, Source)], fields: &[&str]) -> Vec<(&'static str, Source)> {
    pool.iter()
        .filter(|(k, _)| fields.iter().any(|f| k.ends_with(f)))
        .copied()
        .collect()
}

fn owned_pool() -> Vec<(&'static str, Source)> {
    options::sources()
}

/// Sources behind an option's cost.
fn cost_sources(s: &Scenario, o: DeploymentOption) -> Vec<(&'static str, Source)> {
    let g = gpu(s.compute.gpu).sources();
    let mut out = Vec::new();
    if o.is_owned() {
        out.extend(pick(
            &g,
            &[
                "price_usd",
                "system_multiplier",
                "board_power_w",
                "server_overhead",
            ],
        ));
        if s.site.energy_price_override_eur_kwh.is_none() {
            out.extend(pick(&country(s.site.country).sources(), &["electricity_eur_kwh"]));
        }
        let mut fields = vec![
            "network_share",
            "staff_eur_per_fte",
            "maintenance_share",
            "software_eur_per_gpu_year",
        ];
        if o == DeploymentOption::OnPremises {
            fields.extend([
                "on_prem_pue",
                "facility_capex_eur_per_kw",
                "facility_upkeep_share",
            ]);
        } else {
            fields.extend(["colo_pue", "colo_eur_per_kw_month"]);
        }
        out.extend(pick(&owned_pool(), &fields));
        out.extend(pick(
            &owned_pool(),
            &[
                "finance.depreciation_years",
                "finance.residual_value_share",
                "finance.usd_per_eur",
            ],
        ));
    } else {
        let suffix = match o {
            DeploymentOption::EuSovereignCloud => "cloud_eur_gpu_h.eu_sovereign_cloud",
            DeploymentOption::UsSovereignOffer => "cloud_eur_gpu_h.us_sovereign_offer",
            _ => "cloud_eur_gpu_h.us_public_cloud",
        };
        out.extend(pick(&g, &[suffix]));
        if let Some(offer) = cloud_offer(o) {
            out.extend(pick(
                &offer.sources(),
                &["one_year_discount", "three_year_discount"],
            ));
        }
        // A dollar-quoted price is converted at the scenario's rate.
        let dollar = crate::catalogue::options::cloud_index(o).is_some_and(|i| {
            s.assumptions.cloud_price_eur_gpu_h[i].is_none()
                && gpu(s.compute.gpu).cloud_currency[i] == crate::catalogue::Currency::Usd
        });
        if dollar {
            out.extend(pick(&owned_pool(), &["finance.usd_per_eur"]));
        }
    }
    out.extend(pick(&owned_pool(), &["finance.discount_rate"]));
    out
}

/// The derivation of `headline` for `scenario` and its `results`.
pub fn explain(scenario: &Scenario, results: &Results, headline: Headline) -> Explanation {
    let s = scenario;
    let target = s.platform.target;
    let t = results.tco.option(target);
    let hours = f64::from(s.compute.horizon_years) * 8_760.0;
    let (formula, inputs, sources): (Label, Vec<InputValue>, Vec<(&'static str, Source)>) = match headline {
        Headline::Cheapest => (
            t!("Cheapest = the option with the lowest net present value of its costs over the horizon; margin = NPV of the runner-up − NPV of the cheapest; odds = share of the simulated futures (the same futures for every option) in which it is still the cheapest."),
            DeploymentOption::ALL
                .iter()
                .map(|&o| input(option_label(o), results.tco.option(o).npv_eur, Unit::Eur))
                .chain([
                    input(t!("Margin"), results.tco.cheapest_margin_eur, Unit::Eur),
                    input(
                        t!("Odds of staying the cheapest"),
                        results.decision.uncertainty.option(results.tco.cheapest).p_cheapest,
                        Unit::Share,
                    ),
                ])
                .collect(),
            cost_sources(s, results.tco.cheapest),
        ),
        Headline::TargetNpv => (
            t!("NPV = Σ over months t of (hardware + facility + energy + staff + maintenance + software + colocation + cloud fees + egress − residual value)ₜ ÷ (1 + discount rate)^(t/12). Nothing is paid after the horizon: cloud fees only for the months of service inside it; owned servers are credited at the lower of book and market value (the resale share of their cost); dollar prices are converted at the scenario's rate."),
            {
                let mut v = vec![
                    input(t!("Discount rate"), s.finance.discount_rate, Unit::Share),
                    input(t!("Horizon"), f64::from(s.compute.horizon_years), Unit::Years),
                    input(t!("GPUs"), f64::from(s.compute.gpu_count), Unit::Number),
                    input(t!("Utilisation"), s.compute.utilisation, Unit::Share),
                ];
                v.extend(
                    CostCategory::ALL
                        .iter()
                        .filter(|c| t.npv_by_category.get(**c).abs() > 0.5)
                        .map(|&c| input(c.label(), t.npv_by_category.get(c), Unit::Eur)),
                );
                v
            },
            cost_sources(s, target),
        ),
        Headline::CostPerUsefulGpuHour => (
            t!("Cost per useful GPU-hour = total cost over the horizon ÷ (GPUs × hours in the horizon × utilisation). Unavailable at 0 % utilisation."),
            vec![
                input(t!("Total cost"), t.total_cost_eur, Unit::Eur),
                input(t!("GPUs"), f64::from(s.compute.gpu_count), Unit::Number),
                input(t!("Hours in the horizon"), hours, Unit::Hours),
                input(t!("Utilisation"), s.compute.utilisation, Unit::Share),
            ],
            cost_sources(s, target),
        ),
        Headline::FacilityPower => {
            let g = gpu(s.compute.gpu);
            (
                t!("Facility power = GPUs × board power × server overhead × PUE (nameplate); the average applies a load factor = idle share + (1 − idle share) × utilisation × workload power factor."),
                vec![
                    input(t!("GPUs"), f64::from(s.compute.gpu_count), Unit::Number),
                    input(t!("Board power"), g.board_power_w.value, Unit::Watts),
                    input(t!("Server overhead"), g.server_overhead.value, Unit::Number),
                    input(t!("PUE"), t.power.pue, Unit::Number),
                    input(t!("IT power, nameplate"), t.power.it_mw_nameplate, Unit::Mw),
                    input(t!("Facility power, nameplate"), t.power.facility_mw_peak, Unit::Mw),
                    input(t!("Facility power, average"), t.power.facility_mw_average, Unit::Mw),
                ],
                {
                    let mut v = pick(&g.sources(), &["board_power_w", "server_overhead"]);
                    v.extend(pick(&owned_pool(), &["idle_power_share", "training_power_factor", "inference_power_factor", "fine_tuning_power_factor"]));
                    v.extend(pick(&owned_pool(), &[if target == DeploymentOption::Colocation { "colo_pue" } else { "on_prem_pue" }]));
                    if let Some(offer) = cloud_offer(target) {
                        v.extend(pick(&offer.sources(), &[".pue"]));
                    }
                    v
                },
            )
        }
        Headline::Emissions => (
            t!("Emissions = energy drawn per year (average facility power × 8,760 h) × grid carbon intensity (location-based)."),
            vec![
                input(t!("Energy per year"), t.power.annual_mwh, Unit::MwhPerYear),
                input(t!("Grid carbon intensity"), t.power.carbon_g_per_kwh, Unit::GCo2PerKwh),
                input(t!("Emissions"), t.power.tco2_per_year, Unit::TCo2PerYear),
            ],
            {
                let c = cloud_offer(target).map_or(s.site.country, |o| o.region);
                pick(&country(c).sources(), &["carbon_g_per_kwh"])
            },
        ),
        Headline::Sovereignty => {
            let sov = results.sovereignty.option(target);
            let mut v: Vec<InputValue> = OBJECTIVES
                .iter()
                .enumerate()
                .map(|(i, o)| input(o.name, sov.objective_scores[i], Unit::Share))
                .collect();
            v.extend(results.sovereignty.weights.iter().zip(OBJECTIVES.iter()).map(|(w, o)| InputValue {
                qualifier: Some(o.id),
                ..input(t!("Weight"), w / 100.0, Unit::Share)
            }));
            v.push(input(t!("SEAL reached"), f64::from(sov.seal), Unit::Number));
            v.push(input(t!("SEAL required"), f64::from(results.sovereignty.required_seal), Unit::Number));
            (
                t!("Score = Σ weight × (points ÷ maximum points) over the 8 objectives; SEAL = the lowest SEAL of the 48 answers (weakest link), compared with the SEAL the data sensitivity requires."),
                v,
                {
                    let mut sources = vec![
                        ("sovereignty.framework", FRAMEWORK_SOURCE),
                        ("sovereignty.calculator", CALCULATOR_SOURCE),
                        ("sovereignty.points", POINTS_SOURCE),
                    ];
                    sources.extend(regulation::sources_of(results.sovereignty.regulation));
                    sources
                },
            )
        }
        Headline::BindingConstraint => (
            t!("Each pressure is 0–100, the strongest of its factors; the binding constraint is the highest pressure (ties: energy, hardware, geopolitical, economic)."),
            results
                .constraints
                .pressures
                .iter()
                .map(|p| input(p.kind.label(), p.value, Unit::Score))
                .collect(),
            {
                let mut v = pick(&gpu(s.compute.gpu).sources(), &["lead_time_months"]);
                v.extend(pick(&country(s.site.country).sources(), &["grid_lead_time_months", "price_volatility"]));
                v.extend(crate::constraints::sources());
                v
            },
        ),
        Headline::Migration => {
            let m = results.migration.chosen_outcome();
            (
                t!("P50 of total migration cost and completion month over seeded Monte Carlo paths; each wave (or the single big-bang cut-over) draws a cost and schedule overrun whose black-swan tail grows with its planned size in dollars (small below $1M, McKinsey & Oxford's 17% from $15M) and whose mean grows with its duration."),
                vec![
                    input(t!("Planned cost"), m.planned_cost_eur, Unit::Eur),
                    input(t!("P10 cost"), m.total_cost_eur.p10, Unit::Eur),
                    input(t!("P50 cost"), m.total_cost_eur.p50, Unit::Eur),
                    input(t!("P90 cost"), m.total_cost_eur.p90, Unit::Eur),
                    input(t!("P50 completion"), m.completion_month.p50, Unit::Months),
                    input(t!("Monte Carlo paths"), f64::from(s.assumptions.monte_carlo_paths), Unit::Number),
                ],
                crate::migration::sources(),
            )
        }
    };
    Explanation {
        headline,
        formula,
        inputs,
        sources,
    }
}

fn option_label(o: DeploymentOption) -> Label {
    match o {
        DeploymentOption::OnPremises => t!("On premises"),
        DeploymentOption::Colocation => t!("Colocation"),
        DeploymentOption::EuSovereignCloud => t!("EU sovereign cloud"),
        DeploymentOption::UsSovereignOffer => t!("US sovereign offer"),
        DeploymentOption::UsPublicCloud => t!("US public cloud"),
    }
}
