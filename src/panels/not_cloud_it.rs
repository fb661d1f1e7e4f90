//! Why AI infrastructure is not cloud IT: the eight differences that make the numbers behave as
//! they do (product brief, "Context").

use crate::state::AppState;
use leptos::prelude::*;

/// `(aspect, classic cloud IT, AI infrastructure)` in English and French.
type Row = (
    (&'static str, &'static str),
    (&'static str, &'static str),
    (&'static str, &'static str),
);

const ROWS: [Row; 8] = [
    (
        ("Resource", "Ressource"),
        (
            "CPU, memory, storage: commodity and interchangeable",
            "CPU, mémoire, stockage : banalisés et interchangeables",
        ),
        (
            "GPUs: scarce, allocated by vendors, months of lead time",
            "GPU : rares, alloués par les fabricants, des mois de délai",
        ),
    ),
    (
        ("Elasticity", "Élasticité"),
        (
            "Scale up and down in minutes",
            "Montée et descente en charge en minutes",
        ),
        (
            "Low: large clusters are reserved for months or years",
            "Faible : les grands clusters se réservent pour des mois ou des années",
        ),
    ),
    (
        ("Spending", "Dépenses"),
        ("Mostly opex, pay as you go", "Surtout de l’opex, payé à l’usage"),
        (
            "Capex-heavy: €30–40k per GPU before the building",
            "Forte intensité capitalistique : 30 à 40 k€ par GPU hors bâtiment",
        ),
    ),
    (
        ("Cost structure", "Structure de coûts"),
        ("Variable, follows use", "Variable, suit l’usage"),
        (
            "Fixed: idle GPUs cost almost as much as busy ones",
            "Fixe : un GPU inactif coûte presque autant qu’un GPU occupé",
        ),
    ),
    (
        ("Changing supplier", "Changer de fournisseur"),
        (
            "Possible with containers and standard APIs",
            "Possible avec conteneurs et API standard",
        ),
        (
            "Hard: proprietary stacks, retraining, recertification",
            "Difficile : piles propriétaires, réentraînement, recertification",
        ),
    ),
    (
        ("Energy", "Énergie"),
        ("A line in the bill", "Une ligne de la facture"),
        (
            "Central: megawatts, cooling, grid connections that take years",
            "Centrale : mégawatts, refroidissement, raccordements de plusieurs années",
        ),
    ),
    (
        ("Governance", "Gouvernance"),
        ("IT department", "Direction informatique"),
        (
            "Board level: strategy, risk, sovereignty",
            "Niveau du conseil : stratégie, risque, souveraineté",
        ),
    ),
    (
        ("Geopolitics", "Géopolitique"),
        ("Background risk", "Risque de fond"),
        (
            "Direct: export controls, CLOUD Act and FISA, few manufacturers",
            "Direct : contrôle des exportations, CLOUD Act et FISA, peu de fabricants",
        ),
    ),
];

/// The comparison panel.
#[component]
pub fn NotCloudIt() -> impl IntoView {
    let state = AppState::get();
    view! {
        <details class="explainer" data-testid="explainer">
            <summary><strong>{move || state.lang.get().tr("Why AI infrastructure is not cloud IT")}</strong></summary>
            <table>
                <thead><tr>
                    <th scope="col">{move || state.lang.get().tr("Aspect")}</th>
                    <th scope="col">{move || state.lang.get().tr("Classic cloud IT")}</th>
                    <th scope="col">{move || state.lang.get().tr("AI infrastructure")}</th>
                </tr></thead>
                <tbody>
                    {ROWS.iter().map(|&(aspect, it, ai)| view! {
                        <tr>
                            <th scope="row">{move || state.lang.get().pick(aspect)}</th>
                            <td>{move || state.lang.get().pick(it)}</td>
                            <td>{move || state.lang.get().pick(ai)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </details>
    }
}
