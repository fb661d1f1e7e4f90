//! The cash-flow export: a finance team reproduces every option's NPV from the CSV with one SUMPRODUCT.

mod tco_support;

use socle_model::tco::{self, CostCategory};
use socle_model::*;
use std::collections::HashMap;

/// One parsed CSV row: option, month, category, amount, factor, discounted.
type Row = (String, usize, String, f64, f64, f64);

fn parse(csv: &str) -> Vec<Row> {
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("option,month,category,amount_eur,discount_factor,discounted_eur")
    );
    lines
        .map(|line| {
            let cells: Vec<&str> = line.split(',').collect();
            assert_eq!(cells.len(), 6, "{line}");
            let number = |i: usize| cells[i].parse::<f64>().unwrap_or_else(|e| panic!("{line}: {e}"));
            (
                cells[0].to_string(),
                cells[1].parse().unwrap(),
                cells[2].to_string(),
                number(3),
                number(4),
                number(5),
            )
        })
        .collect()
}

/// SUMPRODUCT(amount_eur, discount_factor) per option, as a spreadsheet computes it from the text.
fn sumproduct_by_option(rows: &[Row]) -> HashMap<String, f64> {
    let mut out = HashMap::new();
    for (option, _, _, amount, factor, _) in rows {
        *out.entry(option.clone()).or_insert(0.0) += amount * factor;
    }
    out
}

fn check(label: &str, s: &Scenario) {
    let results = tco::evaluate(s);
    let csv = tco::cash_flows_csv(&tco::cash_flows(s));
    let rows = parse(&csv);
    let npv = sumproduct_by_option(&rows);
    let months = s.horizon_months();
    for o in &results.options {
        let from_csv = npv[o.option.id()];
        let relative = (from_csv - o.npv_eur).abs() / o.npv_eur.abs().max(1.0);
        assert!(
            relative <= 1e-6,
            "{label} {:?}: SUMPRODUCT {from_csv} vs NPV {} ({relative:e})",
            o.option,
            o.npv_eur
        );
    }
    let r = s.finance.discount_rate;
    for (option, month, category, amount, factor, discounted) in &rows {
        // Nothing after the horizon; the factor is (1 + r)^(−month/12); discounted = amount × factor.
        assert!(*month <= months, "{label} {option} {category} at {month}");
        let expected = (1.0 + r).powf(-(*month as f64) / 12.0);
        assert!(
            (factor - expected).abs() <= 1e-12,
            "{label} {factor} vs {expected}"
        );
        assert!((discounted - amount * factor).abs() <= 1e-9 * amount.abs().max(1.0));
        assert!(CostCategory::ALL.iter().any(|c| c.id() == category));
    }
}

#[test]
fn the_csv_reproduces_every_npv_of_every_persona() {
    for p in Persona::PRESETS {
        check(&format!("{p:?}"), &persona_scenario(p));
    }
    check("reference scenario", &tco_support::scenario());
}

#[test]
fn undiscounted_flows_add_up_to_each_category_total() {
    let s = persona_scenario(Persona::CriticalSoftwareVendor);
    let results = tco::evaluate(&s);
    let flows = tco::cash_flows(&s);
    for o in &results.options {
        for c in CostCategory::ALL {
            let sum: f64 = flows
                .iter()
                .filter(|f| f.option == o.option && f.category == c)
                .map(|f| f.amount_eur)
                .sum();
            let total = o.total.get(c);
            assert!(
                (sum - total).abs() <= 1e-6 * total.abs().max(1.0),
                "{:?} {c:?}: {sum} vs {total}",
                o.option
            );
        }
    }
    // Dates are the payment months: the start month, then one a month.
    let first = flows.iter().find(|f| f.month == 0).unwrap();
    assert_eq!(first.date, "2026-12");
    let last = flows.iter().map(|f| f.month).max().unwrap();
    assert_eq!(last, s.horizon_months());
}
