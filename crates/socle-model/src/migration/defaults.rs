//! Default figures of the migration model, each with its source and year.
//!
//! Sourced rows come from `sourced-figures.md` §2.6 (compiled November 2026). Where no study gives a number
//! (effort per workload, audits, data churn) the value is a documented estimate anchored on the sourced
//! suggestion "migration one-off cost 10–20% of annual run cost" and marked [`Confidence::Estimate`].

use crate::catalogue::Sourced;
use crate::source::{Confidence, Source};
use crate::t;

/// McKinsey & University of Oxford study of 5,400 large IT projects (2012).
pub const MCKINSEY_LARGE_IT: Source = Source {
    label: "McKinsey & Oxford, Delivering large-scale IT projects on time, on budget, and on value (5,400 projects)",
    url: "https://www.mckinsey.com/business-functions/digital-mckinsey/our-insights/delivering-large-scale-it-projects-on-time-on-budget-and-on-value",
    year: 2012,
    confidence: Confidence::Verified,
};

/// Flyvbjerg & Budzier, 1,471 IT projects (Harvard Business Review, 2011), seen through a secondary source.
pub const FLYVBJERG_BUDZIER: Source = Source {
    label: "Flyvbjerg & Budzier, Why your IT project may be riskier than you think (HBR, 1,471 projects; via edgemiddleeast.com)",
    url: "https://hbr.org/2011/09/why-your-it-project-may-be-riskier-than-you-think",
    year: 2011,
    confidence: Confidence::Secondary,
};

/// McKinsey survey of about 450 CIOs on cloud migrations (2021).
pub const MCKINSEY_CLOUD_MIGRATION: Source = Source {
    label: "McKinsey, Cloud migration opportunity: business value grows, but missteps abound (survey of ~450 CIOs)",
    url: "https://www.mckinsey.com/industries/technology-media-and-telecommunications/our-insights/cloud-migration-opportunity-business-value-grows-but-missteps-abound",
    year: 2021,
    confidence: Confidence::Verified,
};

/// EU Data Act, Article 29: switching charges banned from 12 January 2027.
pub const DATA_ACT_ART_29: Source = Source {
    label: "Regulation (EU) 2023/2854 (Data Act), Art. 29: no switching charges from 12 January 2027; parallel-use egress may be billed at cost",
    url: "https://datenschutzgesetze.externer-datenschutzbeauftragter-dresden.de/en/data-act/p-29",
    year: 2023,
    confidence: Confidence::Verified,
};

/// The suggested migration defaults of the sourced-figures compilation (estimates).
pub const SUGGESTED_MIGRATION_DEFAULTS: Source = Source {
    label: "Socle estimate (sourced-figures §2.6 suggested AI-infrastructure migration defaults: dual running 3 months, one-off cost 10–20% of annual run cost)",
    url: "",
    year: 2026,
    confidence: Confidence::Estimate,
};

/// Calendar month from which switching charges are banned (EU Data Act Art. 29: 12 January 2027).
///
/// The model works in whole months: a switch whose data copy starts in January 2027 or later pays no
/// switching egress (it can be scheduled after the 12th); earlier copies do.
pub const SWITCHING_CHARGES_BANNED_FROM: (u16, u8) = (2027, 1);

/// Months each moved workload runs on both platforms (range 1–6). SaaS practice keeps the legacy 30–90
/// days after cut-over (MedhaCloud); the compilation suggests 3 months for AI infrastructure.
pub const DUAL_RUNNING: Sourced = Sourced::new(3.0, SUGGESTED_MIGRATION_DEFAULTS);

/// [`DUAL_RUNNING`] as whole months.
pub const DUAL_RUNNING_MONTHS: u32 = DUAL_RUNNING.value as u32;

