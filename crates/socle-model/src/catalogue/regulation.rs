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

/// The lowest answer an option may give on one criterion under a regime.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CriterionFloor {
    /// Index of the criterion in [`crate::sovereignty::CRITERIA`].
    pub criterion: usize,
    /// Lowest acceptable answer index on that criterion's ladder.
    pub min_answer: u8,
    /// What the regime demands, (English, French).
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
    /// Name shown in the control, (English, French).
    pub name: Label,
    /// SEAL (0..=4) the regime requires of every objective.
    pub required_seal: u8,
    /// Why that SEAL: the reading of the regime against the SEAL definitions, (English, French).
    pub seal_reasoning: Label,
    /// Where the regime comes from.
    pub source: Source,
    /// Floors on specific criteria, in the order the regime states them.
    pub floors: &'static [CriterionFloor],
    /// What is not settled in the regime itself, if anything, (English, French).
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
    (
        "Health data physically hosted exclusively in the EEA (HDS 2024, sovereignty requirements)",
        "Données de santé hébergées physiquement exclusivement dans l'EEE (HDS 2024, exigences de souveraineté)",
    ),
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
        (
            "Immunity from non-EU law such as the US CLOUD Act (§19.6)",
            "Immunité vis-à-vis des lois non européennes comme le CLOUD Act (§19.6)",
        ),
        SECNUMCLOUD_SOURCE,
    ),
    floor(
        2,
        1,
        2,
        (
            "The service subject to EU law only (§19.6)",
            "Service soumis au seul droit européen (§19.6)",
        ),
        SECNUMCLOUD_SOURCE,
    ),
    floor(
        2,
        3,
        4,
        (
            "No non-EU authority can compel access to the data (§19.6)",
            "Aucune autorité non européenne ne peut imposer l'accès aux données (§19.6)",
        ),
        SECNUMCLOUD_SOURCE,
    ),
    // §19.6 b: registered office in the EU; non-EU holders capped at 24 % each and 39 % together, so
    // decisions are taken "mostly" (not necessarily "entirely") within the EU.
    floor(
        1,
        1,
        2,
        (
            "EU seat; non-EU holders capped at 24 % each and 39 % together (§19.6)",
            "Siège dans l'UE ; détenteurs non européens limités à 24 % chacun et 39 % ensemble (§19.6)",
        ),
        SECNUMCLOUD_SOURCE,
    ),
    floor(
        3,
        4,
        4,
        (
            "Data stored and processed in the EU",
            "Données stockées et traitées dans l'UE",
        ),
        SECNUMCLOUD_SOURCE,
    ),
];

const DORA_FLOORS: &[CriterionFloor] = &[
    floor(
        1,
        8,
        2,
        (
            "Service continued by contract through an exit (Art. 28 exit strategies, Art. 30)",
            "Service maintenu par contrat pendant une sortie (art. 28 stratégies de sortie, art. 30)",
        ),
        DORA_SOURCE,
    ),
    floor(
        4,
        1,
        2,
        (
            "Documented data export for the exit plan (Art. 28)",
            "Export des données documenté pour le plan de sortie (art. 28)",
        ),
        DORA_SOURCE,
    ),
    floor(
        6,
        1,
        2,
        (
            "Interfaces a substitute provider can take over (Art. 29 concentration risk)",
            "Interfaces qu'un fournisseur de remplacement peut reprendre (art. 29 risque de concentration)",
        ),
        DORA_SOURCE,
    ),
];

const NIS2_FLOORS: &[CriterionFloor] = &[
    floor(
        7,
        5,
        2,
        (
            "Significant incidents reported (Art. 23: early warning within 24 hours)",
            "Incidents importants notifiés (art. 23 : alerte précoce sous 24 heures)",
        ),
        NIS2_SOURCE,
    ),
    floor(
        4,
        6,
        1,
        (
            "Critical suppliers known and disclosed (Art. 21(2)(d) supply-chain security)",
            "Fournisseurs critiques connus et déclarés (art. 21(2)(d) sécurité de la chaîne d'approvisionnement)",
        ),
        NIS2_SOURCE,
    ),
];

const EUCS_FLOORS: &[CriterionFloor] = &[floor(
    7,
    1,
    3,
    (
        "Security evaluated at assurance level \"high\" (read here as EAL3 or above)",
        "Sécurité évaluée au niveau d'assurance « élevé » (lu ici comme EAL3 ou plus)",
    ),
    EUCS_SOURCE,
)];

