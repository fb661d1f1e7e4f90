//! Economic pressure: up-front commitment against the IT budget, fixed-cost share, idle capacity,
//! payback of owning against renting, and the premium paid over the cheapest option (without it, a
//! pay-per-use option three times dearer would look free of economic pressure).
//!
//! Each factor's 0–100 scale has a stated meaning ([`Reason::scale`]), and only two factors can reach
//! 100 ("blocking"): committing a whole year's IT budget up front, and paying twice the cheapest option.
//! Fixed costs, idle capacity and a long payback describe risk, not impossibility: an option within a
//! hair of the cheapest NPV is never blocked by them.

use super::{clamp_score, pressure_from, ConstraintKind, Factor, Pressure, Reason, Relaxer};
use crate::catalogue::options::CLOUD_OPTIONS;
use crate::scenario::{Commitment, DeploymentOption, Scenario};
use crate::t;
use crate::tco::{self, OptionTco, TcoResults};

/// A fully fixed cost structure alone is a moderate pressure: it only hurts if use falls short.
const FIXED_SHARE_WEIGHT: f64 = 40.0;

/// Pressure of a payback that takes the servers' whole life (or never comes): high, not blocking. Whether
/// owning costs more over the horizon is the premium factor's question, answered from the NPVs.
const PAYBACK_AT_LIFE: f64 = 60.0;

/// Utilisation that right-sizing aims for.
const RIGHT_SIZE_UTILISATION: f64 = 0.8;

/// The inputs the economic pressure reads, for one option.
#[derive(Debug, Clone, Copy)]
struct Inputs {
    commitment_eur: f64,
    annual_it_budget_eur: f64,
    npv_eur: f64,
    fixed_part_eur: f64,
    utilisation: f64,
    depreciation_months: u32,
    /// NPV of the cheapest option and which it is.
    cheapest: (f64, DeploymentOption),
    /// Owned options only: payback against the cheapest cloud option.
    payback: Option<(Option<f64>, DeploymentOption)>,
}

fn cheapest_cloud(tco: &TcoResults) -> &OptionTco {
    let mut best = tco.option(CLOUD_OPTIONS[0]);
    for option in CLOUD_OPTIONS {
        if tco.option(option).npv_eur < best.npv_eur {
            best = tco.option(option);
        }
    }
    best
}

/// Simple payback of owning: up-front capex ÷ monthly saving against the cloud option. The saving is the
/// cloud's cost per month of the horizon (its fees for the months of service inside the horizon, staff and
/// any exit egress) minus owning's running costs per month (energy, staff, maintenance, software,
/// colocation, facility upkeep). `None` when owning saves nothing.
pub(super) fn payback_months(owned: &OptionTco, cloud: &OptionTco, months: usize) -> Option<f64> {
    let t = &owned.total;
    let first_purchase = owned.yearly.first().map_or(0.0, |y| y.hardware);
    let facility_build = (owned.upfront_commitment_eur - first_purchase).max(0.0);
    let facility_upkeep = (t.facility - facility_build).max(0.0);
    let running = t.energy + t.staff + t.maintenance + t.software + t.colocation + facility_upkeep;
    let saving_per_month = (cloud.total_cost_eur - running) / months as f64;
    let payback = owned.upfront_commitment_eur / saving_per_month;
    (saving_per_month > 0.0 && payback.is_finite()).then_some(payback)
}

fn inputs(scenario: &Scenario, tco: &TcoResults, option: &OptionTco) -> Inputs {
    let payback = option.option.is_owned().then(|| {
        let cloud = cheapest_cloud(tco);
        (
            payback_months(option, cloud, scenario.horizon_months()),
            cloud.option,
        )
    });
    Inputs {
        commitment_eur: option.upfront_commitment_eur,
        annual_it_budget_eur: scenario.organisation.annual_it_budget_eur,
        npv_eur: option.npv_eur,
        fixed_part_eur: option.coefficients.fixed_part(tco.energy_price_eur_kwh),
        utilisation: scenario.compute.utilisation,
        depreciation_months: scenario.finance.depreciation_years * 12,
        cheapest: (tco.option(tco.cheapest).npv_eur, tco.cheapest),
        payback,
    }
}

