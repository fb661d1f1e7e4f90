//! Every monthly cash flow of every option, with its discount factor, and a CSV writer for them: a finance
//! team reproduces each NPV in a spreadsheet with one SUMPRODUCT of the amount and factor columns.

use super::breakdown::CostCategory;
use super::energy_price_eur_kwh;
use super::ledger::{emit, Discount, Sink};
use super::plan::Plan;
use crate::scenario::{DeploymentOption, Scenario};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write;

/// One cash flow: what an option pays (positive) or receives (negative) in one category at one month.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CashFlow {
    /// Which option.
    pub option: DeploymentOption,
    /// Months from the start of the analysis at which the flow is paid, `0..=M` (`M` = horizon months):
    /// purchases at the start of their month, running costs of month `m` at `m + 1`, end values at `M`.
    pub month: usize,
    /// Calendar month of the payment, `YYYY-MM` (the start month plus `month`).
    pub date: String,
    /// What the money is for.
    pub category: CostCategory,
    /// Amount, euros (costs positive, resale and end values negative).
    pub amount_eur: f64,
    /// `(1 + discount rate)^(−month / 12)`.
    pub discount_factor: f64,
}

impl CashFlow {
    /// Present value, euros: amount × discount factor.
    pub fn discounted_eur(&self) -> f64 {
        self.amount_eur * self.discount_factor
    }
}

/// Collects flows by (month, category).
struct Collect {
    flows: BTreeMap<(usize, usize), (CostCategory, f64)>,
}

impl Sink for Collect {
    fn add(&mut self, t: usize, _year: usize, category: CostCategory, amount: f64) {
        let index = CostCategory::ALL.iter().position(|c| *c == category).unwrap_or(0);
        self.flows.entry((t, index)).or_insert((category, 0.0)).1 += amount;
    }
}

/// Every monthly cash flow of the five options of a valid scenario, in option, month and category order,
/// one per option, month and category with a non-zero amount. For each option, the sum of
/// `amount_eur × discount_factor` is the NPV [`super::evaluate`] reports (up to rounding).
pub fn cash_flows(scenario: &Scenario) -> Vec<CashFlow> {
    let discount = Discount::new(scenario.finance.discount_rate);
    let (u, p) = (scenario.compute.utilisation, energy_price_eur_kwh(scenario));
    let mut out = Vec::new();
    for option in DeploymentOption::ALL {
        let mut sink = Collect {
            flows: BTreeMap::new(),
        };
        emit(&Plan::new(scenario, option), u, p, &mut sink);
        for ((t, _), (category, amount)) in sink.flows {
            if amount != 0.0 {
                out.push(CashFlow {
                    option,
                    month: t,
                    date: date_label(scenario, t),
                    category,
                    amount_eur: amount,
                    discount_factor: discount.at(t),
                });
            }
        }
    }
    out
}

fn date_label(scenario: &Scenario, t: usize) -> String {
    let index = usize::from(scenario.start.month) - 1 + t;
    let year = usize::from(scenario.start.year) + index / 12;
    format!("{year:04}-{:02}", index % 12 + 1)
}

/// The flows as CSV: a header row, then one row per flow with the columns `option, month, category,
/// amount_eur, discount_factor, discounted_eur` (option and category as their stable identifiers, numbers
/// with a dot as decimal separator and full precision). `SUMPRODUCT(amount_eur, discount_factor)` over one
/// option's rows is its NPV.
pub fn cash_flows_csv(flows: &[CashFlow]) -> String {
    let mut out = String::with_capacity(64 * (flows.len() + 1));
    out.push_str("option,month,category,amount_eur,discount_factor,discounted_eur\n");
    for f in flows {
        // Writing to a String cannot fail.
        let _ = writeln!(
            out,
            "{},{},{},{},{},{}",
            f.option.id(),
            f.month,
            f.category.id(),
            f.amount_eur,
            f.discount_factor,
            f.discounted_eur()
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::personas::baseline;

    #[test]
    fn dates_follow_the_start_month() {
        let s = baseline();
        assert_eq!(date_label(&s, 0), "2026-12");
        assert_eq!(date_label(&s, 1), "2027-01");
        assert_eq!(date_label(&s, 60), "2031-12");
    }

    #[test]
    fn the_csv_has_a_header_and_one_row_per_flow() {
        let flows = cash_flows(&baseline());
        let csv = cash_flows_csv(&flows);
        let mut lines = csv.lines();
        assert_eq!(
            lines.next(),
            Some("option,month,category,amount_eur,discount_factor,discounted_eur")
        );
        assert_eq!(lines.count(), flows.len());
        assert!(csv.contains("\ncolocation,0,hardware,"));
    }
}
