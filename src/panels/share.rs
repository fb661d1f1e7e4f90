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
use socle_model::t;
use socle_share::envelope::{self, Envelope};
use socle_share::storage;
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

/// Why a passphrase cannot be used.
#[derive(Debug, Clone, Copy, PartialEq)]
enum PassProblem {
    /// No passphrase typed.
    Empty,
    /// The confirmation differs.
    Differ,
    /// The browser offers no Web Crypto here (plain HTTP) or refused to encrypt.
    Unavailable,
}

impl PassProblem {
    fn message(self, lang: Lang) -> &'static str {
        lang.tr(match self {
            Self::Empty => t!("Type a passphrase, then the same again to confirm it."),
            Self::Differ => t!("The two passphrases differ: type the same one twice."),
            Self::Unavailable => t!(
                "This browser cannot encrypt on this page (protection needs the page served over HTTPS); nothing was made."
            ),
        })
    }
}

/// "Protect with a passphrase": when on, the copied link and the exported JSON are encrypted in the
/// browser. The passphrase lives in these inputs only, never in storage or a link.
#[derive(Clone, Copy)]
struct Protection {
    state: AppState,
    on: RwSignal<bool>,
    passphrase: RwSignal<String>,
    confirm: RwSignal<String>,
    problem: RwSignal<Option<PassProblem>>,
    /// Encryption running (the key derivation takes a moment).
    busy: RwSignal<bool>,
    /// The protected link made for the screen and passphrase of the moment.
    link: RwSignal<Option<String>>,
}

impl Protection {
    fn new(state: AppState) -> Self {
        let p = Self {
            state,
            on: RwSignal::new(false),
            passphrase: RwSignal::new(String::new()),
            confirm: RwSignal::new(String::new()),
            problem: RwSignal::new(None),
            busy: RwSignal::new(false),
            link: RwSignal::new(None),
        };
        // A protected link stands for one scenario and one passphrase: any change makes it stale.
        Effect::new(move |_| {
            state.shared_fragment.track();
            p.passphrase.track();
            p.on.track();
            p.link.set(None);
        });
        p
    }

    /// The passphrase, if the two inputs agree and are not empty; else the problem is shown.
    fn passphrase(self) -> Option<String> {
        let (a, b) = (self.passphrase.get_untracked(), self.confirm.get_untracked());
        let problem = if a.is_empty() {
            Some(PassProblem::Empty)
        } else if a != b {
            Some(PassProblem::Differ)
        } else {
            None
        };
        self.problem.set(problem);
        problem.is_none().then_some(a)
    }

    /// Encrypts the scenario on screen and hands the envelope to `done`, showing the busy state meanwhile.
    fn seal(self, done: impl FnOnce(Envelope) + 'static) {
        if self.busy.get_untracked() {
            return;
        }
        let Some(passphrase) = self.passphrase() else {
            return;
        };
        let plain = self.state.scenario().with_untracked(envelope::sealed_bytes);
        self.busy.set(true);
        wasm_bindgen_futures::spawn_local(async move {
            let sealed = share::crypto::seal(&passphrase, &plain).await;
            self.busy.set(false);
            match sealed {
                Ok(envelope) => done(envelope),
                Err(_) => self.problem.set(Some(PassProblem::Unavailable)),
            }
        });
    }
}

