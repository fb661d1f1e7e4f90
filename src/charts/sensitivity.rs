//! Sensitivity charts: the tornado of the target's NPV and the best-option map.

use super::figure::{fmt_marker, round3, Cell, DataTable, Figure};
use super::style::{axis_tooltip, bare, base, option_colour, value_axis};
use crate::i18n::{format as f, labels, Lang};
use charming::{
    component::{Axis, Grid},
    element::{AxisLabel, AxisType, ItemStyle, NameLocation, Tooltip, Trigger},
    series::Bar,
};
use socle_model::sensitivity::{MAP_SIZE, TORNADO_SWING};
use socle_model::{DeploymentOption, Results, Scenario};

/// Swing of the target's NPV when each input moves by ±20 %.
pub fn tornado(r: &Results, _s: &Scenario, lang: Lang) -> Figure {
    let t = &r.tornado;
    let base_m = t.base_npv / 1e6;
    let names: Vec<String> = t
        .bars
        .iter()
        .map(|b| lang.tr(b.input.label()).to_owned())
        .collect();
    // Bars drawn as offsets from the base NPV: the lower NPV of each pair and the higher one.
    let low: Vec<f64> = t
        .bars
        .iter()
        .map(|b| round3(b.npv_low_input.min(b.npv_high_input) / 1e6 - base_m))
        .collect();
    let high: Vec<f64> = t
        .bars
        .iter()
        .map(|b| round3(b.npv_low_input.max(b.npv_high_input) / 1e6 - base_m))
        .collect();
    let chart = base()
        .tooltip(axis_tooltip("eur-m", lang))
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(names.clone())
                .inverse(true),
        )
        .x_axis(value_axis(lang.tr("change in NPV, M€"), "eur-m", lang))
        .series(
            Bar::new()
                .name(lang.tr("lower NPV"))
                .stack("swing")
                .data(low)
                .item_style(ItemStyle::new().color("#009e73")),
        )
        .series(
            Bar::new()
                .name(lang.tr("higher NPV"))
                .stack("swing")
                .data(high)
                .item_style(ItemStyle::new().color("#d55e00")),
        );
    let swing = f::percent(lang, TORNADO_SWING, 0);
    let title = match t.bars.first() {
        Some(b) => lang.fill(
            "{input} moves the {option} NPV most: ±{amount} for ±{swing}",
            &[
                ("input", lang.tr(b.input.label())),
                ("option", labels::option_short(lang, t.option)),
                ("amount", &f::eur_compact(lang, b.swing() / 2.0)),
                ("swing", &swing),
            ],
        ),
        None => lang.tr("No input moves this NPV").to_owned(),
    };
    let summary = lang.fill(
        "Each input moved by ±{swing} of its value, everything else fixed, around an NPV of {npv}.",
        &[("swing", &swing), ("npv", &f::eur_compact(lang, t.base_npv))],
    );
    let headers = vec![
        lang.tr("Assumption").to_owned(),
        lang.tr("NPV, input −20 % (€)").to_owned(),
        lang.tr("NPV, input +20 % (€)").to_owned(),
        lang.tr("Swing (€)").to_owned(),
    ];
    let rows = t
        .bars
        .iter()
        .map(|b| {
            vec![
                Cell::Text(lang.tr(b.input.label()).to_owned()),
                Cell::Num(b.npv_low_input.round(), f::eur_compact(lang, b.npv_low_input)),
                Cell::Num(b.npv_high_input.round(), f::eur_compact(lang, b.npv_high_input)),
                Cell::Num(b.swing().round(), f::eur_compact(lang, b.swing())),
            ]
        })
        .collect();
    Figure::new(title, summary, chart, DataTable { headers, rows })
}

