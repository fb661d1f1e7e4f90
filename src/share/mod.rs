//! Scenarios that travel without a server: the share link (the whole scenario in the URL fragment,
//! which browsers never send), the embed view, JSON files and the scenarios kept in the browser.
//! Everything that comes from outside is decoded by `socle_share`, which validates it fully.

pub mod crypto;
pub mod store;

use crate::i18n::Lang;
use crate::notice::{Notice, Origin};
use crate::state::AppState;
use leptos::prelude::*;
use socle_model::{persona_scenario, Persona, Scenario};
use socle_share::envelope::{fragment_envelope, Envelope};
use socle_share::storage::{self, Kept, WriteError};
use socle_share::{
    encode_fragment_with_view, fragment_lang, fragment_view, is_scenario_fragment, read_fragment, EmbedView,
};

/// What the page starts with.
pub struct Startup {
    /// The scenario shown.
    pub scenario: Scenario,
    /// The preset it is compared with for "modified" marks.
    pub preset: Scenario,
    /// The language.
    pub lang: Lang,
    /// A single chart or figure to show alone (embed links).
    pub view: Option<EmbedView>,
    /// Problems met on the way.
    pub notices: Vec<Notice>,
}

/// A passphrase-protected scenario waiting for its passphrase (the dialog asks for it).
#[derive(Debug, Clone, PartialEq)]
pub struct Locked {
    /// What was received, checked but still encrypted.
    pub envelope: Envelope,
    /// Where it came from: [`Origin::Link`] or [`Origin::File`].
    pub origin: Origin,
}

