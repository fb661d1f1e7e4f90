//! Hand-computed checks of the migration model on the fixture estate: 12 workloads, all on the
//! hyperscaler, 4 waves a year, €120 k per FTE (€10 k per person-month), 40% proprietary, 120 TB,
//! legacy bill €200 k a month (€16,667 per workload-month), target €100 k, start January 2026; one
//! migration team of 8 person-months a month (fewer than 50 workloads), 8% discount rate.

use super::fixture::{inputs, scenario};
use super::plan::{Economics, Estate, Plan, Wave};
use super::*;
use crate::scenario::{DataSensitivity, StartMonth};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

fn economics(s: &Scenario) -> Economics {
    Economics::new(s, &inputs(), &Estate::from_scenario(s))
}

#[test]
fn twelve_workloads_at_four_waves_a_year_move_in_four_waves_of_three() {
    let s = scenario();
    let plan = Plan::new(Strategy::Progressive, &Estate::from_scenario(&s), 0);
    // ceil(12 / 3) = 4 waves of 3, launched every 12 / 4 = 3 months. Each wave's work is
    // 3 × 3.2 + 1 = 10.6 PM for a team of 8 PM a month: ceil(1.325) = 2 months, then it switches and
    // runs 3 months dual.
    let expected = [(0, 2, 5), (3, 5, 8), (6, 8, 11), (9, 11, 14)];
    assert_eq!(plan.waves().len(), 4);
    for (wave, (start, dual_from, done)) in plan.waves().iter().zip(expected) {
        assert_eq!(
            (wave.start_month, wave.dual_from_month, wave.done_month),
            (start, dual_from, done)
        );
        assert_eq!(wave.workloads, 3.0);
    }
    assert_eq!(plan.completion_month(), 14);
}

#[test]
fn waves_at_an_uneven_pace_round_to_whole_months_and_large_estates_get_large_waves() {
    let mut s = scenario();
    s.migration.workloads = 500;
    s.migration.waves_per_year = 5.0;
    let plan = Plan::new(Strategy::Progressive, &Estate::from_scenario(&s), 0);
    // 500 workloads: capped at 12 waves of 41.67; ten teams (one per 50 workloads) deliver 80 PM a
    // month, so a wave's 41.67 × 3.2 + 1 = 134.3 PM take 2 months; slots every 2.4 months → 0, 2, 5,
    // 7, 10, 12, ... (the team is always free by then).
    assert_eq!(plan.waves().len(), 12);
    let starts: Vec<u32> = plan.waves().iter().map(|w| w.start_month).take(6).collect();
    assert_eq!(starts, [0, 2, 5, 7, 10, 12]);
    assert!(close(plan.waves()[0].workloads, 500.0 / 12.0));
    // Last wave starts at round(11 × 2.4) = 26, switches at 28 and is done 3 months later.
    assert_eq!(plan.completion_month(), 31);
}

#[test]
fn big_bang_prepares_until_the_cutover_and_takes_new_use_cases_along() {
    let mut s = scenario();
    s.migration.new_workloads_per_year = 6;
    let plan = Plan::new(Strategy::BigBang, &Estate::from_scenario(&s), 0);
    // Cut-over at 12: dual running 9..12; scope 12 + 1.0 × 6 new ones = 18, whose work
    // (18 × 3.2 + 1 = 58.6 PM at 8 PM a month: 8 months) fits before the dual running.
    assert_eq!(
        plan.waves(),
        &[Wave {
            start_month: 0,
            dual_from_month: 9,
            done_month: 12,
            workloads: 18.0
        }]
    );
    // One year late: two years of new use cases join, 24 workloads: 77.8 PM → 10 months + 3 dual = 13
    // > 12, so the cut-over moves to 12 + 13 = 25, with 12 + 6 × 25 / 12 = 24.5 workloads
    // (79.4 PM → 10 months: 13 holds).
    let late = Plan::new(Strategy::BigBang, &Estate::from_scenario(&s), 1);
    assert_eq!(late.waves()[0].done_month, 25);
    assert!(close(late.waves()[0].workloads, 24.5));
}

#[test]
fn a_big_bang_cannot_cut_over_before_its_work_is_done() {
    let mut s = scenario();
    s.migration.workloads = 500;
    s.migration.cutover_month = 3;
    let plan = Plan::new(Strategy::BigBang, &Estate::from_scenario(&s), 0);
    // 500 × 3.2 + 1 = 1,601 PM for ten teams of 8 PM a month: ceil(20.01) = 21 months of work, then 3
    // of dual running: cut-over at 24, not at the 3 months asked.
    assert_eq!(
        (plan.waves()[0].dual_from_month, plan.completion_month()),
        (21, 24)
    );
    assert_eq!(plan.work_months, 21.0);
    // A later date than the work needs is kept.
    s.migration.cutover_month = 36;
    assert_eq!(
        Plan::new(Strategy::BigBang, &Estate::from_scenario(&s), 0).completion_month(),
        36
    );
}

