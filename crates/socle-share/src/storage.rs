//! What the page keeps in the browser's local storage: the scenario in progress and the saved scenarios,
//! read defensively and written only when what was there is safe.
//!
//! The rules, all in this file and tested natively through [`Store`] (the page implements it over
//! `window.localStorage`; the tests over a map that can be made full):
//!
//! * Whatever is written reads back: the saved list is refused before writing past
//!   [`MAX_STORAGE_BYTES`], the scenario in progress past [`MAX_JSON_BYTES`].
//! * A stored value that cannot be read is *set aside* (copied under a new key starting with
//!   [`keys::SET_ASIDE`]) before anything overwrites it. Set-aside keys are unique: the time given by the
//!   page, then `-2`, `-3`… if that key exists. An identical copy already set aside is reused.
//! * If the copy cannot be made (storage full or disabled), nothing is overwritten: the caller gets
//!   [`Kept::NotKept`] with the damaged text, tells the user and offers it as a download.

use crate::error::{from_json_error, Limit, Problem, ShareError};
use crate::json::{
    check_members, check_version, read_document, read_scenario, top_level, written, MAX_JSON_BYTES,
};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use socle_model::Scenario;

/// Version of the saved-scenarios schema written by [`SavedScenarios::to_storage_string`].
pub const STORAGE_VERSION: u32 = 1;

/// Largest saved text read, in bytes: browsers give an origin about 5 MB of local storage, so anything
/// larger did not come from Socle.
pub const MAX_STORAGE_BYTES: usize = 4 * 1024 * 1024;

/// One saved scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Saved {
    /// Name the user gave it.
    pub name: String,
    /// When it was saved, as the page wrote it (e.g. an ISO 8601 date); not interpreted here.
    pub saved_at: String,
    /// The scenario, in full.
    pub scenario: Scenario,
}

/// The list of saved scenarios, versioned.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SavedScenarios {
    /// Schema version ([`STORAGE_VERSION`]).
    pub version: u32,
    /// The saved scenarios, in the user's order.
    pub items: Vec<Saved>,
}

impl Default for SavedScenarios {
    fn default() -> Self {
        Self::new(Vec::new())
    }
}

/// Something found in local storage that could not be read: keep `raw` elsewhere before saving over it,
/// and tell the user `reason`.
#[derive(Debug, Clone, PartialEq)]
pub struct SetAside {
    /// Position of the item in the saved list, or `None` when the whole text could not be read.
    pub position: Option<usize>,
    /// The item's name, when it could still be read.
    pub name: Option<String>,
    /// Why it could not be read.
    pub reason: ShareError,
    /// The text as found.
    pub raw: String,
}

/// What [`from_storage_string`] could read, and what it set aside.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoadedSaves {
    /// The readable, valid saved scenarios.
    pub saves: SavedScenarios,
    /// Whatever could not be read, item by item (or the whole text).
    pub set_aside: Vec<SetAside>,
}

impl SavedScenarios {
    /// A list of the current schema version.
    pub fn new(items: Vec<Saved>) -> Self {
        Self {
            version: STORAGE_VERSION,
            items,
        }
    }

    /// The text to keep in local storage, whatever its size (prefer [`Self::try_to_storage_string`], which
    /// refuses a text that [`from_storage_string`] would not read back).
    pub fn to_storage_string(&self) -> String {
        let written = Self {
            version: self.version,
            items: self
                .items
                .iter()
                .map(|item| Saved {
                    scenario: written(&item.scenario),
                    ..item.clone()
                })
                .collect(),
        };
        // Serialising plain data (no maps with non-string keys) cannot fail.
        serde_json::to_string(&written).unwrap_or_default()
    }

