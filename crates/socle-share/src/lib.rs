//! # socle-share
//!
//! Scenarios that travel: share links, JSON files and the browser's saved scenarios. Everything that
//! comes back from outside is checked before it reaches the model: decoding never panics, allocates a
//! bounded amount whatever the input, and fails with a specific [`ShareError`] that names what is wrong
//! in English ([`std::fmt::Display`]) or in any language of [`Lang::ALL`] ([`ShareError::message`]).
//!
//! No web dependency: the crate tests natively and compiles unchanged to WebAssembly.
//!
//! ## Share link fragment (version 1)
//!
//! The part of the link after `#`, written by [`encode_fragment`] and read by [`decode_fragment`]:
//!
//! ```text
//! lang=fr&embed=chart.tco-breakdown&s=1.<base64url(zlib(compact JSON))>
//! ```
//!
//! * `lang` (`en`, `fr` or `de`, optional, English when absent) comes first and in clear, so that the page can
//!   speak the reader's language even when the rest is damaged ([`fragment_lang`]).
//!   `lang` alone (`#lang=de`) is a language link: the page opens in that language with the scenario it
//!   would show without a link ([`is_language_fragment`], [`read_fragment`] reads no scenario and
//!   reports nothing).
//! * `embed` (optional) asks for one view alone: `chart.<id>` or `kpi.<id>`, the id being 1 to
//!   [`MAX_EMBED_ID_CHARS`] characters among `a-z`, `0-9` and `-`. The page checks the id is one of its own.
//! * Every character of a fragment is one that URLs carry as it is (letters, digits and `-_.=&`), so
//!   mail and chat tools have nothing to escape.
//! * `s` comes last so that a link cut short anywhere in its scenario is reported as
//!   [`ShareError::Truncated`]. Its value is the format version, a dot, then the scenario: compact JSON
//!   compressed with zlib (deflate plus an Adler-32 checksum, so an altered character is caught rather than
//!   read as another scenario) and written in URL-safe base64 without padding.
//!
//! The compact JSON names the persona preset the scenario started from (`"p"`) and lists only the values
//! that differ from that preset ([`socle_model::persona_scenario`]), under the two-letter keys of
//! [`compact::FIELDS`]. Numbers are written in their shortest form that reads back to the same bits.
//! Sovereignty answer overrides are packed as one number each, `(option × 48 + criterion) × 8 + answer`,
//! written as two base-64 digits (URL-safe alphabet) in one string. Only the last override of each
//! (option, criterion) pair travels, as it is the only one the model applies: a scenario therefore has
//! at most 240 of them, and any valid scenario's fragment stays under 2,000 characters (the tests
//! measure about 1,530 with every value changed to a 17-digit number, every optional value set and all
//! 240 overrides in random order; an unchanged persona takes about 50).
//!
//! Limits, checked before the work they protect: a fragment longer than [`MAX_FRAGMENT_CHARS`] is refused
//! before it is decoded, and decompression stops at [`MAX_DECOMPRESSED_BYTES`] (so a "zip bomb" costs at most
//! that much memory).
//!
//! ## JSON file
//!
//! [`scenario_to_json`] writes the full scenario, readable and editable, as
//! `{ "socle_version": 1, "scenario": { … } }`; [`scenario_from_json`] reads it back with the same checks and
//! error kinds as a link, refusing files over [`MAX_JSON_BYTES`].
//!
//! ## Saved scenarios
//!
//! [`SavedScenarios`] is the versioned list kept in the browser's local storage. [`from_storage_string`]
//! never fails as a whole: items that cannot be read are set aside one by one with their reason and raw
//! text, the others are kept ([`LoadedSaves`]).
//!
//! ```
//! use socle_model::{persona_scenario, Persona};
//! use socle_share::{decode_fragment, encode_fragment, Lang};
//!
//! let scenario = persona_scenario(Persona::HealthDataHost);
//! let fragment = encode_fragment(&scenario, Lang::Fr);
//! assert!(fragment.starts_with("lang=fr&s=1."));
//! let shared = decode_fragment(&fragment).unwrap();
//! assert_eq!(shared.scenario, scenario);
//! assert_eq!(shared.lang, Lang::Fr);
//! ```
#![warn(missing_docs)]

pub mod compact;
pub mod envelope;
mod error;
mod fragment;
mod json;
mod messages;
pub mod storage;
pub mod storyboard;

pub use compact::MAX_OVERRIDES;
pub use error::{Expected, Found, Limit, Malformed, Problem, ShareError};
pub use fragment::{
    decode_fragment, encode_fragment, encode_fragment_with_view, fragment_lang, fragment_view,
    is_language_fragment, is_scenario_fragment, read_fragment, EmbedView, Shared, FRAGMENT_KEYS,
    FRAGMENT_VERSION, MAX_DECOMPRESSED_BYTES, MAX_EMBED_ID_CHARS, MAX_FRAGMENT_CHARS,
};
pub use json::{scenario_from_json, scenario_to_json, JSON_VERSION, MAX_JSON_BYTES};
pub use storage::{
    from_storage_string, scenario_from_storage, LoadedSaves, Saved, SavedScenarios, SetAside,
    MAX_STORAGE_BYTES, STORAGE_VERSION,
};
pub use storyboard::{decode_story, encode_story, is_story_fragment, SharedStory, Step, StoryError};

/// The language a link, a file or a stored scenario asks the page to speak: the model's.
pub use socle_model::Lang;
