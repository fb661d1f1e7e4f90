//! Storyboards: an ordered list of steps for presenting, each a scenario shown with one chart under a
//! title the adviser writes, shared as one link.
//!
//! ## Storyboard link fragment (version 1)
//!
//! ```text
//! story=1.<base64url(zlib(JSON))>[&present=1]
//! ```
//!
//! The JSON is `{"steps":[{"t":"<title>","c":"<chart id>","s":<compact scenario>}, …]}`: each step's
//! scenario is written in the compact form of the scenario links ([`crate::compact::Compact`]: the
//! persona preset and the values that differ from it), so a storyboard costs little more than its
//! titles. An empty title means "the chart's own heading, in the reader's language". `present=1` asks the
//! page to open present mode on the first step.
//!
//! A storyboard link is not a scenario link: it has none of [`crate::FRAGMENT_KEYS`], so a page that reads
//! scenario links leaves it alone, and [`is_story_fragment`] recognises it.
//!
//! Limits, checked before the work they protect: at most [`MAX_STORY_CHARS`] characters (refused before
//! decoding), at most [`MAX_STORY_BYTES`] once decompressed, 1 to [`MAX_STEPS`] steps, titles of at most
//! [`MAX_TITLE_CHARS`] characters without control characters, chart ids of 1 to
//! [`crate::MAX_EMBED_ID_CHARS`] characters among `a-z`, `0-9` and `-` (the page then checks the id is
//! one of its charts), and every step's scenario fully validated as a scenario link's is.

use crate::compact::Compact;
use crate::{Lang, ShareError, MAX_EMBED_ID_CHARS};
use base64::engine::general_purpose::{GeneralPurpose, URL_SAFE_NO_PAD};
use base64::Engine;
use serde::{Deserialize, Serialize};
use socle_model::Scenario;

/// Version of the storyboard format written by [`encode_story`], the only one [`decode_story`] reads.
pub const STORY_VERSION: u32 = 1;

/// Most steps in a storyboard: a board presentation rarely holds more than a dozen messages.
pub const MAX_STEPS: usize = 12;

/// Longest step title, in characters.
pub const MAX_TITLE_CHARS: usize = 120;

/// Longest storyboard fragment read, in characters, checked before anything is decoded. The tests
/// measure the largest valid storyboard (twelve steps, each with every value changed and a full-length
/// title) well under this.
pub const MAX_STORY_CHARS: usize = 32_768;

/// Most bytes a storyboard may decompress to (twelve scenarios of about 1.6 KB at most, plus titles).
pub const MAX_STORY_BYTES: usize = 64 * 1024;

/// URL-safe base64 without padding; stray trailing bits are refused (an altered link).
const BASE64: GeneralPurpose = URL_SAFE_NO_PAD;

/// One step: a scenario, the chart that proves its message, and the adviser's title.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// The adviser's title; empty for the chart's own heading in the reader's language.
    pub title: String,
    /// The id of the chart shown.
    pub chart: String,
    /// The scenario of the step (valid).
    pub scenario: Scenario,
}

/// What a storyboard link carries.
#[derive(Debug, Clone, PartialEq)]
pub struct SharedStory {
    /// The steps, in order (1 to [`MAX_STEPS`]).
    pub steps: Vec<Step>,
    /// True when the link asks to open present mode.
    pub present: bool,
}

/// Why a storyboard link could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum StoryError {
    /// Longer than [`MAX_STORY_CHARS`] characters.
    TooLong {
        /// Its length.
        size: usize,
    },
    /// Decompresses to more than [`MAX_STORY_BYTES`].
    TooLarge,
    /// Not a storyboard link as Socle writes it (damaged or altered).
    Damaged,
    /// A format version this page does not read.
    UnknownVersion(String),
    /// No step, or more than [`MAX_STEPS`].
    StepCount(usize),
    /// A title too long or with control characters (1-based step number).
    BadTitle(usize),
    /// A chart id this page does not have (1-based step number).
    UnknownChart(usize),
    /// A step's scenario is not valid (1-based step number, why).
    Scenario(usize, ShareError),
}