#[test]
fn dual_running_of_one_wave_is_the_legacy_bill_for_three_months() {
    let s = scenario();
    let wave = Wave {
        start_month: 0,
        dual_from_month: 3,
        done_month: 6,
        workloads: 3.0,
    };
    // What is paid twice is the legacy bill: €200 k a month / 12 workloads = €16,666.67 per
    // workload-month × 3 workloads × 3 months. The target's bill is its running cost (TCO model).
    assert!(close(economics(&s).wave_cost(&wave).dual_running, 150_000.0));
}

#[test]
fn labour_counts_effort_per_workload_and_coordination() {
    let s = scenario();
    let wave = Wave {
        start_month: 0,
        dual_from_month: 0,
        done_month: 0,
        workloads: 3.0,
    };
    // Effort 2 PM × (1 + 0.4 × 1.5) = 3.2 PM per workload; 3 × 3.2 + 1 = 10.6 PM × €10 k.
    let cost = economics(&s).wave_cost(&wave);
    assert!(close(cost.labour, 106_000.0));
    assert_eq!(cost.lock_in, 0.0);
    assert_eq!(cost.recertification, 0.0);
}

#[test]
fn regulated_workloads_pay_recertification_and_confidential_ones_half() {
    let mut s = scenario();
    let wave = Wave {
        start_month: 0,
        dual_from_month: 0,
        done_month: 0,
        workloads: 3.0,
    };
    // (3 × 1.5 + 2) PM = 6.5 PM × €10 k.
    s.organisation.sensitivity = DataSensitivity::RegulatedHealth;
    assert!(close(economics(&s).wave_cost(&wave).recertification, 65_000.0));
    s.organisation.sensitivity = DataSensitivity::CriticalDefence;
    assert!(close(economics(&s).wave_cost(&wave).recertification, 65_000.0));
    s.organisation.sensitivity = DataSensitivity::Confidential;
    assert!(close(economics(&s).wave_cost(&wave).recertification, 32_500.0));
    s.organisation.sensitivity = DataSensitivity::Public;
    assert_eq!(economics(&s).wave_cost(&wave).recertification, 0.0);
}

#[test]
fn lock_in_after_two_years_adds_32_percent_to_the_effort() {
    let s = scenario();
    let wave = Wave {
        start_month: 18,
        dual_from_month: 21,
        done_month: 24,
        workloads: 3.0,
    };
    // Leaves the hyperscaler at month 24: 1.15² − 1 = 0.3225 × €106,000 labour.
    assert!(close(economics(&s).wave_cost(&wave).lock_in, 34_185.0));
}

#[test]
fn switching_egress_is_charged_before_january_2027_and_not_after() {
    let s = scenario();
    let e = economics(&s);
    assert_eq!(e.switching_charges_end_month, 12);
    // 120 TB / 12 workloads = 10 TB each; 3 workloads → 30 TB × €79 = €2,370 for the copy.
    // Synchronisation: 30 TB × 5% × 3 months × €79 = €355.50, at any date.
    let december_2026 = Wave {
        start_month: 8,
        dual_from_month: 11,
        done_month: 14,
        workloads: 3.0,
    };
    let january_2027 = Wave {
        start_month: 9,
        dual_from_month: 12,
        done_month: 15,
        workloads: 3.0,
    };
    assert!(close(e.wave_cost(&december_2026).switching_egress, 2_370.0));
    assert_eq!(e.wave_cost(&january_2027).switching_egress, 0.0);
    assert!(close(e.wave_cost(&january_2027).sync_egress, 355.5));
    // Starting after the ban: never charged.
    let mut later = scenario();
    later.start = StartMonth { year: 2027, month: 3 };
    assert_eq!(economics(&later).switching_charges_end_month, -2);
    assert_eq!(economics(&later).wave_cost(&december_2026).switching_egress, 0.0);
}

#[test]
fn shares_follow_the_waves_by_hand() {
    let r = evaluate(&scenario(), &inputs());
    let p = &r.progressive.shares;
    assert_eq!(p.len(), 61);
    // Month 4: wave 1 (3 of 12) dual running, 9 still only on the hyperscaler.
    assert!(close(p[4].dual_running, 0.25) && close(p[4].legacy_hyperscaler, 0.75));
    // Month 7: wave 1 done, wave 2 dual, 6 left.
    assert!(close(p[7].target, 0.25) && close(p[7].dual_running, 0.25));
    assert!(close(p[15].target, 1.0) && p[15].legacy_hyperscaler == 0.0);
    let b = &r.big_bang.shares;
    assert!(close(b[8].legacy_hyperscaler, 1.0) && close(b[9].dual_running, 1.0));
    assert!(close(b[12].target, 1.0));
}

