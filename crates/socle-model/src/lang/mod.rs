//! The languages of Socle, as data.
//!
//! English is the language the texts are written in, and an English text is its own key: the app and
//! the model write `lang.tr("Average utilisation")` (or mark a text kept in a table with
//! [`t!`](crate::t), to be translated where it is shown). Every other language is **one file** of
//! `(English, translation)` pairs ([`fr`], [`de`]). A text whose word order differs between languages
//! is a template with named slots, `"Cheapest from {value}"`, filled by [`Lang::fill`] after the
//! translation, so each language puts the slots where its grammar wants them.
//!
//! Completeness is checked by a test of the app (`src/i18n/tables.rs`): it collects every text passed
//! to `tr`, `fill` and `t!` in the sources and fails on a text missing from a table, on an entry no
//! source uses any more, and on a translation whose slots differ from its key's.
//!
//! Adding a language: one variant here (with its code and name), one table file beside `fr.rs`, one
//! message file in the share crate (`crates/socle-share/src/messages/`), and its number and date
//! formats in the app (`src/i18n/format.rs`).

use std::collections::HashMap;
use std::sync::OnceLock;

mod de;
mod fr;

/// A language of the interface, of links, files and stored scenarios.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
pub enum Lang {
    /// English, the language of the keys.
    #[default]
    En,
    /// French.
    Fr,
    /// German.
    De,
}

/// Marks an English text kept in a table (a criterion's name, a constraint's reason) as one to
/// translate where it is shown with [`Lang::tr`]; it expands to the text itself. The tables' test finds
/// the texts by this mark.
#[macro_export]
macro_rules! t {
    ($text:literal) => {
        $text
    };
}

impl Lang {
    /// Every language, in the order of the language menu.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::De];

    /// The code written in links, files and the `lang` attribute (BCP 47).
    pub const fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Fr => "fr",
            Self::De => "de",
        }
    }

    /// The language's name in itself, for the language menu.
    pub const fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Fr => "Français",
            Self::De => "Deutsch",
        }
    }

    /// The language of a code written in a link, if it is one of [`Lang::ALL`].
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language of a browser tag such as `fr-FR` or `de-AT`; English for any other.
    pub fn from_tag(tag: &str) -> Self {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Self::from_code(&primary).unwrap_or_default()
    }

    /// The `(English, translation)` pairs of this language; none for English.
    pub fn table(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Self::En => &[],
            Self::Fr => fr::TABLE,
            Self::De => de::TABLE,
        }
    }

    /// `english` in this language. A text missing from the table (which the tables' test forbids for
    /// the texts of the sources) is shown in English rather than not at all.
    pub fn tr(self, english: &'static str) -> &'static str {
        if self == Self::En {
            return english;
        }
        static INDEX: OnceLock<Vec<HashMap<&'static str, &'static str>>> = OnceLock::new();
        let index = INDEX.get_or_init(|| {
            Self::ALL
                .iter()
                .map(|l| l.table().iter().copied().collect())
                .collect()
        });
        index[self as usize].get(english).copied().unwrap_or(english)
    }

    /// The template `english`, translated, with each `{name}` slot replaced by its value in `args`.
    /// A slot with no value is left as written (the tables' test checks every template's slots).
    pub fn fill(self, english: &'static str, args: &[(&str, &str)]) -> String {
        fill_slots(self.tr(english), args)
    }
}

/// Replaces each `{name}` of `template` by its value in `args`, in one pass (a value containing
/// braces is never read as a slot).
pub fn fill_slots(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let slot = after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v, close))
        });
        match slot {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{name}` slots of a template, in order of appearance.
pub fn slots(template: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close)
                if close > 0
                    && after[..close]
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_') =>
            {
                out.push(&after[..close]);
                rest = &after[close + 1..];
            }
            _ => rest = after,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_browser_tags_name_the_language() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(lang as usize, Lang::ALL.iter().position(|l| *l == lang).unwrap());
        }
        assert_eq!(Lang::from_tag("fr-CA"), Lang::Fr);
        assert_eq!(Lang::from_tag("FR"), Lang::Fr);
        assert_eq!(Lang::from_tag("de-AT"), Lang::De);
        assert_eq!(Lang::from_tag("pt-BR"), Lang::En);
        assert_eq!(Lang::from_tag(""), Lang::En);
        assert_eq!(Lang::from_code("xx"), None);
    }

    #[test]
    fn a_template_is_filled_after_translation_whatever_the_order_of_its_slots() {
        assert_eq!(fill_slots("{a} then {b}", &[("b", "2"), ("a", "1")]), "1 then 2");
        assert_eq!(fill_slots("{b}, {a}", &[("a", "x"), ("b", "y")]), "y, x");
        // A value is never read as a slot; an unknown slot and a lone brace stay as written.
        assert_eq!(fill_slots("{a}{b}", &[("a", "{b}"), ("b", "z")]), "{b}z");
        assert_eq!(fill_slots("{c} {", &[("a", "1")]), "{c} {");
        assert_eq!(slots("From {value} at {rate}, {x y}"), vec!["value", "rate"]);
    }

    #[test]
    fn english_is_its_own_key_and_a_missing_text_stays_readable() {
        assert_eq!(Lang::En.tr("Average utilisation"), "Average utilisation");
        assert_eq!(
            Lang::Fr.tr("no such text in any table"),
            "no such text in any table"
        );
    }

    #[test]
    fn tables_have_each_key_once_and_no_empty_translation() {
        for lang in Lang::ALL {
            let mut seen = std::collections::HashSet::new();
            for (en, text) in lang.table() {
                assert!(seen.insert(en), "{}: {en:?} twice", lang.code());
                assert!(
                    !text.trim().is_empty(),
                    "{}: {en:?} has no translation",
                    lang.code()
                );
            }
        }
    }
}
