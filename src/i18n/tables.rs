//! The tables are complete: every text the sources translate has an entry in every language's table,
//! no entry is left that no source uses, and each translation has its key's `{slots}`.
//!
//! The texts are found in the sources as written: the string literal right after `tr(`, `fill(` or
//! `t!(` (see [`socle_model::lang`]). A text built at run time cannot be a key: write it as a template.

use socle_model::lang::{slots, Lang};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Folders whose `.rs` files hold translated texts, from the workspace root.
const SOURCES: [&str; 3] = ["src", "crates/socle-model/src", "crates/socle-share/src"];
/// The tables themselves, the lookup's own tests and this file are not sources of keys.
const NOT_SOURCES: [&str; 2] = ["crates/socle-model/src/lang", "src/i18n/tables.rs"];

/// Texts written the same in a language as in English: names, acronyms and units.
const SAME_IN_EVERY_LANGUAGE: &[&str] = &[
    "Socle", "SEAL", "PUE", "CSV", "PNG", "JSON", "SVG", "TCO", "P10", "P50", "P90", "GPU", "M", "k", "MW",
    "kW", "kWh", "MWh", "TB",
];
/// Names of providers, places and schemes, written the same in every language.
const NAMES: &[&str] = &[
    "SecNumCloud",
    "ANSSI",
    "OVHcloud",
    "Scaleway",
    "Nebius",
    "Portugal",
    "France",
];
/// Words written the same in English and in one language (German keeps the loanwords of its IT and
/// finance vocabulary: Colocation, Hardware, Software, Score…). Only words some entry needs are listed.
fn same_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::Fr => &[
            "aspect",
            "bang",
            "base",
            "big",
            "colocation",
            "finance",
            "horizon",
            "maintenance",
            "migration",
            "option",
            "organisation",
            "progressive",
            "public",
            "score",
            "source",
            "us",
            "utilisation",
        ],
        Lang::De => &[
            "cloud",
            "colocation",
            "eu",
            "hardware",
            "hybrid",
            "hyperscaler",
            "migration",
            "option",
            "organisation",
            "passphrase",
            "score",
            "software",
            "storyboard",
            "training",
            "us",
        ],
        Lang::En => &[],
    }
}

/// True when `text` may be the same in `lang` as in English: each of its words is a name, an
/// acronym, a unit, a number, a single letter or a word the two languages share.
pub(crate) fn may_stay_english(lang: Lang, text: &str) -> bool {
    // A slot's name is not a word of the text.
    let bare = slots(text)
        .iter()
        .fold(text.to_owned(), |t, s| t.replace(&format!("{{{s}}}"), " "));
    bare.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| {
            w.chars().count() == 1
                || w.chars().all(|c| c.is_ascii_digit())
                || SAME_IN_EVERY_LANGUAGE.contains(&w)
                || NAMES.contains(&w)
                || same_words(lang).iter().any(|s| s.eq_ignore_ascii_case(w))
        })
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The value of the Rust string literal starting at `s[0] == '"'`, and its length in bytes; `None`
/// for a literal this reader does not handle (it then fails the test, which names it).
fn string_literal(s: &str) -> Option<(String, usize)> {
    let mut out = String::new();
    let mut chars = s.char_indices().skip(1).peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, i + 1)),
            '\\' => match chars.next()?.1 {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                '0' => out.push('\0'),
                '\\' => out.push('\\'),
                '"' => out.push('"'),
                '\'' => out.push('\''),
                '\n' => {
                    // A line continuation: the newline and the next line's leading whitespace vanish.
                    while chars.peek().is_some_and(|(_, c)| c.is_whitespace()) {
                        chars.next();
                    }
                }
                'u' => {
                    let (_, '{') = chars.next()? else { return None };
                    let mut hex = String::new();
                    for (_, c) in chars.by_ref() {
                        if c == '}' {
                            break;
                        }
                        hex.push(c);
                    }
                    out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                }
                _ => return None,
            },
            c => out.push(c),
        }
    }
    None
}

