//! Share, embed, export, keep and compare: every way a scenario leaves or enters the page, none of
//! which involves a server.

use crate::charts::registry::CHARTS;
use crate::export;
use crate::i18n::Lang;
use crate::notice::{Notice, Origin};
use crate::share::{self, store};
use crate::state::AppState;
use leptos::prelude::*;
use socle_model::explain::Headline;
use socle_share::{EmbedView, Saved, SavedScenarios};
use wasm_bindgen::JsCast;

/// Copies `text` to the clipboard; `done` learns whether the browser allowed it.
fn copy(text: String, done: impl FnOnce(bool) + 'static) {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        done(false);
        return;
    };
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// The share link of the current scenario, with a copy button.
#[component]
fn LinkBox() -> impl IntoView {
    let state = AppState::get();
    let copied = RwSignal::new(None::<bool>);
    // Encoded once the screen is still, not on every frame of a drag.
    let link = Memo::new(move |_| format!("{}#{}", share::page_address(), state.shared_fragment.get()));
    let t = move |pair: (&'static str, &'static str)| state.lang.get().pick(pair);
    view! {
        <div class="share-block">
            <h3>{move || t(("Share link", "Lien de partage"))}</h3>
            <p class="hint">{move || t((
                "The whole scenario is in the part after #, which browsers never send to a server.",
                "Tout le scénario est dans la partie après #, que les navigateurs n’envoient jamais à un serveur.",
            ))}</p>
            <label class="visually-hidden" for="share-link">{move || t(("Share link", "Lien de partage"))}</label>
            <input id="share-link" data-testid="share-link" readonly prop:value=move || link.get()
                on:focus=move |ev| {
                    if let Some(i) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                        i.select();
                    }
                } />
            <button type="button" data-testid="copy-link" on:click=move |_| {
                copied.set(None);
                copy(link.get_untracked(), move |ok| copied.set(Some(ok)));
            }>{move || t(("Copy the link", "Copier le lien"))}</button>
            <span role="status" class="hint">{move || match copied.get() {
                Some(true) => t(("Copied.", "Copié.")),
                Some(false) => t(("Select the link and copy it by hand.", "Sélectionnez le lien et copiez-le à la main.")),
                None => "",
            }}</span>
        </div>
    }
}

/// The views an embed can show: every chart and every headline figure.
fn embed_choices(lang: Lang) -> Vec<(EmbedView, String)> {
    let charts = CHARTS.iter().map(|c| {
        (
            EmbedView::Chart(c.id.to_owned()),
            format!("{} — {}", lang.pick(("Chart", "Graphique")), c.name(lang)),
        )
    });
    let kpis = Headline::ALL.iter().map(|h| {
        (
            EmbedView::Kpi(h.id().to_owned()),
            format!(
                "{} — {}",
                lang.pick(("Figure", "Chiffre")),
                headline_name(*h, lang)
            ),
        )
    });
    charts.chain(kpis).collect()
}

/// Name of a headline figure for menus.
fn headline_name(h: Headline, lang: Lang) -> &'static str {
    lang.pick(match h {
        Headline::Cheapest => ("Cheapest option", "Option la moins chère"),
        Headline::TargetNpv => ("NPV of the target", "VAN de la cible"),
        Headline::CostPerUsefulGpuHour => ("Cost per useful GPU-hour", "Coût par heure GPU utile"),
        Headline::FacilityPower => ("Facility power", "Puissance du site"),
        Headline::Emissions => ("Emissions", "Émissions"),
        Headline::Sovereignty => ("Sovereignty of the target", "Souveraineté de la cible"),
        Headline::BindingConstraint => ("Binding constraint", "Contrainte dominante"),
        Headline::Migration => ("Migration, P50", "Migration, P50"),
    })
}

