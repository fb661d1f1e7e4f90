//! Socle: the dashboard. Data flows one way: controls → `Scenario` → `socle_model::evaluate` →
//! `Results` → chart builders → charts.

pub mod about;
#[cfg(feature = "bench-hooks")]
pub mod bench;
pub mod charts;
pub mod controls;
pub mod echarts;
pub mod embed;
pub mod export;
#[cfg(test)]
mod fixture;
pub mod frame;
pub mod hooks;
pub mod i18n;
pub mod notice;
pub mod offline;
pub mod panels;
pub mod present;
pub mod print;
pub mod share;
pub mod state;

use charts::card::ChartSection;
use charts::registry::Section;
use i18n::Lang;
use leptos::prelude::*;
use state::AppState;

/// Mounts the app on the page body.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fatal_error(&info.to_string());
    }));
    leptos::mount::mount_to_body(App);
}

/// If anything ever panics, say so on the page instead of leaving it blank or frozen: in the page's
/// language (its `lang` attribute), followed by English when the page is in another language.
fn show_fatal_error(detail: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let lang = doc
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default();
    let stopped = |lang: Lang| {
        lang.tr(
            "Socle hit an internal error and stopped computing. Your inputs never left this page; reload it \
             to start again.",
        )
    };
    let message = if lang == Lang::En {
        stopped(lang).to_owned()
    } else {
        format!("{} — {}", stopped(lang), stopped(Lang::En))
    };
    let Some(body) = doc.body() else { return };
    let Ok(el) = doc.create_element("div") else { return };
    el.set_class_name("fatal");
    let _ = el.set_attribute("role", "alert");
    let _ = el.set_attribute("data-testid", "fatal-error");
    el.set_text_content(Some(&format!("{message} ({detail})")));
    let _ = body.prepend_with_node_1(&el);
}

/// The whole dashboard.
#[component]
pub fn App() -> impl IntoView {
    let boot = share::startup();
    let state = AppState::new(boot.scenario, boot.preset, boot.lang);
    state.notices.set(boot.notices);
    provide_context(state);
    present::Present::provide();
    share::keep_in_step(state, boot.view.clone());
    let tr = move |en: &'static str| state.lang.get().tr(en);
    let update_ready = offline::register();
    print::install();
    Effect::new(move |_| {
        let lang = state.lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        document().set_title(lang.tr("Socle: AI infrastructure strategy"));
    });
    if let Some(view) = boot.view {
        return view! { <panels::share::Notices /> <embed::EmbedApp view=view /> }.into_any();
    }
    // The embed entry page never shows the dashboard (its Save, Delete and Import buttons), even
    // without a view: other sites may frame this page.
    if share::is_embed_page() {
        return view! { <panels::share::Notices /> <embed::NoView /> }.into_any();
    }
    view! {
        <a class="skip-link" href="#main">{move || state.lang.get().tr("Skip to the figures")}</a>
        <header class="topbar">
            <h1>{move || tr("Socle")}</h1>
            <p class="tagline">{move || tr("Where should your AI compute live, and how do you get there?")}</p>
            <span class="privacy">{move || tr("Computed in your browser: no input ever leaves this page.")}</span>
            <about::Edition />
            <print::PrintButton />
            <present::PresentButton />
            <select class="language" data-testid="choose-language" aria-label=move || tr("Language")
                on:change=move |ev| {
                    if let Some(lang) = Lang::from_code(&event_target_value(&ev)) {
                        state.lang.set(lang);
                    }
                }>
                {Lang::ALL.into_iter().map(|lang| view! {
                    <option value=lang.code() lang=lang.code() prop:selected=move || state.lang.get() == lang>
                        {lang.native_name()}
                    </option>
                }).collect_view()}
            </select>
        </header>
        <div class="layout">
            <aside class="sidebar"><controls::Controls /></aside>
            <main id="main" class="content" data-testid="app-ready" tabindex="-1">
                {move || state.rejected.get().map(|e| view! {
                    <p class="alert" role="alert" data-testid="input-error">{e.message(state.lang.get())}</p>
                })}
                <panels::share::Notices />
                <present::PresentLayer />
                <print::PrintHeader />
                <panels::headline::Headlines />
                <ChartSection section=Section::Cost />
                <panels::goal_seek::GoalSeek />
                {Section::ALL[1..].iter().map(|&section| view! { <ChartSection section /> }).collect_view()}
                <panels::advanced::Advanced />
                <panels::share::SharePanel />
                <present::StoryboardPanel />
                <panels::not_cloud_it::NotCloudIt />
                <print::Assumptions />
            </main>
        </div>
        <panels::derivation::ExplainDialog />
        <offline::UpdateNotice ready=update_ready />
    }
    .into_any()
}
