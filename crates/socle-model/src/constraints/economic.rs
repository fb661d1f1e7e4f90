//! Economic pressure: up-front commitment against the IT budget, fixed-cost share, idle capacity,
//! payback of owning against renting, and the premium paid over the cheapest option (without it, a
//! pay-per-use option three times dearer would look free of economic pressure).

use super::{clamp_score, pressure_from, ConstraintKind, Factor, Pressure, Reason, Relaxer};
use crate::catalogue::options::CLOUD_OPTIONS;
use crate::scenario::{Commitment, DeploymentOption, Scenario};
use crate::tco::{self, OptionTco, TcoResults};

/// A fully fixed cost structure alone is a moderate pressure: it only hurts if use falls short.
const FIXED_SHARE_WEIGHT: f64 = 40.0;

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

/// Simple payback of owning: up-front capex ÷ monthly saving against the cloud option, the saving being
/// the cloud's total cost minus owning's running costs (energy, staff, maintenance, software,
/// colocation) spread over the horizon. `None` when owning saves nothing.
pub(super) fn payback_months(owned: &OptionTco, cloud: &OptionTco, months: usize) -> Option<f64> {
    let t = &owned.total;
    let running = t.energy + t.staff + t.maintenance + t.software + t.colocation;
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
        let value = payback_months.map_or(100.0, |m| {
            clamp_score(100.0 * m / f64::from(i.depreciation_months))
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
