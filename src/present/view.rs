//! The header button, and the full-screen present view: a modal `<dialog>` covering the viewport (and the
//! screen too when the browser allows full screen), one step at a time, driven by the keyboard or a
//! presentation clicker (which sends PageUp / PageDown).

use super::slide::{chart_of, slide, Slide};
use super::{call_quietly, current_fragment, fullscreen_element, Present, BUTTON_ID};
use crate::charts::view::ChartView;
use crate::controls::widgets::{Scale, Slider};
use crate::i18n::format as f;
use crate::state::AppState;
use crate::{echarts, export};
use leptos::prelude::*;
use web_sys::KeyboardEvent;

/// Size of an exported slide image, CSS pixels (16:9); PNGs are drawn at [`EXPORT_PIXEL_RATIO`].
const EXPORT_SIZE: (f64, f64) = (1600.0, 900.0);
/// 1,600 × 900 at 1.2 gives a 1,920 × 1,080 image, the size of a full-HD slide.
const EXPORT_PIXEL_RATIO: f64 = 1.2;

/// What a key does in present mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAction {
    /// Next step (or reveal first).
    Forward,
    /// Previous step.
    Back,
    /// First step.
    First,
    /// Last step.
    Last,
    /// Leave present mode.
    Leave,
}

/// The action of a key (`KeyboardEvent.key`): clickers send PageDown / PageUp.
pub fn key_action(key: &str) -> Option<KeyAction> {
    Some(match key {
        "ArrowRight" | "ArrowDown" | "PageDown" | " " | "Spacebar" => KeyAction::Forward,
        "ArrowLeft" | "ArrowUp" | "PageUp" => KeyAction::Back,
        "Home" => KeyAction::First,
        "End" => KeyAction::Last,
        "Escape" | "Esc" => KeyAction::Leave,
        _ => return None,
    })
}

/// The "Present" button of the top bar.
#[component]
pub fn PresentButton() -> impl IntoView {
    let state = AppState::get();
    let present = Present::get();
    view! {
        <button type="button" id=BUTTON_ID data-testid="present-mode" on:click=move |_| {
            // Asked within the click, as browsers require; refused quietly where not allowed.
            call_quietly(&document().document_element().map(Into::into).unwrap_or_default(), "requestFullscreen");
            present.enter(state);
        }>{move || state.lang.get().tr("Present")}</button>
    }
}

/// The slide on screen, live: rebuilt when the results, the step or the language change.
fn live_slide(state: AppState, present: Present) -> Memo<Option<Slide>> {
    Memo::new(move |_| {
        if !present.open.get() {
            return None;
        }
        let lang = state.lang.get();
        let r = state.results.get();
        let i = present.index.get();
        present.shown.with(|steps| {
            let step = steps.get(i)?;
            Some(
                state
                    .scenario()
                    .with(|s| slide(chart_of(&step.chart), &step.title, &r, s, lang)),
            )
        })
    })
}

/// Everything present mode adds to the page: the message of a storyboard link that could not be read,
/// the present view and the print slides. Reads a storyboard link at start and when one is pasted.
#[component]
pub fn PresentLayer() -> impl IntoView {
    let state = AppState::get();
    let present = Present::get();
    present.read_link(state, &current_fragment());
    let on_hash = gloo::events::EventListener::new(&window(), "hashchange", move |_| {
        present.read_link(state, &current_fragment())
    });
    // Leaving full screen with the browser's own key closes present mode too.
    let on_fullscreen = gloo::events::EventListener::new(&document(), "fullscreenchange", move |_| {
        if fullscreen_element().is_none() {
            present.leave(state);
        }
    });
    on_hash.forget();
    on_fullscreen.forget();
    view! {
        {move || present.error.get().map(|e| view! {
            <div class="alert story-error" role="alert" data-testid="storyboard-error">
                <p>{move || e.message(state.lang.get())}</p>
                <button type="button" data-testid="storyboard-error-dismiss" on:click=move |_| present.error.set(None)>
                    {move || state.lang.get().tr("Dismiss")}
                </button>
            </div>
        })}
        <PresentView />
        <super::board::PrintSlides />
    }
}

