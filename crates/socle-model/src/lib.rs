//! # socle-model
//!
//! Socle's four models (constraints, TCO, sovereignty, migration) as one pure function:
//! [`evaluate`] turns a [`Scenario`] into [`Results`]. No web dependency: it tests natively and
//! compiles unchanged to WebAssembly for the dashboard.
#![warn(missing_docs)]

pub mod catalogue;
pub mod constraints;
pub mod error;
pub mod migration;
pub mod scenario;
pub mod source;
pub mod sovereignty;
pub mod tco;

pub use error::ScenarioError;
pub use scenario::*;
pub use source::{Confidence, Source};
