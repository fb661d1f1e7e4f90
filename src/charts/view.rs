//! The one chart component: owns an ECharts instance for its lifetime.
//!
//! Created once when the element first comes near the viewport, updated in place with `setOption`
//! whenever the serialised option changes (a `Memo<String>` upstream means unchanged charts are never
//! redrawn), resized by a `ResizeObserver`, disposed on cleanup. Charts off screen are not updated:
//! an `IntersectionObserver` tells the chart when it is visible, and it catches up when scrolled in.

use crate::echarts::{self, EchartsInstance, Renderer};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::{cell::RefCell, rc::Rc};
use wasm_bindgen::{closure::Closure, JsCast};

/// How far outside the viewport a chart is already kept up to date (so a scroll shows it drawn).
const LOOKAHEAD: &str = "300px 0px";

struct Live {
    chart: EchartsInstance,
    resize: web_sys::ResizeObserver,
    // Kept alive as long as the observer may call it.
    _on_resize: Closure<dyn FnMut()>,
    /// The option last handed to ECharts, to skip identical updates when a chart scrolls back in.
    drawn: String,
}

impl Live {
    fn new(el: &web_sys::HtmlElement) -> Option<Self> {
        let chart = echarts::init(el, Renderer::Canvas);
        let handle: EchartsInstance = chart.clone().unchecked_into();
        let on_resize = Closure::<dyn FnMut()>::new(move || handle.resize());
        let resize = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
        resize.observe(el);
        Some(Self {
            chart,
            resize,
            _on_resize: on_resize,
            drawn: String::new(),
        })
    }
}

/// Watches whether `el` is on (or near) screen and writes it into `visible`.
fn watch_visibility(
    el: &web_sys::Element,
    visible: RwSignal<bool>,
) -> Option<(web_sys::IntersectionObserver, Closure<dyn FnMut(js_sys::Array)>)> {
    let on_change = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Some(e) = entries
            .iter()
            .last()
            .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
        {
            visible.set(e.is_intersecting());
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(LOOKAHEAD);
    let observer =
        web_sys::IntersectionObserver::new_with_options(on_change.as_ref().unchecked_ref(), &options).ok()?;
    observer.observe(el);
    Some((observer, on_change))
}

/// A chart drawn from a serialised ECharts option.
#[component]
pub fn ChartView(
    /// The chart's option as JSON (a serialised `charming::Chart`).
    #[prop(into)]
    option: Signal<String>,
    /// Stable identifier, used as the element id and test id.
    #[prop(into)]
    id: String,
    /// Accessible name of the chart.
    #[prop(into)]
    label: Signal<String>,
    /// Id of the element that describes the chart (its summary).
    #[prop(into, optional)]
    described_by: Option<String>,
) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    let live: Rc<RefCell<Option<Live>>> = Rc::default();
    let visible = RwSignal::new(false);
    type Watch = (web_sys::IntersectionObserver, Closure<dyn FnMut(js_sys::Array)>);
    let watch: Rc<RefCell<Option<Watch>>> = Rc::default();

    let for_watch = watch.clone();
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            if for_watch.borrow().is_none() {
                *for_watch.borrow_mut() = watch_visibility(&el, visible);
            }
        }
    });

    let for_effect = live.clone();
    Effect::new(move |_| {
        // Off screen, the option is not even read: no subscription, no work.
        if !visible.get() {
            return;
        }
        let Some(el) = node.get() else { return };
        option.with(|json| {
            let mut slot = for_effect.borrow_mut();
            let first = slot.is_none();
            if first {
                *slot = Live::new(&el);
            }
            let Some(live) = slot.as_mut() else { return };
            if live.drawn == *json {
                return;
            }
            match crate::perf::timed(|| live.chart.set_option_json(json, true)) {
                Ok(()) => live.drawn.clone_from(json),
                Err(err) => web_sys::console::error_2(&"chart option rejected".into(), &err),
            }
            if first {
                // The benchmark's "time to full render" waits for one mark per chart on screen.
                if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
                    let _ = p.mark("socle-chart-drawn");
                }
            }
        });
    });

    let for_cleanup = SendWrapper::new((live, watch));
    on_cleanup(move || {
        let (live, watch) = for_cleanup.take();
        let watched = watch.borrow_mut().take();
        if let Some((observer, _)) = watched {
            observer.disconnect();
        }
        let drawn = live.borrow_mut().take();
        if let Some(live) = drawn {
            live.resize.disconnect();
            live.chart.dispose();
        }
    });

    view! {
        <div class="chart" id=id.clone() data-testid=id node_ref=node
            role="img" aria-label=move || label.get() aria-describedby=described_by></div>
    }
}
