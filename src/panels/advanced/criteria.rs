//! The 48 criteria of the sovereignty framework, one row each, with every option's answer as a select.
//!
//! 240 selects are costly to build and to keep reactive, so the table exists only while its `<details>`
//! is open, and each select listens to its own cell: an answer memo per option turns every scenario
//! change into five array comparisons, and a cell's select is touched only when its answer moves.

use super::edit::set_answer;
use crate::i18n::{labels, Lang};
use crate::state::AppState;
use leptos::either::Either;
use leptos::prelude::*;
use socle_model::sovereignty::{answers_for, ceiling, us_controlled, CRITERIA, CRITERION_COUNT, OBJECTIVES};
use socle_model::DeploymentOption;
use wasm_bindgen::JsCast;

type Answers = [u8; CRITERION_COUNT];

/// Per option, what a cell needs: the answers in force, the preset's, and whether US law caps it.
#[derive(Clone, Copy)]
struct Column {
    option: DeploymentOption,
    now: Memo<Answers>,
    preset: Memo<Answers>,
    us: Memo<bool>,
}

fn columns() -> [Column; 5] {
    let state = AppState::get();
    DeploymentOption::ALL.map(|option| Column {
        option,
        // The results already hold `answers_for(scenario, option)`: no second evaluation.
        now: Memo::new(move |_| state.results.with(|r| r.sovereignty.option(option).answers)),
        preset: Memo::new(move |_| state.preset.with(|p| answers_for(p, option))),
        us: Memo::new(move |_| state.scenario().with(|s| us_controlled(s, option))),
    })
}

fn capped_title(lang: Lang) -> &'static str {
    lang.tr("Not reachable: US law (CLOUD Act, FISA 702) reaches a US-controlled provider or organisation whatever the contract says.")
}

/// One select: criterion `c` of column `col`.
fn cell(lang: Lang, c: usize, col: Column) -> impl IntoView {
    let state = AppState::get();
    let criterion = &CRITERIA[c];
    let answer = Memo::new(move |_| col.now.with(|a| a[c]));
    let modified = Memo::new(move |_| answer.get() != col.preset.with(|p| p[c]));
    let id = format!("adv-answer-{}-{c}", col.option.id());
    // Answers above the ceiling under US control; only SOV-2.1..2.3 have any, so most options stay static.
    let cap = usize::from(ceiling(true, c));
    let option = col.option;
    let selected = answer.get_untracked();
    view! {
        <td class:modified=move || modified.get()>
            <label class="visually-hidden" for=id.clone()>
                {format!("{}, {} {}", labels::option(lang, option), criterion.id, lang.tr(criterion.name))}
            </label>
            <select id=id.clone() data-testid=id prop:value=move || answer.get().to_string()
                title=move || lang.tr(criterion.answers[usize::from(answer.get())].label)
                on:change=move |ev| {
                    if let Ok(a) = event_target_value(&ev).parse::<u8>() {
                        state.update(move |s| set_answer(s, option, c, a));
                    }
                }>
                {criterion.answers.iter().enumerate().map(|(i, a)| {
                    // SEAL first: a narrow select cuts the end of the label, never the level.
                    let text = format!("SEAL-{} · {}", a.seal, lang.tr(a.label));
                    let is = usize::from(selected) == i;
                    if i > cap {
                        Either::Left(view! {
                            <option value=i.to_string() selected=is disabled=move || col.us.get()
                                title=move || col.us.get().then(|| capped_title(lang))>{text}</option>
                        })
                    } else {
                        Either::Right(view! { <option value=i.to_string() selected=is>{text}</option> })
                    }
                }).collect_view()}
            </select>
        </td>
    }
}

/// The table, in `lang`; rebuilt only when the language changes.
fn table(lang: Lang, cols: [Column; 5]) -> impl IntoView {
    let state = AppState::get();
    let target = Memo::new(move |_| state.scenario().with(|s| s.platform.target));
    view! {
        <table class="adv-table" data-testid="adv-criteria-table">
            <caption class="visually-hidden">{lang.tr("Answer of each deployment option to each criterion")}</caption>
            <thead><tr>
                <th scope="col">{lang.tr("Criterion")}</th>
                {DeploymentOption::ALL.map(|o| view! {
                    <th scope="col" class:target=move || target.get() == o>{labels::option_short(lang, o)}</th>
                }).collect_view()}
            </tr></thead>
            {OBJECTIVES.iter().map(|objective| view! {
                <tbody>
                    <tr class="adv-objective"><th scope="rowgroup" colspan="6">
                        {objective.id}" · "{lang.tr(objective.name)}
                    </th></tr>
                    {objective.criteria().map(|c| view! {
                        <tr>
                            <th scope="row"><span class="adv-crit-id">{CRITERIA[c].id}</span>" "{lang.tr(CRITERIA[c].name)}</th>
                            {cols.map(|col| cell(lang, c, col)).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            }).collect_view()}
        </table>
    }
}

/// The criteria group: closed, and empty, until the user opens it.
#[component]
pub fn Criteria() -> impl IntoView {
    let state = AppState::get();
    let open = RwSignal::new(false);
    view! {
        <details class="group adv-group" data-testid="adv-criteria"
            on:toggle=move |ev| {
                let el = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                open.set(el.is_some_and(|e| e.has_attribute("open")));
            }>
            <summary>{move || state.lang.get().tr("The 48 criteria, option by option")}</summary>
            <p class="adv-intro">{move || state.lang.get().tr("Each option starts from a documented answer profile. Change an answer where you know better; \
                 answers US law rules out are greyed. A marked cell differs from the preset.")}</p>
            <Show when=move || open.get()>
                {move || {
                    let cols = columns();
                    let lang = state.lang.get();
                    view! { <div class="adv-table-wrap">{table(lang, cols)}</div> }
                }}
            </Show>
        </details>
    }
}
