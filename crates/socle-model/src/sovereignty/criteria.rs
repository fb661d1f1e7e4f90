//! The 48 criteria of the June 2026 assessment calculator, each with its ordered answer ladder and the SEAL
//! level of every answer, as given in the reference transcription ([`CALCULATOR_SOURCE`]).
//!
//! Points are the calculator's: spaced evenly from 0 to the objective's maximum per criterion, except on
//! SOV-1.1, SOV-1.3, SOV-1.7 and SOV-2.1, which carry its own uneven values ([`POINTS_SOURCE`]).
//! Labels follow the transcription, shortened; where it has no label (the "score-only" ladders, blank
//! cells of the workbook, or the SOV-4.6 labels that duplicate SOV-1.8), ordinal labels are written here
//! from the matching contributing factor of CSF v1.2.1 §4 and marked "labels written here".
//!
//! [`CALCULATOR_SOURCE`]: super::CALCULATOR_SOURCE
//! [`POINTS_SOURCE`]: super::POINTS_SOURCE

use super::framework::{ladder, score_only, with_points, Criterion, CRITERION_COUNT, OBJECTIVES};
use crate::t;

const M1: f64 = OBJECTIVES[0].answer_max_points;
const M2: f64 = OBJECTIVES[1].answer_max_points;
const M3: f64 = OBJECTIVES[2].answer_max_points;
const M4: f64 = OBJECTIVES[3].answer_max_points;
const M5: f64 = OBJECTIVES[4].answer_max_points;
const M6: f64 = OBJECTIVES[5].answer_max_points;
const M7: f64 = OBJECTIVES[6].answer_max_points;
const M8: f64 = OBJECTIVES[7].answer_max_points;

macro_rules! criterion {
    ($id:literal, $objective:literal, $name:expr, $answers:expr) => {
        Criterion {
            id: $id,
            objective: $objective,
            name: $name,
            answers: &$answers,
        }
    };
}