/// Hyperscaler egress list price, euros per TB: AWS $0.09/GB for the first 10 TB a month, ≈ €79/TB
/// (Azure €74.70/TB, GCP ≈ €105/TB). A default for [`super::MigrationInputs::egress_eur_per_tb`].
pub const HYPERSCALER_EGRESS_EUR_PER_TB: Sourced = Sourced::new(
    79.0,
    Source {
        label: "Souvara cost calculator pricing data: AWS data transfer out $0.09/GB (first 10 TB), at 1 EUR = 1.1403 USD",
        url: "https://aws.amazon.com/ec2/pricing/on-demand/",
        year: 2026,
        confidence: Confidence::Verified,
    },
);

/// Effort to move one portable workload (containers, open models, standard storage), person-months.
///
/// Anchor: a reference estate of 20 workloads on 64 H100 on a US public cloud (about €7/GPU-hour, 24/7:
/// €3.9 M a year, €196 k per workload) with 40% proprietary workloads costs
/// (0.6 × 2 + 0.4 × 5) PM × €100 k/12 = €26.7 k per workload, 13.6% of its annual run cost:
/// inside the sourced 10–20% band.
pub const EFFORT_PM_PORTABLE: Sourced = Sourced::new(2.0, SUGGESTED_MIGRATION_DEFAULTS);

/// Multiplier on [`EFFORT_PM_PORTABLE`] for workloads built on proprietary managed services
/// (managed training pipelines, feature stores, model endpoints), which must be refactored: 2.5 × 2 = 5 PM.
/// Chosen so that an all-proprietary estate lands at the top of the 10–20% band (5 PM × €8.3 k = €41.7 k,
/// 21% of €196 k) and an all-portable one at its bottom (8.5%).
pub const PROPRIETARY_EFFORT_MULTIPLIER: Sourced = Sourced::new(2.5, SUGGESTED_MIGRATION_DEFAULTS);

/// Fixed coordination effort of each piece of work (wave or cut-over): planning, runbook, go/no-go,
/// communication, person-months. It is what makes very many small waves cost more to run.
pub const PIECE_OVERHEAD_PM: Sourced = Sourced::new(1.0, SUGGESTED_MIGRATION_DEFAULTS);

/// Retraining and recertification per moved regulated workload (updated risk analysis, security review,
/// regulatory validation, operator training), person-months.
pub const RECERTIFICATION_PM_PER_WORKLOAD: Sourced = Sourced::new(1.5, SUGGESTED_MIGRATION_DEFAULTS);

/// Audit of the target environment for each piece of work carrying regulated workloads, person-months.
pub const RECERTIFICATION_AUDIT_PM: Sourced = Sourced::new(2.0, SUGGESTED_MIGRATION_DEFAULTS);

/// Share of the full recertification effort that confidential (non-regulated) workloads need:
/// a privacy and security review, not a certification.
pub const CONFIDENTIAL_RECERTIFICATION_SHARE: Sourced = Sourced::new(0.5, SUGGESTED_MIGRATION_DEFAULTS);

/// Where the growth of the migration effort with each year of delay comes from: no study measures it.
pub const LOCK_IN_ESTIMATE: Source = Source {
    label: "Socle estimate: growth of the migration effort per year of delay (each year on the legacy adds \
            managed-service dependencies, integrations and data to move). Not measured by any study; of the \
            order of McKinsey & Oxford's +15% cost overrun per extra year of project duration, which \
            measures a different thing (longer projects overrun more), not lock-in",
    url: "",
    year: 2026,
    confidence: Confidence::Estimate,
};

/// Growth per year of delay of the migration effort (labour and recertification) of a workload that
/// stays on the legacy platform: the effort to move it is multiplied by `1.15^(years on the legacy)`.
///
/// Method: an estimate, not a measurement. A workload left on a hyperscaler keeps taking on its
/// proprietary managed services (the share of proprietary workloads costs 2.5× the portable effort,
/// [`PROPRIETARY_EFFORT_MULTIPLIER`]), more integrations and more data; 15% a year means a workload that
/// starts portable is, after about two years, as hard to move as one with a fifth of its workloads on
/// managed services (1.15² = 1 + 0.21 × 1.5). The figure formerly cited for it, McKinsey & Oxford's +15% per extra year of
/// duration, measures the overrun of longer projects and is kept only as an order of magnitude
/// ([`OVERRUN_PER_EXTRA_YEAR`] uses it for what it measures).
pub const LOCK_IN_GROWTH_PER_YEAR: Sourced = Sourced::new(0.15, LOCK_IN_ESTIMATE);

