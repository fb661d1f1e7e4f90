//! What one step of a storyboard says: its heading, its message and its headline figure, computed from
//! the model results in the reader's language, and the chart that proves it. Pure, tested natively.

use crate::charts::figure::Figure;
use crate::charts::registry::{self, Chart, Section};
use crate::i18n::Lang;
use crate::panels::headline::shown;
use socle_model::explain::Headline;
use socle_model::{Results, Scenario};
use socle_share::Step;

/// The chart of the decision step.
pub const DECISION_CHART: &str = "odds";

/// The steps of the default storyboard, as chart ids: cost, what binds, sovereignty, getting there,
/// the decision.
pub const DEFAULT_CHARTS: [&str; 5] = [
    "tco-cumulative",
    "constraints",
    "sovereignty",
    "migration-cost",
    DECISION_CHART,
];

/// The chart shown by a storyboard step (the first chart if its id is not one of ours: links are checked
/// on the way in, so this only guards against a programming error).
pub fn chart_of(id: &str) -> &'static Chart {
    registry::find(id).unwrap_or(&registry::CHARTS[0])
}

/// The default storyboard of `scenario`: one step per message of [`DEFAULT_CHARTS`], titles left empty
/// so that each reads in the reader's language.
pub fn default_steps(scenario: &Scenario) -> Vec<Step> {
    DEFAULT_CHARTS
        .iter()
        .map(|&chart| Step {
            title: String::new(),
            chart: chart.to_owned(),
            scenario: scenario.clone(),
        })
        .collect()
}

/// The headline figure that goes with a chart: the one its section's message rests on; the decision
/// rests on the cheapest option.
pub fn headline_of(chart: &Chart) -> Headline {
    match chart.section {
        Section::Cost => Headline::Cheapest,
        Section::Constraints => Headline::BindingConstraint,
        Section::Sovereignty => Headline::Sovereignty,
        Section::Migration => Headline::Migration,
    }
}

/// The heading of a step without a title of its own, in `lang`.
pub fn default_heading(chart: &Chart, lang: Lang) -> String {
    if chart.id == DECISION_CHART {
        lang.tr("The decision").to_owned()
    } else {
        lang.tr(chart.section.title()).to_owned()
    }
}

/// One screen of a presentation.
#[derive(Debug, Clone, PartialEq)]
pub struct Slide {
    /// The adviser's title, or the default heading.
    pub heading: String,
    /// The message, stated by the chart's own title (it follows the results).
    pub message: String,
    /// The headline figure's label.
    pub label: String,
    /// The headline figure.
    pub value: String,
    /// One line of context for the figure.
    pub note: String,
    /// The chart that proves it.
    pub figure: Figure,
}

/// The slide of a step whose chart is `chart` and title `title`, for results `r` of scenario `s`.
pub fn slide(chart: &Chart, title: &str, r: &Results, s: &Scenario, lang: Lang) -> Slide {
    let figure = (chart.build)(r, s, lang);
    let h = shown(headline_of(chart), r, s, lang);
    Slide {
        heading: if title.trim().is_empty() {
            default_heading(chart, lang)
        } else {
            title.to_owned()
        },
        message: figure.title.clone(),
        label: h.label,
        value: h.value,
        note: h.note,
        figure,
    }
}

/// Height kept above the chart of an exported slide for its heading and message, pixels.
pub const EXPORT_HEADER_PX: f64 = 150.0;

/// The chart's option with the slide's heading and message drawn above it, for an exported slide that
/// stands on its own in a deck: a title component (added to any the chart has) and the plot moved down
/// to leave it room. The option is returned unchanged if it is not an ECharts option object.
pub fn titled_option(option_json: &str, heading: &str, message: &str) -> String {
    use serde_json::{json, Value};
    let Ok(mut option) = serde_json::from_str::<Value>(option_json) else {
        return option_json.to_owned();
    };
    let Some(o) = option.as_object_mut() else {
        return option_json.to_owned();
    };
    let ours = json!({
        "text": heading, "subtext": message, "left": 32, "top": 20, "itemGap": 22,
        "textStyle": { "fontSize": 34, "fontWeight": "bold", "color": "#14213d" },
        "subtextStyle": { "fontSize": 20, "color": "#14213d", "width": 1500, "overflow": "break" },
    });
    let titles = match o.remove("title") {
        Some(Value::Array(mut list)) => {
            // The chart's own titles (e.g. the migration's two panes) move down with the plot.
            for t in &mut list {
                shift_top(t, EXPORT_HEADER_PX);
            }
            list.insert(0, ours);
            list
        }
        Some(mut one) => {
            shift_top(&mut one, EXPORT_HEADER_PX);
            vec![ours, one]
        }
        None => vec![ours],
    };
    o.insert("title".into(), Value::Array(titles));
    for key in ["grid", "legend"] {
        match o.get_mut(key) {
            Some(Value::Array(list)) => list.iter_mut().for_each(|g| shift_top(g, EXPORT_HEADER_PX)),
            Some(one @ Value::Object(_)) => shift_top(one, EXPORT_HEADER_PX),
            _ => {}
        }
    }
    if let Some(radar) = o.get_mut("radar").and_then(Value::as_object_mut) {
        radar.insert("center".into(), json!(["50%", "62%"]));
        radar.insert("radius".into(), json!("48%"));
    }
    option.to_string()
}

