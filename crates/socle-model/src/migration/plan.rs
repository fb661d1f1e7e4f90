//! The planned schedule of each strategy (which workloads move when) and what each move costs before any
//! overrun.
//!
//! Months count from the start of the analysis (month 0 is `scenario.start`). Workload counts are real
//! numbers: the estate is split evenly, so sliders move figures smoothly; the UI rounds for display.

use super::defaults::{
    CONFIDENTIAL_RECERTIFICATION_SHARE, DUAL_RUNNING_MONTHS, EFFORT_PM_PORTABLE, LOCK_IN_GROWTH_PER_YEAR,
    MAX_WAVES, MIN_WORKLOADS_PER_WAVE, PIECE_OVERHEAD_PM, PROPRIETARY_EFFORT_MULTIPLIER,
    RECERTIFICATION_AUDIT_PM, RECERTIFICATION_PM_PER_WORKLOAD, SWITCHING_CHARGES_BANNED_FROM,
    SYNC_SHARE_PER_MONTH, TEAM_PM_PER_MONTH, WORKLOADS_PER_TEAM,
};
use super::MigrationInputs;
use crate::scenario::{DataSensitivity, Scenario, Strategy};
use serde::Serialize;

/// One piece of migration work: a progressive wave, or the whole big-bang cut-over.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Wave {
    /// Month the migration work on these workloads begins.
    pub start_month: u32,
    /// Month from which they run on both platforms (dual running).
    pub dual_from_month: u32,
    /// Month from which the legacy platform no longer carries them (decommissioned).
    pub done_month: u32,
    /// Workloads moved (an even split of the estate, so possibly fractional).
    pub workloads: f64,
}

impl Wave {
    const EMPTY: Wave = Wave {
        start_month: 0,
        dual_from_month: 0,
        done_month: 0,
        workloads: 0.0,
    };

    /// Months of dual running.
    pub fn dual_months(&self) -> u32 {
        self.done_month - self.dual_from_month
    }

    /// Months over which the migration effort is spent: until dual running begins or, when dual
    /// running starts with the work (a three-month big-bang), until the decommission.
    pub fn effort_months(&self) -> (u32, u32) {
        if self.dual_from_month > self.start_month {
            (self.start_month, self.dual_from_month)
        } else {
            (self.start_month, self.done_month.max(self.start_month + 1))
        }
    }
}

/// The estate to move, as the migration model sees it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Estate {
    /// Existing workloads, all platforms.
    pub existing: f64,
    /// Existing workloads on the legacy hyperscaler (`hyperscaler_share × existing`).
    pub legacy: f64,
    /// Share of workloads (existing, and new ones while nothing has moved) on the hyperscaler.
    pub hyperscaler_share: f64,
    /// New use cases per year.
    pub new_per_year: f64,
    /// Progressive pace: waves launched per year (a wave starts no earlier than its slot).
    pub waves_per_year: f64,
    /// Big-bang: earliest cut-over month the user asked for (a floor; see [`Plan`]).
    pub cutover_month: u32,
    /// Planned effort per moved workload before lock-in, person-months: migration and refactoring
    /// (portable and proprietary mixed) plus the recertification the data sensitivity requires.
    pub effort_pm_per_workload: f64,
    /// Planned effort per piece of work before lock-in, person-months: coordination plus the audit the
    /// data sensitivity requires.
    pub effort_pm_per_piece: f64,
}

impl Estate {
    pub fn from_scenario(scenario: &Scenario) -> Self {
        let m = &scenario.migration;
        let existing = f64::from(m.workloads);
        let mix = 1.0 + m.proprietary_share * (PROPRIETARY_EFFORT_MULTIPLIER.value - 1.0);
        let recertification = recertification_factor(scenario.organisation.sensitivity);
        Self {
            existing,
            legacy: m.hyperscaler_share * existing,
            hyperscaler_share: m.hyperscaler_share,
            new_per_year: f64::from(m.new_workloads_per_year),
            waves_per_year: m.waves_per_year,
            cutover_month: m.cutover_month,
            effort_pm_per_workload: EFFORT_PM_PORTABLE.value * mix
                + RECERTIFICATION_PM_PER_WORKLOAD.value * recertification,
            effort_pm_per_piece: PIECE_OVERHEAD_PM.value + RECERTIFICATION_AUDIT_PM.value * recertification,
        }
    }

    /// New use cases started in the first `months` months.
    pub fn new_workloads(&self, months: f64) -> f64 {
        self.new_per_year * months / 12.0
    }

    /// Number of progressive waves: at least [`MIN_WORKLOADS_PER_WAVE`] workloads each, at most
    /// [`MAX_WAVES`] waves; none when nothing sits on the hyperscaler.
    pub fn wave_count(&self) -> usize {
        if self.legacy <= 0.0 {
            return 0;
        }
        ((self.legacy / MIN_WORKLOADS_PER_WAVE.value).ceil() as usize).clamp(1, MAX_WAVES)
    }

