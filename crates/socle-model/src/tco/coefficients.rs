//! NPV as an exact bilinear function of utilisation and energy price.
//!
//! With every other input fixed, each cash flow is a constant or proportional to utilisation `u`
//! (on-demand fees), to the energy price `p` (idle draw) or to `u × p` (busy draw). So
//! NPV(u, p) = a + b·u + c·p + d·u·p exactly, and four evaluations at the corners of the unit square give
//! the four coefficients. The best-option map, the tornado and the break-even solver use them.

use super::ledger::{emit, Discount, NpvSink};
use super::plan::Plan;
use crate::scenario::{DeploymentOption, Scenario};
use serde::Serialize;

/// NPV(u, p) = a + b·u + c·p + d·u·p, euros, for utilisation `u` (fraction) and energy price `p` (€/kWh).
///
/// ```
/// use socle_model::tco::NpvCoefficients;
/// // An owned fleet: €10M fixed, idle energy 2 GWh and busy energy 6 GWh per full utilisation (in PV).
/// let owned = NpvCoefficients { a: 10.0e6, b: 0.0, c: 2.0e6, d: 6.0e6 };
/// // At 50 % utilisation and €0.20/kWh: 10M + 0.4M + 0.6M.
/// assert_eq!(owned.npv(0.5, 0.2), 11.0e6);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct NpvCoefficients {
    /// Constant part: capital, staff, fees independent of use, reserved cloud capacity.
    pub a: f64,
    /// Per unit of utilisation: on-demand cloud fees.
    pub b: f64,
    /// Per euro per kWh: idle energy of owned fleets.
    pub c: f64,
    /// Per unit of utilisation and euro per kWh: busy energy of owned fleets.
    pub d: f64,
}

impl NpvCoefficients {
    /// NPV at utilisation `u` and energy price `p`.
    pub fn npv(&self, u: f64, p: f64) -> f64 {
        self.a + self.b * u + self.c * p + self.d * u * p
    }

    /// At a fixed energy price, NPV = intercept + slope × u: returns `(intercept, slope)`.
    pub fn at_price(&self, p: f64) -> (f64, f64) {
        (self.a + self.c * p, self.b + self.d * p)
    }

    /// Part of the NPV that does not scale with utilisation (paid whether the GPUs work or not).
    pub fn fixed_part(&self, p: f64) -> f64 {
        self.at_price(p).0
    }
}

/// NPV of one plan at `(u, p)`.
pub(crate) fn plan_npv(plan: &Plan, discount: &Discount, u: f64, p: f64) -> f64 {
    let mut sink = NpvSink { discount, npv: 0.0 };
    emit(plan, u, p, &mut sink);
    sink.npv
}

/// Coefficients of one plan, from the NPV at the four corners of the unit square.
pub(crate) fn plan_coefficients(plan: &Plan, discount: &Discount) -> NpvCoefficients {
    let n00 = plan_npv(plan, discount, 0.0, 0.0);
    let n10 = plan_npv(plan, discount, 1.0, 0.0);
    let n01 = plan_npv(plan, discount, 0.0, 1.0);
    let n11 = plan_npv(plan, discount, 1.0, 1.0);
    NpvCoefficients {
        a: n00,
        b: n10 - n00,
        c: n01 - n00,
        d: n11 - n10 - n01 + n00,
    }
}

/// NPV coefficients of the five options, in [`DeploymentOption::ALL`] order, for a valid scenario.
pub fn npv_coefficients(scenario: &Scenario) -> [NpvCoefficients; 5] {
    let discount = Discount::new(scenario.finance.discount_rate);
    DeploymentOption::ALL.map(|option| plan_coefficients(&Plan::new(scenario, option), &discount))
}
