//! The storyboard panel (add the current scenario as a step, retitle, reorder, delete, share as one
//! link, print as slides) and the slides laid out for print, one 16:9 page per step.

use super::slide::{chart_of, default_steps, slide};
use super::Present;
use crate::charts::registry::CHARTS;
use crate::echarts;
use crate::state::AppState;
use leptos::prelude::*;
use socle_model::t;
use socle_share::storyboard::{MAX_STEPS, MAX_TITLE_CHARS};
use socle_share::{encode_story, Step};

/// Class set on the root element while the storyboard is printed (the print style sheet then lays out
/// the slides alone, one 16:9 page each).
const PRINT_CLASS: &str = "story-print";

/// Drawing size of a printed slide's chart, CSS pixels (it fills the lower part of a 16:9 page).
const SLIDE_CHART: (f64, f64) = (1400.0, 560.0);

/// Moves step `i` by `delta` places if it stays within the list.
pub fn moved(steps: &mut [Step], i: usize, delta: isize) {
    if let Some(j) = i.checked_add_signed(delta).filter(|&j| j < steps.len()) {
        steps.swap(i, j);
    }
}

/// The panel.
#[component]
pub fn StoryboardPanel() -> impl IntoView {
    let state = AppState::get();
    let present = Present::get();
    let tr = move |en: &'static str| state.lang.get().tr(en);
    let chart = RwSignal::new(CHARTS[0].id.to_owned());
    let link = RwSignal::new(None::<String>);
    let full = move || present.board.with(Vec::len) >= MAX_STEPS;
    let add = move |_| {
        let step = Step {
            title: String::new(),
            chart: chart.get_untracked(),
            scenario: state.scenario().get_untracked(),
        };
        present.board.update(|b| {
            if b.len() < MAX_STEPS {
                b.push(step)
            }
        });
        link.set(None);
    };
    view! {
        <section class="section storyboard-panel" aria-labelledby="storyboard-heading">
            <h2 id="storyboard-heading">{move || tr("Storyboard")}</h2>
            <p class="hint">{move || tr("The steps of a presentation, each a scenario shown with one chart. Empty, present mode shows the default storyboard of the current scenario: cost, what binds, sovereignty, getting there, the decision.")}</p>
            <div class="storyboard-tools">
                <label for="storyboard-chart">{move || tr("Chart of the step")}</label>
                <select id="storyboard-chart" data-testid="storyboard-chart" on:change=move |ev| chart.set(event_target_value(&ev))>
                    {move || { let lang = state.lang.get(); CHARTS.iter().map(|c| view! {
                        <option value=c.id selected=move || chart.get() == c.id>{c.name(lang)}</option>
                    }).collect_view() }}
                </select>
                <button type="button" data-testid="storyboard-add" disabled=full on:click=add>
                    {move || tr("Add the current scenario as a step")}
                </button>
                <button type="button" data-testid="storyboard-default" disabled=move || !present.board.with(Vec::is_empty)
                    on:click=move |_| present.board.set(state.scenario().with_untracked(default_steps))>
                    {move || tr("Start from the default storyboard")}
                </button>
            </div>
            <ol class="storyboard" data-testid="storyboard">
                {move || (0..present.board.with(Vec::len)).map(|i| view! { <StepItem i /> }).collect_view()}
            </ol>
            <div class="storyboard-tools">
                <button type="button" data-testid="present-print" on:click=move |_| print_slides(present)>
                    {move || tr("Print as 16:9 slides")}
                </button>
                <button type="button" data-testid="storyboard-share" on:click=move |_| {
                    let steps = present.steps(state);
                    link.set(Some(format!("{}#{}", crate::share::page_address(), encode_story(&steps, true))));
                }>{move || tr("Make the storyboard link")}</button>
            </div>
            {move || link.get().map(|l| view! {
                <label class="storyboard-link">
                    {move || tr("Link to the storyboard (opens present mode)")}
                    <input type="text" readonly data-testid="storyboard-link" prop:value=l />
                </label>
            })}
        </section>
    }
}