/// Cheapest option meeting the required SEAL over utilisation × electricity price.
pub fn best_option_map(r: &Results, s: &Scenario, lang: Lang) -> Figure {
    let map = &r.best_option_map;
    let ps: Vec<String> = map.energy_price.iter().map(|p| f::number(lang, *p, 3)).collect();
    // Each row (an electricity price) is drawn as its runs of the same cheapest option, stacked along the
    // utilisation axis: a few dozen bars instead of 1,600 cells, which keeps a redraw within a frame.
    // Cell `c` of a row spans utilisation (c × 2.5 %, (c + 1) × 2.5 %] and shows the option at its right edge.
    let runs = map_runs(&map.cells);
    let depth = runs.iter().map(Vec::len).max().unwrap_or(0);
    let step = 100.0 / MAP_SIZE as f64;
    let name = |cell: Option<u8>| match cell {
        Some(i) => labels::option_short(lang, DeploymentOption::ALL[i as usize]).to_owned(),
        None => lang.tr("none meets the SEAL").to_owned(),
    };
    let colour = |cell: Option<u8>| {
        cell.map_or(NO_OPTION_COLOUR, |i| {
            option_colour(DeploymentOption::ALL[i as usize])
        })
    };
    // Room below the plot for the axis name and a two-line legend.
    let mut chart = bare()
        .grid(
            Grid::new()
                .left(8)
                .right(24)
                .top(34)
                .bottom(84)
                .contain_label(true),
        )
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .x_axis(
            Axis::new()
                .type_(AxisType::Value)
                .min(0)
                .max(100)
                .name(lang.tr("utilisation"))
                .name_location(NameLocation::Middle)
                .name_gap(24)
                .axis_label(AxisLabel::new().formatter(fmt_marker("pct", lang).as_str())),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(ps)
                .axis_label(AxisLabel::new().interval(4))
                .name(lang.tr("€/kWh")),
        );
    // The legend: one empty series per colour, and only those.
    let mut keys: Vec<Option<u8>> = (0..DeploymentOption::ALL.len() as u8).map(Some).collect();
    keys.push(None);
    chart = chart.legend(
        charming::component::Legend::new()
            .bottom(0)
            .data(keys.iter().map(|k| name(*k)).collect::<Vec<_>>()),
    );
    for key in keys {
        chart = chart.series(
            Bar::new()
                .name(name(key))
                .stack("map")
                .data(Vec::<f64>::new())
                .item_style(ItemStyle::new().color(colour(key))),
        );
    }
    for k in 0..depth {
        let data: Vec<charming::datatype::DataPoint> = runs
            .iter()
            .map(|row| match row.get(k) {
                // A border of the band's own colour closes the hairline seams between rows.
                Some(&(cell, len)) => charming::datatype::DataPointItem::new(len as f64 * step)
                    .name(name(cell))
                    .item_style(
                        ItemStyle::new()
                            .color(colour(cell))
                            .border_color(colour(cell))
                            .border_width(0.6),
                    )
                    .into(),
                None => charming::datatype::DataPoint::from(0.0),
            })
            .collect();
        chart = chart.series(
            Bar::new()
                .name(lang.tr("cheapest"))
                .stack("map")
                .bar_width("100%")
                .data(data),
        );
    }
    let at = |u: f64, p: f64| -> Option<u8> {
        let col = nearest(&map.utilisation, u);
        let row = nearest(&map.energy_price, p);
        map.cells[row * MAP_SIZE + col]
    };
    let here = at(s.compute.utilisation, r.tco.energy_price_eur_kwh);
    let level = r.sovereignty.required_seal.to_string();
    let title = match here {
        Some(i) => lang.fill(
            "At your utilisation and energy price, {option} is the cheapest option meeting SEAL-{level}",
            &[
                ("option", labels::option(lang, DeploymentOption::ALL[i as usize])),
                ("level", &level),
            ],
        ),
        None => lang.fill(
            "No option reaches the required SEAL-{level} at any utilisation or price",
            &[("level", &level)],
        ),
    };
    let eligible: Vec<&str> = DeploymentOption::ALL
        .iter()
        .filter(|o| map.eligible[o.index()])
        .map(|&o| labels::option_short(lang, o))
        .collect();
    let size = MAP_SIZE.to_string();
    let summary = if eligible.is_empty() {
        lang.fill(
            "{size}×{size} grid, exact from each option's NPV. Options meeting SEAL-{level}: none.",
            &[("size", &size), ("level", &level)],
        )
    } else {
        lang.fill(
            "{size}×{size} grid, exact from each option's NPV. Options meeting SEAL-{level}: {options}.",
            &[
                ("size", &size),
                ("level", &level),
                ("options", &eligible.join(", ")),
            ],
        )
    };
    let mut headers = vec![lang.tr("€/kWh \\ utilisation").to_owned()];
    headers.extend(map.utilisation.iter().step_by(4).map(|u| f::percent(lang, *u, 0)));
    let rows = (0..MAP_SIZE)
        .step_by(4)
        .map(|row| {
            let mut cells = vec![Cell::Num(
                map.energy_price[row],
                f::number(lang, map.energy_price[row], 3),
            )];
            cells.extend(
                (0..MAP_SIZE)
                    .step_by(4)
                    .map(|col| match map.cells[row * MAP_SIZE + col] {
                        Some(i) => Cell::Text(
                            labels::option_short(lang, DeploymentOption::ALL[i as usize]).to_owned(),
                        ),
                        None => Cell::Text("–".to_owned()),
                    }),
            );
            cells
        })
        .collect();
    Figure::new(title, summary, chart, DataTable { headers, rows })
}

/// Colour of the cells where no option meets the required SEAL.
const NO_OPTION_COLOUR: &str = "#d5dbe5";

/// Each row of the map as its runs: (cheapest option, number of cells).
pub fn map_runs(cells: &[Option<u8>]) -> Vec<Vec<(Option<u8>, usize)>> {
    cells
        .chunks(MAP_SIZE)
        .map(|row| {
            let mut runs: Vec<(Option<u8>, usize)> = Vec::new();
            for &c in row {
                match runs.last_mut() {
                    Some((cell, n)) if *cell == c => *n += 1,
                    _ => runs.push((c, 1)),
                }
            }
            runs
        })
        .collect()
}

fn nearest(grid: &[f64], v: f64) -> usize {
    grid.iter()
        .enumerate()
        .min_by(|a, b| (a.1 - v).abs().total_cmp(&(b.1 - v).abs()))
        .map_or(0, |(i, _)| i)
}
