//! The one chart component: owns an ECharts instance for its lifetime.
//!
//! Created once when the element first comes near the viewport, updated in place with `setOption`
//! whenever the serialised option changes (a `Memo<String>` upstream means unchanged charts are never
//! redrawn), resized by a `ResizeObserver`, disposed on cleanup. Charts off screen are not updated:
//! an `IntersectionObserver` tells the chart when it is visible, and it catches up when scrolled in.
//!
//! Printing is the exception: the browser takes its print snapshot right after the `beforeprint`
//! handlers return, before any animation frame or observer callback. [`print_layout`] therefore draws
//! every printed chart with its current option and its paper size synchronously, off screen or not.

use crate::echarts::{self, EchartsInstance, Renderer};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::{cell::RefCell, rc::Rc};
use wasm_bindgen::{closure::Closure, JsCast};

/// How far outside the viewport a chart is already kept up to date (so a scroll shows it drawn).
const LOOKAHEAD: &str = "300px 0px";

/// Chart redraws allowed in one go, in milliseconds: at least one chart is redrawn, another only if
/// the ones before took less than this.
///
/// Redraws run right after a frame is painted (an animation frame posts a message; its task runs once
/// the frame is rendered), never in the input's event handler nor in the frame's own callbacks: the
/// frame after an input paints the headline figures and the control at once, and each chart follows in
/// the next frames. (Measured, Event Timing over 240 interactions: with redraws inside the animation
/// frame, the frame waiting for a 4–7 ms chart redraw, p95 32 ms and 108–118 interactions above 16 ms;
/// after the paint, p95 24 ms and 27–36. Work per update p95 13.5 ms with 6 ms here, 7.1–7.5 ms with 2 ms.)
const FRAME_BUDGET_MS: f64 = 2.0;

type Redraw = Box<dyn FnOnce()>;
/// Lays a printed chart out for print (`true`) or for the screen (`false`).
type LayOut = Rc<dyn Fn(bool)>;
/// A visibility observer and the callback it calls.
type Watch = (web_sys::IntersectionObserver, Closure<dyn FnMut(js_sys::Array)>);

thread_local! {
    /// Charts that appear on paper: how to lay each one out for print (`true`) or screen (`false`).
    static PRINTED: RefCell<Vec<(usize, LayOut)>> = const { RefCell::new(Vec::new()) };
    /// True while the page is laid out for print: resize observers leave the charts at paper size.
    static PRINTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// Pending redraws, at most one per chart (a newer option replaces an older one).
    static QUEUE: RefCell<Vec<(usize, Redraw)>> = const { RefCell::new(Vec::new()) };
    static SCHEDULED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static NEXT_KEY: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Queues `redraw` for chart `key`, replacing any redraw of that chart still waiting.
fn queue_redraw(key: usize, redraw: Redraw) {
    QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        match q.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = redraw,
            None => q.push((key, redraw)),
        }
    });
    if !SCHEDULED.with(|s| s.replace(true)) {
        request_frame();
    }
    publish_pending(QUEUE.with(|q| q.borrow().len()));
}

/// Charts still waiting for their redraw, on `<html data-charts-pending>`: the tests and the benchmark
/// wait for 0 before reading what the screen shows.
fn publish_pending(n: usize) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-charts-pending", &n.to_string());
    }
}

thread_local! {
    /// The channel whose messages run [`run_redraws`]: posted from an animation frame, the message's task
    /// runs after that frame is rendered. `None` where there is no `MessageChannel`.
    static AFTER_PAINT: Option<(web_sys::MessageChannel, Closure<dyn FnMut()>)> = {
        let channel = web_sys::MessageChannel::new().ok();
        channel.map(|c| {
            let run = Closure::<dyn FnMut()>::new(run_redraws);
            c.port1().set_onmessage(Some(run.as_ref().unchecked_ref()));
            (c, run)
        })
    };
}

/// Runs [`run_redraws`] once the next frame is painted.
fn request_frame() {
    let after_paint = Closure::once_into_js(|| {
        let posted = AFTER_PAINT.with(|a| {
            a.as_ref()
                .is_some_and(|(c, _)| c.port2().post_message(&wasm_bindgen::JsValue::NULL).is_ok())
        });
        if !posted {
            run_redraws();
        }
    });
    let ok =
        web_sys::window().is_some_and(|w| w.request_animation_frame(after_paint.unchecked_ref()).is_ok());
    if !ok {
        run_redraws();
    }
}