    /// Person-months of work per month of the migration teams: one team of [`TEAM_PM_PER_MONTH`] per
    /// started [`WORKLOADS_PER_TEAM`] of today's hyperscaler estate plus one year of its new use cases.
    /// The organisation staffs the programme it faces today, so a later start (with more to move) gets
    /// the same teams, not more.
    pub fn throughput_pm_per_month(&self) -> f64 {
        let basis = self.legacy + self.hyperscaler_share * self.new_per_year;
        let teams = (basis / WORKLOADS_PER_TEAM.value).ceil().max(1.0);
        teams * TEAM_PM_PER_MONTH.value
    }

    /// Whole months (at least one) the teams need for a piece of work moving `workloads`: its planned
    /// effort (before lock-in) over their throughput.
    pub fn work_months(&self, workloads: f64) -> u32 {
        let effort = workloads * self.effort_pm_per_workload + self.effort_pm_per_piece;
        let months = (effort / self.throughput_pm_per_month()).ceil();
        // At most 1,000 months: beyond any horizon, and it keeps the month arithmetic in range.
        months.clamp(1.0, 1_000.0) as u32
    }
}

/// A strategy's schedule, possibly started `delay_years` late.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Plan {
    waves: [Wave; MAX_WAVES],
    count: usize,
    /// Planned duration of each piece's work (months), for the risk model and the schedule slip.
    pub work_months: f64,
}

impl Plan {
    pub fn new(strategy: Strategy, estate: &Estate, delay_years: u32) -> Self {
        match strategy {
            Strategy::Progressive => Self::progressive(estate, delay_years),
            Strategy::BigBang => Self::big_bang(estate, delay_years),
        }
    }

    /// Wave `k` is launched in its slot, every `12 / waves_per_year` months (rounded to whole months),
    /// or as soon as the team is free of wave `k − 1` if that is later: one team (or one set of teams)
    /// carries the waves one after the other. Its work lasts its effort over the team's throughput
    /// ([`Estate::work_months`]), then it switches, runs dual for [`DUAL_RUNNING_MONTHS`], and the
    /// legacy is switched off. A late start shifts every month and lets the legacy estate grow
    /// meanwhile: new use cases keep landing on the hyperscaler (at today's share) and are carried by
    /// the same waves.
    fn progressive(estate: &Estate, delay_years: u32) -> Self {
        let count = estate.wave_count();
        let interval = 12.0 / estate.waves_per_year;
        let shift = 12 * delay_years;
        let scope = estate.legacy + estate.hyperscaler_share * estate.new_workloads(f64::from(shift));
        let per_wave = if count > 0 { scope / count as f64 } else { 0.0 };
        let work = estate.work_months(per_wave);
        let slot = |k: usize| (k as f64 * interval).round() as u32 + shift;
        let mut waves = [Wave::EMPTY; MAX_WAVES];
        let mut team_free = shift;
        for (k, wave) in waves.iter_mut().enumerate().take(count) {
            let start = slot(k).max(team_free);
            let switch = start + work;
            *wave = Wave {
                start_month: start,
                dual_from_month: switch,
                done_month: switch + DUAL_RUNNING_MONTHS,
                workloads: per_wave,
            };
            team_free = switch;
        }
        Self {
            waves,
            count,
            work_months: f64::from(work),
        }
    }

    /// One piece: preparation from the start, the whole estate in dual running for the last
    /// [`DUAL_RUNNING_MONTHS`] before the cut-over. Until the cut-over, new use cases start where today's
    /// estate runs (the hyperscaler share of them joins the cut-over); after it, on the target.
    ///
    /// The cut-over falls when the preparation effort is done ([`Estate::work_months`] plus the dual
    /// running), and never before the `cutover_month` input, which is kept as the earliest cut-over
    /// the organisation accepts (shared links keep their meaning; a date earlier than the work allows
    /// is pushed back). New use cases joining a later cut-over add work, so the length is found by a
    /// few rounds of that rule.
    fn big_bang(estate: &Estate, delay_years: u32) -> Self {
        let shift = 12 * delay_years;
        let scope_at = |length: u32| {
            estate.legacy + estate.hyperscaler_share * estate.new_workloads(f64::from(shift + length))
        };
        let mut length = estate.cutover_month;
        for _ in 0..8 {
            let scope = scope_at(length);
            let needed = estate.work_months(scope) + DUAL_RUNNING_MONTHS;
            if needed <= length {
                break;
            }
            length = needed;
        }
        let scope = scope_at(length);
        let cutover = shift + length;
        let mut waves = [Wave::EMPTY; MAX_WAVES];
        let count = usize::from(scope > 0.0);
        waves[0] = Wave {
            start_month: shift,
            dual_from_month: cutover.saturating_sub(DUAL_RUNNING_MONTHS).max(shift),
            done_month: cutover,
            workloads: scope,
        };
        Self {
            waves,
            count,
            work_months: f64::from(length.saturating_sub(DUAL_RUNNING_MONTHS).max(1)),
        }
    }

    /// The planned pieces of work, in order.
    pub fn waves(&self) -> &[Wave] {
        &self.waves[..self.count]
    }

    /// Month from which nothing runs on the legacy hyperscaler any more (0 if nothing was there).
    pub fn completion_month(&self) -> u32 {
        self.waves().iter().map(|w| w.done_month).max().unwrap_or(0)
    }

