//! Native checks of the chart builders on their JSON: what each chart draws is what the model says.

use super::registry::CHARTS;
use crate::i18n::Lang;
use serde_json::Value;
use socle_model::{evaluate, DeploymentOption, Persona};

use crate::fixture::evaluated as fixture;

fn json(f: &super::figure::Figure) -> Value {
    serde_json::from_str(&f.option_json).expect("every option is valid JSON")
}

fn series(v: &Value) -> &Vec<Value> {
    v["series"].as_array().expect("series")
}

fn numbers(v: &Value) -> Vec<f64> {
    v["data"]
        .as_array()
        .expect("data")
        .iter()
        .map(|d| d.as_f64().expect("number"))
        .collect()
}

/// Calls `check` with every chart of the registry built for the default scenario of every persona, in
/// English, French and German.
fn for_every_figure(mut check: impl FnMut(Persona, &str, [super::figure::Figure; 3])) {
    for p in Persona::PRESETS {
        let (r, s) = fixture(p);
        for chart in CHARTS {
            let [en, fr, de] = [Lang::En, Lang::Fr, Lang::De].map(|l| (chart.build)(&r, &s, l));
            check(p, chart.id, [en, fr, de]);
        }
    }
}

#[test]
fn every_figure_has_a_title_summary_table_and_series_in_every_language() {
    for_every_figure(|_, id, [en, fr, de]| {
        for f in [&en, &fr, &de] {
            assert!(f.title.len() > 10, "{id}: title");
            assert!(f.summary.len() > 20, "{id}: summary");
            assert!(!f.table.rows.is_empty(), "{id}: table rows");
            assert!(
                f.table.rows.iter().all(|r| r.len() == f.table.headers.len()),
                "{id}: ragged table"
            );
            assert!(!series(&json(f)).is_empty(), "{id}: no series");
            assert!(
                !f.option_json.contains("NaN") && !f.option_json.contains("null,"),
                "{id}: non-finite data"
            );
        }
        assert_ne!(en.title, fr.title, "{id}: French title is the English one");
        assert_ne!(en.title, de.title, "{id}: German title is the English one");
        assert_ne!(
            en.table.headers, fr.table.headers,
            "{id}: French headers are the English ones"
        );
    });
}

