//! Native benchmark of the decision analyses: the Monte Carlo of 5,000 futures (decomposition
//! included), the frontier, the attribution and the goal seeks of the five options, and the whole
//! [`socle_model::evaluate`] that includes them, per persona.
//!
//! Run with `cargo run --release -p socle-model --example bench_decision` (`--runs N` to change the
//! number of timed runs per persona, default 200). Budget: the whole evaluation ≤ 5 ms as WebAssembly;
//! the decision part aims at ≤ 1.5 ms natively.

use socle_model::decision::{self, uncertainty};
use socle_model::{evaluate, persona_scenario, sovereignty, tco, Persona};
use std::hint::black_box;
use std::time::Instant;

/// Untimed runs per persona before measuring.
const WARM_UP: usize = 10;

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn time<T>(f: impl FnOnce() -> T) -> f64 {
    let start = Instant::now();
    black_box(f());
    start.elapsed().as_secs_f64() * 1e6
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let runs = args
        .iter()
        .position(|a| a == "--runs")
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(200usize)
        .max(20);
    println!(
        "{:<26} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
        "persona (median µs)", "monte", "frontier", "attrib", "goalseek", "decision", "evaluate", "odds"
    );
    let mut totals = vec![Vec::new(); 6];
    for p in Persona::PRESETS {
        let s = persona_scenario(p);
        let t = tco::evaluate(&s);
        let sov = sovereignty::evaluate(&s);
        let (a, b) = decision::default_pair(&t, s.platform.target);
        for _ in 0..WARM_UP {
            black_box(evaluate(&s).unwrap());
        }
        let mut samples: Vec<Vec<f64>> = (0..6).map(|_| Vec::with_capacity(runs)).collect();
        for _ in 0..runs {
            samples[0].push(time(|| uncertainty::evaluate(&s, &t, &sov)));
            samples[1].push(time(|| decision::frontier(&t, &sov)));
            samples[2].push(time(|| decision::attribute(&t, &sov, a, b)));
            samples[3].push(time(|| decision::goal_seek_all(&s, &sov)));
            samples[4].push(time(|| decision::evaluate(&s, &t, &sov)));
            samples[5].push(time(|| evaluate(&s).unwrap()));
        }
        let m: Vec<f64> = samples.iter_mut().map(|v| median(v)).collect();
        for (i, v) in m.iter().enumerate() {
            totals[i].push(*v);
        }
        let odds = uncertainty::evaluate(&s, &t, &sov);
        let best = odds.most_often_cheapest;
        println!(
            "{:<26} {:>9.1} {:>9.2} {:>9.2} {:>9.1} {:>9.1} {:>9.1}   {} {:.0} %",
            format!("{p:?}"),
            m[0],
            m[1],
            m[2],
            m[3],
            m[4],
            m[5],
            best.id(),
            100.0 * odds.option(best).p_cheapest
        );
    }
    let m: Vec<f64> = totals.iter_mut().map(|v| median(v)).collect();
    println!(
        "{:<26} {:>9.1} {:>9.2} {:>9.2} {:>9.1} {:>9.1} {:>9.1}",
        "median over personas", m[0], m[1], m[2], m[3], m[4], m[5]
    );
}
