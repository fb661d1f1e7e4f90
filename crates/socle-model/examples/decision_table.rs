//! Prints the decision figures of the eight personas as the model README's table: the deterministic
//! cheapest option and the share of futures in which it is cheapest, overall and among the options
//! meeting the required SEAL, the option most often cheapest among those, the target's expected regret,
//! the cost of meeting the required SEAL and the cost of each SEAL step.
//!
//! Run with `cargo run --release -p socle-model --example decision_table`.

use socle_model::{evaluate, persona_scenario, Persona};

fn main() {
    println!("| persona | SEAL required | cheapest at the scenario's values | futures in which it is cheapest | … among options meeting the SEAL | most often cheapest among options meeting the SEAL | expected regret of the target | cost of meeting the SEAL (€M) | SEAL step costs 1 / 2 / 3 / 4 (€M) |");
    println!("|---|---|---|---|---|---|---|---|---|");
    for p in Persona::PRESETS {
        let r = evaluate(&persona_scenario(p)).expect("presets are valid");
        let u = &r.decision.uncertainty;
        let required = r.sovereignty.required_seal;
        let det = u.deterministic_cheapest;
        let det_eligible = match u.option(det).p_cheapest_eligible {
            Some(q) => format!("{:.0} %", 100.0 * q),
            None => format!("misses SEAL-{required}"),
        };
        let eligible = match u.most_often_cheapest_eligible {
            Some(o) => format!(
                "{} {:.0} %",
                o.id(),
                100.0 * u.option(o).p_cheapest_eligible.unwrap_or(0.0)
            ),
            None => format!("none meets SEAL-{required}"),
        };
        let millions = |c: Option<f64>| c.map_or("–".into(), |c| format!("{:.2}", c / 1e6));
        let steps: Vec<String> = r.decision.frontier.levels[1..]
            .iter()
            .map(|l| millions(l.step_cost_eur))
            .collect();
        println!(
            "| {p:?} | {required} | {} | {:.0} % | {det_eligible} | {eligible} | €{:.2}M | {} | {} |",
            det.id(),
            100.0 * u.option(det).p_cheapest,
            u.expected_regret_eur / 1e6,
            millions(r.decision.frontier.cost_of_required_seal_eur),
            steps.join(" / ")
        );
    }
}
