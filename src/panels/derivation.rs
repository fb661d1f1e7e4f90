//! The "explain this number" dialog: formula, inputs and sources of a headline figure.

use crate::i18n::{format as f, Lang};
use crate::state::AppState;
use leptos::prelude::*;
use socle_model::explain::{explain, InputValue, Unit};
use socle_model::{Confidence, Source};

pub(crate) fn value(lang: Lang, i: &InputValue) -> String {
    let v = i.value;
    match i.unit {
        Unit::Eur => f::eur_compact(lang, v),
        Unit::EurPerKwh => format!("{} /kWh", f::eur(lang, v, 3)),
        Unit::EurPerGpuHour => format!("{} /GPU-h", f::eur(lang, v, 2)),
        Unit::Usd => format!("{} USD", f::number(lang, v, 0)),
        Unit::Share => f::percent(lang, v, 1),
        Unit::Number => f::number(lang, v, if v.fract().abs() < 1e-9 { 0 } else { 2 }),
        Unit::Watts => f::with_unit(lang, v, 0, "W"),
        Unit::Mw => f::with_unit(lang, v, 2, "MW"),
        Unit::Kw => f::with_unit(lang, v, 0, "kW"),
        Unit::MwhPerYear => f::with_unit(lang, v, 0, lang.pick(("MWh/yr", "MWh/an"))),
        Unit::GCo2PerKwh => f::with_unit(lang, v, 0, "gCO₂e/kWh"),
        Unit::TCo2PerYear => f::with_unit(lang, v, 0, lang.pick(("tCO₂e/yr", "tCO₂e/an"))),
        Unit::Hours => f::with_unit(lang, v, 0, "h"),
        Unit::Months => f::months(lang, v, 1),
        Unit::Years => f::years(lang, v, 0),
        Unit::Score => format!("{}/100", f::number(lang, v, 0)),
    }
}

/// How far a source is verified, in words.
pub fn confidence(lang: Lang, c: Confidence) -> &'static str {
    lang.pick(match c {
        Confidence::Verified => ("verified", "vérifié"),
        Confidence::Secondary => ("secondary source", "source secondaire"),
        Confidence::Estimate => ("estimate", "estimation"),
    })
}

/// What a source key measures, in words: the catalogue's label, a migration assumption's label, or
/// the part of the sovereignty framework; the key itself only if none knows it.
pub fn what(lang: Lang, key: &str) -> String {
    label(key).map_or_else(|| key.to_owned(), |l| lang.pick(l).to_owned())
}

fn label(key: &str) -> Option<(&'static str, &'static str)> {
    socle_model::catalogue::label_of(key)
        .or_else(|| {
            socle_model::migration::defaults::ASSUMPTIONS
                .iter()
                .find(|a| a.id == key)
                .map(|a| a.label)
        })
        .or(match key {
            "sovereignty.framework" => Some((
                "Sovereignty objectives and SEAL levels",
                "Objectifs de souveraineté et niveaux SEAL",
            )),
            "sovereignty.calculator" => Some((
                "Sovereignty criteria and answers",
                "Critères et réponses de souveraineté",
            )),
            "sovereignty.points" => Some(("Points per answer", "Points par réponse")),
            _ => None,
        })
}

fn source_line(lang: Lang, key: &'static str, s: Source) -> impl IntoView {
    view! {
        <li>
            <strong>{what(lang, key)}</strong>" — "<cite lang="en">{s.label}</cite>" ("{s.year}", "{confidence(lang, s.confidence)}")"
            {(!s.url.is_empty()).then(|| view! { " " <a href=s.url rel="noreferrer noopener" target="_blank">{lang.pick(("source", "source"))}</a> })}
        </li>
    }
}

/// The dialog, shown when a headline is activated.
#[component]
pub fn ExplainDialog() -> impl IntoView {
    let state = AppState::get();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    Effect::new(move |_| {
        let open = state.explain.get().is_some();
        if let Some(d) = dialog.get() {
            if open && !d.open() {
                let _ = d.show_modal();
            } else if !open && d.open() {
                d.close();
            }
        }
    });
    let body = move || {
        let h = state.explain.get()?;
        let lang = state.lang.get();
        let r = state.results.get();
        let e = state.scenario().with(|s| explain(s, &r, h));
        let shown = state.scenario().with(|s| super::headline::shown(h, &r, s, lang));
        Some(view! {
            <h2 id="explain-title">{shown.label}{lang.pick((": ", " : "))}{shown.value}</h2>
            <p class="formula" data-testid="explain-formula">{lang.pick(e.formula)}</p>
            <h3>{lang.pick(("Inputs used", "Valeurs utilisées"))}</h3>
            <ul data-testid="explain-inputs">
                {e.inputs.iter().map(|i| view! {
                    <li>{lang.pick(i.label)}{i.qualifier.map(|q| format!(" ({q})"))}{lang.pick((": ", " : "))}<strong>{value(lang, i)}</strong></li>
                }).collect_view()}
            </ul>
            <h3>{lang.pick(("Sources of the defaults", "Sources des valeurs par défaut"))}</h3>
            <ul data-testid="explain-sources">
                {e.sources.iter().map(|(k, s)| source_line(lang, k, *s)).collect_view()}
            </ul>
        })
    };
    view! {
        <dialog node_ref=dialog aria-labelledby="explain-title" data-testid="explain-dialog"
            on:close=move |_| state.explain.set(None)>
            <button type="button" class="close" data-testid="explain-close" on:click=move |_| state.explain.set(None)>
                {move || state.lang.get().pick(("Close", "Fermer"))}
            </button>
            {body}
        </dialog>
    }
}
