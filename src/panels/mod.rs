//! Panels around the charts: headline figures, explanations, the explainer.

pub mod advanced;
pub mod explain;
pub mod explainer;
pub mod headline;
pub mod share;