impl StoryError {
    /// The sentence explaining the problem, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::En => crate::messages::en::story(self),
            Lang::Fr => crate::messages::fr::story(self),
            Lang::De => crate::messages::de::story(self),
        }
    }
}

impl std::fmt::Display for StoryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for StoryError {}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireStep {
    t: String,
    c: String,
    s: Compact,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Wire {
    steps: Vec<WireStep>,
}

/// True when a title can travel: at most [`MAX_TITLE_CHARS`] characters, none of them a control one.
pub fn title_ok(title: &str) -> bool {
    title.chars().count() <= MAX_TITLE_CHARS && !title.chars().any(char::is_control)
}

/// True when a chart id is well formed (the page still checks it is one of its charts).
pub fn chart_id_ok(id: &str) -> bool {
    (1..=MAX_EMBED_ID_CHARS).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// True when `fragment` (with or without its `#`) is a storyboard link (has a `story` parameter).
pub fn is_story_fragment(fragment: &str) -> bool {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment
        .split('&')
        .any(|p| p == "story" || p.starts_with("story="))
}

/// The fragment (without `#`) of a link to `steps`, asking to open present mode when `present`.
///
/// The steps are expected to be within the limits (the page's editor keeps them so); a storyboard outside
/// them gives a link that [`decode_story`] refuses.
pub fn encode_story(steps: &[Step], present: bool) -> String {
    let wire = Wire {
        steps: steps
            .iter()
            .map(|s| WireStep {
                t: s.title.clone(),
                c: s.chart.clone(),
                s: Compact::of(&s.scenario),
            })
            .collect(),
    };
    // Serialising plain data cannot fail.
    let json = serde_json::to_vec(&wire).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(&json, 10);
    let mut out = format!("story={STORY_VERSION}.");
    BASE64.encode_string(&packed, &mut out);
    if present {
        out.push_str("&present=1");
    }
    out
}

/// Reads a storyboard fragment (a leading `#` is accepted), checking everything; `is_chart` says whether
/// a chart id is one of the page's.
pub fn decode_story(fragment: &str, is_chart: impl Fn(&str) -> bool) -> Result<SharedStory, StoryError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > MAX_STORY_CHARS {
        return Err(StoryError::TooLong { size: fragment.len() });
    }
    let (mut payload, mut present) = (None, false);
    for param in fragment.split('&').filter(|p| !p.is_empty()) {
        match param.split_once('=') {
            Some(("story", v)) if payload.is_none() => payload = Some(v),
            Some(("present", "1")) if !present => present = true,
            _ => return Err(StoryError::Damaged),
        }
    }
    let (version, data) = payload
        .ok_or(StoryError::Damaged)?
        .split_once('.')
        .ok_or(StoryError::Damaged)?;
    if version != STORY_VERSION.to_string() {
        return Err(
            if !version.is_empty() && version.bytes().all(|b| b.is_ascii_digit()) {
                StoryError::UnknownVersion(version.chars().take(12).collect())
            } else {
                StoryError::Damaged
            },
        );
    }
    let packed = BASE64.decode(data).map_err(|_| StoryError::Damaged)?;
    let json = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&packed, MAX_STORY_BYTES).map_err(
        |e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => StoryError::TooLarge,
            _ => StoryError::Damaged,
        },
    )?;
    let wire: Wire = serde_json::from_slice(&json).map_err(|_| StoryError::Damaged)?;
    if wire.steps.is_empty() || wire.steps.len() > MAX_STEPS {
        return Err(StoryError::StepCount(wire.steps.len()));
    }
    let mut steps = Vec::with_capacity(wire.steps.len());
    for (i, w) in wire.steps.into_iter().enumerate() {
        let n = i + 1;
        if !title_ok(&w.t) {
            return Err(StoryError::BadTitle(n));
        }
        if !chart_id_ok(&w.c) || !is_chart(&w.c) {
            return Err(StoryError::UnknownChart(n));
        }
        let scenario = w.s.into_scenario().map_err(|e| StoryError::Scenario(n, e))?;
        steps.push(Step {
            title: w.t,
            chart: w.c,
            scenario,
        });
    }
    Ok(SharedStory { steps, present })
}
