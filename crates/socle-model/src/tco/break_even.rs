//! Break-even utilisation between an owned and a cloud option, solved exactly.
//!
//! At a fixed energy price both NPVs are affine in utilisation, so their difference
//! Δ(u) = ΔA + ΔB·u vanishes at u* = −ΔA / ΔB: one division, no sampling.

use super::coefficients::NpvCoefficients;
use serde::Serialize;

/// Where an owned option and a cloud option cost the same.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub enum BreakEven {
    /// They cost the same at this utilisation in `[0, 1]`.
    At {
        /// The break-even utilisation.
        utilisation: f64,
        /// True when owning is cheaper above it (the usual case against on-demand cloud).
        owned_cheaper_above: bool,
    },
    /// Owning is cheaper at every utilisation.
    OwnedAlwaysCheaper,
    /// The cloud option is cheaper at every utilisation.
    CloudAlwaysCheaper,
}

impl BreakEven {
    /// The break-even utilisation, `None` when there is none in `[0, 1]`.
    pub fn utilisation(&self) -> Option<f64> {
        match self {
            Self::At { utilisation, .. } => Some(*utilisation),
            _ => None,
        }
    }
}

/// Solves NPV_owned(u) = NPV_cloud(u) at energy price `p`.
///
/// ```
/// use socle_model::tco::{break_even_utilisation, BreakEven, NpvCoefficients};
/// let owned = NpvCoefficients { a: 100.0, b: 0.0, c: 0.0, d: 100.0 };
/// let on_demand = NpvCoefficients { a: 0.0, b: 200.0, c: 0.0, d: 0.0 };
/// // At €0.20/kWh: 100 + 20u = 200u, so u = 100/180.
/// let result = break_even_utilisation(&owned, &on_demand, 0.2);
/// assert!((result.utilisation().unwrap() - 100.0 / 180.0).abs() < 1e-12);
/// ```
pub fn break_even_utilisation(owned: &NpvCoefficients, cloud: &NpvCoefficients, p: f64) -> BreakEven {
    let (owned_a, owned_b) = owned.at_price(p);
    let (cloud_a, cloud_b) = cloud.at_price(p);
    let (delta_a, delta_b) = (owned_a - cloud_a, owned_b - cloud_b);
    let u = -delta_a / delta_b;
    if delta_b != 0.0 && u.is_finite() && (0.0..=1.0).contains(&u) {
        return BreakEven::At {
            utilisation: u,
            owned_cheaper_above: delta_b < 0.0,
        };
    }
    // No crossing inside [0, 1]: the sign in the middle tells which side always wins.
    if delta_a + delta_b * 0.5 <= 0.0 {
        BreakEven::OwnedAlwaysCheaper
    } else {
        BreakEven::CloudAlwaysCheaper
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(a: f64, b: f64) -> NpvCoefficients {
        NpvCoefficients { a, b, c: 0.0, d: 0.0 }
    }

    #[test]
    fn solves_the_crossing_of_two_lines() {
        // Owned 100 + 20u, on-demand cloud 0 + 200u: 100 + 20u = 200u → u = 100/180 = 0.5556.
        let result = break_even_utilisation(&line(100.0, 20.0), &line(0.0, 200.0), 0.0);
        let BreakEven::At {
            utilisation,
            owned_cheaper_above,
        } = result
        else {
            panic!("{result:?}")
        };
        assert!((utilisation - 100.0 / 180.0).abs() < 1e-15);
        assert!(owned_cheaper_above);
    }

    #[test]
    fn no_crossing_in_the_unit_interval() {
        // Owned 300 + 20u vs cloud 200u: they cross at u = 300/180 > 1, cloud always cheaper.
        let result = break_even_utilisation(&line(300.0, 20.0), &line(0.0, 200.0), 0.0);
        assert_eq!(result, BreakEven::CloudAlwaysCheaper);
        assert_eq!(result.utilisation(), None);
        // Parallel lines: never equal.
        let parallel = break_even_utilisation(&line(50.0, 10.0), &line(80.0, 10.0), 0.0);
        assert_eq!(parallel, BreakEven::OwnedAlwaysCheaper);
    }

    #[test]
    fn energy_price_moves_the_crossing() {
        // Owned: a = 100, d = 100 (busy energy): at p = 0.2, owned = 100 + 20u, as in the first test.
        let owned = NpvCoefficients {
            a: 100.0,
            b: 0.0,
            c: 0.0,
            d: 100.0,
        };
        let u = break_even_utilisation(&owned, &line(0.0, 200.0), 0.2)
            .utilisation()
            .unwrap();
        assert!((u - 100.0 / 180.0).abs() < 1e-12);
    }
}