/// Share of a workload's data that changes each month and must be re-synchronised out of the legacy
/// platform during dual running (parallel-use egress, still billable at cost after January 2027; the
/// model charges it at the list price, an upper estimate).
pub const SYNC_SHARE_PER_MONTH: Sourced = Sourced::new(0.05, SUGGESTED_MIGRATION_DEFAULTS);

/// Smallest number of workloads a progressive wave carries (fewer would let the per-wave overhead
/// dominate).
pub const MIN_WORKLOADS_PER_WAVE: Sourced = Sourced::new(3.0, SUGGESTED_MIGRATION_DEFAULTS);

/// Most waves a progressive programme is planned in: one year at the fastest pace of 12 waves a year.
/// Larger estates get larger waves. It also bounds the Monte Carlo work per path.
pub const MAX_WAVES_PLANNED: Sourced = Sourced::new(12.0, SUGGESTED_MIGRATION_DEFAULTS);

/// [`MAX_WAVES_PLANNED`] as a count (it sizes the per-plan arrays).
pub const MAX_WAVES: usize = MAX_WAVES_PLANNED.value as usize;

/// How the migration team is sized: an estimate (no study gives migration team sizes).
pub const MIGRATION_TEAM_ESTIMATE: Source = Source {
    label:
        "Socle estimate: a dedicated migration team of 8 engineers (8 person-months of work per month), one \
            team per 50 workloads to move; at the default effort (2 PM per portable workload, 5 per \
            proprietary one) a team moves about 25–35 workloads a year",
    url: "",
    year: 2026,
    confidence: Confidence::Estimate,
};

/// Person-months of migration work one team delivers per calendar month (8 engineers full time).
/// Durations follow from it: a wave's work lasts its effort ÷ the throughput, and a big-bang cannot cut
/// over before its whole effort is done.
pub const TEAM_PM_PER_MONTH: Sourced = Sourced::new(8.0, MIGRATION_TEAM_ESTIMATE);

/// Workloads to move per migration team: larger estates staff one more team per started 50 workloads of
/// today's hyperscaler estate plus a year of new use cases, all working on the current wave (or the
/// single big-bang).
pub const WORKLOADS_PER_TEAM: Sourced = Sourced::new(50.0, MIGRATION_TEAM_ESTIMATE);

/// The size from which McKinsey & Oxford's figures were measured: IT projects with an initial budget above
/// $15 million (in 2012 dollars; the model does not index it).
pub const LARGE_PROJECT_USD: Sourced = Sourced::new(15.0e6, MCKINSEY_LARGE_IT);

/// Where the small-project end of the risk curve sits: an estimate.
pub const SMALL_PROJECT_ESTIMATE: Source = Source {
    label:
        "Socle estimate: pieces of migration work of $1 million or less behave like the migrations of the \
            McKinsey cloud survey (+14% mean overrun, few black swans), an order of magnitude below the \
            $15 million large projects. The black-swan share rises with the logarithm of the \
            size up to the 17% measured above $15 million",
    url: "",
    year: 2026,
    confidence: Confidence::Estimate,
};

/// Planned size (US dollars) at or below which a piece of work is a small project for the risk model.
pub const SMALL_PROJECT_USD: Sourced = Sourced::new(1.0e6, SMALL_PROJECT_ESTIMATE);

/// Average cost overrun of large IT projects (McKinsey & Oxford): +45%.
pub const LARGE_PROJECT_MEAN_OVERRUN: Sourced = Sourced::new(0.45, MCKINSEY_LARGE_IT);

