//! The scenarios the native tests start from: a persona's preset, and its results.

use socle_model::{evaluate, persona_scenario, Persona, Results, Scenario};

/// The preset scenario of `p`.
pub fn scenario(p: Persona) -> Scenario {
    persona_scenario(p)
}

/// The preset scenario of `p` and its results.
pub fn evaluated(p: Persona) -> (Results, Scenario) {
    let s = scenario(p);
    (evaluate(&s).expect("preset scenarios are valid"), s)
}