#[test]
fn new_use_cases_dilute_the_legacy_share_in_the_progressive_strategy() {
    let mut s = scenario();
    s.migration.new_workloads_per_year = 12;
    s.migration.hyperscaler_share = 0.5;
    let r = evaluate(&s, &inputs());
    // Month 1, before any switch: 6 on the hyperscaler, 6 on premises, 1 new one on the target.
    let p = r.progressive.shares[1];
    assert!(close(p.legacy_hyperscaler, 6.0 / 13.0) && close(p.target, 1.0 / 13.0));
    // Big-bang: the new ones split like today's estate until the cut-over.
    let b = r.big_bang.shares[2];
    assert!(close(b.legacy_hyperscaler, 0.5) && b.target == 0.0);
}

#[test]
fn sovereignty_is_share_weighted_and_seal_the_weakest_link() {
    let mut s = scenario();
    s.migration.hyperscaler_share = 0.5;
    let r = evaluate(&s, &inputs());
    let sov = &r.progressive.sovereignty;
    // Start: half on the hyperscaler (30, SEAL-1), half on premises (70, SEAL-3).
    assert!(close(sov[0].score, 50.0) && sov[0].seal == 1);
    // Month 4: wave 1 of 2 (3 of 6 hyperscaler workloads) in dual running: still counts as legacy.
    assert!(close(sov[4].score, 50.0) && sov[4].seal == 1);
    // After completion (wave 2 launched at 3, 2 months of work, 3 dual): half target (80), half on
    // premises (70), SEAL-3.
    let done = r.progressive.planned_completion_month as usize;
    assert_eq!(done, 8);
    assert!(close(sov[done].score, 75.0) && sov[done].seal == 3);
}

#[test]
fn same_seed_same_results_and_breakdown_adds_up_to_the_mean() {
    let a = evaluate(&scenario(), &inputs());
    assert_eq!(a, evaluate(&scenario(), &inputs()));
    for o in [&a.progressive, &a.big_bang] {
        assert!(close(o.breakdown.total(), o.total_cost_eur.mean));
        // Starting now: no gap, no cost of waiting; its present value is below the nominal total.
        let now = o.cost_of_waiting[0];
        assert_eq!((now.running_gap_pv_eur, now.p50_cost_of_waiting_eur), (0.0, 0.0));
        assert!(now.p50_migration_pv_eur < o.total_cost_eur.p50);
        assert!(close(now.p50_total_cost_eur, now.p50_migration_pv_eur));
        // The cumulative bands end at the total quantiles once the programme is over.
        let last = o.cumulative_cost_eur.last().unwrap();
        assert!(close(last.planned, o.planned_cost_eur));
        assert!(close(last.p50, o.total_cost_eur.p50));
        assert!(o.completion_month.p90 < 60.0);
    }
}

#[test]
fn one_off_cost_of_the_fixture_lands_near_the_sourced_band() {
    let r = evaluate(&scenario(), &inputs());
    // Labour 4 × (9.6 + 1) PM × €10 k = €424 k, plus dual running 12 × 3 × €16,667 = €600 k, plus
    // lock-in and egress, over a €2.4 M run cost: about a third (the 10–20% rule covers effort only).
    let labour = r.progressive.breakdown.labour;
    assert!(close(labour, 424_000.0));
    assert!((0.15..0.20).contains(&(labour / 2.4e6)));
    assert!(r.progressive.one_off_share_of_annual_run_cost > labour / 2.4e6);
}

#[test]
fn waiting_can_be_cheaper_when_it_moves_the_copy_past_the_data_act_ban() {
    let mut s = scenario();
    s.start = StartMonth { year: 2026, month: 6 };
    s.migration.data_volume_tb = 100_000.0;
    let r = evaluate(&s, &inputs());
    // The ban starts at month 7. Progressive waves 1 and 2 copy at months 3 and 6: 2 × 25,000 TB × €79
    // = €3.95 M, which a year's wait avoids; after that only lock-in and growth remain.
    let w = &r.progressive.cost_of_waiting;
    assert!(w[1].p50_total_cost_eur < w[0].p50_total_cost_eur);
    assert!(w[3].p50_total_cost_eur > w[2].p50_total_cost_eur);
}