    /// The text to keep in local storage, or [`ShareError::TooLarge`] when it would be larger than
    /// [`MAX_STORAGE_BYTES`], the most [`from_storage_string`] reads.
    pub fn try_to_storage_string(&self) -> Result<String, ShareError> {
        let text = self.to_storage_string();
        if text.len() > MAX_STORAGE_BYTES {
            return Err(ShareError::TooLarge {
                limit: Limit::Storage,
                size: text.len(),
                max: MAX_STORAGE_BYTES,
            });
        }
        Ok(text)
    }

    /// Same as [`from_storage_string`].
    pub fn from_storage_string(raw: &str) -> LoadedSaves {
        from_storage_string(raw)
    }
}

/// Reads the text kept in local storage. Never fails as a whole: each unreadable or invalid item is set
/// aside with its reason and the others are kept; text that cannot be read at all (not JSON, another
/// program's data, a newer schema version) gives an empty list and one [`SetAside`] for the whole text.
/// Empty text is an empty list.
pub fn from_storage_string(raw: &str) -> LoadedSaves {
    let whole = |reason| LoadedSaves {
        saves: SavedScenarios::default(),
        set_aside: vec![SetAside {
            position: None,
            name: None,
            reason,
            raw: raw.to_string(),
        }],
    };
    if raw.trim().is_empty() {
        return LoadedSaves::default();
    }
    if raw.len() > MAX_STORAGE_BYTES {
        return whole(ShareError::TooLarge {
            limit: Limit::Storage,
            size: raw.len(),
            max: MAX_STORAGE_BYTES,
        });
    }
    let items = match read_items(raw) {
        Ok(items) => items,
        Err(reason) => return whole(reason),
    };
    let mut loaded = LoadedSaves::default();
    for (position, item) in items.into_iter().enumerate() {
        match read_item(item.get()) {
            Ok(saved) => loaded.saves.items.push(saved),
            Err(reason) => loaded.set_aside.push(SetAside {
                position: Some(position),
                name: name_of(item.get()),
                reason,
                raw: item.get().to_string(),
            }),
        }
    }
    loaded
}

/// The items of a saved list, each left unread.
fn read_items(raw: &str) -> Result<Vec<&RawValue>, ShareError> {
    let top = top_level(raw)?;
    check_version(&top, "version", STORAGE_VERSION)?;
    check_members(&top, &["version", "items"])?;
    let items = top.get("items").ok_or(ShareError::WrongType {
        field: "items".to_string(),
        problem: Problem::Missing,
    })?;
    serde_json::from_slice(items.get().as_bytes())
        .map_err(|e| crate::error::json_error(&e, "items".to_string()))
}

/// One item, read and validated.
fn read_item(json: &str) -> Result<Saved, ShareError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Item<'a> {
        name: String,
        saved_at: String,
        #[serde(borrow)]
        scenario: &'a RawValue,
    }
    let item: Item =
        serde_path_to_error::deserialize(&mut serde_json::Deserializer::from_slice(json.as_bytes()))
            .map_err(|e| from_json_error(e, |p| if p == "." { String::new() } else { p.to_string() }))?;
    let scenario = read_scenario(item.scenario.get()).map_err(|e| e.within("scenario"))?;
    Ok(Saved {
        name: item.name,
        saved_at: item.saved_at,
        scenario,
    })
}

/// The name of an item that could not be read, if it has one.
fn name_of(json: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Named {
        name: String,
    }
    serde_json::from_slice::<Named>(json.as_bytes())
        .ok()
        .map(|n| n.name)
}

/// The keys the page uses in local storage.
pub mod keys {
    /// The scenario in progress, as a JSON document ([`crate::scenario_to_json`]), kept after every change.
    pub const CURRENT: &str = "socle.current";
    /// The interface language (`en` or `fr`).
    pub const LANG: &str = "socle.lang";
    /// The saved scenarios ([`crate::SavedScenarios`]).
    pub const SAVED: &str = "socle.saved";
    /// Prefix of the keys under which unreadable data are set aside, never deleted.
    pub const SET_ASIDE: &str = "socle.set-aside.";
}

