//! Catalogues as data: every default number with its source and year.
//!
//! Figures come from the compiled reference `sourced-figures.md` (November 2026) unless stated.

pub mod countries;
pub mod gpus;
pub mod options;
pub mod personas;

use crate::source::Source;

/// A number with its provenance.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sourced {
    /// The default value, in the unit named by the field that holds it.
    pub value: f64,
    /// Where it comes from.
    pub source: Source,
}

impl Sourced {
    /// A sourced value.
    pub const fn new(value: f64, source: Source) -> Self {
        Self { value, source }
    }
}