/// The names of a chart's axes (`xAxis`, `yAxis`, one axis or a list).
fn axis_names(v: &Value) -> Vec<String> {
    ["xAxis", "yAxis"]
        .iter()
        .flat_map(|k| match &v[*k] {
            Value::Array(axes) => axes.clone(),
            Value::Null => Vec::new(),
            one => vec![one.clone()],
        })
        .map(|a| a["name"].as_str().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn every_german_title_summary_axis_and_header_is_german() {
    let mut english = Vec::new();
    for_every_figure(|p, id, [en, _, de]| {
        let (en_json, de_json) = (json(&en), json(&de));
        let (en_axes, de_axes) = (axis_names(&en_json), axis_names(&de_json));
        assert_eq!(en_axes.len(), de_axes.len(), "{p:?} {id}: axes");
        assert_eq!(
            en.table.headers.len(),
            de.table.headers.len(),
            "{p:?} {id}: headers"
        );
        let pairs = [(&en.title, &de.title), (&en.summary, &de.summary)]
            .into_iter()
            .chain(en_axes.iter().zip(&de_axes))
            .chain(en.table.headers.iter().zip(&de.table.headers));
        english.extend(
            pairs
                .filter(|(en, de)| en == de && !crate::i18n::tables::may_stay_english(Lang::De, de))
                .map(|(_, de)| format!("{p:?} {id}: {de:?}")),
        );
    });
    assert!(
        english.is_empty(),
        "German texts left in English:\n{}",
        english.join("\n")
    );
}

#[test]
fn cumulative_cost_curves_end_at_each_option_npv() {
    let (r, s) = fixture(Persona::EnergyIndustrial);
    let v = json(&super::tco::cumulative(&r, &s, Lang::En));
    let all = series(&v);
    assert_eq!(all.len(), 15, "five lines, then two band series per option");
    let lines = &all[..5];
    for (line, o) in lines.iter().zip(DeploymentOption::ALL) {
        let data = numbers(line);
        assert_eq!(data.len(), s.compute.horizon_years as usize);
        let npv_m = r.tco.option(o).npv_eur / 1e6;
        assert!(
            (data.last().unwrap() - npv_m).abs() < 1e-3,
            "{o:?}: {} vs {npv_m}",
            data.last().unwrap()
        );
        assert!(
            data.windows(2).all(|w| w[1] >= w[0] - 1e-9 || o.is_owned()),
            "{o:?}: cloud costs only grow"
        );
    }
}

#[test]
fn cumulative_cost_bands_span_p10_to_p90_and_contain_each_npv() {
    for p in Persona::PRESETS {
        let (r, s) = fixture(p);
        let f = super::tco::cumulative(&r, &s, Lang::Fr);
        let v = json(&f);
        let all = series(&v);
        let years = s.compute.horizon_years as usize;
        for (k, o) in DeploymentOption::ALL.into_iter().enumerate() {
            let (low, width) = (numbers(&all[5 + 2 * k]), numbers(&all[6 + 2 * k]));
            assert_eq!(all[5 + 2 * k]["stack"], all[6 + 2 * k]["stack"]);
            let odds = r.decision.uncertainty.option(o);
            for y in 0..years {
                assert!((low[y] - odds.band_p10[y] / 1e6).abs() < 2e-3, "{p:?} {o:?}");
                assert!(
                    (low[y] + width[y] - odds.band_p90[y] / 1e6).abs() < 2e-3,
                    "{p:?} {o:?}"
                );
                assert!(width[y] >= 0.0);
            }
            let npv = r.tco.option(o).npv_eur / 1e6;
            assert!(
                low[years - 1] - 1e-3 <= npv && npv <= low[years - 1] + width[years - 1] + 1e-3,
                "{p:?} {o:?}: the band at the horizon contains the NPV"
            );
            // The table: after the year and the five NPV columns, P10 and P90 of each option.
            let row = &f.table.rows[years - 1];
            let cell = |c: &crate::charts::figure::Cell| match c {
                crate::charts::figure::Cell::Num(v, _) => *v,
                crate::charts::figure::Cell::Text(_) => f64::NAN,
            };
            assert_eq!(cell(&row[6 + 2 * k]), odds.npv.p10.round());
            assert_eq!(cell(&row[7 + 2 * k]), odds.npv.p90.round());
            assert!(f.table.headers[6 + 2 * k].ends_with("P10 (€)"));
        }
        // The legend names the five options, not the band series.
        assert_eq!(v["legend"]["data"].as_array().map(Vec::len), Some(5));
    }
}

#[test]
fn breakdown_stacks_sum_to_the_npv() {
    let (r, s) = fixture(Persona::CloudProvider);
    let v = json(&super::tco::breakdown(&r, &s, Lang::Fr));
    for (i, o) in DeploymentOption::ALL.iter().enumerate() {
        let sum: f64 = series(&v).iter().map(|ser| numbers(ser)[i]).sum();
        let npv_m = r.tco.option(*o).npv_eur / 1e6;
        // Each category is rounded to the thousand euros.
        assert!((sum - npv_m).abs() < 0.01, "{o:?}: {sum} vs {npv_m}");
    }
}

#[test]
fn cost_per_gpu_hour_curve_matches_the_levelised_cost_at_the_scenario_utilisation() {
    let (r, mut s) = fixture(Persona::AiStartup);
    s.compute.utilisation = 0.5;
    let r2 = evaluate(&s).unwrap();
    let v = json(&super::tco::gpu_hour(&r2, &s, Lang::En));
    let _ = r;
    for (line, o) in series(&v).iter().zip(DeploymentOption::ALL) {
        let at_half = line["data"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| (p[0].as_f64().unwrap() - 50.0).abs() < 1e-9)
            .expect("a point at 50 %");
        let expected = r2.tco.option(o).levelised_cost_per_useful_gpu_hour_eur.unwrap();
        assert!((at_half[1].as_f64().unwrap() - expected).abs() < 0.006, "{o:?}");
    }
}

#[test]
fn sovereignty_bars_are_the_objective_scores_and_the_legend_names_the_seal() {
    let (r, s) = fixture(Persona::HealthDataHost);
    let v = json(&super::sovereignty::objectives(&r, &s, Lang::En));
    for (ser, o) in series(&v).iter().zip(DeploymentOption::ALL) {
        let scores = numbers(ser);
        let expected: Vec<f64> = r
            .sovereignty
            .option(o)
            .objective_scores
            .iter()
            .map(|x| (x * 1000.0).round() / 10.0)
            .collect();
        assert_eq!(scores, expected);
        let name = ser["name"].as_str().unwrap();
        assert!(
            name.ends_with(&format!("SEAL-{}", r.sovereignty.option(o).seal)),
            "{name}"
        );
    }
}

#[test]
fn radar_draws_every_option_and_names_the_binding_constraint() {
    let (r, s) = fixture(Persona::LocalAuthority);
    let f = super::constraints::constraints(&r, &s, Lang::En);
    let v = json(&f);
    assert_eq!(series(&v).len(), 5);
    let target = &series(&v)[s.platform.target.index()]["data"][0]["value"];
    let expected: Vec<f64> = r.constraints.pressures.iter().map(|p| p.value.round()).collect();
    assert_eq!(
        target
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_f64().unwrap())
            .collect::<Vec<_>>(),
        expected
    );
    assert!(f.title.starts_with(r.constraints.binding.label()), "{}", f.title);
}

#[test]
fn best_option_bands_redraw_the_model_map_exactly() {
    for p in Persona::PRESETS {
        let (r, s) = fixture(p);
        let runs = super::sensitivity::map_runs(&r.best_option_map.cells);
        // Expanding the runs gives back every cell, row by row.
        let expanded: Vec<Option<u8>> = runs
            .iter()
            .flat_map(|row| row.iter().flat_map(|&(c, n)| std::iter::repeat_n(c, n)))
            .collect();
        assert_eq!(expanded, r.best_option_map.cells, "{p:?}");
        let v = json(&super::sensitivity::best_option_map(&r, &s, Lang::En));
        let bands = &series(&v)[6..];
        for (row, runs) in runs.iter().enumerate() {
            // Band widths along a row add up to the whole utilisation axis (100 %).
            let width: f64 = bands
                .iter()
                .map(|b| {
                    let d = &b["data"][row];
                    d.get("value")
                        .and_then(Value::as_f64)
                        .or_else(|| d.as_f64())
                        .unwrap_or(0.0)
                })
                .sum();
            assert!((width - 100.0).abs() < 1e-9, "{p:?} row {row}: {width}");
            assert!(runs.len() <= bands.len());
        }
        // Far fewer shapes than the 1,600 cells of a heatmap.
        assert!(runs.iter().map(Vec::len).sum::<usize>() < 400, "{p:?}");
    }
}

#[test]
fn migration_bands_are_ordered_and_both_strategies_are_drawn() {
    let (r, s) = fixture(Persona::UsStartupInEurope);
    let v = json(&super::migration::cost(&r, &s, Lang::En));
    assert_eq!(
        series(&v).len(),
        6,
        "band floor, band width and P50 for each strategy"
    );
    for ser in series(&v).iter().skip(1).step_by(3) {
        assert!(
            numbers(ser).iter().all(|w| *w >= -1e-9),
            "band widths are P90 − P10 ≥ 0"
        );
    }
    let t = json(&super::migration::timeline(&r, &s, Lang::Fr));
    assert_eq!(
        t["grid"].as_array().unwrap().len(),
        2,
        "progressive and big-bang side by side"
    );
}

#[test]
fn formatters_are_markers_not_javascript() {
    let (r, s) = fixture(Persona::MidSizeCompany);
    for chart in CHARTS {
        let id = chart.id;
        let j = (chart.build)(&r, &s, Lang::Fr).option_json;
        assert!(
            !j.contains("function"),
            "{id}: a JavaScript function would need unsafe-eval"
        );
        for m in j.match_indices("socle:") {
            let rest = &j[m.0..];
            assert!(
                rest.starts_with("socle:") && rest[6..].contains(":fr"),
                "{id}: marker without language"
            );
        }
    }
}

#[test]
fn odds_bars_are_the_model_shares_and_the_title_names_the_most_often_cheapest() {
    for p in Persona::PRESETS {
        let (r, s) = fixture(p);
        let u = &r.decision.uncertainty;
        let en = super::decision::odds(&r, &s, Lang::En);
        let v = json(&en);
        let all = numbers(&series(&v)[0]);
        assert_eq!(all.len(), 5);
        let total: f64 = all.iter().sum();
        assert!((total - 100.0).abs() < 0.3, "{p:?}: shares sum to {total}");
        for (o, bar) in u.options.iter().zip(&all) {
            assert!((o.p_cheapest * 100.0 - bar).abs() < 0.051, "{p:?} {:?}", o.option);
        }
        let eligible = numbers(&series(&v)[1]);
        let eligible_total: f64 = eligible.iter().sum();
        if u.most_often_cheapest_eligible.is_some() {
            assert!(
                (eligible_total - 100.0).abs() < 0.3,
                "{p:?}: eligible shares sum to {eligible_total}"
            );
        } else {
            assert_eq!(eligible_total, 0.0);
        }
        let best = crate::i18n::labels::option(Lang::En, u.most_often_cheapest);
        assert!(en.title.starts_with(best), "{p:?}: {}", en.title);
        assert!(en.title.contains("5,000 futures"), "{}", en.title);
        let fr = super::decision::odds(&r, &s, Lang::Fr);
        assert!(fr.title.contains("futurs"), "{}", fr.title);
    }
}

#[test]
fn frontier_draws_every_option_at_its_score_and_npv_and_a_rising_frontier() {
    for p in Persona::PRESETS {
        let (r, s) = fixture(p);
        let fr = &r.decision.frontier;
        let f = super::decision::frontier(&r, &s, Lang::En);
        let v = json(&f);
        let ser = series(&v);
        assert_eq!(ser.len(), 6, "five options and the frontier");
        for (point, sv) in fr.points.iter().zip(ser) {
            assert_eq!(sv["type"], "line");
            let xy = &sv["data"][0];
            assert!((xy[0].as_f64().unwrap() - point.score).abs() < 0.001);
            assert!((xy[1].as_f64().unwrap() - point.npv_eur / 1e6).abs() < 0.001);
        }
        let line: Vec<f64> = ser[5]["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d[1].as_f64().unwrap())
            .collect();
        assert!(!line.is_empty());
        assert!(
            line.windows(2).all(|w| w[1] >= w[0] - 1e-9),
            "{p:?}: frontier falls: {line:?}"
        );
        if fr.points.iter().any(|pt| pt.meets_requirement) {
            let floor = &ser[5]["markLine"]["data"][0];
            assert!(floor["name"]
                .as_str()
                .unwrap()
                .contains(&format!("SEAL-{}", fr.required_seal)));
        }
        match fr.cost_of_required_seal_eur {
            Some(c) if c > 0.5 => assert!(
                f.title.contains(&crate::i18n::format::eur_compact(Lang::En, c)),
                "{}",
                f.title
            ),
            _ => {}
        }
        assert!(f.summary.contains("SEAL step"), "{}", f.summary);
    }
}

#[test]
fn attribution_waterfall_runs_from_b_npv_to_a_npv() {
    for p in Persona::PRESETS {
        let (r, s) = fixture(p);
        let a = &r.decision.attribution;
        assert_eq!(a.a, s.platform.target);
        let f = super::decision::attribution(&r, &s, Lang::En);
        let v = json(&f);
        let ser = series(&v);
        let totals = numbers(&ser[1]);
        let up = numbers(&ser[2]);
        let down = numbers(&ser[3]);
        assert!((totals[0] - a.npv_b_eur / 1e6).abs() < 0.001);
        assert!((totals[totals.len() - 1] - a.npv_a_eur / 1e6).abs() < 0.001);
        let steps: f64 = up.iter().sum::<f64>() - down.iter().sum::<f64>();
        assert!(
            (steps - a.npv_difference_eur / 1e6).abs() < 0.001 * (a.bars.len() as f64 + 1.0),
            "{p:?}: steps {steps} against {}",
            a.npv_difference_eur / 1e6
        );
        assert_eq!(f.table.rows.len(), a.bars.len());
        assert!(f.summary.contains(&format!("SEAL-{}", a.seal_a)));
    }
}

#[test]
fn the_radar_draws_each_option_in_its_colour_symbols_and_legend_included() {
    let (r, s) = fixture(Persona::MidSizeCompany);
    let option = json(&super::constraints::constraints(&r, &s, Lang::En));
    let series = option["series"].as_array().expect("series");
    let palette = option["color"].as_array().expect("the chart's palette");
    for (i, o) in DeploymentOption::ALL.iter().enumerate() {
        let colour = super::style::option_colour(*o);
        // The palette gives the i-th series its colour; the line has the same one.
        assert_eq!(palette[i], colour, "{o:?}");
        assert_eq!(series[i]["lineStyle"]["color"], colour, "{o:?}");
    }
}
