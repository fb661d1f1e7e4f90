//! The frame scheduler: all work Socle defers to a later frame or task goes through here, in three lanes.
//!
//! - **Inputs** ([`input`]): the first input since the last animation frame is applied at once, in its
//!   event handler, so its work overlaps the wait for the next frame and that frame paints it; further
//!   inputs before the next frame wait for it and are applied there, in the order they came. However fast
//!   the input, the model is evaluated at most twice per frame (once per frame for a drag, whose events
//!   the browser delivers once per frame). [`flush_inputs`] applies the waiting ones now.
//! - **Redraws** ([`redraw`]): chart redraws run right after a frame is painted (an animation frame
//!   posts a message; its task runs once the frame is rendered), never in the input's event handler nor
//!   in the frame's own callbacks, at most one per chart (a newer one replaces an older one in its place)
//!   and within [`FRAME_BUDGET_MS`] per frame. How many wait is published on `<html data-charts-pending>`.
//! - **Work accounting** ([`timed`]): the time spent in the model, the chart builders and ECharts per
//!   task, published to `window.__socleWork` once the task's effects have run.
//!
//! Each lane's bookkeeping is a plain struct ([`Inputs`], [`Redraws`], [`Work`], [`run_within`]),
//! tested natively; the rest of this module is the browser glue (animation frames, a `MessageChannel`,
//! a timeout, `performance.now()`).

use std::cell::RefCell;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// Chart redraws allowed in one go, in milliseconds: at least one chart is redrawn, another only if
/// the ones before took less than this.
///
/// The frame after an input paints the headline figures and the control at once, and each chart
/// follows in the next frames. (Measured, Event Timing over 240 interactions: with redraws inside the
/// animation frame, the frame waiting for a 4–7 ms chart redraw, p95 32 ms and 108–118 interactions
/// above 16 ms; after the paint, p95 24 ms and 27–36. Work per update p95 13.5 ms with 6 ms here,
/// 7.1–7.5 ms with 2 ms.)
pub const FRAME_BUDGET_MS: f64 = 2.0;

/// The inputs lane: which input runs now and which wait for the next animation frame.
///
/// When inputs come faster than frames, the one applied in its handler is superseded by those applied
/// at the frame before it is painted: one evaluation in that frame is wasted. Making the next input
/// wait for the next frame after such a frame avoids it, but measured worse (interactions above 16 ms
/// to next paint: 34–45 of 240 → 53–67, interleaved runs), so the waste is accepted.
#[derive(Debug)]
pub struct Inputs<J> {
    pending: Vec<J>,
    applied: bool,
    frame_requested: bool,
}

impl<J> Default for Inputs<J> {
    fn default() -> Self {
        Self::new()
    }
}

impl<J> Inputs<J> {
    /// No input yet.
    pub const fn new() -> Self {
        Self {
            pending: Vec::new(),
            applied: false,
            frame_requested: false,
        }
    }

    /// An input arrives: given back if it runs now (the first since the last frame, none waiting),
    /// else kept for the next frame. Either way the caller then asks for a frame ([`Self::request_frame`]).
    pub fn offer(&mut self, job: J) -> Option<J> {
        if self.pending.is_empty() && !std::mem::replace(&mut self.applied, true) {
            Some(job)
        } else {
            self.pending.push(job);
            None
        }
    }

    /// True the first time a frame is asked for since the last one: the caller then requests it.
    pub fn request_frame(&mut self) -> bool {
        !std::mem::replace(&mut self.frame_requested, true)
    }

    /// A frame begins: the inputs that waited, in the order they came; the next input runs at once again.
    pub fn frame(&mut self) -> Vec<J> {
        self.frame_requested = false;
        self.applied = false;
        std::mem::take(&mut self.pending)
    }

    /// The inputs still waiting, to be applied now (the frame will find none).
    pub fn take_pending(&mut self) -> Vec<J> {
        std::mem::take(&mut self.pending)
    }
}

