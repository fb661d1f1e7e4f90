//! Prints, for each persona, the cheapest option and the NPV of the five options (euros).
//!
//! `cargo run -p socle-model --example tco_table`

use socle_model::{persona_scenario, tco, DeploymentOption, Persona};

fn main() {
    println!(
        "{:<24} {:<18} {:>14} {:>14} {:>14} {:>14} {:>14}",
        "persona", "cheapest", "on premises", "colocation", "EU sov cloud", "US sov offer", "US public"
    );
    for persona in Persona::PRESETS {
        let scenario = persona_scenario(persona);
        let results = tco::evaluate(&scenario);
        let npv: Vec<String> = DeploymentOption::ALL
            .iter()
            .map(|o| format!("{:>14.0}", results.option(*o).npv_eur))
            .collect();
        println!(
            "{:<24} {:<18} {}",
            format!("{persona:?}"),
            format!("{:?}", results.cheapest),
            npv.join(" ")
        );
    }
}