/// The 48 criteria in framework order: SOV-1.1 is index 0, SOV-8.4 is index 47
/// (see [`super::criterion_index`]).
pub static CRITERIA: [Criterion; CRITERION_COUNT] = [
    // ---- SOV-1 Strategic ----
    criterion!(
        "SOV-1.1",
        0,
        t!("EU/EEA control of the legal entity"),
        with_points(
            ladder(
                M1,
                [
                    (t!("Decisions taken entirely outside the EU"), 1),
                    (t!("Decisions taken mostly outside the EU"), 1),
                    (t!("Decisions taken mostly within the EU"), 3),
                    (t!("Decisions taken entirely within the EU"), 4),
                ]
            ),
            [0.0, 41.67, 83.34, 125.01]
        )
    ),
    // Score-only, labels written here.
    criterion!(
        "SOV-1.2",
        0,
        t!("Change-of-control risk"),
        score_only(
            M1,
            [
                t!("Already controlled by a non-EU group"),
                t!("No protection against a non-EU takeover"),
                t!("Partial protection (shareholder agreements)"),
                t!("Strong protection (EU anchor shareholders, investment screening)"),
                t!("Non-EU control excluded by statutes and screening"),
            ]
        )
    ),
    criterion!(
        "SOV-1.3",
        0,
        t!("Control over the roadmap"),
        with_points(
            ladder(
                M1,
                [
                    (t!("No EU influence"), 2),
                    (t!("Voice of the customer only"), 2),
                    (t!("Governance bodies with EU stakeholders"), 3),
                    (t!("Full EU influence"), 4),
                ]
            ),
            [0.0, 41.67, 83.34, 125.01]
        )
    ),
    // Score-only, labels written here.
    criterion!(
        "SOV-1.4",
        0,
        t!("Financial independence from non-EU capital"),
        score_only(
            M1,
            [
                t!("Wholly non-EU capital"),
                t!("Mostly non-EU capital"),
                t!("Balanced EU and non-EU capital"),
                t!("Mostly EU capital"),
                t!("Wholly EU capital"),
            ]
        )
    ),
    // Score-only, labels written here.
    criterion!(
        "SOV-1.5",
        0,
        t!("EU economic contribution (investment, jobs)"),
        score_only(
            M1,
            [
                t!("None"),
                t!("Marginal"),
                t!("Moderate"),
                t!("Significant"),
                t!("Major: most value created in the EU"),
            ]
        )
    ),
    // Score-only; two labels are blank in the source, all labels written here.
    criterion!(
        "SOV-1.6",
        0,
        t!("Participation in EU strategic programmes (IPCEI-CIS, Horizon Europe, Gaia-X)"),
        score_only(
            M1,
            [
                t!("No participation"),
                t!("Occasional participation"),
                t!("Member of one programme"),
                t!("Active in several programmes"),
                t!("Leading role in EU programmes"),
            ]
        )
    ),
    // Score-only, labels written here.
    criterion!(
        "SOV-1.7",
        0,
        t!("Alignment with EU industrial strategies"),
        with_points(
            score_only(
                M1,
                [
                    t!("Not aligned"),
                    t!("Partly aligned"),
                    t!("Largely aligned"),
                    t!("Fully aligned"),
                ]
            ),
            [0.0, 41.67, 83.0, 125.01]
        )
    ),
    criterion!(
        "SOV-1.8",
        0,
        t!("Resilience to a cut-off (vendor support withdrawn)"),
        ladder(
            M1,
            [
                (t!("Immediate shutdown"), 0),
                (t!("Delayed stop"), 0),
                (t!("Temporary continuation by contract"), 2),
                (t!("Switch to alternative suppliers or in-house"), 2),
                (t!("Full autonomy"), 4),
            ]
        )
    ),
    // ---- SOV-2 Legal & Jurisdictional ----
    criterion!(
        "SOV-2.1",
        1,
        t!("Primary legal jurisdiction"),
        with_points(
            ladder(
                M2,
                [
                    (t!("Non-EU law only"), 1),
                    (t!("Mixed EU and non-EU law"), 1),
                    (t!("Exclusively EU law"), 4),
                ]
            ),
            [0.0, 84.0, 167.0]
        )
    ),
    criterion!(
        "SOV-2.2",
        1,
        t!("Exposure to extraterritorial laws (e.g. US CLOUD Act)"),
        ladder(
            M2,
            [
                (t!("Fully exposed"), 1),
                (t!("Mitigation clauses"), 1),
                (t!("EU subsidiary with contractual protections"), 1),
                (t!("Legal structures shielding from non-EU law"), 2),
                (t!("Verified legal immunity"), 4),
            ]
        )
    ),
    criterion!(
        "SOV-2.3",
        1,
        t!("Data access pathways for non-EU authorities"),
        ladder(
            M2,
            [
                (t!("Access can be compelled without notice"), 1),
                (t!("Without notice in specific cases"), 1),
                (t!("Always with notice to the customer"), 1),
                (t!("Requests disputed, sometimes accepted with notice"), 1),
                (t!("Requests always rejected"), 4),
            ]
        )
    ),
    criterion!(
        "SOV-2.4",
        1,
        t!("Export-control restrictions (ITAR/EAR)"),
        ladder(
            M2,
            [
                (t!("Can be restricted towards an EU Member State"), 0),
                (
                    t!("Can be restricted towards EU citizens or international organisations"),
                    1
                ),
                (t!("Over 50% of revenue in the EU"), 2),
                (t!("Cannot be restricted towards EU Member States"), 3),
                (
                    t!("Cannot be restricted towards Member States nor international organisations"),
                    4
                ),
            ]
        )
    ),
    // Score-only, labels written here.
    criterion!(
        "SOV-2.5",
        1,
        t!("Origin of intellectual property"),
        score_only(
            M2,
            [
                t!("Entirely non-EU"),
                t!("Mostly non-EU"),
                t!("Mixed"),
                t!("Mostly EU"),
                t!("Entirely EU"),
            ]
        )
    ),
    criterion!(
        "SOV-2.6",
        1,
        t!("Jurisdiction of the IP holder"),
        ladder(
            M2,
            [
                (t!("Single non-EU jurisdiction"), 3),
                (t!("Several non-EU jurisdictions"), 3),
                (t!("Mixed, partly EU"), 3),
                (t!("EU with exceptions"), 4),
                (t!("Entirely EU"), 4),
            ]
        )
    ),
    // ---- SOV-3 Data & AI ----
    criterion!(
        "SOV-3.1",
        2,
        t!("Customer control over encryption keys"),
        ladder(
            M3,
            [
                (t!("Provider only"), 0),
                (t!("Primarily the provider"), 1),
                (t!("Shared, provider holds override keys"), 2),
                (t!("Customer primary, provider can read some data"), 3),
                (t!("Customer exclusive"), 4),
            ]
        )
    ),
    criterion!(
        "SOV-3.2",
        2,
        t!("Transparent data flows and access logs"),
        ladder(
            M3,
            [
                (t!("None"), 0),
                (t!("Basic and incomplete"), 1),
                (t!("Not real-time or vendor-controlled"), 2),
                (t!("Full customer visibility, not real-time"), 3),
                (t!("Real-time customer oversight and independent audit"), 4),
            ]
        )
    ),
    criterion!(
        "SOV-3.3",
        2,
        t!("Secure deletion and proof of erasure"),
        ladder(
            M3,
            [
                (t!("None"), 0),
                (t!("Manual confirmation"), 1),
                (t!("Policy-based, no proof"), 1),
                (t!("Technically verified with logs"), 3),
                (t!("Systematically enforced and independently verified"), 4),
            ]
        )
    ),
    criterion!(
        "SOV-3.4",
        2,
        t!("Data location strictly in the EU/EEA"),
        ladder(
            M3,
            [
                (t!("Unknown, third countries included"), 0),
                (t!("Partly in the EU"), 0),
                (t!("Mainly in the EU with safeguards"), 1),
                (t!("EU by default, controlled exceptions"), 1),
                (t!("Exclusively in the EU, no fallback"), 4),
            ]
        )
    ),
    criterion!(
        "SOV-3.5",
        2,
        t!("AI models and pipelines under EU control"),
        ladder(
            M3,
            [
                (t!("Black-box AI, restricted chips"), 2),
                (t!("Licensed AI, chip dependency"), 2),
                (t!("Auditable or open-source AI, foreign chips"), 2),
                (t!("EU-led AI, foreign accelerators"), 3),
                (t!("EU-origin models and chips"), 4),
            ]
        )
    ),
    // ---- SOV-4 Operational ----
    criterion!(
        "SOV-4.1",
        3,
        t!("Portability and interoperability"),
        ladder(
            M4,
            [
                (t!("No guarantees"), 1),
                (t!("Best effort"), 1),
                (t!("Documented export methods"), 4),
                (t!("Formal migration services"), 4),
                (t!("Already on sovereign infrastructure"), 4),
            ]
        )
    ),
    criterion!(
        "SOV-4.2",
        3,
        t!("Operation without foreign dependencies"),
        ladder(
            M4,
            [
                (t!("Non-EU teams"), 1),
                (t!("Partly EU teams"), 1),
                (t!("Balanced"), 3),
                (t!("Predominantly EU teams"), 3),
                (t!("Fully EU team"), 4),
            ]
        )
    ),
    criterion!(
        "SOV-4.3",
        3,
        t!("Skill availability in the EU"),
        ladder(
            M4,
            [
                (t!("Global, mainly non-EU"), 1),
                (t!("Mixed, majority non-EU"), 1),
                (t!("Majority EU, escalation abroad"), 3),
                (t!("All staff in the EU"), 3),
                (t!("100% EU staff with security clearance"), 4),
            ]
        )
    ),
    criterion!(
        "SOV-4.4",
        3,
        t!("Support channels"),
        ladder(
            M4,
            [
                (t!("Global, majority non-EU"), 1),
                (t!("Mixed, majority non-EU"), 2),
                (t!("Majority EU, escalations outside the EU"), 3),
                (t!("All in the EU"), 3),
                (t!("All in the EU, with clearances"), 4),
            ]
        )
    ),
    criterion!(
        "SOV-4.5",
        3,
        t!("Documentation and knowledge transfer"),
        ladder(
            M4,
            [
                (t!("Stored outside the EU"), 0),
                (t!("EU storage optional"), 2),
                (t!("EU primary, non-EU fallback"), 4),
                (t!("EU-only primary"), 4),
                (t!("EU-only end to end"), 4),
            ]
        )
    ),
    // The transcription's labels duplicate SOV-1.8 (an artefact of the workbook); labels written here from the
    // contributing factor "location and legal control of critical suppliers/subcontractors" (CSF v1.2.1 §4).
    criterion!(
        "SOV-4.6",
        3,
        t!("Jurisdiction of subcontractors and suppliers"),
        ladder(
            M4,
            [
                (t!("Critical suppliers under non-EU control, undisclosed"), 0),
                (t!("Critical suppliers under non-EU control, disclosed"), 2),
                (t!("Mostly EU, non-EU ones disclosed"), 3),
                (t!("EU for all critical services"), 3),
                (t!("All under EU control"), 4),
            ]
        )
    ),
    // ---- SOV-5 Supply chain ----
    criterion!(
        "SOV-5.1",
        4,
        t!("Origin of key components"),
        ladder(
            M5,
            [
                (t!("No disclosure"), 1),
                (t!("Partial disclosure"), 1),
                (t!("Transparent, with exceptions"), 3),
                (t!("Full transparency"), 3),
                (t!("EU-certified provenance"), 4),
            ]
        )
    ),
    criterion!(
        "SOV-5.2",
        4,
        t!("Manufacturing location"),
        ladder(
            M5,
            [
                (t!("Foreign black box"), 1),
                (t!("Foreign, partial disclosure"), 1),
                (t!("Mixed sourcing with EU audit rights"), 3),
                (t!("Built by EU teams on foreign code"), 3),
                (t!("Exclusively EU designed and built"), 4),
            ]
        )
    ),
    // Score-only, labels written here.
    criterion!(
        "SOV-5.3",
        4,
        t!("Firmware and embedded code provenance"),
        score_only(
            M5,
            [
                t!("Unknown, closed firmware"),
                t!("Foreign, closed, vendor-signed"),
                t!("Foreign, documented and attested"),
                t!("Foreign, reviewed or rebuilt in the EU"),
                t!("EU-developed or fully auditable open firmware"),
            ]
        )
    ),
    criterion!(
        "SOV-5.4",
        4,
        t!("Origin of software"),
        ladder(
            M5,
            [
                (t!("Foreign black box"), 0),
                (t!("Foreign, partial disclosure"), 2),
                (t!("Core built by EU teams"), 3),
                (t!("Large majority built in the EU"), 3),
                (t!("Exclusively built in the EU"), 4),
            ]
        )
    ),
    criterion!(
        "SOV-5.5",
        4,
        t!("Software packaging, distribution and updates"),
        ladder(
            M5,
            [
                (t!("Non-EU control and execution"), 1),
                (t!("EU control, non-EU execution"), 1),
                (t!("Non-EU control, EU execution"), 3),
                (t!("EU control and execution"), 3),
                (t!("EU control and execution with EU policy gates"), 4),
            ]
        )
    ),
    criterion!(
        "SOV-5.6",
        4,
        t!("Single points of dependency on non-EU vendors"),
        ladder(
            M5,
            [
                (t!("Only non-EU vendors"), 1),
                (t!("Mostly non-EU, undocumented"), 1),
                (t!("Few non-EU in critical parts, documented"), 2),
                (t!("Few non-EU in non-critical parts, documented"), 3),
                (t!("None"), 4),
            ]
        )
    ),
    criterion!(
        "SOV-5.7",
        4,
        t!("Supply-chain transparency and audit rights"),
        ladder(
            M5,
            [
                (t!("No supplier auditable"), 1),
                (t!("Some suppliers auditable"), 1),
                (t!("Critical suppliers auditable"), 2),
                (t!("Most suppliers auditable"), 3),
                (t!("All suppliers auditable"), 4),
            ]
        )
    ),
    // ---- SOV-6 Technology ----
    criterion!(
        "SOV-6.1",
        5,
        t!("Interoperability and open interfaces"),
        ladder(
            M6,
            [
                (t!("Closed, proprietary"), 0),
                (t!("Restricted APIs"), 1),
                (t!("Mixed"), 2),
                (t!("Standards-based"), 3),
                (t!("Open by default"), 4),
            ]
        )
    ),
    criterion!(
        "SOV-6.2",
        5,
        t!("Compliance with open standards"),
        ladder(
            M6,
            [
                (t!("None"), 0),
                (t!("Ad hoc"), 0),
                (t!("Partial, core services"), 2),
                (t!("Policy for most core services"), 3),
                (t!("Policy for all services"), 4),
            ]
        )
    ),
    criterion!(
        "SOV-6.3",
        5,
        t!("Open-source availability"),
        ladder(
            M6,
            [
                (t!("Closed source"), 2),
                (t!("Source available, strict licence"), 2),
                (t!("Open source, centralised governance"), 3),
                (t!("Open source with significant EU contribution"), 4),
                (t!("Open source governed by an independent or EU entity"), 4),
            ]
        )
    ),
    criterion!(
        "SOV-6.4",
        5,
        t!("Transparency of the service architecture"),
        ladder(
            M6,
            [
                (t!("None"), 2),
                (t!("Only during audits"), 2),
                (t!("Some public documentation"), 3),
                (t!("Large public documentation"), 3),
                (t!("Customers can contribute"), 4),
            ]
        )
    ),
    criterion!(
        "SOV-6.5",
        5,
        t!("HPC sovereignty (processors, accelerators, software)"),
        ladder(
            M6,
            [
                (t!("Imported black box"), 0),
                (t!("EU-hosted foreign stack"), 3),
                (t!("Co-designed or integrated in the EU"), 3),
                (t!("EU processor IP, non-EU fabs"), 3),
                (t!("EU design, EU fabrication, EU operation"), 4),
            ]
        )
    ),
    // ---- SOV-7 Security & Compliance ----
    // The source lists EAL0..EAL4-5; the names are those of the Common Criteria assurance levels.
    criterion!(
        "SOV-7.1",
        6,
        t!("Security certification level"),
        ladder(
            M7,
            [
                (t!("No evaluated assurance (EAL0)"), 1),
                (t!("Functionally tested (EAL1)"), 1),
                (t!("Structurally tested (EAL2)"), 2),
                (t!("Methodically tested and checked (EAL3)"), 3),
                (
                    t!("Methodically designed, tested and reviewed or better (EAL4–5)"),
                    4
                ),
            ]
        )
    ),
    // Score-only, labels written here.
    criterion!(
        "SOV-7.2",
        6,
        t!("EU regulatory compliance (GDPR, NIS2, DORA)"),
        score_only(
            M7,
            [
                t!("No documented compliance"),
                t!("Partial compliance"),
                t!("Documented compliance"),
                t!("Independently audited compliance"),
                t!("Audited compliance under EU supervisory oversight"),
            ]
        )
    ),
    criterion!(
        "SOV-7.3",
        6,
        t!("EU-based SOC and incident handling"),
        ladder(
            M7,
            [
                (t!("Outside the EU"), 1),
                (t!("Hybrid"), 1),
                (t!("Primarily EU, non-EU escalation"), 1),
                (t!("Fully EU, whole lifecycle"), 3),
                (t!("Fully EU, with ENISA information sharing"), 4),
            ]
        )
    ),
    criterion!(
        "SOV-7.4",
        6,
        t!("Control over security monitoring and logs"),
        ladder(
            M7,
            [
                (t!("Provider only"), 0),
                (t!("Periodic reports"), 1),
                (t!("Basic portal"), 1),
                (t!("Full direct access, logs in the EU"), 3),
                (t!("Immutable logs exclusively in the EU"), 4),
            ]
        )
    ),
    criterion!(
        "SOV-7.5",
        6,
        t!("Disclosure of security incidents"),
        ladder(
            M7,
            [
                (t!("None"), 0),
                (t!("Limited"), 1),
                (t!("Aligned with GDPR and NIS2"), 2),
                (t!("Monitored SLAs and EU investigations"), 3),
                (t!("Real-time sharing with CSIRTs"), 4),
            ]
        )
    ),
    criterion!(
        "SOV-7.6",
        6,
        t!("Maintenance (patching) autonomy"),
        ladder(
            M7,
            [
                (t!("None"), 1),
                (t!("Vendor's schedule"), 1),
                (t!("Notice and testing, except zero-days"), 4),
                (t!("Customer can deploy patches"), 4),
                (t!("Customer deploys with its own checks"), 4),
            ]
        )
    ),
    criterion!(
        "SOV-7.7",
        6,
        t!("Auditability by independent EU entities"),
        ladder(
            M7,
            [
                (t!("None"), 1),
                (t!("Limited"), 1),
                (t!("Partial"), 1),
                (t!("High"), 1),
                (t!("Full"), 4),
            ]
        )
    ),
    // ---- SOV-8 Environmental ----
    criterion!(
        "SOV-8.1",
        7,
        t!("Energy efficiency"),
        ladder(
            M8,
            [
                (t!("PUE of 3 or more, or not measured"), 1),
                (t!("PUE below 3"), 1),
                (t!("PUE below 1.5 with an improvement roadmap"), 4),
                (t!("PUE below 1.3"), 4),
                (t!("PUE below 1.2, verified in the EU"), 4),
            ]
        )
    ),
    // The source leaves the second label blank; written here.
    criterion!(
        "SOV-8.2",
        7,
        t!("Hardware reuse and recycling"),
        ladder(
            M8,
            [
                (t!("No policy"), 0),
                (t!("Ad hoc reuse or recycling"), 0),
                (t!("Documented programme"), 3),
                (t!("Circular, aligned with EU rules"), 4),
                (t!("EU-certified lifecycle"), 4),
            ]
        )
    ),
    // The source leaves the second label blank; written here.
    criterion!(
        "SOV-8.3",
        7,
        t!("Environmental impact reporting"),
        ladder(
            M8,
            [
                (t!("None"), 1),
                (t!("Partial indicators"), 1),
                (t!("Annual report"), 2),
                (t!("Detailed, EU methodology"), 3),
                (t!("Audited in the EU"), 4),
            ]
        )
    ),
    // Score-only. Labels follow the calculator's wording (origin of the energy supplies); its second
    // label repeats the fourth ("Only EU energy supplies", a workbook artefact), so that rung is written here.
    criterion!(
        "SOV-8.4",
        7,
        t!("Energy supplies (origin, EU, green)"),
        score_only(
            M8,
            [
                t!("Not traceable"),
                t!("Traceable, mostly non-EU supplies"),
                t!("Mix of EU and non-EU supplies"),
                t!("Only EU energy supplies"),
                t!("Only green EU energy supplies"),
            ]
        )
    ),
];
