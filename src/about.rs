//! Which edition of Socle is on screen: the version of the build and the year of the newest source in
//! the catalogue of prices, shown in the top bar and in the printed brief so that a figure can be traced
//! back to the edition that produced it.

use crate::i18n::Lang;
use crate::state::AppState;
use leptos::prelude::*;

/// The version of this build (the workspace's, from Cargo.toml).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The year of the newest source in the catalogue (every default carries its source and year).
pub fn catalogue_year() -> u16 {
    socle_model::catalogue::all_sources()
        .iter()
        .map(|(_, s)| s.year)
        .max()
        .unwrap_or_default()
}

/// "Socle 0.1.0 · prices of 2026" in `lang`.
pub fn edition(lang: Lang) -> String {
    let year = catalogue_year();
    lang.fill(
        "Socle {version} · price catalogue {year}",
        &[("version", VERSION), ("year", &year.to_string())],
    )
}

/// The edition, for the top bar and the printed brief.
#[component]
pub fn Edition(#[prop(optional)] testid: Option<&'static str>) -> impl IntoView {
    let state = AppState::get();
    view! {
        <span class="edition" data-testid=testid.unwrap_or("app-version")>{move || edition(state.lang.get())}</span>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_edition_names_the_version_and_the_newest_source_year() {
        let newest = socle_model::catalogue::all_sources()
            .into_iter()
            .fold(0, |m, (_, s)| m.max(s.year));
        assert!((2024..=2030).contains(&newest), "{newest}");
        assert_eq!(catalogue_year(), newest);
        assert_eq!(VERSION, env!("CARGO_PKG_VERSION"));
        assert_eq!(
            edition(Lang::En),
            format!("Socle {VERSION} · price catalogue {newest}")
        );
        assert_eq!(
            edition(Lang::Fr),
            format!("Socle {VERSION} · catalogue des prix {newest}")
        );
        assert_eq!(
            edition(Lang::De),
            format!("Socle {VERSION} · Preiskatalog {newest}")
        );
    }
}
