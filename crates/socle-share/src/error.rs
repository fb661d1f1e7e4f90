//! Why a link, a file or a saved scenario could not be read, in English and French.

use crate::LangTag;
use socle_model::ScenarioError;
use std::fmt;

/// Which size limit an input went past.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// The link fragment, in characters ([`crate::MAX_FRAGMENT_CHARS`]).
    Fragment,
    /// The link's scenario once decompressed, in bytes ([`crate::MAX_DECOMPRESSED_BYTES`]).
    Decompressed,
    /// A JSON file, in bytes ([`crate::MAX_JSON_BYTES`]).
    JsonFile,
    /// The saved scenarios, in bytes ([`crate::MAX_STORAGE_BYTES`]).
    Storage,
}

/// How an input fails to be a Socle scenario at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Malformed {
    /// A link parameter that Socle does not write, or one given twice (its name, clipped).
    Parameter(String),
    /// A `lang` other than `en` or `fr` (the value, clipped).
    Language(String),
    /// An `embed` value that is not `chart.<id>` or `kpi.<id>` (the value, clipped).
    Embed(String),
    /// A version marker that is not a number (the marker, clipped).
    Version(String),
    /// Characters that URL-safe base64 does not use.
    Base64,
    /// Compressed data that does not decompress.
    Compression,
    /// Compressed data whose checksum does not match: the link was altered.
    Checksum,
    /// Extra data after the end of the scenario.
    TrailingData,
    /// Text that is not valid JSON (the parser's explanation).
    Json(String),
    /// Valid JSON that is not a Socle scenario, file or list of saved scenarios.
    NotSocle,
}

/// Why a scenario from outside (link, file, saved list) was refused.
///
/// [`fmt::Display`] gives the English message; [`ShareError::message`] gives it in either language. The
/// variants carry the facts (field, value, range, version) for a page that wants to format them itself.
#[derive(Debug, Clone, PartialEq)]
pub enum ShareError {
    /// Nothing to read: no `s=` parameter in the link, or an empty file.
    NoScenario,
    /// The text stops before its end, as when a link is cut short while being copied.
    Truncated,
    /// Larger than its documented limit; refused before being decoded.
    TooLarge {
        /// Which limit.
        limit: Limit,
        /// The size found (characters for a fragment, bytes otherwise); for decompressed data, at least this.
        size: usize,
        /// The limit.
        max: usize,
    },
    /// Written in a format version this Socle does not know, e.g. by a newer Socle.
    UnknownVersion {
        /// The version found, as written (clipped).
        found: String,
        /// The version this Socle reads.
        supported: u32,
    },
    /// Not decodable at all.
    Malformed(Malformed),
    /// A field is missing, unknown, or of the wrong kind (text where a number is expected, a fraction where
    /// a whole number is expected, an unknown option name…).
    WrongType {
        /// Dotted path of the field, e.g. `compute.gpu_count` (empty for the whole document).
        field: String,
        /// What is wrong, in the decoder's words (English).
        detail: String,
    },
    /// A number too large to be represented (e.g. `1e999`), which would read as infinity.
    NotFinite {
        /// Dotted path of the field.
        field: String,
    },
    /// A value outside its valid range, as the model's [`socle_model::Scenario::validate`] reports it.
    Invalid(ScenarioError),
}

impl ShareError {
    /// The message in `lang`, one sentence, for the person who opened the link or file.
    pub fn message(&self, lang: LangTag) -> String {
        let fr = lang == LangTag::Fr;
        match self {
            Self::NoScenario => lang
                .pick(("No scenario was found in it.", "Aucun scénario n'y a été trouvé."))
                .to_string(),
            Self::Truncated => lang
                .pick((
                    "The scenario is incomplete: it was cut off, probably while being copied. Copy it again in full.",
                    "Le scénario est incomplet : il a été coupé, sans doute lors d'un copier-coller. Copiez-le à nouveau en entier.",
                ))
                .to_string(),
            Self::TooLarge { limit, size, max } => {
                let (what, unit) = match limit {
                    Limit::Fragment => (("The link", "Le lien"), ("characters", "caractères")),
                    Limit::Decompressed => (("The link's scenario", "Le scénario du lien"), ("bytes", "octets")),
                    Limit::JsonFile => (("The file", "Le fichier"), ("bytes", "octets")),
                    Limit::Storage => (("The saved scenarios", "Les scénarios enregistrés"), ("bytes", "octets")),
                };
                let (what, unit) = (lang.pick(what), lang.pick(unit));
                if fr {
                    format!("{what} est trop volumineux ({size} {unit} ou plus, au plus {max}) : il n'a pas été lu.")
                } else {
                    format!("{what} is too large ({size} {unit} or more, at most {max}): it was not read.")
                }
            }
            Self::UnknownVersion { found, supported } => {
                if fr {
                    format!(
                        "Format de version « {found} » inconnu (cette version de Socle lit la version {supported}) : \
                         il vient sans doute d'une version plus récente de Socle."
                    )
                } else {
                    format!(
                        "Unknown format version “{found}” (this Socle reads version {supported}): it probably comes \
                         from a newer Socle."
                    )
                }
            }
            Self::Malformed(m) => malformed_message(m, lang),
            Self::WrongType { field, detail } => {
                let field = if field.is_empty() { "(document)" } else { field };
                if fr {
                    format!("Le champ {field} n'a pas la forme attendue ({detail}).")
                } else {
                    format!("The field {field} is not in the expected form ({detail}).")
                }
            }
            Self::NotFinite { field } => {
                if fr {
                    format!("Le champ {field} contient un nombre trop grand pour être représenté.")
                } else {
                    format!("The field {field} holds a number too large to be represented.")
                }
            }
            Self::Invalid(e) => scenario_error_message(e, lang),
        }
    }
}