thread_local! {
    static LOCKED: ArcRwSignal<Option<Locked>> = ArcRwSignal::new(None);
    /// Set once a protected link is opened: the address bar keeps that link rather than the scenario in
    /// clear, so that the browser's history never holds the confidential scenario.
    static CONFIDENTIAL: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The protected scenario waiting for its passphrase, if any (reactive).
pub fn locked() -> ArcRwSignal<Option<Locked>> {
    LOCKED.with(Clone::clone)
}

/// Asks for the passphrase of `envelope`.
pub fn lock(envelope: Envelope, origin: Origin) {
    if origin == Origin::Link {
        CONFIDENTIAL.with(|c| c.set(true));
    }
    locked().set(Some(Locked { envelope, origin }));
}

/// Puts a scenario received from outside (a link, a file, an opened protected scenario) on screen, with
/// the preset it is compared with; false when the model refuses it.
pub fn apply(state: AppState, scenario: Scenario) -> bool {
    let preset = preset_of(&scenario);
    let applied = state.commit(scenario);
    if applied {
        state.preset.set(preset);
    }
    applied
}

/// The persona a new visitor starts with.
pub const DEFAULT_PERSONA: Persona = Persona::CriticalSoftwareVendor;

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The scenario in progress kept by this browser, if readable; a damaged one is set aside (or, when
/// storage is too full for the copy, left in place and offered as a download).
fn kept_scenario(notices: &mut Vec<Notice>) -> Option<Scenario> {
    let loaded = storage::load_current(&mut store::LocalStore, &store::stamp());
    if let Some((error, kept)) = loaded.problem {
        notices.push(Notice::for_storage(error, kept));
    }
    loaded.scenario
}

/// Reports a write to storage that did not happen: the damaged data it would have overwritten are
/// offered as a download (once), a refusal is reported once; nothing is reported for a success.
pub fn report_write(notices: RwSignal<Vec<Notice>>, result: Result<Option<Kept>, WriteError>) {
    let notice = match result {
        Ok(_) => return,
        Err(WriteError::NotKept { reason, raw }) => Notice::for_storage(reason, Kept::NotKept { raw }),
        Err(WriteError::TooLarge(error)) => Notice::new(Origin::StorageRefused, Some(error)),
        Err(WriteError::Refused) => Notice::new(Origin::StorageRefused, None),
    };
    notices.update(|n| {
        if !n.contains(&notice) {
            n.push(notice);
        }
    });
}

fn browser_lang() -> Lang {
    store::get(store::LANG)
        .and_then(|l| Lang::from_code(&l))
        .or_else(|| {
            web_sys::window()
                .and_then(|w| w.navigator().language())
                .map(|l| Lang::from_tag(&l))
        })
        .unwrap_or_default()
}

/// Reads the link, else the scenario kept in this browser, else the default persona.
pub fn startup() -> Startup {
    let mut notices = Vec::new();
    let hash = current_hash();
    let fragment = hash.trim_start_matches('#');
    // An in-page anchor (the skip link's `#main`) is no scenario link: the page opens as without one.
    // A protected link: the page opens as without a link and asks for the passphrase.
    if let Some(envelope) = fragment_envelope(fragment) {
        match envelope {
            Ok(envelope) => lock(envelope, Origin::Link),
            Err(error) => notices.push(Notice::new(Origin::Link, Some(error))),
        }
        let scenario = kept_scenario(&mut notices).unwrap_or_else(|| persona_scenario(DEFAULT_PERSONA));
        return Startup {
            preset: preset_of(&scenario),
            scenario,
            lang: fragment_lang(fragment).unwrap_or_else(browser_lang),
            view: None,
            notices,
        };
    }
    let (scenario, lang, view) = match read_fragment(fragment) {
        Ok(None) => {
            let s = kept_scenario(&mut notices).unwrap_or_else(|| persona_scenario(DEFAULT_PERSONA));
            // A language link (`#lang=de`) opens the page in its language.
            (s, fragment_lang(fragment).unwrap_or_else(browser_lang), None)
        }
        Ok(Some(shared)) => (shared.scenario, shared.lang, shared.view),
        Err(error) => {
            notices.push(Notice::new(Origin::Link, Some(error)));
            let lang = fragment_lang(fragment).unwrap_or_else(browser_lang);
            let s = kept_scenario(&mut notices).unwrap_or_else(|| persona_scenario(DEFAULT_PERSONA));
            // A damaged link that asked for an embed stays an embed: the view it names, the scenario
            // still in force, and the notice.
            (s, lang, fragment_view(fragment))
        }
    };
    let preset = preset_of(&scenario);
    Startup {
        scenario,
        preset,
        lang,
        view,
        notices,
    }
}

/// The preset a scenario is compared with for "modified" marks (a custom one: the default persona).
fn preset_of(s: &Scenario) -> Scenario {
    persona_scenario(if s.persona == Persona::Custom {
        DEFAULT_PERSONA
    } else {
        s.persona
    })
}

/// Puts `hash` (with its `#`) in the address bar, without a history entry or a `hashchange`.
fn set_address_fragment(hash: &str) {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash));
    }
}

/// The fragment of the current screen (scenario, language and, in embed mode, the view).
pub fn fragment(s: &Scenario, lang: Lang, view: Option<&EmbedView>) -> String {
    encode_fragment_with_view(s, lang, view)
}

/// The address of the page without its fragment.
pub fn page_address() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

/// The folder of the build: the page address up to its last `/` (no query is ever used).
fn build_folder() -> String {
    let page = page_address();
    match page.rfind('/') {
        Some(i) => page[..=i].to_owned(),
        None => page,
    }
}

/// The dashboard's address (the folder of the build), also when read from `embed.html`.
pub fn dashboard_address() -> String {
    build_folder()
}

/// The address of the embed entry page, the only page of the build other sites may frame.
pub fn embed_address() -> String {
    format!("{}{EMBED_PAGE}", build_folder())
}

/// The embed entry page's file name (written by the build beside `index.html`).
pub const EMBED_PAGE: &str = "embed.html";

/// True when the page was opened as the embed entry page: it shows embed views only.
pub fn is_embed_page() -> bool {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .is_some_and(|p| p.ends_with(EMBED_PAGE))
}