/// The presets, in [`Regulation::ALL`] order.
pub const REGULATIONS: [RegulationSpec; 8] = [
    RegulationSpec {
        regulation: Regulation::None,
        id: "none",
        name: ("None", "Aucune"),
        required_seal: 0,
        seal_reasoning: (
            "No regime chosen: the data sensitivity alone sets the required SEAL.",
            "Aucun régime choisi : la sensibilité des données fixe seule le SEAL requis.",
        ),
        source: FRAMEWORK_SOURCE,
        floors: &[],
        unsettled: None,
    },
    RegulationSpec {
        regulation: Regulation::Hds,
        id: "hds",
        name: ("HDS (French health data hosting, 2024)", "HDS (hébergement de données de santé, 2024)"),
        required_seal: 1,
        // Interpretation: certification is a French legal obligation of the host, so EU law must at
        // least formally apply (SEAL-1). The 2024 referential demands EEA location and transparency on
        // non-EEA access, and the ministry itself says location does not guarantee immunity: HDS does not
        // ask for SEAL-2's enforceability against non-EU law, so nothing higher is required.
        seal_reasoning: (
            "SEAL-1 (interpretation): HDS requires EEA location, not immunity from non-EU law; the ministry says location alone does not guarantee it.",
            "SEAL-1 (interprétation) : HDS exige la localisation dans l'EEE, pas l'immunité vis-à-vis du droit non européen ; le ministère précise que la localisation ne la garantit pas.",
        ),
        source: HDS_SOURCE,
        floors: HDS_FLOORS,
        unsettled: None,
    },
    RegulationSpec {
        regulation: Regulation::SecNumCloud,
        id: "secnumcloud",
        name: ("SecNumCloud 3.2 (ANSSI, 2022)", "SecNumCloud 3.2 (ANSSI, 2022)"),
        required_seal: 2,
        // Interpretation: SecNumCloud demands immunity from non-EU law (SOV-2 floors) but admits non-EU
        // minority holders and foreign hardware and software: "EU law applicable and enforceable, with
        // material non-EU dependencies remaining" is SEAL-2's definition. SEAL-3 ("marginal control of
        // non-EU third parties") would exclude the licensed-technology joint ventures it qualifies.
        seal_reasoning: (
            "SEAL-2 (interpretation): EU law enforceable with immunity, while non-EU minority holders and foreign hardware and software remain allowed.",
            "SEAL-2 (interprétation) : droit européen opposable avec immunité, tout en admettant des actionnaires minoritaires non européens et du matériel et des logiciels étrangers.",
        ),
        source: SECNUMCLOUD_SOURCE,
        floors: SECNUMCLOUD_FLOORS,
        unsettled: None,
    },
    RegulationSpec {
        regulation: Regulation::Dora,
        id: "dora",
        name: ("DORA (EU 2022/2554, financial entities)", "DORA (UE 2022/2554, entités financières)"),
        required_seal: 1,
        // Interpretation: DORA governs how a financial entity contracts and exits (contracts enforceable
        // by the entity and its supervisor, exit plans, concentration assessment); it sets no location or
        // immunity requirement, so only SEAL-1 "EU law formally applies" follows from it.
        seal_reasoning: (
            "SEAL-1 (interpretation): DORA requires enforceable contracts, exit strategies and a concentration assessment, not EU location or immunity.",
            "SEAL-1 (interprétation) : DORA exige des contrats opposables, des stratégies de sortie et une évaluation de la concentration, pas de localisation ni d'immunité.",
        ),
        source: DORA_SOURCE,
        floors: DORA_FLOORS,
        unsettled: None,
    },
    RegulationSpec {
        regulation: Regulation::Nis2Essential,
        id: "nis2",
        name: ("NIS2 essential entity (EU 2022/2555)", "NIS2 entité essentielle (UE 2022/2555)"),
        required_seal: 1,
        // Interpretation: NIS2 sets security measures and reporting, transposed in national law; it does
        // not address non-EU control, so SEAL-1.
        seal_reasoning: (
            "SEAL-1 (interpretation): NIS2 sets security measures and incident reporting under national law, not sovereignty.",
            "SEAL-1 (interprétation) : NIS2 fixe des mesures de sécurité et la notification des incidents en droit national, pas la souveraineté.",
        ),
        source: NIS2_SOURCE,
        floors: NIS2_FLOORS,
        unsettled: None,
    },
    RegulationSpec {
        regulation: Regulation::EucsHigh,
        id: "eucs_high",
        name: ("EUCS high (ENISA draft)", "EUCS élevé (projet ENISA)"),
        required_seal: 1,
        // Interpretation of an unsettled text: the 2024 drafts dropped the immunity and EU-location
        // requirements, leaving a security assurance level and no sovereignty demand: SEAL-1.
        seal_reasoning: (
            "SEAL-1 (interpretation): the 2024 drafts keep a security assurance level and dropped the sovereignty requirements.",
            "SEAL-1 (interprétation) : les projets de 2024 gardent un niveau d'assurance de sécurité et ont retiré les exigences de souveraineté.",
        ),
        source: EUCS_SOURCE,
        floors: EUCS_FLOORS,
        unsettled: Some((
            "Not settled: EUCS is not adopted; the immunity and EU-location requirements of the 2021–2023 drafts were removed in 2024 and could return.",
            "Non tranché : EUCS n'est pas adopté ; les exigences d'immunité et de localisation des projets 2021–2023 ont été retirées en 2024 et pourraient revenir.",
        )),
    },
    RegulationSpec {
        regulation: Regulation::CsfSeal2,
        id: "csf_seal2",
        name: ("Commission tender, SEAL-2 minimum (CSF)", "Appel d'offres de la Commission, SEAL-2 minimum (CSF)"),
        required_seal: 2,
        // The one regime written in SEAL levels: a tender sets a minimum SEAL per objective and rejects
        // offers below it on any objective (CSF v1.2.1 §1), i.e. the weakest link. No floors beyond it.
        seal_reasoning: (
            "SEAL-2 on every objective: the framework rejects a tender that falls short on any objective.",
            "SEAL-2 sur chaque objectif : le cadre rejette une offre insuffisante sur un seul objectif.",
        ),
        source: FRAMEWORK_SOURCE,
        floors: &[],
        unsettled: Some((
            "The minimums of the Commission's 2025 tender are in its specifications, not published.",
            "Les minimums de l'appel d'offres de 2025 de la Commission figurent dans son cahier des charges, non publié.",
        )),
    },
    RegulationSpec {
        regulation: Regulation::CsfSeal3,
        id: "csf_seal3",
        name: ("Commission tender, SEAL-3 minimum (CSF)", "Appel d'offres de la Commission, SEAL-3 minimum (CSF)"),
        required_seal: 3,
        seal_reasoning: (
            "SEAL-3 on every objective: the framework rejects a tender that falls short on any objective.",
            "SEAL-3 sur chaque objectif : le cadre rejette une offre insuffisante sur un seul objectif.",
        ),
        source: FRAMEWORK_SOURCE,
        floors: &[],
        unsettled: Some((
            "The minimums of the Commission's 2025 tender are in its specifications, not published.",
            "Les minimums de l'appel d'offres de 2025 de la Commission figurent dans son cahier des charges, non publié.",
        )),
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

/// What a `regulation.*` key of [`sources`] measures, (English, French).
pub fn label_of(key: &str) -> Option<Label> {
    let rest = key.strip_prefix("regulation.")?;
    let (id, field) = rest.split_once('.')?;
    let spec = REGULATIONS.iter().find(|r| r.id == id)?;
    if field == "required_seal" {
        return Some(match spec.regulation {
            Regulation::Hds => ("Required SEAL under HDS", "SEAL requis sous HDS"),
            Regulation::SecNumCloud => (
                "Required SEAL under SecNumCloud 3.2",
                "SEAL requis sous SecNumCloud 3.2",
            ),
            Regulation::Dora => ("Required SEAL under DORA", "SEAL requis sous DORA"),
            Regulation::Nis2Essential => ("Required SEAL under NIS2", "SEAL requis sous NIS2"),
            Regulation::EucsHigh => ("Required SEAL under EUCS high", "SEAL requis sous EUCS élevé"),
            Regulation::CsfSeal2 | Regulation::CsfSeal3 => (
                "Required SEAL of the Commission tender",
                "SEAL requis par l'appel d'offres de la Commission",
            ),
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
