//! Decision charts: how often each option is the cheapest over the simulated futures, what each step
//! of sovereignty costs (the cost–sovereignty frontier), and why one option costs less than another
//! (a waterfall by cost category).

use super::figure::{round3, Cell, DataTable, Figure};
use super::style::{axis_tooltip, bare, base, in_sentence, option_colour, value_axis};
use super::xy;
use crate::i18n::{format as f, labels, Lang};
use charming::{
    component::{Axis, Grid},
    element::{
        AxisType, ItemStyle, LineStyle, LineStyleType, MarkLine, MarkLineData, MarkLineVariant, Symbol,
        Tooltip, Trigger,
    },
    series::{Bar, Line},
};
use socle_model::decision::{attribute, default_pair, Attribution};
use socle_model::{t, DeploymentOption, Results, Scenario};

fn pct(v: f64) -> f64 {
    (v * 1000.0).round() / 10.0
}

/// Probability that each option is the cheapest over the simulated futures, overall and among the
/// options meeting the required SEAL.
pub fn odds(r: &Results, _s: &Scenario, lang: Lang) -> Figure {
    let u = &r.decision.uncertainty;
    let names: Vec<String> = u
        .options
        .iter()
        .map(|o| labels::option_short(lang, o.option).to_owned())
        .collect();
    let all: Vec<f64> = u.options.iter().map(|o| pct(o.p_cheapest)).collect();
    let eligible: Vec<f64> = u
        .options
        .iter()
        .map(|o| pct(o.p_cheapest_eligible.unwrap_or(0.0)))
        .collect();
    let required = r.decision.frontier.required_seal;
    let seal = required.to_string();
    let eligible_name = lang.fill("among options meeting SEAL-{level}", &[("level", &seal)]);
    let chart = base()
        .tooltip(axis_tooltip("pct1", lang))
        .y_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(names.clone())
                .inverse(true),
        )
        .x_axis(value_axis(lang.tr("share of futures, %"), "pct1", lang).max(100))
        .series(
            Bar::new()
                .name(lang.tr("all options"))
                .data(all)
                .item_style(ItemStyle::new().color("#1d4e89")),
        )
        .series(
            Bar::new()
                .name(eligible_name.as_str())
                .data(eligible)
                .item_style(ItemStyle::new().color("#009e73")),
        );
    let best = u.option(u.most_often_cheapest);
    let paths = f::number(lang, f64::from(u.paths), 0);
    let title = lang.fill(
        "{option} is cheapest in {share} of {paths} futures",
        &[
            ("option", labels::option(lang, u.most_often_cheapest)),
            ("share", &f::percent(lang, best.p_cheapest, 0)),
            ("paths", &paths),
        ],
    );
    let summary = lang.fill(
        "{paths} futures drawn with the same prices for every option (electricity, GPU price, utilisation, dollar rate, cloud price decline, resale, grid delay; seed {seed}). {eligible} Expected regret of the target, {target}: {regret}.",
        &[
            ("paths", &paths),
            ("seed", &u.seed.to_string()),
            ("eligible", &eligible_odds(r, lang)),
            ("target", labels::option_short(lang, u.target)),
            ("regret", &f::eur_compact(lang, u.expected_regret_eur)),
        ],
    );
    let headers = vec![
        lang.tr("Option").to_owned(),
        lang.tr("Cheapest, all options (%)").to_owned(),
        lang.fill("Cheapest, meeting SEAL-{level} (%)", &[("level", &seal)]),
        lang.tr("NPV P10 (€)").to_owned(),
        lang.tr("NPV P50 (€)").to_owned(),
        lang.tr("NPV P90 (€)").to_owned(),
    ];
    let rows = u
        .options
        .iter()
        .map(|o| {
            let eligible = match o.p_cheapest_eligible {
                Some(p) => Cell::Num(pct(p), f::percent(lang, p, 1)),
                None => Cell::Num(f64::NAN, "–".to_owned()),
            };
            vec![
                Cell::Text(labels::option(lang, o.option).to_owned()),
                Cell::Num(pct(o.p_cheapest), f::percent(lang, o.p_cheapest, 1)),
                eligible,
                Cell::Num(o.npv.p10.round(), f::eur_compact(lang, o.npv.p10)),
                Cell::Num(o.npv.p50.round(), f::eur_compact(lang, o.npv.p50)),
                Cell::Num(o.npv.p90.round(), f::eur_compact(lang, o.npv.p90)),
            ]
        })
        .collect();
    Figure::new(title, summary, chart, DataTable { headers, rows })
}

