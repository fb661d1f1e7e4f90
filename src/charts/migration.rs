//! Migration charts: where the workloads run over time, cumulative cost with P10–P90 bands, the
//! sovereignty trajectory, and the cost of waiting, for progressive and big-bang side by side.

use super::figure::{fmt_marker, round3, Cell, DataTable, Figure};
use super::style::{axis_tooltip, bare, base, in_sentence, value_axis, BIG_BANG, PROGRESSIVE};
use crate::i18n::{format as f, labels, Lang};
use charming::{
    component::{Axis, Grid, Title},
    element::{AreaStyle, AxisLabel, AxisType, ItemStyle, LineStyle, LineStyleType, Step},
    series::{Bar, Line},
};
use socle_model::migration::{PlatformShares, StrategyOutcome};
use socle_model::{t, Results, Scenario, Strategy};

const STRATEGIES: [Strategy; 2] = [Strategy::Progressive, Strategy::BigBang];

fn colour(s: Strategy) -> &'static str {
    match s {
        Strategy::Progressive => PROGRESSIVE,
        Strategy::BigBang => BIG_BANG,
    }
}

fn month_axis(n: usize, lang: Lang) -> Vec<String> {
    (0..n).map(|m| format!("{}{m}", lang.tr("M"))).collect()
}

fn r1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// A platform of the timeline: name, colour and how to read its share.
type Platform = (&'static str, &'static str, fn(&PlatformShares) -> f64);

/// Share of workloads per platform over time, progressive (left) and big-bang (right).
pub fn timeline(r: &Results, s: &Scenario, lang: Lang) -> Figure {
    let m = &r.migration;
    let months = month_axis(m.progressive.shares.len(), lang);
    let platforms: [Platform; 4] = [
        (t!("US hyperscaler (legacy)"), "#d55e00", |p| p.legacy_hyperscaler),
        (t!("In dual running"), "#e6a700", |p| p.dual_running),
        (t!("Target"), "#009e73", |p| p.target),
        (t!("Rest of the estate"), "#8a8a8a", |p| p.other),
    ];
    let mut chart = bare()
        .tooltip(axis_tooltip("pct", lang))
        .grid(
            Grid::new()
                .left("4%")
                .width("42%")
                .top(50)
                .bottom(56)
                .contain_label(true),
        )
        .grid(
            Grid::new()
                .left("54%")
                .width("42%")
                .top(50)
                .bottom(56)
                .contain_label(true),
        );
    for (i, strat) in STRATEGIES.iter().enumerate() {
        chart = chart
            .title(
                Title::new()
                    .text(labels::strategy(lang, *strat))
                    .left(if i == 0 { "4%" } else { "54%" })
                    .top(22)
                    .text_style(charming::element::TextStyle::new().font_size(13)),
            )
            .x_axis(
                Axis::new()
                    .type_(AxisType::Category)
                    .grid_index(i as f64)
                    .data(months.clone())
                    .boundary_gap(false),
            )
            .y_axis(
                Axis::new()
                    .type_(AxisType::Value)
                    .grid_index(i as f64)
                    .max(100)
                    .axis_label(AxisLabel::new().formatter(fmt_marker("pct", lang).as_str())),
            );
        let outcome = m.outcome(*strat);
        for (name, colour, get) in platforms {
            let data: Vec<f64> = outcome.shares.iter().map(|p| r1(get(p) * 100.0)).collect();
            chart = chart.series(
                Line::new()
                    .name(lang.tr(name))
                    .stack(format!("shares-{i}"))
                    .x_axis_index(i as f64)
                    .y_axis_index(i as f64)
                    .show_symbol(false)
                    .area_style(AreaStyle::new())
                    .item_style(ItemStyle::new().color(colour))
                    .line_style(LineStyle::new().width(0))
                    .data(data),
            );
        }
    }
    let (p, b) = (&m.progressive, &m.big_bang);
    let title = lang.fill(
        "Progressive finishes by month {progressive} (P50), big-bang by month {big_bang}",
        &[
            ("progressive", &f::number(lang, p.completion_month.p50, 0)),
            ("big_bang", &f::number(lang, b.completion_month.p50, 0)),
        ],
    );
    let summary = lang.fill(
        "Share of the {workloads} existing use cases per platform, month by month, as planned. New use cases start on the target from the first month; each progressive wave runs {months} in dual running.",
        &[
            ("workloads", &s.migration.workloads.to_string()),
            ("months", &f::months(lang, f64::from(m.dual_running_months), 0)),
        ],
    );
    let mut headers = vec![lang.tr("Month").to_owned()];
    for strat in STRATEGIES {
        for (name, _, _) in platforms {
            headers.push(format!("{} — {}", labels::strategy(lang, strat), lang.tr(name)));
        }
    }
    let rows = (0..months.len())
        .step_by(3)
        .map(|i| {
            let mut row = vec![Cell::Text(months[i].clone())];
            for strat in STRATEGIES {
                let sh = &m.outcome(strat).shares[i];
                for (_, _, get) in platforms {
                    row.push(Cell::Num(get(sh), f::percent(lang, get(sh), 0)));
                }
            }
            row
        })
        .collect();
    Figure::new(title, summary, chart, DataTable { headers, rows })
}