/// The redraws lane: at most one job per key, first queued first run.
#[derive(Debug)]
pub struct Redraws<J> {
    queue: Vec<(usize, J)>,
    requested: bool,
}

impl<J> Default for Redraws<J> {
    fn default() -> Self {
        Self::new()
    }
}

impl<J> Redraws<J> {
    /// Nothing queued.
    pub const fn new() -> Self {
        Self {
            queue: Vec::new(),
            requested: false,
        }
    }

    /// Queues `job` for `key`, replacing (in its place) a job of that key still waiting. True when a run
    /// must be requested (none is yet).
    pub fn push(&mut self, key: usize, job: J) -> bool {
        match self.queue.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = job,
            None => self.queue.push((key, job)),
        }
        !std::mem::replace(&mut self.requested, true)
    }

    /// The next job to run.
    pub fn pop(&mut self) -> Option<J> {
        (!self.queue.is_empty()).then(|| self.queue.remove(0).1)
    }

    /// Drops the waiting jobs whose key fails `keep`.
    pub fn retain(&mut self, keep: impl Fn(usize) -> bool) {
        self.queue.retain(|(k, _)| keep(*k));
    }

    /// Jobs waiting.
    pub fn len(&self) -> usize {
        self.queue.len()
    }

    /// Whether no job waits.
    pub fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }

    /// A run ended: true when jobs remain, so another run must be requested.
    pub fn ran(&mut self) -> bool {
        self.requested = !self.queue.is_empty();
        self.requested
    }
}

/// Runs the jobs `next` gives until there are none or `budget_ms` is spent (as `elapsed_ms` counts
/// since the start): always at least one. Returns how many ran. `next` is asked only between jobs, so
/// a job may queue others.
pub fn run_within<J>(
    budget_ms: f64,
    mut elapsed_ms: impl FnMut() -> f64,
    mut next: impl FnMut() -> Option<J>,
    mut run: impl FnMut(J),
) -> usize {
    let mut ran = 0;
    while let Some(job) = next() {
        run(job);
        ran += 1;
        if elapsed_ms() > budget_ms {
            break;
        }
    }
    ran
}

/// The work-accounting lane: milliseconds of work of the current task.
#[derive(Debug, Default)]
pub struct Work {
    ms: f64,
    flush_requested: bool,
}

impl Work {
    /// Nothing counted.
    pub const fn new() -> Self {
        Self {
            ms: 0.0,
            flush_requested: false,
        }
    }

    /// Counts `ms` of work; true when the caller must request a flush (none is yet).
    pub fn add(&mut self, ms: f64) -> bool {
        self.ms += ms;
        !std::mem::replace(&mut self.flush_requested, true)
    }

    /// The task's total, and a new count begins.
    pub fn flush(&mut self) -> f64 {
        self.flush_requested = false;
        std::mem::take(&mut self.ms)
    }
}

type Job = Box<dyn FnOnce()>;