/// How often the option most often cheapest among those meeting the required SEAL is the cheapest of
/// them, in one sentence.
pub fn eligible_odds(r: &Results, lang: Lang) -> String {
    let u = &r.decision.uncertainty;
    let required = r.decision.frontier.required_seal;
    let level = required.to_string();
    match u.most_often_cheapest_eligible {
        Some(o) => lang.fill(
            "Among the options meeting SEAL-{level}, {option} is cheapest in {share} of them.",
            &[
                ("level", &level),
                ("option", labels::option(lang, o)),
                (
                    "share",
                    &f::percent(lang, u.option(o).p_cheapest_eligible.unwrap_or(0.0), 0),
                ),
            ],
        ),
        None => lang.fill("No option meets SEAL-{level}.", &[("level", &level)]),
    }
}

/// NPV against the Sovereignty Score of each option, the cheapest option at each SEAL level joined as
/// the frontier, and the required SEAL as a floor.
pub fn frontier(r: &Results, _s: &Scenario, lang: Lang) -> Figure {
    let fr = &r.decision.frontier;
    let required = fr.required_seal;
    let mut chart = bare()
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .grid(
            Grid::new()
                .left(8)
                .right(40)
                .top(34)
                .bottom(52)
                .contain_label(true),
        )
        .x_axis(
            Axis::new()
                .type_(AxisType::Value)
                .name(lang.tr("Sovereignty Score"))
                .min(0)
                .max(100),
        )
        .y_axis(value_axis(lang.tr("NPV, M€"), "eur-m", lang));
    for p in &fr.points {
        chart = chart.series(
            // A one-point line: the page's ECharts build draws lines and bars.
            Line::new()
                .symbol(Symbol::Circle)
                .name(format!(
                    "{} (SEAL-{})",
                    labels::option_short(lang, p.option),
                    p.seal
                ))
                .symbol_size(if p.on_frontier { 18 } else { 12 })
                .item_style(ItemStyle::new().color(option_colour(p.option)))
                .data(vec![xy(round3(p.score), round3(p.npv_eur / 1e6))]),
        );
    }
    // The frontier: the cheapest option at each SEAL level, from the least sovereign level up.
    let mut seen: Vec<DeploymentOption> = Vec::new();
    let mut line = Vec::new();
    for l in &fr.levels {
        if let (Some(o), Some(npv), Some(score)) = (l.option, l.npv_eur, l.score) {
            if !seen.contains(&o) {
                seen.push(o);
                line.push(xy(round3(score), round3(npv / 1e6)));
            }
        }
    }
    // The floor: the lowest score among the options meeting the required SEAL.
    let floor = fr
        .points
        .iter()
        .filter(|p| p.meets_requirement)
        .map(|p| p.score)
        .min_by(f64::total_cmp);
    let mut frontier_line = Line::new()
        .name(lang.tr("frontier"))
        .data(line)
        .symbol(Symbol::None)
        .line_style(LineStyle::new().width(2).color("#14213d"));
    if let Some(x) = floor {
        let name = lang.fill("SEAL-{level} required", &[("level", &required.to_string())]);
        frontier_line = frontier_line.mark_line(
            MarkLine::new()
                .symbol(vec![Symbol::None, Symbol::None])
                // The line's name (what it marks), not its raw value.
                .label(charming::element::Label::new().formatter("{b}"))
                .line_style(LineStyle::new().type_(LineStyleType::Dashed).color("#b3261e"))
                .data(vec![MarkLineVariant::Simple(
                    MarkLineData::new().x_axis(round3(x)).name(name),
                )]),
        );
    }
    chart = chart.series(frontier_line);
    let steps: Vec<String> = fr
        .levels
        .iter()
        .filter_map(|l| {
            l.step_cost_eur
                .map(|c| format!("SEAL-{} {}", l.seal_at_least, f::eur_compact(lang, c)))
        })
        .collect();
    let level = required.to_string();
    let title = match fr.cost_of_required_seal_eur {
        Some(c) if c > 0.5 => lang.fill(
            "Meeting SEAL-{level} costs {amount} more than the cheapest option",
            &[("level", &level), ("amount", &f::eur_compact(lang, c))],
        ),
        Some(_) => lang.fill(
            "The cheapest option already meets SEAL-{level}: sovereignty costs nothing extra",
            &[("level", &level)],
        ),
        None => lang.fill("No option reaches SEAL-{level}", &[("level", &level)]),
    };
    let steps = if steps.is_empty() {
        lang.tr("none").to_owned()
    } else {
        steps.join(", ")
    };
    let summary = lang.fill(
        "Each point is an option: its NPV against its Sovereignty Score. The line joins the cheapest option at each SEAL level. Cost of each SEAL step: {steps}.",
        &[("steps", &steps)],
    );
    let headers = vec![
        lang.tr("Level").to_owned(),
        lang.tr("Cheapest option").to_owned(),
        lang.tr("NPV (€)").to_owned(),
        lang.tr("Sovereignty Score").to_owned(),
        lang.tr("Step cost (€)").to_owned(),
    ];
    let none = || Cell::Num(f64::NAN, "–".to_owned());
    let rows = fr
        .levels
        .iter()
        .map(|l| {
            vec![
                Cell::Text(format!("SEAL ≥ {}", l.seal_at_least)),
                Cell::Text(l.option.map_or("–", |o| labels::option(lang, o)).to_owned()),
                l.npv_eur
                    .map_or_else(none, |v| Cell::Num(v.round(), f::eur_compact(lang, v))),
                l.score
                    .map_or_else(none, |v| Cell::Num(round3(v), f::number(lang, v, 1))),
                l.step_cost_eur
                    .map_or_else(none, |v| Cell::Num(v.round(), f::eur_compact(lang, v))),
            ]
        })
        .collect();
    Figure::new(title, summary, chart, DataTable { headers, rows })
}