/// The full-screen view.
#[component]
fn PresentView() -> impl IntoView {
    let state = AppState::get();
    let present = Present::get();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let stage = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let open = present.open.get();
        if let Some(d) = dialog.get() {
            if open && !d.open() {
                let _ = d.show_modal();
                if let Some(s) = stage.get() {
                    let _ = s.focus();
                }
            } else if !open && d.open() {
                d.close();
            }
        }
    });
    let current = live_slide(state, present);
    let tr = move |en: &'static str| state.lang.get().tr(en);
    let hidden = move || present.ask_room.get() && !present.revealed.get();
    let on_key = move |ev: KeyboardEvent| {
        let Some(action) = key_action(&ev.key()) else {
            return;
        };
        let target = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .map(|e| e.tag_name())
            .unwrap_or_default();
        // Arrows move a slider, Space presses a button: leave those keys to the control in focus.
        let in_control = matches!(target.as_str(), "INPUT" | "SELECT" | "TEXTAREA")
            || (matches!(target.as_str(), "BUTTON" | "SUMMARY") && ev.key() == " ");
        if in_control && action != KeyAction::Leave {
            return;
        }
        ev.prevent_default();
        match action {
            KeyAction::Forward => present.forward(state),
            KeyAction::Back => present.back(state),
            KeyAction::First => present.go(state, 0),
            KeyAction::Last => present.go(state, usize::MAX),
            KeyAction::Leave => present.leave(state),
        }
    };
    let chart_id = move || {
        let i = present.index.get();
        present
            .shown
            .with(|s| s.get(i).map(|st| st.chart.clone()))
            .unwrap_or_default()
    };
    // The last option drawn stays while present mode closes, so the chart is never handed an empty one.
    let option = Memo::new(move |prev: Option<&String>| {
        current
            .with(|c| c.as_ref().map(|c| c.figure.option_json.clone()))
            .or_else(|| prev.cloned())
            .unwrap_or_default()
    });
    let message =
        Signal::derive(move || current.with(|c| c.as_ref().map(|c| c.message.clone()).unwrap_or_default()));
    let count = move || present.shown.with(Vec::len);
    let heading_now =
        move || current.with_untracked(|c| c.as_ref().map(|c| c.heading.clone()).unwrap_or_default());
    view! {
        <dialog node_ref=dialog class="present" data-testid="present-view" aria-labelledby="present-heading"
            data-step=move || present.index.get().to_string() data-chart=chart_id
            data-revealed=move || (!hidden()).to_string()
            on:cancel=move |ev: web_sys::Event| { ev.prevent_default(); present.leave(state); }
            on:keydown=on_key>
            <div class="present-stage" node_ref=stage tabindex="-1">
                <header class="present-top">
                    <p class="present-step" data-testid="present-step" aria-live="polite"
                        aria-label=move || state.lang.get().fill(
                            "Step {step} of {count}",
                            &[("step", &(present.index.get() + 1).to_string()), ("count", &count().to_string())],
                        )>
                        {move || format!("{} / {}", present.index.get() + 1, count())}
                    </p>
                    <label class="present-toggle">
                        <input type="checkbox" data-testid="present-ask-room" prop:checked=move || present.ask_room.get()
                            on:change=move |ev| { present.ask_room.set(event_target_checked(&ev)); present.revealed.set(false); } />
                        {move || tr("Ask the room first")}
                    </label>
                    <button type="button" data-testid="present-export-png" on:click=move |_| export_step(present, "png", &option.get_untracked(), &heading_now(), &message.get_untracked())>
                        {move || tr("Slide as PNG")}
                    </button>
                    <button type="button" data-testid="present-export-svg" on:click=move |_| export_step(present, "svg", &option.get_untracked(), &heading_now(), &message.get_untracked())>
                        {move || tr("Slide as SVG")}
                    </button>
                    <button type="button" data-testid="present-leave" on:click=move |_| present.leave(state)>
                        {move || tr("Leave (Esc)")}
                    </button>
                </header>
                <h2 id="present-heading" class="present-heading" data-testid="present-heading">
                    {move || current.with(|c| c.as_ref().map(|c| c.heading.clone()))}
                </h2>
                <div class="present-body" class:concealed=hidden aria-hidden=move || hidden().to_string()>
                    <p class="present-message" data-testid="present-message">{move || message.get()}</p>
                    <p class="present-figure" data-testid="present-figure">
                        <span class="present-figure-label">{move || current.with(|c| c.as_ref().map(|c| c.label.clone()))}</span>
                        <span class="present-figure-value" data-testid="present-figure-value">{move || current.with(|c| c.as_ref().map(|c| c.value.clone()))}</span>
                        <span class="present-figure-note">{move || current.with(|c| c.as_ref().map(|c| c.note.clone()))}</span>
                    </p>
                    <div class="present-chart">
                        {move || present.open.get().then(|| view! { <ChartView id="present-chart" option label=message /> })}
                    </div>
                </div>
                {move || hidden().then(|| view! {
                    <button type="button" class="present-reveal" data-testid="present-reveal" on:click=move |_| {
                        present.revealed.set(true);
                        // The button goes away: keys keep reaching the present view.
                        if let Some(s) = stage.get_untracked() { let _ = s.focus(); }
                    }>
                        {move || tr("Reveal the answer")}
                    </button>
                })}
                <footer class="present-bottom">
                    <button type="button" data-testid="present-back" disabled=move || present.index.get() == 0
                        on:click=move |_| present.back(state)>{move || tr("Previous")}</button>
                    // Only while presenting: the dashboard's own controls stay the only ones on the page.
                    {move || present.open.get().then(|| view! { <LiveControls /> })}
                    <button type="button" data-testid="present-next" on:click=move |_| present.forward(state)
                        disabled=move || { !hidden() && present.index.get() + 1 >= count() }>
                        {move || tr("Next")}</button>
                </footer>
            </div>
        </dialog>
    }
}

