//! Default answers of each deployment option to the 48 criteria, and the user's overrides on top.
//!
//! The defaults are a documented assessment, not an official rating: the Commission publishes no rating of
//! any offer. They follow the reference's derived reading of the calculator (csf-48-criteria.md,
//! "Implications for an AI-compute sovereignty model") and reproduce its consequences:
//! - a US-headquartered provider, its EU subsidiary included, is held at SEAL-1 by the jurisdiction and
//!   compelled-access criteria (SOV-2.1, SOV-2.3): the US CLOUD Act reaches data in the "possession, custody
//!   or control" of a US provider wherever it is stored (Covington 2019, NCSC-NL 2022), and FISA 702
//!   directives come with gag orders;
//! - NVIDIA and AMD accelerators cap AI models (SOV-3.5), HPC sovereignty (SOV-6.5) and component origin and
//!   manufacturing (SOV-5.1, SOV-5.2) at SEAL-3, so no GPU option reaches SEAL-4 today;
//! - key management sets the key-control criterion SOV-3.1 on cloud options.
//!
//! Every answer can be changed by the user in the advanced panel (`assumptions.answer_overrides`), except
//! that a US-headquartered option cannot claim more on SOV-2.1..2.3 than US law allows ([`answer_ceiling`]).

use super::criteria::CRITERIA;
use super::framework::{criterion_index as sov, CRITERION_COUNT};
use crate::scenario::{DeploymentOption, KeyManagement, ProviderHq, Scenario};
use crate::tco::option_pue;