/// The browser refused to store a value (storage full, or disabled as in some private modes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused;

/// A key–value store such as the browser's local storage.
pub trait Store {
    /// The value under `key`, if any.
    fn get(&self, key: &str) -> Option<String>;
    /// Stores `value` under `key`.
    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused>;
    /// Every key present.
    fn keys(&self) -> Vec<String>;
}

/// What became of a stored value that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kept {
    /// Copied under this key; the original may now be overwritten.
    At(String),
    /// The copy could not be made (storage full or disabled), so the original was left as it is and
    /// nothing was written over it. Tell the user and offer `raw` as a download.
    NotKept {
        /// The unreadable text, as found.
        raw: String,
    },
}

/// Most set-aside keys tried for one moment (`<time>`, `<time>-2`, … `<time>-1000`).
const MAX_SET_ASIDE_TRIES: usize = 1_000;

/// Copies `raw` under a new set-aside key made of `stamp` (the page's current time, e.g. ISO 8601) and,
/// if that key is taken, `-2`, `-3`…; an identical copy already set aside is reused rather than
/// duplicated. The copy is read back before it is trusted.
pub fn set_aside<S: Store>(store: &mut S, raw: &str, stamp: &str) -> Kept {
    let not_kept = || Kept::NotKept { raw: raw.to_string() };
    let existing = store
        .keys()
        .into_iter()
        .filter(|k| k.starts_with(keys::SET_ASIDE))
        .find(|k| store.get(k).as_deref() == Some(raw));
    if let Some(key) = existing {
        return Kept::At(key);
    }
    let Some(key) = (1..=MAX_SET_ASIDE_TRIES)
        .map(|n| match n {
            1 => format!("{}{stamp}", keys::SET_ASIDE),
            n => format!("{}{stamp}-{n}", keys::SET_ASIDE),
        })
        .find(|k| store.get(k).is_none())
    else {
        return not_kept();
    };
    if store.set(&key, raw).is_err() || store.get(&key).as_deref() != Some(raw) {
        return not_kept();
    }
    Kept::At(key)
}

/// Why a value was not written.
#[derive(Debug, Clone, PartialEq)]
pub enum WriteError {
    /// The value is larger than its reader reads back ([`ShareError::TooLarge`]); nothing was written.
    TooLarge(ShareError),
    /// The value under the key could not be read and could not be set aside: it was left as it is and
    /// nothing was written. Tell the user and offer `raw` as a download.
    NotKept {
        /// Why the stored value could not be read.
        reason: ShareError,
        /// The unreadable text, as found.
        raw: String,
    },
    /// The browser refused the write (storage full or disabled); what was stored before is unchanged.
    Refused,
}

/// What was found under [`keys::SAVED`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SavesLoaded {
    /// The saved scenarios that could be read.
    pub saves: SavedScenarios,
    /// What could not be read, item by item (or the whole text), with the reasons to show.
    pub set_aside: Vec<SetAside>,
    /// Where the unreadable text went, when there was one.
    pub kept: Option<Kept>,
}

/// Reads the saved scenarios. When some of them cannot be read, the whole text is set aside first, and
/// only then is the list rewritten with the readable ones; if it cannot be set aside, the list is left
/// untouched ([`Kept::NotKept`]).
pub fn load_saves<S: Store>(store: &mut S, stamp: &str) -> SavesLoaded {
    let Some(raw) = store.get(keys::SAVED) else {
        return SavesLoaded::default();
    };
    let LoadedSaves {
        saves,
        set_aside: problems,
    } = from_storage_string(&raw);
    if problems.is_empty() {
        return SavesLoaded {
            saves,
            ..SavesLoaded::default()
        };
    }
    let kept = set_aside(store, &raw, stamp);
    if matches!(kept, Kept::At(_)) {
        // The original is safe under its new key. Should this write be refused, the original stays.
        if let Ok(text) = saves.try_to_storage_string() {
            let _ = store.set(keys::SAVED, &text);
        }
    }
    SavesLoaded {
        saves,
        set_aside: problems,
        kept: Some(kept),
    }
}

