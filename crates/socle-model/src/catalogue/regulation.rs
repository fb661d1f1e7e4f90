//! Regulatory presets: for each regime, the SEAL it requires and the floors it puts on specific criteria
//! of the Cloud Sovereignty Framework, each with its source and year.
//!
//! **None of these texts speaks in SEAL levels** except the Commission's own tenders. Every required SEAL
//! below is therefore an interpretation, written out next to it ([`RegulationSpec::seal_reasoning`]): the
//! regime's demands are read against the SEAL definitions of CSF v1.2.1 §3. The floors carry what the
//! texts do say (immunity from non-EU law, data located in the EU, exit plans, incident reporting) as the
//! lowest answer an option may give on the criterion that assesses it. Floors are listed in the order in
//! which the regime states its demands, so the first one an option fails is the one named on screen.

use crate::scenario::Regulation;
use crate::source::{Confidence, Source};
use crate::sovereignty::{criterion_index as sov, Label, FRAMEWORK_SOURCE};
use crate::t;

/// The lowest answer an option may give on one criterion under a regime.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CriterionFloor {
    /// Index of the criterion in [`crate::sovereignty::CRITERIA`].
    pub criterion: usize,
    /// Lowest acceptable answer index on that criterion's ladder.
    pub min_answer: u8,
    /// What the regime demands.
    pub demand: Label,
    /// Where the regime says it (article or referential section, and year).
    pub source: Source,
}

/// One regulatory preset.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RegulationSpec {
    /// The preset.
    pub regulation: Regulation,
    /// Stable identifier (share links, test ids, source keys).
    pub id: &'static str,
    /// Name shown in the control.
    pub name: Label,
    /// SEAL (0..=4) the regime requires of every objective.
    pub required_seal: u8,
    /// Why that SEAL: the reading of the regime against the SEAL definitions.
    pub seal_reasoning: Label,
    /// Where the regime comes from.
    pub source: Source,
    /// Floors on specific criteria, in the order the regime states them.
    pub floors: &'static [CriterionFloor],
    /// What is not settled in the regime itself, if anything.
    pub unsettled: Option<Label>,
}

const HDS_SOURCE: Source = Source {
    label: "Agence du numérique en santé, référentiel de certification HDS v2 (arrêté of 26 April 2024, \
            JO 16 May 2024), sovereignty requirements as summarised by CMS (2024)",
    url: "https://cms.law/fr/fra/news-information/nouveau-referentiel-de-certification-des-hebergeurs-de-donnees-de-sante-hds",
    year: 2024,
    confidence: Confidence::Secondary,
};

const SECNUMCLOUD_SOURCE: Source = Source {
    label: "ANSSI, SecNumCloud référentiel d'exigences v3.2 (March 2022); §19.6 (protection from \
            extra-European law) as summarised by PIA Lab from the 2021 draft",
    url: "https://cyber.gouv.fr/sites/default/files/document/secnumcloud-referentiel-exigences-v3.2.pdf",
    year: 2022,
    confidence: Confidence::Secondary,
};

const DORA_SOURCE: Source = Source {
    label: "Regulation (EU) 2022/2554 (DORA), applicable from 17 January 2025: Art. 28 (exit strategies), \
            Art. 29 (ICT concentration risk), Art. 30 (contractual provisions)",
    url: "https://eur-lex.europa.eu/eli/reg/2022/2554/oj",
    year: 2022,
    confidence: Confidence::Secondary,
};

const NIS2_SOURCE: Source = Source {
    label: "Directive (EU) 2022/2555 (NIS2): Art. 21(2)(d) supply-chain security, Art. 23 reporting \
            (early warning within 24 hours)",
    url: "https://eur-lex.europa.eu/eli/dir/2022/2555/oj",
    year: 2022,
    confidence: Confidence::Secondary,
};

const EUCS_SOURCE: Source = Source {
    label: "ENISA, EUCS candidate cybersecurity certification scheme for cloud services (drafts 2021–2024, \
            not adopted as of mid-2026); 2024 drafts without the immunity and EU-location requirements \
            (DIGITAL SME Alliance, 2024)",
    url: "https://www.digitalsme.eu/changes-to-the-eu-cloud-services-cybersecurity-certification-scheme-put-eu-citizens-data-at-risk-a-call-for-digital-sovereignty",
    year: 2024,
    confidence: Confidence::Secondary,
};

