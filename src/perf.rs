//! Work accounting for the benchmark: time spent in the model, the chart builders and ECharts per
//! task, published to `window.__socleWork` as `[milliseconds, end time]` per task. A few `performance.now()`
//! calls per frame: negligible, and it lets the benchmark report the synchronous work per interaction.

use std::cell::Cell;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

thread_local! {
    static FRAME_MS: Cell<f64> = const { Cell::new(0.0) };
    static FLUSH_PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Milliseconds since the page started.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Runs `f` and counts its duration as work of the current update.
pub fn timed<T>(f: impl FnOnce() -> T) -> T {
    let t0 = now();
    let out = f();
    FRAME_MS.with(|c| c.set(c.get() + now() - t0));
    schedule_flush();
    out
}

/// Once the update's effects have all run (a macrotask after the microtasks that run them), publish
/// the total and start a new count.
fn schedule_flush() {
    if FLUSH_PENDING.with(|p| p.replace(true)) {
        return;
    }
    let flush = Closure::once_into_js(|| {
        FLUSH_PENDING.with(|p| p.set(false));
        let ms = FRAME_MS.with(|c| c.replace(0.0));
        let Some(w) = web_sys::window() else { return };
        let key = JsValue::from_str("__socleWork");
        let list = js_sys::Reflect::get(&w, &key)
            .ok()
            .filter(|v| v.is_object())
            .unwrap_or_else(|| {
                let a = js_sys::Array::new();
                let _ = js_sys::Reflect::set(&w, &key, &a);
                a.into()
            });
        if let Some(a) = list.dyn_ref::<js_sys::Array>() {
            // [milliseconds of work, when the task ended]: the benchmark adds up the tasks of one
            // interaction as well as reporting each.
            let entry = js_sys::Array::of2(&JsValue::from_f64(ms), &JsValue::from_f64(now()));
            a.push(&entry);
        }
    });
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback(flush.unchecked_ref());
    }
}