/// Every text the sources translate, with where it is written (`file:line`).
fn source_texts() -> BTreeMap<String, String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in SOURCES {
        rust_files(&root.join(dir), &mut files);
    }
    let mut texts = BTreeMap::new();
    let mut unreadable = Vec::new();
    for file in files {
        let rel = file
            .strip_prefix(root)
            .unwrap_or(&file)
            .to_string_lossy()
            .replace('\\', "/");
        if NOT_SOURCES.iter().any(|n| rel.starts_with(n)) {
            continue;
        }
        let source = std::fs::read_to_string(&file).expect("a source file is readable");
        // Comment lines (documentation examples) hold no texts.
        let code: String = source
            .lines()
            .map(|l| if l.trim_start().starts_with("//") { "" } else { l })
            .collect::<Vec<_>>()
            .join("\n");
        for call in ["tr(", "fill(", "t!("] {
            let mut from = 0;
            while let Some(found) = code[from..].find(call) {
                let at = from + found;
                from = at + call.len();
                // `tr(` must be a call of `tr`, not the end of another name (`attr(`, `distr(`).
                let before = code[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = code[from..].trim_start();
                if !rest.starts_with('"') {
                    continue; // a variable: its value is marked where it is written
                }
                let line = code[..at].matches('\n').count() + 1;
                match string_literal(rest) {
                    Some((text, _)) => {
                        texts.entry(text).or_insert_with(|| format!("{rel}:{line}"));
                    }
                    None => unreadable.push(format!("{rel}:{line}")),
                }
            }
        }
    }
    assert!(
        unreadable.is_empty(),
        "string literals this test cannot read: {unreadable:?}"
    );
    texts
}

/// The languages with a table, and their tables.
fn tables() -> Vec<(Lang, &'static [(&'static str, &'static str)])> {
    Lang::ALL
        .into_iter()
        .filter(|l| *l != Lang::En)
        .map(|l| (l, l.table()))
        .collect()
}

#[test]
fn the_reader_of_literals_gives_their_values() {
    assert_eq!(
        string_literal(r#""a \"b\" c" x"#),
        Some(("a \"b\" c".to_owned(), 11))
    );
    assert_eq!(
        string_literal("\"one \\\n        two\\u{202F}€\"").map(|t| t.0),
        Some("one two\u{202F}€".to_owned())
    );
    assert_eq!(string_literal("\"not closed"), None);
}

#[test]
fn the_sources_translate_texts_and_the_scan_finds_them() {
    let texts = source_texts();
    // Known texts of the app and of the model, as a check that the scan reads every kind of call.
    for known in ["Average utilisation", "Cumulative cost", "Show the data"] {
        assert!(texts.contains_key(known), "{known:?} not found in the sources");
    }
    assert!(texts.len() > 250, "only {} texts found", texts.len());
}

#[test]
fn every_text_of_the_sources_is_in_every_table() {
    let texts = source_texts();
    for (lang, table) in tables() {
        let keys: BTreeSet<&str> = table.iter().map(|(en, _)| *en).collect();
        let missing: Vec<String> = texts
            .iter()
            .filter(|(text, _)| !keys.contains(text.as_str()))
            .map(|(text, at)| format!("{at}: {text:?}"))
            .collect();
        assert!(
            missing.is_empty(),
            "{} texts missing from the {} table:\n{}",
            missing.len(),
            lang.code(),
            missing.join("\n")
        );
    }
}

#[test]
fn no_table_keeps_a_text_no_source_uses() {
    let texts = source_texts();
    for (lang, table) in tables() {
        let stale: Vec<&str> = table
            .iter()
            .map(|(en, _)| *en)
            .filter(|en| !texts.contains_key(*en))
            .collect();
        assert!(
            stale.is_empty(),
            "{} entries of the {} table are used nowhere: {stale:#?}",
            stale.len(),
            lang.code()
        );
    }
}

#[test]
fn every_translation_has_its_keys_slots_and_is_translated() {
    for (lang, table) in tables() {
        for (en, text) in table {
            let mut want = slots(en);
            let mut got = slots(text);
            want.sort_unstable();
            got.sort_unstable();
            assert_eq!(
                want,
                got,
                "{}: the slots of {en:?} differ in {text:?}",
                lang.code()
            );
            if en == text {
                assert!(
                    may_stay_english(lang, en),
                    "{}: {en:?} is not translated",
                    lang.code()
                );
            }
        }
    }
}

#[test]
fn a_slot_name_is_not_a_word_of_the_text() {
    assert!(may_stay_english(Lang::De, "{figure}: {value}"));
    assert!(!may_stay_english(Lang::De, "{figure}: value"));
}
