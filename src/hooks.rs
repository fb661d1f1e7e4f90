//! Small browser hooks in the shape of leptos-use's: each watches an element of the view once it is in
//! the page and stops watching when the view is removed.

use leptos::{html::Div, prelude::*};
use send_wrapper::SendWrapper;
use std::{cell::RefCell, rc::Rc};
use wasm_bindgen::{closure::Closure, JsCast};

/// Whether `target` is on screen or within `root_margin` of it (CSS margin syntax, e.g. `"300px 0px"`):
/// false until the browser first says otherwise.
pub fn use_visible(target: NodeRef<Div>, root_margin: &'static str) -> Signal<bool> {
    let visible = RwSignal::new(false);
    let on_change = move |entries: js_sys::Array| {
        if let Some(e) = entries
            .iter()
            .last()
            .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
        {
            visible.set(e.is_intersecting());
        }
    };
    let start = move |el: &web_sys::Element, callback: &Callback| {
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin(root_margin);
        let observer =
            web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options)
                .ok()?;
        observer.observe(el);
        Some(Observer::Intersection(observer))
    };
    watch(target, Closure::new(on_change), start);
    visible.into()
}

/// Calls `on_resize` whenever the size of `target` changes (and once when it is first observed).
pub fn use_resize(target: NodeRef<Div>, on_resize: impl FnMut() + 'static) {
    let mut on_resize = on_resize;
    let start = |el: &web_sys::Element, callback: &Callback| {
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(el);
        Some(Observer::Resize(observer))
    };
    watch(target, Closure::new(move |_: js_sys::Array| on_resize()), start);
}

/// An observer's callback (the entries; the observer itself, passed second, is not needed).
type Callback = Closure<dyn FnMut(js_sys::Array)>;

enum Observer {
    Intersection(web_sys::IntersectionObserver),
    Resize(web_sys::ResizeObserver),
}

impl Observer {
    fn disconnect(&self) {
        match self {
            Observer::Intersection(o) => o.disconnect(),
            Observer::Resize(o) => o.disconnect(),
        }
    }
}

/// Starts an observer on `target` once it is in the page; disconnects it when the view is removed.
fn watch(
    target: NodeRef<Div>,
    callback: Callback,
    start: impl Fn(&web_sys::Element, &Callback) -> Option<Observer> + 'static,
) {
    // The callback is kept alive as long as the observer may call it.
    let slot: Rc<RefCell<(Option<Observer>, Callback)>> = Rc::new(RefCell::new((None, callback)));
    let for_effect = slot.clone();
    Effect::new(move |_| {
        if let Some(el) = target.get() {
            let mut slot = for_effect.borrow_mut();
            if slot.0.is_none() {
                slot.0 = start(&el, &slot.1);
            }
        }
    });
    let for_cleanup = SendWrapper::new(slot);
    on_cleanup(move || {
        let observer = for_cleanup.take().borrow_mut().0.take();
        if let Some(o) = observer {
            o.disconnect();
        }
    });
}