const fn floor(
    objective: usize,
    number: usize,
    min_answer: u8,
    demand: Label,
    source: Source,
) -> CriterionFloor {
    CriterionFloor {
        criterion: sov(objective, number),
        min_answer,
        demand,
        source,
    }
}

const HDS_FLOORS: &[CriterionFloor] = &[floor(
    3,
    4,
    4,
    t!("Health data physically hosted exclusively in the EEA (HDS 2024, sovereignty requirements)"),
    HDS_SOURCE,
)];

const SECNUMCLOUD_FLOORS: &[CriterionFloor] = &[
    // §19.6: the service must not be subject to non-EU law. "Legal structures shielding from non-EU law"
    // is the answer a SecNumCloud structure (EU seat, capped non-EU holdings) earns; "verified immunity"
    // would exclude the EU-majority joint ventures the referential was written to admit.
    floor(
        2,
        2,
        3,
        t!("Immunity from non-EU law such as the US CLOUD Act (§19.6)"),
        SECNUMCLOUD_SOURCE,
    ),
    floor(
        2,
        1,
        2,
        t!("The service subject to EU law only (§19.6)"),
        SECNUMCLOUD_SOURCE,
    ),
    floor(
        2,
        3,
        4,
        t!("No non-EU authority can compel access to the data (§19.6)"),
        SECNUMCLOUD_SOURCE,
    ),
    // §19.6 b: registered office in the EU; non-EU holders capped at 24 % each and 39 % together, so
    // decisions are taken "mostly" (not necessarily "entirely") within the EU.
    floor(
        1,
        1,
        2,
        t!("EU seat; non-EU holders capped at 24 % each and 39 % together (§19.6)"),
        SECNUMCLOUD_SOURCE,
    ),
    floor(
        3,
        4,
        4,
        t!("Data stored and processed in the EU"),
        SECNUMCLOUD_SOURCE,
    ),
];

const DORA_FLOORS: &[CriterionFloor] = &[
    floor(
        1,
        8,
        2,
        t!("Service continued by contract through an exit (Art. 28 exit strategies, Art. 30)"),
        DORA_SOURCE,
    ),
    floor(
        4,
        1,
        2,
        t!("Documented data export for the exit plan (Art. 28)"),
        DORA_SOURCE,
    ),
    floor(
        6,
        1,
        2,
        t!("Interfaces a substitute provider can take over (Art. 29 concentration risk)"),
        DORA_SOURCE,
    ),
];

const NIS2_FLOORS: &[CriterionFloor] = &[
    floor(
        7,
        5,
        2,
        t!("Significant incidents reported (Art. 23: early warning within 24 hours)"),
        NIS2_SOURCE,
    ),
    floor(
        4,
        6,
        1,
        t!("Critical suppliers known and disclosed (Art. 21(2)(d) supply-chain security)"),
        NIS2_SOURCE,
    ),
];

const EUCS_FLOORS: &[CriterionFloor] = &[floor(
    7,
    1,
    3,
    t!("Security evaluated at assurance level \"high\" (read here as EAL3 or above)"),
    EUCS_SOURCE,
)];