/// The "copy embed code" block: pick a view and a size, get the iframe snippet.
#[component]
fn EmbedBox() -> impl IntoView {
    let state = AppState::get();
    let choice = RwSignal::new(0usize);
    let size = RwSignal::new((800u32, 450u32));
    let copied = RwSignal::new(None::<bool>);
    let t = move |pair: (&'static str, &'static str)| state.lang.get().pick(pair);
    let snippet = Memo::new(move |_| {
        let lang = state.lang.get();
        let (view, _) = embed_choices(lang).swap_remove(choice.get());
        let f = state.scenario().with(|s| share::fragment(s, lang, Some(&view)));
        let (w, h) = size.get();
        format!(
            "<iframe src=\"{}#{f}\" width=\"{w}\" height=\"{h}\" title=\"Socle — {}\" loading=\"lazy\" referrerpolicy=\"no-referrer\" style=\"border:0\"></iframe>",
            share::embed_address(),
            view.to_param()
        )
    });
    let open = RwSignal::new(false);
    view! {
        <details class="share-block" data-testid="embed-box" on:toggle=move |ev| {
            if let Some(d) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()) {
                open.set(d.open());
            }
        }>
            <summary><h3>{move || t(("Embed in a slide or a page", "Intégrer dans une diapositive ou une page"))}</h3></summary>
            // Built only while open: the snippet is encoded again at every change.
            <Show when=move || open.get()>
            <label for="embed-view">{move || t(("What to show", "Ce qu’il faut montrer"))}</label>
            <select id="embed-view" data-testid="embed-view"
                on:change=move |ev| choice.set(event_target_value(&ev).parse().unwrap_or(0))>
                {move || embed_choices(state.lang.get()).into_iter().enumerate().map(|(i, (_, name))| view! {
                    <option value=i.to_string() selected=move || choice.get() == i>{name}</option>
                }).collect_view()}
            </select>
            <label for="embed-size">{move || t(("Size", "Taille"))}</label>
            <select id="embed-size" data-testid="embed-size" on:change=move |ev| {
                let v = event_target_value(&ev);
                if let Some((w, h)) = v.split_once('x').and_then(|(w, h)| Some((w.parse().ok()?, h.parse().ok()?))) {
                    size.set((w, h));
                }
            }>
                <option value="800x450">"800 × 450"</option>
                <option value="1280x720">"1280 × 720"</option>
                <option value="480x320">"480 × 320"</option>
            </select>
            <label for="embed-code">{move || t(("Embed code", "Code d’intégration"))}</label>
            <textarea id="embed-code" data-testid="embed-code" readonly rows="4" prop:value=move || snippet.get()></textarea>
            <button type="button" data-testid="copy-embed" on:click=move |_| {
                copy(snippet.get_untracked(), move |ok| copied.set(Some(ok)));
            }>{move || t(("Copy the embed code", "Copier le code d’intégration"))}</button>
            <span role="status" class="hint">{move || match copied.get() {
                Some(true) => t(("Copied.", "Copié.")),
                Some(false) => t(("Select the code and copy it by hand.", "Sélectionnez le code et copiez-le à la main.")),
                None => "",
            }}</span>
            </Show>
        </details>
    }
}

/// Reads the chosen file and imports it, validated like a link.
fn import_file(state: AppState, input: web_sys::HtmlInputElement) {
    let Some(file) = input.files().and_then(|l| l.get(0)) else {
        return;
    };
    let promise = file.text();
    input.set_value("");
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|v| v.as_string());
        match socle_share::scenario_from_json(text.as_deref().unwrap_or("")) {
            Ok(s) => {
                state.commit(s);
            }
            Err(error) => state.notices.update(|n| {
                n.push(Notice {
                    origin: Origin::File,
                    error: Some(error),
                    kept_at: None,
                })
            }),
        }
    });
}

/// JSON export and import.
#[component]
fn FilesBox() -> impl IntoView {
    let state = AppState::get();
    let t = move |pair: (&'static str, &'static str)| state.lang.get().pick(pair);
    view! {
        <div class="share-block">
            <h3>{move || t(("Scenario file", "Fichier de scénario"))}</h3>
            <button type="button" data-testid="export-json" on:click=move |_| {
                let json = state.scenario().with_untracked(socle_share::scenario_to_json);
                let _ = export::download_text("socle-scenario.json", "application/json", &json);
            }>{move || t(("Export as JSON", "Exporter en JSON"))}</button>
            // Every monthly cash flow of the five options with its discount factor: a finance team
            // reproduces each NPV with one SUMPRODUCT (README, "Cash-flow export").
            <button type="button" data-testid="export-cash-flows" on:click=move |_| {
                let csv = state
                    .scenario()
                    .with_untracked(|s| socle_model::tco::cash_flows_csv(&socle_model::tco::cash_flows(s)));
                let _ = export::download_text("socle-cash-flows.csv", "text/csv", &csv);
            }>{move || t(("Export the cash flows (CSV)", "Exporter les flux de trésorerie (CSV)"))}</button>
            <label class="file-button">
                {move || t(("Import a JSON file", "Importer un fichier JSON"))}
                <input type="file" accept="application/json,.json" data-testid="import-json"
                    on:change=move |ev| {
                        if let Some(i) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            import_file(state, i);
                        }
                    } />
            </label>
        </div>
    }
}

