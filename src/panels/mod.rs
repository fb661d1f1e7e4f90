//! Panels around the charts: headline figures, the derivation of a headline figure, the "not cloud IT"
//! panel, the advanced assumptions, sharing and comparing.

pub mod advanced;
pub mod compare;
pub mod derivation;
pub mod goal_seek;
pub mod headline;
pub mod not_cloud_it;
pub mod share;
