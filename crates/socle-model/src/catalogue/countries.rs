//! Country catalogue: electricity price, carbon intensity, grid-connection lead time and price volatility.
//!
//! Prices are the per-country app defaults of `sourced-figures.md` §2.4a (euros per kWh, excluding VAT and
//! recoverable taxes, Eurostat bands ID–IE, 2025): only France and the EU-27 average are verified; the
//! others are editable defaults marked `Estimate`. Carbon intensities are Ember 2024 (generation,
//! lifecycle, §2.4b). Grid lead times come from §2.3 where a figure exists and are estimated otherwise.

use super::Sourced;
use crate::scenario::Country;
use crate::source::{Confidence, Source};
use crate::t;
use serde::Serialize;

/// How hard it is to get a new grid connection for a data centre, from the connection lead time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum GridTension {
    /// Two years or less.
    Low,
    /// Two to four years.
    Elevated,
    /// More than four years (FLAP-D markets, moratoria).
    Severe,
}

/// One country with its sourced figures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CountrySpec {
    /// The country.
    pub country: Country,
    /// ISO 3166 alpha-2 code ("EU" for the EU-27 average).
    pub code: &'static str,
    /// Display name.
    pub name: &'static str,
    /// Business electricity price, euros per kWh excluding VAT.
    pub electricity_eur_kwh: Sourced,
    /// Grid carbon intensity, grams CO2e per kWh (location-based).
    pub carbon_g_per_kwh: Sourced,
    /// Time to obtain a new data-centre grid connection, months.
    pub grid_lead_time_months: Sourced,
    /// Relative price uncertainty, fraction: half the width of the plausible price range divided by the
    /// default ((high − low) / (2 × default), from the ranges of §2.4a). Used by the energy constraint.
    pub price_volatility: Sourced,
}

impl CountrySpec {
    /// Grid tension derived from the connection lead time (≤ 24 months low, ≤ 48 elevated, else severe).
    pub fn grid_tension(&self) -> GridTension {
        match self.grid_lead_time_months.value {
            m if m <= 24.0 => GridTension::Low,
            m if m <= 48.0 => GridTension::Elevated,
            _ => GridTension::Severe,
        }
    }

