//! Measurement hooks for the benchmark command (`scripts/bench.sh`) and a self-test for the end-to-end
//! tests: exported to JavaScript as `window.wasmBindings.*`. Built only with the `bench-hooks` feature,
//! which the tests and the benchmark build with and the deployable bundle does not.

use crate::i18n::Lang;
use socle_model::{evaluate, persona_scenario, Persona};
use wasm_bindgen::prelude::*;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

/// Median time in milliseconds of one full model evaluation (all options, both migration strategies
/// with their Monte Carlo paths, the best-option map and the tornado), over `runs` runs cycling
/// through the eight personas.
#[wasm_bindgen]
pub fn socle_bench_evaluate(runs: u32) -> f64 {
    let scenarios: Vec<_> = Persona::PRESETS.iter().map(|&p| persona_scenario(p)).collect();
    let mut times = Vec::with_capacity(runs as usize);
    for i in 0..runs as usize {
        let s = &scenarios[i % scenarios.len()];
        let t0 = crate::frame::now();
        let r = evaluate(s);
        times.push(crate::frame::now() - t0);
        std::hint::black_box(r.is_ok());
    }
    median(times)
}

/// Median time in milliseconds to build every figure (charts, titles, tables, JSON) from results.
#[wasm_bindgen]
pub fn socle_bench_figures(runs: u32) -> f64 {
    let s = persona_scenario(Persona::CriticalSoftwareVendor);
    let Ok(r) = evaluate(&s) else { return f64::NAN };
    let mut times = Vec::with_capacity(runs as usize);
    for _ in 0..runs {
        let t0 = crate::frame::now();
        for chart in crate::charts::registry::CHARTS {
            std::hint::black_box((chart.build)(&r, &s, Lang::En).option_json.len());
        }
        times.push(crate::frame::now() - t0);
    }
    median(times)
}

/// Panics on purpose, so the tests can check that a panic shows a readable message, not a blank page.
#[wasm_bindgen]
pub fn socle_selftest_panic() {
    panic!("self-test panic requested by the test suite");
}