/// Default answer index per criterion (rows, framework order) and option (columns, in
/// [`DeploymentOption::ALL`] order: on premises, colocation, EU sovereign cloud with an EU-headquartered
/// provider, US sovereign offer, US public region). On premises and colocation assume an organisation
/// established in the EU, with no US parent, that owns its servers.
const BASE: [[u8; 5]; CRITERION_COUNT] = [
    // SOV-1.1 Ultimate decisions: the owner or the EU provider decides; a US group's EU subsidiary decides
    // "mostly outside" (the parent holds 100%: AWS European Sovereign Cloud GmbH), a public region "entirely".
    [3, 3, 3, 1, 0],
    // SOV-1.2 Change of control: EU owners are protected by investment screening; US offers already are.
    [3, 3, 3, 0, 0],
    // SOV-1.3 Roadmap: owners set their own; EU providers have EU governance bodies; US offers listen only.
    [3, 3, 2, 1, 1],
    // SOV-1.4 Capital: owned hardware is financed by the organisation; the data hall may not be.
    [4, 3, 3, 0, 0],
    // SOV-1.5 Economic contribution: GPUs are imported for every option, and an owner's hall, staff and
    // operations are as European as an EU provider's, so both are "significant" (the EU provider was
    // rated higher before, for the same hardware); the US sovereign offer invests in the EU (EUR 7.8 bn
    // to 2040 announced) but profits flow to the parent.
    [3, 3, 3, 2, 1],
    // SOV-1.6 EU programmes: EU providers lead IPCEI-CIS and Gaia-X; hyperscalers are Gaia-X members.
    // Holds above on premises: the criterion rates the supplier, and an organisation running its own
    // servers takes part in none by default (editable if it does).
    [1, 1, 4, 2, 2],
    // SOV-1.7 EU industrial strategies (calculator: no evidence / action plan / measured achievement and
    // dedicated governance / bold ambition and dedicated means). Holds above on premises: a sovereign
    // provider's business is that strategy and it reports on it; an owner has at most an action plan.
    [2, 2, 3, 1, 0],
    // SOV-1.8 Cut-off: owned servers keep running without vendor support (no remote kill switch); the EU
    // provider operates its own hardware. US offers: continuation only by contract (Data Act switching
    // period) — a sanction-driven cut-off would be worse, which SOV-2 already caps.
    [4, 4, 4, 2, 2],
    // SOV-2.1 Jurisdiction: US offers sign under EU law but answer to US law through the parent: "mixed".
    [2, 2, 2, 1, 1],
    // SOV-2.2 Extraterritorial laws: no US nexus means no CLOUD Act exposure (csf-framework 1.7); the US
    // subsidiary relies on contractual protections, the public region on mitigation clauses.
    [4, 4, 4, 2, 1],
    // SOV-2.3 Compelled access: FISA 702 directives forbid notifying the customer, and Microsoft France told
    // the French Senate (10 June 2025) it cannot guarantee data will not be handed over.
    [4, 4, 4, 1, 1],
    // SOV-2.4 Export control: installed GPUs cannot be recalled, but refresh stays exposed to US export rules
    // (the January 2025 AI diffusion rule, rescinded in May 2025, put several EU states in a restricted
    // tier), so not the top answer. US groups must apply US sanctions, which have reached international
    // organisations (2025 sanctions on International Criminal Court officials).
    [3, 3, 3, 1, 1],
    // SOV-2.5 IP origin: GPU hardware and software IP is mostly US; EU providers add their own platform
    // (control plane, orchestration, storage) written in the EU, which an owner buys from US vendors.
    [1, 1, 2, 0, 0],
    // SOV-2.6 IP holder: mixed for GPU stacks; EU with exceptions for an EU provider's platform (same
    // reason as SOV-2.5).
    [2, 2, 3, 0, 0],
    // SOV-3.1 Keys: owners hold their own keys; cloud columns are replaced by the key management input.
    [4, 4, 4, 4, 4],
    // SOV-3.2 Data flows: owners see everything; SecNumCloud-class EU offers and the US sovereign partition
    // give customers access logs; the public region's are vendor-controlled.
    [3, 3, 3, 3, 2],
    // SOV-3.3 Deletion: verified with logs, except the public region's policy-based deletion.
    [3, 3, 3, 3, 2],
    // SOV-3.4 Location: the US sovereign partition keeps data and metadata in the EU; the public region's EU
    // data boundary has documented exceptions (support, security telemetry).
    [4, 4, 4, 4, 3],
    // SOV-3.5 AI under EU control: at best "EU-led AI, foreign accelerators" (SEAL-3) on NVIDIA/AMD; US
    // offers steer customers to their managed AI services.
    [3, 3, 3, 2, 1],
    // SOV-4.1 Portability: owned or EU-sovereign estates are already on sovereign infrastructure; US offers
    // document exports (Data Act switching duties).
    [4, 4, 4, 2, 2],
    // SOV-4.2 Operations: owners still call non-EU vendor support (OEM and GPU maintenance contracts); an EU
    // provider at scale runs its own EU repair, spares and engineering, so it holds the top answer with the
    // same hardware; the US sovereign offer is run by EU residents with parent engineering behind, the
    // public region by global teams.
    [3, 3, 4, 3, 1],
    // SOV-4.3 Skills.
    [3, 3, 3, 2, 0],
    // SOV-4.4 Support: an owner's hardware escalations go to the (US) GPU and server vendors; an EU
    // provider's first and second lines are in the EU (same reason as SOV-4.2).
    [2, 2, 3, 2, 0],
    // SOV-4.5 Documentation.
    [3, 3, 3, 2, 1],
    // SOV-4.6 Critical suppliers: EU maintenance partners, non-EU ones disclosed; the US parent is a
    // disclosed critical supplier of both US offers.
    [2, 2, 2, 1, 1],
    // SOV-5.1 Components: GPUs come from TSMC fabs; a buyer gets full transparency, not EU provenance (SEAL-3).
    [3, 3, 2, 1, 1],
    // SOV-5.2 Manufacturing: servers integrated by an EU OEM with audit rights (SEAL-3 at best); OVHcloud-type
    // providers build their own servers in the EU, which is why the EU cloud is one rung higher on the same
    // GPUs (a provider buying from a US OEM would not be: editable); hyperscaler hardware is disclosed only
    // in part.
    [2, 2, 3, 1, 1],
    // SOV-5.3 Firmware: GPU and BMC firmware is foreign, closed and vendor-signed for everyone.
    [1, 1, 1, 1, 1],
    // SOV-5.4 Software: the core (orchestration on open source) is built and run by EU teams; US offers disclose
    // part of a foreign stack.
    [2, 2, 2, 1, 1],
    // SOV-5.5 Updates: owners and EU providers decide and apply; the US sovereign partition applies the parent's
    // updates with EU staff; the public region is updated by the parent.
    [3, 3, 3, 2, 0],
    // SOV-5.6 Single points: the GPU vendor is non-EU, but installed servers run without it and two vendors
    // compete, so "few non-EU, non-critical" (a stricter assessor would answer SEAL-2; editable).
    [3, 3, 3, 1, 0],
    // SOV-5.7 Audit rights: integrator, facility and maintainers are auditable, GPU fabs are not.
    [3, 3, 3, 1, 0],
    // SOV-6.1 Interfaces: Kubernetes, Slurm, S3 and OpenStack APIs are standards; hyperscaler APIs are mixed.
    [3, 3, 3, 2, 2],
    // SOV-6.2 Open standards.
    [3, 3, 3, 2, 2],
    // SOV-6.3 Open source: open-source stacks under foundation governance, CUDA closed; hyperscaler control
    // planes are closed.
    [2, 2, 2, 0, 0],
    // SOV-6.4 Architecture transparency: hyperscalers publish a large corpus; EU providers publish less.
    [3, 3, 2, 3, 3],
    // SOV-6.5 HPC: a foreign accelerator stack hosted in the EU (SEAL-3), integrated in the EU by EU
    // providers (the same rung difference as SOV-5.2; both answers are SEAL-3, so only the score moves).
    // Never the top answer with NVIDIA or AMD.
    [1, 1, 2, 1, 1],
    // SOV-7.1 Certification: every option assumed assessed to an EAL3-comparable level (ISO 27001, C5,
    // SecNumCloud); lower it if the owner has no certified security management.
    [3, 3, 3, 3, 3],
    // SOV-7.2 Regulatory compliance: a qualified EU provider (SecNumCloud, C5) is audited under a national
    // authority's oversight; an organisation's own room is independently audited at best.
    [3, 3, 4, 3, 3],
    // SOV-7.3 SOC: own or EU managed SOC; the US sovereign partition escalates to the parent, the public region
    // runs follow-the-sun.
    [3, 3, 3, 2, 1],
    // SOV-7.4 Monitoring and logs.
    [3, 3, 3, 3, 2],
    // SOV-7.5 Incident disclosure.
    [3, 3, 3, 2, 2],
    // SOV-7.6 Patching: owners patch on their own schedule; clouds patch on theirs, EU providers with notice.
    [4, 4, 2, 1, 1],
    // SOV-7.7 Audits: full access for the owner's auditors and for SecNumCloud-type audits; hyperscalers give
    // audit reports, not full access.
    [4, 4, 4, 3, 2],
    // SOV-8.1 Efficiency: replaced by the answer the option's PUE gives ([`pue_answer`]) in
    // [`answers_for`]; these are the answers of the catalogue PUEs (1.8 on premises, 1.5 colocation, below
    // 1.3 for clouds), for profiles scored without a scenario.
    [1, 1, 3, 4, 4],
    // SOV-8.2 Hardware reuse: holds above on premises: providers run documented refurbishment and resale
    // programmes; an organisation disposing of a few servers has an ad hoc policy by default.
    [2, 2, 3, 2, 2],
    // SOV-8.3 Reporting: CSRD (ESRS E1) for large organisations and the EU data-centre rating scheme
    // (Delegated Regulation (EU) 2024/1364, sites from 500 kW) give an EU methodology.
    [3, 3, 3, 3, 3],
    // SOV-8.4 Energy supplies (calculator wording: origin of the supplies): an owned room or colocation hall
    // draws the national grid, generated in the EU but partly from imported fuels (gas, uranium): "mix of EU
    // and non-EU supplies". Providers contract EU renewables (PPAs) for part of their load: "only EU
    // supplies", not all green.
    [2, 2, 3, 3, 3],
];