    /// Every sourced figure of the entry, as `(key, source)`; keys read `country.<code>.<field>`.
    pub fn sources(&self) -> [(&'static str, Source); 4] {
        macro_rules! keys {
            ($p:literal) => {
                [
                    concat!("country.", $p, ".electricity_eur_kwh"),
                    concat!("country.", $p, ".carbon_g_per_kwh"),
                    concat!("country.", $p, ".grid_lead_time_months"),
                    concat!("country.", $p, ".price_volatility"),
                ]
            };
        }
        let keys = match self.country {
            Country::Fr => keys!("fr"),
            Country::De => keys!("de"),
            Country::Ie => keys!("ie"),
            Country::Nl => keys!("nl"),
            Country::Be => keys!("be"),
            Country::Es => keys!("es"),
            Country::It => keys!("it"),
            Country::Pl => keys!("pl"),
            Country::Se => keys!("se"),
            Country::Fi => keys!("fi"),
            Country::Dk => keys!("dk"),
            Country::No => keys!("no"),
            Country::At => keys!("at"),
            Country::Pt => keys!("pt"),
            Country::Eu27 => keys!("eu27"),
        };
        let sources = [
            self.electricity_eur_kwh.source,
            self.carbon_g_per_kwh.source,
            self.grid_lead_time_months.source,
            self.price_volatility.source,
        ];
        std::array::from_fn(|i| (keys[i], sources[i]))
    }
}

const EUROSTAT: &str = "https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/nrg_pc_205";
const EMBER: &str = "https://github.com/thegreenwebfoundation/co2.js";
const GRID_BLOG: &str = "https://www.gridreadiness.com/blog/grid-connection-timelines-europe";
const EMBER_GRIDS: &str = "https://ember-energy.org/latest-insights/grids-for-data-centres-ambitious-grid-planning-can-win-europes-ai-race/rewiring-for-growth/";

const fn price_nv(value: f64) -> Sourced {
    Sourced::new(
        value,
        Source {
            label: "App default, bands ID–IE 2025 (not verified; Eurostat nrg_pc_205 pull recommended)",
            url: EUROSTAT,
            year: 2025,
            confidence: Confidence::Estimate,
        },
    )
}

const fn price_guess(value: f64) -> Sourced {
    Sourced::new(
        value,
        Source {
            label: "Not in the compiled table: estimated from neighbouring markets",
            url: EUROSTAT,
            year: 2025,
            confidence: Confidence::Estimate,
        },
    )
}

const fn ember(value: f64) -> Sourced {
    Sourced::new(
        value,
        Source {
            label: "Ember yearly electricity data 2024 (generation, lifecycle) via co2.js",
            url: EMBER,
            year: 2024,
            confidence: Confidence::Verified,
        },
    )
}

const fn lead_estimate(months: f64) -> Sourced {
    Sourced::new(
        months,
        Source {
            label:
                "No per-country figure: estimated between the sourced FR (12–30) and DE (36–60 months) ranges",
            url: "",
            year: 2026,
            confidence: Confidence::Estimate,
        },
    )
}

/// Volatility from the plausible price range of §2.4a: (high − low) / (2 × default).
const fn volatility(low: f64, high: f64, default: f64) -> Sourced {
    Sourced::new(
        (high - low) / (2.0 * default),
        Source {
            label: "Half-width of the plausible price range ÷ default (sourced-figures §2.4a ranges)",
            url: "",
            year: 2025,
            confidence: Confidence::Estimate,
        },
    )
}

/// Countries without a sourced range: the middle of the others (≈ 0.2).
const fn volatility_guess() -> Sourced {
    Sourced::new(
        0.2,
        Source {
            label: "No price range compiled: middle of the other countries' volatilities",
            url: "",
            year: 2025,
            confidence: Confidence::Estimate,
        },
    )
}

/// The catalogue, in [`Country::ALL`] order.
pub static COUNTRIES: [CountrySpec; 15] = [
    CountrySpec {
        country: Country::Fr,
        code: "FR",
        name: t!("France"),
        electricity_eur_kwh: Sourced::new(
            0.15,
            Source {
                label: "Eurostat nrg_pc_205, 2025-S2: band IC €0.1534, IB €0.1946 excl. VAT",
                url: EUROSTAT,
                year: 2025,
                confidence: Confidence::Verified,
            },
        ),
        carbon_g_per_kwh: ember(44.2),
        grid_lead_time_months: Sourced::new(
            24.0,
            Source {
                label: "RTE 12–30 months in favourable brownfield cases (gridreadiness): 24 for typical sites",
                url: GRID_BLOG,
                year: 2026,
                confidence: Confidence::Secondary,
            },
        ),
        price_volatility: volatility(0.13, 0.19, 0.15),
    },
    CountrySpec {
        country: Country::De,
        code: "DE",
        name: t!("Germany"),
        electricity_eur_kwh: price_nv(0.20),
        carbon_g_per_kwh: ember(342.1),
        grid_lead_time_months: Sourced::new(
            48.0,
            Source {
                label: "Germany 36–60 months, Frankfurt > 5 years (gridreadiness): middle",
                url: GRID_BLOG,
                year: 2026,
                confidence: Confidence::Secondary,
            },
        ),
        price_volatility: volatility(0.17, 0.23, 0.20),
    },
    CountrySpec {
        country: Country::Ie,
        code: "IE",
        name: t!("Ireland"),
        electricity_eur_kwh: price_nv(0.22),
        carbon_g_per_kwh: ember(279.8),
        grid_lead_time_months: Sourced::new(
            48.0,
            Source {
                label: "Country default outside Dublin: no national figure in the reference, the European \
                        developer range (Germany 36–60, UK 24–48 months) at 48. The de facto moratorium on Dublin \
                        connections (to ~2028; FLAP-D waits 7–10 years, Ember) is metropolitan, not applied \
                        country-wide",
                url: EMBER_GRIDS,
                year: 2025,
                confidence: Confidence::Estimate,
            },
        ),
        price_volatility: volatility(0.19, 0.26, 0.22),
    },
    CountrySpec {
        country: Country::Nl,
        code: "NL",
        name: t!("Netherlands"),
        electricity_eur_kwh: price_nv(0.16),
        carbon_g_per_kwh: ember(252.7),
        grid_lead_time_months: Sourced::new(
            48.0,
            Source {
                label: "Country default outside Amsterdam: no national figure in the reference, the European \
                        developer range (Germany 36–60, UK 24–48 months) at 48. The Amsterdam permit moratorium \
                        (since 2019; FLAP-D waits 7–10 years, Ember) is metropolitan, not applied country-wide",
                url: EMBER_GRIDS,
                year: 2025,
                confidence: Confidence::Estimate,
            },
        ),
        price_volatility: volatility(0.13, 0.19, 0.16),
    },
    CountrySpec {
        country: Country::Be,
        code: "BE",
        name: t!("Belgium"),
        electricity_eur_kwh: price_guess(0.17),
        carbon_g_per_kwh: ember(117.6),
        grid_lead_time_months: lead_estimate(48.0),
        price_volatility: volatility_guess(),
    },
    CountrySpec {
        country: Country::Es,
        code: "ES",
        name: t!("Spain"),
        electricity_eur_kwh: price_nv(0.13),
        carbon_g_per_kwh: ember(146.2),
        grid_lead_time_months: lead_estimate(36.0),
        price_volatility: volatility(0.10, 0.16, 0.13),
    },
    CountrySpec {
        country: Country::It,
        code: "IT",
        name: t!("Italy"),
        electricity_eur_kwh: price_nv(0.21),
        carbon_g_per_kwh: ember(287.8),
        grid_lead_time_months: lead_estimate(36.0),
        price_volatility: volatility(0.18, 0.24, 0.21),
    },
    CountrySpec {
        country: Country::Pl,
        code: "PL",
        name: t!("Poland"),
        electricity_eur_kwh: price_nv(0.20),
        carbon_g_per_kwh: ember(615.0),
        grid_lead_time_months: lead_estimate(36.0),
        price_volatility: volatility(0.17, 0.23, 0.20),
    },
    CountrySpec {
        country: Country::Se,
        code: "SE",
        name: t!("Sweden"),
        electricity_eur_kwh: price_nv(0.08),
        carbon_g_per_kwh: ember(35.9),
        grid_lead_time_months: lead_estimate(30.0),
        price_volatility: volatility(0.06, 0.11, 0.08),
    },
    CountrySpec {
        country: Country::Fi,
        code: "FI",
        name: t!("Finland"),
        electricity_eur_kwh: price_nv(0.08),
        carbon_g_per_kwh: ember(72.3),
        grid_lead_time_months: lead_estimate(24.0),
        price_volatility: volatility(0.06, 0.10, 0.08),
    },
    CountrySpec {
        country: Country::Dk,
        code: "DK",
        name: t!("Denmark"),
        electricity_eur_kwh: price_nv(0.14),
        carbon_g_per_kwh: ember(143.3),
        grid_lead_time_months: lead_estimate(36.0),
        price_volatility: volatility(0.11, 0.17, 0.14),
    },
    CountrySpec {
        country: Country::No,
        code: "NO",
        name: t!("Norway"),
        electricity_eur_kwh: price_nv(0.08),
        carbon_g_per_kwh: ember(30.8),
        grid_lead_time_months: lead_estimate(30.0),
        price_volatility: volatility(0.06, 0.11, 0.08),
    },
    CountrySpec {
        country: Country::At,
        code: "AT",
        name: t!("Austria"),
        electricity_eur_kwh: price_guess(0.17),
        carbon_g_per_kwh: ember(102.6),
        grid_lead_time_months: lead_estimate(36.0),
        price_volatility: volatility_guess(),
    },
    CountrySpec {
        country: Country::Pt,
        code: "PT",
        name: t!("Portugal"),
        electricity_eur_kwh: price_guess(0.13),
        carbon_g_per_kwh: ember(111.8),
        grid_lead_time_months: lead_estimate(30.0),
        price_volatility: volatility_guess(),
    },
    CountrySpec {
        country: Country::Eu27,
        code: "EU",
        name: t!("EU-27 average"),
        electricity_eur_kwh: Sourced::new(
            0.19,
            Source {
                label: "Eurostat news release 29 Oct 2025: EU-27 non-household band IC €0.1902 (2025-S1)",
                url: "https://www.pubt.io/view/929A0A224023D5879F8452D5CD9C30DFD5DB7077",
                year: 2025,
                confidence: Confidence::Verified,
            },
        ),
        carbon_g_per_kwh: ember(213.0),
        grid_lead_time_months: Sourced::new(
            48.0,
            Source {
                label: "EU average time to build a data centre ≈ 4 years (Ember); AWS: grid waits up to 7 years",
                url: EMBER_GRIDS,
                year: 2025,
                confidence: Confidence::Estimate,
            },
        ),
        price_volatility: volatility(0.17, 0.22, 0.19),
    },
];

/// The catalogue entry of a country.
pub fn country(c: Country) -> &'static CountrySpec {
    let index = match c {
        Country::Fr => 0,
        Country::De => 1,
        Country::Ie => 2,
        Country::Nl => 3,
        Country::Be => 4,
        Country::Es => 5,
        Country::It => 6,
        Country::Pl => 7,
        Country::Se => 8,
        Country::Fi => 9,
        Country::Dk => 10,
        Country::No => 11,
        Country::At => 12,
        Country::Pt => 13,
        Country::Eu27 => 14,
    };
    &COUNTRIES[index]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_returns_the_entry_of_the_country() {
        for c in Country::ALL {
            assert_eq!(country(c).country, c);
        }
    }

    #[test]
    fn volatility_is_the_relative_half_width_of_the_range() {
        // France: (0.19 − 0.13) / (2 × 0.15) = 0.06 / 0.30 = 0.2.
        assert!((country(Country::Fr).price_volatility.value - 0.2).abs() < 1e-12);
    }

    #[test]
    fn metropolitan_moratoria_are_not_applied_country_wide() {
        // The Dublin and Amsterdam moratoria are metropolitan: the country defaults are elevated, not severe;
        // Germany (Frankfurt > 5 years, country 36–60 months) is elevated too, Finland low.
        assert_eq!(country(Country::Ie).grid_tension(), GridTension::Elevated);
        assert_eq!(country(Country::Nl).grid_tension(), GridTension::Elevated);
        assert_eq!(country(Country::Fi).grid_tension(), GridTension::Low);
    }
}
