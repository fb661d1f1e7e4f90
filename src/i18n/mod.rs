//! French and English, complete by construction.
//!
//! Every string lives in one [`dict!`] table with both languages on the same line, so a key cannot
//! exist in one language only: leaving one out does not compile. This is why Socle uses no i18n
//! crate: `leptos_i18n` would add `leptos-use` and ICU data to the bundle for what a struct per language
//! checks at compile time, at no run-time cost. Numbers and money are formatted in [`format`].

pub mod format;
pub mod labels;
pub mod reasons;
mod strings;

pub use strings::{Dict, EN, FR, KEYS};

use serde::{Deserialize, Serialize};

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// French.
    Fr,
}

/// One text per language, in the order of [`Lang::ALL`] (e.g. a chart's name in the registry).
pub type Names = [&'static str; Lang::ALL.len()];

impl Lang {
    /// Every language of the interface, in the order of per-language arrays such as [`Names`].
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// This language's text in `names`.
    pub const fn name(self, names: &Names) -> &'static str {
        names[self as usize]
    }

    /// The strings of this language.
    pub const fn t(self) -> &'static Dict {
        match self {
            Lang::En => &EN,
            Lang::Fr => &FR,
        }
    }

    /// BCP 47 tag for the `lang` attribute.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// Picks the English or French member of a pair.
    pub const fn pick<T: Copy>(self, (en, fr): (T, T)) -> T {
        match self {
            Lang::En => en,
            Lang::Fr => fr,
        }
    }

    /// The share crate's language tag of this language (links, files, storage).
    pub const fn share_tag(self) -> socle_share::LangTag {
        match self {
            Lang::En => socle_share::LangTag::En,
            Lang::Fr => socle_share::LangTag::Fr,
        }
    }

    /// The language of a share crate's tag.
    pub const fn from_share_tag(tag: socle_share::LangTag) -> Lang {
        match tag {
            socle_share::LangTag::En => Lang::En,
            socle_share::LangTag::Fr => Lang::Fr,
        }
    }

    /// The language of a tag such as `fr-FR`; English for anything else.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.to_ascii_lowercase().starts_with("fr") {
            Lang::Fr
        } else {
            Lang::En
        }
    }
}

/// Declares the string table: `key: "English", "Français";` per line.
macro_rules! dict {
    ($($key:ident : $en:expr, $fr:expr;)*) => {
        /// Every user-visible string of the interface, for one language.
        #[allow(missing_docs)]
        pub struct Dict { $(pub $key: &'static str,)* }
        /// English strings.
        pub const EN: Dict = Dict { $($key: $en,)* };
        /// French strings.
        pub const FR: Dict = Dict { $($key: $fr,)* };
        /// Every key, in declaration order.
        pub const KEYS: &[&str] = &[$(stringify!($key)),*];
        impl Dict {
            /// `(key, text)` for every string.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key)),*]
            }
        }
    };
}
pub(crate) use dict;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_read_in_the_order_of_every_language() {
        let names: Names = ["English", "Français"];
        assert_eq!(Lang::En.name(&names), "English");
        assert_eq!(Lang::Fr.name(&names), "Français");
        for (i, lang) in Lang::ALL.into_iter().enumerate() {
            assert_eq!(lang as usize, i, "{lang:?} is not at its index in Lang::ALL");
        }
    }

    #[test]
    fn every_key_has_text_in_both_languages() {
        for (lang, dict) in [("en", &EN), ("fr", &FR)] {
            for (key, text) in dict.entries() {
                assert!(!text.trim().is_empty(), "{lang}.{key} is empty");
            }
        }
        assert_eq!(EN.entries().len(), KEYS.len());
    }

    /// French strings identical to the English ones are only allowed for words that are the same in
    /// both languages (proper names, units, acronyms).
    #[test]
    fn french_is_translated() {
        const SAME_IN_BOTH: &[&str] = &[
            "Socle",
            "SEAL",
            "PUE",
            "CSV",
            "PNG",
            "JSON",
            "SVG", // names and acronyms
            "Organisation",
            "Horizon",
            "Finance",
            "Migration", // the same word in French
        ];
        for ((key, en), (_, fr)) in EN.entries().into_iter().zip(FR.entries()) {
            if en == fr {
                assert!(
                    SAME_IN_BOTH.contains(&en) || en.chars().all(|c| !c.is_alphabetic()),
                    "fr.{key} is still English: {en:?}"
                );
            }
        }
    }
}