/// One step of the list: its title field, its chart, and buttons to move or delete it.
#[component]
fn StepItem(i: usize) -> impl IntoView {
    let state = AppState::get();
    let present = Present::get();
    let lang = move || state.lang.get();
    let step = move || present.board.with(|b| b.get(i).cloned());
    let len = move || present.board.with(Vec::len);
    let numbered = move |template: &'static str| lang().fill(template, &[("n", &(i + 1).to_string())]);
    view! {
        <li class="storyboard-step" data-testid="storyboard-step">
            <label>
                <span class="visually-hidden">{move || numbered(t!("Title of step {n}"))}</span>
                <input type="text" data-testid="storyboard-title" maxlength=MAX_TITLE_CHARS.to_string()
                    placeholder=move || step().map(|s| super::slide::default_heading(chart_of(&s.chart), lang()))
                    prop:value=move || step().map(|s| s.title).unwrap_or_default()
                    on:change=move |ev| {
                        let t: String = event_target_value(&ev).chars().filter(|c| !c.is_control()).take(MAX_TITLE_CHARS).collect();
                        present.board.update(|b| if let Some(s) = b.get_mut(i) { s.title = t });
                    } />
            </label>
            <span class="storyboard-chart-name">{move || step().map(|s| chart_of(&s.chart).name(lang()))}</span>
            <button type="button" data-testid="storyboard-up" disabled=move || i == 0
                aria-label=move || numbered(t!("Move up step {n}"))
                on:click=move |_| present.board.update(|b| moved(b, i, -1))>"↑"</button>
            <button type="button" data-testid="storyboard-down" disabled=move || { i + 1 >= len() }
                aria-label=move || numbered(t!("Move down step {n}"))
                on:click=move |_| present.board.update(|b| moved(b, i, 1))>"↓"</button>
            <button type="button" data-testid="storyboard-delete"
                aria-label=move || numbered(t!("Delete step {n}"))
                on:click=move |_| present.board.update(|b| { if i < b.len() { b.remove(i); } })>"✕"</button>
        </li>
    }
}

/// Lays the slides out, then opens the browser's print dialog once they are in the page; the layout is
/// undone after printing.
fn print_slides(present: Present) {
    present.printing.set(true);
    // The slides are written at the next turn of the event loop; print then.
    gloo::timers::callback::Timeout::new(0, move || {
        if let Some(root) = document().document_element() {
            let _ = root.class_list().add_1(PRINT_CLASS);
        }
        crate::print::print();
    })
    .forget();
}

/// Ends the slide layout (after printing).
fn end_print(present: Present) {
    if let Some(root) = document().document_element() {
        let _ = root.class_list().remove_1(PRINT_CLASS);
    }
    present.printing.set(false);
}

/// The storyboard as 16:9 slides, in the page only while it is printed.
#[component]
pub fn PrintSlides() -> impl IntoView {
    let state = AppState::get();
    let present = Present::get();
    let after = gloo::events::EventListener::new(&window(), "afterprint", move |_| {
        // Under print emulation the page stays in print media after a PDF is made: keep the slides.
        let still = window()
            .match_media("print")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches());
        if present.printing.get_untracked() && !still {
            end_print(present);
        }
    });
    after.forget();
    let slides = move || {
        if !present.printing.get() {
            return None;
        }
        let lang = state.lang.get();
        let steps = present.steps(state);
        let n = steps.len();
        Some(steps.into_iter().enumerate().map(|(i, st)| {
            let r = socle_model::evaluate(&st.scenario).ok();
            r.map(|r| {
                let sl = slide(chart_of(&st.chart), &st.title, &r, &st.scenario, lang);
                let (w, h) = SLIDE_CHART;
                let src = echarts::socle_svg(&sl.figure.option_json, w, h).ok().map(|svg| {
                    format!("data:image/svg+xml;charset=utf-8,{}", String::from(js_sys::encode_uri_component(&svg)))
                });
                view! {
                    <section class="story-slide" data-testid="present-slide">
                        <p class="story-slide-step">{format!("{} / {n}", i + 1)}</p>
                        <h2>{sl.heading}</h2>
                        <p class="story-slide-message">{sl.message.clone()}</p>
                        <p class="story-slide-figure"><span>{sl.label}</span>" "<strong>{sl.value}</strong>" "<span>{sl.note}</span></p>
                        {src.map(|src| view! { <img src=src alt=sl.message width=w.to_string() height=h.to_string() /> })}
                    </section>
                }
            })
        }).collect_view())
    };
    view! { <div class="story-slides" data-testid="present-slides">{slides}</div> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::scenario;
    use socle_model::Persona;

    #[test]
    fn steps_move_within_the_list_only() {
        let mut steps = default_steps(&scenario(Persona::AiStartup));
        let ids = |s: &[Step]| s.iter().map(|x| x.chart.clone()).collect::<Vec<_>>();
        let before = ids(&steps);
        moved(&mut steps, 0, -1);
        moved(&mut steps, 4, 1);
        assert_eq!(ids(&steps), before, "the ends stay put");
        moved(&mut steps, 1, -1);
        assert_eq!(ids(&steps)[..2], [before[1].clone(), before[0].clone()]);
        moved(&mut steps, 0, 1);
        assert_eq!(ids(&steps), before);
    }
}