/// EU-majority joint venture running licensed US technology (e.g. S3NS, Bleu) as the EU sovereign cloud:
/// EU law and EU operators, but software designed, packaged and roadmapped by the US licensor. Realistic
/// SEAL-2 (software origin, legal shielding, licensor dependency).
const JOINT_VENTURE_CLOUD: &[(usize, u8)] = &[
    (sov(1, 1), 2), // mostly within the EU: the licensor keeps a say
    (sov(1, 2), 2),
    (sov(1, 3), 1), // roadmap set by the licensor
    (sov(1, 4), 2),
    (sov(1, 5), 3),
    (sov(1, 6), 3),
    (sov(1, 7), 2),
    (sov(1, 8), 2), // continuation by contract if the licensor withdraws
    (sov(2, 2), 3), // legal structures shielding, not verified immunity (SEAL-2)
    (sov(2, 5), 1),
    (sov(2, 6), 1),
    (sov(3, 5), 2), // the licensor's AI stack
    (sov(4, 1), 2),
    (sov(4, 6), 1), // the licensor is a critical non-EU supplier (SEAL-2)
    (sov(5, 4), 1), // foreign software, partial disclosure (SEAL-2)
    (sov(5, 5), 2), // non-EU control, EU execution of updates
    (sov(5, 6), 2), // non-EU dependency in critical parts (SEAL-2)
    (sov(6, 1), 2),
    (sov(6, 2), 2),
    (sov(6, 3), 0), // closed source (SEAL-2)
];