/// The presets, in [`Regulation::ALL`] order.
pub const REGULATIONS: [RegulationSpec; 8] = [
    RegulationSpec {
        regulation: Regulation::None,
        id: "none",
        name: t!("None"),
        required_seal: 0,
        seal_reasoning: t!("No regime chosen: the data sensitivity alone sets the required SEAL."),
        source: FRAMEWORK_SOURCE,
        floors: &[],
        unsettled: None,
    },
    RegulationSpec {
        regulation: Regulation::Hds,
        id: "hds",
        name: t!("HDS (French health data hosting, 2024)"),
        required_seal: 1,
        // Interpretation: certification is a French legal obligation of the host, so EU law must at
        // least formally apply (SEAL-1). The 2024 referential demands EEA location and transparency on
        // non-EEA access, and the ministry itself says location does not guarantee immunity: HDS does not
        // ask for SEAL-2's enforceability against non-EU law, so nothing higher is required.
        seal_reasoning: t!("SEAL-1 (interpretation): HDS requires EEA location, not immunity from non-EU law; the ministry says location alone does not guarantee it."),
        source: HDS_SOURCE,
        floors: HDS_FLOORS,
        unsettled: None,
    },
    RegulationSpec {
        regulation: Regulation::SecNumCloud,
        id: "secnumcloud",
        name: t!("SecNumCloud 3.2 (ANSSI, 2022)"),
        required_seal: 2,
        // Interpretation: SecNumCloud demands immunity from non-EU law (SOV-2 floors) but admits non-EU
        // minority holders and foreign hardware and software: "EU law applicable and enforceable, with
        // material non-EU dependencies remaining" is SEAL-2's definition. SEAL-3 ("marginal control of
        // non-EU third parties") would exclude the licensed-technology joint ventures it qualifies.
        seal_reasoning: t!("SEAL-2 (interpretation): EU law enforceable with immunity, while non-EU minority holders and foreign hardware and software remain allowed."),
        source: SECNUMCLOUD_SOURCE,
        floors: SECNUMCLOUD_FLOORS,
        unsettled: None,
    },
    RegulationSpec {
        regulation: Regulation::Dora,
        id: "dora",
        name: t!("DORA (EU 2022/2554, financial entities)"),
        required_seal: 1,
        // Interpretation: DORA governs how a financial entity contracts and exits (contracts enforceable
        // by the entity and its supervisor, exit plans, concentration assessment); it sets no location or
        // immunity requirement, so only SEAL-1 "EU law formally applies" follows from it.
        seal_reasoning: t!("SEAL-1 (interpretation): DORA requires enforceable contracts, exit strategies and a concentration assessment, not EU location or immunity."),
        source: DORA_SOURCE,
        floors: DORA_FLOORS,
        unsettled: None,
    },
    RegulationSpec {
        regulation: Regulation::Nis2Essential,
        id: "nis2",
        name: t!("NIS2 essential entity (EU 2022/2555)"),
        required_seal: 1,
        // Interpretation: NIS2 sets security measures and reporting, transposed in national law; it does
        // not address non-EU control, so SEAL-1.
        seal_reasoning: t!("SEAL-1 (interpretation): NIS2 sets security measures and incident reporting under national law, not sovereignty."),
        source: NIS2_SOURCE,
        floors: NIS2_FLOORS,
        unsettled: None,
    },
    RegulationSpec {
        regulation: Regulation::EucsHigh,
        id: "eucs_high",
        name: t!("EUCS high (ENISA draft)"),
        required_seal: 1,
        // Interpretation of an unsettled text: the 2024 drafts dropped the immunity and EU-location
        // requirements, leaving a security assurance level and no sovereignty demand: SEAL-1.
        seal_reasoning: t!("SEAL-1 (interpretation): the 2024 drafts keep a security assurance level and dropped the sovereignty requirements."),
        source: EUCS_SOURCE,
        floors: EUCS_FLOORS,
        unsettled: Some(t!("Not settled: EUCS is not adopted; the immunity and EU-location requirements of the 2021–2023 drafts were removed in 2024 and could return.")),
    },
    RegulationSpec {
        regulation: Regulation::CsfSeal2,
        id: "csf_seal2",
        name: t!("Commission tender, SEAL-2 minimum (CSF)"),
        required_seal: 2,
        // The one regime written in SEAL levels: a tender sets a minimum SEAL per objective and rejects
        // offers below it on any objective (CSF v1.2.1 §1), i.e. the weakest link. No floors beyond it.
        seal_reasoning: t!("SEAL-2 on every objective: the framework rejects a tender that falls short on any objective."),
        source: FRAMEWORK_SOURCE,
        floors: &[],
        unsettled: Some(t!("The minimums of the Commission's 2025 tender are in its specifications, not published.")),
    },
    RegulationSpec {
        regulation: Regulation::CsfSeal3,
        id: "csf_seal3",
        name: t!("Commission tender, SEAL-3 minimum (CSF)"),
        required_seal: 3,
        seal_reasoning: t!("SEAL-3 on every objective: the framework rejects a tender that falls short on any objective."),
        source: FRAMEWORK_SOURCE,
        floors: &[],
        unsettled: Some(t!("The minimums of the Commission's 2025 tender are in its specifications, not published.")),
    },
];

/// The catalogue entry of `regulation`.
pub fn spec(regulation: Regulation) -> &'static RegulationSpec {
    &REGULATIONS[regulation as usize]
}