fn malformed_message(m: &Malformed, lang: LangTag) -> String {
    let fr = lang == LangTag::Fr;
    match m {
        Malformed::Parameter(p) => {
            if fr {
                format!("Le lien contient un paramètre inconnu ou répété « {p} ».")
            } else {
                format!("The link has an unknown or repeated parameter “{p}”.")
            }
        }
        Malformed::Language(v) => {
            if fr {
                format!("Le lien demande une langue inconnue « {v} » (en ou fr attendu).")
            } else {
                format!("The link asks for an unknown language “{v}” (en or fr expected).")
            }
        }
        Malformed::Embed(v) => {
            if fr {
                format!("Le lien demande une vue inconnue « {v} » (chart.<id> ou kpi.<id> attendu).")
            } else {
                format!("The link asks for an unknown view “{v}” (chart.<id> or kpi.<id> expected).")
            }
        }
        Malformed::Version(v) => {
            if fr {
                format!("Le marqueur de version « {v} » n'est pas un nombre.")
            } else {
                format!("The version marker “{v}” is not a number.")
            }
        }
        Malformed::Base64 => lang
            .pick((
                "The link contains characters that a Socle link never has: it was altered.",
                "Le lien contient des caractères qu'un lien Socle n'a jamais : il a été modifié.",
            ))
            .to_string(),
        Malformed::Compression => lang
            .pick((
                "The link's compressed data is damaged.",
                "Les données compressées du lien sont endommagées.",
            ))
            .to_string(),
        Malformed::Checksum => lang
            .pick((
                "The link fails its integrity check: it was altered.",
                "Le lien échoue à son contrôle d'intégrité : il a été modifié.",
            ))
            .to_string(),
        Malformed::TrailingData => lang
            .pick((
                "The link carries extra data after its scenario.",
                "Le lien contient des données en trop après son scénario.",
            ))
            .to_string(),
        Malformed::Json(detail) => {
            if fr {
                format!("Le texte n'est pas du JSON valide ({detail}).")
            } else {
                format!("The text is not valid JSON ({detail}).")
            }
        }
        Malformed::NotSocle => lang
            .pick((
                "This is not a Socle scenario (no Socle version marker).",
                "Ce n'est pas un scénario Socle (aucun marqueur de version Socle).",
            ))
            .to_string(),
    }
}

/// The model's range errors, in `lang` (the model words them in both languages).
fn scenario_error_message(e: &ScenarioError, lang: LangTag) -> String {
    let (en, fr) = e.messages();
    let text = match lang {
        LangTag::En => en,
        LangTag::Fr => fr,
    };
    if text.ends_with('.') {
        text
    } else {
        format!("{text}.")
    }
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(LangTag::En))
    }
}

impl std::error::Error for ShareError {}

impl From<ScenarioError> for ShareError {
    fn from(e: ScenarioError) -> Self {
        Self::Invalid(e)
    }
}

/// At most this many characters of a value from outside are repeated in a message.
const CLIP_CHARS: usize = 40;

/// `text` made safe to repeat in a message: at most [`CLIP_CHARS`] characters, control characters dropped.
pub(crate) fn clip(text: &str) -> String {
    let mut out: String = text
        .chars()
        .filter(|c| !c.is_control())
        .take(CLIP_CHARS)
        .collect();
    if text.chars().filter(|c| !c.is_control()).nth(CLIP_CHARS).is_some() {
        out.push('…');
    }
    out
}

/// Turns a JSON decoding error into the matching kind, naming the field through `field_name`
/// (which turns the decoder's path into the model's dotted path).
pub(crate) fn from_json_error(
    err: serde_path_to_error::Error<serde_json::Error>,
    field_name: impl Fn(&str) -> String,
) -> ShareError {
    let path = err.path().to_string();
    let inner = err.into_inner();
    json_error(&inner, field_name(&path))
}

/// Classifies a serde_json error found at `field` (empty when unknown).
pub(crate) fn json_error(inner: &serde_json::Error, field: String) -> ShareError {
    use serde_json::error::Category;
    let detail = detail_of(inner);
    match inner.classify() {
        Category::Eof => ShareError::Truncated,
        // serde_json reads 1e999 as an error rather than as infinity; its message is the only sign of it.
        _ if detail.starts_with("number out of range") => ShareError::NotFinite { field },
        Category::Syntax | Category::Io => ShareError::Malformed(Malformed::Json(clip_detail(&detail))),
        Category::Data => ShareError::WrongType {
            field,
            detail: clip_detail(&detail),
        },
    }
}

/// serde_json's message without its " at line L column C" suffix.
fn detail_of(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// Error details repeat values from outside (e.g. an unknown variant name): keep them short.
fn clip_detail(detail: &str) -> String {
    const MAX: usize = 160;
    if detail.chars().count() <= MAX {
        detail.to_string()
    } else {
        let mut s: String = detail.chars().take(MAX).collect();
        s.push('…');
        s
    }
}