/// The passphrase option of the share panel.
#[component]
fn ProtectBox(protection: Protection) -> impl IntoView {
    let state = AppState::get();
    let tr = move |en: &'static str| state.lang.get().tr(en);
    let p = protection;
    view! {
        <div class="share-block" data-testid="protect-box" aria-busy=move || p.busy.get().to_string()>
            <label class="check">
                <input type="checkbox" data-testid="share-protect" prop:checked=move || p.on.get()
                    on:change=move |ev| p.on.set(event_target_checked(&ev)) />
                {move || tr("Protect with a passphrase")}
            </label>
            <Show when=move || p.on.get()>
                <p class="hint">{move || tr("The link and the JSON file are encrypted in this browser (AES-256, key derived from the passphrase). Only someone with the passphrase can open them; it is kept nowhere, so send it another way.")}</p>
                <label for="share-passphrase">{move || tr("Passphrase")}</label>
                <input id="share-passphrase" type="password" autocomplete="new-password" data-testid="share-passphrase"
                    prop:value=move || p.passphrase.get()
                    on:input=move |ev| { p.problem.set(None); p.passphrase.set(event_target_value(&ev)); } />
                <label for="share-passphrase-confirm">{move || tr("Passphrase again")}</label>
                <input id="share-passphrase-confirm" type="password" autocomplete="new-password" data-testid="share-passphrase-confirm"
                    prop:value=move || p.confirm.get()
                    on:input=move |ev| { p.problem.set(None); p.confirm.set(event_target_value(&ev)); } />
                <p role="alert" class="field-error" data-testid="share-passphrase-error">
                    {move || p.problem.get().map(|e| e.message(state.lang.get()))}
                </p>
                <span role="status" class="hint">{move || p.busy.get().then(|| tr("Encrypting…"))}</span>
            </Show>
        </div>
    }
}

/// The share link of the current scenario, with a copy button (protected when asked).
#[component]
fn LinkBox(protection: Protection) -> impl IntoView {
    let state = AppState::get();
    let copied = RwSignal::new(None::<bool>);
    let p = protection;
    // Encoded once the screen is still, not on every frame of a drag; protected, only once asked for.
    let link = Memo::new(move |_| {
        if p.on.get() {
            p.link.get().unwrap_or_default()
        } else {
            format!("{}#{}", share::page_address(), state.shared_fragment.get())
        }
    });
    let tr = move |en: &'static str| state.lang.get().tr(en);
    let copy_link = move |_| {
        copied.set(None);
        if !p.on.get_untracked() {
            copy(link.get_untracked(), move |ok| copied.set(Some(ok)));
            return;
        }
        let lang = state.lang.get_untracked();
        p.seal(move |envelope| {
            let made = format!(
                "{}#{}",
                share::page_address(),
                envelope::protected_fragment(&envelope, lang)
            );
            p.link.set(Some(made.clone()));
            copy(made, move |ok| copied.set(Some(ok)));
        });
    };
    view! {
        <div class="share-block">
            <h3>{move || tr("Share link")}</h3>
            <p class="hint">{move || tr("The whole scenario is in the part after #, which browsers never send to a server.")}</p>
            <label class="visually-hidden" for="share-link">{move || tr("Share link")}</label>
            <input id="share-link" data-testid="share-link" readonly prop:value=move || link.get()
                placeholder=move || p.on.get().then(|| tr("The protected link appears here once copied."))
                on:focus=move |ev| {
                    if let Some(i) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                        i.select();
                    }
                } />
            <button type="button" data-testid="copy-link" disabled=move || p.busy.get() on:click=copy_link>
                {move || if p.on.get() {
                    tr("Copy the protected link")
                } else {
                    tr("Copy the link")
                }}
            </button>
            <span role="status" class="hint">{move || match copied.get() {
                Some(true) => tr("Copied."),
                Some(false) => tr("Select the link and copy it by hand."),
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
            lang.fill("Chart — {name}", &[("name", c.name(lang))]),
        )
    });
    let kpis = Headline::ALL.iter().map(|h| {
        (
            EmbedView::Kpi(h.id().to_owned()),
            lang.fill("Figure — {name}", &[("name", headline_name(*h, lang))]),
        )
    });
    charts.chain(kpis).collect()
}

/// Name of a headline figure for menus.
fn headline_name(h: Headline, lang: Lang) -> &'static str {
    lang.tr(match h {
        Headline::Cheapest => t!("Cheapest option"),
        Headline::TargetNpv => t!("NPV of the target"),
        Headline::CostPerUsefulGpuHour => t!("Cost per useful GPU-hour"),
        Headline::FacilityPower => t!("Facility power"),
        Headline::Emissions => t!("Emissions"),
        Headline::Sovereignty => t!("Sovereignty of the target"),
        Headline::BindingConstraint => t!("Binding constraint"),
        Headline::Migration => t!("Migration, P50"),
    })
}

