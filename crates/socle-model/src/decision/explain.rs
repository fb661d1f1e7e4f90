//! "Explain this number" for the decision figures, following [`crate::explain`]: the formula in words,
//! the input values used and the source and year of each default involved.

use super::goal_seek::{Answer, GoalSeekInput};
use super::DecisionResults;
use crate::catalogue::{country, options, uncertainty as dist};
use crate::explain::{InputValue, Label, Unit};
use crate::scenario::{DeploymentOption, Scenario};
use crate::source::Source;
use crate::sovereignty::{CALCULATOR_SOURCE, FRAMEWORK_SOURCE, POINTS_SOURCE};
use crate::t;
use serde::Serialize;

/// The decision figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum DecisionFigure {
    /// Probability that each option is the cheapest, NPV percentiles and expected regret (chart `odds`,
    /// bands on the cumulative cost chart).
    Odds,
    /// P10–P90 band of each option's cumulative discounted cost over the simulated futures (the bands
    /// on the cumulative cost chart `tco-cumulative`).
    NpvBands,
    /// NPV against sovereignty and the cost of each SEAL step (chart `frontier`).
    Frontier,
    /// NPV difference by cost category and sovereignty difference by objective (chart `attribution`).
    Attribution,
    /// What it would take for an option to become the cheapest (panel `goal-seek`). Each input appears
    /// with the qualifier `current` (its value now) and, when solvable, `cheapest_from` (the answer).
    GoalSeek(DeploymentOption),
}

impl DecisionFigure {
    /// Stable identifier (chart ids).
    pub const fn id(self) -> &'static str {
        match self {
            Self::Odds => "odds",
            Self::NpvBands => "tco-cumulative",
            Self::Frontier => "frontier",
            Self::Attribution => "attribution",
            Self::GoalSeek(_) => "goal-seek",
        }
    }
}

/// A derivation, ready to show.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DecisionExplanation {
    /// Which figure.
    pub figure: DecisionFigure,
    /// The formula in words.
    pub formula: Label,
    /// Input values used.
    pub inputs: Vec<InputValue>,
    /// The defaults involved: what (key) and where from.
    pub sources: Vec<(&'static str, Source)>,
}

fn input(label: Label, qualifier: Option<&'static str>, value: f64, unit: Unit) -> InputValue {
    InputValue {
        label,
        qualifier,
        value,
        unit,
    }
}