/// Reads the saved list, reporting and setting aside what cannot be read.
fn load_saves(state: AppState) -> SavedScenarios {
    let Some(raw) = store::get(store::SAVED) else {
        return SavedScenarios::default();
    };
    let loaded = socle_share::from_storage_string(&raw);
    if !loaded.set_aside.is_empty() {
        let kept_at = store::set_aside(&raw);
        for s in loaded.set_aside {
            state.notices.update(|n| {
                n.push(Notice {
                    origin: Origin::Storage,
                    error: Some(s.reason.clone()),
                    kept_at: kept_at.clone(),
                })
            });
        }
        // Rewrite the list with what could be read; the original text is kept under `kept_at`.
        store::set(store::SAVED, &loaded.saves.to_storage_string());
    }
    loaded.saves
}

/// Named scenarios kept in this browser.
#[component]
fn SavedBox() -> impl IntoView {
    let state = AppState::get();
    let saves = RwSignal::new(load_saves(state));
    let name = RwSignal::new(String::new());
    let t = move |pair: (&'static str, &'static str)| state.lang.get().pick(pair);
    let persist = move || {
        let ok = saves.with_untracked(|s| store::set(store::SAVED, &s.to_storage_string()));
        if !ok {
            state.notices.update(|n| {
                n.push(Notice {
                    origin: Origin::StorageRefused,
                    error: None,
                    kept_at: None,
                })
            });
        }
    };
    let save = move |_| {
        let label = name.get_untracked().trim().to_owned();
        let label = if label.is_empty() {
            format!("Scenario {}", saves.with_untracked(|s| s.items.len() + 1))
        } else {
            label
        };
        let item = Saved {
            name: label,
            saved_at: js_sys::Date::new_0().to_iso_string().into(),
            scenario: state.scenario().get_untracked(),
        };
        saves.update(|s| s.items.push(item));
        name.set(String::new());
        persist();
    };
    view! {
        <div class="share-block">
            <h3>{move || t(("Kept in this browser", "Conservés dans ce navigateur"))}</h3>
            <label for="save-name">{move || t(("Name", "Nom"))}</label>
            <input id="save-name" data-testid="save-name" prop:value=move || name.get()
                on:input=move |ev| name.set(event_target_value(&ev)) />
            <button type="button" data-testid="save-scenario" on:click=save>
                {move || t(("Save this scenario", "Enregistrer ce scénario"))}
            </button>
            <ul class="saved-list" data-testid="saved-list">
                {move || saves.with(|s| s.items.iter().enumerate().map(|(i, item)| {
                    let label = item.name.clone();
                    let when = item.saved_at.chars().take(16).collect::<String>().replace('T', " ");
                    view! {
                        <li>
                            <span class="saved-name">{label.clone()}</span>" "<span class="hint">{when}</span>
                            <button type="button" data-testid=format!("load-saved-{i}") on:click=move |_| {
                                if let Some(s) = saves.with_untracked(|l| l.items.get(i).map(|x| x.scenario.clone())) {
                                    state.commit(s);
                                }
                            }>{move || t(("Open", "Ouvrir"))}</button>
                            <button type="button" data-testid=format!("delete-saved-{i}") on:click=move |_| {
                                saves.update(|l| { if i < l.items.len() { l.items.remove(i); } });
                                persist();
                            }>{move || t(("Delete", "Supprimer"))}</button>
                        </li>
                    }
                }).collect_view())}
            </ul>
        </div>
    }
}

/// The problems with outside data, each dismissible.
#[component]
pub fn Notices() -> impl IntoView {
    let state = AppState::get();
    view! {
        {move || {
            let lang = state.lang.get();
            state.notices.get().into_iter().enumerate().map(|(i, n)| view! {
                <div class="alert" role="alert" data-testid="notice">
                    <span>{n.message(lang)}</span>" "
                    <button type="button" data-testid=format!("dismiss-notice-{i}")
                        on:click=move |_| state.notices.update(|v| { if i < v.len() { v.remove(i); } })>
                        {lang.pick(("Dismiss", "Fermer"))}
                    </button>
                </div>
            }).collect_view()
        }}
    }
}

/// The whole panel.
#[component]
pub fn SharePanel() -> impl IntoView {
    let state = AppState::get();
    view! {
        <section class="section share" aria-labelledby="section-share" data-testid="section-share">
            <h2 id="section-share">{move || state.lang.get().pick(("Share, compare and keep", "Partager, comparer et conserver"))}</h2>
            <div class="share-grid">
                <LinkBox />
                <EmbedBox />
                <FilesBox />
                <SavedBox />
                <super::compare::CompareBox />
            </div>
        </section>
    }
}
