//! Share links: the part after `#` (format in the crate documentation).

use crate::compact::{long_path, Compact};
use crate::error::{clip, from_json_error, Limit, Malformed, ShareError};
use crate::Lang;
use base64::alphabet::URL_SAFE;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::{DecodeError, Engine};
use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;
use socle_model::Scenario;

/// Version of the fragment format written by [`encode_fragment`], the only one [`decode_fragment`] reads.
pub const FRAGMENT_VERSION: u32 = 1;

/// Longest fragment read, in characters, checked before anything is decoded. Twice the 2,000 characters
/// the encoder stays under, so that a link survives any reasonable growth of the format within version 1.
pub const MAX_FRAGMENT_CHARS: usize = 4_096;

/// Most bytes a link's scenario may decompress to. The largest valid scenario's compact JSON is about
/// 1.6 KB (measured by the tests: 240 overrides, every number at full precision), so 32 KiB leaves room
/// for the format to grow while holding a "zip bomb" (a few kilobytes inflating to megabytes) to this
/// much memory.
pub const MAX_DECOMPRESSED_BYTES: usize = 32 * 1024;

/// Longest id of an embedded chart or headline figure.
pub const MAX_EMBED_ID_CHARS: usize = 40;

/// zlib level 10 is miniz's best compression; links are short, so its cost does not matter.
const COMPRESSION_LEVEL: u8 = 10;

/// URL-safe base64 without padding. Trailing bits are allowed so that a payload cut after any character
/// decodes to a prefix of the compressed bytes, which the decompressor then reports as truncated.
const BASE64: GeneralPurpose = GeneralPurpose::new(
    &URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::RequireNone)
        .with_decode_allow_trailing_bits(true),
);

/// One view shown alone, for embedding a chart or a headline figure in another page.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum EmbedView {
    /// A chart, by its id (e.g. `tco-breakdown`).
    Chart(String),
    /// A headline figure, by its id (e.g. `npv`).
    Kpi(String),
}

impl EmbedView {
    /// The value written after `embed=`: `chart.<id>` or `kpi.<id>`.
    pub fn to_param(&self) -> String {
        match self {
            Self::Chart(id) => format!("chart.{id}"),
            Self::Kpi(id) => format!("kpi.{id}"),
        }
    }

    /// The view of an `embed=` value, if well formed.
    pub fn from_param(value: &str) -> Option<Self> {
        let (kind, id) = value.split_once('.')?;
        let valid_id = (1..=MAX_EMBED_ID_CHARS).contains(&id.len())
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        match kind {
            "chart" if valid_id => Some(Self::Chart(id.to_string())),
            "kpi" if valid_id => Some(Self::Kpi(id.to_string())),
            _ => None,
        }
    }
}

/// What a share link carries.
#[derive(Debug, Clone, PartialEq)]
pub struct Shared {
    /// The scenario, valid ([`Scenario::validate`] passed).
    pub scenario: Scenario,
    /// The language to show it in.
    pub lang: Lang,
    /// One view to show alone, if the link is an embed.
    pub view: Option<EmbedView>,
}

/// The fragment (the part after `#`, without it) of a link to `scenario` shown in `lang`.
///
/// `scenario` is expected to be valid, as the page only shares a scenario that evaluated: an invalid one
/// gives a link that [`decode_fragment`] refuses with the range error.
pub fn encode_fragment(scenario: &Scenario, lang: Lang) -> String {
    encode_fragment_with_view(scenario, lang, None)
}

/// [`encode_fragment`] with one view shown alone (an embed link) when `view` is given.
pub fn encode_fragment_with_view(scenario: &Scenario, lang: Lang, view: Option<&EmbedView>) -> String {
    let packed = pack(scenario);
    let mut out = format!("lang={}&", lang.code());
    if let Some(view) = view {
        out.push_str("embed=");
        out.push_str(&view.to_param());
        out.push('&');
    }
    out.push_str(&format!("s={FRAGMENT_VERSION}."));
    BASE64.encode_string(&packed, &mut out);
    out
}

/// The scenario as a link carries it before base64: its compact JSON compressed with zlib.
pub(crate) fn pack(scenario: &Scenario) -> Vec<u8> {
    // Serialising plain data (no maps with non-string keys) cannot fail.
    let json = serde_json::to_vec(&Compact::of(scenario)).unwrap_or_default();
    miniz_oxide::deflate::compress_to_vec_zlib(&json, COMPRESSION_LEVEL)
}

/// The scenario of [`pack`]'s bytes, checked like a link's.
pub(crate) fn unpack(packed: &[u8]) -> Result<Scenario, ShareError> {
    let json = inflate_bounded(packed)?;
    let compact: Compact = serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_slice(&json))
        .map_err(|e| {
            match from_json_error(e, long_path) {
                // The checksum matched, so the data was not cut in transit: unfinished JSON is malformed.
                ShareError::Truncated => Malformed::Json { line: 0, column: 0 }.into(),
                other => other,
            }
        })?;
    compact.into_scenario()
}

/// The language a fragment asks for, even when the rest of it is damaged: the page shows the error in it.
pub fn fragment_lang(fragment: &str) -> Option<Lang> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment
        .split('&')
        .find_map(|p| p.strip_prefix("lang="))
        .and_then(Lang::from_code)
}

/// The view a fragment asks for, even when the rest of it is damaged: an embed whose scenario cannot be
/// read stays an embed (it shows the error in its frame, rather than the whole dashboard).
pub fn fragment_view(fragment: &str) -> Option<EmbedView> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment
        .split('&')
        .find_map(|p| p.strip_prefix("embed="))
        .and_then(EmbedView::from_param)
}