/// Share of large IT projects (initial budget above $15 million, [`LARGE_PROJECT_USD`]) that are "black
/// swans" with cost overruns of about 200% or more: 17% (McKinsey & Oxford); Flyvbjerg & Budzier find 1 in
/// 6 (16.7%). It applies to pieces of work of that size; smaller ones get fewer ([`super::risk`]).
pub const LARGE_PROJECT_BLACK_SWAN_SHARE: Sourced = Sourced::new(0.17, MCKINSEY_LARGE_IT);

/// Extra cost overrun per extra year of project duration: about 15 percentage points (McKinsey & Oxford).
/// Applied to pieces of work lasting more than 12 months, the duration for which the other figures are
/// calibrated.
pub const OVERRUN_PER_EXTRA_YEAR: Sourced = Sourced::new(0.15, MCKINSEY_LARGE_IT);

/// Average cost overrun of cloud migrations: about 14% (McKinsey CIO survey).
pub const CLOUD_MIGRATION_MEAN_OVERRUN: Sourced = Sourced::new(0.14, MCKINSEY_CLOUD_MIGRATION);

/// Share of cloud migrations over budget: 75% (McKinsey CIO survey).
pub const CLOUD_MIGRATION_OVER_BUDGET: Sourced = Sourced::new(0.75, MCKINSEY_CLOUD_MIGRATION);

/// Share of cloud migrations over budget by more than 20%: 28% (McKinsey CIO survey).
pub const CLOUD_MIGRATION_OVER_20_PERCENT: Sourced = Sourced::new(0.28, MCKINSEY_CLOUD_MIGRATION);

/// Schedule overrun per unit of cost overrun: black-swan IT projects overrun cost by ~200% and schedule
/// by ~70% (Flyvbjerg & Budzier), so 0.70 / 2.00 = 0.35.
pub const SCHEDULE_PER_COST_OVERRUN: Sourced = Sourced::new(0.35, FLYVBJERG_BUDZIER);

/// Pareto shape of black-swan overruns. 5 keeps the tail fat (about 1 black swan in 30 overruns by more
/// than 330%) while its mean stays finite and calibrated; no study gives the shape itself.
pub const BLACK_SWAN_TAIL_SHAPE: Sourced = Sourced::new(5.0, SUGGESTED_MIGRATION_DEFAULTS);

/// A default of the migration model, with its label, for the "explain this number" panel.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MigrationAssumption {
    /// Stable identifier.
    pub id: &'static str,
    /// Label (English, translated where shown).
    pub label: &'static str,
    /// Value, in the unit given by the label.
    pub value: Sourced,
}

const fn assumption(id: &'static str, label: &'static str, value: Sourced) -> MigrationAssumption {
    MigrationAssumption { id, label, value }
}