/// Cumulative migration cost with P10–P90 bands for both strategies.
pub fn cost(r: &Results, _s: &Scenario, lang: Lang) -> Figure {
    let m = &r.migration;
    let months = month_axis(m.progressive.cumulative_cost_eur.len(), lang);
    let mut chart = base()
        .tooltip(axis_tooltip("eur-m", lang))
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(months.clone())
                .boundary_gap(false),
        )
        .y_axis(value_axis(lang.tr("cumulative, M€"), "eur-m", lang));
    for strat in STRATEGIES {
        let o = m.outcome(strat);
        let name = labels::strategy(lang, strat);
        let low: Vec<f64> = o.cumulative_cost_eur.iter().map(|b| b.p10 / 1e6).collect();
        let width: Vec<f64> = o
            .cumulative_cost_eur
            .iter()
            .map(|b| (b.p90 - b.p10) / 1e6)
            .collect();
        let mid: Vec<f64> = o.cumulative_cost_eur.iter().map(|b| b.p50 / 1e6).collect();
        let band = format!("{name} P10–P90");
        chart = chart
            .series(
                Line::new()
                    .name(band.clone())
                    .stack(format!("band-{}", strat_id(strat)))
                    .show_symbol(false)
                    .line_style(LineStyle::new().opacity(0))
                    .item_style(ItemStyle::new().color(colour(strat)))
                    .data(low.iter().map(|v| round3(*v)).collect::<Vec<_>>()),
            )
            .series(
                Line::new()
                    .name(band)
                    .stack(format!("band-{}", strat_id(strat)))
                    .show_symbol(false)
                    .line_style(LineStyle::new().opacity(0))
                    .area_style(AreaStyle::new().opacity(0.2).color(colour(strat)))
                    .item_style(ItemStyle::new().color(colour(strat)))
                    .data(width.iter().map(|v| round3(*v)).collect::<Vec<_>>()),
            )
            .series(
                Line::new()
                    .name(format!("{name} P50"))
                    .show_symbol(false)
                    .line_style(LineStyle::new().width(3))
                    .item_style(ItemStyle::new().color(colour(strat)))
                    .data(mid.iter().map(|v| round3(*v)).collect::<Vec<_>>()),
            );
    }
    let (p, b) = (&m.progressive.total_cost_eur, &m.big_bang.total_cost_eur);
    let title = lang.fill(
        "Progressive: {progressive} (P50, P90 {progressive_p90}); big-bang: {big_bang} (P50, P90 {big_bang_p90})",
        &[
            ("progressive", &f::eur_compact(lang, p.p50)),
            ("progressive_p90", &f::eur_compact(lang, p.p90)),
            ("big_bang", &f::eur_compact(lang, b.p50)),
            ("big_bang_p90", &f::eur_compact(lang, b.p90)),
        ],
    );
    let summary = lang
        .tr("Migration labour, dual running, egress, recertification and lock-in, with the overrun drawn from studies of large IT projects: the band spans the 10th to the 90th percentile of the Monte Carlo paths. A single big-bang carries the fat tail of large projects.")
        .to_owned();
    let mut headers = vec![lang.tr("Month").to_owned()];
    for strat in STRATEGIES {
        for q in ["P10", "P50", "P90"] {
            headers.push(format!("{} {q} (€)", labels::strategy(lang, strat)));
        }
    }
    let rows = (0..months.len())
        .step_by(3)
        .map(|i| {
            let mut row = vec![Cell::Text(months[i].clone())];
            for strat in STRATEGIES {
                let b = &m.outcome(strat).cumulative_cost_eur[i];
                for v in [b.p10, b.p50, b.p90] {
                    row.push(Cell::Num(v.round(), f::eur_compact(lang, v)));
                }
            }
            row
        })
        .collect();
    Figure::new(title, summary, chart, DataTable { headers, rows })
}