/// Quiet time after the last change before the address bar and the storage are rewritten, ms.
pub const SETTLE_MS: u32 = 150;

/// What `<html data-kept>` says: the tests and the benchmark wait on it instead of a guessed delay.
enum KeptSignal {
    /// A change waits for the screen to be still before the link is encoded and the scenario kept.
    Pending,
    /// The link of the screen is encoded and in the address bar, and the scenario in progress is kept.
    Written,
}

thread_local! {
    static WRITES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Publishes on `<html data-kept>`: `pending` while a write waits for the screen to be still, else the
/// number of writes made since the page opened (so a test can also wait for the next one).
fn publish_kept(signal: KeptSignal) {
    let value = match signal {
        KeptSignal::Pending => "pending".to_owned(),
        KeptSignal::Written => WRITES
            .with(|w| {
                w.set(w.get().wrapping_add(1));
                w.get()
            })
            .to_string(),
    };
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-kept", &value);
    }
}

/// Keeps the address bar and this browser's storage in step with the screen, and follows links pasted
/// into the address bar while the page is open.
pub fn keep_in_step(state: AppState, view: Option<EmbedView>) {
    let view_for_hash = view.clone();
    // Written once the screen has been still for a moment: encoding, compressing and storing stay off
    // the path of a drag.
    let pending: std::rc::Rc<std::cell::RefCell<Option<gloo::timers::callback::Timeout>>> =
        Default::default();
    Effect::new(move |_| {
        state.lang.track();
        state.scenario().track();
        let view = view_for_hash.clone();
        let write = move || {
            let lang = state.lang.get_untracked();
            state.scenario().with_untracked(|s| {
                let bare = fragment(s, lang, None);
                let f = match &view {
                    Some(v) => format!("#{}", fragment(s, lang, Some(v))),
                    None => format!("#{bare}"),
                };
                state.shared_fragment.set(bare);
                if !CONFIDENTIAL.with(std::cell::Cell::get)
                    && web_sys::window()
                        .and_then(|w| w.location().hash().ok())
                        .as_deref()
                        != Some(f.as_str())
                {
                    set_address_fragment(&f);
                }
                if view.is_none() {
                    let written = storage::write_current(&mut store::LocalStore, s, &store::stamp());
                    if matches!(written, Err(WriteError::NotKept { .. })) {
                        report_write(state.notices, written);
                    }
                    store::set(store::LANG, lang.code());
                }
            });
            publish_kept(KeptSignal::Written);
        };
        publish_kept(KeptSignal::Pending);
        // Dropping the previous timeout cancels it.
        *pending.borrow_mut() = Some(gloo::timers::callback::Timeout::new(SETTLE_MS, write));
    });
    let listener = gloo::events::EventListener::new(&window(), "hashchange", move |_| {
        let hash = current_hash();
        let pasted = hash.trim_start_matches('#');
        // Nothing to read in an empty fragment or an in-page anchor such as the skip link's `#main`.
        if !is_scenario_fragment(pasted) {
            return;
        }
        match fragment_envelope(pasted) {
            Some(Ok(envelope)) => return lock(envelope, Origin::Link),
            Some(Err(error)) => {
                return state
                    .notices
                    .update(|n| n.push(Notice::new(Origin::Link, Some(error))))
            }
            None => {}
        }
        match read_fragment(pasted) {
            Ok(None) => {
                if let Some(lang) = fragment_lang(pasted) {
                    state.lang.set(lang);
                }
            }
            Ok(Some(shared)) => {
                state.lang.set(shared.lang);
                apply(state, shared.scenario);
            }
            Err(error) => {
                state
                    .notices
                    .update(|n| n.push(Notice::new(Origin::Link, Some(error))));
                // Put the link of the scenario still in force back in the address bar.
                let f = state
                    .scenario()
                    .with_untracked(|s| fragment(s, state.lang.get_untracked(), None));
                set_address_fragment(&format!("#{f}"));
            }
        }
    });
    // The listener lives as long as the page.
    listener.forget();
}
