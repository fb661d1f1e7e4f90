//! Sovereignty weights: the two named profiles of the framework, or eight custom weights that must add
//! up to 100 before they apply. Until they do, the typed values stay in the inputs and the score keeps
//! the last weights that were valid.

use super::edit::{check_weights, set_custom_weights, set_profile, weights_in_force, Weights, WeightsCheck};
use super::source_note;
use crate::i18n::{format as f, labels, Lang};
use crate::state::AppState;
use leptos::prelude::*;
use socle_model::sovereignty::{OBJECTIVES, WEIGHTS_JUN_2026_SOURCE, WEIGHTS_OCT_2025_SOURCE};
use socle_model::WeightProfile;

const PROFILES: [WeightProfile; 3] = [
    WeightProfile::Oct2025,
    WeightProfile::Jun2026,
    WeightProfile::Custom,
];

/// The message shown while typed weights cannot apply.
fn problem(lang: Lang, check: WeightsCheck) -> Option<String> {
    match check {
        WeightsCheck::Valid => None,
        WeightsCheck::BadValue => Some(
            lang.tr("Each weight must be a number from 0 to 100. The score keeps the last valid weights.")
                .to_owned(),
        ),
        WeightsCheck::BadSum(sum) => Some(lang.fill(
            "The weights add up to {sum}%, not 100%: they apply once they add up to 100%. \
             Until then the score keeps the last valid weights.",
            &[("sum", &f::number(lang, sum, 1))],
        )),
    }
}

/// One weight input, SOV-`i + 1`. Its text is written only when the weight differs from what is typed,
/// so typing "12." is not rewritten to "12" under the caret.
fn weight_input(i: usize, draft: RwSignal<Weights>, modified: Memo<[bool; 8]>) -> impl IntoView {
    let state = AppState::get();
    let id = format!("adv-weight-{}", i + 1);
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        let w = draft.get()[i];
        if let Some(el) = input.get() {
            if w.is_finite() && el.value().trim().parse::<f64>().ok() != Some(w) {
                el.set_value(&w.to_string());
            }
        }
    });
    let objective = &OBJECTIVES[i];
    view! {
        <div class="control adv-weight" class:modified=move || modified.get()[i]>
            <label for=id.clone()>
                <span class="control-label">{objective.id}" · "{move || state.lang.get().tr(objective.name)}</span>
            </label>
            <input type="number" id=id.clone() data-testid=id node_ref=input min="0" max="100" step="0.5"
                value=draft.get_untracked()[i].to_string()
                on:input=move |ev| {
                    let v = event_target_value(&ev).trim().parse::<f64>().unwrap_or(f64::NAN);
                    let mut w = draft.get_untracked();
                    w[i] = v;
                    draft.set(w);
                    if check_weights(&w) == WeightsCheck::Valid {
                        state.update(move |s| set_custom_weights(&mut s.assumptions, w));
                    }
                } />
        </div>
    }
}

/// The weights group.
#[component]
pub fn SovereigntyWeights() -> impl IntoView {
    let state = AppState::get();
    let in_force = Memo::new(move |_| state.scenario().with(|s| weights_in_force(&s.assumptions)));
    let profile = Memo::new(move |_| state.scenario().with(|s| s.assumptions.weight_profile));
    // What the inputs hold; it follows the scenario whenever the weights in force change (profile
    // switch, preset, an accepted edit) or a preset is loaded.
    let draft = RwSignal::new(in_force.get_untracked());
    Effect::new(move |_| {
        let w = in_force.get();
        state.preset.track();
        if draft.get_untracked() != w {
            draft.set(w);
        }
    });
    let check = Memo::new(move |_| check_weights(&draft.get()));
    let editing = move || draft.with(|d| *d != in_force.get());
    let shown_profile = move || {
        if editing() {
            WeightProfile::Custom
        } else {
            profile.get()
        }
    };
    let preset_weights = Memo::new(move |_| state.preset.with(|p| weights_in_force(&p.assumptions)));
    let modified = Memo::new(move |_| {
        let (now, preset) = (in_force.get(), preset_weights.get());
        std::array::from_fn(|i| now[i] != preset[i])
    });
    let choose = move |chosen: WeightProfile| {
        if chosen != WeightProfile::Custom {
            draft.set(socle_model::sovereignty::weights_for(
                chosen,
                &draft.get_untracked(),
            ));
            state.update(move |s| set_profile(&mut s.assumptions, chosen));
        } else if check.get_untracked() == WeightsCheck::Valid {
            let w = draft.get_untracked();
            state.update(move |s| set_custom_weights(&mut s.assumptions, w));
        }
    };
    view! {
        <div class="control" class:modified=move || profile.get() != state.preset.with(|p| p.assumptions.weight_profile)>
            <label for="adv-weight-profile"><span class="control-label">
                {move || state.lang.get().tr("Weight profile")}
            </span></label>
            <select id="adv-weight-profile" data-testid="adv-weight-profile"
                prop:value=move || PROFILES.iter().position(|p| *p == shown_profile()).unwrap_or(0).to_string()
                on:change=move |ev| {
                    if let Some(&p) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| PROFILES.get(i)) {
                        choose(p);
                    }
                }>
                {move || {
                    let lang = state.lang.get();
                    let current = shown_profile();
                    PROFILES.iter().enumerate().map(|(i, &p)| view! {
                        <option value=i.to_string() selected=p == current>{labels::weight_profile(lang, p)}</option>
                    }).collect_view()
                }}
            </select>
        </div>
        {move || {
            let lang = state.lang.get();
            match shown_profile() {
                WeightProfile::Oct2025 => source_note(lang, None, WEIGHTS_OCT_2025_SOURCE).into_any(),
                WeightProfile::Jun2026 => source_note(lang, None, WEIGHTS_JUN_2026_SOURCE).into_any(),
                WeightProfile::Custom => view! { <p class="adv-source">{lang.tr("Your own weights, in percent.")}</p> }.into_any(),
            }
        }}
        <div class="adv-weights">
            {(0..OBJECTIVES.len()).map(|i| weight_input(i, draft, modified)).collect_view()}
        </div>
        <p class="adv-sum" data-testid="adv-weights-sum" class:bad=move || check.get() != WeightsCheck::Valid>
            {move || {
                let lang = state.lang.get();
                let sum: f64 = draft.get().iter().sum();
                format!("{} {}", lang.tr("Total:"), f::percent(lang, sum / 100.0, 1))
            }}
        </p>
        {move || problem(state.lang.get(), check.get()).map(|text| view! {
            <p class="alert adv-problem" role="alert" data-testid="adv-weights-error">
                {text}" "
                <button type="button" data-testid="adv-weights-restore" on:click=move |_| draft.set(in_force.get_untracked())>
                    {move || state.lang.get().tr("Restore the weights in force")}
                </button>
            </p>
        })}
    }
}