/// Provider headquartered outside the EU in a country with an adequacy decision (UK, Switzerland): the
/// contract and the provider answer to non-EU law, which may reach data (e.g. the UK Investigatory Powers
/// Act): SEAL-1 on SOV-2.1..2.3.
const NON_EU_ADEQUATE_CLOUD: &[(usize, u8)] = &[
    (sov(1, 1), 1),
    (sov(1, 2), 1),
    (sov(1, 4), 1),
    (sov(1, 5), 2),
    (sov(1, 6), 2),
    (sov(1, 7), 1),
    (sov(2, 1), 1), // mixed jurisdiction (SEAL-1)
    (sov(2, 2), 1), // mitigation clauses only
    (sov(2, 3), 1), // compelled access without notice in specific cases
    (sov(2, 6), 1),
];

/// Colocation run by an EU joint venture relying on licensed US technology: the customer's servers are
/// untouched, but the facility operator is a critical supplier under partial non-EU control (SEAL-2).
const JOINT_VENTURE_COLOCATION: &[(usize, u8)] = &[(sov(1, 2), 2), (sov(4, 6), 1)];

/// Colocation operator headquartered in the UK or Switzerland: the hosting contract and physical access fall
/// under non-EU law (SEAL-1).
const NON_EU_ADEQUATE_COLOCATION: &[(usize, u8)] =
    &[(sov(1, 2), 1), (sov(2, 1), 1), (sov(2, 2), 1), (sov(4, 6), 1)];

/// SOV-3.1 answer for a key management choice: "primarily provider" (SEAL-1), "shared, provider has override
/// keys" (SEAL-2) or "customer exclusive" (SEAL-4, hold-your-own-key or external HSM).
pub const fn key_control_answer(key_management: KeyManagement) -> u8 {
    match key_management {
        KeyManagement::ProviderHeld => 1,
        KeyManagement::Shared => 2,
        KeyManagement::CustomerHeld => 4,
    }
}

/// SOV-8.1 answer for a PUE, with the June 2026 calculator's thresholds: below 1.2 (EU verified: EU
/// facilities report their PUE under the Energy Efficiency Directive's rating scheme, Delegated
/// Regulation (EU) 2024/1364) → 4, below 1.3 → 3, below 1.5 (the improvement roadmap is assumed) → 2,
/// below 3 → 1, otherwise (or not a number) → 0. SEAL-1 for any PUE of 1.5 or more.
pub fn pue_answer(pue: f64) -> u8 {
    match pue {
        p if p < 1.2 => 4,
        p if p < 1.3 => 3,
        p if p < 1.5 => 2,
        p if p < 3.0 => 1,
        _ => 0,
    }
}

