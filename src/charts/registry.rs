//! Every chart of Socle, once: its id, its name in each language, its builder, the section it belongs
//! to, whether the board brief prints it, and whether it is drawn tall. The dashboard's sections, the
//! embed links (`embed=chart.<id>`), the embed menu, the printed brief, the benchmark and the tests all
//! read this table, so adding a chart is one builder and one line here.

use super::figure::Figure;
use super::{constraints, decision, migration, sensitivity, sovereignty, tco};
use crate::i18n::Lang;
use socle_model::t;
use socle_model::{Results, Scenario};

/// A chart builder: pure, so it is tested natively on its output.
pub type Builder = fn(&Results, &Scenario, Lang) -> Figure;

/// A section of the dashboard; its charts are the registry's lines that name it, in registry order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// What each option costs.
    Cost,
    /// What binds.
    Constraints,
    /// How sovereign each option is.
    Sovereignty,
    /// What getting there takes.
    Migration,
}

impl Section {
    /// Every section, in page order.
    pub const ALL: [Section; 4] = [
        Section::Cost,
        Section::Constraints,
        Section::Sovereignty,
        Section::Migration,
    ];

    /// Stable id (`data-testid="section-<id>"`).
    pub const fn id(self) -> &'static str {
        match self {
            Section::Cost => "cost",
            Section::Constraints => "constraints",
            Section::Sovereignty => "sovereignty",
            Section::Migration => "migration",
        }
    }

    /// The section's heading, in English (the key of its translations).
    pub const fn title(self) -> &'static str {
        match self {
            Section::Cost => t!("Cost of each option"),
            Section::Constraints => t!("What binds"),
            Section::Sovereignty => t!("Sovereignty"),
            Section::Migration => t!("Getting there"),
        }
    }

    /// The section's charts, in page order.
    pub fn charts(self) -> impl Iterator<Item = &'static Chart> {
        CHARTS.iter().filter(move |c| c.section == self)
    }
}

/// One chart of the dashboard.
#[derive(Debug)]
pub struct Chart {
    /// Stable id: element id and test id `chart-<id>`, embed links `embed=chart.<id>`, file names.
    pub id: &'static str,
    /// Name for menus, in English (the key of its translations; the chart's own title states its
    /// message and changes with it).
    pub name_en: &'static str,
    /// Builds the figure from the results.
    pub build: Builder,
    /// Where it is shown.
    pub section: Section,
    /// Part of the printed board brief (printed in registry order).
    pub printed: bool,
    /// Drawn taller than the others.
    pub tall: bool,
}

impl Chart {
    const fn new(id: &'static str, name_en: &'static str, build: Builder, section: Section) -> Self {
        Self {
            id,
            name_en,
            build,
            section,
            printed: false,
            tall: false,
        }
    }

    const fn printed(self) -> Self {
        Self {
            printed: true,
            ..self
        }
    }

    const fn tall(self) -> Self {
        Self { tall: true, ..self }
    }

    /// The chart's name for menus in `lang`.
    pub fn name(&self, lang: Lang) -> &'static str {
        lang.tr(self.name_en)
    }
}

use Section::{Constraints, Cost, Migration, Sovereignty};

