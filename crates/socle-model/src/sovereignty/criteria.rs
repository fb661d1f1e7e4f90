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

const M1: f64 = OBJECTIVES[0].answer_max_points;
const M2: f64 = OBJECTIVES[1].answer_max_points;
const M3: f64 = OBJECTIVES[2].answer_max_points;
const M4: f64 = OBJECTIVES[3].answer_max_points;
const M5: f64 = OBJECTIVES[4].answer_max_points;
const M6: f64 = OBJECTIVES[5].answer_max_points;
const M7: f64 = OBJECTIVES[6].answer_max_points;
const M8: f64 = OBJECTIVES[7].answer_max_points;

macro_rules! criterion {
    ($id:literal, $objective:literal, $en:literal, $fr:literal, $answers:expr) => {
        Criterion {
            id: $id,
            objective: $objective,
            name: ($en, $fr),
            answers: &$answers,
        }
    };
}

/// The 48 criteria in framework order: SOV-1.1 is index 0, SOV-8.4 is index 47
/// (see [`super::criterion_index`]).
pub static CRITERIA: [Criterion; CRITERION_COUNT] = [
    // ---- SOV-1 Strategic ----
    criterion!("SOV-1.1", 0, "EU/EEA control of the legal entity", "Contrôle UE/EEE de l'entité juridique",
        with_points(ladder(M1, [
            ("Decisions taken entirely outside the EU", "Décisions prises entièrement hors de l'UE", 1),
            ("Decisions taken mostly outside the EU", "Décisions prises majoritairement hors de l'UE", 1),
            ("Decisions taken mostly within the EU", "Décisions prises majoritairement dans l'UE", 3),
            ("Decisions taken entirely within the EU", "Décisions prises entièrement dans l'UE", 4),
        ]), [0.0, 41.67, 83.34, 125.01])),
    // Score-only, labels written here.
    criterion!("SOV-1.2", 0, "Change-of-control risk", "Risque de changement de contrôle",
        score_only(M1, [
            ("Already controlled by a non-EU group", "Déjà contrôlé par un groupe non européen"),
            ("No protection against a non-EU takeover", "Aucune protection contre une prise de contrôle non européenne"),
            ("Partial protection (shareholder agreements)", "Protection partielle (pactes d'actionnaires)"),
            ("Strong protection (EU anchor shareholders, investment screening)",
             "Protection forte (actionnaires européens de référence, filtrage des investissements)"),
            ("Non-EU control excluded by statutes and screening", "Contrôle non européen exclu par les statuts et le filtrage"),
        ])),
    criterion!("SOV-1.3", 0, "Control over the roadmap", "Maîtrise de la feuille de route",
        with_points(ladder(M1, [
            ("No EU influence", "Aucune influence européenne", 2),
            ("Voice of the customer only", "Simple consultation des clients", 2),
            ("Governance bodies with EU stakeholders", "Instances de gouvernance avec des acteurs européens", 3),
            ("Full EU influence", "Influence européenne complète", 4),
        ]), [0.0, 41.67, 83.34, 125.01])),
    // Score-only, labels written here.
    criterion!("SOV-1.4", 0, "Financial independence from non-EU capital",
        "Indépendance financière vis-à-vis des capitaux non européens",
        score_only(M1, [
            ("Wholly non-EU capital", "Capitaux entièrement non européens"),
            ("Mostly non-EU capital", "Capitaux majoritairement non européens"),
            ("Balanced EU and non-EU capital", "Capitaux européens et non européens équilibrés"),
            ("Mostly EU capital", "Capitaux majoritairement européens"),
            ("Wholly EU capital", "Capitaux entièrement européens"),
        ])),
    // Score-only, labels written here.
    criterion!("SOV-1.5", 0, "EU economic contribution (investment, jobs)",
        "Contribution économique dans l'UE (investissements, emplois)",
        score_only(M1, [
            ("None", "Aucune"),
            ("Marginal", "Marginale"),
            ("Moderate", "Modérée"),
            ("Significant", "Significative"),
            ("Major: most value created in the EU", "Majeure : l'essentiel de la valeur créée dans l'UE"),
        ])),
    // Score-only; two labels are blank in the source, all labels written here.
    criterion!("SOV-1.6", 0, "Participation in EU strategic programmes (IPCEI-CIS, Horizon Europe, Gaia-X)",
        "Participation aux programmes stratégiques de l'UE (PIIEC-CIS, Horizon Europe, Gaia-X)",
        score_only(M1, [
            ("No participation", "Aucune participation"),
            ("Occasional participation", "Participation ponctuelle"),
            ("Member of one programme", "Membre d'un programme"),
            ("Active in several programmes", "Actif dans plusieurs programmes"),
            ("Leading role in EU programmes", "Rôle moteur dans les programmes européens"),
        ])),
    // Score-only, labels written here.
    criterion!("SOV-1.7", 0, "Alignment with EU industrial strategies",
        "Alignement sur les stratégies industrielles de l'UE",
        with_points(score_only(M1, [
            ("Not aligned", "Non aligné"),
            ("Partly aligned", "Partiellement aligné"),
            ("Largely aligned", "Largement aligné"),
            ("Fully aligned", "Pleinement aligné"),
        ]), [0.0, 41.67, 83.0, 125.01])),
    criterion!("SOV-1.8", 0, "Resilience to a cut-off (vendor support withdrawn)",
        "Résilience à une coupure (retrait du support fournisseur)",
        ladder(M1, [
            ("Immediate shutdown", "Arrêt immédiat", 0),
            ("Delayed stop", "Arrêt différé", 0),
            ("Temporary continuation by contract", "Continuité temporaire garantie par contrat", 2),
            ("Switch to alternative suppliers or in-house", "Bascule vers d'autres fournisseurs ou internalisation", 2),
            ("Full autonomy", "Autonomie complète", 4),
        ])),
    // ---- SOV-2 Legal & Jurisdictional ----
    criterion!("SOV-2.1", 1, "Primary legal jurisdiction", "Juridiction principale",
        with_points(ladder(M2, [
            ("Non-EU law only", "Droit non européen uniquement", 1),
            ("Mixed EU and non-EU law", "Droit mixte, européen et non européen", 1),
            ("Exclusively EU law", "Droit européen exclusivement", 4),
        ]), [0.0, 84.0, 167.0])),
    criterion!("SOV-2.2", 1, "Exposure to extraterritorial laws (e.g. US CLOUD Act)",
        "Exposition aux lois extraterritoriales (p. ex. CLOUD Act)",
        ladder(M2, [
            ("Fully exposed", "Entièrement exposé", 1),
            ("Mitigation clauses", "Clauses d'atténuation", 1),
            ("EU subsidiary with contractual protections", "Filiale européenne avec protections contractuelles", 1),
            ("Legal structures shielding from non-EU law", "Structures juridiques protégeant du droit non européen", 2),
            ("Verified legal immunity", "Immunité juridique vérifiée", 4),
        ])),
    criterion!("SOV-2.3", 1, "Data access pathways for non-EU authorities",
        "Voies d'accès aux données pour des autorités non européennes",
        ladder(M2, [
            ("Access can be compelled without notice", "Accès imposable sans notification", 1),
            ("Without notice in specific cases", "Sans notification dans certains cas", 1),
            ("Always with notice to the customer", "Toujours avec notification du client", 1),
            ("Requests disputed, sometimes accepted with notice",
             "Demandes contestées, parfois acceptées avec notification", 1),
            ("Requests always rejected", "Demandes toujours rejetées", 4),
        ])),
    criterion!("SOV-2.4", 1, "Export-control restrictions (ITAR/EAR)", "Restrictions à l'exportation (ITAR/EAR)",
        ladder(M2, [
            ("Can be restricted towards an EU Member State", "Restriction possible envers un État membre", 0),
            ("Can be restricted towards EU citizens or international organisations",
             "Restriction possible envers des citoyens de l'UE ou des organisations internationales", 1),
            ("Over 50% of revenue in the EU", "Plus de 50 % du chiffre d'affaires dans l'UE", 2),
            ("Cannot be restricted towards EU Member States", "Non restreignable envers les États membres", 3),
            ("Cannot be restricted towards Member States nor international organisations",
             "Non restreignable ni envers les États membres ni envers les organisations internationales", 4),
        ])),
    // Score-only, labels written here.
    criterion!("SOV-2.5", 1, "Origin of intellectual property", "Origine de la propriété intellectuelle",
        score_only(M2, [
            ("Entirely non-EU", "Entièrement non européenne"),
            ("Mostly non-EU", "Majoritairement non européenne"),
            ("Mixed", "Mixte"),
            ("Mostly EU", "Majoritairement européenne"),
            ("Entirely EU", "Entièrement européenne"),
        ])),
    criterion!("SOV-2.6", 1, "Jurisdiction of the IP holder", "Juridiction du détenteur de la propriété intellectuelle",
        ladder(M2, [
            ("Single non-EU jurisdiction", "Une seule juridiction non européenne", 3),
            ("Several non-EU jurisdictions", "Plusieurs juridictions non européennes", 3),
            ("Mixed, partly EU", "Mixte, en partie européenne", 3),
            ("EU with exceptions", "Européenne avec exceptions", 4),
            ("Entirely EU", "Entièrement européenne", 4),
        ])),
    // ---- SOV-3 Data & AI ----
    criterion!("SOV-3.1", 2, "Customer control over encryption keys", "Maîtrise des clés de chiffrement par le client",
        ladder(M3, [
            ("Provider only", "Fournisseur uniquement", 0),
            ("Primarily the provider", "Principalement le fournisseur", 1),
            ("Shared, provider holds override keys", "Partagée, le fournisseur détient des clés de contournement", 2),
            ("Customer primary, provider can read some data",
             "Client principal, le fournisseur peut lire certaines données", 3),
            ("Customer exclusive", "Exclusivement le client", 4),
        ])),
    criterion!("SOV-3.2", 2, "Transparent data flows and access logs",
        "Transparence des flux de données et journaux d'accès",
        ladder(M3, [
            ("None", "Aucune", 0),
            ("Basic and incomplete", "Basique et incomplète", 1),
            ("Not real-time or vendor-controlled", "Différée ou contrôlée par le fournisseur", 2),
            ("Full customer visibility, not real-time", "Visibilité complète du client, en différé", 3),
            ("Real-time customer oversight and independent audit",
             "Supervision en temps réel par le client et audit indépendant", 4),
        ])),
    criterion!("SOV-3.3", 2, "Secure deletion and proof of erasure", "Suppression sécurisée et preuve d'effacement",
        ladder(M3, [
            ("None", "Aucune", 0),
            ("Manual confirmation", "Confirmation manuelle", 1),
            ("Policy-based, no proof", "Selon une politique, sans preuve", 1),
            ("Technically verified with logs", "Vérifiée techniquement et journalisée", 3),
            ("Systematically enforced and independently verified",
             "Systématique et vérifiée de manière indépendante", 4),
        ])),
    criterion!("SOV-3.4", 2, "Data location strictly in the EU/EEA",
        "Localisation des données strictement dans l'UE/EEE",
        ladder(M3, [
            ("Unknown, third countries included", "Inconnue, pays tiers inclus", 0),
            ("Partly in the EU", "En partie dans l'UE", 0),
            ("Mainly in the EU with safeguards", "Principalement dans l'UE avec garanties", 1),
            ("EU by default, controlled exceptions", "UE par défaut, exceptions encadrées", 1),
            ("Exclusively in the EU, no fallback", "Exclusivement dans l'UE, sans repli", 4),
        ])),
    criterion!("SOV-3.5", 2, "AI models and pipelines under EU control",
        "Modèles et chaînes de traitement d'IA sous contrôle européen",
        ladder(M3, [
            ("Black-box AI, restricted chips", "IA boîte noire, puces restreintes", 2),
            ("Licensed AI, chip dependency", "IA sous licence, dépendance aux puces", 2),
            ("Auditable or open-source AI, foreign chips", "IA auditable ou open source, puces étrangères", 2),
            ("EU-led AI, foreign accelerators", "IA pilotée en Europe, accélérateurs étrangers", 3),
            ("EU-origin models and chips", "Modèles et puces d'origine européenne", 4),
        ])),
    // ---- SOV-4 Operational ----
    criterion!("SOV-4.1", 3, "Portability and interoperability", "Portabilité et interopérabilité",
        ladder(M4, [
            ("No guarantees", "Aucune garantie", 1),
            ("Best effort", "Au mieux", 1),
            ("Documented export methods", "Méthodes d'export documentées", 4),
            ("Formal migration services", "Services de migration formalisés", 4),
            ("Already on sovereign infrastructure", "Déjà sur une infrastructure souveraine", 4),
        ])),
    criterion!("SOV-4.2", 3, "Operation without foreign dependencies", "Exploitation sans dépendance étrangère",
        ladder(M4, [
            ("Non-EU teams", "Équipes non européennes", 1),
            ("Partly EU teams", "Équipes en partie européennes", 1),
            ("Balanced", "Équilibrée", 3),
            ("Predominantly EU teams", "Équipes majoritairement européennes", 3),
            ("Fully EU team", "Équipe entièrement européenne", 4),
        ])),
    criterion!("SOV-4.3", 3, "Skill availability in the EU", "Disponibilité des compétences dans l'UE",
        ladder(M4, [
            ("Global, mainly non-EU", "Mondiale, surtout hors UE", 1),
            ("Mixed, majority non-EU", "Mixte, majorité hors UE", 1),
            ("Majority EU, escalation abroad", "Majorité UE, escalade à l'étranger", 3),
            ("All staff in the EU", "Tout le personnel dans l'UE", 3),
            ("100% EU staff with security clearance", "Personnel 100 % européen habilité", 4),
        ])),
    criterion!("SOV-4.4", 3, "Support channels", "Canaux de support",
        ladder(M4, [
            ("Global, majority non-EU", "Mondial, majorité hors UE", 1),
            ("Mixed, majority non-EU", "Mixte, majorité hors UE", 2),
            ("Majority EU, escalations outside the EU", "Majorité UE, escalades hors UE", 3),
            ("All in the EU", "Entièrement dans l'UE", 3),
            ("All in the EU, with clearances", "Entièrement dans l'UE, personnel habilité", 4),
        ])),
    criterion!("SOV-4.5", 3, "Documentation and knowledge transfer", "Documentation et transfert de connaissances",
        ladder(M4, [
            ("Stored outside the EU", "Stockée hors UE", 0),
            ("EU storage optional", "Stockage UE en option", 2),
            ("EU primary, non-EU fallback", "UE en principal, repli hors UE", 4),
            ("EU-only primary", "Principal exclusivement dans l'UE", 4),
            ("EU-only end to end", "Exclusivement dans l'UE de bout en bout", 4),
        ])),
    // The transcription's labels duplicate SOV-1.8 (an artefact of the workbook); labels written here from the
    // contributing factor "location and legal control of critical suppliers/subcontractors" (CSF v1.2.1 §4).
    criterion!("SOV-4.6", 3, "Jurisdiction of subcontractors and suppliers",
        "Juridiction des sous-traitants et fournisseurs",
        ladder(M4, [
            ("Critical suppliers under non-EU control, undisclosed",
             "Fournisseurs critiques sous contrôle non européen, non déclarés", 0),
            ("Critical suppliers under non-EU control, disclosed",
             "Fournisseurs critiques sous contrôle non européen, déclarés", 2),
            ("Mostly EU, non-EU ones disclosed", "Majoritairement européens, les autres déclarés", 3),
            ("EU for all critical services", "Européens pour tous les services critiques", 3),
            ("All under EU control", "Tous sous contrôle européen", 4),
        ])),
    // ---- SOV-5 Supply chain ----
    criterion!("SOV-5.1", 4, "Origin of key components", "Origine des composants clés",
        ladder(M5, [
            ("No disclosure", "Aucune information", 1),
            ("Partial disclosure", "Information partielle", 1),
            ("Transparent, with exceptions", "Transparente, avec exceptions", 3),
            ("Full transparency", "Transparence complète", 3),
            ("EU-certified provenance", "Provenance certifiée dans l'UE", 4),
        ])),
    criterion!("SOV-5.2", 4, "Manufacturing location", "Lieu de fabrication",
        ladder(M5, [
            ("Foreign black box", "Boîte noire étrangère", 1),
            ("Foreign, partial disclosure", "Étranger, information partielle", 1),
            ("Mixed sourcing with EU audit rights", "Approvisionnement mixte avec droit d'audit européen", 3),
            ("Built by EU teams on foreign code", "Construit par des équipes européennes sur du code étranger", 3),
            ("Exclusively EU designed and built", "Conçu et fabriqué exclusivement dans l'UE", 4),
        ])),
    // Score-only, labels written here.
    criterion!("SOV-5.3", 4, "Firmware and embedded code provenance",
        "Provenance du micrologiciel et du code embarqué",
        score_only(M5, [
            ("Unknown, closed firmware", "Micrologiciel fermé, d'origine inconnue"),
            ("Foreign, closed, vendor-signed", "Étranger, fermé, signé par le fabricant"),
            ("Foreign, documented and attested", "Étranger, documenté et attesté"),
            ("Foreign, reviewed or rebuilt in the EU", "Étranger, revu ou recompilé dans l'UE"),
            ("EU-developed or fully auditable open firmware",
             "Développé dans l'UE ou ouvert et entièrement auditable"),
        ])),
    criterion!("SOV-5.4", 4, "Origin of software", "Origine du logiciel",
        ladder(M5, [
            ("Foreign black box", "Boîte noire étrangère", 0),
            ("Foreign, partial disclosure", "Étranger, information partielle", 2),
            ("Core built by EU teams", "Cœur développé par des équipes européennes", 3),
            ("Large majority built in the EU", "Très majoritairement développé dans l'UE", 3),
            ("Exclusively built in the EU", "Exclusivement développé dans l'UE", 4),
        ])),
    criterion!("SOV-5.5", 4, "Software packaging, distribution and updates",
        "Empaquetage, distribution et mises à jour du logiciel",
        ladder(M5, [
            ("Non-EU control and execution", "Contrôle et exécution hors UE", 1),
            ("EU control, non-EU execution", "Contrôle européen, exécution hors UE", 1),
            ("Non-EU control, EU execution", "Contrôle hors UE, exécution dans l'UE", 3),
            ("EU control and execution", "Contrôle et exécution dans l'UE", 3),
            ("EU control and execution with EU policy gates",
             "Contrôle et exécution dans l'UE avec validation européenne", 4),
        ])),
    criterion!("SOV-5.6", 4, "Single points of dependency on non-EU vendors",
        "Points de dépendance uniques envers des fournisseurs non européens",
        ladder(M5, [
            ("Only non-EU vendors", "Uniquement des fournisseurs non européens", 1),
            ("Mostly non-EU, undocumented", "Majoritairement non européens, non documentés", 1),
            ("Few non-EU in critical parts, documented",
             "Quelques non européens sur des éléments critiques, documentés", 2),
            ("Few non-EU in non-critical parts, documented",
             "Quelques non européens sur des éléments non critiques, documentés", 3),
            ("None", "Aucun", 4),
        ])),
    criterion!("SOV-5.7", 4, "Supply-chain transparency and audit rights",
        "Transparence et droit d'audit de la chaîne d'approvisionnement",
        ladder(M5, [
            ("No supplier auditable", "Aucun fournisseur auditable", 1),
            ("Some suppliers auditable", "Certains fournisseurs auditables", 1),
            ("Critical suppliers auditable", "Fournisseurs critiques auditables", 2),
            ("Most suppliers auditable", "La plupart des fournisseurs auditables", 3),
            ("All suppliers auditable", "Tous les fournisseurs auditables", 4),
        ])),
    // ---- SOV-6 Technology ----
    criterion!("SOV-6.1", 5, "Interoperability and open interfaces", "Interopérabilité et interfaces ouvertes",
        ladder(M6, [
            ("Closed, proprietary", "Fermées, propriétaires", 0),
            ("Restricted APIs", "API restreintes", 1),
            ("Mixed", "Mixtes", 2),
            ("Standards-based", "Fondées sur des standards", 3),
            ("Open by default", "Ouvertes par défaut", 4),
        ])),
    criterion!("SOV-6.2", 5, "Compliance with open standards", "Conformité aux standards ouverts",
        ladder(M6, [
            ("None", "Aucune", 0),
            ("Ad hoc", "Au cas par cas", 0),
            ("Partial, core services", "Partielle, services essentiels", 2),
            ("Policy for most core services", "Politique couvrant la plupart des services essentiels", 3),
            ("Policy for all services", "Politique couvrant tous les services", 4),
        ])),
    criterion!("SOV-6.3", 5, "Open-source availability", "Disponibilité en open source",
        ladder(M6, [
            ("Closed source", "Code fermé", 2),
            ("Source available, strict licence", "Code consultable, licence restrictive", 2),
            ("Open source, centralised governance", "Open source, gouvernance centralisée", 3),
            ("Open source with significant EU contribution",
             "Open source avec contribution européenne significative", 4),
            ("Open source governed by an independent or EU entity",
             "Open source gouverné par une entité indépendante ou européenne", 4),
        ])),
    criterion!("SOV-6.4", 5, "Transparency of the service architecture", "Transparence de l'architecture du service",
        ladder(M6, [
            ("None", "Aucune", 2),
            ("Only during audits", "Uniquement lors d'audits", 2),
            ("Some public documentation", "Documentation publique partielle", 3),
            ("Large public documentation", "Documentation publique abondante", 3),
            ("Customers can contribute", "Les clients peuvent contribuer", 4),
        ])),
    criterion!("SOV-6.5", 5, "HPC sovereignty (processors, accelerators, software)",
        "Souveraineté du calcul haute performance (processeurs, accélérateurs, logiciels)",
        ladder(M6, [
            ("Imported black box", "Boîte noire importée", 0),
            ("EU-hosted foreign stack", "Pile étrangère hébergée dans l'UE", 3),
            ("Co-designed or integrated in the EU", "Co-conçue ou intégrée dans l'UE", 3),
            ("EU processor IP, non-EU fabs", "Processeurs de conception européenne, fondeurs hors UE", 3),
            ("EU design, EU fabrication, EU operation", "Conception, fabrication et exploitation européennes", 4),
        ])),
    // ---- SOV-7 Security & Compliance ----
    // The source lists EAL0..EAL4-5; the names are those of the Common Criteria assurance levels.
    criterion!("SOV-7.1", 6, "Security certification level", "Niveau de certification de sécurité",
        ladder(M7, [
            ("No evaluated assurance (EAL0)", "Aucune assurance évaluée (EAL0)", 1),
            ("Functionally tested (EAL1)", "Testé fonctionnellement (EAL1)", 1),
            ("Structurally tested (EAL2)", "Testé structurellement (EAL2)", 2),
            ("Methodically tested and checked (EAL3)", "Testé et vérifié méthodiquement (EAL3)", 3),
            ("Methodically designed, tested and reviewed or better (EAL4–5)",
             "Conçu, testé et vérifié méthodiquement ou mieux (EAL4–5)", 4),
        ])),
    // Score-only, labels written here.
    criterion!("SOV-7.2", 6, "EU regulatory compliance (GDPR, NIS2, DORA)",
        "Conformité réglementaire européenne (RGPD, NIS2, DORA)",
        score_only(M7, [
            ("No documented compliance", "Aucune conformité documentée"),
            ("Partial compliance", "Conformité partielle"),
            ("Documented compliance", "Conformité documentée"),
            ("Independently audited compliance", "Conformité auditée de manière indépendante"),
            ("Audited compliance under EU supervisory oversight",
             "Conformité auditée, sous supervision d'autorités européennes"),
        ])),
    criterion!("SOV-7.3", 6, "EU-based SOC and incident handling", "SOC et gestion des incidents dans l'UE",
        ladder(M7, [
            ("Outside the EU", "Hors UE", 1),
            ("Hybrid", "Hybride", 1),
            ("Primarily EU, non-EU escalation", "Principalement UE, escalade hors UE", 1),
            ("Fully EU, whole lifecycle", "Entièrement UE, sur tout le cycle", 3),
            ("Fully EU, with ENISA information sharing", "Entièrement UE, avec partage d'information ENISA", 4),
        ])),
    criterion!("SOV-7.4", 6, "Control over security monitoring and logs",
        "Maîtrise de la supervision de sécurité et des journaux",
        ladder(M7, [
            ("Provider only", "Fournisseur uniquement", 0),
            ("Periodic reports", "Rapports périodiques", 1),
            ("Basic portal", "Portail basique", 1),
            ("Full direct access, logs in the EU", "Accès direct complet, journaux dans l'UE", 3),
            ("Immutable logs exclusively in the EU", "Journaux immuables exclusivement dans l'UE", 4),
        ])),
    criterion!("SOV-7.5", 6, "Disclosure of security incidents", "Divulgation des incidents de sécurité",
        ladder(M7, [
            ("None", "Aucune", 0),
            ("Limited", "Limitée", 1),
            ("Aligned with GDPR and NIS2", "Conforme au RGPD et à NIS2", 2),
            ("Monitored SLAs and EU investigations", "Engagements suivis et enquêtes européennes", 3),
            ("Real-time sharing with CSIRTs", "Partage en temps réel avec les CSIRT", 4),
        ])),
    criterion!("SOV-7.6", 6, "Maintenance (patching) autonomy", "Autonomie de maintenance (correctifs)",
        ladder(M7, [
            ("None", "Aucune", 1),
            ("Vendor's schedule", "Calendrier du fournisseur", 1),
            ("Notice and testing, except zero-days", "Préavis et tests, sauf failles zero-day", 4),
            ("Customer can deploy patches", "Le client peut déployer les correctifs", 4),
            ("Customer deploys with its own checks", "Le client déploie avec ses propres contrôles", 4),
        ])),
    criterion!("SOV-7.7", 6, "Auditability by independent EU entities",
        "Auditabilité par des entités européennes indépendantes",
        ladder(M7, [
            ("None", "Aucune", 1),
            ("Limited", "Limitée", 1),
            ("Partial", "Partielle", 1),
            ("High", "Élevée", 1),
            ("Full", "Complète", 4),
        ])),
    // ---- SOV-8 Environmental ----
    criterion!("SOV-8.1", 7, "Energy efficiency", "Efficacité énergétique",
        ladder(M8, [
            ("PUE of 3 or more, or not measured", "PUE de 3 ou plus, ou non mesuré", 1),
            ("PUE below 3", "PUE inférieur à 3", 1),
            ("PUE below 1.5 with an improvement roadmap", "PUE inférieur à 1,5 avec feuille de route d'amélioration", 4),
            ("PUE below 1.3", "PUE inférieur à 1,3", 4),
            ("PUE below 1.2, verified in the EU", "PUE inférieur à 1,2, vérifié dans l'UE", 4),
        ])),
    // The source leaves the second label blank; written here.
    criterion!("SOV-8.2", 7, "Hardware reuse and recycling", "Réemploi et recyclage du matériel",
        ladder(M8, [
            ("No policy", "Aucune politique", 0),
            ("Ad hoc reuse or recycling", "Réemploi ou recyclage ponctuel", 0),
            ("Documented programme", "Programme documenté", 3),
            ("Circular, aligned with EU rules", "Circulaire, aligné sur les règles européennes", 4),
            ("EU-certified lifecycle", "Cycle de vie certifié dans l'UE", 4),
        ])),
    // The source leaves the second label blank; written here.
    criterion!("SOV-8.3", 7, "Environmental impact reporting", "Publication de l'impact environnemental",
        ladder(M8, [
            ("None", "Aucune", 1),
            ("Partial indicators", "Indicateurs partiels", 1),
            ("Annual report", "Rapport annuel", 2),
            ("Detailed, EU methodology", "Détaillée, méthodologie européenne", 3),
            ("Audited in the EU", "Auditée dans l'UE", 4),
        ])),
    // Score-only. Labels follow the calculator's wording (origin of the energy supplies); its second
    // label repeats the fourth ("Only EU energy supplies", a workbook artefact), so that rung is written here.
    criterion!("SOV-8.4", 7, "Energy supplies (origin, EU, green)", "Approvisionnement énergétique (origine, UE, vert)",
        score_only(M8, [
            ("Not traceable", "Non traçable"),
            ("Traceable, mostly non-EU supplies", "Traçable, majoritairement hors UE"),
            ("Mix of EU and non-EU supplies", "Mélange d'approvisionnements européens et non européens"),
            ("Only EU energy supplies", "Uniquement des approvisionnements européens"),
            ("Only green EU energy supplies", "Uniquement des approvisionnements européens verts"),
        ])),
];