/// Default answers of `option`. `provider_hq` applies to colocation and the EU sovereign cloud;
/// `key_management` applies to the three cloud options (owners always hold their keys exclusively).
pub fn default_profile(
    option: DeploymentOption,
    provider_hq: ProviderHq,
    key_management: KeyManagement,
) -> [u8; CRITERION_COUNT] {
    let column = option.index();
    let mut answers = BASE.map(|row| row[column]);
    for &(criterion, answer) in provider_hq_changes(option, provider_hq) {
        answers[criterion] = answer;
    }
    if !option.is_owned() {
        answers[sov(3, 1)] = key_control_answer(key_management);
    }
    answers
}

fn provider_hq_changes(option: DeploymentOption, provider_hq: ProviderHq) -> &'static [(usize, u8)] {
    match (option, provider_hq) {
        (DeploymentOption::EuSovereignCloud, ProviderHq::EuJointVentureUsTech) => JOINT_VENTURE_CLOUD,
        (DeploymentOption::EuSovereignCloud, ProviderHq::NonEuAdequate) => NON_EU_ADEQUATE_CLOUD,
        (DeploymentOption::Colocation, ProviderHq::EuJointVentureUsTech) => JOINT_VENTURE_COLOCATION,
        (DeploymentOption::Colocation, ProviderHq::NonEuAdequate) => NON_EU_ADEQUATE_COLOCATION,
        _ => &[],
    }
}

/// Highest answer index `option` may hold on `criterion`. For a US-headquartered option, US law caps
/// SOV-2.1 at "mixed", SOV-2.2 at "legal structures shielding" and SOV-2.3 at "disputed, sometimes
/// accepted": no contract lifts the CLOUD Act's control test, so an override claiming more is held there
/// (the advanced panel can grey out the answers above). Otherwise the top of the ladder.
pub fn answer_ceiling(option: DeploymentOption, criterion: usize) -> u8 {
    ceiling(option.is_us_headquartered(), criterion)
}

/// True when US law reaches `option`'s data in `scenario`: a US-headquartered provider, or an
/// organisation that is itself controlled from the US (the CLOUD Act compels the company, wherever its
/// servers are, its own halls included).
pub fn us_controlled(scenario: &Scenario, option: DeploymentOption) -> bool {
    option.is_us_headquartered() || scenario.organisation.us_parent
}

/// [`answer_ceiling`] for an option under US control or not.
pub fn ceiling(us_controlled: bool, criterion: usize) -> u8 {
    let top = CRITERIA[criterion].ladder_len() - 1;
    if !us_controlled {
        return top;
    }
    match criterion {
        c if c == sov(2, 1) => 1,
        c if c == sov(2, 2) || c == sov(2, 3) => 3,
        _ => top,
    }
}

/// The answers `option` is scored on: its default profile with SOV-8.1 set by the option's PUE
/// ([`pue_answer`] of the site PUE on premises, the colocation PUE, or the provider's), then the scenario's
/// overrides for that option (the last override of a criterion wins), held under the US-control ceiling
/// ([`ceiling`]).
pub fn answers_for(scenario: &Scenario, option: DeploymentOption) -> [u8; CRITERION_COUNT] {
    let platform = &scenario.platform;
    let mut answers = default_profile(option, platform.provider_hq, platform.key_management);
    answers[sov(8, 1)] = pue_answer(option_pue(scenario, option));
    for o in scenario
        .assumptions
        .answer_overrides
        .iter()
        .filter(|o| o.option == option)
    {
        let criterion = usize::from(o.criterion);
        if criterion < CRITERION_COUNT {
            answers[criterion] = o.answer;
        }
    }
    let us = us_controlled(scenario, option);
    for (criterion, answer) in answers.iter_mut().enumerate() {
        *answer = (*answer).min(ceiling(us, criterion));
    }
    answers
}
