//! Native benchmark of the whole model: [`socle_model::evaluate`] on each of the eight personas (all
//! five options, both migration strategies with 10,000 Monte Carlo paths each, the 40 × 40 best-option
//! map, the tornado, the goal seeks and the decision analyses with their 5,000-future Monte Carlo), with
//! the time of each stage.
//!
//! Run with `cargo run --release -p socle-model --example bench_evaluate`; pass `--json` to print one
//! machine-readable line instead of the table, and `--runs N` to change the number of timed runs per
//! persona (default 300, at least 200). Budget: 2 ms natively per evaluation (5 ms as WebAssembly).

use socle_model::{
    constraints, decision, evaluate, migration, migration_inputs, sensitivity, sovereignty, tco,
};
use socle_model::{persona_scenario, Persona, Scenario};
use std::hint::black_box;
use std::time::Instant;

/// Native budget of one evaluation, microseconds.
const BUDGET_US: f64 = 2_000.0;
/// Untimed runs per persona before measuring (caches, branch predictors, lazily built tables).
const WARM_UP: usize = 20;

/// Median, 10th and 90th percentiles of a sample, microseconds.
#[derive(Clone, Copy)]
struct Summary {
    p10: f64,
    median: f64,
    p90: f64,
}

impl Summary {
    fn of(samples: &mut [f64]) -> Self {
        samples.sort_by(f64::total_cmp);
        let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
        Self {
            p10: at(0.1),
            median: at(0.5),
            p90: at(0.9),
        }
    }

    fn json(&self) -> serde_json::Value {
        serde_json::json!({ "median_us": self.median, "p10_us": self.p10, "p90_us": self.p90 })
    }
}

/// Microseconds taken by `f`.
fn time<T>(f: impl FnOnce() -> T) -> f64 {
    let start = Instant::now();
    black_box(f());
    start.elapsed().as_secs_f64() * 1e6
}

/// Stages of [`evaluate`], timed one by one on the same scenario (validation is part of "tco").
const STAGES: [&str; 8] = [
    "tco",
    "sovereignty",
    "constraints",
    "migration",
    "tornado",
    "best_option_map",
    "goal_seek",
    "decision",
];

/// Times every stage once, in the order `evaluate` runs them.
fn stage_times(s: &Scenario) -> [f64; 8] {
    let mut out = [0.0; 8];
    let start = Instant::now();
    s.validate().expect("persona presets are valid");
    let tco = black_box(tco::evaluate(s));
    out[0] = start.elapsed().as_secs_f64() * 1e6;
    let mut sov = None;
    out[1] = time(|| sov = Some(sovereignty::evaluate(s)));
    let sov = sov.unwrap();
    out[2] = time(|| constraints::evaluate(s, &tco));
    out[3] = time(|| migration::evaluate(s, &migration_inputs(s, &tco, &sov)));
    out[4] = time(|| sensitivity::tornado(s, &tco));
    out[5] = time(|| sensitivity::best_option_map(&tco, &sov));
    out[6] = time(|| sensitivity::goal_seek(s, &tco, &sov));
    out[7] = time(|| decision::evaluate(s, &tco, &sov));
    out
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let json = args.iter().any(|a| a == "--json");
    let runs = args
        .iter()
        .position(|a| a == "--runs")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(300)
        .max(200);

    let mut all = Vec::with_capacity(runs * Persona::PRESETS.len());
    let mut per_persona = Vec::new();
    let mut stages: Vec<Vec<f64>> = vec![Vec::with_capacity(runs * 8); STAGES.len()];
    for persona in Persona::PRESETS {
        let scenario = persona_scenario(persona);
        for _ in 0..WARM_UP {
            black_box(evaluate(black_box(&scenario)).expect("persona presets are valid"));
        }
        let mut times: Vec<f64> = (0..runs)
            .map(|_| time(|| evaluate(black_box(&scenario))))
            .collect();
        all.extend_from_slice(&times);
        per_persona.push((persona, Summary::of(&mut times)));
        for _ in 0..runs / 4 {
            for (stage, t) in stages.iter_mut().zip(stage_times(&scenario)) {
                stage.push(t);
            }
        }
    }
    let overall = Summary::of(&mut all);
    let stage_summaries: Vec<Summary> = stages.iter_mut().map(|s| Summary::of(s)).collect();

    if json {
        let personas: serde_json::Map<String, serde_json::Value> = per_persona
            .iter()
            .map(|(p, s)| (format!("{p:?}"), s.json()))
            .collect();
        let stage_json: serde_json::Map<String, serde_json::Value> = STAGES
            .iter()
            .zip(&stage_summaries)
            .map(|(name, s)| (name.to_string(), s.json()))
            .collect();
        let line = serde_json::json!({
            "benchmark": "socle_model::evaluate",
            "runs_per_persona": runs,
            "budget_us": BUDGET_US,
            "within_budget": overall.median <= BUDGET_US,
            "overall": overall.json(),
            "personas": personas,
            "stages": stage_json,
        });
        println!("{line}");
        return;
    }

    println!("socle_model::evaluate, {runs} timed runs per persona after {WARM_UP} warm-up runs (µs)");
    println!("{:<24} {:>9} {:>9} {:>9}", "persona", "p10", "median", "p90");
    for (persona, s) in &per_persona {
        println!(
            "{:<24} {:>9.0} {:>9.0} {:>9.0}",
            format!("{persona:?}"),
            s.p10,
            s.median,
            s.p90
        );
    }
    println!(
        "{:<24} {:>9.0} {:>9.0} {:>9.0}",
        "overall", overall.p10, overall.median, overall.p90
    );
    println!("\nstages, all personas (µs)");
    for (name, s) in STAGES.iter().zip(&stage_summaries) {
        println!("{:<24} {:>9.1} {:>9.1} {:>9.1}", name, s.p10, s.median, s.p90);
    }
    let verdict = if overall.median <= BUDGET_US {
        "within"
    } else {
        "OVER"
    };
    println!(
        "\nmedian {:.0} µs: {verdict} the native budget of {:.0} µs",
        overall.median, BUDGET_US
    );
}