fn factors(i: &Inputs) -> Vec<Factor> {
    let fixed_share = if i.npv_eur > 0.0 {
        (i.fixed_part_eur / i.npv_eur).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let idle = 1.0 - i.utilisation;
    let mut out = vec![
        Factor {
            // Committing a whole year's IT budget up front: 100.
            value: clamp_score(100.0 * i.commitment_eur / i.annual_it_budget_eur),
            reason: Reason::CommitmentVsBudget {
                commitment_eur: i.commitment_eur,
                annual_it_budget_eur: i.annual_it_budget_eur,
            },
        },
        Factor {
            value: clamp_score(FIXED_SHARE_WEIGHT * fixed_share),
            reason: Reason::FixedCostShare { fixed_share },
        },
        Factor {
            // Share of the cost paid for capacity that sits idle.
            value: clamp_score(100.0 * fixed_share * idle),
            reason: Reason::IdleCapacityCost {
                idle_cost_eur: i.fixed_part_eur.max(0.0) * idle,
                utilisation: i.utilisation,
            },
        },
    ];
    let (cheapest_npv, cheapest) = i.cheapest;
    let premium = if cheapest_npv > 0.0 {
        (i.npv_eur / cheapest_npv - 1.0).max(0.0)
    } else {
        0.0
    };
    out.push(Factor {
        // Paying twice the cheapest option: 100.
        value: clamp_score(100.0 * premium),
        reason: Reason::CostPremium {
            premium_share: premium,
            cheapest,
        },
    });
    if let Some((payback_months, against)) = i.payback {
        // PAYBACK_AT_LIFE when the capex is repaid only at the end of the servers' life, or never.
        let value = payback_months.map_or(PAYBACK_AT_LIFE, |m| {
            PAYBACK_AT_LIFE * (m / f64::from(i.depreciation_months)).min(1.0)
        });
        out.push(Factor {
            value,
            reason: Reason::Payback {
                payback_months,
                depreciation_months: i.depreciation_months,
                against,
            },
        });
    }
    out
}

impl Reason {
    /// What the 0–100 scale of an economic factor means (English, translated where shown); `None` for the factors of the
    /// other pressures. The values [`pressure`] gives follow these statements (tested).
    pub const fn scale(&self) -> Option<&'static str> {
        Some(match self {
            Self::CommitmentVsBudget { .. } => t!("100 × up-front commitment ÷ annual IT budget: 100 (blocking) when a whole year's budget is committed at once"),
            Self::FixedCostShare { .. } => t!("40 × share of the cost due whether the GPUs work or not: at most 40, fixed costs alone never block"),
            Self::IdleCapacityCost { .. } => t!("100 × share of the cost paid for idle capacity (fixed share × idle time): 100 only if everything is fixed and nothing is used"),
            Self::CostPremium { .. } => t!("100 × NPV premium over the cheapest option: 0 for the cheapest, 100 (blocking) at twice its cost"),
            Self::Payback { .. } => t!("60 × payback ÷ servers' life, at most 60: 60 when owning repays its capex only at the end of the servers' life or never; never blocking on its own"),
            _ => return None,
        })
    }
}

fn score(i: &Inputs) -> f64 {
    super::strongest(&factors(i)).value
}

/// Candidates: every other target (from the TCO already computed), another commitment for a cloud
/// target, and running the same work on fewer GPUs at 80 % utilisation.
fn candidates(scenario: &Scenario, tco: &TcoResults) -> Vec<(Relaxer, f64)> {
    let target = scenario.platform.target;
    let mut out = Vec::with_capacity(8);
    for option in DeploymentOption::ALL {
        if option != target {
            let value = score(&inputs(scenario, tco, tco.option(option)));
            out.push((Relaxer::SwitchTarget { option }, value));
        }
    }
    if !target.is_owned() {
        for commitment in [Commitment::OnDemand, Commitment::OneYear, Commitment::ThreeYear] {
            if commitment != scenario.platform.commitment {
                // The commitment applies to every cloud option, so the cheapest may change: re-evaluate.
                let mut changed = scenario.clone();
                changed.platform.commitment = commitment;
                let changed_tco = tco::evaluate(&changed);
                let value = score(&inputs(&changed, &changed_tco, changed_tco.option(target)));
                out.push((Relaxer::ChangeCommitment { commitment }, value));
            }
        }
    }
    if let Some(relaxer) = right_size(scenario) {
        let mut resized = scenario.clone();
        relaxer.apply(&mut resized);
        let resized_tco = tco::evaluate(&resized);
        let value = score(&inputs(&resized, &resized_tco, resized_tco.option(target)));
        out.push((relaxer, value));
    }
    out
}

