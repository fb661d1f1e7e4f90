//! Constraint model: four pressures (hardware, economic, energy, geopolitical) on the target platform.
//!
//! Each pressure is 0 (no pressure) to 100 (blocking). It is the strongest of a few factors, each a
//! documented function of the scenario and its TCO; the strongest factor is the [`Reason`] the UI shows,
//! with its numbers. The [`Relaxer`] is the single input change, among a documented list of candidates,
//! that lowers the pressure most; each candidate is scored by the same functions, so `relaxed_value` is
//! what the pressure becomes once the change is applied. The binding constraint is the highest pressure.

mod economic;
mod energy;
mod geopolitical;
mod hardware;
mod reason;

pub use hardware::{obtainable_gpus, vendor_dependence};
pub use reason::{Reason, Relaxer};

use crate::scenario::Scenario;
use crate::source::Source;
use crate::t;
use crate::tco::TcoResults;
use serde::Serialize;

/// The four kinds of constraint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum ConstraintKind {
    /// Getting the accelerators.
    Hardware,
    /// Paying for them.
    Economic,
    /// Powering them.
    Energy,
    /// Depending on foreign law and suppliers.
    Geopolitical,
}

impl ConstraintKind {
    /// All kinds, in radar order; per-kind arrays are indexed in this order.
    pub const ALL: [ConstraintKind; 4] = [Self::Hardware, Self::Economic, Self::Energy, Self::Geopolitical];

    /// Order used to break ties for the binding constraint: physical limits first (power, then delivery
    /// of hardware) because money cannot buy them away quickly, then law, then money.
    pub const TIE_ORDER: [ConstraintKind; 4] =
        [Self::Energy, Self::Hardware, Self::Geopolitical, Self::Economic];

    /// Stable machine identifier.
    pub const fn id(self) -> &'static str {
        match self {
            Self::Hardware => "hardware",
            Self::Economic => "economic",
            Self::Energy => "energy",
            Self::Geopolitical => "geopolitical",
        }
    }

    /// Display label.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Hardware => t!("Hardware"),
            Self::Economic => t!("Economic"),
            Self::Energy => t!("Energy"),
            Self::Geopolitical => t!("Geopolitical"),
        }
    }

    const fn index(self) -> usize {
        self as usize
    }
}

/// One factor of a pressure: its value 0..=100 and why.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Factor {
    /// 0..=100.
    pub value: f64,
    /// What drives it, with its numbers.
    pub reason: Reason,
}

/// One of the four pressures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pressure {
    /// Which constraint.
    pub kind: ConstraintKind,
    /// 0..=100: the strongest factor.
    pub value: f64,
    /// The strongest factor's reason.
    pub reason: Reason,
    /// Every factor, strongest reason included.
    pub factors: Vec<Factor>,
    /// The input change that lowers this pressure most (`Relaxer::None` if no candidate lowers it).
    pub relaxer: Relaxer,
    /// The pressure once the relaxer is applied.
    pub relaxed_value: f64,
}

/// The four pressures on the target platform and the binding one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConstraintResults {
    /// In [`ConstraintKind::ALL`] order.
    pub pressures: [Pressure; 4],
    /// The highest pressure (ties broken by [`ConstraintKind::TIE_ORDER`]).
    pub binding: ConstraintKind,
}

impl ConstraintResults {
    /// The pressure of one kind.
    pub fn pressure(&self, kind: ConstraintKind) -> &Pressure {
        &self.pressures[kind.index()]
    }

    /// The binding pressure, with its reason and relaxer.
    pub fn binding_pressure(&self) -> &Pressure {
        self.pressure(self.binding)
    }
}

/// Evaluates the four pressures on `scenario.platform.target` for a valid scenario and its TCO.
pub fn evaluate(scenario: &Scenario, tco: &TcoResults) -> ConstraintResults {
    let pressures = [
        hardware::pressure(scenario),
        economic::pressure(scenario, tco),
        energy::pressure(scenario, tco),
        geopolitical::pressure(scenario, tco),
    ];
    let binding = binding_constraint(&pressures.each_ref().map(|p| p.value));
    ConstraintResults { pressures, binding }
}

/// The kind with the highest value (values in [`ConstraintKind::ALL`] order); ties go to the first kind
/// in [`ConstraintKind::TIE_ORDER`].
pub fn binding_constraint(values: &[f64; 4]) -> ConstraintKind {
    let mut best = ConstraintKind::TIE_ORDER[0];
    for kind in ConstraintKind::TIE_ORDER {
        if values[kind.index()] > values[best.index()] {
            best = kind;
        }
    }
    best
}

/// Pressure of a lead time against the time available, 0..=100.
///
/// In time: 50 × lead ÷ available (50 when it arrives just in time). Late: 50 plus 50 per year of delay,
/// capped at 100 once a year late. Continuous and non-decreasing in the lead time.
pub fn timing_pressure(lead_months: f64, available_months: f64) -> f64 {
    if lead_months <= 0.0 {
        0.0
    } else if available_months >= lead_months {
        50.0 * lead_months / available_months
    } else {
        50.0 + 50.0 * ((lead_months - available_months) / 12.0).min(1.0)
    }
}

/// Clamps a raw score to 0..=100 (NaN-safe: a NaN becomes 0).
fn clamp_score(x: f64) -> f64 {
    if x.is_nan() {
        0.0
    } else {
        x.clamp(0.0, 100.0)
    }
}

/// The strongest factor (first on a tie).
fn strongest(factors: &[Factor]) -> Factor {
    let mut best = factors[0];
    for f in &factors[1..] {
        if f.value > best.value {
            best = *f;
        }
    }
    best
}

/// Builds a pressure from its factors and candidate relaxers `(relaxer, pressure after it)`: the
/// candidate with the lowest pressure wins (first on a tie) if it lowers the pressure at all.
fn pressure_from(
    kind: ConstraintKind,
    factors: Vec<Factor>,
    candidates: impl IntoIterator<Item = (Relaxer, f64)>,
) -> Pressure {
    let top = strongest(&factors);
    let (mut relaxer, mut relaxed_value) = (Relaxer::None, top.value);
    for (candidate, value) in candidates {
        if value < relaxed_value - 1e-9 {
            relaxer = candidate;
            relaxed_value = value;
        }
    }
    Pressure {
        kind,
        value: top.value,
        reason: top.reason,
        factors,
        relaxer,
        relaxed_value,
    }
}

/// Every estimated parameter of the constraint model with its source, as `(key, source)`.
pub fn sources() -> Vec<(&'static str, Source)> {
    hardware::sources()
}
