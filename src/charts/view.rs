//! The one chart component: owns an ECharts instance for its lifetime.
//!
//! Created once when the element first comes near the viewport, updated in place with `setOption`
//! whenever the serialised option changes (a `Memo<String>` upstream means unchanged charts are never
//! redrawn), resized when its element is, disposed on cleanup. Charts off screen are not updated: they
//! catch up when scrolled in ([`use_visible`]). Redraws go through the frame scheduler
//! ([`crate::frame::redraw`]), after paint and within the frame budget.
//!
//! Printing is the exception: the browser takes its print snapshot right after the `beforeprint`
//! handlers return, before any animation frame or observer callback. A printed chart therefore registers
//! with [`crate::print::register`] how to draw itself with its current option at its paper size,
//! synchronously, off screen or not.

use crate::echarts::{self, EchartsInstance, Renderer};
use crate::hooks::{use_resize, use_visible};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use std::{cell::RefCell, rc::Rc};

/// How far outside the viewport a chart is already kept up to date (so a scroll shows it drawn).
const LOOKAHEAD: &str = "300px 0px";

thread_local! {
    static NEXT_KEY: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// A drawn chart.
struct Live {
    chart: EchartsInstance,
    /// The option last handed to ECharts, to skip identical updates when a chart scrolls back in.
    drawn: String,
}

/// Hands `json` to the chart in `el`, creating its instance the first time.
fn draw(live: &RefCell<Option<Live>>, el: &web_sys::HtmlElement, json: &str) {
    let mut slot = live.borrow_mut();
    let first = slot.is_none();
    let live = slot.get_or_insert_with(|| Live {
        chart: echarts::init(el, Renderer::Canvas),
        drawn: String::new(),
    });
    if live.drawn == json {
        return;
    }
    match crate::frame::timed(|| live.chart.set_option_json(json, true)) {
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
    let visible = use_visible(node, LOOKAHEAD);
    let for_resize = live.clone();
    use_resize(node, move || {
        // On paper the chart keeps the size the print layout gave it.
        if crate::print::is_printing() {
            return;
        }
        if let Ok(slot) = for_resize.try_borrow() {
            if let Some(l) = slot.as_ref() {
                l.chart.resize();
            }
        }
    });

    let key = NEXT_KEY.with(|k| k.replace(k.get() + 1));
    if let Some((width, height)) = print_size {
        let live = live.clone();
        crate::print::register(key, move |print: bool| {
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
        });
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
        crate::frame::redraw(key, move || {
            // The chart may have been removed while its redraw waited.
            if alive.get() {
                draw(&live, &el, &json);
            }
        });
    });

    let for_cleanup = SendWrapper::new((live, alive));
    on_cleanup(move || {
        let (live, alive) = for_cleanup.take();
        alive.set(false);
        crate::print::unregister(key);
        let drawn = live.borrow_mut().take();
        if let Some(live) = drawn {
            live.chart.dispose();
        }
    });

    view! {
        <div class="chart" id=id.clone() data-testid=id node_ref=node
            role="img" aria-label=move || label.get() aria-describedby=described_by></div>
    }
}