/// Writes the saved scenarios. What was stored, if unreadable, is set aside first (`Ok(Some(kept))` says
/// where); it is never overwritten without a copy.
pub fn write_saves<S: Store>(
    store: &mut S,
    saves: &SavedScenarios,
    stamp: &str,
) -> Result<Option<Kept>, WriteError> {
    let text = saves.try_to_storage_string().map_err(WriteError::TooLarge)?;
    let kept = protect(store, keys::SAVED, stamp, |raw| {
        from_storage_string(raw)
            .set_aside
            .into_iter()
            .next()
            .map_or(Ok(()), |s| Err(s.reason))
    })?;
    store
        .set(keys::SAVED, &text)
        .map_err(|Refused| WriteError::Refused)?;
    Ok(kept)
}

/// What was found under [`keys::CURRENT`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CurrentLoaded {
    /// The scenario in progress, if there was a readable one.
    pub scenario: Option<Scenario>,
    /// Why the stored one could not be read, and where it went.
    pub problem: Option<(ShareError, Kept)>,
}

/// Reads the scenario in progress; an unreadable one is set aside (and left in place: the next
/// [`write_current`] finds the copy and may then overwrite it).
pub fn load_current<S: Store>(store: &mut S, stamp: &str) -> CurrentLoaded {
    let Some(raw) = store.get(keys::CURRENT) else {
        return CurrentLoaded::default();
    };
    match scenario_from_storage(&raw) {
        Ok(scenario) => CurrentLoaded {
            scenario: Some(scenario),
            problem: None,
        },
        Err(reason) => CurrentLoaded {
            scenario: None,
            problem: Some((reason, set_aside(store, &raw, stamp))),
        },
    }
}

/// Writes the scenario in progress, after setting aside what was stored if it cannot be read.
pub fn write_current<S: Store>(
    store: &mut S,
    scenario: &Scenario,
    stamp: &str,
) -> Result<Option<Kept>, WriteError> {
    let text = crate::scenario_to_json(scenario);
    if text.len() > MAX_JSON_BYTES {
        return Err(WriteError::TooLarge(ShareError::TooLarge {
            limit: Limit::Storage,
            size: text.len(),
            max: MAX_JSON_BYTES,
        }));
    }
    let kept = protect(store, keys::CURRENT, stamp, |raw| {
        scenario_from_storage(raw).map(|_| ())
    })?;
    store
        .set(keys::CURRENT, &text)
        .map_err(|Refused| WriteError::Refused)?;
    Ok(kept)
}

/// Before `key` is overwritten: if what it holds cannot be read (`read` fails), set it aside.
fn protect<S: Store>(
    store: &mut S,
    key: &str,
    stamp: &str,
    read: impl Fn(&str) -> Result<(), ShareError>,
) -> Result<Option<Kept>, WriteError> {
    let Some(raw) = store.get(key) else {
        return Ok(None);
    };
    let Err(reason) = read(&raw) else {
        return Ok(None);
    };
    match set_aside(store, &raw, stamp) {
        Kept::At(at) => Ok(Some(Kept::At(at))),
        Kept::NotKept { raw } => Err(WriteError::NotKept { reason, raw }),
    }
}

/// Reads the scenario in progress as kept in storage ([`keys::CURRENT`]): the JSON document of
/// [`crate::scenario_to_json`], with the same checks, its size errors speaking of browser storage.
pub fn scenario_from_storage(text: &str) -> Result<Scenario, ShareError> {
    if text.len() > MAX_JSON_BYTES {
        return Err(ShareError::TooLarge {
            limit: Limit::Storage,
            size: text.len(),
            max: MAX_JSON_BYTES,
        });
    }
    if text.trim().is_empty() {
        return Err(ShareError::NoScenario);
    }
    read_document(text)
}