/// The parameters Socle writes in a fragment; a fragment with none of them is an in-page anchor. `c`
/// carries a passphrase-protected scenario ([`crate::envelope::fragment_envelope`]).
pub const FRAGMENT_KEYS: [&str; 4] = ["lang", "embed", "s", "c"];

/// True when `fragment` (with or without its `#`) is meant as a scenario link, i.e. has at least one of
/// the [`FRAGMENT_KEYS`] parameters (`s`, `lang`, `embed`, even damaged or cut short); false for an
/// in-page anchor such as `#main` or `#figures`, which the page must leave alone.
pub fn is_scenario_fragment(fragment: &str) -> bool {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment.split('&').any(|param| {
        let key = param.split_once('=').map_or(param, |(k, _)| k);
        FRAGMENT_KEYS.contains(&key)
    })
}

/// True when `fragment` (with or without its `#`) is a language link: its one parameter is `lang=` with
/// the code of one of [`Lang::ALL`] (`#lang=de`), which opens the page in that language with the scenario
/// it would show without a link.
pub fn is_language_fragment(fragment: &str) -> bool {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut params = fragment.split('&').filter(|p| !p.is_empty());
    matches!(
        (params.next(), params.next()),
        (Some(param), None) if param.strip_prefix("lang=").and_then(Lang::from_code).is_some()
    )
}

/// What the page does with its fragment: `Ok(None)` for no fragment, an in-page anchor or a language
/// link (no scenario to read, nothing to report: the language is [`fragment_lang`]'s), else
/// [`decode_fragment`]'s answer.
pub fn read_fragment(fragment: &str) -> Result<Option<Shared>, ShareError> {
    if !is_scenario_fragment(fragment) || is_language_fragment(fragment) {
        return Ok(None);
    }
    decode_fragment(fragment).map(Some)
}

/// Reads a fragment written by [`encode_fragment`] (a leading `#` is accepted), checking everything.
/// An in-page anchor such as `main` is refused as an unknown parameter: a page reading its own address
/// calls [`read_fragment`], which leaves anchors alone.
pub fn decode_fragment(fragment: &str) -> Result<Shared, ShareError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > MAX_FRAGMENT_CHARS {
        return Err(ShareError::TooLarge {
            limit: Limit::Fragment,
            size: fragment.len(),
            max: MAX_FRAGMENT_CHARS,
        });
    }
    let (mut lang, mut view, mut payload) = (None, None, None);
    for param in fragment.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = match param.split_once('=') {
            Some(kv) => kv,
            // `s` alone is what is left of `s=…` cut right after its name.
            None if param == "s" => return Err(ShareError::Truncated),
            None => return Err(ShareError::Malformed(Malformed::Parameter(clip(param)))),
        };
        let repeated = match key {
            "lang" => lang
                .replace(Lang::from_code(value).ok_or_else(|| Malformed::Language(clip(value)))?)
                .is_some(),
            "embed" => view
                .replace(EmbedView::from_param(value).ok_or_else(|| Malformed::Embed(clip(value)))?)
                .is_some(),
            "s" => payload.replace(value).is_some(),
            _ => return Err(ShareError::Malformed(Malformed::Parameter(clip(key)))),
        };
        if repeated {
            return Err(ShareError::Malformed(Malformed::Parameter(clip(key))));
        }
    }
    let scenario = decode_scenario(payload.ok_or(ShareError::NoScenario)?)?;
    Ok(Shared {
        scenario,
        lang: lang.unwrap_or_default(),
        view,
    })
}

/// `<version>.<base64url(zlib(compact JSON))>` → the validated scenario.
fn decode_scenario(value: &str) -> Result<Scenario, ShareError> {
    let Some((version, data)) = value.split_once('.') else {
        // Digits alone (or nothing) are the start of `1.…` cut short; anything else is not a version.
        return Err(if value.bytes().all(|b| b.is_ascii_digit()) {
            ShareError::Truncated
        } else {
            Malformed::Version(clip(value)).into()
        });
    };
    if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Malformed::Version(clip(version)).into());
    }
    if version != FRAGMENT_VERSION.to_string() {
        return Err(ShareError::UnknownVersion {
            found: clip(version),
            supported: FRAGMENT_VERSION,
        });
    }
    if data.is_empty() {
        return Err(ShareError::Truncated);
    }
    let packed = BASE64.decode(data).map_err(|e| match e {
        // One character past a multiple of four can only be a payload cut short (or a deleted character).
        DecodeError::InvalidLength(_) => ShareError::Truncated,
        _ => Malformed::Base64.into(),
    })?;
    unpack(&packed)
}

/// Decompresses a zlib stream into at most [`MAX_DECOMPRESSED_BYTES`], checking its checksum and that
/// nothing follows it.
fn inflate_bounded(packed: &[u8]) -> Result<Vec<u8>, ShareError> {
    let mut out = vec![0u8; MAX_DECOMPRESSED_BYTES];
    let mut state = Box::<DecompressorOxide>::default();
    let flags = inflate_flags::TINFL_FLAG_PARSE_ZLIB_HEADER
        | inflate_flags::TINFL_FLAG_COMPUTE_ADLER32
        | inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let (status, read, written) = decompress(&mut state, packed, &mut out, 0, flags);
    match status {
        TINFLStatus::Done if read == packed.len() => {
            out.truncate(written);
            Ok(out)
        }
        TINFLStatus::Done => Err(Malformed::TrailingData.into()),
        TINFLStatus::HasMoreOutput => Err(ShareError::TooLarge {
            limit: Limit::Decompressed,
            size: MAX_DECOMPRESSED_BYTES + 1,
            max: MAX_DECOMPRESSED_BYTES,
        }),
        TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => Err(ShareError::Truncated),
        TINFLStatus::Adler32Mismatch => Err(Malformed::Checksum.into()),
        _ => Err(Malformed::Compression.into()),
    }
}