/// Fewer GPUs doing the same GPU-hours at [`RIGHT_SIZE_UTILISATION`], when utilisation is below it.
fn right_size(scenario: &Scenario) -> Option<Relaxer> {
    let c = &scenario.compute;
    let busy_gpus = f64::from(c.gpu_count) * c.utilisation;
    let gpu_count = ((busy_gpus / RIGHT_SIZE_UTILISATION).ceil() as u32).max(1);
    let utilisation = (busy_gpus / f64::from(gpu_count)).min(1.0);
    (c.utilisation > 0.0 && gpu_count < c.gpu_count).then_some(Relaxer::RightSize {
        gpu_count,
        utilisation,
    })
}

/// The economic pressure on the target platform.
pub(super) fn pressure(scenario: &Scenario, tco: &TcoResults) -> Pressure {
    let target = tco.option(scenario.platform.target);
    pressure_from(
        ConstraintKind::Economic,
        factors(&inputs(scenario, tco, target)),
        candidates(scenario, tco),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An owned option whose NPV is `premium` above the cheapest's, with a given payback.
    fn owned(premium: f64, payback_months: Option<f64>) -> Inputs {
        Inputs {
            commitment_eur: 5e6,
            annual_it_budget_eur: 50e6,
            npv_eur: 10e6 * (1.0 + premium),
            fixed_part_eur: 8e6,
            utilisation: 0.6,
            depreciation_months: 48,
            cheapest: (10e6, DeploymentOption::EuSovereignCloud),
            payback: Some((payback_months, DeploymentOption::EuSovereignCloud)),
        }
    }

    fn factor(i: &Inputs, pick: fn(&Reason) -> bool) -> f64 {
        factors(i).into_iter().find(|f| pick(&f.reason)).unwrap().value
    }

    #[test]
    fn an_option_within_a_hair_of_the_cheapest_is_not_blocked_by_a_long_payback() {
        // 0.03 % above the cheapest NPV, payback longer than the life or never.
        for payback in [Some(62.0), Some(500.0), None] {
            let i = owned(0.0003, payback);
            assert!(score(&i) < 100.0, "{payback:?}: {}", score(&i));
            assert_eq!(
                factor(&i, |r| matches!(r, Reason::Payback { .. })),
                PAYBACK_AT_LIFE
            );
        }
    }

    #[test]
    fn factor_values_follow_their_stated_scales() {
        // Payback: 60 × payback ÷ life, at most 60.
        let is_payback = |r: &Reason| matches!(r, Reason::Payback { .. });
        assert_eq!(factor(&owned(0.0, Some(24.0)), is_payback), 30.0);
        assert_eq!(factor(&owned(0.0, Some(48.0)), is_payback), 60.0);
        // Premium: 0 for the cheapest, 100 at twice its cost.
        let is_premium = |r: &Reason| matches!(r, Reason::CostPremium { .. });
        assert_eq!(factor(&owned(0.0, Some(24.0)), is_premium), 0.0);
        assert_eq!(factor(&owned(1.0, Some(24.0)), is_premium), 100.0);
        // Commitment: 100 when a whole year's budget is committed.
        let mut i = owned(0.0, Some(24.0));
        i.commitment_eur = i.annual_it_budget_eur;
        assert_eq!(
            factor(&i, |r| matches!(r, Reason::CommitmentVsBudget { .. })),
            100.0
        );
        // Fixed share: 40 × 0.8 = 32; idle: 100 × 0.8 × 0.4 = 32 (8 of 10 € fixed, 40 % idle).
        let i = owned(0.0, Some(24.0));
        let fixed = factor(&i, |r| matches!(r, Reason::FixedCostShare { .. }));
        assert!((fixed - 32.0).abs() < 1e-9, "{fixed}");
        let idle = factor(&i, |r| matches!(r, Reason::IdleCapacityCost { .. }));
        assert!((idle - 32.0).abs() < 1e-9, "{idle}");
        // Every economic factor states its scale, in every language, naming its ceiling.
        for f in factors(&owned(0.5, None)) {
            let en = f.reason.scale().expect("economic factors state their scale");
            let ceiling = if matches!(f.reason, Reason::FixedCostShare { .. }) {
                "40"
            } else if matches!(f.reason, Reason::Payback { .. }) {
                "60"
            } else {
                "100"
            };
            for lang in crate::Lang::ALL {
                let text = lang.tr(en);
                assert!(
                    !text.is_empty() && text.contains(ceiling),
                    "{}: {text}",
                    lang.code()
                );
            }
            assert!(f.value <= ceiling.parse::<f64>().unwrap());
        }
    }
}