fn pick(pool: &[(&'static str, Source)], fields: &[&str]) -> Vec<(&'static str, Source)> {
    pool.iter()
        .filter(|(k, _)| fields.iter().any(|f| k.ends_with(f)))
        .copied()
        .collect()
}

/// The number of simulated futures.
fn futures(u: &super::Uncertainty) -> InputValue {
    input(t!("Simulated futures"), None, f64::from(u.paths), Unit::Number)
}

/// Sources of the simulation: every distribution, and the site country's price volatility and grid
/// lead time.
fn simulation_sources(s: &Scenario) -> Vec<(&'static str, Source)> {
    let mut src = dist::sources();
    src.extend(pick(
        &country(s.site.country).sources(),
        &["price_volatility", "grid_lead_time_months"],
    ));
    src
}

/// The derivation of `figure` for `scenario` and its decision results.
pub fn explain(scenario: &Scenario, d: &DecisionResults, figure: DecisionFigure) -> DecisionExplanation {
    let s = scenario;
    let (formula, inputs, sources): (Label, Vec<InputValue>, Vec<(&'static str, Source)>) = match figure {
        DecisionFigure::Odds => {
            let u = &d.uncertainty;
            let sp = &u.spreads;
            let mut v = vec![
                futures(u),
                input(
                    t!("Electricity price spread (log)"),
                    None,
                    sp.energy_sigma,
                    Unit::Number,
                ),
                input(
                    t!("GPU price spread (log)"),
                    None,
                    sp.gpu_price_sigma,
                    Unit::Number,
                ),
                input(
                    t!("Realised ÷ planned utilisation, mean"),
                    None,
                    sp.utilisation_mean,
                    Unit::Share,
                ),
                input(
                    t!("Realised ÷ planned utilisation, spread"),
                    None,
                    sp.utilisation_sd,
                    Unit::Share,
                ),
                input(
                    t!("Dollar rate spread (log)"),
                    None,
                    sp.usd_per_eur_sigma,
                    Unit::Number,
                ),
                input(
                    t!("Cloud price decline per year, mean"),
                    None,
                    sp.cloud_decline_mean,
                    Unit::Share,
                ),
                input(
                    t!("Cloud price decline per year, spread"),
                    None,
                    sp.cloud_decline_sd,
                    Unit::Share,
                ),
                input(
                    t!("Resale value spread (log)"),
                    None,
                    sp.resale_sigma,
                    Unit::Number,
                ),
                input(
                    t!("Probability of a grid delay"),
                    None,
                    sp.grid_slip_probability,
                    Unit::Share,
                ),
                input(
                    t!("Grid delay spread"),
                    None,
                    sp.grid_slip_sd_months,
                    Unit::Months,
                ),
            ];
            for o in &u.options {
                let id = Some(o.option.id());
                v.push(input(
                    t!("Probability of being cheapest"),
                    id,
                    o.p_cheapest,
                    Unit::Share,
                ));
                v.push(input(t!("NPV P10"), id, o.npv.p10, Unit::Eur));
                v.push(input(t!("NPV P50"), id, o.npv.p50, Unit::Eur));
                v.push(input(t!("NPV P90"), id, o.npv.p90, Unit::Eur));
            }
            v.push(input(
                t!("Expected regret of the target"),
                Some(u.target.id()),
                u.expected_regret_eur,
                Unit::Eur,
            ));
            (
                t!("Each of the simulated futures draws the electricity price, GPU price, realised utilisation, dollar rate, cloud price decline, resale value and grid delay once, and prices all five options in it (common random numbers). Probability of being cheapest = futures in which the option has the lowest NPV ÷ futures; expected regret = mean of NPV(target) − NPV(cheapest in that future); P10/P50/P90 = NPV percentiles over the futures."),
                v,
                simulation_sources(s),
            )
        }
        DecisionFigure::NpvBands => {
            let u = &d.uncertainty;
            let mut v = vec![
                futures(u),
                input(
                    t!("Futures behind the yearly bands"),
                    None,
                    f64::from(u.paths).min(super::uncertainty::BAND_PATHS as f64),
                    Unit::Number,
                ),
                input(t!("Discount rate"), None, s.finance.discount_rate, Unit::Share),
            ];
            for o in &u.options {
                let id = Some(o.option.id());
                v.push(input(
                    t!("NPV at the scenario's values"),
                    id,
                    d.frontier
                        .points
                        .iter()
                        .find(|p| p.option == o.option)
                        .map_or(o.npv.p50, |p| p.npv_eur),
                    Unit::Eur,
                ));
                v.push(input(t!("NPV P10"), id, o.npv.p10, Unit::Eur));
                v.push(input(t!("NPV P90"), id, o.npv.p90, Unit::Eur));
            }
            let mut src = simulation_sources(s);
            src.extend(pick(&options::sources(), &["finance.discount_rate"]));
            (
                t!("Band of an option in year y = from the 10th to the 90th percentile of its cumulative discounted cost at the end of year y over the simulated futures (the same futures as the odds: electricity price, GPU price, realised utilisation, dollar rate, cloud price decline, resale value and grid delay drawn once per future for all options). The last year's band is the NPV's P10–P90 over every future; earlier years use the first futures. The line is the cost at the scenario's own values."),
                v,
                src,
            )
        }
        DecisionFigure::Frontier => {
            let f = &d.frontier;
            let mut v: Vec<InputValue> = f
                .points
                .iter()
                .flat_map(|p| {
                    let id = Some(p.option.id());
                    [
                        input(t!("NPV"), id, p.npv_eur, Unit::Eur),
                        input(t!("Sovereignty Score"), id, p.score, Unit::Score),
                        input(t!("SEAL reached"), id, f64::from(p.seal), Unit::Number),
                    ]
                })
                .collect();
            const LEVELS: [&str; 5] = ["SEAL-0", "SEAL-1", "SEAL-2", "SEAL-3", "SEAL-4"];
            for l in &f.levels {
                if let Some(cost) = l.step_cost_eur {
                    v.push(input(
                        t!("Cost of the SEAL step"),
                        Some(LEVELS[usize::from(l.seal_at_least)]),
                        cost,
                        Unit::Eur,
                    ));
                }
            }
            v.push(input(
                t!("SEAL required"),
                None,
                f64::from(f.required_seal),
                Unit::Number,
            ));
            (
                t!("Frontier at SEAL level L = the option with the lowest NPV among those whose SEAL is at least L; cost of the step to L = its NPV − the NPV of the frontier at L − 1 (never negative, since fewer options qualify at each step)."),
                v,
                vec![
                    ("sovereignty.framework", FRAMEWORK_SOURCE),
                    ("sovereignty.calculator", CALCULATOR_SOURCE),
                    ("sovereignty.points", POINTS_SOURCE),
                ]
                .into_iter()
                .chain(pick(&options::sources(), &["finance.discount_rate"]))
                .collect(),
            )
        }
        DecisionFigure::Attribution => {
            let a = &d.attribution;
            let mut v = vec![
                input(t!("NPV of A"), Some(a.a.id()), a.npv_a_eur, Unit::Eur),
                input(t!("NPV of B"), Some(a.b.id()), a.npv_b_eur, Unit::Eur),
            ];
            v.extend(
                a.bars
                    .iter()
                    .filter(|b| b.delta_eur != 0.0)
                    .map(|b| input(b.label, Some(b.id), b.delta_eur, Unit::Eur)),
            );
            v.extend(
                a.objectives
                    .iter()
                    .map(|o| input(o.label, Some(o.id), o.delta_points, Unit::Score)),
            );
            (
                t!("Bar of a cost category = discounted cost of A in that category − that of B; the bars add up to NPV(A) − NPV(B). Bar of an objective = weight × (objective score of A − that of B); they add up to the difference of Sovereignty Scores."),
                v,
                vec![("sovereignty.framework", FRAMEWORK_SOURCE), ("sovereignty.calculator", CALCULATOR_SOURCE)]
                    .into_iter()
                    .chain(pick(&options::sources(), &["finance.discount_rate"]))
                    .collect(),
            )
        }
        DecisionFigure::GoalSeek(option) => {
            let g = &d.goal_seek[option.index()];
            let mut v = Vec::new();
            for r in &g.rows {
                if let Some(c) = r.current {
                    v.push(input(r.input.label(), Some("current"), c, r.input.unit()));
                }
                if let Answer::At { value, .. } = r.answer {
                    v.push(input(
                        r.input.label(),
                        Some("cheapest_from"),
                        value,
                        r.input.unit(),
                    ));
                }
            }
            v.push(input(
                t!("Meets the required SEAL"),
                Some(option.id()),
                f64::from(u8::from(g.meets_required_seal)),
                Unit::Number,
            ));
            let mut src = pick(&options::sources(), &["finance.discount_rate"]);
            if g.row(GoalSeekInput::EnergyPrice).is_some() && s.site.energy_price_override_eur_kwh.is_none() {
                src.extend(pick(&country(s.site.country).sources(), &["electricity_eur_kwh"]));
            }
            (
                t!("For each input, the value at which the option's NPV falls strictly below every other option's, everything else unchanged: solved in closed form where the NPVs are straight lines in the input (utilisation, electricity price, GPU price, cloud price), by bisection otherwise, and over whole values for the GPU count and horizon; the value shown lies just past the tipping point."),
                v,
                src,
            )
        }
    };
    DecisionExplanation {
        figure,
        formula,
        inputs,
        sources,
    }
}