/// Waterfall from option B's NPV to option A's, one bar per cost category: the default pair (A the
/// target, B the cheapest other option).
pub fn attribution(r: &Results, _s: &Scenario, lang: Lang) -> Figure {
    attribution_of(&r.decision.attribution, lang)
}

/// The pair of the attribution chart: the chosen options, or by default A = the target and B = the
/// cheapest option other than A.
pub fn attribution_pair(
    r: &Results,
    s: &Scenario,
    chosen: [Option<DeploymentOption>; 2],
) -> (DeploymentOption, DeploymentOption) {
    let a = chosen[0].unwrap_or(s.platform.target);
    let b = chosen[1].unwrap_or_else(|| default_pair(&r.tco, a).1);
    (a, b)
}

/// The attribution chart for a chosen pair.
pub fn attribution_for(
    r: &Results,
    s: &Scenario,
    chosen: [Option<DeploymentOption>; 2],
    lang: Lang,
) -> Figure {
    let (a, b) = attribution_pair(r, s, chosen);
    if (a, b) == (r.decision.attribution.a, r.decision.attribution.b) {
        attribution_of(&r.decision.attribution, lang)
    } else {
        attribution_of(&attribute(&r.tco, &r.sovereignty, a, b), lang)
    }
}

/// Waterfall from option B's NPV to option A's, one bar per cost category.
fn attribution_of(a: &Attribution, lang: Lang) -> Figure {
    let bars = a.bars_by_size();
    let start = lang.tr("NPV");
    let mut names = vec![format!("{start} {}", labels::option_short(lang, a.b))];
    names.extend(bars.iter().map(|b| lang.tr(b.label).to_owned()));
    names.push(format!("{start} {}", labels::option_short(lang, a.a)));
    // Each step floats on an invisible base: the lower end of the running total before and after it.
    let mut base_data = vec![0.0];
    let mut up = vec![0.0];
    let mut down = vec![0.0];
    let mut totals = vec![round3(a.npv_b_eur / 1e6)];
    let mut running = a.npv_b_eur;
    for b in &bars {
        let next = running + b.delta_eur;
        base_data.push(round3(running.min(next) / 1e6));
        if b.delta_eur >= 0.0 {
            up.push(round3(b.delta_eur / 1e6));
            down.push(0.0);
        } else {
            up.push(0.0);
            down.push(round3(-b.delta_eur / 1e6));
        }
        totals.push(0.0);
        running = next;
    }
    base_data.push(0.0);
    up.push(0.0);
    down.push(0.0);
    totals.push(round3(a.npv_a_eur / 1e6));
    let chart = base()
        .tooltip(axis_tooltip("eur-m", lang))
        .x_axis(Axis::new().type_(AxisType::Category).data(names.clone()))
        .y_axis(value_axis(lang.tr("NPV, M€"), "eur-m", lang))
        .series(
            Bar::new()
                .name(lang.tr("base"))
                .stack("w")
                .data(base_data)
                .item_style(ItemStyle::new().color("transparent")),
        )
        .series(
            Bar::new()
                .name(lang.tr("NPV"))
                .stack("w")
                .data(totals)
                .item_style(ItemStyle::new().color("#1d4e89")),
        )
        .series(
            Bar::new()
                .name(lang.tr("costs more"))
                .stack("w")
                .data(up)
                .item_style(ItemStyle::new().color("#d55e00")),
        )
        .series(
            Bar::new()
                .name(lang.tr("costs less"))
                .stack("w")
                .data(down)
                .item_style(ItemStyle::new().color("#009e73")),
        );
    let diff = a.npv_difference_eur;
    let top = bars.first();
    let (first, second, amount) = (
        labels::option(lang, a.a),
        labels::option_short(lang, a.b),
        f::eur_compact(lang, diff.abs()),
    );
    let category = top.map(|b| in_sentence(lang, lang.tr(b.label)));
    let values = [
        ("first", first),
        ("amount", amount.as_str()),
        ("second", second),
        ("category", category.as_deref().unwrap_or_default()),
    ];
    let title = match (category.is_some(), diff < 0.0) {
        (true, true) => lang.fill(
            "{first} costs {amount} less than {second}, mostly in {category}",
            &values,
        ),
        (true, false) => lang.fill(
            "{first} costs {amount} more than {second}, mostly in {category}",
            &values,
        ),
        (false, true) => lang.fill("{first} costs {amount} less than {second}", &values),
        (false, false) => lang.fill("{first} costs {amount} more than {second}", &values),
    };
    let objectives: Vec<String> = a
        .objectives
        .iter()
        .filter(|o| o.delta_points.abs() >= 0.05)
        .map(|o| {
            format!(
                "{} {}{}",
                lang.tr(o.label),
                if o.delta_points >= 0.0 { "+" } else { "−" },
                f::number(lang, o.delta_points.abs(), 1)
            )
        })
        .collect();
    let score_delta = a.score_a - a.score_b;
    let by_objective = if objectives.is_empty() {
        String::new()
    } else {
        lang.fill(
            " by objective: {objectives}",
            &[("objectives", &objectives.join(", "))],
        )
    };
    let summary = lang.fill(
        "From the NPV of {b} to that of {a}, one bar per cost category, largest first. Sovereignty: {a} scores {score_a} (SEAL-{seal_a}) against {score_b} (SEAL-{seal_b}), a difference of {points} points{by_objective}.",
        &[
            ("b", labels::option_short(lang, a.b)),
            ("a", labels::option_short(lang, a.a)),
            ("score_a", &f::number(lang, a.score_a, 1)),
            ("seal_a", &a.seal_a.to_string()),
            ("score_b", &f::number(lang, a.score_b, 1)),
            ("seal_b", &a.seal_b.to_string()),
            ("points", &f::number(lang, score_delta, 1)),
            ("by_objective", &by_objective),
        ],
    );
    let headers = vec![
        lang.tr("Cost category").to_owned(),
        format!("{} (€)", labels::option_short(lang, a.a)),
        format!("{} (€)", labels::option_short(lang, a.b)),
        lang.tr("Difference (€)").to_owned(),
    ];
    let rows = bars
        .iter()
        .map(|b| {
            vec![
                Cell::Text(lang.tr(b.label).to_owned()),
                Cell::Num(b.a_eur.round(), f::eur_compact(lang, b.a_eur)),
                Cell::Num(b.b_eur.round(), f::eur_compact(lang, b.b_eur)),
                Cell::Num(b.delta_eur.round(), f::eur_compact(lang, b.delta_eur)),
            ]
        })
        .collect();
    Figure::new(title, summary, chart, DataTable { headers, rows })
}