fn strat_id(s: Strategy) -> &'static str {
    match s {
        Strategy::Progressive => "progressive",
        Strategy::BigBang => "big-bang",
    }
}

/// Sovereignty score and SEAL of the whole estate over time.
pub fn sovereignty(r: &Results, s: &Scenario, lang: Lang) -> Figure {
    let m = &r.migration;
    let months = month_axis(m.progressive.sovereignty.len(), lang);
    let mut chart = base()
        .tooltip(axis_tooltip("n0", lang))
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(months.clone())
                .boundary_gap(false),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Value)
                .min(0)
                .max(100)
                .name(lang.tr("score /100")),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Value)
                .min(0)
                .max(4)
                .interval(1)
                .name("SEAL"),
        );
    for strat in STRATEGIES {
        let o = m.outcome(strat);
        let name = labels::strategy(lang, strat);
        chart = chart
            .series(
                Line::new()
                    .name(format!("{name} — {}", lang.tr("score")))
                    .show_symbol(false)
                    .line_style(LineStyle::new().width(3))
                    .item_style(ItemStyle::new().color(colour(strat)))
                    .data(o.sovereignty.iter().map(|p| r1(p.score)).collect::<Vec<_>>()),
            )
            .series(
                Line::new()
                    .name(format!("{name} — SEAL"))
                    .y_axis_index(1)
                    .step(Step::End)
                    .show_symbol(false)
                    .line_style(LineStyle::new().type_(LineStyleType::Dashed))
                    .item_style(ItemStyle::new().color(colour(strat)))
                    .data(
                        o.sovereignty
                            .iter()
                            .map(|p| f64::from(p.seal))
                            .collect::<Vec<_>>(),
                    ),
            );
    }
    let last = |o: &StrategyOutcome| o.sovereignty.last().map_or((0.0, 0), |p| (p.score, p.seal));
    let (ps, pseal) = last(&m.progressive);
    let first = m
        .progressive
        .sovereignty
        .first()
        .map_or((0.0, 0), |p| (p.score, p.seal));
    let title = lang.fill(
        "Sovereignty of the estate rises from {from} to {to}/100 (SEAL-{seal_from} to SEAL-{seal_to})",
        &[
            ("from", &f::number(lang, first.0, 0)),
            ("to", &f::number(lang, ps, 0)),
            ("seal_from", &first.1.to_string()),
            ("seal_to", &pseal.to_string()),
        ],
    );
    let summary = lang.fill(
        "Workload-weighted score of the platforms in use; the SEAL stays at the weakest platform still carrying any workload, so it only rises once the last workload has left the US hyperscaler. Target: {target}.",
        &[("target", labels::option(lang, s.platform.target))],
    );
    let mut headers = vec![lang.tr("Month").to_owned()];
    for strat in STRATEGIES {
        headers.push(format!(
            "{} — {}",
            labels::strategy(lang, strat),
            lang.tr("score")
        ));
        headers.push(format!("{} — SEAL", labels::strategy(lang, strat)));
    }
    let rows = (0..months.len())
        .step_by(3)
        .map(|i| {
            let mut row = vec![Cell::Text(months[i].clone())];
            for strat in STRATEGIES {
                let p = &m.outcome(strat).sovereignty[i];
                row.push(Cell::Num(r1(p.score), f::number(lang, p.score, 1)));
                row.push(Cell::Num(f64::from(p.seal), format!("SEAL-{}", p.seal)));
            }
            row
        })
        .collect();
    Figure::new(title, summary, chart, DataTable { headers, rows })
}

