//! Cost charts: cumulative discounted cost per option, NPV by category, and the levelised cost per
//! useful GPU-hour across utilisation with the break-even points.

use super::figure::{fmt_marker, Cell, DataTable, Figure};
use super::style::{axis_tooltip, base, base_long_legend, option_colour, value_axis};
use super::xy;
use crate::i18n::{format as f, labels, Lang};
use charming::{
    component::{Axis, Legend},
    element::{
        AreaStyle, AxisLabel, AxisType, ItemStyle, LineStyle, LineStyleType, MarkLine, MarkLineData,
        MarkLineVariant, Symbol,
    },
    series::{Bar, Line},
};
use socle_model::tco::{CostCategory, OptionTco, TcoResults};
use socle_model::{DeploymentOption, Results, Scenario};

const M: f64 = 1e6;

fn m(v: f64) -> f64 {
    (v / M * 1000.0).round() / 1000.0
}

/// The runner-up by NPV.
fn runner_up(tco: &TcoResults) -> DeploymentOption {
    let mut sorted: Vec<&OptionTco> = tco.options.iter().collect();
    sorted.sort_by(|a, b| a.npv_eur.total_cmp(&b.npv_eur));
    sorted.get(1).map_or(tco.cheapest, |o| o.option)
}

/// Cumulative discounted cost of the five options, year by year.
pub fn cumulative(r: &Results, s: &Scenario, lang: Lang) -> Figure {
    let tco = &r.tco;
    let years: Vec<String> = (1..=s.compute.horizon_years)
        .map(|y| lang.fill("Year {year}", &[("year", &y.to_string())]))
        .collect();
    let mut chart = base()
        .tooltip(axis_tooltip("eur-m", lang))
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(years.clone())
                .boundary_gap(false),
        )
        .y_axis(value_axis(lang.tr("discounted, M€"), "eur-m", lang));
    for o in &tco.options {
        let data: Vec<f64> = o.cumulative_discounted_eur.iter().map(|v| m(*v)).collect();
        let target = o.option == s.platform.target;
        chart = chart.series(
            Line::new()
                .name(labels::option_short(lang, o.option))
                .data(data)
                .symbol(Symbol::Circle)
                .item_style(ItemStyle::new().color(option_colour(o.option)))
                .line_style(LineStyle::new().width(if target { 4 } else { 2 })),
        );
    }
    // The P10–P90 band of each option over the simulated futures: an invisible line at P10 and the
    // width up to P90 stacked on it and shaded, after the five lines (which keep series 0 to 4).
    let u = &r.decision.uncertainty;
    for o in &u.options {
        let short = labels::option_short(lang, o.option);
        let stack = format!("band-{}", o.option.id());
        let low: Vec<f64> = o.band_p10.iter().map(|v| m(*v)).collect();
        let width: Vec<f64> = o
            .band_p10
            .iter()
            .zip(&o.band_p90)
            .map(|(lo, hi)| m(*hi) - m(*lo))
            .collect();
        chart = chart
            .series(
                Line::new()
                    .name(format!("{short} P10"))
                    .stack(stack.as_str())
                    .data(low)
                    .show_symbol(false)
                    .silent(true)
                    .line_style(LineStyle::new().opacity(0)),
            )
            .series(
                Line::new()
                    .name(format!("{short} P90 − P10"))
                    .stack(stack.as_str())
                    .data(width)
                    .show_symbol(false)
                    .silent(true)
                    .line_style(LineStyle::new().opacity(0))
                    .area_style(AreaStyle::new().color(option_colour(o.option)).opacity(0.12)),
            );
    }
    // The legend names the five options only.
    chart = chart.legend(
        Legend::new().bottom(0).data(
            tco.options
                .iter()
                .map(|o| labels::option_short(lang, o.option).to_owned())
                .collect::<Vec<_>>(),
        ),
    );
    let cheapest = tco.option(tco.cheapest);
    let second = runner_up(tco);
    let horizon = f::years(lang, f64::from(s.compute.horizon_years), 0);
    let title = lang.fill(
        "{option} is cheapest over {horizon}: NPV {npv}, {margin} less than {second}",
        &[
            ("option", labels::option(lang, tco.cheapest)),
            ("horizon", &horizon),
            ("npv", &f::eur_compact(lang, cheapest.npv_eur)),
            ("margin", &f::eur_compact(lang, tco.cheapest_margin_eur)),
            ("second", labels::option_short(lang, second)),
        ],
    );
    let target = tco.option(s.platform.target);
    let target_odds = u.option(s.platform.target);
    let paths = f::number(lang, f64::from(u.paths), 0);
    let (band_low, band_high) = (
        f::eur_compact(lang, target_odds.npv.p10),
        f::eur_compact(lang, target_odds.npv.p90),
    );
    let summary = lang.fill(
        "Cumulative cost discounted at {rate} a year. The target, {target}, reaches {npv} after {horizon}; owned options pay their hardware up front, cloud options month by month. Shaded: P10 to P90 over {paths} simulated futures; the target ends between {low} and {high}.",
        &[
            ("rate", &f::percent(lang, s.finance.discount_rate, 1)),
            ("target", labels::option(lang, s.platform.target)),
            ("npv", &f::eur_compact(lang, target.npv_eur)),
            ("horizon", &horizon),
            ("paths", &paths),
            ("low", &band_low),
            ("high", &band_high),
        ],
    );
    let mut headers = vec![lang.tr("Year").to_owned()];
    headers.extend(
        tco.options
            .iter()
            .map(|o| format!("{} (€)", labels::option_short(lang, o.option))),
    );
    for o in &u.options {
        let short = labels::option_short(lang, o.option);
        headers.push(format!("{short} P10 (€)"));
        headers.push(format!("{short} P90 (€)"));
    }
    let eur = |v: f64| Cell::Num(v.round(), f::eur_compact(lang, v));
    let rows = years
        .iter()
        .enumerate()
        .map(|(i, y)| {
            let mut row = vec![Cell::Text(y.clone())];
            row.extend(tco.options.iter().map(|o| eur(o.cumulative_discounted_eur[i])));
            for o in &u.options {
                row.push(eur(o.band_p10[i]));
                row.push(eur(o.band_p90[i]));
            }
            row
        })
        .collect();
    Figure::new(title, summary, chart, DataTable { headers, rows })
}