/// The "copy embed code" block: pick a view and a size, get the iframe snippet.
#[component]
fn EmbedBox() -> impl IntoView {
    let state = AppState::get();
    let choice = RwSignal::new(0usize);
    let size = RwSignal::new((800u32, 450u32));
    let copied = RwSignal::new(None::<bool>);
    let tr = move |en: &'static str| state.lang.get().tr(en);
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
            <summary><h3>{move || tr("Embed in a slide or a page")}</h3></summary>
            // Built only while open: the snippet is encoded again at every change.
            <Show when=move || open.get()>
            <label for="embed-view">{move || tr("What to show")}</label>
            <select id="embed-view" data-testid="embed-view"
                on:change=move |ev| choice.set(event_target_value(&ev).parse().unwrap_or(0))>
                {move || embed_choices(state.lang.get()).into_iter().enumerate().map(|(i, (_, name))| view! {
                    <option value=i.to_string() selected=move || choice.get() == i>{name}</option>
                }).collect_view()}
            </select>
            <label for="embed-size">{move || tr("Size")}</label>
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
            <label for="embed-code">{move || tr("Embed code")}</label>
            <textarea id="embed-code" data-testid="embed-code" readonly rows="4" prop:value=move || snippet.get()></textarea>
            <button type="button" data-testid="copy-embed" on:click=move |_| {
                copy(snippet.get_untracked(), move |ok| copied.set(Some(ok)));
            }>{move || tr("Copy the embed code")}</button>
            <span role="status" class="hint">{move || match copied.get() {
                Some(true) => tr("Copied."),
                Some(false) => tr("Select the code and copy it by hand."),
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
        let text = text.unwrap_or_default();
        match envelope::json_envelope(&text) {
            Some(Ok(sealed)) => return share::lock(sealed, Origin::File),
            Some(Err(error)) => {
                return state
                    .notices
                    .update(|n| n.push(Notice::new(Origin::File, Some(error))))
            }
            None => {}
        }
        match socle_share::scenario_from_json(&text) {
            Ok(s) => {
                state.commit(s);
            }
            Err(error) => state
                .notices
                .update(|n| n.push(Notice::new(Origin::File, Some(error)))),
        }
    });
}

