//! Offline: registers the service worker (`sw.js`, generated at build time by
//! `scripts/build-sw.mjs`) that keeps the app working without a network, and tells the person when a
//! newer version of Socle has been installed in the background.
//!
//! A new version never replaces the running one by itself: it waits until the person chooses to
//! reload, so a scenario being explored is never swapped for another build mid-session.

use crate::state::AppState;
use gloo::events::EventListener;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// Message the worker answers by activating itself (see `scripts/build-sw.mjs`).
const SKIP_WAITING: &str = "skipWaiting";

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    /// Set when the person asked for the new version: the page reloads once it takes control.
    static RELOAD_ON_CHANGE: Cell<bool> = const { Cell::new(false) };
}

/// The page's service worker container, if the browser offers one (not on `file://` nor on plain
/// HTTP outside `localhost`: the app then simply works online only).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let present = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .is_ok_and(|v| !v.is_undefined() && !v.is_null());
    present.then(|| navigator.service_worker())
}

/// Registers `./sw.js` (resolved against the page, so any sub-path works) and returns a signal that
/// turns true when a new version is installed and waiting while an older one controls the page.
pub fn register() -> RwSignal<bool> {
    let update_ready = RwSignal::new(false);
    let Some(sw) = container() else {
        return update_ready;
    };
    EventListener::new(&sw, "controllerchange", |_| {
        if RELOAD_ON_CHANGE.with(Cell::get) {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        }
    })
    .forget();
    let on_registered = Closure::<dyn FnMut(JsValue)>::new(move |reg: JsValue| {
        let reg: ServiceWorkerRegistration = reg.unchecked_into();
        watch_updates(&reg, update_ready);
        REGISTRATION.with(|r| *r.borrow_mut() = Some(reg));
    });
    let on_failed = Closure::<dyn FnMut(JsValue)>::new(|err: JsValue| {
        // Not an error of the app: it keeps working, online only.
        web_sys::console::warn_2(&"Socle: offline use is unavailable".into(), &err);
    });
    let _ = sw.register("./sw.js").then2(&on_registered, &on_failed);
    // Called once per page: the two small closures live as long as the page.
    on_registered.forget();
    on_failed.forget();
    update_ready
}

/// Whether the page is controlled by a service worker (an older version, when a new one installs).
fn controlled() -> bool {
    container().is_some_and(|sw| sw.controller().is_some())
}

/// Raises `update_ready` when a new version is waiting now, is installing now, or installs later.
fn watch_updates(reg: &ServiceWorkerRegistration, update_ready: RwSignal<bool>) {
    if reg.waiting().is_some() && controlled() {
        update_ready.set(true);
    }
    // The browser may have found the update before this page's registration resolved.
    if let Some(worker) = reg.installing() {
        watch_install(worker, update_ready);
    }
    let for_found = reg.clone();
    EventListener::new(reg, "updatefound", move |_| {
        if let Some(worker) = for_found.installing() {
            watch_install(worker, update_ready);
        }
    })
    .forget();
}

/// Raises `update_ready` once `worker` is installed, if an older version controls the page.
fn watch_install(worker: ServiceWorker, update_ready: RwSignal<bool>) {
    let watched = worker.clone();
    EventListener::new(&worker, "statechange", move |_| {
        // The very first install has no controller to replace: nothing to announce.
        if watched.state() == ServiceWorkerState::Installed && controlled() {
            update_ready.set(true);
        }
    })
    .forget();
}

/// Activates the waiting version; the page reloads as soon as it takes control.
fn activate_update() {
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(ServiceWorkerRegistration::waiting));
    match waiting {
        Some(worker) => {
            RELOAD_ON_CHANGE.with(|c| c.set(true));
            if worker.post_message(&JsValue::from_str(SKIP_WAITING)).is_err() {
                reload();
            }
        }
        // Another tab already activated it: this page only needs to load the new files.
        None => reload(),
    }
}

fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// The notice shown when a new version waits, with the button that switches to it.
#[component]
pub fn UpdateNotice(
    /// True when a new version is installed and waiting (from [`register`]).
    ready: RwSignal<bool>,
) -> impl IntoView {
    let state = AppState::get();
    let tr = move |en: &'static str| state.lang.get().tr(en);
    // The live region stays in the page so that its content is announced when it appears.
    view! {
        <div class="update-notice" role="status" class:shown=move || ready.get()>
            {move || ready.get().then(|| view! {
                <p data-testid="update-notice">
                    <span>{tr("A new version of Socle is available")}</span>
                    <button type="button" data-testid="update-reload" on:click=|_| activate_update()>
                        {tr("Reload")}
                    </button>
                </p>
            })}
        </div>
    }
}
