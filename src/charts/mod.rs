//! Charts: pure builders `fn(&Results, …) -> charming::Chart` (tested natively on their JSON)
//! and the one component that draws them.

pub mod view;
