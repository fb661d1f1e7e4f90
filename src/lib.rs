//! Socle: the dashboard. Data flows one way: controls → `Scenario` → `socle_model::evaluate` →
//! `Results` → chart builders → charts.

pub mod bench;
pub mod charts;
pub mod controls;
pub mod echarts;
pub mod embed;
pub mod export;
pub mod i18n;
pub mod offline;
pub mod panels;
pub mod perf;
pub mod print;
pub mod share;
pub mod state;

use charts::card::ChartCard;
use charts::figure::Figure;
use i18n::Lang;
use leptos::prelude::*;
use socle_model::{Results, Scenario};
use state::AppState;

/// Mounts the app on the page body.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fatal_error(&info.to_string());
    }));
    leptos::mount::mount_to_body(App);
}

/// If anything ever panics, say so on the page instead of leaving it blank or frozen.
fn show_fatal_error(detail: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = doc.body() else { return };
    let Ok(el) = doc.create_element("div") else { return };
    el.set_class_name("fatal");
    let _ = el.set_attribute("role", "alert");
    let _ = el.set_attribute("data-testid", "fatal-error");
    el.set_text_content(Some(&format!(
        "Socle hit an internal error and stopped computing. Your inputs never left this page; reload it to \
         start again. — Socle a rencontré une erreur interne et s’est arrêté. Vos données n’ont pas quitté \
         cette page ; rechargez-la pour reprendre. ({detail})"
    )));
    let _ = body.prepend_with_node_1(&el);
}

/// A chart builder.
pub type Builder = fn(&Results, &Scenario, Lang) -> Figure;

/// Name of each chart for menus (the charts' own titles state their message and change with it).
pub fn figure_name(id: &str, lang: Lang) -> &'static str {
    lang.pick(match id {
        "tco-cumulative" => ("Cumulative cost", "Coût cumulé"),
        "tco-breakdown" => ("Cost breakdown", "Décomposition du coût"),
        "gpu-hour" => ("Cost per useful GPU-hour", "Coût par heure GPU utile"),
        "constraints" => ("Constraint radar", "Radar des contraintes"),
        "constraint-factors" => ("Constraint factors", "Facteurs des contraintes"),
        "sovereignty" => ("Sovereignty per objective", "Souveraineté par objectif"),
        "migration-timeline" => ("Migration timeline", "Calendrier de migration"),
        "migration-cost" => ("Migration cost and risk", "Coût et risque de la migration"),
        "sovereignty-trajectory" => ("Sovereignty trajectory", "Trajectoire de souveraineté"),
        "cost-of-waiting" => ("Cost of waiting", "Coût de l’attente"),
        "tornado" => ("Sensitivity (tornado)", "Sensibilité (tornade)"),
        "best-option" => ("Best option map", "Carte de la meilleure option"),
        _ => ("Chart", "Graphique"),
    })
}

/// Every figure of the dashboard: id, builder, tall.
pub const FIGURES: [(&str, Builder, bool); 12] = [
    ("tco-cumulative", charts::tco::cumulative, false),
    ("tco-breakdown", charts::tco::breakdown, false),
    ("gpu-hour", charts::tco::gpu_hour, false),
    ("constraints", charts::analysis::constraints, false),
    ("constraint-factors", charts::analysis::constraint_factors, false),
    ("sovereignty", sovereignty_figure, true),
    ("migration-timeline", charts::migration::timeline, false),
    ("migration-cost", charts::migration::cost, false),
    ("sovereignty-trajectory", charts::migration::sovereignty, false),
    ("cost-of-waiting", charts::migration::waiting, false),
    ("tornado", charts::analysis::tornado, false),
    ("best-option", charts::analysis::best_option_map, true),
];

fn sovereignty_figure(r: &Results, s: &Scenario, lang: Lang) -> Figure {
    charts::sovereignty::sovereignty_objectives(&r.sovereignty, s, lang)
}