/// P50 total migration cost if the start is delayed by 0 to 3 years.
pub fn waiting(r: &Results, _s: &Scenario, lang: Lang) -> Figure {
    let m = &r.migration;
    let delays: Vec<String> = m
        .progressive
        .cost_of_waiting
        .iter()
        .map(|w| match w.delay_years {
            0 => lang.tr("start now").to_owned(),
            1 => lang.tr("in 1 year").to_owned(),
            y => lang.fill("in {years} years", &[("years", &y.to_string())]),
        })
        .collect();
    let mut chart = base()
        .tooltip(axis_tooltip("eur-m", lang))
        .x_axis(Axis::new().type_(AxisType::Category).data(delays.clone()))
        .y_axis(value_axis(lang.tr("P50 total, present value, M€"), "eur-m", lang));
    for strat in STRATEGIES {
        let data: Vec<f64> = m
            .outcome(strat)
            .cost_of_waiting
            .iter()
            .map(|w| round3(w.p50_total_cost_eur / 1e6))
            .collect();
        chart = chart.series(
            Bar::new()
                .name(labels::strategy(lang, strat))
                .data(data)
                .item_style(ItemStyle::new().color(colour(strat))),
        );
    }
    let chosen = m.chosen_outcome();
    let now = chosen.cost_of_waiting[0].p50_total_cost_eur;
    let later = chosen.cost_of_waiting[3].p50_total_cost_eur;
    let title = lang.fill(
        "Waiting three years changes the {strategy} migration’s cost, in today’s money, by {change}",
        &[
            ("strategy", &in_sentence(lang, labels::strategy(lang, m.chosen))),
            ("change", &signed(lang, later - now)),
        ],
    );
    let summary = lang
        .tr("In today's money (discounted at your rate): the migration bill if it starts later, plus the running-cost gap of the extra months spent on the legacy platform. The effort grows each year a workload stays on proprietary services; a later start also moves the data copy relative to the EU Data Act's ban on switching charges (12 January 2027).")
        .to_owned();
    let headers = vec![
        lang.tr("Start").to_owned(),
        format!("{} (€)", labels::strategy(lang, Strategy::Progressive)),
        format!("{} (€)", labels::strategy(lang, Strategy::BigBang)),
    ];
    let rows = delays
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let mut row = vec![Cell::Text(d.clone())];
            for strat in STRATEGIES {
                let v = m.outcome(strat).cost_of_waiting[i].p50_total_cost_eur;
                row.push(Cell::Num(v.round(), f::eur_compact(lang, v)));
            }
            row
        })
        .collect();
    Figure::new(title, summary, chart, DataTable { headers, rows })
}

fn signed(lang: Lang, v: f64) -> String {
    if v >= 0.0 {
        format!("+{}", f::eur_compact(lang, v))
    } else {
        format!("−{}", f::eur_compact(lang, -v))
    }
}