thread_local! {
    static INPUTS: RefCell<Inputs<Job>> = const { RefCell::new(Inputs::new()) };
    static REDRAWS: RefCell<Redraws<Job>> = const { RefCell::new(Redraws::new()) };
    static WORK: RefCell<Work> = const { RefCell::new(Work::new()) };
    /// The channel whose messages run the redraws: posted from an animation frame, the message's task
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

/// Milliseconds since the page started.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Calls `f` at the next animation frame; false if the browser refused (or there is no window).
fn animation_frame(f: impl FnOnce() + 'static) -> bool {
    let f = Closure::once_into_js(f);
    web_sys::window().is_some_and(|w| w.request_animation_frame(f.unchecked_ref()).is_ok())
}

// Inputs.

/// Applies `job` now if it is the first input since the last animation frame, else at the next frame
/// together with the others.
pub fn input(job: impl FnOnce() + 'static) {
    let now = INPUTS.with(|i| i.borrow_mut().offer(Box::new(job)));
    if let Some(job) = now {
        job();
    }
    if INPUTS.with(|i| i.borrow_mut().request_frame()) && !animation_frame(input_frame) {
        // No window or no animation frame: run now rather than lose the input.
        input_frame();
    }
}

/// Applies the inputs waiting for the next frame, in the order they came.
pub fn flush_inputs() {
    let jobs = INPUTS.with(|i| i.borrow_mut().take_pending());
    jobs.into_iter().for_each(|job| job());
}

fn input_frame() {
    let jobs = INPUTS.with(|i| i.borrow_mut().frame());
    jobs.into_iter().for_each(|job| job());
}

// Redraws.

/// Queues `job` (a chart redraw) for `key`, replacing any job of that key still waiting; it runs once
/// the next frame is painted, within the frame budget.
pub fn redraw(key: usize, job: impl FnOnce() + 'static) {
    if REDRAWS.with(|r| r.borrow_mut().push(key, Box::new(job))) {
        request_after_paint();
    }
    publish_pending();
}

/// Drops the waiting redraws whose key fails `keep`.
pub fn drop_redraws(keep: impl Fn(usize) -> bool) {
    REDRAWS.with(|r| r.borrow_mut().retain(keep));
    publish_pending();
}

/// Redraws still waiting, on `<html data-charts-pending>`: the tests and the benchmark wait for 0
/// before reading what the screen shows.
fn publish_pending() {
    let n = REDRAWS.with(|r| r.borrow().len());
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-charts-pending", &n.to_string());
    }
}

/// Runs the redraws once the next frame is painted.
fn request_after_paint() {
    let posted = animation_frame(|| {
        let posted = AFTER_PAINT.with(|a| {
            a.as_ref()
                .is_some_and(|(c, _)| c.port2().post_message(&JsValue::NULL).is_ok())
        });
        if !posted {
            run_redraws();
        }
    });
    if !posted {
        run_redraws();
    }
}

fn run_redraws() {
    let start = now();
    run_within(
        FRAME_BUDGET_MS,
        || now() - start,
        || REDRAWS.with(|r| r.borrow_mut().pop()),
        |job| job(),
    );
    let more = REDRAWS.with(|r| r.borrow_mut().ran());
    publish_pending();
    if more {
        request_after_paint();
    }
}

// Work accounting.

/// Runs `f` and counts its duration as work of the current task.
pub fn timed<T>(f: impl FnOnce() -> T) -> T {
    let t0 = now();
    let out = f();
    if WORK.with(|w| w.borrow_mut().add(now() - t0)) {
        // Once the task's effects have all run (a macrotask after the microtasks that run them).
        let flush = Closure::once_into_js(publish_work);
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(flush.unchecked_ref());
        }
    }
    out
}