/// Colour of a cost category.
fn category_colour(c: CostCategory) -> &'static str {
    match c {
        CostCategory::Hardware => "#1d4e89",
        CostCategory::Facility => "#4f6d7a",
        CostCategory::Energy => "#e6a700",
        CostCategory::Staff => "#7b5ea7",
        CostCategory::Maintenance => "#9c6644",
        CostCategory::Software => "#5c946e",
        CostCategory::Colocation => "#56b4e9",
        CostCategory::CloudFees => "#d55e00",
        CostCategory::Egress => "#cc79a7",
        CostCategory::Residual => "#8a8a8a",
    }
}

/// NPV of each option by cost category (stacked).
pub fn breakdown(r: &Results, s: &Scenario, lang: Lang) -> Figure {
    let tco = &r.tco;
    let names: Vec<String> = tco
        .options
        .iter()
        .map(|o| labels::option_short(lang, o.option).to_owned())
        .collect();
    // Every category in the legend at once (up to three lines): a paged legend would hide some of
    // them, and on paper there is no page to turn.
    let mut chart = base_long_legend()
        .tooltip(axis_tooltip("eur-m", lang))
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(names.clone())
                .inverse(true),
        )
        .x_axis(
            Axis::new()
                .type_(AxisType::Value)
                .name(lang.tr("NPV, M€"))
                .split_number(4)
                .axis_label(AxisLabel::new().formatter(fmt_marker("eur-m", lang).as_str())),
        );
    let used: Vec<CostCategory> = CostCategory::ALL
        .into_iter()
        .filter(|c| tco.options.iter().any(|o| o.npv_by_category.get(*c).abs() > 0.5))
        .collect();
    for &c in &used {
        let data: Vec<f64> = tco.options.iter().map(|o| m(o.npv_by_category.get(c))).collect();
        chart = chart.series(
            Bar::new()
                .name(lang.tr(c.label()))
                .stack("npv")
                .data(data)
                .item_style(ItemStyle::new().color(category_colour(c))),
        );
    }
    let target = tco.option(s.platform.target);
    let (top, top_value) = used
        .iter()
        .map(|&c| (c, target.npv_by_category.get(c)))
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .unwrap_or((CostCategory::Hardware, 0.0));
    let share = if target.npv_eur.abs() > 0.0 {
        top_value / target.npv_eur
    } else {
        0.0
    };
    let title = lang.fill(
        "{category} makes up {share} of the {option} NPV",
        &[
            ("category", lang.tr(top.label())),
            ("share", &f::percent(lang, share, 0)),
            ("option", labels::option_short(lang, s.platform.target)),
        ],
    );
    let summary = lang
        .tr("Discounted cost by category. Cloud prices embed energy, staff and facilities; residual value (resale of servers, book value of the hall) is counted as a negative cost.")
        .to_owned();
    let mut headers = vec![lang.tr("Category").to_owned()];
    headers.extend(names.iter().map(|n| format!("{n} (€)")));
    let mut rows: Vec<Vec<Cell>> = used
        .iter()
        .map(|&c| {
            let mut row = vec![Cell::Text(lang.tr(c.label()).to_owned())];
            row.extend(tco.options.iter().map(|o| {
                let v = o.npv_by_category.get(c);
                Cell::Num(v.round(), f::eur_compact(lang, v))
            }));
            row
        })
        .collect();
    let mut total = vec![Cell::Text(lang.tr("NPV").to_owned())];
    total.extend(
        tco.options
            .iter()
            .map(|o| Cell::Num(o.npv_eur.round(), f::eur_compact(lang, o.npv_eur))),
    );
    rows.push(total);
    Figure::new(title, summary, chart, DataTable { headers, rows })
}

