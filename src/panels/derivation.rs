//! The "explain this number" dialog: formula, inputs and sources of a headline figure.

use crate::i18n::{format as f, labels, Lang};
use crate::state::AppState;
use leptos::prelude::*;
use socle_model::decision::{explain as decision_explain, DecisionFigure};
use socle_model::explain::{explain, Headline, InputValue, Unit};
use socle_model::{t, Confidence, DeploymentOption, Source};

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
        Unit::MwhPerYear => f::with_unit(lang, v, 0, lang.tr("MWh/yr")),
        Unit::GCo2PerKwh => f::with_unit(lang, v, 0, "gCO₂e/kWh"),
        Unit::TCo2PerYear => f::with_unit(lang, v, 0, lang.tr("tCO₂e/yr")),
        Unit::Hours => f::with_unit(lang, v, 0, "h"),
        Unit::Months => f::months(lang, v, 1),
        Unit::Years => f::years(lang, v, 0),
        Unit::Score => format!("{}/100", f::number(lang, v, 0)),
    }
}

/// How far a source is verified, in words.
pub fn confidence(lang: Lang, c: Confidence) -> &'static str {
    lang.tr(match c {
        Confidence::Verified => t!("verified"),
        Confidence::Secondary => t!("secondary source"),
        Confidence::Estimate => t!("estimate"),
    })
}

/// What a source key measures, in words: the catalogue's label, a migration assumption's label, or
/// the part of the sovereignty framework; the key itself only if none knows it.
pub fn what(lang: Lang, key: &str) -> String {
    label(key).map_or_else(|| key.to_owned(), |l| lang.tr(l).to_owned())
}

fn label(key: &str) -> Option<&'static str> {
    socle_model::catalogue::label_of(key)
        .or_else(|| {
            socle_model::migration::defaults::ASSUMPTIONS
                .iter()
                .find(|a| a.id == key)
                .map(|a| a.label)
        })
        .or(match key {
            "sovereignty.framework" => Some(socle_model::t!("Sovereignty objectives and SEAL levels")),
            "sovereignty.calculator" => Some(socle_model::t!("Sovereignty criteria and answers")),
            "sovereignty.points" => Some(socle_model::t!("Points per answer")),
            _ => None,
        })
}

fn source_line(lang: Lang, key: &'static str, s: Source) -> impl IntoView {
    view! {
        <li>
            <strong>{what(lang, key)}</strong>" — "<cite lang="en">{s.label}</cite>" ("{s.year}", "{confidence(lang, s.confidence)}")"
            {(!s.url.is_empty()).then(|| view! { " " <a href=s.url rel="noreferrer noopener" target="_blank">{lang.tr("source")}</a> })}
        </li>
    }
}

/// What explains a chart: a headline's derivation, or a decision figure's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Explained {
    /// The derivation of a headline figure.
    Headline(Headline),
    /// The derivation of a decision figure.
    Decision(DecisionFigure),
}

/// The derivation behind the chart `id` of the registry.
pub fn chart_explanation(id: &str) -> Option<Explained> {
    use Explained::{Decision, Headline as H};
    Some(match id {
        "tco-cumulative" => Decision(DecisionFigure::NpvBands),
        "odds" => Decision(DecisionFigure::Odds),
        "frontier" => Decision(DecisionFigure::Frontier),
        "attribution" => Decision(DecisionFigure::Attribution),
        "tco-breakdown" | "tornado" => H(Headline::TargetNpv),
        "gpu-hour" => H(Headline::CostPerUsefulGpuHour),
        "constraints" | "constraint-factors" => H(Headline::BindingConstraint),
        "sovereignty" => H(Headline::Sovereignty),
        "best-option" => H(Headline::Cheapest),
        "migration-timeline" | "migration-cost" | "sovereignty-trajectory" | "cost-of-waiting" => {
            H(Headline::Migration)
        }
        _ => return None,
    })
}

/// Opens the derivation of the chart `id`.
pub fn open_for_chart(state: AppState, id: &str) {
    match chart_explanation(id) {
        Some(Explained::Headline(h)) => open(state, Explained::Headline(h)),
        Some(Explained::Decision(d)) => open(state, Explained::Decision(d)),
        None => {}
    }
}

/// Opens a derivation (closing any other).
pub fn open(state: AppState, what: Explained) {
    match what {
        Explained::Headline(h) => {
            state.explain_figure.set(None);
            state.explain.set(Some(h));
        }
        Explained::Decision(d) => {
            state.explain.set(None);
            state.explain_figure.set(Some(d));
        }
    }
}

/// A decision input's qualifier in words: an option's name, "now" or "cheapest from", a SEAL level;
/// `None` for an identifier the label already says.
fn qualifier(lang: Lang, q: &str) -> Option<String> {
    if let Some(o) = DeploymentOption::ALL.into_iter().find(|o| o.id() == q) {
        return Some(labels::option(lang, o).to_owned());
    }
    match q {
        "current" => Some(lang.tr("now").to_owned()),
        "cheapest_from" => Some(lang.tr("cheapest from").to_owned()),
        _ if q.starts_with("SEAL-") => Some(q.to_owned()),
        _ => None,
    }
}

