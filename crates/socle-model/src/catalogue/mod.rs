//! Catalogues as data: every default number with its source and year.
//!
//! Figures come from the compiled reference `sourced-figures.md` (November 2026) unless stated.

pub mod countries;
pub mod gpus;
pub mod options;
pub mod personas;

pub use countries::{country, CountrySpec, GridTension};
pub use gpus::{gpu, GpuSpec, Vendor};
pub use options::{cloud_offer, CloudOffer};

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

/// Every default of the catalogues with its source, as `(key, source)`. Keys are stable dotted paths
/// (`gpu.h200.price_usd`, `country.fr.electricity_eur_kwh`, `owned.colo_pue`, …) that the UI translates;
/// the explanation panel lists them and a test checks that every source is complete.
pub fn all_sources() -> Vec<(&'static str, Source)> {
    let mut out = Vec::with_capacity(200);
    for spec in &gpus::GPUS {
        out.extend(spec.sources());
    }
    out.push(("gpu.us_sovereign_premium", gpus::US_SOVEREIGN_PREMIUM.source));
    for spec in &countries::COUNTRIES {
        out.extend(spec.sources());
    }
    out.extend(options::sources());
    out.extend(crate::constraints::sources());
    out
}