fn run_redraws() {
    let start = crate::perf::now();
    loop {
        let next = QUEUE.with(|q| {
            let mut q = q.borrow_mut();
            (!q.is_empty()).then(|| q.remove(0))
        });
        let Some((_, redraw)) = next else { break };
        redraw();
        if crate::perf::now() - start > FRAME_BUDGET_MS {
            break;
        }
    }
    let pending = QUEUE.with(|q| q.borrow().len());
    let more = pending > 0;
    SCHEDULED.with(|s| s.set(more));
    publish_pending(pending);
    if more {
        request_frame();
    }
}

/// Lays every printed chart out for paper (`print`), drawn with its current option at its print size,
/// or gives each back its screen size. Synchronous: see the module documentation.
pub fn print_layout(print: bool) {
    PRINTING.with(|p| p.set(print));
    if print {
        // A redraw still queued for a printed chart holds an older option: drop it, so it cannot replace
        // the current one drawn here while the page stays laid out for paper.
        let printed: Vec<usize> = PRINTED.with(|p| p.borrow().iter().map(|(k, _)| *k).collect());
        QUEUE.with(|q| q.borrow_mut().retain(|(k, _)| !printed.contains(k)));
        publish_pending(QUEUE.with(|q| q.borrow().len()));
    }
    let charts: Vec<LayOut> = PRINTED.with(|p| p.borrow().iter().map(|(_, f)| f.clone()).collect());
    for chart in charts {
        chart(print);
    }
}

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
        let on_resize = Closure::<dyn FnMut()>::new(move || {
            // On paper the chart keeps the size `print_layout` gave it.
            if !PRINTING.with(|p| p.get()) {
                handle.resize();
            }
        });
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
fn watch_visibility(el: &web_sys::Element, visible: RwSignal<bool>) -> Option<Watch> {
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

/// Hands `json` to the chart in `el`, creating its instance the first time.
fn draw(live: &RefCell<Option<Live>>, el: &web_sys::HtmlElement, json: &str) {
    let mut slot = live.borrow_mut();
    let first = slot.is_none();
    if first {
        *slot = Live::new(el);
    }
    let Some(live) = slot.as_mut() else { return };
    if live.drawn == json {
        return;
    }
    match crate::perf::timed(|| live.chart.set_option_json(json, true)) {
        Ok(()) => json.clone_into(&mut live.drawn),
        Err(err) => web_sys::console::error_2(&"chart option rejected".into(), &err),
    }
    if first {
        // The benchmark's "time to full render" waits for one mark per chart on screen.
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark("socle-chart-drawn");
        }
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
    /// Drawing size in CSS pixels when printed (the print style sheet scales it to its box); `None`
    /// for a chart that is not printed.
    #[prop(optional_no_strip)]
    print_size: Option<(f64, f64)>,
) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    let live: Rc<RefCell<Option<Live>>> = Rc::default();
    let visible = RwSignal::new(false);
    let watch: Rc<RefCell<Option<Watch>>> = Rc::default();

    let for_watch = watch.clone();
    Effect::new(move |_| {
        if let Some(el) = node.get() {
            if for_watch.borrow().is_none() {
                *for_watch.borrow_mut() = watch_visibility(&el, visible);
            }
        }
    });

    let key = NEXT_KEY.with(|k| k.replace(k.get() + 1));
    if let Some((width, height)) = print_size {
        let live = live.clone();
        let lay_out = move |print: bool| {
            let Some(el) = node.get_untracked() else { return };
            if print {
                draw(&live, &el, &option.get_untracked());
            }
            if let Some(l) = live.borrow().as_ref() {
                if print {
                    l.chart.resize_to_now(width, height);
                } else {
                    l.chart.fit_container_now();
                }
            }
        };
        PRINTED.with(|p| p.borrow_mut().push((key, Rc::new(lay_out))));
    }
    let alive = Rc::new(std::cell::Cell::new(true));
    let alive_for_effect = alive.clone();
    let for_effect = live.clone();
    Effect::new(move |_| {
        // Off screen, the option is not even read: no subscription, no work.
        if !visible.get() {
            return;
        }
        let Some(el) = node.get() else { return };
        let json = option.get();
        let live = for_effect.clone();
        let alive = alive_for_effect.clone();
        queue_redraw(
            key,
            Box::new(move || {
                // The chart may have been removed while its redraw waited.
                if alive.get() {
                    draw(&live, &el, &json);
                }
            }),
        );
    });

    let for_cleanup = SendWrapper::new((live, watch, alive));
    on_cleanup(move || {
        let (live, watch, alive) = for_cleanup.take();
        alive.set(false);
        PRINTED.with(|p| p.borrow_mut().retain(|(k, _)| *k != key));
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
