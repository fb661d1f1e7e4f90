//! Constraint charts: the radar of the four pressures on the target and the factors behind each.

use super::figure::{Cell, DataTable, Figure};
use super::style::{after_colon, axis_tooltip, base, capitalised, in_sentence, option_colour};
use crate::i18n::{format as f, labels, reasons, Lang};
use charming::{
    component::{Axis, RadarCoordinate},
    element::{AreaStyle, AxisType, ItemStyle, LineStyle, Tooltip, Trigger},
    series::{Bar, Radar},
};
use socle_model::constraints::ConstraintKind;
use socle_model::{DeploymentOption, Results, Scenario};

/// The four pressures on the target platform, the binding one named.
pub fn constraints(r: &Results, s: &Scenario, lang: Lang) -> Figure {
    let c = &r.constraints;
    let names: Vec<String> = ConstraintKind::ALL
        .iter()
        .map(|k| lang.tr(k.label()).to_owned())
        .collect();
    let mut chart = base().tooltip(Tooltip::new().trigger(Trigger::Item)).radar(
        RadarCoordinate::new()
            .indicator(names.iter().map(|n| (n.as_str(), 0.0, 100.0)).collect::<Vec<_>>())
            .radius("62%")
            // Above the middle, so the lowest axis name clears the legend below.
            .center(vec!["50%", "45%"]),
    );
    // The options' colours for the symbols and the legend too, not only the lines (a radar series has
    // no item style of its own: the palette is the chart's, in the order of the series).
    chart = chart.color(
        DeploymentOption::ALL
            .iter()
            .map(|o| charming::element::Color::from(option_colour(*o)))
            .collect(),
    );
    // One polygon per option, the target drawn bold and filled: which constraint binds where.
    for (o, cr) in DeploymentOption::ALL.iter().zip(&r.constraints_by_option) {
        let target = *o == s.platform.target;
        let values: Vec<f64> = cr.pressures.iter().map(|p| p.value.round()).collect();
        let mut series = Radar::new()
            .name(labels::option_short(lang, *o))
            .data(vec![(values, labels::option_short(lang, *o))])
            .line_style(
                LineStyle::new()
                    .color(option_colour(*o))
                    .width(if target { 3 } else { 1 }),
            );
        if target {
            series = series.area_style(AreaStyle::new().opacity(0.2).color(option_colour(*o)));
        }
        chart = chart.series(series);
    }
    let binding = c.pressure(c.binding);
    let title = capitalised(&lang.fill(
        "{constraint} is the binding constraint ({value}/100)",
        &[
            ("constraint", &in_sentence(lang, lang.tr(c.binding.label()))),
            ("value", &f::number(lang, binding.value, 0)),
        ],
    ));
    let summary = lang.fill(
        "{reason}. What would relax it most: {relaxer}.",
        &[
            ("reason", &reasons::reason(lang, &binding.reason)),
            (
                "relaxer",
                &after_colon(lang, &reasons::relaxer(lang, &binding.relaxer)),
            ),
        ],
    );
    let headers = vec![
        lang.tr("Constraint").to_owned(),
        lang.tr("Pressure (0–100)").to_owned(),
        lang.tr("Why").to_owned(),
        lang.tr("What would relax it").to_owned(),
        lang.tr("Pressure after").to_owned(),
    ];
    let rows = c
        .pressures
        .iter()
        .map(|p| {
            vec![
                Cell::Text(lang.tr(p.kind.label()).to_owned()),
                Cell::Num(p.value.round(), f::number(lang, p.value, 0)),
                Cell::Text(reasons::reason(lang, &p.reason)),
                Cell::Text(reasons::relaxer(lang, &p.relaxer)),
                Cell::Num(p.relaxed_value.round(), f::number(lang, p.relaxed_value, 0)),
            ]
        })
        .collect();
    Figure::new(title, summary, chart, DataTable { headers, rows })
}

/// Colour of a constraint kind (the factors chart groups bars by it).
fn kind_colour(k: ConstraintKind) -> &'static str {
    match k {
        ConstraintKind::Hardware => "#1d4e89",
        ConstraintKind::Economic => "#7b5ea7",
        ConstraintKind::Energy => "#e6a700",
        ConstraintKind::Geopolitical => "#b3261e",
    }
}

/// Every factor behind the four pressures on the target, each 0–100.
pub fn constraint_factors(r: &Results, s: &Scenario, lang: Lang) -> Figure {
    let c = &r.constraints;
    let rows_src: Vec<(ConstraintKind, &socle_model::constraints::Factor)> = c
        .pressures
        .iter()
        .flat_map(|p| p.factors.iter().map(move |f| (p.kind, f)))
        .collect();
    let names: Vec<String> = rows_src
        .iter()
        .map(|(_, f)| lang.tr(f.reason.factor_label()).to_owned())
        .collect();
    let mut chart = base()
        .tooltip(axis_tooltip("n0", lang))
        .y_axis(Axis::new().type_(AxisType::Category).data(names).inverse(true))
        .x_axis(
            Axis::new()
                .type_(AxisType::Value)
                .min(0)
                .max(100)
                .name(lang.tr("pressure")),
        );
    // One stacked series per kind, so the legend names the kinds and each bar keeps its kind's colour.
    for kind in ConstraintKind::ALL {
        let data: Vec<f64> = rows_src
            .iter()
            .map(|(k, f)| if *k == kind { f.value.round() } else { 0.0 })
            .collect();
        chart = chart.series(
            Bar::new()
                .name(lang.tr(kind.label()))
                .stack("factors")
                .data(data)
                .item_style(ItemStyle::new().color(kind_colour(kind))),
        );
    }
    let strongest = rows_src.iter().max_by(|a, b| a.1.value.total_cmp(&b.1.value));
    let title = match strongest {
        Some((_, f)) => lang.fill(
            "Strongest factor: {factor} ({value}/100)",
            &[
                ("factor", &in_sentence(lang, lang.tr(f.reason.factor_label()))),
                ("value", &f::number(lang, f.value, 0)),
            ],
        ),
        None => lang.tr("No pressure").to_owned(),
    };
    let summary = lang.fill(
        "Each pressure on {option} is its strongest factor; here are all of them, from delivery times to extraterritorial law.",
        &[("option", labels::option(lang, s.platform.target))],
    );
    let headers = vec![
        lang.tr("Constraint").to_owned(),
        lang.tr("Factor").to_owned(),
        lang.tr("Value (0–100)").to_owned(),
        lang.tr("Why").to_owned(),
    ];
    let rows = rows_src
        .iter()
        .map(|(k, f)| {
            vec![
                Cell::Text(lang.tr(k.label()).to_owned()),
                Cell::Text(lang.tr(f.reason.factor_label()).to_owned()),
                Cell::Num(f.value.round(), f::number(lang, f.value, 0)),
                Cell::Text(reasons::reason(lang, &f.reason)),
            ]
        })
        .collect();
    Figure::new(title, summary, chart, DataTable { headers, rows })
}
