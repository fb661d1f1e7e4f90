//! The one chart component: owns an ECharts instance for its lifetime.
//!
//! Created once when the element mounts, updated in place with `setOption` whenever the serialised
//! option changes (a `Memo<String>` upstream means unchanged charts are never redrawn), resized by a
//! `ResizeObserver`, disposed on cleanup.

use crate::echarts::{self, EchartsInstance, Renderer};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::{cell::RefCell, rc::Rc};
use wasm_bindgen::{closure::Closure, JsCast};

struct Live {
    chart: EchartsInstance,
    observer: web_sys::ResizeObserver,
    // Kept alive as long as the observer may call it.
    _on_resize: Closure<dyn FnMut()>,
}

impl Live {
    fn new(el: &web_sys::HtmlElement) -> Option<Self> {
        let chart = echarts::init(el, Renderer::Canvas);
        let handle: EchartsInstance = chart.clone().unchecked_into();
        let on_resize = Closure::<dyn FnMut()>::new(move || handle.resize());
        let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
        observer.observe(el);
        Some(Self {
            chart,
            observer,
            _on_resize: on_resize,
        })
    }
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

    let for_effect = live.clone();
    Effect::new(move |_| {
        let json = option.get();
        let Some(el) = node.get() else { return };
        let mut slot = for_effect.borrow_mut();
        if slot.is_none() {
            *slot = Live::new(&el);
        }
        if let Some(live) = slot.as_ref() {
            if let Err(err) = live.chart.set_option_json(&json, true) {
                web_sys::console::error_2(&"chart option rejected".into(), &err);
            }
        }
    });

    let for_cleanup = SendWrapper::new(live);
    on_cleanup(move || {
        if let Some(live) = for_cleanup.take().borrow_mut().take() {
            live.observer.disconnect();
            live.chart.dispose();
        }
    });

    view! { <div class="chart" id=id.clone() data-testid=id node_ref=node role="img" aria-label=move || label.get() aria-describedby=described_by></div> }
}