/// Moves a positioned component down by `px`: its `top` in pixels, or `px` if it had none or a
/// keyword/percentage (then it starts below the header).
fn shift_top(component: &mut serde_json::Value, px: f64) {
    let Some(c) = component.as_object_mut() else {
        return;
    };
    let top = c.get("top").and_then(serde_json::Value::as_f64).unwrap_or(0.0);
    c.insert("top".into(), serde_json::json!(top + px));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::evaluated;
    use crate::i18n::labels;
    use socle_model::{DeploymentOption, Persona};

    #[test]
    fn the_default_storyboard_tells_cost_constraints_sovereignty_migration_then_the_decision() {
        let (_, s) = evaluated(Persona::HealthDataHost);
        let steps = default_steps(&s);
        let sections: Vec<Section> = steps.iter().map(|st| chart_of(&st.chart).section).collect();
        assert_eq!(
            sections,
            [
                Section::Cost,
                Section::Constraints,
                Section::Sovereignty,
                Section::Migration,
                Section::Cost
            ]
        );
        assert_eq!(steps[4].chart, "odds");
        for st in &steps {
            assert!(registry::find(&st.chart).is_some(), "{} is a chart", st.chart);
            assert_eq!(st.scenario, s);
            assert!(st.title.is_empty());
        }
    }

    #[test]
    fn the_cost_and_decision_steps_name_the_option_with_the_lowest_npv() {
        for p in Persona::PRESETS {
            let (r, s) = evaluated(p);
            // Independently: the option whose net present cost is lowest.
            let lowest = DeploymentOption::ALL
                .into_iter()
                .min_by(|a, b| r.tco.option(*a).npv_eur.total_cmp(&r.tco.option(*b).npv_eur))
                .unwrap();
            for id in ["tco-cumulative", DECISION_CHART] {
                for lang in Lang::ALL {
                    let sl = slide(chart_of(id), "", &r, &s, lang);
                    assert_eq!(sl.value, labels::option(lang, lowest), "{p:?} {id}");
                }
            }
        }
    }

    #[test]
    fn a_slide_speaks_the_readers_language_and_keeps_the_advisers_title() {
        let (r, s) = evaluated(Persona::AiStartup);
        for id in DEFAULT_CHARTS {
            let chart = chart_of(id);
            let en = slide(chart, "", &r, &s, Lang::En);
            assert!(!en.message.is_empty(), "{id}");
            for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
                let other = slide(chart, "", &r, &s, lang);
                assert_eq!(other.heading, default_heading(chart, lang), "{id}");
                assert_ne!(
                    (&en.label, &en.note),
                    (&other.label, &other.note),
                    "{id} {lang:?}"
                );
                assert!(!other.message.is_empty(), "{id} {lang:?}");
            }
            assert_ne!(
                default_heading(chart_of(DECISION_CHART), Lang::En),
                default_heading(chart_of(DECISION_CHART), Lang::De)
            );
            assert_eq!(en.message, (chart_of(id).build)(&r, &s, Lang::En).title);
            let titled = slide(chart, "Pourquoi le cloud souverain", &r, &s, Lang::En);
            assert_eq!(titled.heading, "Pourquoi le cloud souverain");
        }
    }

    #[test]
    fn a_slide_follows_the_scenario() {
        let (r, s) = evaluated(Persona::AiStartup);
        let mut more = s.clone();
        more.compute.gpu_count *= 4;
        let r2 = socle_model::evaluate(&more).unwrap();
        let chart = chart_of("migration-cost");
        assert_ne!(
            slide(chart, "", &r, &s, Lang::En).value,
            slide(chart, "", &r2, &more, Lang::En).value
        );
    }

    #[test]
    fn an_exported_slide_carries_its_heading_and_message_above_the_chart() {
        let (r, s) = evaluated(Persona::HealthDataHost);
        for chart in registry::CHARTS {
            let sl = slide(chart, "Board, 5 December", &r, &s, Lang::De);
            let titled: serde_json::Value =
                serde_json::from_str(&titled_option(&sl.figure.option_json, &sl.heading, &sl.message))
                    .expect("still an option");
            let original: serde_json::Value = serde_json::from_str(&sl.figure.option_json).unwrap();
            let titles = titled["title"].as_array().expect("a list of titles");
            assert_eq!(titles[0]["text"], "Board, 5 December", "{}", chart.id);
            assert_eq!(titles[0]["subtext"], sl.message.as_str(), "{}", chart.id);
            // Every series is still there, and the plot starts below the header.
            assert_eq!(titled["series"], original["series"], "{}", chart.id);
            let grids = match &titled["grid"] {
                serde_json::Value::Array(g) => g.clone(),
                serde_json::Value::Null => Vec::new(),
                one => vec![one.clone()],
            };
            for g in grids {
                assert!(
                    g["top"].as_f64().unwrap() >= EXPORT_HEADER_PX,
                    "{}: {g}",
                    chart.id
                );
            }
        }
        // Not an option: returned as it was.
        assert_eq!(titled_option("not json", "a", "b"), "not json");
    }
}