/// Every sourced default of the migration model, in display order.
pub const ASSUMPTIONS: [MigrationAssumption; 23] = [
    assumption(
        "dual_running_months",
        t!("Dual running per moved workload (months)"),
        DUAL_RUNNING,
    ),
    assumption(
        "min_workloads_per_wave",
        t!("Smallest wave (workloads)"),
        MIN_WORKLOADS_PER_WAVE,
    ),
    assumption("max_waves", t!("Most waves in a programme"), MAX_WAVES_PLANNED),
    assumption(
        "hyperscaler_egress",
        t!("Hyperscaler egress list price (€/TB)"),
        HYPERSCALER_EGRESS_EUR_PER_TB,
    ),
    assumption(
        "effort_pm_portable",
        t!("Effort per portable workload (person-months)"),
        EFFORT_PM_PORTABLE,
    ),
    assumption(
        "proprietary_effort_multiplier",
        t!("Effort multiplier for proprietary managed services"),
        PROPRIETARY_EFFORT_MULTIPLIER,
    ),
    assumption(
        "piece_overhead_pm",
        t!("Coordination per wave or cut-over (person-months)"),
        PIECE_OVERHEAD_PM,
    ),
    assumption(
        "recertification_pm",
        t!("Recertification per regulated workload (person-months)"),
        RECERTIFICATION_PM_PER_WORKLOAD,
    ),
    assumption(
        "recertification_audit_pm",
        t!("Audit per wave or cut-over with regulated workloads (person-months)"),
        RECERTIFICATION_AUDIT_PM,
    ),
    assumption(
        "confidential_recertification_share",
        t!("Share of recertification needed for confidential data"),
        CONFIDENTIAL_RECERTIFICATION_SHARE,
    ),
    assumption(
        "lock_in_growth",
        t!("Growth of the migration effort per year of delay (estimate)"),
        LOCK_IN_GROWTH_PER_YEAR,
    ),
    assumption(
        "sync_share",
        t!("Data re-synchronised per month of dual running"),
        SYNC_SHARE_PER_MONTH,
    ),
    assumption(
        "large_project_overrun",
        t!("Average cost overrun, large IT projects"),
        LARGE_PROJECT_MEAN_OVERRUN,
    ),
    assumption(
        "black_swan_share",
        t!("Share of black swans (≈200% overrun), large projects"),
        LARGE_PROJECT_BLACK_SWAN_SHARE,
    ),
    assumption(
        "overrun_per_year",
        t!("Extra overrun per extra year of duration"),
        OVERRUN_PER_EXTRA_YEAR,
    ),
    assumption(
        "cloud_migration_overrun",
        t!("Average cost overrun, cloud migrations"),
        CLOUD_MIGRATION_MEAN_OVERRUN,
    ),
    assumption(
        "cloud_over_budget",
        t!("Cloud migrations over budget"),
        CLOUD_MIGRATION_OVER_BUDGET,
    ),
    assumption(
        "cloud_over_20",
        t!("Cloud migrations over budget by more than 20%"),
        CLOUD_MIGRATION_OVER_20_PERCENT,
    ),
    assumption(
        "schedule_per_cost",
        t!("Schedule overrun per unit of cost overrun"),
        SCHEDULE_PER_COST_OVERRUN,
    ),
    assumption(
        "team_pm_per_month",
        t!("Migration team throughput (person-months per month)"),
        TEAM_PM_PER_MONTH,
    ),
    assumption(
        "workloads_per_team",
        t!("Workloads to move per migration team"),
        WORKLOADS_PER_TEAM,
    ),
    assumption(
        "large_project_usd",
        t!("Size of a large IT project (USD), where 17% black swans were measured"),
        LARGE_PROJECT_USD,
    ),
    assumption(
        "small_project_usd",
        t!("Size of a small migration piece (USD), cloud-survey risk"),
        SMALL_PROJECT_USD,
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_assumption_has_a_complete_source_and_distinct_id() {
        for (i, a) in ASSUMPTIONS.iter().enumerate() {
            assert!(a.value.source.is_complete(), "{} lacks a complete source", a.id);
            assert!(
                crate::Lang::ALL.iter().all(|l| !l.tr(a.label).is_empty()),
                "{} lacks a label",
                a.id
            );
            assert!(
                ASSUMPTIONS[..i].iter().all(|b| b.id != a.id),
                "{} is listed twice",
                a.id
            );
        }
        assert!(DATA_ACT_ART_29.is_complete() && BLACK_SWAN_TAIL_SHAPE.source.is_complete());
    }

    #[test]
    fn effort_anchor_lands_in_the_sourced_ten_to_twenty_percent_band() {
        // Reference estate of the doc comment: €196 k run cost per workload per year, €100 k per FTE,
        // 40% proprietary workloads.
        let pm = EFFORT_PM_PORTABLE.value * (0.6 + 0.4 * PROPRIETARY_EFFORT_MULTIPLIER.value);
        let share = pm * 100_000.0 / 12.0 / 196_000.0;
        assert!((0.10..=0.20).contains(&share), "one-off share {share}");
    }
}