/// The attribution card: the chart with two choices, option A and option B.
#[leptos::component]
pub fn AttributionCard(
    /// The registry's line of the chart.
    chart: &'static super::registry::Chart,
) -> impl leptos::IntoView {
    use leptos::prelude::*;
    let state = crate::state::AppState::get();
    let figure = Memo::new(move |_| {
        let lang = state.lang.get();
        let r = state.results.get();
        let chosen = state.attribution_pair.get();
        crate::frame::timed(|| state.scenario().with(|s| attribution_for(&r, s, chosen, lang)))
    });
    let pair = Memo::new(move |_| {
        let chosen = state.attribution_pair.get();
        state
            .results
            .with(|r| state.scenario().with(|s| attribution_pair(r, s, chosen)))
    });
    let select = move |slot: usize| {
        let (testid, label) = if slot == 0 {
            ("attribution-a", t!("Option A"))
        } else {
            ("attribution-b", t!("Compared with B"))
        };
        view! {
            <label class="control-label">
                {move || state.lang.get().tr(label)}" "
                <select data-testid=testid
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(o) = DeploymentOption::ALL.into_iter().find(|o| o.id() == v) {
                            state.attribution_pair.update(|p| p[slot] = Some(o));
                        }
                    }
                    prop:value=move || {
                        let (a, b) = pair.get();
                        if slot == 0 { a.id() } else { b.id() }
                    }>
                    {move || {
                        let lang = state.lang.get();
                        let (a, b) = pair.get_untracked();
                        let current = if slot == 0 { a } else { b };
                        DeploymentOption::ALL.into_iter().map(|o| view! {
                            <option value=o.id() selected=o == current>{labels::option(lang, o)}</option>
                        }).collect_view()
                    }}
                </select>
            </label>
        }
    };
    let controls = move || view! { <div class="card-choices">{select(0)}{select(1)}</div> };
    view! {
        <super::card::ChartCard figure=figure id=chart.id tall=chart.tall print=chart.printed
            controls=controls explain=true />
    }
}
