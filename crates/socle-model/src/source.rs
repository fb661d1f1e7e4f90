//! Provenance of every default number: where it comes from and when.

use serde::{Deserialize, Serialize};

/// How confident the catalogue is in a figure, following the legend of the sourced-figures compilation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Confidence {
    /// Verified in a primary or near-primary source.
    Verified,
    /// Seen in a secondary source (press, blog, aggregator).
    Secondary,
    /// Estimated or derived; the method is given in the source label.
    Estimate,
}

/// A citation for a default value: a short human label, an address and the year of the figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Source {
    /// Who published it and what it is, e.g. "Eurostat nrg_pc_205, band IC, 2025-S2".
    pub label: &'static str,
    /// Where to check it (empty only for documented estimates derived from other cited rows).
    pub url: &'static str,
    /// Year the figure refers to.
    pub year: u16,
    /// How far the figure is verified.
    pub confidence: Confidence,
}

impl Source {
    /// A source is complete when it names its publisher, a year and, unless it is an estimate, an address.
    pub fn is_complete(&self) -> bool {
        !self.label.trim().is_empty()
            && (2000..=2030).contains(&self.year)
            && (self.confidence == Confidence::Estimate || !self.url.trim().is_empty())
    }
}