/// Every chart, in page order.
#[rustfmt::skip]
pub const CHARTS: &[Chart] = &[
    Chart::new("tco-cumulative", t!("Cumulative cost"), tco::cumulative, Cost).printed(),
    Chart::new("tco-breakdown", t!("Cost breakdown"), tco::breakdown, Cost).printed(),
    Chart::new("gpu-hour", t!("Cost per useful GPU-hour"), tco::gpu_hour, Cost),
    Chart::new("odds", t!("Odds of being cheapest"), decision::odds, Cost),
    Chart::new("attribution", t!("Why one option costs less"), decision::attribution, Cost),
    Chart::new("constraints", t!("Constraint radar"), constraints::constraints, Constraints).printed(),
    Chart::new("constraint-factors", t!("Constraint factors"), constraints::constraint_factors, Constraints),
    Chart::new("tornado", t!("Sensitivity (tornado)"), sensitivity::tornado, Constraints),
    Chart::new("sovereignty", t!("Sovereignty per objective"), sovereignty::objectives, Sovereignty).printed().tall(),
    Chart::new("frontier", t!("Price of sovereignty"), decision::frontier, Sovereignty),
    Chart::new("best-option", t!("Best option map"), sensitivity::best_option_map, Sovereignty).tall(),
    Chart::new("migration-timeline", t!("Migration timeline"), migration::timeline, Migration),
    Chart::new("migration-cost", t!("Migration cost and risk"), migration::cost, Migration).printed(),
    Chart::new("sovereignty-trajectory", t!("Sovereignty trajectory"), migration::sovereignty, Migration),
    Chart::new("cost-of-waiting", t!("Cost of waiting"), migration::waiting, Migration),
];

/// The chart with this id, if there is one.
pub fn find(id: &str) -> Option<&'static Chart> {
    CHARTS.iter().find(|c| c.id == id)
}

/// The charts of the printed brief, in print order.
pub fn printed() -> impl Iterator<Item = &'static Chart> {
    CHARTS.iter().filter(|c| c.printed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_fit_element_ids_and_links() {
        for (i, c) in CHARTS.iter().enumerate() {
            assert!(
                !c.id.is_empty() && c.id.chars().all(|ch| ch.is_ascii_lowercase() || ch == '-'),
                "{}: ids are lower-case words joined by hyphens",
                c.id
            );
            assert!(
                CHARTS[..i].iter().all(|d| d.id != c.id),
                "{} is listed twice",
                c.id
            );
            assert_eq!(find(c.id).map(|f| f.id), Some(c.id));
        }
        assert!(find("tco-cumulativ").is_none());
    }

    #[test]
    fn every_chart_is_named_in_every_language() {
        for c in CHARTS {
            for lang in Lang::ALL {
                assert!(!c.name(lang).trim().is_empty(), "{} has no {lang:?} name", c.id);
            }
            for lang in [Lang::Fr, Lang::De] {
                assert_ne!(
                    c.name(Lang::En),
                    c.name(lang),
                    "{}: the {lang:?} name is the English one",
                    c.id
                );
            }
        }
    }

    #[test]
    fn sections_are_in_page_order_and_none_is_empty() {
        for s in Section::ALL {
            assert!(s.charts().next().is_some(), "section {} has no chart", s.id());
        }
        // Registry order is page order: each section's charts form one run, sections in order.
        let order: Vec<Section> = CHARTS.iter().map(|c| c.section).collect();
        let mut runs = order.clone();
        runs.dedup();
        assert_eq!(
            runs,
            Section::ALL,
            "charts of a section are listed together, sections in page order"
        );
    }

    /// The brief's print style sheet lays out five charts on two A4 pages (two per row, the fifth
    /// beside the key inputs): printing a sixth needs that layout changed too.
    #[test]
    fn the_brief_prints_five_charts() {
        let ids: Vec<&str> = printed().map(|c| c.id).collect();
        assert_eq!(
            ids,
            [
                "tco-cumulative",
                "tco-breakdown",
                "constraints",
                "sovereignty",
                "migration-cost"
            ]
        );
    }

    /// The README lists every chart an embed link can show.
    #[test]
    fn the_readme_lists_every_embeddable_chart() {
        let readme = include_str!("../../README.md");
        let start = readme
            .find("embed=chart.<id>")
            .expect("the README documents embed links");
        let line = &readme[start..start + readme[start..].find("embed=kpi.<id>").expect("then kpi links")];
        for c in CHARTS {
            assert!(
                line.contains(&format!("`{}`", c.id)),
                "README: {} is not listed",
                c.id
            );
        }
    }
}