/// The derivation of a decision figure as the screen shows it (the attribution of the chosen pair).
fn decision_body(state: AppState, figure: DecisionFigure) -> impl IntoView {
    let lang = state.lang.get();
    let r = state.results.get();
    let chosen = state.attribution_pair.get();
    let e = state.scenario().with(|s| {
        let (a, b) = crate::charts::decision::attribution_pair(&r, s, chosen);
        if figure == DecisionFigure::Attribution
            && (a, b) != (r.decision.attribution.a, r.decision.attribution.b)
        {
            let mut d = r.decision.clone();
            d.attribution = socle_model::decision::attribute(&r.tco, &r.sovereignty, a, b);
            decision_explain(s, &d, figure)
        } else {
            decision_explain(s, &r.decision, figure)
        }
    });
    let name = match figure {
        DecisionFigure::GoalSeek(o) => lang.fill(
            "What it would take: {option}",
            &[("option", labels::option(lang, o))],
        ),
        other => {
            crate::charts::registry::find(other.id()).map_or_else(String::new, |c| c.name(lang).to_owned())
        }
    };
    let inputs = e
        .inputs
        .iter()
        .map(|i| {
            let q = i.qualifier.and_then(|q| qualifier(lang, q));
            (i, q)
        })
        .collect();
    derivation_view(lang, name, e.formula, inputs, &e.sources)
}

/// The body of the dialog: title, formula, the inputs used (with their qualifier in words) and the
/// sources of the defaults.
fn derivation_view(
    lang: Lang,
    title: String,
    formula: &'static str,
    inputs: Vec<(&InputValue, Option<String>)>,
    sources: &[(&'static str, Source)],
) -> impl IntoView {
    view! {
        <h2 id="explain-title">{title}</h2>
        <p class="formula" data-testid="explain-formula">{lang.tr(formula)}</p>
        <h3>{lang.tr("Inputs used")}</h3>
        <ul data-testid="explain-inputs">
            {inputs.into_iter().map(|(i, q)| view! {
                <li>
                    {lang.fill("{input}: ", &[(
                        "input",
                        &format!("{}{}", lang.tr(i.label), q.map(|q| format!(" ({q})")).unwrap_or_default()),
                    )])}
                    <strong>{value(lang, i)}</strong>
                </li>
            }).collect_view()}
        </ul>
        <h3>{lang.tr("Sources of the defaults")}</h3>
        <ul data-testid="explain-sources">
            {sources.iter().map(|(k, s)| source_line(lang, k, *s)).collect_view()}
        </ul>
    }
}

/// The dialog, shown when a headline is activated.
#[component]
pub fn ExplainDialog() -> impl IntoView {
    let state = AppState::get();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    Effect::new(move |_| {
        let open = state.explain.get().is_some() || state.explain_figure.get().is_some();
        if let Some(d) = dialog.get() {
            if open && !d.open() {
                let _ = d.show_modal();
            } else if !open && d.open() {
                d.close();
            }
        }
    });
    let body = move || {
        if let Some(figure) = state.explain_figure.get() {
            return Some(decision_body(state, figure).into_any());
        }
        let h = state.explain.get()?;
        let lang = state.lang.get();
        let r = state.results.get();
        let e = state.scenario().with(|s| explain(s, &r, h));
        let shown = state.scenario().with(|s| super::headline::shown(h, &r, s, lang));
        let title = lang.fill(
            "{figure}: {value}",
            &[("figure", &shown.label), ("value", &shown.value)],
        );
        let inputs = e
            .inputs
            .iter()
            .map(|i| (i, i.qualifier.map(str::to_owned)))
            .collect();
        Some(derivation_view(lang, title, e.formula, inputs, &e.sources).into_any())
    };
    let close = move || {
        state.explain.set(None);
        state.explain_figure.set(None);
    };
    view! {
        <dialog node_ref=dialog aria-labelledby="explain-title" data-testid="explain-dialog"
            on:close=move |_| close()>
            <button type="button" class="close" data-testid="explain-close" on:click=move |_| close()>
                {move || state.lang.get().tr("Close")}
            </button>
            {body}
        </dialog>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::registry::CHARTS;

    #[test]
    fn every_registered_chart_has_an_explanation_with_a_formula_inputs_and_sources() {
        let s = socle_model::persona_scenario(socle_model::Persona::EnergyIndustrial);
        let r = socle_model::evaluate(&s).unwrap();
        for chart in CHARTS {
            let what = chart_explanation(chart.id).unwrap_or_else(|| panic!("{}: no explanation", chart.id));
            let (formula, inputs, sources) = match what {
                Explained::Headline(h) => {
                    let e = explain(&s, &r, h);
                    (e.formula, e.inputs.len(), e.sources.len())
                }
                Explained::Decision(d) => {
                    // A decision figure explains the chart that carries its id.
                    assert_eq!(d.id(), chart.id);
                    let e = decision_explain(&s, &r.decision, d);
                    (e.formula, e.inputs.len(), e.sources.len())
                }
            };
            assert!(
                !formula.is_empty() && Lang::Fr.tr(formula) != formula && Lang::De.tr(formula) != formula,
                "{}",
                chart.id
            );
            assert!(inputs > 0 && sources > 0, "{}", chart.id);
        }
        assert_eq!(chart_explanation("no-such-chart"), None);
    }

    #[test]
    fn qualifiers_are_words_in_each_language() {
        assert_eq!(qualifier(Lang::Fr, "current").as_deref(), Some("actuellement"));
        assert_eq!(qualifier(Lang::De, "current").as_deref(), Some("aktuell"));
        assert_eq!(
            qualifier(Lang::De, "cheapest_from").as_deref(),
            Some("am günstigsten ab")
        );
        assert_eq!(
            qualifier(Lang::En, DeploymentOption::Colocation.id()).as_deref(),
            Some(labels::option(Lang::En, DeploymentOption::Colocation))
        );
        assert_eq!(qualifier(Lang::En, "hardware"), None);
    }
}
