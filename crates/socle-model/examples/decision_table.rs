//! Prints the decision figures of the eight personas as the model README's table: the deterministic
//! cheapest option and the share of futures in which it is cheapest, the option most often cheapest
//! among those meeting the required SEAL, the target's expected regret and the cost of each SEAL step.
//!
//! Run with `cargo run --release -p socle-model --example decision_table`.

use socle_model::{evaluate, persona_scenario, Persona};

fn main() {
    println!("| persona | cheapest at the scenario's values | futures in which it is cheapest | most often cheapest among options meeting the SEAL | expected regret of the target | SEAL step costs 1 / 2 / 3 / 4 (€M) |");
    println!("|---|---|---|---|---|---|");
    for p in Persona::PRESETS {
        let r = evaluate(&persona_scenario(p)).expect("presets are valid");
        let u = &r.decision.uncertainty;
        let det = u.deterministic_cheapest;
        let eligible = match u.most_often_cheapest_eligible {
            Some(o) => format!(
                "{} {:.0} %",
                o.id(),
                100.0 * u.option(o).p_cheapest_eligible.unwrap_or(0.0)
            ),
            None => format!("none meets SEAL-{}", r.sovereignty.required_seal),
        };
        let steps: Vec<String> = r.decision.frontier.levels[1..]
            .iter()
            .map(|l| l.step_cost_eur.map_or("–".into(), |c| format!("{:.2}", c / 1e6)))
            .collect();
        println!(
            "| {p:?} | {} | {:.0} % | {eligible} | €{:.2}M | {} |",
            det.id(),
            100.0 * u.option(det).p_cheapest,
            u.expected_regret_eur / 1e6,
            steps.join(" / ")
        );
    }
}