/// The preset whose [`RegulationSpec::id`] is `id`.
pub fn from_id(id: &str) -> Option<Regulation> {
    REGULATIONS.iter().find(|r| r.id == id).map(|r| r.regulation)
}

/// Sources of every preset and floor, as `(key, source)`: `regulation.<id>.required_seal` and
/// `regulation.<id>.floor.<n>` (n counted from 0 in the preset's order).
pub fn sources() -> Vec<(&'static str, Source)> {
    const FLOOR_KEYS: [&str; 12] = [
        "regulation.hds.floor.0",
        "regulation.secnumcloud.floor.0",
        "regulation.secnumcloud.floor.1",
        "regulation.secnumcloud.floor.2",
        "regulation.secnumcloud.floor.3",
        "regulation.secnumcloud.floor.4",
        "regulation.dora.floor.0",
        "regulation.dora.floor.1",
        "regulation.dora.floor.2",
        "regulation.nis2.floor.0",
        "regulation.nis2.floor.1",
        "regulation.eucs_high.floor.0",
    ];
    const SEAL_KEYS: [&str; 7] = [
        "regulation.hds.required_seal",
        "regulation.secnumcloud.required_seal",
        "regulation.dora.required_seal",
        "regulation.nis2.required_seal",
        "regulation.eucs_high.required_seal",
        "regulation.csf_seal2.required_seal",
        "regulation.csf_seal3.required_seal",
    ];
    let mut out: Vec<(&'static str, Source)> = SEAL_KEYS
        .iter()
        .zip(&REGULATIONS[1..])
        .map(|(key, spec)| (*key, spec.source))
        .collect();
    let floors = REGULATIONS.iter().flat_map(|spec| spec.floors.iter());
    out.extend(FLOOR_KEYS.iter().copied().zip(floors.map(|f| f.source)));
    out
}

/// The entries of [`sources`] that belong to `regulation` (none for [`Regulation::None`]).
pub fn sources_of(regulation: Regulation) -> Vec<(&'static str, Source)> {
    let id = spec(regulation).id;
    sources()
        .into_iter()
        .filter(|(key, _)| {
            key.strip_prefix("regulation.")
                .and_then(|k| k.strip_prefix(id))
                .is_some_and(|k| k.starts_with('.'))
        })
        .collect()
}

/// What a `regulation.*` key of [`sources`] measures.
pub fn label_of(key: &str) -> Option<Label> {
    let rest = key.strip_prefix("regulation.")?;
    let (id, field) = rest.split_once('.')?;
    let spec = REGULATIONS.iter().find(|r| r.id == id)?;
    if field == "required_seal" {
        return Some(match spec.regulation {
            Regulation::Hds => t!("Required SEAL under HDS"),
            Regulation::SecNumCloud => t!("Required SEAL under SecNumCloud 3.2"),
            Regulation::Dora => t!("Required SEAL under DORA"),
            Regulation::Nis2Essential => t!("Required SEAL under NIS2"),
            Regulation::EucsHigh => t!("Required SEAL under EUCS high"),
            Regulation::CsfSeal2 | Regulation::CsfSeal3 => t!("Required SEAL of the Commission tender"),
            Regulation::None => return None,
        });
    }
    let n: usize = field.strip_prefix("floor.")?.parse().ok()?;
    spec.floors.get(n).map(|f| f.demand)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_are_in_the_order_of_the_enum_and_every_key_has_a_label() {
        for (spec, regulation) in REGULATIONS.iter().zip(Regulation::ALL) {
            assert_eq!(spec.regulation, regulation);
            assert_eq!(from_id(spec.id), Some(regulation));
        }
        let keys = sources();
        let floors: usize = REGULATIONS.iter().map(|r| r.floors.len()).sum();
        assert_eq!(keys.len(), REGULATIONS.len() - 1 + floors);
        for (key, _) in &keys {
            assert!(label_of(key).is_some(), "{key}");
        }
        // Each floor key names its own floor: its label is that floor's demand.
        let floor_keys = keys.iter().filter(|(k, _)| k.contains(".floor."));
        let all_floors = REGULATIONS.iter().flat_map(|r| r.floors.iter());
        for ((key, source), floor) in floor_keys.zip(all_floors) {
            assert_eq!(label_of(key), Some(floor.demand), "{key}");
            assert_eq!(*source, floor.source, "{key}");
        }
    }
}
