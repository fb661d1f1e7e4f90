//! Charts: pure builders `fn(&Results, &Scenario, Lang) -> Figure` (tested natively on their JSON)
//! and the one component that draws them.

pub mod card;
pub mod figure;
pub mod registry;
pub mod sovereignty;
pub mod style;
pub mod tco;
pub mod view;

use charming::datatype::{CompositeValue, DataPoint};

/// An `[x, y]` data point.
pub fn xy(x: f64, y: f64) -> DataPoint {
    DataPoint::from(CompositeValue::from(vec![
        CompositeValue::from(x),
        CompositeValue::from(y),
    ]))
}
pub mod constraints;
pub mod decision;
pub mod migration;
pub mod sensitivity;
#[cfg(test)]
mod tests;