#[test]
fn nothing_on_the_hyperscaler_means_nothing_to_pay() {
    let mut s = scenario();
    s.migration.hyperscaler_share = 0.0;
    s.migration.new_workloads_per_year = 10;
    let r = evaluate(&s, &inputs());
    for o in [&r.progressive, &r.big_bang] {
        assert!(o.waves.is_empty());
        assert_eq!(o.total_cost_eur, Quantiles::default());
        assert_eq!(o.planned_completion_month, 0);
        assert!(o.shares.iter().all(|x| x.legacy_hyperscaler == 0.0));
        assert!(o.cumulative_cost_eur.iter().all(|c| c.p90 == 0.0));
    }
}

#[test]
fn inputs_outside_their_domain_still_give_finite_results() {
    let bad = MigrationInputs {
        legacy_eur_per_month: f64::NAN,
        target_eur_per_month: f64::INFINITY,
        legacy_sovereignty: (-5.0, 9),
        other_sovereignty: (f64::NAN, 2),
        target_sovereignty: (250.0, 3),
        egress_eur_per_tb: -1.0,
    };
    let clean = bad.sanitised();
    assert_eq!(clean.legacy_eur_per_month, 0.0);
    assert_eq!(clean.target_eur_per_month, 0.0);
    assert_eq!(clean.legacy_sovereignty, (0.0, 4));
    assert_eq!(clean.target_sovereignty, (100.0, 3));
    let r = evaluate(&scenario(), &bad);
    for o in [&r.progressive, &r.big_bang] {
        assert!(o.total_cost_eur.p90.is_finite() && o.one_off_share_of_annual_run_cost == 0.0);
        assert!(o.sovereignty.iter().all(|p| p.score.is_finite() && p.seal <= 4));
    }
}

#[test]
fn cost_of_waiting_adds_the_discounted_running_gap_to_the_discounted_migration_bills() {
    let r = evaluate(&scenario(), &inputs());
    // Hand calculation of the gap for a one-year delay: the waves (3 workloads each) would have switched
    // at months 2, 5, 8 and 11; each stays 12 more months on the legacy at (€200 k − €100 k) / 12 =
    // €8,333.33 per workload-month, paid at the end of each month, discounted at 8% a year.
    let d = |t: f64| 1.08f64.powf(-t / 12.0);
    let mut gap = 0.0;
    for switch in [2.0, 5.0, 8.0, 11.0] {
        for m in 0..12 {
            gap += 3.0 * (100_000.0 / 12.0) * d(switch + f64::from(m) + 1.0);
        }
    }
    let w = &r.progressive.cost_of_waiting;
    assert!(
        close(w[1].running_gap_pv_eur, gap),
        "{} vs {gap}",
        w[1].running_gap_pv_eur
    );
    // The undiscounted gap would be 12 × 12 × €8,333.33 = €1.2 M; discounting takes off about 5%.
    assert!(gap < 1.2e6 && gap > 1.1e6);
    for (k, x) in w.iter().enumerate() {
        assert_eq!(x.delay_years, k as u32);
        assert!(close(
            x.p50_total_cost_eur,
            x.p50_migration_pv_eur + x.running_gap_pv_eur
        ));
        assert!(close(
            x.p50_cost_of_waiting_eur,
            x.p50_total_cost_eur - w[0].p50_total_cost_eur
        ));
    }
    // A cheaper legacy turns the gap into a saving of the same size.
    let mut cheap = inputs();
    cheap.legacy_eur_per_month = 100_000.0 / 2.0;
    cheap.target_eur_per_month = 150_000.0;
    let r = evaluate(&scenario(), &cheap);
    assert!(r.progressive.cost_of_waiting[1].running_gap_pv_eur < 0.0);
}

#[test]
fn the_level_monthly_cost_has_the_npv_as_present_value() {
    // €1 M over 12 months at 0%: €83,333 a month; at 10% the annuity of 12 end-of-month payments is
    // Σ 1.1^(−t/12) for t = 1..12 = 11.4005, so €87,716.
    assert!(close(level_monthly_cost(1.0e6, 0.0, 12), 1.0e6 / 12.0));
    let annuity: f64 = (1..=12).map(|t| 1.1f64.powf(-f64::from(t) / 12.0)).sum();
    assert!((annuity - 11.4005).abs() < 1e-4);
    assert!((level_monthly_cost(1.0e6, 0.1, 12) - 87_715.54).abs() < 0.01);
    assert!(close(level_monthly_cost(1.0e6, 0.1, 12), 1.0e6 / annuity));
    assert_eq!(level_monthly_cost(1.0e6, 0.1, 0), 0.0);
}
