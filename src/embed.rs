//! Embed mode: one chart or one headline figure alone, filling its frame, with its title and a source
//! line — for slide decks and intranet pages (`#…&embed=chart.<id>` or `embed=kpi.<id>`).

use crate::charts::card::ChartCard;
use crate::charts::{card::figure_memo, registry};
use crate::i18n::labels;
use crate::panels::headline::shown;
use crate::state::AppState;
use leptos::prelude::*;
use socle_model::explain::Headline;
use socle_share::EmbedView;

/// The line under an embedded view: where it comes from and a way to the full analysis.
#[component]
fn SourceLine() -> impl IntoView {
    let state = AppState::get();
    // The link already encoded once the screen is still (see `share::keep_in_step`).
    let full = move || {
        format!(
            "{}#{}",
            crate::share::dashboard_address(),
            state.shared_fragment.get()
        )
    };
    view! {
        <p class="embed-source" data-testid="embed-source">
            {move || {
                let lang = state.lang.get();
                let persona = state.scenario().with(|s| labels::persona(lang, s.persona));
                lang.fill(
                    "Socle, scenario “{persona}”; sourced defaults (2024–2026), computed in the browser. ",
                    &[("persona", persona)],
                )
            }}
            <a href=full target="_blank" rel="noopener">{move || state.lang.get().tr("Open the full analysis")}</a>
        </p>
    }
}

/// The embedded view, or a clear message if the link names an unknown view.
#[component]
pub fn EmbedApp(
    /// What to show.
    view: EmbedView,
) -> impl IntoView {
    let state = AppState::get();
    let body = match view {
        EmbedView::Chart(id) => match registry::find(&id) {
            Some(chart) => view! { <ChartCard figure=figure_memo(chart.build) id=chart.id /> }.into_any(),
            None => unknown(id).into_any(),
        },
        EmbedView::Kpi(id) => match Headline::ALL.into_iter().find(|h| h.id() == id) {
            Some(h) => view! {
                <div class="embed-kpi" data-testid=format!("embed-kpi-{}", h.id())>
                    {move || {
                        let r = state.results.get();
                        let v = state.scenario().with(|s| shown(h, &r, s, state.lang.get()));
                        view! {
                            <p class="kpi-label">{v.label}</p>
                            <p class="kpi-value" data-testid=format!("kpi-value-{}", h.id())>{v.value}</p>
                            <p class="kpi-note">{v.note}</p>
                        }
                    }}
                </div>
            }
            .into_any(),
            None => unknown(id).into_any(),
        },
    };
    view! {
        <main class="embed" data-testid="app-ready">
            {body}
            <SourceLine />
        </main>
    }
}

fn unknown(id: String) -> impl IntoView {
    let state = AppState::get();
    view! {
        <p class="alert" role="alert" data-testid="notice">{move || state.lang.get().fill(
            "This embed link names a view Socle does not have: “{id}”.",
            &[("id", &id)],
        )}</p>
    }
}

/// `embed.html` opened without a view: it never shows the dashboard, only how to name a view.
#[component]
pub fn NoView() -> impl IntoView {
    let state = AppState::get();
    view! {
        <main class="embed" data-testid="app-ready">
            <p class="alert" role="alert" data-testid="notice">{move || state.lang.get().tr("This page shows one figure of Socle for embedding; its link names none (…#embed=chart.<id> or #embed=kpi.<id>).")}</p>
            <p><a href=crate::share::dashboard_address() target="_blank" rel="noopener">{move || state.lang.get().tr("Open the full analysis")}</a></p>
        </main>
    }
}