/// The few controls a presenter moves live: the figure and the chart follow.
#[component]
fn LiveControls() -> impl IntoView {
    let state = AppState::get();
    let lang = move || state.lang.get();
    let get =
        move |read: fn(&socle_model::Scenario) -> f64| Signal::derive(move || state.scenario().with(read));
    let differs = move |read: fn(&socle_model::Scenario) -> f64| {
        Signal::derive(move || state.scenario().with(read) != state.preset.with(read))
    };
    let utilisation = |s: &socle_model::Scenario| s.compute.utilisation;
    let horizon = |s: &socle_model::Scenario| f64::from(s.compute.horizon_years);
    let gpus = |s: &socle_model::Scenario| f64::from(s.compute.gpu_count);
    view! {
        <details class="present-controls" data-testid="present-controls">
            <summary>{move || lang().tr("Adjust live")}</summary>
            <Slider id="present-utilisation" label=Signal::derive(move || lang().tr("Average utilisation").to_owned())
                value=get(utilisation) shown=Signal::derive(move || f::percent(lang(), state.scenario().with(utilisation), 0))
                min=0.0 max=1.0 step=0.01 modified=differs(utilisation)
                on_change=move |v| state.update(move |s| s.compute.utilisation = v) />
            <Slider id="present-horizon" label=Signal::derive(move || lang().tr("Horizon").to_owned())
                value=get(horizon) shown=Signal::derive(move || format!("{} {}", f::number(lang(), state.scenario().with(horizon), 0), lang().tr("years")))
                min=1.0 max=10.0 step=1.0 modified=differs(horizon)
                on_change=move |v| state.update(move |s| s.compute.horizon_years = v as u32) />
            <Slider id="present-gpu-count" label=Signal::derive(move || lang().tr("Number of GPUs").to_owned())
                value=get(gpus) shown=Signal::derive(move || f::number(lang(), state.scenario().with(gpus), 0))
                min=1.0 max=socle_model::ranges::GPU_COUNT.1 step=1.0 scale=Scale::Log modified=differs(gpus)
                on_change=move |v| state.update(move |s| s.compute.gpu_count = v as u32) />
        </details>
    }
}

/// Downloads the step on screen as a 16:9 image that stands on its own in a deck: the slide's heading
/// and message above its chart; a PNG as drawn, or an SVG of the option.
fn export_step(present: Present, kind: &str, option: &str, heading: &str, message: &str) {
    let n = present.index.get_untracked() + 1;
    let (w, h) = EXPORT_SIZE;
    let titled = super::slide::titled_option(option, heading, message);
    if kind == "svg" {
        if let Ok(svg) = echarts::socle_svg(&titled, w, h) {
            let _ = export::download_text(&format!("socle-step-{n}.svg"), "image/svg+xml", &svg);
        }
        return;
    }
    let Some(el) = document().get_element_by_id("present-chart") else {
        return;
    };
    let Some(chart) = echarts::instance_of(&el) else {
        return;
    };
    // Drawn once with the header at the export size, then put back as it was on screen.
    let _ = chart.set_option_json(&titled, true);
    chart.resize_to_now(w, h);
    let url = chart.png_data_url(EXPORT_PIXEL_RATIO);
    let _ = chart.set_option_json(option, true);
    chart.fit_container_now();
    let _ = export::download_data_url(&format!("socle-step-{n}.png"), &url);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clicker_and_keyboard_keys_move_through_the_steps() {
        for k in ["ArrowRight", "ArrowDown", "PageDown", " "] {
            assert_eq!(key_action(k), Some(KeyAction::Forward), "{k}");
        }
        for k in ["ArrowLeft", "ArrowUp", "PageUp"] {
            assert_eq!(key_action(k), Some(KeyAction::Back), "{k}");
        }
        assert_eq!(key_action("Home"), Some(KeyAction::First));
        assert_eq!(key_action("End"), Some(KeyAction::Last));
        assert_eq!(key_action("Escape"), Some(KeyAction::Leave));
        assert_eq!(key_action("a"), None);
        assert_eq!(key_action("Enter"), None);
    }
}