/// The figure of `build`, rebuilt when the results or the language change.
pub fn figure_memo(build: Builder) -> Memo<Figure> {
    let state = AppState::get();
    Memo::new(move |_| {
        let lang = state.lang.get();
        let r = state.results.get();
        perf::timed(|| state.scenario.with(|s| build(&r, s, lang)))
    })
}

/// One chart card fed by a builder (printed in the board brief if listed in [`print::PRINTED`]).
fn card(id: &'static str, build: Builder, tall: bool) -> impl IntoView {
    let figure = figure_memo(build);
    view! { <ChartCard figure=figure id=id tall=tall print=print::PRINTED.contains(&id) /> }
}

fn section(
    id: &'static str,
    title: (&'static str, &'static str),
    cards: &'static [&'static str],
) -> impl IntoView {
    let state = AppState::get();
    view! {
        <section class="section" aria-labelledby=format!("section-{id}") data-testid=format!("section-{id}")>
            <h2 id=format!("section-{id}")>{move || state.lang.get().pick(title)}</h2>
            <div class="charts">
                {cards.iter().filter_map(|c| FIGURES.iter().find(|f| f.0 == *c)).map(|&(id, b, tall)| card(id, b, tall)).collect_view()}
            </div>
        </section>
    }
}

/// The whole dashboard.
#[component]
pub fn App() -> impl IntoView {
    let boot = share::startup();
    let state = AppState::new(boot.scenario, boot.preset, boot.lang);
    state.notices.set(boot.notices);
    provide_context(state);
    share::keep_in_step(state, boot.view.clone());
    let t = move || state.lang.get().t();
    let update_ready = offline::register();
    print::install();
    Effect::new(move |_| {
        let lang = state.lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.tag());
        }
        document().set_title(lang.pick((
            "Socle: AI infrastructure strategy",
            "Socle : stratégie d’infrastructure IA",
        )));
    });
    if let Some(view) = boot.view {
        return view! { <panels::share::Notices /> <embed::EmbedApp view=view /> }.into_any();
    }
    view! {
        <a class="skip-link" href="#main">{move || state.lang.get().pick(("Skip to the figures", "Aller aux chiffres"))}</a>
        <header class="topbar">
            <h1>{move || t().app_title}</h1>
            <p class="tagline">{move || t().app_tagline}</p>
            <span class="privacy">{move || t().privacy_note}</span>
            <print::PrintButton />
            <button type="button" data-testid="switch-language"
                lang=move || match state.lang.get() { Lang::En => "fr", Lang::Fr => "en" }
                on:click=move |_| state.lang.update(|l| *l = match *l { Lang::En => Lang::Fr, Lang::Fr => Lang::En })>
                {move || t().switch_language}
            </button>
        </header>
        <div class="layout">
            <aside class="sidebar"><controls::Controls /></aside>
            <main id="main" class="content" data-testid="app-ready" tabindex="-1">
                {move || state.rejected.get().map(|e| view! {
                    <p class="alert" role="alert" data-testid="input-error">{let (en, fr) = e.messages(); match state.lang.get() { Lang::En => en, Lang::Fr => fr }}</p>
                })}
                <panels::share::Notices />
                <print::PrintHeader />
                <panels::headline::Headlines />
                {section("cost", ("Cost of each option", "Coût de chaque option"), &["tco-cumulative", "tco-breakdown", "gpu-hour"])}
                {section("constraints", ("What binds", "Ce qui contraint"), &["constraints", "constraint-factors", "tornado"])}
                {section("sovereignty", ("Sovereignty", "Souveraineté"), &["sovereignty", "best-option"])}
                {section("migration", ("Getting there", "Y aller"), &["migration-timeline", "migration-cost", "sovereignty-trajectory", "cost-of-waiting"])}
                <panels::advanced::Advanced />
                <panels::share::SharePanel />
                <panels::explainer::NotCloudIt />
                <print::Assumptions />
            </main>
        </div>
        <panels::explain::ExplainDialog />
        <offline::UpdateNotice ready=update_ready />
    }
    .into_any()
}
