//! Monthly cash flows of one option and the sinks that collect them.
//!
//! Timing convention (months from the start of the analysis): purchases at the start of their month,
//! running costs at the end of the month they are incurred (month `m` is paid at `t = m + 1`), resale at
//! the refresh, end values and exit egress at the horizon end `t = M`. Nothing is paid after `t = M`.
//! A cash flow at `t` months is discounted by `(1 + r)^(-t/12)`.

use super::breakdown::{CostBreakdown, CostCategory};
use super::plan::{Billing, Plan};
use crate::catalogue::options::HOURS_PER_MONTH;

/// Longest horizon (10 years): no cash flow is paid after the horizon.
pub const MAX_T: usize = 120;

/// Discount factors `(1 + r)^(-t/12)` for every month `t` in `0..=MAX_T`.
pub(crate) struct Discount {
    factors: [f64; MAX_T + 1],
}

impl Discount {
    /// The table for an annual rate `rate`.
    pub fn new(rate: f64) -> Self {
        let per_month = (1.0 + rate).powf(-1.0 / 12.0);
        let mut factors = [1.0; MAX_T + 1];
        for t in 1..=MAX_T {
            factors[t] = factors[t - 1] * per_month;
        }
        Self { factors }
    }

    /// Factor at month `t`.
    pub fn at(&self, t: usize) -> f64 {
        self.factors[t]
    }

    /// Present value of one euro paid at the end of each of the first `months` months.
    pub fn annuity(&self, months: usize) -> f64 {
        self.factors[1..=months].iter().sum()
    }
}

/// Receives cash flows.
pub(crate) trait Sink {
    /// A cash flow of `amount` euros in `category`, paid at month `t` and reported in horizon year `year`.
    fn add(&mut self, t: usize, year: usize, category: CostCategory, amount: f64);
}

/// Sums the present value only.
pub(crate) struct NpvSink<'a> {
    pub discount: &'a Discount,
    pub npv: f64,
}

impl Sink for NpvSink<'_> {
    fn add(&mut self, t: usize, _year: usize, _category: CostCategory, amount: f64) {
        self.npv += amount * self.discount.at(t);
    }
}

/// Collects yearly flows by category, and their present value.
pub(crate) struct FlowSink<'a> {
    pub discount: &'a Discount,
    pub yearly: Vec<CostBreakdown>,
    pub yearly_discounted: Vec<f64>,
    pub npv_by_category: CostBreakdown,
}

impl<'a> FlowSink<'a> {
    /// An empty sink for `years` horizon years.
    pub fn new(discount: &'a Discount, years: usize) -> Self {
        Self {
            discount,
            yearly: vec![CostBreakdown::default(); years],
            yearly_discounted: vec![0.0; years],
            npv_by_category: CostBreakdown::default(),
        }
    }
}

impl Sink for FlowSink<'_> {
    fn add(&mut self, t: usize, year: usize, category: CostCategory, amount: f64) {
        let pv = amount * self.discount.at(t);
        self.yearly[year].add(category, amount);
        self.yearly_discounted[year] += pv;
        self.npv_by_category.add(category, pv);
    }
}

/// Emits every cash flow of `plan` at utilisation `u` and energy price `p` (euros per kWh).
///
/// Each amount is a constant, or proportional to `u`, to `p` or to `u × p`: NPV is bilinear in
/// `(u, p)`, which [`super::npv_coefficients`] relies on.
pub(crate) fn emit(plan: &Plan, u: f64, p: f64, sink: &mut impl Sink) {
    emit_running(plan, u, p, sink);
    if plan.option.is_owned() {
        emit_owned_capital(plan, sink);
    } else {
        emit_cloud_exit(plan, sink);
    }
}

fn emit_running(plan: &Plan, u: f64, p: f64, sink: &mut impl Sink) {
    let energy = if plan.energy_embedded {
        0.0
    } else {
        plan.nameplate_kw * plan.pue * (plan.idle + plan.active * u) * HOURS_PER_MONTH * p
    };
    let cloud = cloud_fee_month(plan, u);
    for m in 0..plan.months {
        let (t, year) = (m + 1, m / 12);
        sink.add(t, year, CostCategory::Staff, plan.staff_month);
        if plan.option.is_owned() {
            sink.add(t, year, CostCategory::Energy, energy);
            sink.add(t, year, CostCategory::Software, plan.software_month);
            sink.add(t, year, CostCategory::Colocation, plan.colo_month);
            if plan.facility_upkeep_month > 0.0 {
                sink.add(t, year, CostCategory::Facility, plan.facility_upkeep_month);
            }
            if plan.maintenance_due(m) {
                sink.add(t, year, CostCategory::Maintenance, plan.maintenance_month);
            }
        } else {
            sink.add(t, year, CostCategory::CloudFees, cloud);
        }
    }
}

/// Cloud fee of one month of service: reserved capacity is billed 24/7 at the discount, on-demand on used
/// hours. Only months inside the horizon are billed: a term running past it buys service outside the
/// comparison, as the owned fleet's remaining life is (credited as its end value).
fn cloud_fee_month(plan: &Plan, u: f64) -> f64 {
    match plan.billing {
        Billing::OnDemand => plan.cloud_full_month * u,
        Billing::Reserved { discount, .. } => plan.cloud_full_month * (1.0 - discount),
    }
}

/// Purchases, refreshes (old fleet sold at its market value), end value of the fleet in service (the lower
/// of book and market value, which is the market value), facility build and its book value at the end.
fn emit_owned_capital(plan: &Plan, sink: &mut impl Sink) {
    let last_year = plan.months / 12 - 1;
    let mut purchase = 0;
    while purchase < plan.months {
        sink.add(
            purchase,
            purchase / 12,
            CostCategory::Hardware,
            plan.hardware_capex,
        );
        if purchase > 0 {
            sink.add(
                purchase,
                purchase / 12,
                CostCategory::Residual,
                -plan.fleet_end_value(),
            );
        }
        purchase += plan.life_months;
    }
    // Book value falls linearly from the cost to the resale share at the end of life, so it never falls
    // below the market value within a life: the lower of the two is the market value.
    let age = plan.age_at_end() as f64 / plan.life_months as f64;
    let book = plan.hardware_capex * (1.0 - (1.0 - plan.residual_share) * age);
    let end_value = book.min(plan.fleet_end_value());
    sink.add(plan.months, last_year, CostCategory::Residual, -end_value);
    if plan.facility_capex > 0.0 {
        sink.add(0, 0, CostCategory::Facility, plan.facility_capex);
        sink.add(
            plan.months,
            last_year,
            CostCategory::Residual,
            -plan.facility_residual,
        );
    }
}

/// The exit egress at the horizon end (only before the Data Act ban on switching charges).
fn emit_cloud_exit(plan: &Plan, sink: &mut impl Sink) {
    let last_year = plan.months / 12 - 1;
    if plan.egress_exit > 0.0 {
        sink.add(plan.months, last_year, CostCategory::Egress, plan.egress_exit);
    }
}
