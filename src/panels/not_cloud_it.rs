//! Why AI infrastructure is not cloud IT: the eight differences that make the numbers behave as
//! they do (product brief, "Context").

use crate::state::AppState;
use leptos::prelude::*;
use socle_model::t;

/// `(aspect, classic cloud IT, AI infrastructure)`, each translated where shown.
type Row = (&'static str, &'static str, &'static str);

const ROWS: [Row; 8] = [
    (
        t!("Resource"),
        t!("CPU, memory, storage: commodity and interchangeable"),
        t!("GPUs: scarce, allocated by vendors, months of lead time"),
    ),
    (
        t!("Elasticity"),
        t!("Scale up and down in minutes"),
        t!("Low: large clusters are reserved for months or years"),
    ),
    (
        t!("Spending"),
        t!("Mostly opex, pay as you go"),
        t!("Capex-heavy: €30–40k per GPU before the building"),
    ),
    (
        t!("Cost structure"),
        t!("Variable, follows use"),
        t!("Fixed: idle GPUs cost almost as much as busy ones"),
    ),
    (
        t!("Changing supplier"),
        t!("Possible with containers and standard APIs"),
        t!("Hard: proprietary stacks, retraining, recertification"),
    ),
    (
        t!("Energy"),
        t!("A line in the bill"),
        t!("Central: megawatts, cooling, grid connections that take years"),
    ),
    (
        t!("Governance"),
        t!("IT department"),
        t!("Board level: strategy, risk, sovereignty"),
    ),
    (
        t!("Geopolitics"),
        t!("Background risk"),
        t!("Direct: export controls, CLOUD Act and FISA, few manufacturers"),
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
                            <th scope="row">{move || state.lang.get().tr(aspect)}</th>
                            <td>{move || state.lang.get().tr(it)}</td>
                            <td>{move || state.lang.get().tr(ai)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </details>
    }
}
