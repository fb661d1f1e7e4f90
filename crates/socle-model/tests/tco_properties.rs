//! Invariants of the TCO model over valid scenarios drawn across every input range.

mod tco_support;

use proptest::prelude::*;
use socle_model::catalogue::{gpu, options::FACILITY_LIFE_YEARS, Currency};
use socle_model::tco::{self, npv_coefficients, CostCategory, OptionTco};
use socle_model::DeploymentOption;
use tco_support::arb_scenario;

/// `a ≥ b` up to floating rounding relative to their size.
fn at_least(a: f64, b: f64) -> bool {
    a >= b - 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn all_finite(o: &OptionTco) -> bool {
    let numbers = [
        o.total_cost_eur,
        o.npv_eur,
        o.upfront_commitment_eur,
        o.staff_fte,
        o.power.it_mw_nameplate,
        o.power.it_mw_average,
        o.power.facility_mw_peak,
        o.power.facility_mw_average,
        o.power.annual_mwh,
        o.power.tco2_per_year,
        o.power.annual_energy_eur,
        o.coefficients.a,
        o.coefficients.b,
        o.coefficients.c,
        o.coefficients.d,
    ];
    numbers.iter().all(|x| x.is_finite())
        && o.cumulative_eur
            .iter()
            .chain(&o.cumulative_discounted_eur)
            .all(|x| x.is_finite())
        && o.yearly.iter().all(|y| y.total().is_finite())
        && o.cost_per_useful_gpu_hour_eur.is_none_or(f64::is_finite)
        && o.levelised_cost_per_useful_gpu_hour_eur
            .is_none_or(f64::is_finite)
}

proptest! {
    #[test]
    fn results_are_finite_for_every_valid_scenario(s in arb_scenario()) {
        prop_assert!(s.validate().is_ok());
        let r = tco::evaluate(&s);
        for o in &r.options {
            prop_assert!(all_finite(o), "{:?}", o);
            prop_assert_eq!(o.yearly.len(), s.compute.horizon_years as usize);
        }
        prop_assert!(r.cheapest_margin_eur.is_finite() && r.cheapest_margin_eur >= 0.0);
        for row in &r.break_even {
            for be in row {
                prop_assert!(be.utilisation().is_none_or(|u| (0.0..=1.0).contains(&u)));
            }
        }
    }

    #[test]
    fn more_gpus_never_cost_less(s in arb_scenario(), extra in 1u32..=5_000) {
        let mut more = s.clone();
        more.compute.gpu_count = (s.compute.gpu_count + extra).min(100_000);
        let (before, after) = (tco::evaluate(&s), tco::evaluate(&more));
        for (b, a) in before.options.iter().zip(&after.options) {
            prop_assert!(at_least(a.total_cost_eur, b.total_cost_eur), "{:?}: {} < {}", a.option, a.total_cost_eur, b.total_cost_eur);
            prop_assert!(at_least(a.npv_eur, b.npv_eur), "{:?}: {} < {}", a.option, a.npv_eur, b.npv_eur);
        }
    }

    #[test]
    fn a_higher_energy_price_never_lowers_an_owned_cost(s in arb_scenario(), p1 in 0.01..=1.0f64, p2 in 0.01..=1.0f64) {
        let (low, high) = (p1.min(p2), p1.max(p2));
        let (mut cheap, mut dear) = (s.clone(), s);
        cheap.site.energy_price_override_eur_kwh = Some(low);
        dear.site.energy_price_override_eur_kwh = Some(high);
        let (cheap, dear) = (tco::evaluate(&cheap), tco::evaluate(&dear));
        for option in [DeploymentOption::OnPremises, DeploymentOption::Colocation] {
            prop_assert!(at_least(dear.option(option).total_cost_eur, cheap.option(option).total_cost_eur));
            prop_assert!(at_least(dear.option(option).npv_eur, cheap.option(option).npv_eur));
        }
    }

    #[test]
    fn idle_fleets_have_no_cost_per_useful_hour(mut s in arb_scenario()) {
        s.compute.utilisation = 0.0;
        for o in tco::evaluate(&s).options {
            prop_assert_eq!(o.cost_per_useful_gpu_hour_eur, None);
            prop_assert_eq!(o.levelised_cost_per_useful_gpu_hour_eur, None);
        }
    }

    #[test]
    fn coefficients_match_evaluate_at_any_utilisation_and_price(s in arb_scenario(), u in 0.0..=1.0f64, p in 0.01..=1.0f64) {
        let coefficients = npv_coefficients(&s);
        let mut at = s;
        at.compute.utilisation = u;
        at.site.energy_price_override_eur_kwh = Some(p);
        let r = tco::evaluate(&at);
        for (c, o) in coefficients.iter().zip(&r.options) {
            let expected = c.npv(u, p);
            prop_assert!((o.npv_eur - expected).abs() <= 1e-9 * o.npv_eur.abs().max(1.0), "{:?}: {} vs {}", o.option, o.npv_eur, expected);
            prop_assert_eq!(*c, o.coefficients);
        }
    }

    #[test]
    fn break_even_npvs_are_equal(s in arb_scenario()) {
        let r = tco::evaluate(&s);
        for (i, owned) in [DeploymentOption::OnPremises, DeploymentOption::Colocation].into_iter().enumerate() {
            for (j, cloud) in [DeploymentOption::EuSovereignCloud, DeploymentOption::UsSovereignOffer, DeploymentOption::UsPublicCloud].into_iter().enumerate() {
                if let Some(u) = r.break_even[i][j].utilisation() {
                    let mut at = s.clone();
                    at.compute.utilisation = u;
                    let at = tco::evaluate(&at);
                    let (a, b) = (at.option(owned).npv_eur, at.option(cloud).npv_eur);
                    prop_assert!((a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0), "{} vs {}", a, b);
                }
            }
        }
    }

    #[test]
    fn no_cash_flow_is_paid_after_the_horizon(s in arb_scenario()) {
        let months = s.horizon_months();
        for f in tco::cash_flows(&s) {
            prop_assert!(f.month <= months, "{:?} {:?} at month {} of {}", f.option, f.category, f.month, months);
        }
        // Cloud fees: one month of service per horizon month, whatever the commitment term.
        let r = tco::evaluate(&s);
        for option in [DeploymentOption::EuSovereignCloud, DeploymentOption::UsSovereignOffer, DeploymentOption::UsPublicCloud] {
            let fee_months = tco::cash_flows(&s)
                .iter()
                .filter(|f| f.option == option && f.category == CostCategory::CloudFees)
                .count();
            prop_assert!(fee_months <= months);
            prop_assert!(r.option(option).total.cloud_fees >= 0.0);
        }
    }

    #[test]
    fn a_stronger_dollar_never_lowers_the_cost_of_a_dollar_priced_option(s in arb_scenario(), x1 in 0.7..=1.6f64, x2 in 0.7..=1.6f64) {
        // A stronger dollar is fewer dollars per euro.
        let (strong, weak) = (x1.min(x2), x1.max(x2));
        let (mut a, mut b) = (s.clone(), s.clone());
        a.finance.usd_per_eur = strong;
        b.finance.usd_per_eur = weak;
        let (ra, rb) = (tco::evaluate(&a), tco::evaluate(&b));
        for (oa, ob) in ra.options.iter().zip(&rb.options) {
            // Owned options buy dollar-priced hardware; cloud options may be dollar-quoted; euro-priced
            // ones do not move (the same inequality holds with equality).
            prop_assert!(at_least(oa.npv_eur, ob.npv_eur), "{:?}: {} < {}", oa.option, oa.npv_eur, ob.npv_eur);
            prop_assert!(at_least(oa.total_cost_eur, ob.total_cost_eur), "{:?}", oa.option);
        }
        // A dollar-quoted cloud price without override costs strictly more with the stronger dollar.
        for (i, option) in [DeploymentOption::EuSovereignCloud, DeploymentOption::UsSovereignOffer, DeploymentOption::UsPublicCloud].into_iter().enumerate() {
            if strong < weak - 1e-6 && s.assumptions.cloud_price_eur_gpu_h[i].is_none() && gpu(s.compute.gpu).cloud_currency[i] == Currency::Usd {
                prop_assert!(tco::cloud_price_eur_gpu_h(&a, i) > tco::cloud_price_eur_gpu_h(&b, i));
                prop_assert!(ra.option(option).npv_eur > rb.option(option).npv_eur || s.compute.utilisation == 0.0 && s.platform.commitment == socle_model::Commitment::OnDemand);
            }
        }
    }

    #[test]
    fn end_value_never_exceeds_the_resale_share_of_the_cost(s in arb_scenario()) {
        let capex = tco::hardware_capex_eur(&s);
        let share = s.finance.residual_value_share;
        let months = s.horizon_months();
        let spec = gpu(s.compute.gpu);
        let nameplate_kw = f64::from(s.compute.gpu_count) * spec.board_power_w.value * spec.server_overhead.value / 1_000.0;
        let built = (nameplate_kw - s.site.existing_room_kw).max(0.0) * s.assumptions.facility_capex_eur_per_kw;
        let years = f64::from(s.compute.horizon_years);
        let hall_book = built * (1.0 - years / FACILITY_LIFE_YEARS.value).max(0.0);
        let flows = tco::cash_flows(&s);
        for option in [DeploymentOption::OnPremises, DeploymentOption::Colocation] {
            let hall = if option == DeploymentOption::OnPremises { hall_book } else { 0.0 };
            for f in flows.iter().filter(|f| f.option == option && f.category == CostCategory::Residual) {
                // Values received are negative amounts; the hall's book value comes with the fleet's at the end.
                let fleet = -f.amount_eur - if f.month == months { hall } else { 0.0 };
                prop_assert!(fleet <= share * capex * (1.0 + 1e-9) + 1e-6, "{:?} month {}: {} > {} × {}", option, f.month, fleet, share, capex);
                prop_assert!(fleet >= -1e-6);
            }
        }
    }
}