/// Appends `[milliseconds of work, when the task ended]` to `window.__socleWork`: the benchmark adds up
/// the tasks of one interaction as well as reporting each.
fn publish_work() {
    let ms = WORK.with(|w| w.borrow_mut().flush());
    let Some(w) = web_sys::window() else { return };
    let key = JsValue::from_str("__socleWork");
    let list = js_sys::Reflect::get(&w, &key)
        .ok()
        .filter(JsValue::is_object)
        .unwrap_or_else(|| {
            let a = js_sys::Array::new();
            let _ = js_sys::Reflect::set(&w, &key, &a);
            a.into()
        });
    if let Some(a) = list.dyn_ref::<js_sys::Array>() {
        a.push(&js_sys::Array::of2(
            &JsValue::from_f64(ms),
            &JsValue::from_f64(now()),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_input_of_a_frame_runs_now_and_later_ones_wait_in_order() {
        let mut lane = Inputs::new();
        assert_eq!(lane.offer('a'), Some('a'));
        assert!(lane.request_frame(), "the first input asks for a frame");
        assert_eq!(lane.offer('b'), None);
        assert!(
            !lane.request_frame(),
            "one frame is asked for, however many inputs"
        );
        assert_eq!(lane.offer('c'), None);
        assert_eq!(
            lane.frame(),
            ['b', 'c'],
            "waiting inputs run at the frame, in order"
        );
        assert_eq!(
            lane.offer('d'),
            Some('d'),
            "after a frame the next input runs at once again"
        );
        assert!(lane.request_frame(), "and asks for the next frame");
        assert!(lane.frame().is_empty(), "nothing waited");
    }

    #[test]
    fn taking_the_waiting_inputs_leaves_none_for_the_frame_and_keeps_later_ones_waiting() {
        let mut lane = Inputs::new();
        assert_eq!(lane.offer(1), Some(1));
        assert_eq!(lane.offer(2), None);
        assert_eq!(lane.take_pending(), [2]);
        // Still the same frame: a new input waits rather than running ahead of the frame.
        assert_eq!(lane.offer(3), None);
        assert_eq!(lane.frame(), [3]);
    }

    #[test]
    fn a_newer_redraw_replaces_the_waiting_one_of_its_chart_in_its_place() {
        let mut lane = Redraws::new();
        assert!(lane.push(7, "seven, old"), "the first redraw asks for a run");
        assert!(!lane.push(3, "three"), "one run is asked for at a time");
        assert!(!lane.push(7, "seven, new"));
        assert_eq!(lane.len(), 2);
        assert_eq!(lane.pop(), Some("seven, new"));
        assert_eq!(lane.pop(), Some("three"));
        assert_eq!(lane.pop(), None);
        assert!(!lane.ran(), "nothing left: no further run");
        assert!(lane.push(1, "one"), "the next redraw asks for a run again");
    }

    #[test]
    fn redraws_left_after_a_run_ask_for_another_and_dropped_ones_never_run() {
        let mut lane = Redraws::new();
        for key in 0..4 {
            lane.push(key, key);
        }
        lane.retain(|k| k % 2 == 1);
        assert_eq!(lane.pop(), Some(1));
        assert!(lane.ran(), "one left: another run");
        assert!(!lane.push(9, 9), "a run is already asked for");
        assert_eq!((lane.pop(), lane.pop(), lane.pop()), (Some(3), Some(9), None));
    }

    /// A clock that advances by the cost of each job run.
    fn run_with_costs(costs: &[f64], budget: f64) -> Vec<usize> {
        let clock = std::cell::Cell::new(0.0);
        let mut queue: std::collections::VecDeque<usize> = (0..costs.len()).collect();
        let mut ran = Vec::new();
        let n = run_within(
            budget,
            || clock.get(),
            || queue.pop_front(),
            |i| {
                clock.set(clock.get() + costs[i]);
                ran.push(i);
            },
        );
        assert_eq!(n, ran.len());
        ran
    }

    #[test]
    fn a_run_stops_once_the_budget_is_spent_but_always_runs_one() {
        assert_eq!(
            run_with_costs(&[5.0, 0.1], 2.0),
            [0],
            "one redraw over budget: the rest wait"
        );
        assert_eq!(run_with_costs(&[0.5, 0.5, 0.5, 1.0, 0.5], 2.0), [0, 1, 2, 3]);
        assert_eq!(
            run_with_costs(&[0.5, 0.5], 2.0),
            [0, 1],
            "all of them when they fit"
        );
        assert_eq!(
            run_with_costs(&[1.0, 1.0, 1.0], 2.0),
            [0, 1, 2],
            "exactly the budget: one more may run"
        );
        assert_eq!(run_with_costs(&[], 2.0), Vec::<usize>::new());
    }

    #[test]
    fn work_adds_up_until_flushed_and_asks_for_one_flush() {
        let mut w = Work::new();
        assert!(w.add(1.5), "the first count asks for a flush");
        assert!(!w.add(2.0));
        assert_eq!(w.flush(), 3.5);
        assert_eq!(w.flush(), 0.0);
        assert!(w.add(0.25), "after a flush the next count asks again");
    }
}