    /// Workloads moved in total.
    pub fn scope(&self) -> f64 {
        self.waves().iter().map(|w| w.workloads).sum()
    }
}

/// Prices and efforts that turn a wave into euros.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Economics {
    /// Loaded staff cost, euros per person-month.
    pub staff_eur_per_month: f64,
    /// Average migration effort per workload, person-months (portable and proprietary mixed).
    pub effort_pm_per_workload: f64,
    /// Share of the full recertification effort that the data sensitivity requires (0, ½ or 1).
    pub recertification_factor: f64,
    /// Legacy-platform bill of one workload for one month: what is paid twice while a moved workload
    /// runs on both platforms (the target's bill is its running cost, counted by the TCO model).
    pub legacy_eur_per_workload_month: f64,
    /// Data per legacy workload, TB.
    pub tb_per_workload: f64,
    /// Egress list price of the legacy platform, euros per TB.
    pub egress_eur_per_tb: f64,
    /// Month index (from the start) from which switching charges are banned; negative if already banned.
    pub switching_charges_end_month: i32,
}

/// Share of the full recertification effort that a data sensitivity requires.
pub(crate) fn recertification_factor(sensitivity: DataSensitivity) -> f64 {
    match sensitivity {
        DataSensitivity::Public | DataSensitivity::Internal => 0.0,
        DataSensitivity::Confidential => CONFIDENTIAL_RECERTIFICATION_SHARE.value,
        DataSensitivity::RegulatedHealth | DataSensitivity::CriticalDefence => 1.0,
    }
}

impl Economics {
    pub fn new(scenario: &Scenario, inputs: &MigrationInputs, estate: &Estate) -> Self {
        let m = &scenario.migration;
        let mix = 1.0 + m.proprietary_share * (PROPRIETARY_EFFORT_MULTIPLIER.value - 1.0);
        let (year, month) = SWITCHING_CHARGES_BANNED_FROM;
        Self {
            staff_eur_per_month: scenario.assumptions.staff_eur_per_fte / 12.0,
            effort_pm_per_workload: EFFORT_PM_PORTABLE.value * mix,
            recertification_factor: recertification_factor(scenario.organisation.sensitivity),
            legacy_eur_per_workload_month: inputs.legacy_eur_per_month / estate.existing,
            tb_per_workload: if estate.legacy > 0.0 {
                m.data_volume_tb / estate.legacy
            } else {
                0.0
            },
            egress_eur_per_tb: inputs.egress_eur_per_tb,
            switching_charges_end_month: scenario.start.months_until(year, month),
        }
    }

    /// Multiplier of the reversibility effort of a workload that leaves the proprietary stack at `month`.
    pub fn lock_in_multiplier(month: u32) -> f64 {
        (1.0 + LOCK_IN_GROWTH_PER_YEAR.value).powf(f64::from(month) / 12.0)
    }

    /// Planned cost of one wave, by category.
    pub fn wave_cost(&self, wave: &Wave) -> WaveCost {
        let n = wave.workloads;
        let labour = (n * self.effort_pm_per_workload + PIECE_OVERHEAD_PM.value) * self.staff_eur_per_month;
        let recertification = (n * RECERTIFICATION_PM_PER_WORKLOAD.value + RECERTIFICATION_AUDIT_PM.value)
            * self.recertification_factor
            * self.staff_eur_per_month;
        let lock_in = (labour + recertification) * (Self::lock_in_multiplier(wave.done_month) - 1.0);
        let dual = f64::from(wave.dual_months());
        let data_tb = n * self.tb_per_workload;
        let charged = i64::from(wave.dual_from_month) < i64::from(self.switching_charges_end_month);
        WaveCost {
            labour,
            recertification,
            lock_in,
            dual_running: n * self.legacy_eur_per_workload_month * dual,
            switching_egress: if charged {
                data_tb * self.egress_eur_per_tb
            } else {
                0.0
            },
            sync_egress: data_tb * SYNC_SHARE_PER_MONTH.value * dual * self.egress_eur_per_tb,
        }
    }
}

/// Planned cost of one wave, euros.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct WaveCost {
    /// Migration and refactoring effort, plus the piece's coordination.
    pub labour: f64,
    /// Retraining, recertification and audit for regulated or confidential workloads.
    pub recertification: f64,
    /// Extra reversibility effort accumulated while the workloads stayed on the proprietary stack.
    pub lock_in: f64,
    /// Legacy bill of the moved workloads, paid while the target already runs them.
    pub dual_running: f64,
    /// Egress of the data copy, charged only before the Data Act ban.
    pub switching_egress: f64,
    /// Egress of re-synchronisation during dual running (parallel use, still billable).
    pub sync_egress: f64,
}

impl WaveCost {
    /// Effort whose cost grows with lock-in and is spent before the switch.
    pub fn effort(&self) -> f64 {
        self.labour + self.recertification + self.lock_in
    }

    /// Egress, both kinds.
    pub fn egress(&self) -> f64 {
        self.switching_egress + self.sync_egress
    }
}
