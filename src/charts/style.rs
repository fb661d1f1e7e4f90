//! Shared look of every chart: palette, no animation (updates follow a drag frame by frame and
//! `prefers-reduced-motion` is honoured by construction), ARIA description on.

use charming::{
    component::{Grid, Legend},
    element::{Tooltip, Trigger},
    Chart,
};
use socle_model::DeploymentOption;

/// Colour of each deployment option (Okabe–Ito, colour-blind safe; EU options blue/green, US orange).
pub fn option_colour(o: DeploymentOption) -> &'static str {
    match o {
        DeploymentOption::OnPremises => "#0072b2",
        DeploymentOption::Colocation => "#56b4e9",
        DeploymentOption::EuSovereignCloud => "#009e73",
        DeploymentOption::UsSovereignOffer => "#e69f00",
        DeploymentOption::UsPublicCloud => "#d55e00",
    }
}

/// Colours of the two migration strategies.
pub const PROGRESSIVE: &str = "#1d4e89";
/// Big-bang colour.
pub const BIG_BANG: &str = "#b3261e";

/// A chart with Socle's defaults but no grid: no animation, axis tooltip, legend at the bottom (where it
/// never covers an axis name). ECharts' own ARIA description is off: it only speaks English, so the
/// chart's text alternative is its card's title and summary (`aria-label`, `aria-describedby`) and
/// its data table, in the reader's language.
pub fn bare() -> Chart {
    Chart::new()
        .animation(false)
        .tooltip(Tooltip::new().trigger(Trigger::Axis))
        .legend(Legend::new().bottom(0))
}

/// [`base`] for a long legend (up to three lines below, as five options with their scores take in a
/// half-width card or on paper) and a value axis named at its right end.
pub fn base_long_legend() -> Chart {
    bare().grid(
        Grid::new()
            .left(8)
            .right(72)
            .top(34)
            .bottom(78)
            .contain_label(true),
    )
}

/// [`bare`] with one grid: room for the axis name above and a legend of up to two lines below.
pub fn base() -> Chart {
    bare().grid(
        Grid::new()
            .left(8)
            .right(24)
            .top(34)
            .bottom(52)
            .contain_label(true),
    )
}

/// An axis tooltip whose values are formatted by the marker `kind` (see `figure::fmt_marker`).
pub fn axis_tooltip(kind: &str, lang: crate::i18n::Lang) -> Tooltip {
    Tooltip::new()
        .trigger(Trigger::Axis)
        .value_formatter(super::figure::fmt_marker(kind, lang).as_str())
}

/// A value axis named `name` whose labels are formatted by the marker `kind`.
pub fn value_axis(name: &str, kind: &str, lang: crate::i18n::Lang) -> charming::component::Axis {
    charming::component::Axis::new()
        .type_(charming::element::AxisType::Value)
        .name(name)
        .axis_label(
            charming::element::AxisLabel::new().formatter(super::figure::fmt_marker(kind, lang).as_str()),
        )
}

/// A label written inside a sentence: lower-cased, except in German, whose nouns keep their capital
/// letter wherever they stand.
pub fn in_sentence(lang: crate::i18n::Lang, label: &str) -> String {
    match lang {
        crate::i18n::Lang::De => label.to_owned(),
        crate::i18n::Lang::En | crate::i18n::Lang::Fr => label.to_lowercase(),
    }
}

/// `text` with its first letter capitalised (a sentence whose template starts with a slot).
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// A clause written after a colon: lower-cased in French, whose typography wants it so; as written
/// in English and German.
pub fn after_colon(lang: crate::i18n::Lang, clause: &str) -> String {
    match lang {
        crate::i18n::Lang::Fr => clause.to_lowercase(),
        crate::i18n::Lang::En | crate::i18n::Lang::De => clause.to_owned(),
    }
}