/// Utilisation points of the cost curves (a 2.5 % floor avoids the infinite cost of idle fleets).
fn curve_points() -> Vec<f64> {
    (1..=40).map(|i| f64::from(i) * 0.025).collect()
}

/// Levelised cost per useful GPU-hour of each option across utilisation, with break-evens.
pub fn gpu_hour(r: &Results, s: &Scenario, lang: Lang) -> Figure {
    let tco = &r.tco;
    let p = tco.energy_price_eur_kwh;
    let hours = socle_model::tco::present_gpu_hours(s);
    let us = curve_points();
    let cost = |o: &OptionTco, u: f64| o.coefficients.npv(u, p) / (u * hours);
    let mut chart = base()
        .tooltip(axis_tooltip("eur2", lang))
        .x_axis(
            Axis::new()
                .type_(AxisType::Value)
                .min(0)
                .max(100)
                .name(lang.tr("utilisation, %"))
                .axis_label(AxisLabel::new().formatter(fmt_marker("pct", lang).as_str())),
        )
        .y_axis(
            Axis::new()
                .type_(AxisType::Value)
                .name(lang.tr("€ per useful GPU-hour"))
                .max(
                    // Idle fleets cost without bound; cap the axis at 4× the target's cost at 60 %.
                    (cost(tco.option(s.platform.target), 0.6) * 4.0).max(1.0).ceil(),
                )
                .axis_label(AxisLabel::new().formatter(fmt_marker("eur2", lang).as_str())),
        );
    let now = s.compute.utilisation * 100.0;
    for o in &tco.options {
        let data: Vec<_> = us
            .iter()
            .map(|&u| xy(u * 100.0, (cost(o, u) * 100.0).round() / 100.0))
            .collect();
        let mut line = Line::new()
            .name(labels::option_short(lang, o.option))
            .data(data)
            .show_symbol(false)
            .item_style(ItemStyle::new().color(option_colour(o.option)));
        if o.option == s.platform.target {
            let mut marks = vec![MarkLineVariant::Simple(
                MarkLineData::new().x_axis(now).name(lang.tr("your utilisation")),
            )];
            if let Some(be) = break_even_against_target(tco, s.platform.target) {
                marks.push(MarkLineVariant::Simple(
                    MarkLineData::new()
                        .x_axis((be * 1000.0).round() / 10.0)
                        .name(lang.tr("break-even")),
                ));
            }
            line = line.mark_line(
                MarkLine::new()
                    .symbol(vec![Symbol::None, Symbol::None])
                    // The line's name (what it marks), not its raw value.
                    .label(charming::element::Label::new().formatter("{b}"))
                    .line_style(LineStyle::new().type_(LineStyleType::Dashed).color("#14213d"))
                    .data(marks),
            );
        }
        chart = chart.series(line);
    }
    let target = tco.option(s.platform.target);
    let title = match target.cost_per_useful_gpu_hour_eur {
        Some(c) => lang.fill(
            "{option} costs {cost} per useful GPU-hour at {utilisation} utilisation",
            &[
                ("option", labels::option(lang, s.platform.target)),
                ("cost", &f::eur(lang, c, 2)),
                ("utilisation", &f::percent(lang, s.compute.utilisation, 0)),
            ],
        ),
        None => lang
            .tr("At 0 % utilisation no GPU-hour is useful: the cost per hour is undefined")
            .to_owned(),
    };
    let summary = break_even_summary(tco, lang);
    let mut headers = vec![lang.tr("Utilisation").to_owned()];
    headers.extend(
        tco.options
            .iter()
            .map(|o| format!("{} (€/GPU-h)", labels::option_short(lang, o.option))),
    );
    let rows = us
        .iter()
        .map(|&u| {
            let mut row = vec![Cell::Num(u, f::percent(lang, u, 1))];
            row.extend(tco.options.iter().map(|o| {
                let c = cost(o, u);
                Cell::Num((c * 1000.0).round() / 1000.0, f::eur(lang, c, 2))
            }));
            row
        })
        .collect();
    Figure::new(title, summary, chart, DataTable { headers, rows })
}

