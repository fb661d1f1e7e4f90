//! Charts: pure builders `fn(&Results, &Scenario, Lang) -> Figure` (tested natively on their JSON)
//! and the one component that draws them.

pub mod figure;
pub mod style;
pub mod view;
pub mod sovereignty;
pub mod card;
