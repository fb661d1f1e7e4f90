//! Sovereignty per objective for the five options, with the overall score and SEAL in the legend,
//! and the criteria that cap the target platform's SEAL in the summary.

use super::figure::{fmt_marker, Cell, DataTable, Figure};
use super::style::{axis_tooltip, base_long_legend, option_colour};
use crate::i18n::{format as f, labels, Lang};
use charming::{
    component::Axis,
    element::{AxisLabel, AxisType, ItemStyle},
    series::Bar,
};
use socle_model::sovereignty::{CRITERIA, OBJECTIVES};
use socle_model::{DeploymentOption, Results, Scenario};

/// Short names of the eight objectives, for the axis (the data table has the full names).
const SHORT: [(&str, &str); 8] = [
    ("Strategic", "Stratégique"),
    ("Legal", "Juridique"),
    ("Data & AI", "Données et IA"),
    ("Operational", "Opérationnelle"),
    ("Supply chain", "Chaîne d’approvisionnement"),
    ("Technology", "Technologique"),
    ("Security", "Sécurité"),
    ("Environment", "Environnement"),
];

/// "SEAL-3" style name.
pub fn seal_name(seal: u8) -> String {
    format!("SEAL-{seal}")
}

/// Builds the sovereignty-per-objective figure.
pub fn objectives(r: &Results, scenario: &Scenario, lang: Lang) -> Figure {
    let sov = &r.sovereignty;
    let target = scenario.platform.target;
    let t = sov.option(target);
    let objectives: Vec<String> = OBJECTIVES
        .iter()
        .map(|o| format!("{} {}", o.id, lang.pick(o.name)))
        .collect();
    let short: Vec<String> = SHORT.iter().map(|n| lang.pick(*n).to_owned()).collect();

    let mut chart = base_long_legend()
        .tooltip(axis_tooltip("pct", lang))
        .y_axis(Axis::new().type_(AxisType::Category).data(short).inverse(true))
        .x_axis(
            Axis::new()
                .type_(AxisType::Value)
                .min(0)
                .max(100)
                .name(lang.pick(("score, %", "score, %")))
                .axis_label(AxisLabel::new().formatter(fmt_marker("pct", lang).as_str())),
        );
    for o in DeploymentOption::ALL {
        let r = sov.option(o);
        let name = format!(
            "{} · {} · {}",
            labels::option_short(lang, o),
            f::number(lang, r.score, 0),
            seal_name(r.seal)
        );
        let data: Vec<f64> = r
            .objective_scores
            .iter()
            .map(|s| (s * 1000.0).round() / 10.0)
            .collect();
        chart = chart.series(
            Bar::new()
                .name(name)
                .data(data)
                .item_style(ItemStyle::new().color(option_colour(o))),
        );
    }

    let title = match lang {
        Lang::En => format!(
            "{} scores {}/100 and reaches {} ({} required)",
            labels::option(lang, target),
            f::number(lang, t.score, 0),
            seal_name(t.seal),
            seal_name(sov.required_seal)
        ),
        Lang::Fr => format!(
            "{} obtient {}/100 et atteint {} ({} requis)",
            labels::option(lang, target),
            f::number(lang, t.score, 0),
            seal_name(t.seal),
            seal_name(sov.required_seal)
        ),
    };
    let capping: Vec<String> = t
        .capping_criteria
        .iter()
        .map(|&i| {
            let c = &CRITERIA[i as usize];
            format!("{} {}", c.id, lang.pick(c.name))
        })
        .collect();
    let summary = match lang {
        Lang::En => format!(
            "SEAL is the weakest link over the 48 criteria. {} is capped at {} by {} criteria: {}.",
            labels::option(lang, target),
            seal_name(t.seal),
            capping.len(),
            shortlist(&capping, lang)
        ),
        Lang::Fr => format!(
            "Le SEAL est le maillon faible des 48 critères. {} est plafonné à {} par {} critères : {}.",
            labels::option(lang, target),
            seal_name(t.seal),
            capping.len(),
            shortlist(&capping, lang)
        ),
    };

    let mut headers = vec![lang.pick(("Objective", "Objectif")).to_owned()];
    headers.extend(
        DeploymentOption::ALL
            .iter()
            .map(|&o| labels::option_short(lang, o).to_owned()),
    );
    let mut rows: Vec<Vec<Cell>> = objectives
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let mut row = vec![Cell::Text(name.clone())];
            row.extend(DeploymentOption::ALL.iter().map(|&o| {
                let v = sov.option(o).objective_scores[i] * 100.0;
                Cell::Num(v, f::percent(lang, v / 100.0, 0))
            }));
            row
        })
        .collect();
    let mut score_row = vec![Cell::Text(
        lang.pick(("Sovereignty score", "Score de souveraineté"))
            .to_owned(),
    )];
    score_row.extend(DeploymentOption::ALL.iter().map(|&o| {
        let v = sov.option(o).score;
        Cell::Num(v, f::number(lang, v, 1))
    }));
    rows.push(score_row);
    let mut seal_row = vec![Cell::Text("SEAL".to_owned())];
    seal_row.extend(DeploymentOption::ALL.iter().map(|&o| {
        let s = sov.option(o).seal;
        Cell::Num(f64::from(s), seal_name(s))
    }));
    rows.push(seal_row);
    let mut capping_row = vec![Cell::Text(
        lang.pick(("Capping criteria", "Critères plafonnants")).to_owned(),
    )];
    capping_row.extend(DeploymentOption::ALL.iter().map(|&o| {
        let ids: Vec<&str> = sov
            .option(o)
            .capping_criteria
            .iter()
            .map(|&i| CRITERIA[i as usize].id)
            .collect();
        Cell::Text(ids.join(", "))
    }));
    rows.push(capping_row);

    Figure::new(title, summary, chart, DataTable { headers, rows })
}

/// The first few capping criteria, then how many more (the data table lists them all).
fn shortlist(items: &[String], lang: Lang) -> String {
    const SHOWN: usize = 4;
    let sep = lang.pick(("; ", " ; "));
    let head = items.iter().take(SHOWN).cloned().collect::<Vec<_>>().join(sep);
    match items.len().saturating_sub(SHOWN) {
        0 => head,
        more => match lang {
            Lang::En => format!("{head} and {more} more (see the data)"),
            Lang::Fr => format!("{head} et {more} autres (voir les données)"),
        },
    }
}