/// Break-even utilisation between the target and its natural counterpart (owned vs the EU cloud on
/// demand price, or cloud vs on premises).
fn break_even_against_target(tco: &TcoResults, target: DeploymentOption) -> Option<f64> {
    if target.is_owned() {
        tco.break_even_between(target, DeploymentOption::EuSovereignCloud)?
            .utilisation()
    } else {
        tco.break_even_between(DeploymentOption::OnPremises, target)?
            .utilisation()
    }
}

fn break_even_summary(tco: &TcoResults, lang: Lang) -> String {
    use socle_model::tco::BreakEven;
    let mut parts = Vec::new();
    for owned in [DeploymentOption::OnPremises, DeploymentOption::Colocation] {
        for cloud in [
            DeploymentOption::EuSovereignCloud,
            DeploymentOption::UsPublicCloud,
        ] {
            let Some(be) = tco.break_even_between(owned, cloud) else {
                continue;
            };
            let (o, c) = (
                labels::option_short(lang, owned),
                labels::option_short(lang, cloud),
            );
            let pair = [("owned", o), ("cloud", c)];
            parts.push(match be {
                BreakEven::At { utilisation, .. } => lang.fill(
                    "{owned} vs {cloud}: {utilisation}",
                    &[
                        ("owned", o),
                        ("cloud", c),
                        ("utilisation", &f::percent(lang, utilisation, 0)),
                    ],
                ),
                BreakEven::OwnedAlwaysCheaper => lang.fill("{owned} always cheaper than {cloud}", &pair),
                BreakEven::CloudAlwaysCheaper => lang.fill("{cloud} always cheaper than {owned}", &pair),
            });
        }
    }
    lang.fill(
        "Break-even utilisation, solved exactly from the NPVs: {pairs}.",
        &[("pairs", &parts.join(lang.tr("; ")))],
    )
}
