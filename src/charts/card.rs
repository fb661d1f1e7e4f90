//! A chart card: message title, the chart, a short summary, a toggle to its data table, and
//! PNG / CSV downloads.

use super::figure::Figure;
use super::registry::{Builder, Chart, Section};
use super::view::ChartView;
use crate::{echarts, export, state::AppState};
use leptos::prelude::*;

/// Drawing size of a printed chart, in CSS pixels (width, height): the height it has on screen
/// (style/main.css), for which every chart's layout is made, and the width of a half-width card; the
/// print style sheet then scales it to its column on A4 (about 90 mm).
const PRINT_SIZE: (f64, f64) = (480.0, 320.0);
const PRINT_SIZE_TALL: (f64, f64) = (480.0, 420.0);

/// One figure in a card.
#[component]
pub fn ChartCard(
    /// The figure (rebuilt when the results or the language change).
    #[prop(into)]
    figure: Signal<Figure>,
    /// Stable id of the figure.
    id: &'static str,
    /// Taller chart.
    #[prop(optional)]
    tall: bool,
    /// Part of the printed board brief.
    #[prop(optional)]
    print: bool,
    /// Controls shown under the title (choices that change the figure).
    #[prop(optional, into)]
    controls: Option<ViewFn>,
    /// Offers the figure's derivation ("explain this number").
    #[prop(optional)]
    explain: bool,
) -> impl IntoView {
    let state = AppState::get();
    let show_table = RwSignal::new(false);
    let option = Memo::new(move |_| figure.with(|f| f.option_json.clone()));
    let title = Memo::new(move |_| figure.with(|f| f.title.clone()));
    // The summary and the table's headers change far less often than the figure: the DOM is touched only
    // when they do.
    let summary = Memo::new(move |_| figure.with(|f| f.summary.clone()));
    let headers = Memo::new(move |_| figure.with(|f| f.table.headers.clone()));
    let heading_id = format!("title-{id}");
    let table_id = format!("table-{id}");
    let tr = move |en: &'static str| state.lang.get().tr(en);
    let download_png = move |_| {
        let el = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&format!("chart-{id}")));
        if let Some(chart) = el.as_ref().and_then(echarts::instance_of) {
            let _ = export::download_data_url(&format!("socle-{id}.png"), &chart.png_data_url(2.0));
        }
    };
    let download_svg = move |_| {
        let json = figure.with_untracked(|f| f.option_json.clone());
        if let Ok(svg) = echarts::socle_svg(&json, 960.0, 540.0) {
            let _ = export::download_text(&format!("socle-{id}.svg"), "image/svg+xml", &svg);
        }
    };
    let download_csv = move |_| {
        let csv = figure.with_untracked(|f| f.table.to_csv());
        let csv = export::spreadsheet_csv(state.lang.get_untracked(), &csv);
        let _ = export::download_text(&format!("socle-{id}.csv"), "text/csv;charset=utf-8", &csv);
    };
    view! {
        <article class="card" class:print=print aria-labelledby=heading_id.clone() data-testid=format!("card-{id}")>
            <h3 id=heading_id.clone()>{move || title.get()}</h3>
            {controls.map(|c| c.run())}
            <div class:tall=tall class="chart-holder">
                <ChartView id=format!("chart-{id}") option label=title described_by=format!("summary-{id}")
                    print_size=print.then_some(if tall { PRINT_SIZE_TALL } else { PRINT_SIZE }) />
            </div>
            <p class="summary" id=format!("summary-{id}") data-testid=format!("summary-{id}")>{move || summary.get()}</p>
            <div class="card-tools">
                <button type="button" aria-expanded=move || show_table.get().to_string() aria-controls=table_id.clone()
                    data-testid=format!("toggle-table-{id}") on:click=move |_| show_table.update(|v| *v = !*v)>
                    {move || if show_table.get() { tr("Hide the data") } else { tr("Show the data") }}
                </button>
                <button type="button" data-testid=format!("png-{id}") on:click=download_png>{move || tr("PNG")}</button>
                <button type="button" data-testid=format!("svg-{id}") on:click=download_svg>"SVG"</button>
                <button type="button" data-testid=format!("csv-{id}") on:click=download_csv>{move || tr("CSV")}</button>
                {explain.then(|| view! {
                    <button type="button" data-testid=format!("explain-{id}") aria-haspopup="dialog"
                        on:click=move |_| crate::panels::derivation::open_for_chart(state, id)>
                        {move || state.lang.get().tr("How is this computed?")}
                    </button>
                })}
            </div>
            <div class="table-wrap" id=table_id hidden=move || !show_table.get()
                tabindex="0" role="region" aria-label=move || title.get()>
                <table class="data-table" data-testid=format!("table-{id}")>
                    <caption>{move || title.get()}</caption>
                    <thead><tr>{move || headers.with(|hs| hs.iter().map(|h| view! { <th scope="col">{h.clone()}</th> }).collect_view())}</tr></thead>
                    <tbody>{move || show_table.get().then(|| figure.with(|f| f.table.rows.iter().map(|row| view! {
                        <tr>{row.iter().map(|c| view! { <td>{c.shown().to_owned()}</td> }).collect_view()}</tr>
                    }).collect_view()))}</tbody>
                </table>
            </div>
        </article>
    }
}

/// The figure of `build`, rebuilt when the results or the language change.
pub fn figure_memo(build: Builder) -> Memo<Figure> {
    let state = AppState::get();
    Memo::new(move |_| {
        let lang = state.lang.get();
        let r = state.results.get();
        crate::frame::timed(|| state.scenario().with(|s| build(&r, s, lang)))
    })
}

/// The card of a chart of the registry, as the dashboard shows it.
#[component]
pub fn RegisteredCard(
    /// The chart.
    chart: &'static Chart,
) -> impl IntoView {
    if chart.id == "attribution" {
        return view! { <super::decision::AttributionCard chart /> }.into_any();
    }
    view! { <ChartCard figure=figure_memo(chart.build) id=chart.id tall=chart.tall print=chart.printed explain=true /> }
        .into_any()
}

/// A section of the dashboard: its heading and the cards of its charts.
#[component]
pub fn ChartSection(
    /// Which section.
    section: Section,
) -> impl IntoView {
    let state = AppState::get();
    let id = section.id();
    view! {
        <section class="section" aria-labelledby=format!("section-{id}") data-testid=format!("section-{id}")>
            <h2 id=format!("section-{id}")>{move || state.lang.get().tr(section.title())}</h2>
            <div class="charts">
                {section.charts().map(|chart| view! { <RegisteredCard chart /> }).collect_view()}
            </div>
        </section>
    }
}