/// JSON export (protected when asked) and import.
#[component]
fn FilesBox(protection: Protection) -> impl IntoView {
    let state = AppState::get();
    let tr = move |en: &'static str| state.lang.get().tr(en);
    view! {
        <div class="share-block">
            <h3>{move || tr("Scenario file")}</h3>
            <button type="button" data-testid="export-json" disabled=move || protection.busy.get() on:click=move |_| {
                if protection.on.get_untracked() {
                    protection.seal(|sealed| {
                        let json = envelope::protected_json(&sealed);
                        let _ = export::download_text("socle-scenario-protected.json", "application/json", &json);
                    });
                    return;
                }
                let json = state.scenario().with_untracked(socle_share::scenario_to_json);
                let _ = export::download_text("socle-scenario.json", "application/json", &json);
            }>{move || if protection.on.get() {
                tr("Export as protected JSON")
            } else {
                tr("Export as JSON")
            }}</button>
            // Every monthly cash flow of the five options with its discount factor: a finance team
            // reproduces each NPV with one SUMPRODUCT (README, "Cash-flow export").
            <button type="button" data-testid="export-cash-flows" on:click=move |_| {
                let csv = state
                    .scenario()
                    .with_untracked(|s| socle_model::tco::cash_flows_csv(&socle_model::tco::cash_flows(s)));
                let csv = export::spreadsheet_csv(state.lang.get_untracked(), &csv);
                let _ = export::download_text("socle-cash-flows.csv", "text/csv;charset=utf-8", &csv);
            }>{move || tr("Export the cash flows (CSV)")}</button>
            <label class="file-button">
                {move || tr("Import a JSON file")}
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

/// Reads the saved list, reporting what cannot be read: it is set aside before the list is rewritten, or,
/// when storage is too full for the copy, left untouched and offered as a download.
fn load_saves(state: AppState) -> SavedScenarios {
    let loaded = storage::load_saves(&mut store::LocalStore, &store::stamp());
    if let Some(kept) = loaded.kept {
        state.notices.update(|n| {
            n.extend(
                loaded
                    .set_aside
                    .into_iter()
                    .map(|s| Notice::for_storage(s.reason, kept.clone())),
            )
        });
    }
    loaded.saves
}

/// Named scenarios kept in this browser.
#[component]
fn SavedBox() -> impl IntoView {
    let state = AppState::get();
    let saves = RwSignal::new(load_saves(state));
    let name = RwSignal::new(String::new());
    let tr = move |en: &'static str| state.lang.get().tr(en);
    // What was stored, if unreadable, is set aside first; if it cannot be, nothing is written over it.
    let persist = move || {
        let written =
            saves.with_untracked(|s| storage::write_saves(&mut store::LocalStore, s, &store::stamp()));
        share::report_write(state.notices, written);
    };
    let save = move |_| {
        let label = name.get_untracked().trim().to_owned();
        let label = if label.is_empty() {
            let n = saves.with_untracked(|s| s.items.len() + 1).to_string();
            state.lang.get_untracked().fill("Scenario {n}", &[("n", &n)])
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
            <h3>{move || tr("Kept in this browser")}</h3>
            <label for="save-name">{move || tr("Name")}</label>
            <input id="save-name" data-testid="save-name" prop:value=move || name.get()
                on:input=move |ev| name.set(event_target_value(&ev)) />
            <button type="button" data-testid="save-scenario" on:click=save>
                {move || tr("Save this scenario")}
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
                            }>{move || tr("Open")}</button>
                            <button type="button" data-testid=format!("delete-saved-{i}") on:click=move |_| {
                                saves.update(|l| { if i < l.items.len() { l.items.remove(i); } });
                                persist();
                            }>{move || tr("Delete")}</button>
                        </li>
                    }
                }).collect_view())}
            </ul>
        </div>
    }
}

/// Why the passphrase dialog could not open the scenario.
#[derive(Debug, Clone, PartialEq)]
enum Unlock {
    /// Nothing typed.
    Empty,
    /// The passphrase does not open it (or the data were altered: AES-GCM cannot tell which).
    Wrong,
    /// Decrypted, but the scenario inside is refused.
    Invalid(socle_share::ShareError),
}

