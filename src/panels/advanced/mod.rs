//! The advanced assumptions: prices and costs against their sourced defaults, the sovereignty weights,
//! and the answer of every option to the 48 criteria of the sovereignty framework.
//!
//! Every edit goes through [`AppState::update`](crate::state::AppState::update), so the scenario is
//! validated before it replaces the one in force.

pub mod criteria;
pub mod edit;
pub mod prices;
pub mod weights;

use crate::i18n::Lang;
use crate::panels::derivation::confidence;
use crate::state::AppState;
use leptos::prelude::*;
use socle_model::{t, Source};

/// "Default …: publisher, label (year, confidence) source" under an input.
pub fn source_note(lang: Lang, default: Option<String>, s: Source) -> impl IntoView {
    view! {
        <p class="adv-source">
            {default.map(|d| format!("{} · ", lang.fill("Sourced default {value}", &[("value", &d)])))}
            // Citations are quoted as published (in English), and marked so for screen readers.
            <cite lang="en">{s.label}</cite>" ("{s.year}", "{confidence(lang, s.confidence)}")"
            {(!s.url.is_empty()).then(|| view! {
                " " <a href=s.url rel="noreferrer noopener" target="_blank">{lang.tr("source")}</a>
            })}
        </p>
    }
}

/// A collapsible group of the panel, closed by default.
#[component]
fn Group(
    /// Test id.
    id: &'static str,
    /// Heading, marked with `t!` and translated where shown.
    title: &'static str,
    /// Content.
    children: Children,
) -> impl IntoView {
    let state = AppState::get();
    view! {
        <details class="group adv-group" data-testid=id>
            <summary>{move || state.lang.get().tr(title)}</summary>
            {children()}
        </details>
    }
}

/// The advanced assumptions panel, shown below the charts.
#[component]
pub fn Advanced() -> impl IntoView {
    let state = AppState::get();
    view! {
        <section class="section advanced" aria-labelledby="section-advanced" data-testid="advanced">
            <h2 id="section-advanced">{move || state.lang.get().tr("Advanced assumptions")}</h2>
            <p class="adv-intro">{move || state.lang.get().tr("Every default below comes from a cited source. Replace it with your own figure when you have one.")}</p>
            <Group id="adv-prices" title={t!("Prices and costs")}>
                <prices::Prices />
            </Group>
            <Group id="adv-weights" title={t!("Sovereignty weights")}>
                <weights::SovereigntyWeights />
            </Group>
            <criteria::Criteria />
        </section>
    }
}
