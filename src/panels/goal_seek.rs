//! What it would take: for a chosen option, the value of each input at which it becomes the cheapest
//! by NPV, whether it meets the required SEAL, and a button that sets that value.

use crate::i18n::{labels, Lang};
use crate::state::AppState;
use leptos::prelude::*;
use socle_model::decision::goal_seek::{self, Answer, GoalSeekInput};
use socle_model::decision::DecisionFigure;
use socle_model::explain::InputValue;
use socle_model::{t, DeploymentOption};

fn shown(lang: Lang, input: GoalSeekInput, value: f64) -> String {
    super::derivation::value(
        lang,
        &InputValue {
            label: input.label(),
            qualifier: None,
            value,
            unit: input.unit(),
        },
    )
}

/// The answer for one input, in words.
fn answer_text(lang: Lang, input: GoalSeekInput, answer: &Answer) -> String {
    match answer {
        Answer::AlreadyCheapest => lang.tr("Already the cheapest").to_owned(),
        Answer::At { value, .. } => {
            lang.fill("Cheapest from {value}", &[("value", &shown(lang, input, *value))])
        }
        Answer::NoValueInRange => lang.tr("No value in range makes it the cheapest").to_owned(),
        Answer::NotApplicable => lang.tr("Does not apply to this option").to_owned(),
    }
}

/// The goal-seek panel.
#[component]
pub fn GoalSeek() -> impl IntoView {
    let state = AppState::get();
    let lang = move || state.lang.get();
    // The target by default, or the runner-up when the target is already the cheapest.
    let initial = state.results.with_untracked(|r| {
        let target = state.scenario().with_untracked(|s| s.platform.target);
        socle_model::decision::default_pair(&r.tco, target).1
    });
    let chosen = RwSignal::new(initial);
    let entry = move || {
        state
            .results
            .with(|r| r.decision.goal_seek[chosen.get().index()].clone())
    };
    view! {
        <section class="panel goal-seek" data-testid="goal-seek" aria-labelledby="goal-seek-title">
            <h2 id="goal-seek-title">{move || lang().tr("What it would take")}</h2>
            <p>{move || lang().tr("Choose an option: for each input, the value at which it becomes the cheapest by NPV, all else unchanged.")}</p>
            <div class="control">
                <label for="goal-seek-option"><span class="control-label">{move || lang().tr("Option")}</span></label>
                <select id="goal-seek-option" data-testid="goal-seek-option"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(o) = DeploymentOption::ALL.into_iter().find(|o| o.index().to_string() == v) {
                            chosen.set(o);
                        }
                    }
                    prop:value=move || chosen.get().index().to_string()>
                    {move || {
                        let l = lang();
                        DeploymentOption::ALL.into_iter().map(|o| {
                            let is = chosen.get_untracked() == o;
                            view! { <option value=o.index().to_string() selected=is>{labels::option(l, o)}</option> }
                        }).collect_view()
                    }}
                </select>
            </div>
            <p data-testid="goal-seek-seal">{move || {
                let e = entry();
                let required = state.results.with(|r| r.sovereignty.required_seal);
                let l = lang();
                l.fill(
                    if e.meets_required_seal {
                        t!("{option} meets the required SEAL-{required}.")
                    } else {
                        t!("{option} does not meet the required SEAL-{required}.")
                    },
                    &[("option", labels::option(l, e.option)), ("required", &required.to_string())],
                )
            }}</p>
            <table>
                <thead><tr>
                    <th scope="col">{move || lang().tr("Input")}</th>
                    <th scope="col">{move || lang().tr("Now")}</th>
                    <th scope="col">{move || lang().tr("Answer")}</th>
                    <th scope="col"><span class="visually-hidden">{move || lang().tr("Apply")}</span></th>
                </tr></thead>
                <tbody>
                    {move || {
                        let e = entry();
                        let l = lang();
                        e.rows.into_iter().map(|row| {
                            let input = row.input;
                            let option = e.option;
                            let now = row.current.map_or_else(|| "–".to_owned(), |v| shown(l, input, v));
                            let apply = row.answer.value().map(|value| view! {
                                <button type="button" data-testid="goal-seek-apply"
                                    data-input=input.id()
                                    on:click=move |_| {
                                        let next = state.scenario().with_untracked(|s| goal_seek::apply(s, input, option, value));
                                        state.commit(next);
                                    }>
                                    {l.tr("Apply")}
                                </button>
                            });
                            view! {
                                <tr data-input=input.id()>
                                    <th scope="row">{l.tr(input.label())}</th>
                                    <td>{now}</td>
                                    <td data-testid="goal-seek-answer">{answer_text(l, input, &row.answer)}</td>
                                    <td>{apply}</td>
                                </tr>
                            }
                        }).collect_view()
                    }}
                </tbody>
            </table>
            <button type="button" data-testid="explain-goal-seek" aria-haspopup="dialog"
                on:click=move |_| super::derivation::open(
                    state,
                    super::derivation::Explained::Decision(DecisionFigure::GoalSeek(chosen.get_untracked())),
                )>
                {move || lang().tr("How is this computed?")}
            </button>
        </section>
    }
}
