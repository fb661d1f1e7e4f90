//! # socle-model
//!
//! Socle's four models (constraints, TCO, sovereignty, migration) as one pure function:
//! [`evaluate`] turns a [`Scenario`] into [`Results`]. No web dependency: it tests natively and
//! compiles unchanged to WebAssembly for the dashboard.
//!
//! ```
//! use socle_model::{evaluate, persona_scenario, Persona};
//! let results = evaluate(&persona_scenario(Persona::HealthDataHost)).unwrap();
//! // Health data needs SEAL-3; no US-headquartered option can reach it.
//! assert_eq!(results.sovereignty.required_seal, 3);
//! assert!(results.sovereignty.per_option[4].seal <= 1);
//! ```
#![warn(missing_docs)]

pub mod catalogue;
pub mod constraints;
pub mod decision;
pub mod error;
pub mod explain;
pub mod lang;
pub mod migration;
pub mod scenario;
pub mod sensitivity;
pub mod source;
pub mod sovereignty;
pub mod tco;

pub use catalogue::personas::persona_scenario;
pub use error::ScenarioError;
pub use lang::Lang;
pub use scenario::*;
pub use source::{Confidence, Source};

use serde::Serialize;

/// Everything Socle shows, computed from one scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Results {
    /// Total cost of ownership of the five options.
    pub tco: tco::TcoResults,
    /// The four pressures and the binding constraint, for the target platform.
    pub constraints: constraints::ConstraintResults,
    /// The same for each of the five options as if it were the target, in [`DeploymentOption::ALL`]
    /// order (the radar compares them).
    pub constraints_by_option: [constraints::ConstraintResults; 5],
    /// Sovereignty score and SEAL of the five options.
    pub sovereignty: sovereignty::SovereigntyResults,
    /// Progressive and big-bang migrations to the target platform.
    pub migration: migration::MigrationResults,
    /// Tornado of the target's NPV.
    pub tornado: sensitivity::Tornado,
    /// Cheapest eligible option over utilisation × energy price.
    pub best_option_map: sensitivity::BestOptionMap,
    /// Goal seeks.
    pub goal_seek: sensitivity::GoalSeek,
    /// Decision analyses: odds under uncertainty, sovereignty frontier, attribution, goal seeks.
    pub decision: decision::DecisionResults,
}

/// Evaluates every model for `scenario`, or says which input is out of its valid range.
pub fn evaluate(scenario: &Scenario) -> Result<Results, ScenarioError> {
    scenario.validate()?;
    let tco = tco::evaluate(scenario);
    let sovereignty = sovereignty::evaluate(scenario);
    let constraints_by_option = DeploymentOption::ALL.map(|o| {
        let mut as_target = scenario.clone();
        as_target.platform.target = o;
        constraints::evaluate(&as_target, &tco)
    });
    let constraints = constraints_by_option[scenario.platform.target.index()].clone();
    let migration = migration::evaluate(scenario, &migration_inputs(scenario, &tco, &sovereignty));
    let tornado = sensitivity::tornado(scenario, &tco);
    let best_option_map = sensitivity::best_option_map(&tco, &sovereignty);
    let goal_seek = sensitivity::goal_seek(scenario, &tco, &sovereignty);
    let decision = decision::evaluate(scenario, &tco, &sovereignty);
    Ok(Results {
        tco,
        constraints,
        constraints_by_option,
        sovereignty,
        migration,
        tornado,
        best_option_map,
        goal_seek,
        decision,
    })
}

/// What the migration model takes from the TCO and sovereignty models.
///
/// Today's estate is the same compute need, `hyperscaler_share` of it on a US hyperscaler's EU region
/// and the rest on premises; the migration moves the hyperscaler part to the target. Monthly running
/// costs are those of the whole estate on each platform, levelised from the TCO NPVs at the scenario's
/// discount rate ([`migration::level_monthly_cost`]): the migration model takes each workload's share.
pub fn migration_inputs(
    scenario: &Scenario,
    tco: &tco::TcoResults,
    sov: &sovereignty::SovereigntyResults,
) -> migration::MigrationInputs {
    let months = scenario.compute.horizon_years * 12;
    let rate = scenario.finance.discount_rate;
    let monthly = |o: DeploymentOption| migration::level_monthly_cost(tco.option(o).npv_eur, rate, months);
    let legacy = DeploymentOption::UsPublicCloud;
    let target = scenario.platform.target;
    let point = |o: DeploymentOption| (sov.option(o).score, sov.option(o).seal);
    migration::MigrationInputs {
        legacy_eur_per_month: monthly(legacy),
        target_eur_per_month: monthly(target),
        legacy_sovereignty: point(legacy),
        other_sovereignty: point(DeploymentOption::OnPremises),
        target_sovereignty: point(target),
        egress_eur_per_tb: catalogue::options::cloud_index(legacy)
            .map_or(0.0, |i| tco::egress_eur_per_tb(scenario, i)),
    }
}
