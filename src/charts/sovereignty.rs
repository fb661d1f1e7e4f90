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
use socle_model::catalogue::regulation;
use socle_model::sovereignty::{Disqualifier, SovereigntyResults, CRITERIA, OBJECTIVES};
use socle_model::{t, DeploymentOption, Regulation, Results, Scenario};

/// Short names of the eight objectives, for the axis (the data table has the full names).
const SHORT: [&str; 8] = [
    t!("Strategic"),
    t!("Legal"),
    t!("Data & AI"),
    t!("Operational"),
    t!("Supply chain"),
    t!("Technology"),
    t!("Security"),
    t!("Environment"),
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
        .map(|o| format!("{} {}", o.id, lang.tr(o.name)))
        .collect();
    let short: Vec<String> = SHORT.iter().map(|n| lang.tr(n).to_owned()).collect();

    let mut chart = base_long_legend()
        .tooltip(axis_tooltip("pct", lang))
        .y_axis(Axis::new().type_(AxisType::Category).data(short).inverse(true))
        .x_axis(
            Axis::new()
                .type_(AxisType::Value)
                .min(0)
                .max(100)
                .name(lang.tr("score, %"))
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

    let title = lang.fill(
        "{option} scores {score}/100 and reaches {seal} ({required} required)",
        &[
            ("option", labels::option(lang, target)),
            ("score", &f::number(lang, t.score, 0)),
            ("seal", &seal_name(t.seal)),
            ("required", &seal_name(sov.required_seal)),
        ],
    );
    let capping: Vec<String> = t
        .capping_criteria
        .iter()
        .map(|&i| {
            let c = &CRITERIA[i as usize];
            format!("{} {}", c.id, lang.tr(c.name))
        })
        .collect();
    let summary = lang.fill(
        if capping.len() == 1 {
            socle_model::t!("SEAL is the weakest link over the 48 criteria. {option} is capped at {seal} by one criterion: {criteria}.")
        } else {
            socle_model::t!("SEAL is the weakest link over the 48 criteria. {option} is capped at {seal} by {count} criteria: {criteria}.")
        },
        &[
            ("option", labels::option(lang, target)),
            ("seal", &seal_name(t.seal)),
            ("count", &capping.len().to_string()),
            ("criteria", &shortlist(&capping, lang)),
        ],
    );
    let summary = match qualification_text(sov, lang) {
        Some(q) => format!("{summary} {q}"),
        None => summary,
    };

    let mut headers = vec![lang.tr("Objective").to_owned()];
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
    let mut score_row = vec![Cell::Text(lang.tr("Sovereignty score").to_owned())];
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
    let mut capping_row = vec![Cell::Text(lang.tr("Capping criteria").to_owned())];
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
    let sep = lang.tr("; ");
    let head = items.iter().take(SHOWN).cloned().collect::<Vec<_>>().join(sep);
    match items.len().saturating_sub(SHOWN) {
        0 => head,
        more => lang.fill(
            "{head} and {more} more (see the data)",
            &[("head", &head), ("more", &more.to_string())],
        ),
    }
}

/// The criterion that disqualifies an option under the regulatory preset, as "SOV-2.2 Exposure to …".
fn disqualifying_criterion(d: &Disqualifier, lang: Lang) -> String {
    let c = &CRITERIA[usize::from(d.criterion())];
    match *d {
        Disqualifier::Floor { .. } => format!("{} {}", c.id, lang.tr(c.name)),
        Disqualifier::Seal { seal, .. } => lang.fill(
            "{id} {criterion} ({seal} at most)",
            &[
                ("id", c.id),
                ("criterion", lang.tr(c.name)),
                ("seal", &seal_name(seal)),
            ],
        ),
    }
}

/// Which options qualify under the scenario's regulatory preset and which criterion disqualifies each
/// of the others, in one paragraph; `None` when no preset is chosen.
pub fn qualification_text(sov: &SovereigntyResults, lang: Lang) -> Option<String> {
    if sov.regulation == Regulation::None {
        return None;
    }
    let preset = lang.tr(regulation::spec(sov.regulation).name);
    let qualifying = sov.qualifying();
    let names: Vec<&str> = qualifying.iter().map(|&o| labels::option(lang, o)).collect();
    let sep = lang.tr("; ");
    let n = names.len();
    let required = seal_name(sov.required_seal);
    let head = match n {
        0 => lang.fill(
            "Under {preset}, which requires {required}, no option qualifies.",
            &[("preset", preset), ("required", &required)],
        ),
        1 => lang.fill(
            "Under {preset}, which requires {required}, 1 of 5 options qualifies: {options}.",
            &[("preset", preset), ("required", &required), ("options", names[0])],
        ),
        _ => lang.fill(
            "Under {preset}, which requires {required}, {count} of 5 options qualify: {options}.",
            &[
                ("preset", preset),
                ("required", &required),
                ("count", &n.to_string()),
                ("options", &names.join(sep)),
            ],
        ),
    };
    let failing: Vec<String> = DeploymentOption::ALL
        .iter()
        .zip(&sov.qualification)
        .filter_map(|(&o, q)| {
            q.disqualifier.map(|d| {
                format!(
                    "{} — {}",
                    labels::option(lang, o),
                    disqualifying_criterion(&d, lang)
                )
            })
        })
        .collect();
    if failing.is_empty() {
        return Some(head);
    }
    let failing = failing.join(sep);
    Some(lang.fill(
        "{head} Disqualified: {failing}.",
        &[("head", &head), ("failing", &failing)],
    ))
}

#[cfg(test)]
mod qualification_tests {
    use super::*;
    use socle_model::{evaluate, Persona};

    #[test]
    fn the_summary_names_the_qualifying_options_and_what_disqualifies_the_others() {
        let mut s = crate::fixture::scenario(Persona::EnergyIndustrial);
        let r = evaluate(&s).unwrap();
        assert_eq!(qualification_text(&r.sovereignty, Lang::En), None);
        s.organisation.regulation = Regulation::SecNumCloud;
        let r = evaluate(&s).unwrap();
        let en = qualification_text(&r.sovereignty, Lang::En).unwrap();
        assert!(
            en.starts_with(
                "Under SecNumCloud 3.2 (ANSSI, 2022), which requires SEAL-2, 2 of 5 options qualify: On premises; EU sovereign cloud."
            ),
            "{en}"
        );
        assert!(
            en.contains("Colocation — SOV-8.1 Energy efficiency (SEAL-1 at most)"),
            "{en}"
        );
        assert!(en.contains("SOV-2.2 Exposure to extraterritorial laws"), "{en}");
        assert!(en.contains("SOV-8.1"), "{en}");
        let fr = qualification_text(&r.sovereignty, Lang::Fr).unwrap();
        assert!(fr.contains("2 options sur 5 sont admissibles"), "{fr}");
        assert!(
            fr.contains("Écartées : ") && fr.contains("SOV-2.2 Exposition aux lois extraterritoriales"),
            "{fr}"
        );
        let figure = objectives(&r, &s, Lang::Fr);
        assert!(figure.summary.contains("2 options sur 5"), "{}", figure.summary);
    }
}