/// Asks for the passphrase of a protected link or file; nothing changes until it opens the scenario.
#[component]
fn PassphraseDialog() -> impl IntoView {
    let state = AppState::get();
    let locked = RwSignal::from(share::locked());
    let passphrase = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<Unlock>);
    let busy = RwSignal::new(false);
    let input = NodeRef::<leptos::html::Input>::new();
    let tr = move |en: &'static str| state.lang.get().tr(en);
    // The focus goes to the passphrase as soon as the dialog shows.
    Effect::new(move |_| {
        if let Some(i) = input.get() {
            let _ = i.focus();
        }
    });
    let close = move || {
        locked.set(None);
        passphrase.set(String::new());
        problem.set(None);
    };
    let submit = move || {
        let Some(sealed) = locked.get_untracked() else {
            return;
        };
        let typed = passphrase.get_untracked();
        if busy.get_untracked() {
            return;
        }
        if typed.is_empty() {
            problem.set(Some(Unlock::Empty));
            return;
        }
        problem.set(None);
        busy.set(true);
        wasm_bindgen_futures::spawn_local(async move {
            let opened = share::crypto::open(&typed, &sealed.envelope).await;
            busy.set(false);
            match opened.map(|plain| envelope::opened_scenario(&plain)) {
                None => problem.set(Some(Unlock::Wrong)),
                Some(Err(error)) => problem.set(Some(Unlock::Invalid(error))),
                Some(Ok(scenario)) => {
                    if share::apply(state, scenario) {
                        close();
                    } else {
                        problem.set(Some(Unlock::Invalid(socle_share::ShareError::NoScenario)));
                    }
                }
            }
        });
    };
    let message = move |u: Unlock| {
        let lang = state.lang.get();
        match u {
            Unlock::Empty => lang.tr("Type the passphrase.").to_owned(),
            Unlock::Wrong => lang
                .tr("This passphrase does not open it. Check it and try again; nothing was changed.")
                .to_owned(),
            Unlock::Invalid(error) => error.message(lang),
        }
    };
    move || {
        locked.with(|l| l.as_ref().map(|l| l.origin.clone())).map(|origin| view! {
            <div class="passphrase-backdrop">
            <div class="passphrase-dialog" role="dialog" aria-modal="true" aria-labelledby="passphrase-title"
                aria-describedby="passphrase-help" data-testid="passphrase-dialog" aria-busy=move || busy.get().to_string()
                on:keydown=move |ev: web_sys::KeyboardEvent| {
                    if ev.key() == "Escape" {
                        ev.prevent_default();
                        close();
                    }
                }>
                <h2 id="passphrase-title">{move || if origin == Origin::File {
                    tr("This file is protected")
                } else {
                    tr("This link is protected")
                }}</h2>
                <form on:submit=move |ev| { ev.prevent_default(); submit(); }>
                    <p id="passphrase-help" class="hint">{move || tr("Its scenario is encrypted. Type the passphrase you were given to open it; it is kept nowhere.")}</p>
                    <label for="passphrase-input">{move || tr("Passphrase")}</label>
                    <input id="passphrase-input" type="password" autocomplete="off" data-testid="passphrase-input" node_ref=input
                        prop:value=move || passphrase.get()
                        on:input=move |ev| passphrase.set(event_target_value(&ev)) />
                    <p role="alert" class="field-error" data-testid="passphrase-error">
                        {move || problem.get().map(message)}
                    </p>
                    <button type="submit" data-testid="passphrase-submit" disabled=move || busy.get()>
                        {move || if busy.get() { tr("Opening…") } else { tr("Open") }}
                    </button>" "
                    <button type="button" data-testid="passphrase-cancel" on:click=move |_| close()>
                        {move || tr("Cancel")}
                    </button>
                </form>
            </div>
            </div>
        })
    }
}

/// The problems with outside data, each dismissible.
#[component]
pub fn Notices() -> impl IntoView {
    let state = AppState::get();
    view! {
        <PassphraseDialog />
        {move || {
            let lang = state.lang.get();
            state.notices.get().into_iter().enumerate().map(|(i, n)| view! {
                <div class="alert" role="alert" data-testid="notice">
                    <span>{n.message(lang)}</span>" "
                    {n.download.clone().map(|raw| view! {
                        <button type="button" data-testid=format!("notice-download-{i}") on:click=move |_| {
                            let _ = export::download_text(Notice::DOWNLOAD_NAME, "text/plain", &raw);
                        }>{lang.tr("Download the damaged data")}</button>" "
                    })}
                    <button type="button" data-testid=format!("dismiss-notice-{i}")
                        on:click=move |_| state.notices.update(|v| { if i < v.len() { v.remove(i); } })>
                        {lang.tr("Dismiss")}
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
    let protection = Protection::new(state);
    view! {
        <section class="section share" aria-labelledby="section-share" data-testid="section-share">
            <h2 id="section-share">{move || state.lang.get().tr("Share, compare and keep")}</h2>
            <div class="share-grid">
                <ProtectBox protection=protection />
                <LinkBox protection=protection />
                <EmbedBox />
                <FilesBox protection=protection />
                <SavedBox />
                <super::compare::CompareBox />
            </div>
        </section>
    }
}
