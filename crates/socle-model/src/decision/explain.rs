//! "Explain this number" for the decision figures, following [`crate::explain`]: the formula in words,
//! the input values used and the source and year of each default involved.

use super::goal_seek::{Answer, GoalSeekInput};
use super::DecisionResults;
use crate::catalogue::{country, options, uncertainty as dist};
use crate::explain::{InputValue, Label, Unit};
use crate::scenario::{DeploymentOption, Scenario};
use crate::source::Source;
use crate::sovereignty::{CALCULATOR_SOURCE, FRAMEWORK_SOURCE, POINTS_SOURCE};
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
    input(
        ("Simulated futures", "Futurs simulés"),
        None,
        f64::from(u.paths),
        Unit::Number,
    )
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
                    (
                        "Electricity price spread (log)",
                        "Dispersion du prix de l’électricité (log)",
                    ),
                    None,
                    sp.energy_sigma,
                    Unit::Number,
                ),
                input(
                    ("GPU price spread (log)", "Dispersion du prix des GPU (log)"),
                    None,
                    sp.gpu_price_sigma,
                    Unit::Number,
                ),
                input(
                    (
                        "Realised ÷ planned utilisation, mean",
                        "Utilisation réalisée ÷ prévue, moyenne",
                    ),
                    None,
                    sp.utilisation_mean,
                    Unit::Share,
                ),
                input(
                    (
                        "Realised ÷ planned utilisation, spread",
                        "Utilisation réalisée ÷ prévue, dispersion",
                    ),
                    None,
                    sp.utilisation_sd,
                    Unit::Share,
                ),
                input(
                    ("Dollar rate spread (log)", "Dispersion du cours du dollar (log)"),
                    None,
                    sp.usd_per_eur_sigma,
                    Unit::Number,
                ),
                input(
                    (
                        "Cloud price decline per year, mean",
                        "Baisse annuelle des prix cloud, moyenne",
                    ),
                    None,
                    sp.cloud_decline_mean,
                    Unit::Share,
                ),
                input(
                    (
                        "Cloud price decline per year, spread",
                        "Baisse annuelle des prix cloud, dispersion",
                    ),
                    None,
                    sp.cloud_decline_sd,
                    Unit::Share,
                ),
                input(
                    (
                        "Resale value spread (log)",
                        "Dispersion de la valeur de revente (log)",
                    ),
                    None,
                    sp.resale_sigma,
                    Unit::Number,
                ),
                input(
                    (
                        "Probability of a grid delay",
                        "Probabilité d’un retard de raccordement",
                    ),
                    None,
                    sp.grid_slip_probability,
                    Unit::Share,
                ),
                input(
                    ("Grid delay spread", "Dispersion du retard de raccordement"),
                    None,
                    sp.grid_slip_sd_months,
                    Unit::Months,
                ),
            ];
            for o in &u.options {
                let id = Some(o.option.id());
                v.push(input(
                    (
                        "Probability of being cheapest",
                        "Probabilité d’être le moins cher",
                    ),
                    id,
                    o.p_cheapest,
                    Unit::Share,
                ));
                v.push(input(("NPV P10", "VAN P10"), id, o.npv.p10, Unit::Eur));
                v.push(input(("NPV P50", "VAN P50"), id, o.npv.p50, Unit::Eur));
                v.push(input(("NPV P90", "VAN P90"), id, o.npv.p90, Unit::Eur));
            }
            v.push(input(
                ("Expected regret of the target", "Regret attendu de la cible"),
                Some(u.target.id()),
                u.expected_regret_eur,
                Unit::Eur,
            ));
            (
                (
                    "Each of the simulated futures draws the electricity price, GPU price, realised utilisation, dollar rate, cloud price decline, resale value and grid delay once, and prices all five options in it (common random numbers). Probability of being cheapest = futures in which the option has the lowest NPV ÷ futures; expected regret = mean of NPV(target) − NPV(cheapest in that future); P10/P50/P90 = NPV percentiles over the futures.",
                    "Chacun des futurs simulés tire une fois le prix de l’électricité, le prix des GPU, l’utilisation réalisée, le cours du dollar, la baisse des prix cloud, la valeur de revente et le retard de raccordement, et y chiffre les cinq options (nombres aléatoires communs). Probabilité d’être le moins cher = futurs où l’option a la VAN la plus basse ÷ futurs ; regret attendu = moyenne de VAN(cible) − VAN(moins chère dans ce futur) ; P10/P50/P90 = percentiles de la VAN sur les futurs.",
                ),
                v,
                simulation_sources(s),
            )
        }
        DecisionFigure::NpvBands => {
            let u = &d.uncertainty;
            let mut v = vec![
                futures(u),
                input(
                    ("Futures behind the yearly bands", "Futurs des bandes annuelles"),
                    None,
                    f64::from(u.paths).min(super::uncertainty::BAND_PATHS as f64),
                    Unit::Number,
                ),
                input(
                    ("Discount rate", "Taux d’actualisation"),
                    None,
                    s.finance.discount_rate,
                    Unit::Share,
                ),
            ];
            for o in &u.options {
                let id = Some(o.option.id());
                v.push(input(
                    ("NPV at the scenario's values", "VAN aux valeurs du scénario"),
                    id,
                    d.frontier
                        .points
                        .iter()
                        .find(|p| p.option == o.option)
                        .map_or(o.npv.p50, |p| p.npv_eur),
                    Unit::Eur,
                ));
                v.push(input(("NPV P10", "VAN P10"), id, o.npv.p10, Unit::Eur));
                v.push(input(("NPV P90", "VAN P90"), id, o.npv.p90, Unit::Eur));
            }
            let mut src = simulation_sources(s);
            src.extend(pick(&options::sources(), &["finance.discount_rate"]));
            (
                (
                    "Band of an option in year y = from the 10th to the 90th percentile of its cumulative discounted cost at the end of year y over the simulated futures (the same futures as the odds: electricity price, GPU price, realised utilisation, dollar rate, cloud price decline, resale value and grid delay drawn once per future for all options). The last year's band is the NPV's P10–P90 over every future; earlier years use the first futures. The line is the cost at the scenario's own values.",
                    "Bande d’une option l’année a = du 10e au 90e percentile de son coût cumulé actualisé à la fin de l’année a sur les futurs simulés (les mêmes futurs que les probabilités : prix de l’électricité, prix des GPU, utilisation réalisée, cours du dollar, baisse des prix cloud, valeur de revente et retard de raccordement tirés une fois par futur pour toutes les options). La bande de la dernière année est le P10–P90 de la VAN sur tous les futurs ; les années précédentes utilisent les premiers futurs. La ligne est le coût aux valeurs du scénario.",
                ),
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
                        input(("NPV", "VAN"), id, p.npv_eur, Unit::Eur),
                        input(
                            ("Sovereignty Score", "Score de souveraineté"),
                            id,
                            p.score,
                            Unit::Score,
                        ),
                        input(
                            ("SEAL reached", "SEAL atteint"),
                            id,
                            f64::from(p.seal),
                            Unit::Number,
                        ),
                    ]
                })
                .collect();
            const LEVELS: [&str; 5] = ["SEAL-0", "SEAL-1", "SEAL-2", "SEAL-3", "SEAL-4"];
            for l in &f.levels {
                if let Some(cost) = l.step_cost_eur {
                    v.push(input(
                        ("Cost of the SEAL step", "Coût du palier SEAL"),
                        Some(LEVELS[usize::from(l.seal_at_least)]),
                        cost,
                        Unit::Eur,
                    ));
                }
            }
            v.push(input(
                ("SEAL required", "SEAL requis"),
                None,
                f64::from(f.required_seal),
                Unit::Number,
            ));
            (
                (
                    "Frontier at SEAL level L = the option with the lowest NPV among those whose SEAL is at least L; cost of the step to L = its NPV − the NPV of the frontier at L − 1 (never negative, since fewer options qualify at each step).",
                    "Frontière au niveau SEAL L = l’option de VAN la plus basse parmi celles dont le SEAL est au moins L ; coût du palier vers L = sa VAN − la VAN de la frontière en L − 1 (jamais négatif, moins d’options étant admises à chaque palier).",
                ),
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
                input(("NPV of A", "VAN de A"), Some(a.a.id()), a.npv_a_eur, Unit::Eur),
                input(("NPV of B", "VAN de B"), Some(a.b.id()), a.npv_b_eur, Unit::Eur),
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
                (
                    "Bar of a cost category = discounted cost of A in that category − that of B; the bars add up to NPV(A) − NPV(B). Bar of an objective = weight × (objective score of A − that of B); they add up to the difference of Sovereignty Scores.",
                    "Barre d’une catégorie de coût = coût actualisé de A dans cette catégorie − celui de B ; les barres totalisent VAN(A) − VAN(B). Barre d’un objectif = pondération × (score de l’objectif pour A − pour B) ; elles totalisent l’écart des scores de souveraineté.",
                ),
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
                ("Meets the required SEAL", "Atteint le SEAL requis"),
                Some(option.id()),
                f64::from(u8::from(g.meets_required_seal)),
                Unit::Number,
            ));
            let mut src = pick(&options::sources(), &["finance.discount_rate"]);
            if g.row(GoalSeekInput::EnergyPrice).is_some() && s.site.energy_price_override_eur_kwh.is_none() {
                src.extend(pick(&country(s.site.country).sources(), &["electricity_eur_kwh"]));
            }
            (
                (
                    "For each input, the value at which the option's NPV falls strictly below every other option's, everything else unchanged: solved in closed form where the NPVs are straight lines in the input (utilisation, electricity price, GPU price, cloud price), by bisection otherwise, and over whole values for the GPU count and horizon; the value shown lies just past the tipping point.",
                    "Pour chaque paramètre, la valeur à laquelle la VAN de l’option passe strictement sous celle de toutes les autres, le reste inchangé : résolue exactement là où les VAN sont des droites du paramètre (utilisation, prix de l’électricité, prix des GPU, prix du cloud), par dichotomie sinon, et sur les valeurs entières pour le nombre de GPU et l’horizon ; la valeur affichée est juste au-delà du point de bascule.",
                ),
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
